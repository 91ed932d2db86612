// Shared by the fuzz targets: a check that stops the run with a message, and the invariants every
// parse_status_line() result and every classification must satisfy, whatever the input.
#ifndef SIPCODE_FUZZ_CHECK_HPP
#define SIPCODE_FUZZ_CHECK_HPP

#include <sipcode/sipcode.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

/** Aborts (which libFuzzer reports as a crash, with the input saved) when `cond` is false. */
#define SIPCODE_FUZZ_CHECK(cond) ((cond) ? (void)0 : ::sipcode_fuzz::failed(#cond, __FILE__, __LINE__))

namespace sipcode_fuzz {

[[noreturn]] inline void failed(const char* what, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
    std::abort();
}

inline std::string_view as_view(const std::uint8_t* data, std::size_t size) {
    return size == 0 ? std::string_view() : std::string_view(reinterpret_cast<const char*>(data), size);
}

/** `part` lies inside `whole` (an empty view may also be a default-constructed one). */
inline bool inside(std::string_view part, std::string_view whole) {
    if (part.data() == nullptr) return part.empty();
    const auto p = reinterpret_cast<std::uintptr_t>(part.data());
    const auto w = reinterpret_cast<std::uintptr_t>(whole.data());
    return p >= w && p - w <= whole.size() && part.size() <= whole.size() - (p - w);
}

inline std::size_t offset_in(std::string_view part, std::string_view whole) {
    return static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(part.data()) -
                                    reinterpret_cast<std::uintptr_t>(whole.data()));
}

/** classify(code) agrees with find(code) and with RFC 3261 s8.1.3.2. */
inline void check_classification(std::uint16_t code) {
    const sipcode::classification c = sipcode::classify(code);
    const sipcode::status_info* row = sipcode::find(code);
    SIPCODE_FUZZ_CHECK(c.code == code);
    SIPCODE_FUZZ_CHECK(c.info == row);
    SIPCODE_FUZZ_CHECK(c.registered == (row != nullptr));
    SIPCODE_FUZZ_CHECK(sipcode::is_registered(code) == (row != nullptr));
    SIPCODE_FUZZ_CHECK(c.valid() == (code >= 100 && code <= 699));
    SIPCODE_FUZZ_CHECK(c.is_final == (code >= 200 && code <= 699));
    if (row != nullptr) {
        SIPCODE_FUZZ_CHECK(row->code == code);
        SIPCODE_FUZZ_CHECK(row->reason == sipcode::reason_phrase(code));
        SIPCODE_FUZZ_CHECK(row->cls == c.cls);
    } else {
        SIPCODE_FUZZ_CHECK(sipcode::reason_phrase(code).empty());
    }
    if (!c.valid()) {
        SIPCODE_FUZZ_CHECK(c.effective == 0);
        return;
    }
    std::uint16_t effective = code;
    if (code == 202) {
        effective = 200;
    } else if (row == nullptr) {
        effective = code < 200 ? 183 : static_cast<std::uint16_t>(code / 100 * 100);
    }
    SIPCODE_FUZZ_CHECK(c.effective == effective);
    const sipcode::status_info* acted = sipcode::find(effective);
    SIPCODE_FUZZ_CHECK(acted != nullptr);
    SIPCODE_FUZZ_CHECK(c.next.uac == acted->next.uac && c.next.proxy == acted->next.proxy);
}

inline bool control_octet(unsigned char c) { return (c < 0x20 && c != '\t') || c == 0x7F; }

/** What parse_status_line() promises about any result for `in` in `mode`. */
inline void check_parse_result(std::string_view in, sipcode::parse_mode mode,
                               const sipcode::parse_result& r) {
    using sipcode::parse_errc;
    SIPCODE_FUZZ_CHECK(r.consumed <= in.size());
    SIPCODE_FUZZ_CHECK(static_cast<std::size_t>(r.ec) < sipcode::parse_errc_count);
    SIPCODE_FUZZ_CHECK(sipcode::to_string(r.ec) != "unknown");
    SIPCODE_FUZZ_CHECK(!sipcode::describe(r.ec).empty());
    SIPCODE_FUZZ_CHECK(static_cast<bool>(r) == (r.ec == parse_errc::ok));
    SIPCODE_FUZZ_CHECK(inside(r.line.version, in));
    SIPCODE_FUZZ_CHECK(inside(r.line.reason, in));
    if (r) {
        SIPCODE_FUZZ_CHECK(r.consumed > 0);
        SIPCODE_FUZZ_CHECK(r.line.code >= 100 && r.line.code <= 699);
        SIPCODE_FUZZ_CHECK(r.line.version.size() == 7 && r.line.version.substr(3) == "/2.0");
        SIPCODE_FUZZ_CHECK(offset_in(r.line.reason, in) + r.line.reason.size() <= r.consumed);
        for (const char ch : r.line.reason)
            SIPCODE_FUZZ_CHECK(!control_octet(static_cast<unsigned char>(ch)));
        if (mode == sipcode::parse_mode::strict) {
            SIPCODE_FUZZ_CHECK(r.consumed >= 2 && in.substr(r.consumed - 2, 2) == "\r\n");
            SIPCODE_FUZZ_CHECK(offset_in(r.line.reason, in) + r.line.reason.size() == r.consumed - 2);
        }
    } else {
        SIPCODE_FUZZ_CHECK(r.line.reason.empty());
        if (r.ec == parse_errc::incomplete) SIPCODE_FUZZ_CHECK(r.consumed == in.size());
        if (r.ec == parse_errc::nul_byte) SIPCODE_FUZZ_CHECK(in[r.consumed] == '\0');
        if (r.ec == parse_errc::bare_cr) SIPCODE_FUZZ_CHECK(in[r.consumed] == '\r');
        if (mode == sipcode::parse_mode::lenient) {
            // the errors parse_errc documents as strict-only
            SIPCODE_FUZZ_CHECK(r.ec != parse_errc::leading_empty_line && r.ec != parse_errc::extra_space &&
                               r.ec != parse_errc::bad_phrase_char && r.ec != parse_errc::bad_escape &&
                               r.ec != parse_errc::bad_utf8 && r.ec != parse_errc::bare_lf);
        }
    }
    check_classification(r.line.code);
    SIPCODE_FUZZ_CHECK(sipcode::classify(r.line).code == r.line.code);
}

}  // namespace sipcode_fuzz

#endif
