// parse_retry_after(): a result either spans the whole input or names a defect inside it, and an
// accepted value keeps its invariants (duration matches its parameter, views inside the input).
#include "header_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view in = sipcode_fuzz::as_view(data, size);
    const sipcode::retry_after_result r = sipcode::parse_retry_after(in);
    if (!r) {
        sipcode_fuzz::check_failure(in, r);
        return 0;
    }
    SIPCODE_FUZZ_CHECK(r.consumed == in.size());
    SIPCODE_FUZZ_CHECK(sipcode_fuzz::inside(r.value.comment, in));
    SIPCODE_FUZZ_CHECK(r.value.has_duration == r.value.params.find("duration").found);
    sipcode_fuzz::check_params(in, r.value.params);
    // delta-seconds is 1*DIGIT: the input starts (after whitespace) with the digits of `seconds`,
    // and their decimal value, computed here, is `seconds` (numbers above 2^32-1 are rejected).
    const std::size_t first = in.find_first_not_of(" \t\r\n");
    SIPCODE_FUZZ_CHECK(first != std::string_view::npos && in[first] >= '0' && in[first] <= '9');
    SIPCODE_FUZZ_CHECK(sipcode_fuzz::decimal_at(in, first) == r.value.seconds);
    // `duration` is the decimal value of its parameter's digits.
    if (r.value.has_duration) {
        const std::string_view digits = r.value.params.find("duration").param.value;
        SIPCODE_FUZZ_CHECK(!digits.empty() && sipcode_fuzz::decimal_at(digits, 0) == r.value.duration);
    }
    return 0;
}
