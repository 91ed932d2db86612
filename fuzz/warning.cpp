// parse_warning(): walking every warning-value either ends at the end of the input or stops at a
// defect inside it; each value has a three-digit code and views inside the input.
#include "header_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view in = sipcode_fuzz::as_view(data, size);
    std::size_t pos = 0;
    for (std::size_t values = 0;; ++values) {
        SIPCODE_FUZZ_CHECK(values <= in.size());
        const sipcode::warning_result r = sipcode::parse_warning(in, pos);
        if (!r) {
            sipcode_fuzz::check_failure(in, r);
            break;
        }
        SIPCODE_FUZZ_CHECK(r.value.code <= 999);
        // warn-code is 3DIGIT: the value starts (after whitespace) with exactly the three digits of
        // `code`, followed by the SP before the agent.
        const std::size_t first = in.find_first_not_of(" \t\r\n", pos);
        SIPCODE_FUZZ_CHECK(first != std::string_view::npos && first + 3 < in.size());
        SIPCODE_FUZZ_CHECK(sipcode_fuzz::decimal_at(in.substr(0, first + 3), first) == r.value.code);
        SIPCODE_FUZZ_CHECK(in[first + 3] == ' ');
        SIPCODE_FUZZ_CHECK(sipcode_fuzz::inside(r.value.agent, in) && !r.value.agent.empty());
        SIPCODE_FUZZ_CHECK(sipcode_fuzz::inside(r.value.text, in));
        sipcode_fuzz::check_unquote(r.value.text);
        const sipcode::warn_code_info* known = sipcode::find_warn_code(r.value.code);
        if (known != nullptr) SIPCODE_FUZZ_CHECK(known->code == r.value.code);
        if (r.last) {
            SIPCODE_FUZZ_CHECK(r.consumed == in.size());
            break;
        }
        SIPCODE_FUZZ_CHECK(r.consumed > pos && r.consumed <= in.size());
        pos = r.consumed;
    }
    return 0;
}
