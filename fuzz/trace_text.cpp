// The text trace readers (cli/trace/input.hpp: raw SIP text, tshark -V, tshark -T fields and the
// detection of the formats): any input is read without a crash or a read outside the buffer, and
// where the reads end changes nothing: the messages are the same whole and in reads of 3 and 61 bytes.
#include "fuzz_check.hpp"

#include "../cli/trace/capture.hpp"
#include "../cli/trace/input.hpp"

#include <string>
#include <vector>

namespace {

using sipcode::cli::trace::message;

std::vector<std::string> messages(std::string_view in, std::size_t read_size) {
    std::vector<std::string> out;
    const auto summary = sipcode::cli::trace::read_trace_bytes(
        in,
        [&](const message& m) {
            std::string r(m.type == message::kind::request ? "Q " : "R ");
            r += std::to_string(m.status.line.code) + ' ' + std::to_string(m.seen.line) + ' ' +
                 std::to_string(m.seen.frame) + ' ';
            for (const std::string_view v : {m.start_line, m.method, m.call_id, m.cseq_method, m.via_branch,
                                             m.from_tag, m.to_tag, m.seen.src, m.seen.dst}) {
                r.append(v.data(), v.size()) += '|';
            }
            out.push_back(std::move(r));
        },
        read_size);
    SIPCODE_FUZZ_CHECK(summary.bytes == in.size());
    SIPCODE_FUZZ_CHECK(summary.messages == out.size());
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view in = sipcode_fuzz::as_view(data, size);
    if (sipcode::cli::trace::looks_like_capture(in)) return 0;  // captures: the capture_frames target
    const std::vector<std::string> whole = messages(in, size + 1);
    SIPCODE_FUZZ_CHECK(messages(in, 3) == whole);
    SIPCODE_FUZZ_CHECK(messages(in, 61) == whole);
    return 0;
}
