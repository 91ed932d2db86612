// oSIP2: osip_message_parse() on a bare response, and its phrase table osip_message_get_reason().
#include <osipparser2/osip_message.h>
#include <osipparser2/osip_parser.h>

#include <cstdint>

#include "paths.hpp"

namespace sipcode_bench::adapters {
namespace {

template <class F>
bool with_osip(const std::string& response, F&& f) {
    osip_message_t* msg = nullptr;
    if (osip_message_init(&msg) != 0) return false;
    const bool ok = osip_message_parse(msg, response.data(), response.size()) == 0 && msg->status_code > 0;
    if (ok) f(msg->status_code, msg->reason_phrase);
    osip_message_free(msg);
    return ok;
}

std::uint64_t run_parse(const input& in) {
    std::uint64_t d = 0;
    with_osip(in.response, [&](int code, const char* phrase) {
        d = static_cast<std::uint64_t>(code) + reinterpret_cast<std::uintptr_t>(phrase);
    });
    return d;
}
bool observe_parse(const input& in, observed& out) {
    return with_osip(in.response, [&](int code, const char* phrase) {
        out.code = code;
        out.phrase = phrase != nullptr ? phrase : "";
    });
}

std::uint64_t run_reason(std::uint16_t code) {
    return reinterpret_cast<std::uintptr_t>(osip_message_get_reason(code));
}
bool observe_reason(std::uint16_t code, std::string& phrase) {
    const char* p = osip_message_get_reason(code);
    if (p == nullptr) return false;
    phrase = p;
    return true;
}

}  // namespace

void init_osip() { parser_init(); }

std::vector<line_path> osip_lines() {
    return {{"oSIP2 osip_message_parse",
             "osip_message_init(), osip_message_parse(response), read status, osip_message_free()", run_parse,
             observe_parse}};
}

std::vector<lookup_path> osip_lookups() {
    return {{"oSIP2 osip_message_get_reason", "osip_message_get_reason(code)", run_reason, observe_reason}};
}

}  // namespace sipcode_bench::adapters
