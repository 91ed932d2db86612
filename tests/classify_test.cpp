// classify() for every 16-bit value against RFC 3261 s8.1.3.2, and the retry semantics against the
// rules the RFCs state (independently of the data file the registry is generated from).
#include <sipcode/classify.hpp>

#include <doctest/doctest.h>

#include <array>

#include <cstdint>
#include <set>
#include <string>

#include "support/csv.hpp"

using sipcode::classify;
using sipcode::header_field;
using sipcode::proxy_action;
using sipcode::next_step;

static_assert(classify(431).effective == 400);  // RFC 3261 s8.1.3.2's own example
static_assert(classify(431).code == 431);
static_assert(!classify(431).registered);
static_assert(classify(199).effective == 199);
static_assert(classify(150).effective == 183);
static_assert(classify(202).effective == 200);
static_assert(classify(202).registered && classify(202).info->deprecated);
static_assert(classify(700).effective == 0 && !classify(700).valid());
static_assert(classify(sipcode::status::busy_here).next.uac == next_step::retry_later);

namespace {
std::set<int> registered_codes() {
    std::set<int> codes;
    for (const auto& row : sipcode_test::read_csv(sipcode_test::data_path("iana-sip-response-codes.csv"))) {
        codes.insert(std::stoi(row.at("code")));
    }
    return codes;
}
}  // namespace

TEST_CASE("classify.sweep_every_16_bit_value") {
    const std::set<int> codes = registered_codes();
    for (std::uint32_t v = 0; v <= 0xFFFF; ++v) {
        const auto code = static_cast<std::uint16_t>(v);
        const sipcode::classification c = classify(code);
        const bool in_range = v >= 100 && v <= 699;
        const bool registered = codes.count(static_cast<int>(v)) == 1;
        std::uint32_t effective = 0;
        if (in_range) {
            if (v == 202) effective = 200;
            else if (registered) effective = v;
            else if (v < 200) effective = 183;
            else effective = v / 100 * 100;
        }
        bool good = c.code == code && c.registered == registered && c.effective == effective &&
                    c.is_final == (v >= 200 && v <= 699) && c.valid() == in_range &&
                    c.cls == (in_range ? static_cast<sipcode::status_class>(v / 100) : sipcode::status_class::invalid) &&
                    c.info == sipcode::find(code);
        if (in_range) {
            const sipcode::status_info* acted = sipcode::find(static_cast<std::uint16_t>(effective));
            good = good && acted != nullptr && c.next.uac == acted->next.uac &&
                   c.next.proxy == acted->next.proxy &&
                   c.next.response_headers == acted->next.response_headers;
        } else {
            good = good && c.next.uac == next_step::none && c.next.proxy == proxy_action::none &&
                   c.next.response_headers.empty();
        }
        if (!good) FAIL("classify(" << v << ") is wrong");
    }
}

TEST_CASE("classify.class_level_rules_hold_for_every_row") {
    for (const sipcode::status_info& info : sipcode::registry) {
        INFO("code " << info.code);
        switch (info.cls) {
        case sipcode::status_class::provisional:
            CHECK(info.next.uac == next_step::wait);
            // RFC 3261 s16.7: 100 is hop-by-hop; every other 1xx is forwarded at once.
            CHECK(info.next.proxy == (info.code == 100 ? proxy_action::absorb : proxy_action::forward_now));
            break;
        case sipcode::status_class::success:
            CHECK(info.next.uac == next_step::done);
            CHECK(info.next.proxy == proxy_action::forward_now);
            break;
        case sipcode::status_class::global_failure:
            // s16.7 steps 5 and 10: a 6xx cancels the other branches.
            CHECK(info.next.proxy == proxy_action::cancel_branches);
            break;
        default:
            CHECK(info.next.proxy != proxy_action::absorb);
            CHECK(info.next.proxy != proxy_action::forward_now);
            CHECK(info.next.proxy != proxy_action::cancel_branches);
            break;
        }
        // Retry-After applies to exactly the codes of RFC 3261 s20 table 3.
        const bool table3 = info.code == 404 || info.code == 413 || info.code == 480 || info.code == 486 ||
                            info.code == 500 || info.code == 503 || info.code == 600 || info.code == 603;
        CHECK(info.next.response_headers.contains(header_field::retry_after) == table3);
        // RFC 5057 s4: provisional and success responses end nothing, but 199 ends its early dialog
        // (RFC 6228 s4); every failure affects at least its transaction (the full table: advice_test).
        if (info.code < 300) {
            CHECK(info.next.dialog == (info.code == 199 ? sipcode::dialog_effect::dialog : sipcode::dialog_effect::none));
        } else {
            CHECK(info.next.dialog != sipcode::dialog_effect::none);
        }
        // Only RFC 3263 s4.3's failure response fails over.
        CHECK((info.next.uac == next_step::fail_over) == (info.code == 503));
        CHECK((info.next.proxy == proxy_action::fail_over) == (info.code == 503));
    }
}

TEST_CASE("classify.code_specific_rules_from_the_rfcs") {
    SUBCASE("challenges carry their header (RFC 3261 s22)") {
        CHECK(classify(401).next.uac == next_step::resend_with_credentials);
        CHECK(classify(401).next.response_headers.contains(header_field::www_authenticate));
        CHECK(classify(407).next.uac == next_step::resend_with_credentials);
        CHECK(classify(407).next.response_headers.contains(header_field::proxy_authenticate));
    }
    SUBCASE("modify-and-retry codes name the header that says how") {
        CHECK(classify(420).next.response_headers.contains(header_field::unsupported));
        CHECK(classify(421).next.response_headers.contains(header_field::require));
        CHECK(classify(422).next.response_headers.contains(header_field::min_se));
        CHECK(classify(423).next.response_headers.contains(header_field::min_expires));
        CHECK(classify(405).next.response_headers.contains(header_field::allow));
        CHECK(classify(415).next.response_headers.contains(header_field::accept));
        CHECK(classify(494).next.response_headers.contains(header_field::security_server));
        CHECK(classify(494).next.uac == next_step::negotiate_security);
        CHECK(classify(489).next.response_headers.contains(header_field::allow_events));
        CHECK(classify(469).next.response_headers.contains(header_field::recv_info));
    }
    SUBCASE("redirections use Contact") {
        for (const std::uint16_t code : std::array<std::uint16_t, 4>{300, 301, 302, 305}) {
            INFO(code);
            CHECK(classify(code).next.response_headers.contains(header_field::contact));
            CHECK(classify(code).next.proxy == proxy_action::recurse);
        }
        CHECK(classify(305).next.uac == next_step::resend_via_proxy);
        CHECK(classify(302).next.uac == next_step::follow_redirect);
    }
    SUBCASE("dialog and glare") {
        CHECK(classify(481).next.uac == next_step::give_up);
        CHECK(classify(491).next.uac == next_step::retry_after_random_delay);
        CHECK(classify(503).next.response_headers.contains(header_field::retry_after));
    }
    SUBCASE("unregistered codes act as their class default") {
        CHECK(classify(477).next.uac == classify(400).next.uac);
        CHECK(classify(599).next.uac == classify(500).next.uac);
        CHECK(classify(699).next.proxy == proxy_action::cancel_branches);
        CHECK(classify(155).next.uac == next_step::wait);
        CHECK(classify(155).next.proxy == proxy_action::forward_now);
        CHECK(classify(477).info == nullptr);
    }
}

TEST_CASE("classify.class_defaults_are_registered") {
    // s8.1.3.2 requires a UAC to handle 100, 183 and each x00; the registry must hold them.
    for (const std::uint16_t code : std::array<std::uint16_t, 7>{100, 183, 200, 300, 400, 500, 600}) {
        INFO(code);
        CHECK(sipcode::find(code) != nullptr);
    }
}
