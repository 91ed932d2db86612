// advise() and effect_on_dialog(): worked scenarios with values read from the RFCs, then every code
// 0..999 in every request context of the matrix, with and without Retry-After, against
// invariants that hold whatever the table says.
#include <sipcode/advice.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

using namespace std::chrono_literals;
using sipcode::advise;
using sipcode::dialog_effect;
using sipcode::effect_on_dialog;
using sipcode::in_dialog;
using sipcode::next_step;
using sipcode::out_of_dialog;
using sipcode::request_context;

namespace {
constexpr sipcode::retry_after ra_120_3600 = sipcode::parse_retry_after("120;duration=3600").value;
constexpr sipcode::retry_after ra_30 = sipcode::parse_retry_after("30 (back soon)").value;

// The worked example of docs/telephony.md and the contract of effect_on_dialog, at compile time.
static_assert(advise(503, out_of_dialog("INVITE"), &ra_120_3600).step == next_step::fail_over);
static_assert(advise(503, out_of_dialog("INVITE"), &ra_120_3600).avoid_server_for == std::chrono::seconds{120});
static_assert(advise(491, in_dialog("INVITE").call_id_owner()).delay_max == std::chrono::milliseconds{4000});
static_assert(effect_on_dialog(200, "INVITE") == dialog_effect::none);
static_assert(effect_on_dialog(199, "INVITE") == dialog_effect::dialog);
static_assert(effect_on_dialog(200, "BYE") == dialog_effect::usage);
static_assert(effect_on_dialog(486, "INVITE") == dialog_effect::transaction);
static_assert(effect_on_dialog(481, "INVITE") == dialog_effect::usage);
static_assert(effect_on_dialog(481, "CANCEL") == dialog_effect::transaction);
static_assert(effect_on_dialog(404, "INVITE") == dialog_effect::dialog);
static_assert(effect_on_dialog(999, "INVITE") == dialog_effect::none);

/** What a test expects of one response in one context. */
struct expectation {
    int code;
    request_context request;
    next_step step;
    dialog_effect dialog;
    bool send_bye;
    const char* why;  // where the expected value comes from
};

// Scenarios, each checked against the RFC text named beside it rather than against the data files.
const expectation scenarios[] = {
    // The before/after cases.
    {481, out_of_dialog("INVITE"), next_step::give_up, dialog_effect::transaction, false,
     "RFC 3261 s21.4.19: no dialog to end; the request failed"},
    {404, in_dialog("INVITE"), next_step::end_dialog, dialog_effect::dialog, false,
     "RFC 5057 note 2: the remote target is broken, every usage is gone"},
    // RFC 3261 s12.2.1.2 narrowed by RFC 5057 note 8: the usage ends, BYE for an invite usage.
    {481, in_dialog("INVITE"), next_step::end_usage, dialog_effect::usage, true, "RFC 5057 note 8; RFC 3261 s12.2.1.2"},
    {481, in_dialog("UPDATE"), next_step::end_usage, dialog_effect::usage, true, "RFC 3311 s5.3"},
    {408, in_dialog("INVITE"), next_step::end_usage, dialog_effect::usage, true, "RFC 5057 s5.2; RFC 3261 s14.1"},
    {481, in_dialog("NOTIFY"), next_step::end_usage, dialog_effect::usage, false, "RFC 6665 s4.2.2"},
    {408, in_dialog("NOTIFY"), next_step::end_usage, dialog_effect::usage, false, "RFC 6665 s4.2.2: Timer F"},
    {408, in_dialog("SUBSCRIBE"), next_step::retry_later, dialog_effect::transaction, false,
     "RFC 6665 s4.1.2.2: valid until it expires"},
    {481, in_dialog("SUBSCRIBE"), next_step::end_usage, dialog_effect::usage, false, "RFC 6665 s4.1.2.2"},
    {489, in_dialog("SUBSCRIBE"), next_step::end_usage, dialog_effect::usage, false, "RFC 6665 s4.1.2.2"},
    {500, in_dialog("SUBSCRIBE"), next_step::retry_later, dialog_effect::transaction, false, "RFC 6665 s4.1.2.2"},
    // CANCEL: only the CANCEL transaction, never the dialog (RFC 5057 note 8, RFC 3261 s9.2).
    {481, out_of_dialog("CANCEL"), next_step::give_up, dialog_effect::transaction, false, "RFC 3261 s9.2"},
    {481, in_dialog("CANCEL"), next_step::give_up, dialog_effect::transaction, false, "RFC 5057 note 8"},
    {503, out_of_dialog("CANCEL"), next_step::give_up, dialog_effect::transaction, false,
     "RFC 3261 s9.1: a CANCEL goes where its INVITE went"},
    // PRACK: a 481 says the PRACK matched nothing (RFC 3262 s3).
    {481, in_dialog("PRACK"), next_step::give_up, dialog_effect::transaction, false, "RFC 3262 s3"},
    // BYE: the usage ends whatever the answer, and nothing more is sent (RFC 3261 s15.1.1).
    {200, in_dialog("BYE"), next_step::done, dialog_effect::usage, false, "RFC 5057 s4.1"},
    {481, in_dialog("BYE"), next_step::end_usage, dialog_effect::usage, false, "RFC 3261 s15.1.1"},
    {408, in_dialog("BYE"), next_step::end_usage, dialog_effect::usage, false, "RFC 3261 s15.1.1"},
    {500, in_dialog("BYE"), next_step::end_usage, dialog_effect::usage, false, "RFC 5057 note 13"},
    {407, in_dialog("BYE"), next_step::resend_with_credentials, dialog_effect::transaction, false, "RFC 3261 s22"},
    {404, in_dialog("BYE"), next_step::end_dialog, dialog_effect::dialog, false, "RFC 5057 note 2"},
    // A terminating NOTIFY ends its subscription when answered (RFC 5057 s4.2).
    {200, in_dialog("NOTIFY").terminating(), next_step::done, dialog_effect::usage, false, "RFC 5057 s4.2"},
    {200, in_dialog("NOTIFY"), next_step::done, dialog_effect::none, false, "RFC 6665 s4.2.2"},
    {200, in_dialog("SUBSCRIBE").terminating(), next_step::done, dialog_effect::none, false,
     "RFC 6665 s4.1.2.3: the final NOTIFY ends it"},
    // 503 inside a dialog: the route set is fixed (RFC 5057 note 15): acted on as 500.
    {503, in_dialog("INVITE"), next_step::retry_later, dialog_effect::transaction, false, "RFC 5057 note 15"},
    {503, out_of_dialog("INVITE"), next_step::fail_over, dialog_effect::transaction, false, "RFC 3263 s4.3"},
    // Nonsense mid-dialog: handled as an unknown 4xx (RFC 5057 notes 5, 11, 12).
    {486, in_dialog("INVITE"), next_step::give_up, dialog_effect::transaction, false, "RFC 5057 note 11"},
    {486, out_of_dialog("INVITE"), next_step::retry_later, dialog_effect::transaction, false, "RFC 3261 s21.4.24"},
    {489, in_dialog("INVITE"), next_step::give_up, dialog_effect::transaction, false, "RFC 5057 note 12"},
    {422, in_dialog("UPDATE"), next_step::give_up, dialog_effect::transaction, false, "RFC 5057 note 5"},
    // Methods outside any usage (RFC 5057 s5.3): only dialog-ending failures reach the dialog.
    {481, in_dialog("OPTIONS"), next_step::give_up, dialog_effect::transaction, false, "RFC 5057 s5.3"},
    {481, in_dialog("MESSAGE"), next_step::give_up, dialog_effect::transaction, false, "RFC 5057 s5.3"},
    {501, in_dialog("FOO"), next_step::give_up, dialog_effect::transaction, false, "RFC 5057 s5.3"},
    {404, in_dialog("OPTIONS"), next_step::end_dialog, dialog_effect::dialog, false, "RFC 5057 s5.3"},
    {405, in_dialog("INFO"), next_step::give_up, dialog_effect::transaction, false, "RFC 5057 note 3"},
    {469, in_dialog("INFO"), next_step::resend_modified, dialog_effect::transaction, false, "RFC 6086 s4.2.2"},
    {405, in_dialog("INVITE"), next_step::end_usage, dialog_effect::usage, true, "RFC 5057 note 3"},
    // New usages refused (RFC 5057 s5.6) and requests that never have a dialog (RFC 5057 s2).
    {405, in_dialog("REFER"), next_step::give_up, dialog_effect::transaction, false, "RFC 5057 s5.6"},
    {481, in_dialog("SUBSCRIBE").new_usage(), next_step::give_up, dialog_effect::transaction, false, "RFC 5057 s5.6"},
    {404, in_dialog("REFER"), next_step::end_dialog, dialog_effect::dialog, false, "RFC 5057 s5.6 and note 2"},
    {481, in_dialog("REGISTER"), next_step::give_up, dialog_effect::transaction, false, "RFC 5057 s2"},
    {423, out_of_dialog("REGISTER"), next_step::resend_modified, dialog_effect::transaction, false, "RFC 3261 s10.2.8"},
    // Codes the later RFCs say leave the dialog alone.
    {433, in_dialog("INVITE"), next_step::ask_user, dialog_effect::transaction, false, "RFC 5079 s4"},
    {424, in_dialog("INVITE"), next_step::resend_modified, dialog_effect::transaction, false, "RFC 6442 s4.3"},
    {430, out_of_dialog("INVITE"), next_step::give_up, dialog_effect::transaction, false, "RFC 5626 s11.5"},
    // 199 ends only its early dialog (RFC 6228 s4) and answers only INVITE.
    {199, out_of_dialog("INVITE"), next_step::wait, dialog_effect::dialog, false, "RFC 6228 s4"},
    {199, in_dialog("NOTIFY"), next_step::wait, dialog_effect::none, false, "RFC 6228 s4"},
    // ACK is never answered (RFC 3261 s17.1.1.1).
    {200, in_dialog("ACK"), next_step::none, dialog_effect::none, false, "RFC 3261 s17.1.1.1"},
    // Glare (RFC 3261 s14.1) and the others of the row, outside a dialog.
    {491, in_dialog("INVITE"), next_step::retry_after_random_delay, dialog_effect::transaction, false, "s14.1"},
    {401, out_of_dialog("REGISTER"), next_step::resend_with_credentials, dialog_effect::transaction, false, "s22"},
    {302, out_of_dialog("INVITE"), next_step::follow_redirect, dialog_effect::transaction, false, "s8.1.3.4"},
    // Methods are case-sensitive (RFC 3261 s7.1): "bye" is an unknown method, not BYE.
    {481, in_dialog("bye"), next_step::give_up, dialog_effect::transaction, false, "RFC 5057 s5.3"},
};

// The request contexts of the sweep: every method of the matrix, in and out of a dialog.
const request_context contexts[] = {
    out_of_dialog("INVITE"),    in_dialog("INVITE"),          in_dialog("INVITE").call_id_owner(),
    out_of_dialog("ACK"),       in_dialog("ACK"),             out_of_dialog("BYE"),
    in_dialog("BYE"),           out_of_dialog("CANCEL"),      in_dialog("CANCEL"),
    out_of_dialog("PRACK"),     in_dialog("PRACK"),           out_of_dialog("UPDATE"),
    in_dialog("UPDATE"),        out_of_dialog("INFO"),        in_dialog("INFO"),
    out_of_dialog("OPTIONS"),   in_dialog("OPTIONS"),         out_of_dialog("MESSAGE"),
    in_dialog("MESSAGE"),       out_of_dialog("REGISTER"),    in_dialog("REGISTER"),
    out_of_dialog("SUBSCRIBE"), in_dialog("SUBSCRIBE"),       in_dialog("SUBSCRIBE").new_usage(),
    in_dialog("SUBSCRIBE").terminating(),                     out_of_dialog("NOTIFY"),
    in_dialog("NOTIFY"),        in_dialog("NOTIFY").terminating(),                  out_of_dialog("REFER"),
    in_dialog("REFER"),         out_of_dialog("PUBLISH"),     in_dialog("PUBLISH"),
    out_of_dialog("FOO"),       in_dialog("FOO"),
};

bool cites_a_section(std::string_view basis) {
    return basis.rfind("RFC ", 0) == 0 && basis.find(" s") != std::string_view::npos;
}

std::uint16_t class_default(std::uint16_t code) {
    return code < 200 ? std::uint16_t{183} : static_cast<std::uint16_t>(code / 100 * 100);
}

}  // namespace

TEST_CASE("advice.scenarios_from_the_rfcs") {
    for (const expectation& e : scenarios) {
        const std::string where = std::string(e.request.method()) + (e.request.is_in_dialog() ? " in a dialog" : "");
        INFO(e.code << ' ' << where << ": " << e.why);
        const sipcode::advice a = advise(e.code, e.request);
        CHECK(sipcode::to_string(a.step) == sipcode::to_string(e.step));
        CHECK(sipcode::to_string(a.dialog) == sipcode::to_string(e.dialog));
        CHECK(a.send_bye == e.send_bye);
        CHECK(effect_on_dialog(e.code, e.request) == e.dialog);
    }
}

TEST_CASE("advice.retry_after_gives_the_delay") {
    for (int code : {404, 413, 480, 486, 500, 600, 603, 599}) {
        INFO("code " << code);
        const auto a = advise(code, out_of_dialog("INVITE"), &ra_30);
        CHECK(a.step == next_step::retry_later);
        CHECK(a.has_delay);
        CHECK(a.delay_min == 30000ms);
        CHECK(a.delay_max == 30000ms);
    }
    const auto fail = advise(503, out_of_dialog("INVITE"), &ra_120_3600);
    CHECK(fail.step == next_step::fail_over);
    CHECK(fail.avoid_server_for == 120s);
    CHECK(fail.has_duration);
    CHECK(fail.available_for == 3600s);
    // 503 in a dialog is acted on as 500 (RFC 5057 note 15), so its Retry-After is a delay.
    const auto mid = advise(503, in_dialog("INVITE"), &ra_30);
    CHECK(mid.step == next_step::retry_later);
    CHECK(mid.delay_min == 30000ms);
    CHECK(mid.acted_on == 500);
    // on a response that cannot carry one, Retry-After is ignored
    CHECK(advise(400, out_of_dialog("INVITE"), &ra_30).step == next_step::give_up);
    CHECK_FALSE(advise(408, out_of_dialog("INVITE"), &ra_30).has_delay);
    // the largest delta-seconds does not overflow
    const auto max = sipcode::parse_retry_after("4294967295").value;
    CHECK(advise(480, out_of_dialog("INVITE"), &max).delay_min == std::chrono::milliseconds{4294967295000LL});
}

TEST_CASE("advice.491_uses_the_14_1_timer_ranges") {
    const auto owner = advise(491, in_dialog("INVITE").call_id_owner());
    CHECK(owner.delay_min == 2100ms);
    CHECK(owner.delay_max == 4000ms);
    const auto peer = advise(491, in_dialog("UPDATE"));
    CHECK(peer.delay_min == 0ms);
    CHECK(peer.delay_max == 2000ms);
}

TEST_CASE("advice.codes_as_sip_stacks_report_them") {
    const int from_stack = 486;
    CHECK(advise(from_stack).step == next_step::retry_later);
    CHECK(advise(65536 + 200).step == next_step::none);  // never wrapped onto 200
    CHECK(advise(-1).code == 0);
    CHECK(advise(sipcode::status::busy_here).step == next_step::retry_later);
    CHECK(effect_on_dialog(481L, "INVITE") == dialog_effect::usage);
    CHECK(effect_on_dialog(70000, "INVITE") == dialog_effect::none);
}

TEST_CASE("advice.every_code_0_to_999_in_every_context") {
    long checked = 0;
    for (int v = 0; v <= 999; ++v) {
        const auto code = static_cast<std::uint16_t>(v);
        const sipcode::classification c = sipcode::classify(code);
        // The row is the context-free default: the default context adds nothing.
        CHECK(advise(code).step == c.next.uac);
        for (const request_context& r : contexts) {
            for (const sipcode::retry_after* ra : {static_cast<const sipcode::retry_after*>(nullptr), &ra_120_3600}) {
                const sipcode::advice a = advise(c, r, ra);
                const std::string where = std::string(r.method()) + (r.is_in_dialog() ? " in a dialog" : "") +
                                          (r.is_terminating() ? " terminating" : "") +
                                          (r.is_new_usage() ? " new usage" : "") +
                                          (ra != nullptr ? " with Retry-After" : "");
                INFO("code " << v << ' ' << where);
                ++checked;
                CHECK(a.code == v);
                CHECK(a.effective == c.effective);
                CHECK(a.dialog == effect_on_dialog(code, r));
                CHECK(cites_a_section(a.basis));
                CHECK(cites_a_section(a.dialog_basis));
                CHECK(a.delay_min <= a.delay_max);
                if (!c.valid()) {
                    CHECK(a.step == next_step::none);
                    CHECK(a.dialog == dialog_effect::none);
                    continue;
                }
                // CANCEL never ends a dialog (RFC 5057 note 8).
                if (r.method() == "CANCEL") {
                    CHECK(a.dialog != dialog_effect::usage);
                    CHECK(a.dialog != dialog_effect::dialog);
                }
                // A 2xx never retries.
                if (c.cls == sipcode::status_class::success) {
                    CHECK((a.step == next_step::done || (a.step == next_step::none && r.method() == "ACK")));
                    CHECK_FALSE(a.has_delay);
                }
                // Nothing is told to send BYE for a BYE; BYE ends invite usages only.
                if (a.send_bye) {
                    CHECK(r.method() != "BYE");
                    CHECK(r.is_in_dialog());
                    CHECK(a.step == next_step::end_usage);
                    CHECK((r.method() == "INVITE" || r.method() == "UPDATE" || r.method() == "PRACK" ||
                           r.method() == "INFO"));
                }
                // The step says what the dialog effect is whenever it ends something.
                if (a.step == next_step::end_usage) CHECK(a.dialog == dialog_effect::usage);
                if (a.step == next_step::end_dialog) CHECK(a.dialog == dialog_effect::dialog);
                if (c.is_final && (a.dialog == dialog_effect::usage || a.dialog == dialog_effect::dialog) &&
                    a.step != next_step::done) {
                    CHECK((a.step == next_step::end_usage || a.step == next_step::end_dialog));
                }
                // Outside a dialog nothing but an early dialog can end (ACK gets no response at all).
                if (!r.is_in_dialog() && r.method() != "ACK") {
                    CHECK((a.dialog == dialog_effect::none || a.dialog == dialog_effect::transaction ||
                           (c.effective == 199 && r.method() == "INVITE")));
                    CHECK(a.dialog == (c.effective == 199 && r.method() == "INVITE"
                                           ? dialog_effect::dialog
                                           : (c.effective >= 300 ? dialog_effect::transaction : dialog_effect::none)));
                } else if (r.method() != "REGISTER" && r.method() != "PUBLISH") {
                    // The route set of a dialog is fixed: never fail over (RFC 5057 note 15). REGISTER
                    // and PUBLISH are never in a dialog (RFC 5057 s2), whatever the caller says.
                    CHECK(a.step != next_step::fail_over);
                }
                // Provisional responses end no usage and never a transaction.
                if (c.cls == sipcode::status_class::provisional) {
                    CHECK((a.step == next_step::wait || (a.step == next_step::none && r.method() == "ACK")));
                    CHECK(a.dialog != dialog_effect::transaction);
                }
                // An unregistered code behaves as its x00 (183 for 1xx) everywhere.
                if (!c.registered) {
                    const sipcode::advice d = advise(class_default(code), r, ra);
                    CHECK(a.step == d.step);
                    CHECK(a.dialog == d.dialog);
                    CHECK(a.send_bye == d.send_bye);
                    CHECK(a.delay_min == d.delay_min);
                    CHECK(a.avoid_server_for == d.avoid_server_for);
                    CHECK(a.basis == d.basis);
                }
            }
        }
    }
    CHECK(checked == 1000L * static_cast<long>(std::size(contexts)) * 2L);
    MESSAGE("advice sweep: " << checked << " code x context x Retry-After combinations");
}

TEST_CASE("advice.names_and_descriptions_come_from_one_table") {
    for (std::size_t s = 0; s < sipcode::next_step_count; ++s) {
        const auto step = static_cast<next_step>(s);
        CHECK(sipcode::detail::next_step_texts[s].name == sipcode::to_string(step));
        CHECK_FALSE(sipcode::describe(step).empty());
    }
    CHECK(sipcode::to_string(static_cast<next_step>(sipcode::next_step_count)) == "none");
    CHECK(sipcode::to_string(next_step::end_usage) == "end_usage");
}
