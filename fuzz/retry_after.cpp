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
    // delta-seconds is 1*DIGIT: the input starts (after whitespace) with the digits of `seconds`.
    const std::size_t first = in.find_first_not_of(" \t\r\n");
    SIPCODE_FUZZ_CHECK(first != std::string_view::npos && in[first] >= '0' && in[first] <= '9');
    // Parsing is a pure function of the bytes.
    const sipcode::retry_after_result again = sipcode::parse_retry_after(in);
    SIPCODE_FUZZ_CHECK(again.value.seconds == r.value.seconds && again.value.duration == r.value.duration);
    return 0;
}
