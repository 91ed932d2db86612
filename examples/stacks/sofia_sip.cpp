// sofia-sip (libsofia-sip-ua-dev): the NUA callback gets the status code as an int, the phrase, and
// the response parsed into header objects; sip_header_as_string() turns each back into text.
#include <sipcode/decision.hpp>
#include <sipcode/ostream.hpp>

#include <sofia-sip/nua.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/su_alloc.h>

#include <iostream>
#include <string>

namespace {

// One field's value as the peer sent it: sofia keeps one object per comma-separated value.
std::string field_text(su_home_t* home, const void* header) {
    std::string text;
    for (auto* h = static_cast<const sip_header_t*>(header); h != nullptr; h = h->sh_next) {
        if (char* value = sip_header_as_string(home, h)) {
            text += (text.empty() ? "" : ", ") + std::string(value);
            su_free(home, value);
        }
    }
    return text;
}

}  // namespace

// Created with nua_create(root, on_event, nullptr, NUTAG_RETRY_COUNT(0), ...): with the default
// retry count NUA follows a 3xx itself and the application never sees it.
void on_event(nua_event_t event, int status, char const* phrase, nua_t*, nua_magic_t*, nua_handle_t*,
              nua_hmagic_t*, sip_t const* sip, tagi_t*) {
    if (event != nua_r_invite || status < 200) return;
    su_home_t home[1] = {SU_HOME_INIT(home)};
    const std::string retry_after = sip ? field_text(home, sip->sip_retry_after) : "";
    const std::string reason = sip ? field_text(home, sip->sip_reason) : "";
    const std::string warning = sip ? field_text(home, sip->sip_warning) : "";
    su_home_deinit(home);

    const sipcode::decision d =
        sipcode::decide(status, sipcode::out_of_dialog("INVITE"), {retry_after, reason, warning});
    std::cout << status << ' ' << phrase << ": " << d.next << "; tell the user: " << d.user_message << '\n';
}
