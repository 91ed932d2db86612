#include <sipcode/telephony.hpp>

#include <iostream>

int main() {
    // A PSTN gateway rejected our INVITE (sent outside a dialog). The SIP stack hands over the status
    // code and the values of the Retry-After and Reason header fields.
    constexpr std::uint16_t code = 503;
    constexpr std::string_view retry_after = "120;duration=3600";
    constexpr std::string_view reason = "Q.850;cause=34;text=\"No circuit/channel available\"";

    const sipcode::retry_after_result ra = sipcode::parse_retry_after(retry_after);
    const sipcode::reason_result isup = sipcode::find_reason(reason, sipcode::reason_protocol::q850);
    if (!ra || !isup) {
        std::cout << "bad header field: " << sipcode::describe(!ra ? ra.ec : isup.ec) << '\n';
        return 1;
    }
    const auto cause = static_cast<std::uint8_t>(isup.value.cause);
    std::cout << code << ' ' << sipcode::reason_phrase(code) << "; retry after " << ra.value.seconds
              << " s for " << ra.value.duration << " s; Q.850 cause " << int{cause} << " ("
              << sipcode::q850_cause_name(cause) << ")\n";

    // One concrete next step.
    const sipcode::advice next = sipcode::advise(code, sipcode::out_of_dialog("INVITE"), &ra.value);
    std::cout << "decision: " << sipcode::describe(next.step) << " (" << sipcode::to_string(next.step)
              << "), avoid this server for " << next.avoid_server_for.count() << " s\n";

    // What to tell the user, in English or in the application's own words.
    static constexpr sipcode::message_entry french[] = {{503, "Service temporairement indisponible."}};
    static constexpr sipcode::message_catalog catalog{french, {}, &sipcode::english_catalog};
    std::cout << "tell the user: " << sipcode::user_message(code) << '\n'
              << "in French: " << sipcode::user_message(code, catalog) << '\n';

    // Seen from the PSTN side (RFC 3398): cause 34 arrives as 503, and 503 is released as cause 41.
    const sipcode::sip_to_q850_result release = sipcode::sip_to_q850(code);
    std::cout << "cause 34 -> " << sipcode::q850_to_sip(34).status << "; " << code << " -> cause "
              << int{release.cause} << " (" << sipcode::q850_cause_name(release.cause) << ")\n";

    // Everything is constexpr.
    static_assert(sipcode::parse_retry_after(retry_after).value.duration == 3600);
    static_assert(sipcode::find_reason(reason, sipcode::reason_protocol::q850).value.cause == 34);
}
