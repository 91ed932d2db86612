// sipcode inside a real SIP stack: a sofia-sip NUA user agent places one call per case to a UAS
// (SIPp with uas.xml next to this file) and, for each final response, does what docs/sip-stacks.md
// teaches: it hands sipcode::decide() the status code as sofia reports it (an int), the request
// (an INVITE outside a dialog, or the BYE inside one) and the Retry-After, Reason and Warning values
// re-encoded to text from sofia's parsed header objects, and prints what to do and what to say.
//
//   sipcode_sofia_uac <host:port of the UAS>
//
// Every request goes to that address as outbound proxy, while the URIs name sipcode.invalid (a
// name that never resolves, RFC 6761), so nothing the program prints depends on a port: a test
// compares the output with expected-output.txt. Loopback only; it gives up after 20 s.
//
// The sofia-sip pitfalls this program handles (docs/sip-stacks.md has them all):
//  * NUA follows a 3xx by itself (and restarts after some other codes) up to NUTAG_RETRY_COUNT()
//    times, 3 by default; the application then never sees the 302, only the outcome of the
//    redirected request. NUTAG_RETRY_COUNT(0) hands every final response to the application.
//  * A 401/407 challenge is reported to the application (nua_r_invite, status 401); NUA resends
//    only once it is given credentials with nua_authenticate().
//  * NUA makes up responses of its own, as RFC 3261 s8.1.3.1 says: 503 when the request cannot
//    be sent (a transport error, an ICMP "port unreachable"), 408 when no response comes. They
//    arrive like a peer's response, with a message NUA built (`sip` is not NULL). Its own errors
//    use statuses 900 and up, which sipcode classifies as invalid (step none).
//  * sofia parses header fields into objects and splits comma-separated values (Reason, Warning)
//    into a list of objects: re-encode each with sip_header_as_string() and join them with ", "
//    to get the field as the peer sent it; handing over only the first object loses the rest.
//  * sofia looks header fields up by NUL-terminated name: sipcode::header_name_c(), as the views
//    header_name() returns carry no terminator by contract.
#include <sipcode/decision.hpp>
#include <sipcode/q850.hpp>

#include <sofia-sip/msg_header.h>
#include <sofia-sip/msg_mclass.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/su_alloc.h>
#include <sofia-sip/su_wait.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>

namespace {

// The second language: a few codes and every class, no English fallback (no language mix).
constexpr sipcode::message_entry german_entries[] = {
    {401, "Ihr Konto konnte nicht bestätigt werden."},
    {404, "Diese Nummer ist nicht vergeben."},
    {480, "Der Teilnehmer ist zurzeit nicht erreichbar."},
    {486, "Besetzt."},
    {503, "Der Dienst ist vorübergehend nicht verfügbar."},
    {606, "Der Teilnehmer kann diese Art von Anruf nicht annehmen."},
};
constexpr sipcode::message_catalog german{
    german_entries,
    {"Anruf fehlgeschlagen.", "Verbindung wird aufgebaut.", "Erledigt.", "Ihr Anruf wird umgeleitet.",
     "Der Anruf konnte nicht durchgestellt werden.", "Netzwerkfehler. Bitte versuchen Sie es erneut.",
     "Der Anruf kann nicht durchgestellt werden."},
    nullptr};

// One call: the user part of the Request-URI picks the UAS's answer (uas.xml).
constexpr const char* callees[] = {"busy", "gateway", "moved", "secret", "nobody",
                                   "away", "vendor",  "fax",   "answer"};

struct app {
    su_home_t home[1] = {SU_HOME_INIT(home)};
    su_root_t* root = nullptr;
    nua_t* nua = nullptr;
    bool call_over = false;
    bool shut_down = false;
    int failures = 0;
};

// Any of sofia's header structs, as the generic header union its functions take.
template <class Header>
const sip_header_t* as_header(const Header* h) {
    return reinterpret_cast<const sip_header_t*>(h);
}

// A header field's value as text: every object sofia split the field into, re-encoded and joined
// with ", ", so a comma-separated Reason or Warning reaches decide() whole. "" when absent.
std::string field_text(su_home_t* home, const sip_header_t* h) {
    std::string text;
    for (; h != nullptr; h = h->sh_next) {
        char* value = sip_header_as_string(home, h);
        if (value == nullptr) continue;
        if (!text.empty()) text += ", ";
        text += value;
        su_free(home, value);
    }
    return text;
}

// The header field sipcode names, looked up in sofia's message by name: sipcode knows which fields
// guide the next step; sofia finds them by a NUL-terminated name.
const sip_header_t* find_field(const sip_t* sip, sipcode::header_field field) {
    const msg_mclass_t* mclass = sip_default_mclass();
    const msg_href_t* ref = msg_find_hclass(mclass, sipcode::header_name_c(field), nullptr);
    if (ref == nullptr || ref->hr_class == nullptr || ref->hr_class->hc_name == nullptr ||
        sipcode::header_name(field) != ref->hr_class->hc_name) {
        return nullptr;  // a field this sofia does not parse
    }
    msg_header_t** slot = msg_hclass_offset(mclass, reinterpret_cast<const msg_pub_t*>(sip), ref->hr_class);
    return slot != nullptr ? as_header(*slot) : nullptr;
}

std::string seconds(std::chrono::milliseconds ms) {
    return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(ms).count()) + " s";
}

// What sipcode decided, in one fixed block of lines.
void report(app& a, const char* request, const sipcode::request_context& context, int status,
            const char* phrase, const sip_t* sip) {
    std::printf("%s -> %d %s\n", request, status, phrase != nullptr ? phrase : "");
    if (sip == nullptr) std::printf("  (an event without a message)\n");  // NUA's own errors

    // sofia's parsed header objects, back to text; "" for a field the response did not carry.
    const std::string retry_after = sip != nullptr ? field_text(a.home, as_header(sip->sip_retry_after)) : "";
    const std::string reason = sip != nullptr ? field_text(a.home, as_header(sip->sip_reason)) : "";
    const std::string warning = sip != nullptr ? field_text(a.home, as_header(sip->sip_warning)) : "";

    const sipcode::decision d = sipcode::decide(status, context, {retry_after, reason, warning});

    if (!d.classified.registered && d.classified.valid()) {
        const std::string_view x00 = sipcode::reason_phrase(d.classified.effective);
        std::printf("  not registered: acted on as %u %.*s\n", d.classified.effective,
                    static_cast<int>(x00.size()), x00.data());
    }
    // The fields decide() was given, then any other field sipcode says guides the next step.
    const auto show = [](std::string_view name, const std::string& value) {
        if (!value.empty()) {
            std::printf("  %.*s: %s\n", static_cast<int>(name.size()), name.data(), value.c_str());
        }
    };
    show("Retry-After", retry_after);
    show("Reason", reason);
    show("Warning", warning);
    if (sip != nullptr) {
        for (const sipcode::header_field field : d.classified.next.response_headers) {
            if (field == sipcode::header_field::retry_after || field == sipcode::header_field::reason ||
                field == sipcode::header_field::warning) {
                continue;
            }
            show(sipcode::header_name(field), field_text(a.home, find_field(sip, field)));
        }
    }

    const sipcode::advice& next = d.next;
    std::string step(sipcode::to_string(next.step));
    if (next.has_delay) {
        step += " in " + seconds(next.delay_min);
        if (next.delay_max != next.delay_min) step += " to " + seconds(next.delay_max);
    }
    if (next.avoid_server_for.count() > 0) {
        step += ", avoid this server for " + std::to_string(next.avoid_server_for.count()) + " s";
    }
    if (next.has_duration) {
        step += ", then reachable for " + std::to_string(next.available_for.count()) + " s";
    }
    if (next.send_bye) step += ", send BYE";
    const std::string_view dialog = sipcode::to_string(next.dialog);
    std::printf("  next: %s; dialog: %.*s\n", step.c_str(), static_cast<int>(dialog.size()), dialog.data());

    if (d.release_cause != 0) {
        const std::string_view name = sipcode::q850_cause_name(d.release_cause);
        std::printf("  release cause: %u (%.*s)%s\n", d.release_cause, static_cast<int>(name.size()),
                    name.data(), d.has_q850 ? ", from the Reason" : "");
    }
    if (d.defect != sipcode::field_errc::ok) {
        std::printf("  ignored a bad %.*s field\n", static_cast<int>(d.defective_field.size()),
                    d.defective_field.data());
    }
    const std::string_view de = sipcode::user_message(d.classified, german);
    std::printf("  en: %.*s\n  de: %.*s\n", static_cast<int>(d.user_message.size()), d.user_message.data(),
                static_cast<int>(de.size()), de.data());
}

void on_event(nua_event_t event, int status, char const* phrase, nua_t*, nua_magic_t* magic, nua_handle_t* nh,
              nua_hmagic_t*, sip_t const* sip, tagi_t*) {
    app& a = *static_cast<app*>(magic);
    switch (event) {
        case nua_r_invite:
            if (status < 200) return;  // provisional: keep waiting
            report(a, "INVITE", sipcode::out_of_dialog("INVITE"), status, phrase, sip);
            if (status < 300) {
                nua_bye(nh, TAG_END());  // NUA sent the ACK itself (NUTAG_AUTOACK, on by default)
            } else {
                a.call_over = true;  // the transaction layer ACKed the failure; the handle waits for nothing
            }
            return;
        case nua_r_bye:
            if (status < 200) return;
            report(a, "BYE", sipcode::in_dialog("BYE"), status, phrase, sip);
            a.call_over = true;
            return;
        case nua_r_shutdown:
            if (status >= 200) a.shut_down = true;
            return;
        default:
            return;
    }
}

// Runs the event loop until `done` or the deadline; false on timeout.
template <class Done>
bool run_until(app& a, Done done, std::chrono::steady_clock::time_point deadline) {
    while (!done()) {
        if (std::chrono::steady_clock::now() >= deadline) return false;
        su_root_step(a.root, 100);
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <host:port of the UAS>\n", argv[0]);
        return 2;
    }
    const std::string proxy = std::string("sip:") + argv[1] + ";transport=udp";
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);

    su_init();
    app a;
    su_home_init(a.home);
    a.root = su_root_create(nullptr);
    a.nua = nua_create(a.root, on_event, &a,
                       NUTAG_URL("sip:127.0.0.1:*;transport=udp"),  // loopback, a port the kernel picks
                       NUTAG_PROXY(proxy.c_str()),  // every request goes there, whatever its URI
                       NUTAG_RETRY_COUNT(0),        // report every final response; follow no 3xx by itself
                       NUTAG_MEDIA_ENABLE(0),       // no SDP: this is about signalling
                       TAG_END());
    if (a.nua == nullptr) {
        std::fprintf(stderr, "nua_create failed\n");
        return 1;
    }

    for (const char* callee : callees) {
        const std::string target = std::string("sip:") + callee + "@sipcode.invalid";
        nua_handle_t* nh = nua_handle(a.nua, nullptr, SIPTAG_TO_STR(target.c_str()), TAG_END());
        a.call_over = false;
        nua_invite(nh, TAG_END());
        const auto call_over = [&] { return a.call_over; };
        if (!run_until(a, call_over, deadline)) {
            std::fprintf(stderr, "no final response for %s in time\n", target.c_str());
            a.failures++;
        }
        nua_handle_destroy(nh);
        if (a.failures != 0) break;
    }

    nua_shutdown(a.nua);
    const auto shut_down = [&] { return a.shut_down; };
    run_until(a, shut_down, std::chrono::steady_clock::now() + std::chrono::seconds(5));
    nua_destroy(a.nua);
    su_root_destroy(a.root);
    su_home_deinit(a.home);
    su_deinit();
    return a.failures == 0 ? 0 : 1;
}
