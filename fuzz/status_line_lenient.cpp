// parse_status_line() in lenient mode: every result keeps the contract (fuzz_check.hpp), a buffer
// of several messages is walked line by line, and a line ended by LF does not depend on what
// follows it.
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using sipcode::parse_mode;
    const std::string_view in = sipcode_fuzz::as_view(data, size);
    std::string_view rest = in;
    for (int line = 0; line < 8; ++line) {  // walk a buffer of back-to-back status lines
        const sipcode::parse_result r = sipcode::parse_status_line(rest, parse_mode::lenient);
        sipcode_fuzz::check_parse_result(rest, parse_mode::lenient, r);
        if (!r) break;
        if (rest[r.consumed - 1] == '\n') {
            // The line ended at its LF: cutting the input right there changes nothing.
            const sipcode::parse_result alone =
                sipcode::parse_status_line(rest.substr(0, r.consumed), parse_mode::lenient);
            SIPCODE_FUZZ_CHECK(alone.ec == r.ec && alone.consumed == r.consumed);
            SIPCODE_FUZZ_CHECK(alone.line.code == r.line.code && alone.line.reason == r.line.reason);
        }
        rest.remove_prefix(r.consumed);
    }
    return 0;
}
