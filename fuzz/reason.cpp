// parse_reason() and find_reason(): walking every value of a Reason header either ends at the end
// of the input or stops at a defect inside it, each value keeps its invariants (RFC 3326 cause
// ranges, protocol kind matching its spelling), and find_reason() agrees with the walk.
#include "header_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using sipcode::reason_protocol;
    const std::string_view in = sipcode_fuzz::as_view(data, size);
    std::size_t pos = 0;
    bool saw[3] = {false, false, false};
    sipcode::field_errc walk_error = sipcode::field_errc::ok;
    for (std::size_t values = 0;; ++values) {
        SIPCODE_FUZZ_CHECK(values <= in.size());
        const sipcode::reason_result r = sipcode::parse_reason(in, pos);
        if (!r) {
            sipcode_fuzz::check_failure(in, r);
            walk_error = r.ec;
            break;
        }
        const sipcode::reason_value& v = r.value;
        SIPCODE_FUZZ_CHECK(sipcode_fuzz::inside(v.protocol, in) && !v.protocol.empty());
        SIPCODE_FUZZ_CHECK((v.kind == reason_protocol::sip) == sipcode::iequals(v.protocol, "SIP"));
        SIPCODE_FUZZ_CHECK((v.kind == reason_protocol::q850) == sipcode::iequals(v.protocol, "Q.850"));
        if (v.has_cause && v.kind == reason_protocol::sip) SIPCODE_FUZZ_CHECK(v.cause >= 100 && v.cause <= 699);
        if (v.has_cause && v.kind == reason_protocol::q850) SIPCODE_FUZZ_CHECK(v.cause <= 127);
        SIPCODE_FUZZ_CHECK(v.has_cause == v.params.find("cause").found);
        SIPCODE_FUZZ_CHECK(v.has_text == v.params.find("text").found);
        SIPCODE_FUZZ_CHECK(sipcode_fuzz::inside(v.text, in));
        sipcode_fuzz::check_params(in, v.params);
        sipcode_fuzz::check_unquote(v.text);
        saw[static_cast<int>(v.kind)] = true;
        SIPCODE_FUZZ_CHECK(r.consumed <= in.size());
        if (r.last) {
            SIPCODE_FUZZ_CHECK(r.consumed == in.size());
            break;
        }
        SIPCODE_FUZZ_CHECK(r.consumed > pos);  // progress
        pos = r.consumed;
    }
    for (const reason_protocol kind : {reason_protocol::other, reason_protocol::sip, reason_protocol::q850}) {
        const sipcode::reason_result f = sipcode::find_reason(in, kind);
        if (f) {
            SIPCODE_FUZZ_CHECK(f.value.kind == kind);
            SIPCODE_FUZZ_CHECK(saw[static_cast<int>(kind)]);
        } else if (walk_error == sipcode::field_errc::ok) {
            // The whole header parsed: the only way to miss is that no value has the protocol.
            SIPCODE_FUZZ_CHECK(f.ec == sipcode::field_errc::not_found && !saw[static_cast<int>(kind)]);
        }
    }
    return 0;
}
