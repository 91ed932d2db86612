// Throughput of the trace readers alone (cli/trace/input.hpp): reads the FILEs as `sipcode stats`
// does and prints the bytes, messages and GB/s, without the analysis. Built on request only:
//
//   cmake --build --preset release --target sipcode_trace_read
//   build/release/cli/sipcode_trace_read FILE...
#include "trace/input.hpp"

#include <chrono>
#include <cstdio>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
    using namespace sipcode::cli::trace;
    std::vector<std::string_view> files(argv + 1, argv + argc);
    std::uint64_t field_bytes = 0;  // touches what a consumer reads, so nothing is optimised away
    const auto start = std::chrono::steady_clock::now();
    const input_summary s = read_trace(files, [&](const message& m) {
        field_bytes += m.call_id.size() + m.via_branch.size() + m.cseq_method.size() + m.to_tag.size();
    });
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%llu bytes, %llu messages (%llu requests, %llu responses), %.3f s, %.2f GB/s [%llu]\n",
                static_cast<unsigned long long>(s.bytes), static_cast<unsigned long long>(s.messages),
                static_cast<unsigned long long>(s.requests), static_cast<unsigned long long>(s.responses),
                seconds, static_cast<double>(s.bytes) / seconds / 1e9,
                static_cast<unsigned long long>(field_bytes));
    return 0;
}
