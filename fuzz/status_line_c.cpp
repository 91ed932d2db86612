// The C header's parser (include/sipcode.h, compiled as C99 in tests/c/c_api.c) against the C++
// parser, in both modes: the same verdict, error, `consumed`, code, phrase and version, octet for
// octet; and the C fast path against the C general parser alone. Also classify() of the code read
// and of a code taken from the input's first octets.
#include <cstring>
#include <string>

#include "c/c_api.h"
#include "fuzz_check.hpp"

namespace {

void compare(std::string_view in, sipcode::parse_mode mode) {
    const sipcode::parse_result cpp = sipcode::parse_status_line(in, mode);
    const sipcode_parse_result c =
        c_api_parse(in.data(), in.size(), mode == sipcode::parse_mode::strict ? SIPCODE_PARSE_STRICT : SIPCODE_PARSE_LENIENT);
    if (static_cast<int>(c.ec) != static_cast<int>(cpp.ec) || c.consumed != cpp.consumed) {
        std::fprintf(stderr, "%s mode: C++ says %s at %zu, C says %s at %zu\n",
                     mode == sipcode::parse_mode::strict ? "strict" : "lenient",
                     std::string(sipcode::to_string(cpp.ec)).c_str(), cpp.consumed, c_api_parse_errc_name(c.ec),
                     c.consumed);
    }
    SIPCODE_FUZZ_CHECK(static_cast<int>(c.ec) == static_cast<int>(cpp.ec));
    SIPCODE_FUZZ_CHECK(c.consumed == cpp.consumed);
    SIPCODE_FUZZ_CHECK(c.code == cpp.line.code);
    SIPCODE_FUZZ_CHECK(c.version_len == cpp.line.version.size());
    SIPCODE_FUZZ_CHECK(cpp.line.version.data() == nullptr ? c.version == nullptr : c.version == cpp.line.version.data());
    if (cpp) {
        SIPCODE_FUZZ_CHECK(c.reason == cpp.line.reason.data());
        SIPCODE_FUZZ_CHECK(c.reason_len == cpp.line.reason.size());
    } else {
        SIPCODE_FUZZ_CHECK(c.reason == nullptr && c.reason_len == 0);
    }
    // The C fast path against the C general parser alone, compiled as C as well.
    const sipcode_parse_result general = c_api_parse_general(
        in.data(), in.size(), mode == sipcode::parse_mode::strict ? SIPCODE_PARSE_STRICT : SIPCODE_PARSE_LENIENT);
    SIPCODE_FUZZ_CHECK(general.ec == c.ec && general.consumed == c.consumed && general.code == c.code);
    SIPCODE_FUZZ_CHECK(general.version == c.version && general.version_len == c.version_len);
    SIPCODE_FUZZ_CHECK(general.reason == c.reason && general.reason_len == c.reason_len);
    const sipcode_classification cc = c_api_classify(c.code);
    const sipcode::classification cl = sipcode::classify(cpp.line);
    SIPCODE_FUZZ_CHECK(cc.code == cl.code && cc.effective == cl.effective && cc.registered == cl.registered &&
                       static_cast<int>(cc.cls) == static_cast<int>(cl.cls));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view in = sipcode_fuzz::as_view(data, size);
    compare(in, sipcode::parse_mode::strict);
    compare(in, sipcode::parse_mode::lenient);
    if (size >= 4) {
        int code = 0;
        std::memcpy(&code, data, sizeof code);
        const sipcode_classification c = c_api_classify(code);
        const sipcode::classification cpp = sipcode::classify(code);
        SIPCODE_FUZZ_CHECK(c.code == cpp.code && c.effective == cpp.effective &&
                           static_cast<int>(c.cls) == static_cast<int>(cpp.cls) && c.is_final == cpp.is_final);
        const char* phrase = c_api_reason_phrase(code);
        SIPCODE_FUZZ_CHECK(phrase == nullptr ? sipcode::reason_phrase(code).empty()
                                             : sipcode::reason_phrase(code) == phrase);
    }
    return 0;
}
