// oSIP2 (libosip2-dev): the status code and phrase come from osip_message_get_status_code() and
// osip_message_get_reason_phrase(); Retry-After, Reason and Warning are kept as text, looked up by a
// NUL-terminated name, one osip_header_t per comma-separated value.
#include <sipcode/decision.hpp>
#include <sipcode/ostream.hpp>

#include <osipparser2/osip_parser.h>

#include <iostream>
#include <string>

namespace {

std::string field_text(const osip_message_t* response, sipcode::header_field field) {
    std::string text;
    osip_header_t* h = nullptr;
    for (int at = osip_message_header_get_byname(response, sipcode::header_name_c(field), 0, &h);
         at >= 0 && h != nullptr;
         at = osip_message_header_get_byname(response, sipcode::header_name_c(field), at + 1, &h)) {
        if (h->hvalue != nullptr) text += (text.empty() ? "" : ", ") + std::string(h->hvalue);
    }
    return text;
}

}  // namespace

// A final response to an INVITE sent outside a dialog.
void on_invite_response(const osip_message_t* response) {
    const int code = osip_message_get_status_code(response);
    const char* phrase = osip_message_get_reason_phrase(response);
    const std::string retry_after = field_text(response, sipcode::header_field::retry_after);
    const std::string reason = field_text(response, sipcode::header_field::reason);
    const std::string warning = field_text(response, sipcode::header_field::warning);

    const sipcode::decision d =
        sipcode::decide(code, sipcode::out_of_dialog("INVITE"), {retry_after, reason, warning});
    std::cout << code << ' ' << (phrase ? phrase : "") << ": " << d.next
              << "; tell the user: " << d.user_message << '\n';
}
