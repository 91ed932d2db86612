// libre (libre-dev): the response handler gets msg->scode (uint16_t), msg->reason and every header
// value as a struct pl, a pointer and a length into the received buffer: a std::string_view, no
// copy. Comma-separated values become one sip_hdr each.
#include <sipcode/decision.hpp>
#include <sipcode/ostream.hpp>

#include <cerrno>
#include <cstdint>  // before re.h, which uses the fixed-width types without including it

#include <re.h>

#include <iostream>
#include <string>
#include <string_view>

namespace {

std::string_view view(const pl& p) { return {p.p, p.l}; }

// A sip_hdr_h: "bool" spelt out, as without HAVE_STDBOOL_H re.h defines false and true as ints.
bool append_value(const sip_hdr* h, const sip_msg*, void* text) {
    auto& out = *static_cast<std::string*>(text);
    out += (out.empty() ? "" : ", ") + std::string(view(h->val));
    return false;  // keep going
}

std::string field_text(const sip_msg* msg, sip_hdrid id) {
    std::string text;
    sip_msg_hdr_apply(msg, true, id, append_value, &text);
    return text;
}

}  // namespace

// A sip_resp_h for an INVITE sent outside a dialog. Without a response (err set, msg may be NULL),
// RFC 3261 s8.1.3.1 says what it counts as: a timeout as 408, a transport error as 503.
void on_invite_response(int err, const sip_msg* msg, void*) {
    if (err != 0 || msg == nullptr) {
        const int code = err == ETIMEDOUT ? 408 : 503;
        std::cout << "no response: " << sipcode::decide(code, sipcode::out_of_dialog("INVITE")).next << '\n';
        return;
    }
    if (msg->scode < 200) return;
    const std::string retry_after = field_text(msg, SIP_HDR_RETRY_AFTER);
    const std::string reason = field_text(msg, SIP_HDR_REASON);
    const std::string warning = field_text(msg, SIP_HDR_WARNING);

    const sipcode::decision d =
        sipcode::decide(msg->scode, sipcode::out_of_dialog("INVITE"), {retry_after, reason, warning});
    std::cout << msg->scode << ' ' << view(msg->reason) << ": " << d.next
              << "; tell the user: " << d.user_message << '\n';
}
