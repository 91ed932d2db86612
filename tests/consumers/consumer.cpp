// A program that uses sipcode the way a consumer project does; built by each consumer test.
#include <sipcode/sipcode.hpp>
#ifdef CONSUMER_WITH_FMT
#include <sipcode/fmt.hpp>
#endif

#include <cstdio>

int main() {
    const sipcode::parse_result r = sipcode::parse_status_line("SIP/2.0 486 Busy Here\r\n");
    if (!r || sipcode::classify(r.line).next.uac != sipcode::next_step::retry_later) return 1;
#ifdef CONSUMER_WITH_FMT
    fmt::print("{} ({})\n", r.line, sipcode::classify(r.line.code));
#else
    std::printf("%u %.*s\n", r.line.code, static_cast<int>(r.line.reason.size()), r.line.reason.data());
#endif
    return 0;
}
