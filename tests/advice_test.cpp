// advise() and effect_on_dialog(): worked scenarios with values read from the RFCs, then every code
// 0..999 in every request context of the matrix, with and without Retry-After, against
// invariants that hold whatever the table says; effect_on_dialog() against RFC 5057 s5.1 table 2.
#include <sipcode/advice.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "support/csv.hpp"

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

// --- effect_on_dialog(): RFC 5057 s5.1 table 2, typed here from the RFC, row by row against
// data/semantics.csv and the generated registry; the codes registered after it, against the RFCs that
// define them.

namespace {

struct table_row {
    int code;
    dialog_effect impact;
};

// RFC 5057 s5.1 table 2 ("Impact" column), every row, in the RFC's order. 400/4xx, 500/5xx and
// 600/6xx are the rows for 400, 500 and 600 (unknown codes of the class act as those).
const table_row rfc5057_table2[] = {
    {400, dialog_effect::transaction}, {401, dialog_effect::transaction}, {402, dialog_effect::transaction},
    {403, dialog_effect::transaction}, {404, dialog_effect::dialog},      {405, dialog_effect::usage},
    {406, dialog_effect::transaction}, {407, dialog_effect::transaction}, {408, dialog_effect::transaction},
    {410, dialog_effect::dialog},      {412, dialog_effect::transaction}, {413, dialog_effect::transaction},
    {414, dialog_effect::transaction}, {415, dialog_effect::transaction}, {416, dialog_effect::dialog},
    {417, dialog_effect::transaction}, {420, dialog_effect::transaction}, {421, dialog_effect::transaction},
    {422, dialog_effect::transaction}, {423, dialog_effect::transaction}, {428, dialog_effect::transaction},
    {429, dialog_effect::transaction}, {436, dialog_effect::transaction}, {437, dialog_effect::transaction},
    {438, dialog_effect::transaction}, {480, dialog_effect::usage},       {481, dialog_effect::usage},
    {482, dialog_effect::dialog},      {483, dialog_effect::dialog},      {484, dialog_effect::dialog},
    {485, dialog_effect::dialog},      {486, dialog_effect::transaction}, {487, dialog_effect::transaction},
    {488, dialog_effect::transaction}, {489, dialog_effect::usage},       {491, dialog_effect::transaction},
    {493, dialog_effect::transaction}, {494, dialog_effect::transaction}, {500, dialog_effect::transaction},
    {501, dialog_effect::usage},       {502, dialog_effect::dialog},      {503, dialog_effect::transaction},
    {504, dialog_effect::transaction}, {505, dialog_effect::transaction}, {513, dialog_effect::transaction},
    {580, dialog_effect::transaction}, {600, dialog_effect::transaction}, {603, dialog_effect::transaction},
    {604, dialog_effect::dialog},      {606, dialog_effect::transaction},
};

// The one place sipcode departs from the "Impact" column, on purpose: note 4 says a 408 has "the same
// effect on usages and dialogs as a real transaction timeout as described in Section 5.2", and s5.2
// says a timeout "should affect only the usage in which the transaction occurred" (RFC 3261
// s12.2.1.2 ends the whole dialog; sipcode follows RFC 5057's narrower reading, see docs).
const std::map<int, dialog_effect> departures = {{408, dialog_effect::usage}};

// Registered codes RFC 5057 predates or leaves out, with what their own RFCs say.
const table_row later_codes[] = {
    {424, dialog_effect::transaction},  // RFC 6442 s4.3: "MUST NOT terminate an existing dialog"
    {425, dialog_effect::transaction},  // RFC 8876 s5.2: does not terminate an existing dialog
    {430, dialog_effect::transaction},  // RFC 5626 s11.5: an endpoint treats it as 400
    {433, dialog_effect::transaction},  // RFC 5079 s4: SHOULD NOT terminate the dialog or the usage
    {439, dialog_effect::transaction},  // RFC 5626 s6: answers REGISTER, which has no dialog
    {440, dialog_effect::transaction},  // RFC 5393 s5.1: a complaint about this request's forking
    {469, dialog_effect::transaction},  // RFC 6086 s4.2.2: the INFO package refused, the usage goes on
    {470, dialog_effect::transaction},  // RFC 5360: consent missing for this request
    {555, dialog_effect::transaction},  // RFC 8599 s4.1.1: answers REGISTER
    {607, dialog_effect::transaction},  // a 6xx: as 600 (RFC 5057 note 17)
    {608, dialog_effect::transaction},  // a 6xx: as 600 (RFC 5057 note 17)
};

dialog_effect expected_for(int code) {
    const auto d = departures.find(code);
    if (d != departures.end()) return d->second;
    for (const table_row& r : rfc5057_table2) {
        if (r.code == code) return r.impact;
    }
    for (const table_row& r : later_codes) {
        if (r.code == code) return r.impact;
    }
    if (code == 199) return dialog_effect::dialog;  // RFC 6228 s4: ends its early dialog
    if (code < 300) return dialog_effect::none;      // RFC 5057 s4: 1xx and 2xx create, never destroy
    return dialog_effect::transaction;               // 3xx: RFC 5057 s5.1, the request is redirected
}

}  // namespace

TEST_CASE("dialog.rfc5057_table2_row_by_row") {
    std::map<int, std::string> data;
    for (const auto& row : sipcode_test::read_csv(sipcode_test::data_path("semantics.csv"))) {
        data[std::stoi(row.at("code"))] = row.at("dialog");
    }
    for (const table_row& r : rfc5057_table2) {
        INFO("code " << r.code);
        const sipcode::status_info* info = sipcode::find(static_cast<std::uint16_t>(r.code));
        REQUIRE(info != nullptr);
        const dialog_effect want = departures.count(r.code) ? departures.at(r.code) : r.impact;
        CHECK(data.at(r.code) == sipcode::to_string(want));
        CHECK(info->next.dialog == want);
        CHECK(info->dialog_basis.find("RFC 5057") != std::string_view::npos);
    }
}

TEST_CASE("dialog.every_registered_code_has_its_rfc_effect") {
    for (const sipcode::status_info& info : sipcode::registry) {
        INFO("code " << info.code);
        CHECK(info.next.dialog == expected_for(info.code));
        CHECK(sipcode::effect_on_dialog(info.code, "INVITE") ==
              (info.code == 503 || info.code == 489 || info.code == 422 || info.code == 486
                   ? dialog_effect::transaction  // RFC 5057 notes 15, 12, 5 and 11
                   : expected_for(info.code)));
    }
    // Unknown codes act as their class's x00 (RFC 5057 table 2: "400 (or unknown 4xx)").
    CHECK(sipcode::effect_on_dialog(499, "INVITE") == dialog_effect::transaction);
    CHECK(sipcode::effect_on_dialog(599, "INVITE") == dialog_effect::transaction);
    CHECK(sipcode::effect_on_dialog(699, "INVITE") == dialog_effect::transaction);
    CHECK(sipcode::effect_on_dialog(155, "INVITE") == dialog_effect::none);
}
