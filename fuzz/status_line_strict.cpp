// parse_status_line() in strict mode: every result keeps the contract (fuzz_check.hpp), a buffer
// of several messages is walked line by line, and every prefix of an accepted line is incomplete.
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using sipcode::parse_mode;
    const std::string_view in = sipcode_fuzz::as_view(data, size);
    std::string_view rest = in;
    for (int line = 0; line < 8; ++line) {  // walk a buffer of back-to-back status lines
        const sipcode::parse_result r = sipcode::parse_status_line(rest, parse_mode::strict);
        sipcode_fuzz::check_parse_result(rest, parse_mode::strict, r);
        if (!r) break;
        // A strict line is only complete with its CRLF: any shorter prefix must be incomplete.
        const std::size_t cut = (rest.size() * 31 + static_cast<unsigned char>(rest[0])) % r.consumed;
        const sipcode::parse_result prefix =
            sipcode::parse_status_line(rest.substr(0, cut), parse_mode::strict);
        SIPCODE_FUZZ_CHECK(prefix.ec == sipcode::parse_errc::incomplete && prefix.consumed == cut);
        rest.remove_prefix(r.consumed);
    }
    return 0;
}
