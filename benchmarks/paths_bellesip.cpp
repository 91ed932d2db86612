// belle-sip: belle_sip_message_parse() on a bare response, and its table of well-known phrases.
#include <belle-sip/belle-sip.h>

#include <cstdint>
#include <cstring>

#include "paths.hpp"

// belle-sip exports its phrase table lookup (libbellesip.so, default visibility) but declares it only
// in an internal header; this is that declaration, the one name not taken from a public header.
extern "C" const char* belle_sip_get_well_known_reason_phrase(int status_code);

namespace sipcode_bench::adapters {
namespace {

template <class F>
bool with_bellesip(const std::string& response, F&& f) {
    belle_sip_message_t* msg = belle_sip_message_parse(response.c_str());
    if (msg == nullptr) return false;
    const bool ok = !belle_sip_message_is_request(msg);
    if (ok) {
        const belle_sip_response_t* resp = BELLE_SIP_RESPONSE(msg);
        f(belle_sip_response_get_status_code(resp), belle_sip_response_get_reason_phrase(resp));
    }
    belle_sip_object_unref(msg);
    return ok;
}

std::uint64_t run_parse(const input& in) {
    std::uint64_t d = 0;
    with_bellesip(in.response, [&](int code, const char* phrase) {
        d = static_cast<std::uint64_t>(code) + reinterpret_cast<std::uintptr_t>(phrase);
    });
    return d;
}
bool observe_parse(const input& in, observed& out) {
    return with_bellesip(in.response, [&](int code, const char* phrase) {
        out.code = code;
        out.phrase = phrase != nullptr ? phrase : "";  // an empty phrase comes back as NULL
    });
}

// The table answers "Unknown reason" for a code it does not hold.
constexpr const char* unknown = "Unknown reason";

std::uint64_t run_reason(std::uint16_t code) {
    return reinterpret_cast<std::uintptr_t>(belle_sip_get_well_known_reason_phrase(code));
}
bool observe_reason(std::uint16_t code, std::string& phrase) {
    const char* p = belle_sip_get_well_known_reason_phrase(code);
    if (p == nullptr || std::strcmp(p, unknown) == 0) return false;
    phrase = p;
    return true;
}

}  // namespace

void init_bellesip() {
    // Quiet: the benchmark does not want a log line per message.
    belle_sip_set_log_level(BELLE_SIP_LOG_FATAL);
}

std::vector<line_path> bellesip_lines() {
    return {{"belle-sip belle_sip_message_parse",
             "belle_sip_message_parse(response), read status and phrase, belle_sip_object_unref()", run_parse,
             observe_parse}};
}

std::vector<lookup_path> bellesip_lookups() {
    return {{"belle-sip well-known reason", "belle_sip_get_well_known_reason_phrase(code)", run_reason,
             observe_reason}};
}

}  // namespace sipcode_bench::adapters
