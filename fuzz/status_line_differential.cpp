// parse_status_line() against the reference parser (tests/support/reference_status_line.hpp), in
// both modes: the verdict, the error and its offset, `consumed`, the code, the reason and the
// version must be the same, byte for byte and position for position. Also: strict acceptance
// implies lenient acceptance of the same line, and every result keeps the contract.
#include <string>

#include "fuzz_check.hpp"
#include "support/reference_status_line.hpp"

namespace {

void compare(std::string_view in, sipcode::parse_mode mode) {
    using sipcode_fuzz::offset_in;
    const sipcode::parse_result r = sipcode::parse_status_line(in, mode);
    sipcode_fuzz::check_parse_result(in, mode, r);
    const sipcode_reference::outcome o =
        sipcode_reference::reference_parse(in, mode == sipcode::parse_mode::lenient);

    const std::string_view verdict = o.accepted() ? std::string_view("ok") : std::string_view(o.error);
    if (verdict != sipcode::to_string(r.ec) || o.offset != r.consumed) {
        std::fprintf(stderr, "%s mode: parser says %s at %zu, reference says %s at %zu\n",
                     mode == sipcode::parse_mode::strict ? "strict" : "lenient",
                     std::string(sipcode::to_string(r.ec)).c_str(), r.consumed, std::string(verdict).c_str(),
                     o.offset);
    }
    SIPCODE_FUZZ_CHECK(static_cast<bool>(r) == o.accepted());
    SIPCODE_FUZZ_CHECK(verdict == sipcode::to_string(r.ec));
    SIPCODE_FUZZ_CHECK(o.offset == r.consumed);
    SIPCODE_FUZZ_CHECK((o.has_code ? o.code : 0U) == r.line.code);
    SIPCODE_FUZZ_CHECK((o.has_version ? o.version_len : 0U) == r.line.version.size());
    if (o.has_version) SIPCODE_FUZZ_CHECK(offset_in(r.line.version, in) == o.version_pos);
    if (r) {
        SIPCODE_FUZZ_CHECK(r.line.reason.size() == o.reason_len);
        SIPCODE_FUZZ_CHECK(offset_in(r.line.reason, in) == o.reason_pos);
    }
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view in = sipcode_fuzz::as_view(data, size);
    compare(in, sipcode::parse_mode::strict);
    compare(in, sipcode::parse_mode::lenient);

    const sipcode::parse_result strict = sipcode::parse_status_line(in, sipcode::parse_mode::strict);
    if (strict) {  // lenient only adds to what strict accepts
        const sipcode::parse_result lenient = sipcode::parse_status_line(in, sipcode::parse_mode::lenient);
        SIPCODE_FUZZ_CHECK(lenient && lenient.consumed == strict.consumed &&
                           lenient.line.code == strict.line.code);
        SIPCODE_FUZZ_CHECK(lenient.line.reason == trimmed(strict.line.reason));
    }
    return 0;
}
