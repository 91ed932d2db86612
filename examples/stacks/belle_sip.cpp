// belle-sip (libbellesip-dev): belle_sip_response_get_status_code() and _get_reason_phrase();
// header fields are typed objects, found by a NUL-terminated name, one per comma-separated Reason
// value; belle_sip_header_get_unparsed_value() gives each back as text.
#include <sipcode/decision.hpp>
#include <sipcode/ostream.hpp>

#include <belle-sip/belle-sip.h>

#include <iostream>
#include <string>

namespace {

std::string field_text(const belle_sip_message_t* message, sipcode::header_field field) {
    std::string text;
    for (const belle_sip_list_t* l = belle_sip_message_get_headers(message, sipcode::header_name_c(field));
         l != nullptr; l = l->next) {
        if (const char* value =
                belle_sip_header_get_unparsed_value(static_cast<belle_sip_header_t*>(l->data))) {
            text += (text.empty() ? "" : ", ") + std::string(value);
        }
    }
    return text;
}

}  // namespace

// A final response to an INVITE sent outside a dialog (e.g. from a response_event).
void on_invite_response(const belle_sip_response_t* response) {
    const int code = belle_sip_response_get_status_code(response);
    const char* phrase = belle_sip_response_get_reason_phrase(response);
    const auto* message = reinterpret_cast<const belle_sip_message_t*>(response);
    const std::string retry_after = field_text(message, sipcode::header_field::retry_after);
    const std::string reason = field_text(message, sipcode::header_field::reason);
    const std::string warning = field_text(message, sipcode::header_field::warning);

    const sipcode::decision d =
        sipcode::decide(code, sipcode::out_of_dialog("INVITE"), {retry_after, reason, warning});
    std::cout << code << ' ' << (phrase ? phrase : "") << ": " << d.next
              << "; tell the user: " << d.user_message << '\n';
}
