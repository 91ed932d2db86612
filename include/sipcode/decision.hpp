// sipcode: from "the stack gave me a status code and some header values" to "what to do and what
// to say", in one call.
//
//   struct response_fields { std::string_view retry_after, reason, warning; };   // values, "" if absent
//   struct decision {
//       classification classified;   // classify(code)
//       advice next;                 // advise(code, request, the parsed Retry-After)
//       std::string_view user_message;
//       bool has_retry_after; retry_after retry_after_value;   // the parsed Retry-After value
//       bool has_q850; std::uint8_t q850_cause;          // the first Reason: Q.850;cause=N
//       bool has_sip_reason; std::uint16_t sip_cause;    // the first Reason: SIP;cause=N
//       bool has_warning; warning_value warning;         // the first Warning value
//       std::uint8_t release_cause;                      // what a gateway puts in the ISUP REL (RFC 3398)
//       field_errc defect; std::string_view defective_field;   // the first value that did not parse
//   };
//   constexpr decision decide(int code, const request_context& request = {},
//                             const response_fields& fields = {},
//                             const message_catalog& catalog = english_catalog) noexcept;
//
// Each field is the text after "Name:" as the stack holds it (sipcode parses it; nothing is copied).
// Reason and Warning may hold a comma-separated list: the first Q.850 and the first SIP reason, and
// the first warning, are taken. A stack that splits a list into separate header objects (sofia-sip)
// hands over one of them; the result is the same when it is the first. A field that does not parse
// is reported in `defect` and `defective_field` ("Reason") and otherwise ignored, so a peer's bad
// header never changes the decision more than its absence would.
//
// `release_cause` is the Q.850 cause a gateway releases the ISUP call with: the Reason's Q.850 cause
// when the response carries one (the cause the far end reported, carried by RFC 3326), else the
// RFC 3398 s8.2.6.1 mapping of the status, by its Warning code for 488 and 606; 0 for a
// non-failure or for 487, which releases nothing.
//
// The views in the result point into the caller's field texts and the catalog; keep them alive.
#ifndef SIPCODE_DECISION_HPP
#define SIPCODE_DECISION_HPP

#include <cstdint>
#include <string_view>

#include "advice.hpp"
#include "classify.hpp"
#include "field_value.hpp"
#include "messages.hpp"
#include "q850.hpp"
#include "reason.hpp"
#include "retry_after.hpp"
#include "warning.hpp"

namespace sipcode {

/** The header field values a response carried, as text; an empty view means the field was absent. */
struct response_fields {
    std::string_view retry_after;  ///< e.g. "120;duration=3600"
    std::string_view reason;       ///< e.g. "Q.850;cause=34;text=\"No circuit\", SIP;cause=503"
    std::string_view warning;      ///< e.g. "370 gw.example.net \"Insufficient bandwidth\""
};

/** Everything decide() found out. */
struct decision {
    classification classified;            ///< the code, its class and row (RFC 3261 s8.1.3.2 applied)
    advice next;                          ///< what to do, with the Retry-After taken into account
    std::string_view user_message;        ///< what to tell the user, from the catalog
    bool has_retry_after = false;
    retry_after retry_after_value;        ///< when has_retry_after
    bool has_q850 = false;
    std::uint8_t q850_cause = 0;          ///< Reason: Q.850;cause=N, when has_q850
    bool has_sip_reason = false;
    std::uint16_t sip_cause = 0;          ///< Reason: SIP;cause=N, when has_sip_reason
    bool has_warning = false;
    warning_value warning;                ///< the first Warning value, when has_warning
    std::uint8_t release_cause = 0;       ///< the Q.850 cause for an ISUP release; 0: none
    field_errc defect = field_errc::ok;   ///< the first field value that did not parse
    std::string_view defective_field;     ///< its name, "Retry-After", "Reason" or "Warning"; "" when none
};

namespace detail {

constexpr void note_defect(decision& d, field_errc ec, std::string_view field) noexcept {
    if (d.defect == field_errc::ok) {
        d.defect = ec;
        d.defective_field = field;
    }
}

/** The first value of `kind` in a Reason field; a syntax error is reported, not_found is not. */
constexpr void take_reason(decision& d, std::string_view field, reason_protocol kind) noexcept {
    if (field.empty()) return;
    const reason_result r = find_reason(field, kind);
    if (!r) {
        if (r.ec != field_errc::not_found) note_defect(d, r.ec, "Reason");
        return;
    }
    if (!r.value.has_cause) return;
    if (kind == reason_protocol::q850) {
        d.has_q850 = true;
        d.q850_cause = static_cast<std::uint8_t>(r.value.cause);  // parse_reason bounds it to 0..127
    } else {
        d.has_sip_reason = true;
        d.sip_cause = static_cast<std::uint16_t>(r.value.cause);  // 100..699
    }
}

}  // namespace detail

/** Classifies the code, parses the field values, decides the next step and picks the message. */
constexpr decision decide(std::uint16_t code, const request_context& request = {},
                          const response_fields& fields = {},
                          const message_catalog& catalog = english_catalog) noexcept {
    decision d;
    d.classified = classify(code);
    if (!fields.retry_after.empty()) {
        const retry_after_result r = parse_retry_after(fields.retry_after);
        if (r) {
            d.has_retry_after = true;
            d.retry_after_value = r.value;
        } else {
            detail::note_defect(d, r.ec, "Retry-After");
        }
    }
    detail::take_reason(d, fields.reason, reason_protocol::q850);
    detail::take_reason(d, fields.reason, reason_protocol::sip);
    if (!fields.warning.empty()) {
        const warning_result w = parse_warning(fields.warning);
        if (w) {
            d.has_warning = true;
            d.warning = w.value;
        } else {
            detail::note_defect(d, w.ec, "Warning");
        }
    }
    d.next = advise(d.classified, request, d.has_retry_after ? &d.retry_after_value : nullptr);
    d.user_message = user_message(d.classified, catalog);
    if (d.classified.code >= 400 && d.classified.code <= 699) {
        if (d.has_q850) {
            d.release_cause = d.q850_cause;
        } else {
            d.release_cause = d.has_warning ? sip_to_q850(d.classified.code, d.warning.code).cause
                                            : sip_to_q850(d.classified.code).cause;
        }
    }
    return d;
}
constexpr decision decide(status code, const request_context& request = {}, const response_fields& fields = {},
                          const message_catalog& catalog = english_catalog) noexcept {
    return decide(static_cast<std::uint16_t>(code), request, fields, catalog);
}
/** The code as a SIP stack reports it (`int`); outside 0..65535 it is not a status code. */
template <class I, std::enable_if_t<detail::is_other_integer<I>, int> = 0>
constexpr decision decide(I code, const request_context& request = {}, const response_fields& fields = {},
                          const message_catalog& catalog = english_catalog) noexcept {
    return decide(detail::code_from(code), request, fields, catalog);
}

}  // namespace sipcode

#endif  // SIPCODE_DECISION_HPP
