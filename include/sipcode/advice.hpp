// sipcode: one concrete next step for a UAC after a final response.
//
//   enum class next_step : std::uint8_t { none, wait, done, follow_redirect, resend_via_proxy,
//       resend_with_credentials, negotiate_security, resend_modified, fail_over, retry_later,
//       retry_after_random_delay, tear_down_dialog, dialog_ended, ask_user, give_up };
//   struct request_info { std::string_view method; bool in_dialog; bool owns_call_id; };
//   struct advice { next_step step; std::chrono::milliseconds delay_min, delay_max; bool has_delay;
//                   std::chrono::seconds avoid_server_for, available_for; bool has_duration;
//                   bool ends_dialog; std::uint16_t code, effective; };
//   constexpr advice advise(const classification& c, const request_info& request = {},
//                           const retry_after* retry = nullptr) noexcept;
//   constexpr advice advise(std::uint16_t code, const request_info& request = {},
//                           const retry_after* retry = nullptr) noexcept;
//   constexpr std::string_view to_string(next_step) noexcept;   // "fail_over"
//   constexpr std::string_view describe(next_step) noexcept;    // "fail over to the next server now"
//
// It starts from classify() (RFC 3261 s8.1.3.2 for unregistered codes: 477 is advised as 400) and adds
// what the registry alone cannot know: the parsed Retry-After, the request method and whether the
// request was sent inside a dialog. The rules, first match wins:
//   * in a dialog, 481 or 408 (and a transaction timeout, which s8.1.3.1 turns into 408) end the
//     dialog (s12.2.1.2): tear_down_dialog (send BYE for an INVITE dialog; RFC 5057 narrows this to
//     the usage the request belonged to), but for a BYE the session and dialog are simply over
//     (s15.1.1): dialog_ended, send nothing. Outside a dialog 481 means there is nothing to act on
//     (CANCEL with no matching transaction, s9.2): give_up; 408 may be retried later (s21.4.9).
//   * 503: fail over to the next server now (RFC 3263 s4.3); with Retry-After, keep this server out of
//     rotation for that long (s21.5.4): `avoid_server_for`.
//   * 491: retry after a random delay (s14.1): 2.1 s to 4 s when this UAC generated the dialog's
//     Call-ID (`owns_call_id`), 0 to 2 s otherwise, in 10 ms steps; delay_min/delay_max bound it.
//   * a Retry-After on a response that may carry one (404, 413, 480, 486, 500, 600, 603: RFC 3261
//     s20 table 3 and s20.33) means "retry the same target after that long": retry_later with
//     has_delay, delay_min == delay_max, and `available_for` from `duration`. A Retry-After on any
//     other response is ignored.
//   * otherwise the code's registered UAC action, made concrete: retry_later without a delay (408,
//     480, 486, 500, 600: the same request may succeed later, no time was given, so do not retry
//     automatically); resend_with_credentials (401, 407); resend_modified; follow_redirect; ...
#ifndef SIPCODE_ADVICE_HPP
#define SIPCODE_ADVICE_HPP

#include <chrono>
#include <cstdint>
#include <string_view>

#include "classify.hpp"
#include "retry_after.hpp"
#include "status.hpp"
#include "types.hpp"

namespace sipcode {

/** What to do next, concretely. */
enum class next_step : std::uint8_t {
    none = 0,                  ///< not a status code (outside 100..699): nothing is defined
    wait,                      ///< provisional: keep waiting for the final response
    done,                      ///< success: nothing to retry
    follow_redirect,           ///< send new request(s) to the Contact targets (s8.1.3.4)
    resend_via_proxy,          ///< resend this one request through the proxy in Contact (305)
    resend_with_credentials,   ///< resend answering the WWW-/Proxy-Authenticate challenges (401, 407)
    negotiate_security,        ///< pick a mechanism from Security-Server and resend (494)
    resend_modified,           ///< change what the response names, then resend
    fail_over,                 ///< send the same request to the next server now (503)
    retry_later,               ///< the same request to the same target later; after the delay if has_delay
    retry_after_random_delay,  ///< glare (491): retry once after a random delay in [delay_min, delay_max]
    tear_down_dialog,          ///< the dialog is gone at the peer: end it (BYE for an INVITE dialog)
    dialog_ended,              ///< the BYE's dialog is over already: send nothing
    ask_user,                  ///< needs a human decision (380, 433, 485)
    give_up,                   ///< do not retry this request
};

inline constexpr std::size_t next_step_count = 15;

/** What the advice needs to know about the request the response answers. */
struct request_info {
    std::string_view method = "INVITE";  ///< method of the request, case-sensitive (s7.1): "BYE"
    bool in_dialog = false;              ///< the request was sent inside a dialog (it had a To tag)
    bool owns_call_id = false;           ///< this UA generated the dialog's Call-ID (491 timer, s14.1)
};

struct advice {
    next_step step = next_step::none;
    std::chrono::milliseconds delay_min{0};     ///< earliest time to act, counted from the response
    std::chrono::milliseconds delay_max{0};     ///< latest; equal to delay_min except for a random delay
    bool has_delay = false;                     ///< retry_later/retry_after_random_delay: a delay is set
    std::chrono::seconds avoid_server_for{0};   ///< fail_over: keep this server out of rotation this long
    std::chrono::seconds available_for{0};      ///< Retry-After duration: the callee stays reachable this long
    bool has_duration = false;                  ///< available_for is set (absent: reachable indefinitely)
    bool ends_dialog = false;                   ///< tear_down_dialog or dialog_ended
    std::uint16_t code = 0;                     ///< the code as received
    std::uint16_t effective = 0;                ///< the code acted on (RFC 3261 s8.1.3.2)
};

constexpr std::string_view to_string(next_step s) noexcept {
    switch (s) {
    case next_step::wait: return "wait";
    case next_step::done: return "done";
    case next_step::follow_redirect: return "follow_redirect";
    case next_step::resend_via_proxy: return "resend_via_proxy";
    case next_step::resend_with_credentials: return "resend_with_credentials";
    case next_step::negotiate_security: return "negotiate_security";
    case next_step::resend_modified: return "resend_modified";
    case next_step::fail_over: return "fail_over";
    case next_step::retry_later: return "retry_later";
    case next_step::retry_after_random_delay: return "retry_after_random_delay";
    case next_step::tear_down_dialog: return "tear_down_dialog";
    case next_step::dialog_ended: return "dialog_ended";
    case next_step::ask_user: return "ask_user";
    case next_step::give_up: return "give_up";
    case next_step::none: break;
    }
    return "none";
}

constexpr std::string_view describe(next_step s) noexcept {
    switch (s) {
    case next_step::wait: return "wait for the final response";
    case next_step::done: return "nothing to do: the request succeeded";
    case next_step::follow_redirect: return "send the request to the Contact targets";
    case next_step::resend_via_proxy: return "resend the request through the proxy in Contact";
    case next_step::resend_with_credentials: return "resend with credentials";
    case next_step::negotiate_security: return "agree on a security mechanism and resend";
    case next_step::resend_modified: return "change what the response names and resend";
    case next_step::fail_over: return "fail over to the next server now";
    case next_step::retry_later: return "retry the same target later";
    case next_step::retry_after_random_delay: return "retry once after a random delay";
    case next_step::tear_down_dialog: return "tear down the dialog";
    case next_step::dialog_ended: return "the dialog is over: send nothing";
    case next_step::ask_user: return "let the user decide";
    case next_step::give_up: return "give up";
    case next_step::none: break;
    }
    return "not a status code";
}

constexpr advice advise(const classification& c, const request_info& request = {},
                        const retry_after* retry = nullptr) noexcept {
    using std::chrono::milliseconds;
    using std::chrono::seconds;
    advice a;
    a.code = c.code;
    a.effective = c.effective;
    if (!c.valid()) return a;

    const std::uint16_t e = c.effective;
    const bool may_carry_retry_after = c.retry.response_headers.contains(header_field::retry_after);
    const bool timed = retry != nullptr && may_carry_retry_after;
    if (timed && retry->has_duration) {
        a.available_for = seconds{retry->duration};
        a.has_duration = true;
    }

    if (e == 481 || e == 408) {
        if (request.in_dialog) {
            a.ends_dialog = true;
            a.step = request.method == "BYE" ? next_step::dialog_ended : next_step::tear_down_dialog;
            return a;
        }
        if (e == 481) {
            a.step = next_step::give_up;
            return a;
        }
    }
    if (e == 503) {
        a.step = next_step::fail_over;
        if (timed) a.avoid_server_for = seconds{retry->seconds};
        return a;
    }
    if (e == 491) {
        a.step = next_step::retry_after_random_delay;
        a.has_delay = true;
        a.delay_min = milliseconds{request.owns_call_id ? 2100 : 0};
        a.delay_max = milliseconds{request.owns_call_id ? 4000 : 2000};
        return a;
    }
    if (timed) {
        a.step = next_step::retry_later;
        a.has_delay = true;
        a.delay_min = a.delay_max = milliseconds{std::int64_t{retry->seconds} * 1000};
        return a;
    }
    switch (c.retry.uac) {
    case retry_action::none: a.step = next_step::none; break;
    case retry_action::wait: a.step = next_step::wait; break;
    case retry_action::done: a.step = next_step::done; break;
    case retry_action::redirect: a.step = next_step::follow_redirect; break;
    case retry_action::use_proxy: a.step = next_step::resend_via_proxy; break;
    case retry_action::authenticate: a.step = next_step::resend_with_credentials; break;
    case retry_action::security_agreement: a.step = next_step::negotiate_security; break;
    case retry_action::modify_request: a.step = next_step::resend_modified; break;
    case retry_action::retry_later: a.step = next_step::retry_later; break;
    case retry_action::next_server: a.step = next_step::fail_over; break;
    case retry_action::random_backoff: a.step = next_step::retry_after_random_delay; break;
    case retry_action::terminate_dialog: a.step = next_step::give_up; break;
    case retry_action::user_decision: a.step = next_step::ask_user; break;
    case retry_action::give_up: a.step = next_step::give_up; break;
    }
    return a;
}

constexpr advice advise(std::uint16_t code, const request_info& request = {},
                        const retry_after* retry = nullptr) noexcept {
    return advise(classify(code), request, retry);
}

}  // namespace sipcode

#endif  // SIPCODE_ADVICE_HPP
