// decide(): the one call from what a SIP stack hands over (a code, header values as text) to what to
// do and what to say, checked against the functions it combines and the RFCs they follow.
#include <sipcode/decision.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string_view>

using sipcode::decide;
using sipcode::field_errc;
using sipcode::next_step;

// The worked example of docs/telephony.md, at compile time: a gateway's 503 with Retry-After and a Q.850 cause.
static_assert(decide(503, sipcode::out_of_dialog("INVITE"),
                     {"120;duration=3600", "Q.850;cause=34;text=\"No circuit/channel available\"", ""})
                  .next.avoid_server_for.count() == 120);
static_assert(decide(503, {}, {"", "Q.850;cause=34", ""}).release_cause == 34);

TEST_CASE("decision.combines_the_parsers_and_the_advice") {
    const sipcode::response_fields fields{"120;duration=3600", "SIP;cause=503, Q.850;cause=34", ""};
    const int from_stack = 503;
    const auto d = decide(from_stack, sipcode::out_of_dialog("INVITE"), fields);
    CHECK(d.classified.code == 503);
    CHECK(d.next.step == next_step::fail_over);
    CHECK(d.next.avoid_server_for.count() == 120);
    CHECK(d.has_retry_after);
    CHECK(d.retry_after_value.duration == 3600);
    CHECK(d.has_q850);
    CHECK(d.q850_cause == 34);
    CHECK(d.has_sip_reason);
    CHECK(d.sip_cause == 503);
    CHECK(d.release_cause == 34);  // the Reason's cause, not RFC 3398's 41 for 503
    CHECK(d.user_message == sipcode::user_message(503));
    CHECK(d.defect == field_errc::ok);
    CHECK(d.defective_field.empty());
}

TEST_CASE("decision.equals_the_separate_calls_for_every_code") {
    constexpr sipcode::retry_after ra = sipcode::parse_retry_after("30").value;
    for (int code = 0; code <= 999; ++code) {
        INFO("code " << code);
        for (const auto& request : {sipcode::out_of_dialog("INVITE"), sipcode::in_dialog("BYE")}) {
            const auto d = decide(code, request, {"30", "", ""});
            const auto a = sipcode::advise(code, request, &ra);
            CHECK(d.next.step == a.step);
            CHECK(d.next.dialog == a.dialog);
            CHECK(d.next.delay_min == a.delay_min);
            CHECK(d.user_message == sipcode::user_message(code));
            const std::uint8_t release =
                code >= 400 && code <= 699 ? sipcode::sip_to_q850(static_cast<std::uint16_t>(code)).cause : 0;
            CHECK(d.release_cause == release);
        }
    }
}

TEST_CASE("decision.488_and_606_release_by_their_warning") {
    const auto d = decide(488, {}, {"", "", "370 gw.example.net \"Insufficient bandwidth\""});
    CHECK(d.has_warning);
    CHECK(d.warning.code == 370);
    CHECK(d.release_cause == sipcode::sip_to_q850(488, 370).cause);
    CHECK(decide(606, {}, {"", "", "305 host \"Incompatible media format\""}).release_cause ==
          sipcode::sip_to_q850(606, 305).cause);
    CHECK(decide(487).release_cause == 0);  // RFC 3398: the gateway's own CANCEL released the call
    CHECK(decide(200).release_cause == 0);
}

TEST_CASE("decision.a_bad_field_is_reported_and_ignored") {
    const auto bad_retry = decide(486, {}, {"soon", "", ""});
    CHECK(bad_retry.defect == field_errc::expected_digit);
    CHECK(bad_retry.defective_field == "Retry-After");
    CHECK_FALSE(bad_retry.has_retry_after);
    CHECK(bad_retry.next.step == sipcode::advise(486).step);  // as if there were none
    const auto bad_reason = decide(503, {}, {"", "Q.850;cause=999", "bad"});
    CHECK(bad_reason.defect == field_errc::out_of_range);
    CHECK(bad_reason.defective_field == "Reason");  // the first defect is kept
    CHECK_FALSE(bad_reason.has_q850);
    CHECK_FALSE(bad_reason.has_warning);
    CHECK(bad_reason.release_cause == sipcode::sip_to_q850(503).cause);
    // A Reason list without the protocol asked for is no defect.
    const auto only_sip = decide(480, {}, {"", "SIP;cause=480", ""});
    CHECK(only_sip.defect == field_errc::ok);
    CHECK_FALSE(only_sip.has_q850);
    CHECK(only_sip.has_sip_reason);
}

TEST_CASE("decision.other_languages_and_values_no_table_knows") {
    static constexpr sipcode::message_entry french[] = {{486, "Occupé."}};
    static constexpr sipcode::message_catalog catalog{french, {}, &sipcode::english_catalog};
    CHECK(decide(486, {}, {}, catalog).user_message == "Occupé.");
    CHECK(decide(499, {}, {}, catalog).user_message == sipcode::user_message(sipcode::status_class::request_failure));
    CHECK(decide(70000).classified.code == 0);
    CHECK(decide(70000).next.step == next_step::none);
    CHECK_FALSE(decide(-5).user_message.empty());
}
