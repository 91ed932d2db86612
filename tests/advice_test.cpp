// advise(): the rules one by one, then every code 0..999 with and without Retry-After, inside and
// outside a dialog, for INVITE, BYE and OPTIONS, against the UAC actions in data/semantics.csv.
#include <sipcode/advice.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "support/csv.hpp"

using namespace std::chrono_literals;
using sipcode::advise;
using sipcode::next_step;
using sipcode::request_info;

namespace {
constexpr sipcode::retry_after ra_120_3600 = sipcode::parse_retry_after("120;duration=3600").value;
constexpr sipcode::retry_after ra_30 = sipcode::parse_retry_after("30 (back soon)").value;
constexpr request_info invite{"INVITE", false, false};
constexpr request_info reinvite_owner{"INVITE", true, true};
constexpr request_info reinvite_peer{"INVITE", true, false};
constexpr request_info bye{"BYE", true, false};
constexpr request_info options{"OPTIONS", false, false};

// The worked example of the README, at compile time.
static_assert(advise(503, invite, &ra_120_3600).step == next_step::fail_over);
static_assert(advise(503, invite, &ra_120_3600).avoid_server_for == std::chrono::seconds{120});
static_assert(advise(486, invite, &ra_30).delay_min == std::chrono::milliseconds{30000});
static_assert(advise(491, reinvite_owner).delay_max == std::chrono::milliseconds{4000});
static_assert(advise(481, bye).step == next_step::dialog_ended);

next_step step_for(const std::string& uac) {
    static const std::map<std::string, next_step> m = {
        {"wait", next_step::wait},
        {"done", next_step::done},
        {"redirect", next_step::follow_redirect},
        {"use_proxy", next_step::resend_via_proxy},
        {"authenticate", next_step::resend_with_credentials},
        {"security_agreement", next_step::negotiate_security},
        {"modify_request", next_step::resend_modified},
        {"retry_later", next_step::retry_later},
        {"next_server", next_step::fail_over},
        {"random_backoff", next_step::retry_after_random_delay},
        {"terminate_dialog", next_step::give_up},  // 481 outside a dialog: nothing to tear down
        {"user_decision", next_step::ask_user},
        {"give_up", next_step::give_up},
    };
    return m.at(uac);
}

}  // namespace

TEST_CASE("advice.503_fails_over_and_avoids_the_server") {
    const auto a = advise(503, invite, &ra_120_3600);
    CHECK(a.step == next_step::fail_over);
    CHECK(a.avoid_server_for == 120s);
    CHECK(a.has_duration);
    CHECK(a.available_for == 3600s);
    CHECK_FALSE(a.has_delay);
    const auto bare = advise(503);
    CHECK(bare.step == next_step::fail_over);
    CHECK(bare.avoid_server_for == 0s);
    CHECK_FALSE(bare.has_duration);
    // in a dialog too: 503 is not one of the codes that end it
    CHECK(advise(503, reinvite_peer).step == next_step::fail_over);
    CHECK_FALSE(advise(503, reinvite_peer).ends_dialog);
}

TEST_CASE("advice.retry_after_gives_the_delay") {
    for (int code : {404, 413, 480, 486, 500, 600, 603, 599}) {
        INFO("code " << code);
        const auto a = advise(static_cast<std::uint16_t>(code), invite, &ra_30);
        CHECK(a.step == next_step::retry_later);
        CHECK(a.has_delay);
        CHECK(a.delay_min == 30000ms);
        CHECK(a.delay_max == 30000ms);
    }
    // without one: retry later with no time given, or the code's own action
    CHECK(advise(486).step == next_step::retry_later);
    CHECK_FALSE(advise(486).has_delay);
    CHECK(advise(404).step == next_step::give_up);
    CHECK(advise(603).step == next_step::give_up);
    CHECK(advise(413).step == next_step::resend_modified);
    // on a response that cannot carry one, Retry-After is ignored
    CHECK(advise(400, invite, &ra_30).step == next_step::give_up);
    CHECK_FALSE(advise(400, invite, &ra_30).has_delay);
    CHECK(advise(408, invite, &ra_30).step == next_step::retry_later);
    CHECK_FALSE(advise(408, invite, &ra_30).has_delay);
    // the largest delta-seconds does not overflow
    const auto max = sipcode::parse_retry_after("4294967295").value;
    CHECK(advise(480, invite, &max).delay_min == std::chrono::milliseconds{4294967295000LL});
}

TEST_CASE("advice.491_uses_the_14_1_timer_ranges") {
    const auto owner = advise(491, reinvite_owner);
    CHECK(owner.step == next_step::retry_after_random_delay);
    CHECK(owner.has_delay);
    CHECK(owner.delay_min == 2100ms);
    CHECK(owner.delay_max == 4000ms);
    const auto peer = advise(491, reinvite_peer);
    CHECK(peer.delay_min == 0ms);
    CHECK(peer.delay_max == 2000ms);
    CHECK_FALSE(peer.ends_dialog);
}

TEST_CASE("advice.481_and_408_in_a_dialog_end_it") {
    for (int code : {481, 408}) {
        INFO("code " << code);
        const auto c = static_cast<std::uint16_t>(code);
        CHECK(advise(c, reinvite_peer).step == next_step::tear_down_dialog);
        CHECK(advise(c, reinvite_peer).ends_dialog);
        CHECK(advise(c, request_info{"NOTIFY", true, false}).step == next_step::tear_down_dialog);
        CHECK(advise(c, bye).step == next_step::dialog_ended);
        CHECK(advise(c, bye).ends_dialog);
        CHECK(advise(c, bye, &ra_30).step == next_step::dialog_ended);
    }
    CHECK(advise(481, invite).step == next_step::give_up);
    CHECK(advise(481, request_info{"CANCEL", false, false}).step == next_step::give_up);
    CHECK(advise(408, invite).step == next_step::retry_later);
    CHECK_FALSE(advise(481, invite).ends_dialog);
    // methods are case-sensitive (RFC 3261 s7.1): "bye" is not BYE
    CHECK(advise(481, request_info{"bye", true, false}).step == next_step::tear_down_dialog);
}

TEST_CASE("advice.the_registered_actions_made_concrete") {
    CHECK(advise(180).step == next_step::wait);
    CHECK(advise(200).step == next_step::done);
    CHECK(advise(202).step == next_step::done);
    CHECK(advise(302).step == next_step::follow_redirect);
    CHECK(advise(305).step == next_step::resend_via_proxy);
    CHECK(advise(380).step == next_step::ask_user);
    CHECK(advise(401).step == next_step::resend_with_credentials);
    CHECK(advise(407).step == next_step::resend_with_credentials);
    CHECK(advise(420).step == next_step::resend_modified);
    CHECK(advise(494).step == next_step::negotiate_security);
    CHECK(advise(485).step == next_step::ask_user);
    CHECK(advise(604).step == next_step::give_up);
    // unregistered codes are advised as RFC 3261 s8.1.3.2 says
    CHECK(advise(477).effective == 400);
    CHECK(advise(477).code == 477);
    CHECK(advise(477).step == next_step::give_up);
    CHECK(advise(199 + 0).step == next_step::wait);
    CHECK(advise(0).step == next_step::none);
    CHECK(advise(700).step == next_step::none);
    CHECK(advise(sipcode::classify(486), invite, &ra_30).step == next_step::retry_later);
}

TEST_CASE("advice.every_code_0_to_999_in_every_context") {
    std::map<int, std::string> uac;
    for (const auto& row : sipcode_test::read_csv(sipcode_test::data_path("semantics.csv"))) {
        uac[std::stoi(row.at("code"))] = row.at("uac");
    }
    const request_info contexts[] = {invite, reinvite_owner, reinvite_peer, bye, options, {"BYE", false, false}};
    for (int code = 0; code <= 999; ++code) {
        const auto c = static_cast<std::uint16_t>(code);
        const sipcode::classification cls = sipcode::classify(c);
        for (const request_info& req : contexts) {
            for (const sipcode::retry_after* ra : {static_cast<const sipcode::retry_after*>(nullptr), &ra_120_3600}) {
                const sipcode::advice a = advise(cls, req, ra);
                INFO("code " << code << " method " << req.method << " in_dialog " << req.in_dialog << " retry "
                             << (ra != nullptr));
                CHECK(a.code == code);
                CHECK(a.effective == cls.effective);
                CHECK((a.step == next_step::none) == (code < 100 || code > 699));
                CHECK(a.ends_dialog == (a.step == next_step::tear_down_dialog || a.step == next_step::dialog_ended));
                CHECK(a.delay_min <= a.delay_max);
                CHECK(a.has_delay == (a.step == next_step::retry_after_random_delay ||
                                      (a.step == next_step::retry_later && a.delay_max > 0ms)));
                if (a.step == next_step::none) continue;
                const int e = cls.effective;
                const bool may_retry_after = e == 404 || e == 413 || e == 480 || e == 486 || e == 500 ||
                                             e == 503 || e == 600 || e == 603;
                CHECK(a.has_duration == (ra != nullptr && may_retry_after && !(req.in_dialog && (e == 408 || e == 481))));
                if (req.in_dialog && (e == 408 || e == 481)) {
                    CHECK(a.step == (req.method == "BYE" ? next_step::dialog_ended : next_step::tear_down_dialog));
                } else if (e == 503) {
                    CHECK(a.step == next_step::fail_over);
                    CHECK(a.avoid_server_for == (ra != nullptr ? 120s : 0s));
                } else if (e == 491) {
                    CHECK(a.step == next_step::retry_after_random_delay);
                } else if (ra != nullptr && may_retry_after) {
                    CHECK(a.step == next_step::retry_later);
                    CHECK(a.delay_min == 120000ms);
                } else {
                    CHECK(a.step == step_for(uac.at(e)));  // the registry's action for the effective code
                }
            }
        }
    }
}

TEST_CASE("advice.step_names") {
    std::set<std::string_view> names;
    std::set<std::string_view> descriptions;
    for (std::size_t s = 0; s < sipcode::next_step_count; ++s) {
        names.insert(sipcode::to_string(static_cast<next_step>(s)));
        descriptions.insert(sipcode::describe(static_cast<next_step>(s)));
    }
    CHECK(names.size() == sipcode::next_step_count);
    CHECK(descriptions.size() == sipcode::next_step_count);
    CHECK(sipcode::to_string(next_step::fail_over) == "fail_over");
    CHECK(sipcode::describe(next_step::fail_over) == "fail over to the next server now");
    CHECK(sipcode::to_string(static_cast<next_step>(sipcode::next_step_count)) == "none");
}
