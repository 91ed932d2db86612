// sofia-sip: its status-line decoder sip_status_d(), and msg_make() on a bare response.
#include <sofia-sip/msg.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_protos.h>
#include <sofia-sip/su_alloc.h>

#include <cstdint>
#include <cstring>

#include "paths.hpp"

namespace sipcode_bench::adapters {
namespace {

// sip_status_d() splits its input in place with NULs and wants the line without its CRLF, as
// sofia's message parser hands it over: the line is copied into a scratch buffer first, and the
// copy is part of the cost.
template <class F>
bool with_status_d(std::string_view line, F&& f) {
    char buffer[1024];
    const std::size_t n = line.size() - 2;  // without CRLF
    if (n >= sizeof buffer) return false;
    std::memcpy(buffer, line.data(), n);
    buffer[n] = '\0';
    sip_status_t status[1];
    sip_status_init(status);
    if (sip_status_d(nullptr, reinterpret_cast<msg_header_t*>(status), buffer, static_cast<isize_t>(n)) < 0) {
        return false;
    }
    f(status->st_status, status->st_phrase);
    return true;
}

// msg_make() copies the bytes into a new message, parses it and returns it (with an error flag
// when parsing failed).
template <class F>
bool with_msg_make(const std::string& response, F&& f) {
    msg_t* msg = msg_make(sip_default_mclass(), 0, response.data(), static_cast<ssize_t>(response.size()));
    if (msg == nullptr) return false;
    const sip_t* sip = sip_object(msg);
    const bool ok = sip != nullptr && sip->sip_status != nullptr && !msg_has_error(msg);
    if (ok) f(sip->sip_status->st_status, sip->sip_status->st_phrase);
    msg_destroy(msg);
    return ok;
}

std::uint64_t digest(int code, const char* phrase) {
    return static_cast<std::uint64_t>(code) + reinterpret_cast<std::uintptr_t>(phrase);
}

std::uint64_t run_status_d(const input& in) {
    std::uint64_t d = 0;
    with_status_d(in.line, [&](int code, const char* phrase) { d = digest(code, phrase); });
    return d;
}
bool observe_status_d(const input& in, observed& out) {
    return with_status_d(in.line, [&](int code, const char* phrase) {
        out.code = code;
        out.phrase = phrase != nullptr ? phrase : "";
    });
}
std::uint64_t run_msg_make(const input& in) {
    std::uint64_t d = 0;
    with_msg_make(in.response, [&](int code, const char* phrase) { d = digest(code, phrase); });
    return d;
}
bool observe_msg_make(const input& in, observed& out) {
    return with_msg_make(in.response, [&](int code, const char* phrase) {
        out.code = code;
        out.phrase = phrase != nullptr ? phrase : "";
    });
}

}  // namespace

std::vector<line_path> sofia_lines() {
    return {
        {"sofia-sip sip_status_d", "copy line without CRLF to a C string, sip_status_d()", run_status_d,
         observe_status_d},
        {"sofia-sip msg_make", "msg_make(sip_default_mclass(), response), read sip_status, msg_destroy()",
         run_msg_make, observe_msg_make},
    };
}

}  // namespace sipcode_bench::adapters
