// The analysis behind `sipcode stats`, on hand-built messages. Each expected value follows from the
// scenario written in the test (RFC 3261 s17 transaction matching, RFC 6076 s4 timings), never from a
// run of the code.
#include "trace/analysis.hpp"

#include <doctest/doctest.h>

#include <sipcode/parse.hpp>

#include <cstdint>
#include <deque>
#include <optional>
#include <string>

using namespace sipcode;
using namespace sipcode::cli::trace;

namespace {

constexpr std::int64_t ms = 1'000'000;
constexpr std::int64_t s = 1'000 * ms;

// Owns the text of the messages it builds, so the views stay valid for the test.
struct builder {
    std::deque<std::string> texts;

    std::string_view keep(std::string t) { return texts.emplace_back(std::move(t)); }

    message request(std::string_view method, std::string_view branch, std::uint32_t cseq,
                    std::string_view call_id = "call-1", std::string_view to_tag = {},
                    std::optional<std::int64_t> t = std::nullopt) {
        message m;
        m.type = message::kind::request;
        m.start_line = keep(std::string(method) + " sip:bob@example.com SIP/2.0");
        m.method = keep(std::string(method));
        m.call_id = keep(std::string(call_id));
        m.cseq_number = cseq;
        m.cseq_method = m.method;
        m.via_branch = keep(std::string(branch));
        m.from_tag = "alice-tag";
        m.to_tag = keep(std::string(to_tag));
        m.seen.time_ns = t;
        m.seen.src = "192.0.2.1:5060";
        m.seen.dst = "192.0.2.2:5060";
        return m;
    }

    message response(int code, std::string_view cseq_method, std::string_view branch, std::uint32_t cseq,
                     std::string_view to_tag = "bob-tag", std::optional<std::int64_t> t = std::nullopt,
                     std::string_view call_id = "call-1") {
        message m;
        m.type = message::kind::response;
        m.start_line = keep("SIP/2.0 " + std::to_string(code) + " Reason");
        m.status = parse_status_line(m.start_line, parse_mode::lenient);
        m.call_id = keep(std::string(call_id));
        m.cseq_number = cseq;
        m.cseq_method = keep(std::string(cseq_method));
        m.via_branch = keep(std::string(branch));
        m.from_tag = "alice-tag";
        m.to_tag = keep(std::string(to_tag));
        m.seen.time_ns = t;
        m.seen.src = "192.0.2.2:5060";
        m.seen.dst = "192.0.2.1:5060";
        return m;
    }
};

const method_row& row(const analysis& a, std::string_view name) {
    for (const method_row& r : a.methods()) {
        if (r.name == name) return r;
    }
    FAIL("no row for method " << name);
    return a.methods().front();
}

std::uint64_t first(const analysis& a, std::string_view method, int code) {
    return row(a, method).responses[static_cast<std::size_t>(code - 100)];
}
std::uint64_t resent(const analysis& a, std::string_view method, int code) {
    return row(a, method).responses_resent[static_cast<std::size_t>(code - 100)];
}

}  // namespace

TEST_CASE("analysis.request_sent_again_is_a_retransmission") {
    builder b;
    analysis a;
    // RFC 3261 s17.1.1.2: Timer A re-sends the INVITE unchanged (same branch, same CSeq).
    a.add(b.request("INVITE", "z9hG4bK-1", 1));
    a.add(b.request("INVITE", "z9hG4bK-1", 1));
    a.add(b.request("INVITE", "z9hG4bK-1", 1));
    a.add(b.response(100, "INVITE", "z9hG4bK-1", 1, ""));
    a.add(b.response(486, "INVITE", "z9hG4bK-1", 1));
    a.add(b.response(486, "INVITE", "z9hG4bK-1", 1));  // Timer G re-sends the final response
    // The ACK of a non-2xx final shares the branch but is a transaction key of its own (CSeq method).
    a.add(b.request("ACK", "z9hG4bK-1", 1, "call-1", "bob-tag"));
    a.finish();
    CHECK(a.messages() == 7);
    CHECK(row(a, "INVITE").requests == 1);
    CHECK(row(a, "INVITE").request_resent == 2);
    CHECK(row(a, "ACK").requests == 1);
    CHECK(row(a, "ACK").request_resent == 0);
    CHECK(first(a, "INVITE", 486) == 1);
    CHECK(resent(a, "INVITE", 486) == 1);
    CHECK(first(a, "INVITE", 100) == 1);
    CHECK(a.retransmissions() == 3);
    CHECK(a.attempts().sessions[486] == 1);
}

TEST_CASE("analysis.responses_with_other_to_tag_or_rseq_are_new") {
    builder b;
    analysis a;
    a.add(b.request("INVITE", "z9hG4bK-f", 1));
    SUBCASE("forked: two 183s and two 200s from two UASs") {
        a.add(b.response(183, "INVITE", "z9hG4bK-f", 1, "uas-a"));
        a.add(b.response(183, "INVITE", "z9hG4bK-f", 1, "uas-b"));
        a.add(b.response(200, "INVITE", "z9hG4bK-f", 1, "uas-a"));
        a.add(b.response(200, "INVITE", "z9hG4bK-f", 1, "uas-b"));
        a.add(b.response(200, "INVITE", "z9hG4bK-f", 1, "uas-a"));  // s13.3.1.4: the 2xx re-sent
        a.finish();
        CHECK(first(a, "INVITE", 183) == 2);
        CHECK(first(a, "INVITE", 200) == 2);
        CHECK(resent(a, "INVITE", 200) == 1);
        // RFC 6076 s5.4: the initial INVITE counts once, by its first final response.
        CHECK(a.attempts().sessions[200] == 1);
    }
    SUBCASE("reliable provisionals: RSeq tells them apart (RFC 3262 s7.1)") {
        message p1 = b.response(183, "INVITE", "z9hG4bK-f", 1, "uas-a");
        p1.rseq = 1;
        message p2 = p1;
        p2.rseq = 2;
        a.add(p1);
        a.add(p2);
        a.add(p1);  // re-sent until PRACKed (s3)
        a.finish();
        CHECK(first(a, "INVITE", 183) == 2);
        CHECK(resent(a, "INVITE", 183) == 1);
    }
}

TEST_CASE("analysis.without_branch_falls_back_to_call_id_and_cseq") {
    builder b;
    analysis a;
    // No RFC 3261 magic cookie: RFC 2543 matching (s17.2.3) by Call-ID, From tag and CSeq.
    a.add(b.request("OPTIONS", "", 7, "c1"));
    a.add(b.request("OPTIONS", "", 7, "c1"));
    a.add(b.request("OPTIONS", "1234", 8, "c1"));  // a pre-3261 branch is not trusted either
    a.add(b.request("OPTIONS", "", 7, "c2"));
    a.add(b.response(200, "OPTIONS", "", 7, "t", std::nullopt, "c1"));
    a.add(b.response(200, "OPTIONS", "", 7, "t", std::nullopt, "c1"));
    a.finish();
    CHECK(row(a, "OPTIONS").requests == 3);
    CHECK(row(a, "OPTIONS").request_resent == 1);
    CHECK(first(a, "OPTIONS", 200) == 1);
    CHECK(resent(a, "OPTIONS", 200) == 1);
    CHECK(a.responses_without_request() == 0);
}

TEST_CASE("analysis.cancel_and_its_487") {
    builder b;
    analysis a;
    a.add(b.request("INVITE", "z9hG4bK-c", 1));
    a.add(b.response(180, "INVITE", "z9hG4bK-c", 1));
    a.add(b.request("CANCEL", "z9hG4bK-c", 1));  // same branch as the INVITE (s9.1)
    a.add(b.response(200, "CANCEL", "z9hG4bK-c", 1));
    a.add(b.response(487, "INVITE", "z9hG4bK-c", 1));
    a.finish();
    CHECK(row(a, "INVITE").requests == 1);
    CHECK(row(a, "CANCEL").requests == 1);
    CHECK(first(a, "CANCEL", 200) == 1);
    CHECK(first(a, "INVITE", 487) == 1);
    CHECK(a.retransmissions() == 0);
    CHECK(a.attempts().sessions[487] == 1);
}

TEST_CASE("analysis.challenges_are_attempts_of_their_own") {
    builder b;
    analysis a;
    // REGISTER -> 401 -> REGISTER (CSeq + 1, new branch) -> 200: two REGISTER requests (RFC 6076 s4.2).
    a.add(b.request("REGISTER", "z9hG4bK-r1", 1, "reg", {}, 0));
    a.add(b.response(401, "REGISTER", "z9hG4bK-r1", 1, "x", 10 * ms, "reg"));
    a.add(b.request("REGISTER", "z9hG4bK-r2", 2, "reg", {}, 20 * ms));
    a.add(b.response(200, "REGISTER", "z9hG4bK-r2", 2, "x", 50 * ms, "reg"));
    // INVITE -> 407 -> ACK -> INVITE with credentials -> 180 -> 200.
    a.add(b.request("INVITE", "z9hG4bK-i1", 1, "inv", {}, 100 * ms));
    a.add(b.response(407, "INVITE", "z9hG4bK-i1", 1, "p", 110 * ms, "inv"));
    a.add(b.request("ACK", "z9hG4bK-i1", 1, "inv", "p", 111 * ms));
    a.add(b.request("INVITE", "z9hG4bK-i2", 2, "inv", {}, 120 * ms));
    a.add(b.response(180, "INVITE", "z9hG4bK-i2", 2, "u", 170 * ms, "inv"));
    a.add(b.response(200, "INVITE", "z9hG4bK-i2", 2, "u", 400 * ms, "inv"));
    a.finish();
    CHECK(row(a, "REGISTER").requests == 2);
    CHECK(a.attempts().registrations[401] == 1);
    CHECK(a.attempts().registrations[200] == 1);
    CHECK(a.attempts().sessions[407] == 1);
    CHECK(a.attempts().sessions[200] == 1);
    // RFC 6076 s4.1: RRD runs from the first REGISTER, the challenge inside it (s5.3).
    REQUIRE(a.rrd().count() == 1);
    CHECK(a.rrd().min_ns() == 50 * ms);
    // s4.3: SRD from the first INVITE of the chain to the first non-100 provisional.
    REQUIRE(a.srd_success().count() == 1);
    CHECK(a.srd_success().min_ns() == 70 * ms);
    CHECK(a.srd_failure().count() == 0);
    // Request -> final response, per transaction.
    CHECK(row(a, "INVITE").to_final.count() == 2);
    CHECK(row(a, "INVITE").to_final.max_ns() == 280 * ms);
    CHECK(row(a, "INVITE").to_provisional.count() == 1);
    CHECK(row(a, "INVITE").to_provisional.min_ns() == 50 * ms);
}

TEST_CASE("analysis.srd_failure_sdd_sdt") {
    builder b;
    analysis a;
    // A failed call: INVITE -> 100 -> 503 after 30 ms: SRD failure is 30 ms (no non-100 provisional).
    a.add(b.request("INVITE", "z9hG4bK-a", 1, "fail", {}, 0));
    a.add(b.response(100, "INVITE", "z9hG4bK-a", 1, "", 5 * ms, "fail"));
    a.add(b.response(503, "INVITE", "z9hG4bK-a", 1, "t", 30 * ms, "fail"));
    // An answered call held 90 s, then BYE -> 200 after 40 ms.
    a.add(b.request("INVITE", "z9hG4bK-b", 1, "ok", {}, 1 * s));
    a.add(b.response(200, "INVITE", "z9hG4bK-b", 1, "bob-tag", 1 * s + 20 * ms, "ok"));
    a.add(b.request("ACK", "z9hG4bK-b2", 1, "ok", "bob-tag", 1 * s + 21 * ms));
    message bye = b.request("BYE", "z9hG4bK-b3", 2, "ok", "bob-tag", 91 * s + 20 * ms);
    a.add(bye);
    a.add(b.response(200, "BYE", "z9hG4bK-b3", 2, "bob-tag", 91 * s + 60 * ms, "ok"));
    a.finish();
    REQUIRE(a.srd_failure().count() == 1);
    CHECK(a.srd_failure().min_ns() == 30 * ms);
    REQUIRE(a.srd_success().count() == 1);
    CHECK(a.srd_success().min_ns() == 20 * ms);
    REQUIRE(a.sdt().count() == 1);
    CHECK(a.sdt().min_ns() == 90 * s);
    REQUIRE(a.sdd().count() == 1);
    CHECK(a.sdd().min_ns() == 40 * ms);
}

TEST_CASE("analysis.invite_without_final_response") {
    builder b;
    SUBCASE("timed: Timer B (64*T1 = 32 s) passes in trace time") {
        analysis a;
        a.add(b.request("INVITE", "z9hG4bK-lost", 1, "lost", {}, 0));
        a.add(b.request("OPTIONS", "z9hG4bK-o", 1, "other", {}, 32 * s));
        a.finish();
        CHECK(row(a, "INVITE").without_final == 1);
        CHECK(row(a, "INVITE").open_at_end == 0);
        CHECK(a.attempts().sessions[0] == 1);
        CHECK(a.sessions_open_at_end() == 0);
    }
    SUBCASE("timed: the trace ends inside the timers") {
        analysis a;
        a.add(b.request("INVITE", "z9hG4bK-lost", 1, "lost", {}, 0));
        a.add(b.request("OPTIONS", "z9hG4bK-o", 1, "other", {}, 31 * s));
        a.finish();
        CHECK(row(a, "INVITE").without_final == 1);
        CHECK(row(a, "INVITE").open_at_end == 1);
        CHECK(a.attempts().sessions[0] == 0);
        CHECK(a.sessions_open_at_end() == 1);
    }
    SUBCASE("timed: a provisional keeps an INVITE alive for Timer C (3 min)") {
        analysis a;
        a.add(b.request("INVITE", "z9hG4bK-ring", 1, "ring", {}, 0));
        a.add(b.response(180, "INVITE", "z9hG4bK-ring", 1, "t", 1 * s, "ring"));
        a.add(b.request("OPTIONS", "z9hG4bK-o1", 1, "other", {}, 100 * s));
        a.add(b.response(200, "INVITE", "z9hG4bK-ring", 1, "t", 120 * s, "ring"));
        a.finish();
        CHECK(row(a, "INVITE").without_final == 0);
        CHECK(a.attempts().sessions[200] == 1);
        CHECK(a.responses_without_request() == 0);
    }
    SUBCASE("untimed: no final response by the end of the trace") {
        analysis a;
        a.add(b.request("INVITE", "z9hG4bK-lost", 1, "lost"));
        a.add(b.request("REGISTER", "z9hG4bK-reg", 1, "reg"));
        a.finish();
        CHECK(row(a, "INVITE").without_final == 1);
        CHECK(row(a, "INVITE").open_at_end == 0);
        CHECK(a.attempts().sessions[0] == 1);
        CHECK(a.attempts().registrations[0] == 1);
    }
}

TEST_CASE("analysis.reinvite_is_not_a_session_attempt") {
    builder b;
    analysis a;
    a.add(b.request("INVITE", "z9hG4bK-re", 3, "call", "bob-tag"));  // To tag: inside a dialog
    a.add(b.response(491, "INVITE", "z9hG4bK-re", 3, "bob-tag"));
    a.finish();
    CHECK(first(a, "INVITE", 491) == 1);
    std::uint64_t attempts = 0;
    for (const std::uint64_t n : a.attempts().sessions) attempts += n;
    CHECK(attempts == 0);
}

TEST_CASE("analysis.response_without_request") {
    builder b;
    analysis a;
    a.add(b.response(200, "OPTIONS", "z9hG4bK-x", 1));
    a.add(b.response(200, "OPTIONS", "z9hG4bK-x", 1));
    a.finish();
    CHECK(a.responses_without_request() == 1);
    CHECK(first(a, "OPTIONS", 200) == 1);
    CHECK(resent(a, "OPTIONS", 200) == 1);
}

TEST_CASE("analysis.malformed_status_line_is_counted_apart") {
    builder b;
    analysis a;
    message m = b.response(200, "OPTIONS", "z9hG4bK-x", 1);
    m.start_line = "SIP/2.0 2000 OK";
    m.status = parse_status_line(m.start_line, parse_mode::lenient);
    REQUIRE_FALSE(m.status);
    a.add(m);
    a.finish();
    CHECK(a.messages() == 1);
    CHECK(a.malformed() == 1);
    CHECK(a.responses() == 0);
}

TEST_CASE("analysis.breakdowns_by_peer_and_minute") {
    builder b;
    analysis a;
    a.add(b.request("INVITE", "z9hG4bK-p", 1, "p", {}, 59 * s));
    a.add(b.response(180, "INVITE", "z9hG4bK-p", 1, "t", 59 * s + 500 * ms, "p"));
    a.add(b.response(486, "INVITE", "z9hG4bK-p", 1, "t", 61 * s, "p"));
    a.add(b.response(486, "INVITE", "z9hG4bK-p", 1, "t", 62 * s, "p"));
    a.finish();
    const auto& peers = a.peers();
    REQUIRE(peers.size() == 2);
    const peer_row& caller = peers.at("192.0.2.1:5060");
    const peer_row& callee = peers.at("192.0.2.2:5060");
    CHECK(caller.requests_sent == 1);
    CHECK(callee.requests_received == 1);
    CHECK(callee.finals_sent[4] == 1);
    CHECK(callee.resent == 1);
    const auto& minutes = a.minutes();
    REQUIRE(minutes.size() == 2);
    CHECK(minutes.at(0).requests == 1);
    CHECK(minutes.at(0).responses == 1);
    CHECK(minutes.at(1).finals == 1);
    CHECK(minutes.at(1).failures == 1);
    CHECK(minutes.at(1).resent == 1);
    CHECK(minutes.at(1).session_attempts == 1);
}

TEST_CASE("analysis.memory_is_bounded") {
    builder b;
    SUBCASE("without time: the cap on live transactions") {
        analysis_limits limits;
        limits.max_transactions = 100;
        analysis a(limits);
        for (int i = 0; i < 10000; ++i) {
            a.add(b.request("OPTIONS", "z9hG4bK-" + std::to_string(i), 1, "c" + std::to_string(i)));
            b.texts.clear();
        }
        a.finish();
        CHECK(a.peak_transactions() == 100);
        CHECK(a.evicted() == 9900);
        CHECK(row(a, "OPTIONS").requests == 10000);
        CHECK(row(a, "OPTIONS").without_final == 10000);
    }
    SUBCASE("with time: transactions leave 64*T1 after their final response") {
        analysis a;  // default cap, far above what the timers leave live
        // 100 transactions a second for 1000 s, each answered 10 ms later.
        for (int i = 0; i < 100000; ++i) {
            const std::int64_t t = i * 10 * ms;
            const std::string branch = "z9hG4bK-" + std::to_string(i);
            a.add(b.request("OPTIONS", branch, 1, "c", {}, t));
            a.add(b.response(200, "OPTIONS", branch, 1, "x", t + 10 * ms, "c"));
            b.texts.clear();
        }
        a.finish();
        // Live: those answered within the last 32 s (64*T1), 100 per second, and one more.
        CHECK(a.peak_transactions() <= 3201 + 1);
        CHECK(a.peak_transactions() >= 3200);
        CHECK(a.evicted() == 0);
        CHECK(row(a, "OPTIONS").without_final == 0);
        CHECK(first(a, "OPTIONS", 200) == 100000);
    }
}

TEST_CASE("analysis.hostile_input_stays_bounded") {
    builder b;
    analysis_limits limits;
    limits.max_methods = 8;
    limits.max_peers = 4;
    analysis a(limits);
    for (int i = 0; i < 100; ++i) {
        message m = b.request("M" + std::to_string(i), "z9hG4bK-" + std::to_string(i), 1);
        m.seen.src = b.keep("198.51.100." + std::to_string(i) + ":5060");
        a.add(m);
    }
    a.finish();
    CHECK(a.methods().size() == 8);
    CHECK(a.methods().back().name == "other");
    CHECK(a.methods().back().requests == 100 - 7);
    CHECK(a.peers().size() == 4);
}

TEST_CASE("duration_stats.quantiles_within_their_bucket") {
    duration_stats d;
    for (int i = 1; i <= 1000; ++i) d.add(i * ms);
    CHECK(d.count() == 1000);
    CHECK(d.min_ns() == 1 * ms);
    CHECK(d.max_ns() == 1000 * ms);
    CHECK(d.mean_ns() == doctest::Approx(500.5 * ms));
    // 8 buckets per doubling: within 2^(1/8) = 9% of the exact quantile.
    CHECK(d.quantile_ns(0.5) == doctest::Approx(500.0 * ms).epsilon(0.09));
    CHECK(d.quantile_ns(0.95) == doctest::Approx(950.0 * ms).epsilon(0.09));
    CHECK(duration_stats{}.quantile_ns(0.5) == 0.0);
}

TEST_CASE("analysis.kpis_count_each_initial_invite_once_by_its_first_final") {
    builder b;
    analysis a;
    // One initial INVITE per outcome; the last one never gets a final response (untimed: by the end).
    const int outcomes[] = {200, 486, 302, 407, 503, 487, 603};
    int n = 0;
    for (const int code : outcomes) {
        const std::string branch = "z9hG4bK-k" + std::to_string(++n);
        const std::string call = "kpi-" + std::to_string(n);
        a.add(b.request("INVITE", branch, 1, call));
        a.add(b.response(code, "INVITE", branch, 1, "t", std::nullopt, call));
        a.add(b.response(code, "INVITE", branch, 1, "t", std::nullopt, call));  // re-sent: not a new outcome
    }
    a.add(b.request("INVITE", "z9hG4bK-lost", 1, "kpi-lost"));
    a.add(b.request("INVITE", "z9hG4bK-lost", 1, "kpi-lost"));  // Timer A: still one attempt
    a.finish();
    const kpi_counter& k = a.kpis();
    CHECK(k.session_attempts() == 8);
    CHECK(k.registration_attempts() == 0);
    // RFC 6076 s4.6 SER: 200 over all but 3xx (and, by the fixed reading, 401/407): 200 486 503 487 603 none.
    CHECK(k.ratio(kpi::ser) == kpi_ratio{1, 6});
    // s4.7 SEER: 200, 480, 486, 600, 603 over the same.
    CHECK(k.ratio(kpi::seer) == kpi_ratio{3, 6});
    // s4.8 ISA: 408, 500, 503, 504 and no final response, over all but 401/407 (3xx stays).
    CHECK(k.ratio(kpi::isa) == kpi_ratio{2, 7});
    // Industry ASR and NER: SER's and SEER's numerators with 3xx kept in the denominator.
    CHECK(k.ratio(kpi::asr) == kpi_ratio{1, 7});
    CHECK(k.ratio(kpi::ner) == kpi_ratio{3, 7});
    // s4: an empty denominator is undefined, not 0 %.
    CHECK_FALSE(k.ratio(kpi::ira).defined());
}

TEST_CASE("analysis.ira_leaves_challenges_out") {
    builder b;
    analysis a;
    int n = 0;
    for (const int code : {401, 200, 407, 200, 403, 503}) {
        const std::string branch = "z9hG4bK-r" + std::to_string(++n);
        a.add(b.request("REGISTER", branch, static_cast<std::uint32_t>(n), "reg"));
        a.add(b.response(code, "REGISTER", branch, static_cast<std::uint32_t>(n), "x", std::nullopt, "reg"));
    }
    a.finish();
    CHECK(a.kpis().registration_attempts() == 6);
    // s4.2: 4xx but 401/402/407, 5xx, 6xx are failures; the challenges leave the denominator.
    CHECK(a.kpis().ratio(kpi::ira) == kpi_ratio{2, 4});
    CHECK_FALSE(a.kpis().ratio(kpi::ser).defined());
}

TEST_CASE("analysis.bare_status_lines_are_never_retransmissions") {
    builder b;
    analysis a;
    // A log of status lines only: no Call-ID, no branch, nothing to match a transaction by.
    for (int i = 0; i < 3; ++i) {
        message m = b.response(486, "", "", 0, "");
        m.call_id = {};
        a.add(m);
    }
    a.finish();
    CHECK(a.retransmissions() == 0);
    CHECK(a.without_transaction() == 3);
    CHECK(a.methods().front().responses[486 - 100] == 3);
    CHECK(a.responses_without_request() == 0);
}

TEST_CASE("analysis.untimed_messages_in_a_timed_trace_still_expire") {
    builder b;
    analysis a;
    a.add(b.request("OPTIONS", "z9hG4bK-t0", 1, "a", {}, 0));
    // No time of its own: it lives from the latest time seen (0), so it expires with the rest.
    a.add(b.request("OPTIONS", "z9hG4bK-u", 1, "b"));
    a.add(b.response(200, "OPTIONS", "z9hG4bK-u", 1, "x", std::nullopt, "b"));
    a.add(b.request("OPTIONS", "z9hG4bK-t1", 1, "c", {}, 100 * s));
    CHECK(a.peak_transactions() == 2);
    a.finish();
    CHECK(row(a, "OPTIONS").without_final == 2);  // the two timed ones: t0 by Timer F, t1 open
    CHECK(row(a, "OPTIONS").open_at_end == 1);
    CHECK(a.evicted() == 0);
}
