// sipcode: what a UAC does after a response, in the context of the request it answers.
//
//   class request_context;                                           // the request, readable at the call site
//   constexpr request_context out_of_dialog(std::string_view method) noexcept;   // initial requests
//   constexpr request_context in_dialog(std::string_view method) noexcept;       // mid-dialog requests
//       .terminating()   a NOTIFY with Subscription-State: terminated, a SUBSCRIBE with Expires: 0
//       .new_usage()     a SUBSCRIBE that starts a second subscription inside an existing dialog
//       .call_id_owner() this UA generated the dialog's Call-ID (the 491 timer, RFC 3261 s14.1)
//
//   constexpr dialog_effect effect_on_dialog(std::uint16_t code, std::string_view method) noexcept;
//   constexpr dialog_effect effect_on_dialog(std::uint16_t code, const request_context& request) noexcept;
//
//   struct advice { next_step step; dialog_effect dialog; bool send_bye;
//                   std::chrono::milliseconds delay_min, delay_max; bool has_delay;
//                   std::chrono::seconds avoid_server_for, available_for; bool has_duration;
//                   std::uint16_t code, effective, acted_on; std::string_view basis, dialog_basis; };
//   constexpr advice advise(const classification& c, const request_context& request = {},
//                           const retry_after* retry = nullptr) noexcept;
//   constexpr advice advise(std::uint16_t code  /* or int, or status */, ...) noexcept;
//
// One model (docs/next-steps.md). The registry row of a code is the context-free answer: what a
// UAC does after that response to a request outside a dialog (`next.uac`), and what the response
// does to a dialog (`next.dialog`, RFC 5057 s5.1 table 2). advise() starts from the row of the
// effective code (RFC 3261 s8.1.3.2: 477 is advised as 400) and refines it with the request:
//
//  1. The dialog effect. Outside a dialog a response ends nothing (none for 1xx and 2xx, transaction
//     for 3xx-6xx) except that 199 to an INVITE ends the early dialog it names (RFC 6228 s4). Inside
//     a dialog it is effect_on_dialog(): the first rule of data/dialog-rules.csv that matches the
//     method and request (CANCEL, ACK, BYE, PRACK, SUBSCRIBE/NOTIFY per RFC 6665, OPTIONS, MESSAGE,
//     INFO and unknown methods per RFC 5057 s5.3, ...), or else the code's row. A rule may also say
//     which code's row gives the step (503 in a dialog is acted on as 500, RFC 5057 note 15) or
//     the step itself (any failure of a CANCEL: give_up).
//  2. The step. A final response that ends the usage or the dialog gives end_usage or end_dialog;
//     `send_bye` is set when that usage is an invite usage and the request was not the BYE itself
//     (RFC 3261 s12.2.1.2: "for INVITE initiated dialogs, terminating the dialog consists of sending
//     a BYE"). Otherwise the step of the acted-on row, made concrete:
//       * 503 (outside a dialog): fail over now (RFC 3263 s4.3); with Retry-After, keep this server
//         out of rotation for that long (s21.5.4): `avoid_server_for`.
//       * 491: retry after a random delay (s14.1): 2.1 s to 4 s when this UAC generated the dialog's
//         Call-ID, 0 to 2 s otherwise; delay_min and delay_max bound it.
//       * a Retry-After on a response that may carry one (404, 413, 480, 486, 500, 600, 603: RFC 3261
//         s20 table 3 and s20.33) means "retry the same target after that long": retry_later with
//         has_delay and delay_min == delay_max, `available_for` from `duration`. A Retry-After on any
//         other response is ignored.
//  `basis` names what the step rests on, `dialog_basis` what the effect rests on. With the default
//  context (an INVITE outside a dialog) and no Retry-After, advise(code).step is the row's next.uac
//  for every code.
//
// A request_context is built by name, never by position:
//     sipcode::advise(code, sipcode::in_dialog("NOTIFY").terminating());
//     sipcode::advise(code, sipcode::in_dialog("INVITE").call_id_owner(), &retry_after_value);
#ifndef SIPCODE_ADVICE_HPP
#define SIPCODE_ADVICE_HPP

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "actions.hpp"
#include "classify.hpp"
#include "lookup.hpp"
#include "registry.hpp"
#include "retry_after.hpp"
#include "types.hpp"

namespace sipcode {

/** The request a response answers, as far as what happens next depends on it. Build it with
 *  out_of_dialog() or in_dialog() and the named modifiers; the default is an INVITE outside a dialog. */
class request_context {
public:
    constexpr request_context() noexcept = default;

    /** A request sent outside any dialog (an initial INVITE, SUBSCRIBE, REGISTER, MESSAGE ...). */
    static constexpr request_context out_of_dialog(std::string_view method) noexcept {
        return request_context(method, false);
    }
    /** A request sent inside a dialog (it had a To tag). An in-dialog SUBSCRIBE is a refresh of
     *  its subscription (RFC 6665 s4.1.2.2) unless marked new_usage(); a BYE always terminates. */
    static constexpr request_context in_dialog(std::string_view method) noexcept {
        return request_context(method, true);
    }

    /** The request ends its usage: a NOTIFY with Subscription-State "terminated", or a SUBSCRIBE
     *  with Expires 0 (RFC 6665 s4.1.2.3, s4.2.2). A BYE is terminating without this. */
    constexpr request_context terminating() const noexcept {
        request_context r = *this;
        r.terminating_ = true;
        return r;
    }
    /** The request starts another usage inside an existing dialog: a SUBSCRIBE for a second
     *  subscription (RFC 5057 s5.6). A REFER in a dialog always does. */
    constexpr request_context new_usage() const noexcept {
        request_context r = *this;
        r.new_usage_ = true;
        return r;
    }
    /** This UA generated the dialog's Call-ID: the 491 timer is 2.1 s to 4 s (RFC 3261 s14.1). */
    constexpr request_context call_id_owner() const noexcept {
        request_context r = *this;
        r.owns_call_id_ = true;
        return r;
    }

    constexpr std::string_view method() const noexcept { return method_; }
    constexpr bool is_in_dialog() const noexcept { return in_dialog_; }
    constexpr bool is_terminating() const noexcept { return in_dialog_ && (terminating_ || method_ == "BYE"); }
    constexpr bool is_new_usage() const noexcept { return in_dialog_ && (new_usage_ || method_ == "REFER"); }
    constexpr bool owns_call_id() const noexcept { return owns_call_id_; }

private:
    constexpr request_context(std::string_view method, bool in_dialog) noexcept
        : method_(method), in_dialog_(in_dialog) {}

    std::string_view method_ = "INVITE";
    bool in_dialog_ = false;
    bool terminating_ = false;
    bool new_usage_ = false;
    bool owns_call_id_ = false;
};

/** A request sent outside any dialog. */
constexpr request_context out_of_dialog(std::string_view method) noexcept {
    return request_context::out_of_dialog(method);
}
/** A request sent inside a dialog. */
constexpr request_context in_dialog(std::string_view method) noexcept {
    return request_context::in_dialog(method);
}

/** What to do next, concretely. */
struct advice {
    next_step step = next_step::none;
    dialog_effect dialog = dialog_effect::none;  ///< what the response did to the request's dialog
    bool send_bye = false;                       ///< end the invite usage with a BYE (RFC 3261 s12.2.1.2)
    std::chrono::milliseconds delay_min{0};      ///< earliest time to act, counted from the response
    std::chrono::milliseconds delay_max{0};      ///< latest; equal to delay_min except for a random delay
    bool has_delay = false;                      ///< retry_later/retry_after_random_delay: a delay is set
    std::chrono::seconds avoid_server_for{0};    ///< fail_over: keep this server out of rotation this long
    std::chrono::seconds available_for{0};       ///< Retry-After duration: the callee stays reachable this long
    bool has_duration = false;                   ///< available_for is set (absent: reachable indefinitely)
    std::uint16_t code = 0;                      ///< the code as received
    std::uint16_t effective = 0;                 ///< the code RFC 3261 s8.1.3.2 says to act on
    std::uint16_t acted_on = 0;                  ///< the row the step came from (a dialog rule may change it)
    std::string_view basis;                      ///< the RFC sections the step rests on
    std::string_view dialog_basis;               ///< the RFC section or note the dialog effect rests on
};

namespace detail {

inline constexpr std::size_t unknown_method = sip_methods.size();

/** The index of a method in sip_methods, or unknown_method. Methods are case-sensitive (s7.1). */
constexpr std::size_t method_index(std::string_view method) noexcept {
    for (std::size_t i = 0; i < sip_methods.size(); ++i) {
        if (sip_methods[i] == method) return i;
    }
    return unknown_method;
}

constexpr bool scope_matches(rule_scope where, const request_context& r) noexcept {
    switch (where) {
    case rule_scope::anywhere: return true;
    case rule_scope::in_dialog: return r.is_in_dialog();
    case rule_scope::terminating: return r.is_terminating();
    case rule_scope::new_usage: return r.is_new_usage();
    case rule_scope::established: return r.is_in_dialog() && !r.is_terminating() && !r.is_new_usage();
    }
    return false;
}

constexpr bool rule_matches(const dialog_rule& rule, std::size_t method, const request_context& r,
                            const status_info& row) noexcept {
    if (((rule.methods >> method) & 1U) == 0 || !scope_matches(rule.where, r)) return false;
    if ((rule.classes >> (row.code / 100)) & 1U) return true;
    if ((rule.effects >> static_cast<unsigned>(row.next.dialog)) & 1U) return true;
    for (const std::uint16_t c : rule.codes) {
        if (c == row.code) return true;
    }
    return false;
}

/** The first dialog rule for this response (by the row of its effective code) and request. */
constexpr const dialog_rule* find_dialog_rule(const status_info& row, const request_context& r) noexcept {
    const std::size_t method = method_index(r.method());
    for (const dialog_rule& rule : dialog_rules) {
        if (rule_matches(rule, method, r, row)) return &rule;
    }
    return nullptr;
}

inline constexpr std::string_view outside_dialog_basis =
    "RFC 5057 s5.1: outside a dialog a response ends no dialog or usage";
inline constexpr std::string_view early_dialog_basis = "RFC 6228 s4: a 199 ends the early dialog it names";

/** The dialog effect and, when a rule decided it, the rule. `row` is the effective code's. */
struct dialog_decision {
    dialog_effect effect;
    const dialog_rule* rule;
    std::string_view basis;
};

constexpr dialog_decision decide_dialog(const status_info& row, const request_context& r) noexcept {
    const dialog_rule* rule = find_dialog_rule(row, r);
    if (rule != nullptr) return {rule->effect, rule, rule->basis};
    if (r.is_in_dialog()) return {row.next.dialog, nullptr, row.dialog_basis};
    if (row.code == 199) return {dialog_effect::dialog, nullptr, early_dialog_basis};
    return {row.code >= 300 ? dialog_effect::transaction : dialog_effect::none, nullptr, outside_dialog_basis};
}

/** The methods of an invite usage that a UAC ends with BYE (RFC 5057 s5.3; BYE itself excluded). */
constexpr bool ends_with_bye(std::string_view method) noexcept {
    return method == "INVITE" || method == "UPDATE" || method == "PRACK" || method == "INFO";
}

}  // namespace detail

/** What a response with this code does to the dialog of a request of the given context.
 *  Outside a dialog: none, or transaction for a final failure (199 to an INVITE: dialog). */
constexpr dialog_effect effect_on_dialog(std::uint16_t code, const request_context& request) noexcept {
    const std::uint16_t effective = effective_code(code);
    const status_info* row = find(effective);
    if (row == nullptr) return dialog_effect::none;
    return detail::decide_dialog(*row, request).effect;
}

/** What a response with this code does to the dialog a request of this method was sent in: the
 *  request belongs to an established usage (a SUBSCRIBE is a refresh, a BYE ends its usage).
 *  none: 1xx and 2xx (but 199 ends the early dialog, RFC 6228, and a 2xx to BYE ends the usage);
 *  transaction: only this request failed; usage: the usage the request belongs to ends (RFC 5057);
 *  dialog: the dialog and every usage of it end. Codes outside 100..699: none. */
constexpr dialog_effect effect_on_dialog(std::uint16_t code, std::string_view method) noexcept {
    return effect_on_dialog(code, in_dialog(method));
}
template <class I, std::enable_if_t<detail::is_other_integer<I>, int> = 0>
constexpr dialog_effect effect_on_dialog(I code, std::string_view method) noexcept {
    return effect_on_dialog(detail::code_from(code), method);
}
template <class I, std::enable_if_t<detail::is_other_integer<I>, int> = 0>
constexpr dialog_effect effect_on_dialog(I code, const request_context& request) noexcept {
    return effect_on_dialog(detail::code_from(code), request);
}

constexpr advice advise(const classification& c, const request_context& request = {},
                        const retry_after* retry = nullptr) noexcept {
    using std::chrono::milliseconds;
    using std::chrono::seconds;
    advice a;
    a.code = c.code;
    a.effective = c.effective;
    const status_info* row = find(c.effective);
    if (row == nullptr) {  // outside 100..699: nothing is defined
        a.basis = a.dialog_basis = "RFC 3261 s7.2: status codes are 100 to 699";
        return a;
    }
    const detail::dialog_decision d = detail::decide_dialog(*row, request);
    a.dialog = d.effect;
    a.dialog_basis = d.basis;
    const status_info* acted = row;
    if (d.rule != nullptr && d.rule->acts_as != 0) acted = find(d.rule->acts_as);
    a.acted_on = acted->code;
    a.basis = acted == row ? acted->basis : d.basis;
    if (d.rule != nullptr && d.rule->has_step) {
        a.step = d.rule->step;
        a.basis = d.basis;
        return a;
    }
    if (c.is_final && (d.effect == dialog_effect::usage || d.effect == dialog_effect::dialog)) {
        a.step = d.effect == dialog_effect::usage ? next_step::end_usage : next_step::end_dialog;
        a.send_bye = d.effect == dialog_effect::usage && detail::ends_with_bye(request.method());
        a.basis = d.basis;
        return a;
    }

    const bool may_carry_retry_after = acted->next.response_headers.contains(header_field::retry_after);
    const bool timed = retry != nullptr && may_carry_retry_after;
    if (timed && retry->has_duration) {
        a.available_for = seconds{retry->duration};
        a.has_duration = true;
    }
    a.step = acted->next.uac;
    switch (a.step) {
    case next_step::fail_over:
        if (timed) a.avoid_server_for = seconds{retry->seconds};
        break;
    case next_step::retry_after_random_delay:
        a.has_delay = true;
        a.delay_min = milliseconds{request.owns_call_id() ? 2100 : 0};
        a.delay_max = milliseconds{request.owns_call_id() ? 4000 : 2000};
        break;
    default:
        if (timed) {
            a.step = next_step::retry_later;
            a.has_delay = true;
            a.delay_min = a.delay_max = milliseconds{std::int64_t{retry->seconds} * 1000};
        }
        break;
    }
    return a;
}

constexpr advice advise(std::uint16_t code, const request_context& request = {},
                        const retry_after* retry = nullptr) noexcept {
    return advise(classify(code), request, retry);
}
constexpr advice advise(status code, const request_context& request = {},
                        const retry_after* retry = nullptr) noexcept {
    return advise(classify(code), request, retry);
}
/** The code as a SIP stack reports it (`int`); outside 0..65535 it is not a status code. */
template <class I, std::enable_if_t<detail::is_other_integer<I>, int> = 0>
constexpr advice advise(I code, const request_context& request = {}, const retry_after* retry = nullptr) noexcept {
    return advise(classify(code), request, retry);
}

}  // namespace sipcode

#endif  // SIPCODE_ADVICE_HPP
