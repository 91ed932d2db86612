// GENERATED FILE: do not edit. Produced by tools/generate_registry.py from data/actions.csv;
// change the data and re-run `python3 tools/generate_registry.py` (CI runs it with --check).
//
// The vocabulary of "what now?": what a UAC does next (next_step), what a stateful proxy does
// with a response (proxy_action) and what a response does to the dialog of its request
// (dialog_effect). to_string() gives each enumerator's name, describe() what it means.
#ifndef SIPCODE_ACTIONS_HPP
#define SIPCODE_ACTIONS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "detail/enum_table.hpp"

namespace sipcode {

/** What a UAC does next after a response. */
enum class next_step : std::uint8_t {
    /// not a status code: nothing is defined
    none,
    /// keep waiting for the final response
    wait,
    /// the request succeeded: nothing to retry
    done,
    /// send new requests to the Contact targets (RFC 3261 s8.1.3.4)
    follow_redirect,
    /// resend this one request through the proxy named in Contact (RFC 3261 s21.3.4)
    resend_via_proxy,
    /// resend with credentials answering every challenge (RFC 3261 s22)
    resend_with_credentials,
    /// choose a mechanism from Security-Server and resend (RFC 3329 s2)
    negotiate_security,
    /// change what the response names and resend as a new transaction (RFC 3261 s8.1.3.5)
    resend_modified,
    /// send the same request to the next server now (RFC 3263 s4.3)
    fail_over,
    /// the same request may succeed later: retry after Retry-After, never at once without one
    retry_later,
    /// glare: retry once after a random delay (RFC 3261 s14.1)
    retry_after_random_delay,
    /// needs a human decision; no automatic retry
    ask_user,
    /// do not retry this request
    give_up,
    /// the dialog usage of the request is over: release it, other usages continue (RFC 5057 s5.1); an invite usage is ended with BYE (RFC 3261 s12.2.1.2)
    end_usage,
    /// the dialog and every usage of it are over: release them and send nothing more in it (RFC 5057 s5.1)
    end_dialog,
};

inline constexpr std::size_t next_step_count = 15;

/** What a stateful proxy does with a response received on one branch (RFC 3261 s16.7). */
enum class proxy_action : std::uint8_t {
    /// not a status code: nothing is defined
    none,
    /// not forwarded: 100 is hop-by-hop (RFC 3261 s16.7 step 5)
    absorb,
    /// forwarded upstream at once (RFC 3261 s16.7 step 5)
    forward_now,
    /// may add new targets to the target set instead of keeping the response (RFC 3261 s16.7 step 4)
    recurse,
    /// kept for best-response selection (RFC 3261 s16.7 step 6)
    collect,
    /// try the next server (RFC 3263 s4.3); SHOULD NOT be forwarded upstream, send 500 when it is the only response (RFC 3261 s16.7 step 6)
    fail_over,
    /// cancel the pending branches, start no new ones, forward it as the best response (RFC 3261 s16.7 steps 5, 6, 10)
    cancel_branches,
};

inline constexpr std::size_t proxy_action_count = 7;

/** What a response does to the dialog of its request (RFC 5057 s5.1). */
enum class dialog_effect : std::uint8_t {
    /// the dialog is untouched
    none,
    /// only this request failed; the dialog and its usages go on (RFC 5057 s5.1)
    transaction,
    /// the dialog usage the request belongs to ends; other usages of the dialog go on (RFC 5057 s5.1)
    usage,
    /// the whole dialog ends with every usage sharing it (RFC 5057 s5.1)
    dialog,
};

inline constexpr std::size_t dialog_effect_count = 4;

namespace detail {
inline constexpr std::array<enum_text<next_step>, next_step_count> next_step_texts = {{
    {next_step::none, std::string_view("none", 4),
     std::string_view("not a status code: nothing is defined", 37)},
    {next_step::wait, std::string_view("wait", 4),
     std::string_view("keep waiting for the final response", 35)},
    {next_step::done, std::string_view("done", 4),
     std::string_view("the request succeeded: nothing to retry", 39)},
    {next_step::follow_redirect, std::string_view("follow_redirect", 15),
     std::string_view("send new requests to the Contact targets (RFC 3261 s8.1.3.4)", 60)},
    {next_step::resend_via_proxy, std::string_view("resend_via_proxy", 16),
     std::string_view("resend this one request through the proxy named in Contact (RFC 3261 s21.3.4)", 77)},
    {next_step::resend_with_credentials, std::string_view("resend_with_credentials", 23),
     std::string_view("resend with credentials answering every challenge (RFC 3261 s22)", 64)},
    {next_step::negotiate_security, std::string_view("negotiate_security", 18),
     std::string_view("choose a mechanism from Security-Server and resend (RFC 3329 s2)", 64)},
    {next_step::resend_modified, std::string_view("resend_modified", 15),
     std::string_view("change what the response names and resend as a new transaction (RFC 3261 s8.1.3.5)", 82)},
    {next_step::fail_over, std::string_view("fail_over", 9),
     std::string_view("send the same request to the next server now (RFC 3263 s4.3)", 60)},
    {next_step::retry_later, std::string_view("retry_later", 11),
     std::string_view("the same request may succeed later: retry after Retry-After, never at once without one", 86)},
    {next_step::retry_after_random_delay, std::string_view("retry_after_random_delay", 24),
     std::string_view("glare: retry once after a random delay (RFC 3261 s14.1)", 55)},
    {next_step::ask_user, std::string_view("ask_user", 8),
     std::string_view("needs a human decision; no automatic retry", 42)},
    {next_step::give_up, std::string_view("give_up", 7),
     std::string_view("do not retry this request", 25)},
    {next_step::end_usage, std::string_view("end_usage", 9),
     std::string_view("the dialog usage of the request is over: release it, other usages continue (RFC 5057 s5.1); an invite usage is ended with BYE (RFC 3261 s12.2.1.2)", 146)},
    {next_step::end_dialog, std::string_view("end_dialog", 10),
     std::string_view("the dialog and every usage of it are over: release them and send nothing more in it (RFC 5057 s5.1)", 99)},
}};
static_assert(covers(next_step_texts, next_step_count), "one row per next_step, in value order");
inline constexpr std::array<enum_text<proxy_action>, proxy_action_count> proxy_action_texts = {{
    {proxy_action::none, std::string_view("none", 4),
     std::string_view("not a status code: nothing is defined", 37)},
    {proxy_action::absorb, std::string_view("absorb", 6),
     std::string_view("not forwarded: 100 is hop-by-hop (RFC 3261 s16.7 step 5)", 56)},
    {proxy_action::forward_now, std::string_view("forward_now", 11),
     std::string_view("forwarded upstream at once (RFC 3261 s16.7 step 5)", 50)},
    {proxy_action::recurse, std::string_view("recurse", 7),
     std::string_view("may add new targets to the target set instead of keeping the response (RFC 3261 s16.7 step 4)", 93)},
    {proxy_action::collect, std::string_view("collect", 7),
     std::string_view("kept for best-response selection (RFC 3261 s16.7 step 6)", 56)},
    {proxy_action::fail_over, std::string_view("fail_over", 9),
     std::string_view("try the next server (RFC 3263 s4.3); SHOULD NOT be forwarded upstream, send 500 when it is the only response (RFC 3261 s16.7 step 6)", 132)},
    {proxy_action::cancel_branches, std::string_view("cancel_branches", 15),
     std::string_view("cancel the pending branches, start no new ones, forward it as the best response (RFC 3261 s16.7 steps 5, 6, 10)", 111)},
}};
static_assert(covers(proxy_action_texts, proxy_action_count), "one row per proxy_action, in value order");
inline constexpr std::array<enum_text<dialog_effect>, dialog_effect_count> dialog_effect_texts = {{
    {dialog_effect::none, std::string_view("none", 4),
     std::string_view("the dialog is untouched", 23)},
    {dialog_effect::transaction, std::string_view("transaction", 11),
     std::string_view("only this request failed; the dialog and its usages go on (RFC 5057 s5.1)", 73)},
    {dialog_effect::usage, std::string_view("usage", 5),
     std::string_view("the dialog usage the request belongs to ends; other usages of the dialog go on (RFC 5057 s5.1)", 94)},
    {dialog_effect::dialog, std::string_view("dialog", 6),
     std::string_view("the whole dialog ends with every usage sharing it (RFC 5057 s5.1)", 65)},
}};
static_assert(covers(dialog_effect_texts, dialog_effect_count), "one row per dialog_effect, in value order");
}  // namespace detail

/** The enumerator's name, "wait"; "none" for a value outside the enum. */
constexpr std::string_view to_string(next_step v) noexcept {
    return detail::name_of(detail::next_step_texts, v, detail::next_step_texts[0].name);
}
/** What the value means, in a sentence fragment with its RFC basis. */
constexpr std::string_view describe(next_step v) noexcept {
    return detail::description_of(detail::next_step_texts, v, detail::next_step_texts[0].description);
}

/** The enumerator's name, "absorb"; "none" for a value outside the enum. */
constexpr std::string_view to_string(proxy_action v) noexcept {
    return detail::name_of(detail::proxy_action_texts, v, detail::proxy_action_texts[0].name);
}
/** What the value means, in a sentence fragment with its RFC basis. */
constexpr std::string_view describe(proxy_action v) noexcept {
    return detail::description_of(detail::proxy_action_texts, v, detail::proxy_action_texts[0].description);
}

/** The enumerator's name, "transaction"; "none" for a value outside the enum. */
constexpr std::string_view to_string(dialog_effect v) noexcept {
    return detail::name_of(detail::dialog_effect_texts, v, detail::dialog_effect_texts[0].name);
}
/** What the value means, in a sentence fragment with its RFC basis. */
constexpr std::string_view describe(dialog_effect v) noexcept {
    return detail::description_of(detail::dialog_effect_texts, v, detail::dialog_effect_texts[0].description);
}

}  // namespace sipcode

#endif  // SIPCODE_ACTIONS_HPP
