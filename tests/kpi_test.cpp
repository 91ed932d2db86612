// The KPI code sets against RFC 6076 s4's own wording, swept over every code; the examples of the RFC
// as scenarios; the counter's undefined ratios; the printed sets; the data file row by row.
#include <sipcode/kpi.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "support/csv.hpp"

using sipcode::kpi;
using sipcode::kpi_counter;
using sipcode::kpi_ratio;

namespace {

// ---------------------------------------------------------------------------------------------
// The expected sets, written from the RFC's text (and the two fixed readings), not from the data
// file: code 0 stands for "no final response came".
namespace rfc {

constexpr bool final_or_none(int c) { return c == 0 || (c >= 200 && c <= 699); }
constexpr bool redirect(int c) { return c >= 300 && c <= 399; }
// Fixed reading: an INVITE or REGISTER answered 401 or 407 is sent again with credentials, so it is
// no attempt of its own (RFC 6076 s4.3.2 and s4.2: "non-failure challenge response codes").
constexpr bool challenge_resent(int c) { return c == 401 || c == 407; }

// s4.6: "# of INVITE Requests w/ associated 200 OK" over "(Total # of INVITE Requests) - (# of INVITE
// Requests w/ 3XX Response)".
constexpr bool ser_num(int c) { return c == 200; }
constexpr bool ser_den(int c) { return final_or_none(c) && !redirect(c) && !challenge_resent(c); }
// s4.7: "# of INVITE Requests w/ associated 200, 480, 486, 600, or 603", same denominator as SER.
constexpr bool seer_num(int c) { return c == 200 || c == 480 || c == 486 || c == 600 || c == 603; }
constexpr bool seer_den(int c) { return ser_den(c); }
// s4.8: "408 Request Timeout", "500 Server Internal Error", "503 Service Unavailable", "504 Server
// Time-out" over "Total # of Session Requests" (3XX not subtracted). RFC 3261 s8.1.3.1: a transaction
// timeout is treated as a 408.
constexpr bool isa_num(int c) { return c == 408 || c == 500 || c == 503 || c == 504 || c == 0; }
constexpr bool isa_den(int c) { return final_or_none(c) && !challenge_resent(c); }
// s4.2: "a 4XX (excluding 401, 402, and 407 non-failure challenge response codes), 5XX, or possible 6XX
// message", or "the Timer F expiring", over "Total # of REGISTER Requests".
constexpr bool ira_num(int c) {
    return (c >= 400 && c <= 499 && c != 401 && c != 402 && c != 407) || (c >= 500 && c <= 699) || c == 0;
}
constexpr bool ira_den(int c) { return final_or_none(c) && !challenge_resent(c); }
// Industry (ITU-T E.411 over SIP): answered (200) over every seizure; NER with the SEER codes.
constexpr bool asr_num(int c) { return c == 200; }
constexpr bool asr_den(int c) { return final_or_none(c) && !challenge_resent(c); }
constexpr bool ner_num(int c) { return seer_num(c); }
constexpr bool ner_den(int c) { return asr_den(c); }

struct expected_sets {
    kpi k;
    bool (*numerator)(int);
    bool (*denominator)(int);
    bool registration;
};

constexpr expected_sets all[] = {
    {kpi::ser, ser_num, ser_den, false},   {kpi::seer, seer_num, seer_den, false},
    {kpi::isa, isa_num, isa_den, false},   {kpi::ira, ira_num, ira_den, true},
    {kpi::asr, asr_num, asr_den, false},   {kpi::ner, ner_num, ner_den, false},
};
static_assert(sizeof(all) / sizeof(all[0]) == sipcode::kpi_count, "every kpi has expected sets here");

}  // namespace rfc

constexpr bool code_sets_agree(int first, int last) {
    for (const rfc::expected_sets& e : rfc::all) {
        for (int c = first; c <= last; ++c) {
            // The O(1) index behind the kpi overloads, and the code ranges of the row.
            if (sipcode::in_numerator(e.k, c) != e.numerator(c)) return false;
            if (sipcode::in_denominator(e.k, c) != e.denominator(c)) return false;
            if (sipcode::in_numerator(*sipcode::find_kpi(e.k), c) != e.numerator(c)) return false;
            if (sipcode::in_denominator(*sipcode::find_kpi(e.k), c) != e.denominator(c)) return false;
        }
    }
    return true;
}

// Compile-time facts: the sets at every code a response can have, and the spots the issue fixes.
static_assert(code_sets_agree(-1, 1000));
static_assert(!sipcode::in_denominator(kpi::ser, 302) && sipcode::in_denominator(kpi::isa, 302));
static_assert(!sipcode::in_denominator(kpi::ser, 401) && !sipcode::in_denominator(kpi::seer, 407));
static_assert(!sipcode::in_denominator(kpi::isa, 401) && !sipcode::in_denominator(kpi::isa, 407));
static_assert(sipcode::in_numerator(kpi::isa, sipcode::no_final_response));
static_assert(sipcode::in_denominator(kpi::ser, 487) && !sipcode::in_numerator(kpi::seer, 487));
static_assert(!sipcode::in_numerator(kpi::ira, 402) && sipcode::in_denominator(kpi::ira, 402));
static_assert(sipcode::to_string(kpi::ser) == "ser");
static_assert(sipcode::describe(kpi::ser) == "session establishment ratio (RFC 6076 s4.6)");
static_assert(sipcode::find_kpi("ira") == &sipcode::kpi_table[static_cast<std::size_t>(kpi::ira)]);
static_assert(sipcode::attempt_of(kpi::ira) == sipcode::kpi_attempt::registration);
static_assert(!kpi_ratio{}.defined() && kpi_ratio{3, 4}.value() == 0.75);

// The RFC 6076 s4.6 redirect example, counted at compile time: the 302 leaves SER's denominator.
constexpr kpi_counter redirect_example() {
    kpi_counter c;
    c.add_session_attempt(302);  // "INVITE w/ 3XX Response"
    c.add_session_attempt(200);  // the INVITE to UA3: 180, then 200: "Session Established"
    return c;
}
static_assert(redirect_example().ratio(kpi::ser) == kpi_ratio{1, 1});
static_assert(redirect_example().ratio(kpi::isa) == kpi_ratio{0, 2});
static_assert(!redirect_example().ratio(kpi::ira).defined());

bool is_nan(double v) { return std::isnan(v); }

// Reads a printed code set ("200, 480", "4xx (not 401, 402, 407), 5xx", "no final response") and
// says whether it holds `code`. A text it cannot read holds nothing, so the sweep fails.
bool printed_set_holds(std::string_view text, int code) {
    bool holds = false;
    while (!text.empty()) {
        if (text.substr(0, 17) == "no final response") {
            holds = holds || code == 0;
            text.remove_prefix(17);
        } else if (text.size() >= 3 && text[1] == 'x' && text[2] == 'x') {
            const int cls = text[0] - '0';
            text.remove_prefix(3);
            bool left_out = false;
            if (text.substr(0, 6) == " (not ") {
                const std::size_t close = text.find(')');
                if (close == std::string_view::npos) return false;
                std::string_view list = text.substr(6, close - 6);
                while (!list.empty()) {
                    if (list.size() < 3) return false;
                    if (std::stoi(std::string(list.substr(0, 3))) == code) left_out = true;
                    list.remove_prefix(3);
                    if (list.substr(0, 2) == ", ") {
                        list.remove_prefix(2);
                    } else if (!list.empty()) {
                        return false;
                    }
                }
                text.remove_prefix(close + 1);
            }
            holds = holds || (code / 100 == cls && code > 0 && !left_out);
        } else if (text.size() >= 3 && text.substr(0, 3).find_first_not_of("0123456789") == std::string_view::npos) {
            holds = holds || std::stoi(std::string(text.substr(0, 3))) == code;
            text.remove_prefix(3);
        } else {
            return false;
        }
        if (text.substr(0, 2) == ", ") {
            text.remove_prefix(2);
        } else if (!text.empty()) {
            return false;
        }
    }
    return holds;
}

}  // namespace

TEST_CASE("kpi.code_sets_follow_rfc6076_at_every_code") {
    for (const rfc::expected_sets& e : rfc::all) {
        for (int c = -1; c <= 1000; ++c) {
            INFO(sipcode::to_string(e.k), " ", c);
            CHECK(sipcode::in_numerator(e.k, c) == e.numerator(c));
            CHECK(sipcode::in_denominator(e.k, c) == e.denominator(c));
            CHECK(sipcode::in_numerator(sipcode::kpi_table[static_cast<std::size_t>(e.k)], c) == e.numerator(c));
            CHECK(sipcode::in_denominator(sipcode::kpi_table[static_cast<std::size_t>(e.k)], c) == e.denominator(c));
            // The numerator is part of the denominator.
            CHECK((!sipcode::in_numerator(e.k, c) || sipcode::in_denominator(e.k, c)));
        }
    }
}

TEST_CASE("kpi.provisional_and_malformed_codes_count_nowhere") {
    for (const kpi k : {kpi::ser, kpi::seer, kpi::isa, kpi::ira, kpi::asr, kpi::ner}) {
        for (const int c : {-200, -1, 1, 99, 100, 180, 183, 199, 700, 999, 1000, 65536}) {
            INFO(sipcode::to_string(k), " ", c);
            CHECK_FALSE(sipcode::in_numerator(k, c));
            CHECK_FALSE(sipcode::in_denominator(k, c));
        }
    }
    kpi_counter counter;
    for (const int c : {-1, 99, 100, 180, 199, 700, 1000}) {
        counter.add_session_attempt(c);
        counter.add_registration_attempt(c);
    }
    CHECK(counter.ignored() == 14);
    CHECK(counter.session_attempts() == 0);
    CHECK(counter.registration_attempts() == 0);
    for (const kpi k : {kpi::ser, kpi::seer, kpi::isa, kpi::ira, kpi::asr, kpi::ner}) {
        CHECK(counter.ratio(k) == kpi_ratio{});
    }
}

TEST_CASE("kpi.counter_over_every_code_matches_the_rfc_sets") {
    kpi_counter counter;
    for (int c = 0; c <= 999; ++c) {
        counter.add_session_attempt(c);
        counter.add_registration_attempt(c);
    }
    for (const rfc::expected_sets& e : rfc::all) {
        kpi_ratio expected;
        for (int c = 0; c <= 999; ++c) {
            expected.numerator += e.numerator(c) ? 1U : 0U;
            expected.denominator += e.denominator(c) ? 1U : 0U;
        }
        INFO(sipcode::to_string(e.k));
        CHECK(counter.ratio(e.k) == expected);
    }
    CHECK(counter.session_attempts() == 501);  // 0 and 200..699
    CHECK(counter.registration_attempts() == 501);
    CHECK(counter.ignored() == 2 * (1000 - 501));
}

TEST_CASE("kpi.redirect_example_of_rfc6076_s4_6") {
    // UA1 INVITEs UA2, which answers 302; UA1 INVITEs UA3: 180, 200. SER = 1 / (2 - 1).
    kpi_counter counter;
    counter.add_session_attempt(302);
    counter.add_session_attempt(200);
    CHECK(counter.ratio(kpi::ser) == kpi_ratio{1, 1});
    CHECK(counter.ratio(kpi::seer) == kpi_ratio{1, 1});
    CHECK(counter.ratio(kpi::isa) == kpi_ratio{0, 2});  // s4.8: "Total # of Session Requests"
    CHECK(counter.ratio(kpi::asr) == kpi_ratio{1, 2});  // E.411 counts the redirected seizure
    CHECK(counter.ratio(kpi::ner) == kpi_ratio{1, 2});
    CHECK(counter.session_attempts() == 2);
    CHECK_FALSE(counter.ratio(kpi::ira).defined());
}

TEST_CASE("kpi.challenged_invite_is_left_out_of_the_session_denominators") {
    // RFC 6076 s4.9's flow (from RFC 3665): INVITE, 407, ACK, INVITE with credentials, ..., 200.
    kpi_counter counter;
    counter.add_session_attempt(407);
    counter.add_session_attempt(200);
    for (const kpi k : {kpi::ser, kpi::seer, kpi::asr, kpi::ner}) {
        INFO(sipcode::to_string(k));
        CHECK(counter.ratio(k) == kpi_ratio{1, 1});
    }
    CHECK(counter.ratio(kpi::isa) == kpi_ratio{0, 1});
    // The same with 401 from a UAS.
    kpi_counter uas;
    uas.add_session_attempt(401);
    uas.add_session_attempt(486);
    CHECK(uas.ratio(kpi::ser) == kpi_ratio{0, 1});
    CHECK(uas.ratio(kpi::seer) == kpi_ratio{1, 1});
    CHECK(uas.ratio(kpi::isa) == kpi_ratio{0, 1});
    // Only challenges: nothing to divide by.
    kpi_counter only;
    only.add_session_attempt(401);
    only.add_session_attempt(407);
    for (const kpi k : {kpi::ser, kpi::seer, kpi::isa, kpi::asr, kpi::ner}) {
        CHECK_FALSE(only.ratio(k).defined());
    }
    CHECK(only.session_attempts() == 2);
}

TEST_CASE("kpi.ineffective_session_attempt_example_of_rfc6076_s4_8") {
    // INVITE, 407, ACK, INVITE with credentials, 100, ..., 408: one ineffective attempt of one.
    kpi_counter counter;
    counter.add_session_attempt(407);
    counter.add_session_attempt(408);
    CHECK(counter.ratio(kpi::isa) == kpi_ratio{1, 1});
    CHECK(counter.ratio(kpi::ser) == kpi_ratio{0, 1});
    CHECK(counter.ratio(kpi::seer) == kpi_ratio{0, 1});
    // An INVITE that never got a final response (Timer B) is an ISA too.
    counter.add_session_attempt(sipcode::no_final_response);
    CHECK(counter.ratio(kpi::isa) == kpi_ratio{2, 2});
    CHECK(counter.ratio(kpi::ser) == kpi_ratio{0, 2});
}

TEST_CASE("kpi.registration_examples_of_rfc6076_s4_1_and_s4_2") {
    // s4.1: REGISTER, 401, REGISTER, 200 is one successful registration.
    kpi_counter ok;
    ok.add_registration_attempt(401);
    ok.add_registration_attempt(200);
    CHECK(ok.ratio(kpi::ira) == kpi_ratio{0, 1});
    // s4.2: REGISTER retransmitted until Timer F expires: the first REGISTER only, one IRA.
    kpi_counter timeout;
    timeout.add_registration_attempt(sipcode::no_final_response);
    CHECK(timeout.ratio(kpi::ira) == kpi_ratio{1, 1});
    // s4.2: the registrar answers 503.
    kpi_counter busy;
    busy.add_registration_attempt(503);
    CHECK(busy.ratio(kpi::ira) == kpi_ratio{1, 1});
    // 402 is no failure (s4.2), 403 is.
    kpi_counter payment;
    payment.add_registration_attempt(402);
    payment.add_registration_attempt(403);
    CHECK(payment.ratio(kpi::ira) == kpi_ratio{1, 2});
    // Registrations never touch the session KPIs, nor sessions the IRA.
    for (const kpi k : {kpi::ser, kpi::seer, kpi::isa, kpi::asr, kpi::ner}) {
        CHECK_FALSE(busy.ratio(k).defined());
    }
    kpi_counter sessions;
    sessions.add_session_attempt(503);
    CHECK_FALSE(sessions.ratio(kpi::ira).defined());
}

TEST_CASE("kpi.cancelled_invite_487_is_in_the_denominators_only") {
    kpi_counter counter;
    counter.add_session_attempt(200);
    counter.add_session_attempt(487);
    for (const kpi k : {kpi::ser, kpi::seer, kpi::asr, kpi::ner}) {
        INFO(sipcode::to_string(k));
        CHECK(counter.ratio(k) == kpi_ratio{1, 2});
    }
    CHECK(counter.ratio(kpi::isa) == kpi_ratio{0, 2});
}

TEST_CASE("kpi.a_generated_trace") {
    // 45 INVITE transactions: 25 answered 200, 10 486, 5 302, 5 503; 5 registrations, each REGISTER,
    // 401, REGISTER, 200. Expected from the RFC formulas by hand.
    kpi_counter counter;
    for (int i = 0; i < 25; ++i) counter.add_session_attempt(200);
    for (int i = 0; i < 10; ++i) counter.add_session_attempt(486);
    for (int i = 0; i < 5; ++i) counter.add_session_attempt(302);
    for (int i = 0; i < 5; ++i) counter.add_session_attempt(503);
    for (int i = 0; i < 5; ++i) {
        counter.add_registration_attempt(401);
        counter.add_registration_attempt(200);
    }
    CHECK(counter.ratio(kpi::ser) == kpi_ratio{25, 40});   // 25 / (45 - 5)
    CHECK(counter.ratio(kpi::seer) == kpi_ratio{35, 40});  // (25 + 10) / (45 - 5)
    CHECK(counter.ratio(kpi::isa) == kpi_ratio{5, 45});
    CHECK(counter.ratio(kpi::asr) == kpi_ratio{25, 45});
    CHECK(counter.ratio(kpi::ner) == kpi_ratio{35, 45});
    CHECK(counter.ratio(kpi::ira) == kpi_ratio{0, 5});
    CHECK(counter.ratio(kpi::ser).value() == doctest::Approx(0.625));
    CHECK(counter.session_attempts() == 45);
    CHECK(counter.registration_attempts() == 10);
}

TEST_CASE("kpi.empty_denominator_is_undefined_not_zero") {
    const kpi_counter none;
    for (const kpi k : {kpi::ser, kpi::seer, kpi::isa, kpi::ira, kpi::asr, kpi::ner}) {
        INFO(sipcode::to_string(k));
        CHECK_FALSE(none.ratio(k).defined());
        CHECK(is_nan(none.ratio(k).value()));
    }
    // Only redirects: SER and SEER have nothing to divide by; ISA, ASR and NER do (0 of 1).
    kpi_counter redirected;
    redirected.add_session_attempt(301);
    CHECK_FALSE(redirected.ratio(kpi::ser).defined());
    CHECK_FALSE(redirected.ratio(kpi::seer).defined());
    CHECK(redirected.ratio(kpi::isa).defined());
    CHECK(redirected.ratio(kpi::isa).value() == 0.0);
    CHECK(redirected.ratio(kpi::asr) == kpi_ratio{0, 1});
    CHECK(kpi_ratio{0, 1}.value() == 0.0);
    CHECK(kpi_ratio{1, 1}.value() == 1.0);
    CHECK(kpi_ratio{1, 3}.value() == doctest::Approx(1.0 / 3.0));
}

TEST_CASE("kpi.counters_add_up") {
    kpi_counter a;
    kpi_counter b;
    kpi_counter both;
    for (int c = 0; c <= 699; c += 7) {
        (c % 2 == 0 ? a : b).add_session_attempt(c);
        both.add_session_attempt(c);
        (c % 3 == 0 ? a : b).add_registration_attempt(c);
        both.add_registration_attempt(c);
    }
    a += b;
    for (const kpi k : {kpi::ser, kpi::seer, kpi::isa, kpi::ira, kpi::asr, kpi::ner}) {
        CHECK(a.ratio(k) == both.ratio(k));
    }
    CHECK(a.session_attempts() == both.session_attempts());
    CHECK(a.registration_attempts() == both.registration_attempts());
    CHECK(a.ignored() == both.ignored());
}

TEST_CASE("kpi.printed_sets_hold_the_codes_they_count") {
    // The text code_set() prints holds exactly the numerator; excluded_set() exactly what leaves the
    // denominator (of the final responses and "no final response").
    for (const rfc::expected_sets& e : rfc::all) {
        const std::string_view counted = sipcode::code_set(e.k);
        const std::string_view left_out = sipcode::excluded_set(e.k);
        for (int c = 0; c <= 699; ++c) {
            if (!rfc::final_or_none(c)) continue;
            INFO(sipcode::to_string(e.k), " ", c, " [", std::string(counted), "] [", std::string(left_out), "]");
            CHECK(printed_set_holds(counted, c) == e.numerator(c));
            CHECK(printed_set_holds(left_out, c) == !e.denominator(c));
        }
    }
    CHECK(sipcode::code_set(kpi::seer) == "200, 480, 486, 600, 603");
    CHECK(sipcode::code_set(kpi::ner) == sipcode::code_set(kpi::seer));
    CHECK(sipcode::excluded_set(kpi::ser) == "3xx, 401, 407");
}

TEST_CASE("kpi.names") {
    for (std::size_t i = 0; i < sipcode::kpi_count; ++i) {
        const auto k = static_cast<kpi>(i);
        const sipcode::kpi_info* row = sipcode::find_kpi(sipcode::to_string(k));
        REQUIRE(row != nullptr);
        CHECK(row->id == k);
        CHECK(sipcode::describe(k).substr(0, row->title.size()) == row->title);
        const bool rfc6076 = row->source.substr(0, 10) == "RFC 6076 s";
        const bool industry = row->source.substr(0, 10) == "industry, ";
        CHECK((rfc6076 || industry));
        CHECK(industry == (k == kpi::asr || k == kpi::ner));
    }
    CHECK(sipcode::find_kpi("SER") == nullptr);
    CHECK(sipcode::find_kpi("") == nullptr);
    CHECK(sipcode::find_kpi("sers") == nullptr);
    const auto bad = static_cast<kpi>(200);
    CHECK(sipcode::find_kpi(bad) == nullptr);
    CHECK(sipcode::to_string(bad) == "unknown");
    CHECK(sipcode::describe(bad) == "unknown");
    CHECK(sipcode::code_set(bad).empty());
    CHECK_FALSE(sipcode::in_numerator(bad, 200));
    CHECK_FALSE(sipcode::in_denominator(bad, 200));
    CHECK_FALSE(kpi_counter{}.ratio(bad).defined());
    CHECK(sipcode::describe(kpi::ira) == "ineffective registration attempts (RFC 6076 s4.2)");
    CHECK(sipcode::describe(kpi::seer) == "session establishment effectiveness ratio (RFC 6076 s4.7)");
    CHECK(sipcode::describe(kpi::isa) == "ineffective session attempts (RFC 6076 s4.8)");
}

TEST_CASE("kpi.table_matches_data_file_row_by_row") {
    const auto rows = sipcode_test::read_csv(sipcode_test::data_path("kpi-code-sets.csv"));
    REQUIRE(rows.size() == sipcode::kpi_count);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const sipcode::kpi_info& info = sipcode::kpi_table[i];
        INFO(rows[i].at("kpi"));
        CHECK(std::string(info.name) == rows[i].at("kpi"));
        CHECK(std::string(info.title) == rows[i].at("title"));
        CHECK(std::string(info.source) == rows[i].at("source"));
        CHECK(std::string(sipcode::to_string(info.attempt)) == rows[i].at("attempt"));
    }
}

TEST_CASE("kpi.a_set_of_the_callers_own") {
    // A NER that also counts 487 (the caller gave up) as user behaviour, asked through kpi_info.
    static constexpr sipcode::kpi_code_range counted[] = {{200, 200}, {480, 480}, {486, 487}, {600, 600}, {603, 603}};
    static constexpr sipcode::kpi_code_range left_out[] = {{401, 401}, {407, 407}};
    constexpr sipcode::kpi_info ner_487{kpi::ner, "ner_487", "network effectiveness ratio", "industry, with 487",
                                        "network effectiveness ratio (industry, with 487)",
                                        sipcode::kpi_attempt::session,
                                        {counted, false, "200, 480, 486, 487, 600, 603"},
                                        {left_out, false, "401, 407"}};
    static_assert(sipcode::in_numerator(ner_487, 487) && !sipcode::in_numerator(kpi::ner, 487));
    for (int c = -1; c <= 1000; ++c) {
        INFO(c);
        CHECK(sipcode::in_numerator(ner_487, c) == (rfc::ner_num(c) || c == 487));
        CHECK(sipcode::in_denominator(ner_487, c) == rfc::ner_den(c));
    }
    // A set can hold no code at all: then nothing counts, and the denominator is every outcome.
    constexpr sipcode::kpi_info nothing{kpi::ser, "x", "x", "industry, x", "x", sipcode::kpi_attempt::session,
                                        {{}, false, ""}, {{}, false, ""}};
    CHECK_FALSE(sipcode::in_numerator(nothing, 200));
    CHECK(sipcode::in_denominator(nothing, 302));
    CHECK(sipcode::in_denominator(nothing, sipcode::no_final_response));
    CHECK_FALSE(sipcode::in_denominator(nothing, 180));
}
