// sipcode internal: the octet classes and the UTF-8 rule every parser shares (the status-line
// parser, the header field value parsers, escape_copy and the formatters).
//
// One 256-entry table holds a set of class bits per octet; every predicate below is one load and
// one test. The classes are the ones of RFC 3261 s25.1:
//     digit, hex (HEXDIG), alpha, token char   token = 1*(alphanum / "-" / "." / "!" / "%" / "*"
//                                                        / "_" / "+" / "`" / "'" / "~")
//     ws        SP / HTAB (WSP)
//     control   %x00-08 / %x0A-1F / %x7F: every C0 control but HTAB, and DEL (NUL, CR, LF included)
//     phrase    what Reason-Phrase takes on its own: reserved / unreserved / SP / HTAB / UTF8-CONT
//               (reserved = ";" / "/" / "?" / ":" / "@" / "&" / "=" / "+" / "$" / ",";
//                unreserved = alphanum / mark; mark = "-" / "_" / "." / "!" / "~" / "*" / "'" / "(" / ")")
//     ipv6      what an IPv6reference holds between its brackets: HEXDIG / ":" / "."
// UTF-8: RFC 3261's UTF8-NONASCII (lead octets C0..FD with 1 to 5 UTF8-CONT octets) is the one follow
// rule; utf8_length() narrows it to the four-octet sequences of RFC 3629 for the printers.
#ifndef SIPCODE_DETAIL_LEXER_HPP
#define SIPCODE_DETAIL_LEXER_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sipcode {
namespace detail {

enum char_class : std::uint8_t {
    cc_digit = 1U << 0,
    cc_hex = 1U << 1,
    cc_alpha = 1U << 2,
    cc_token = 1U << 3,
    cc_ws = 1U << 4,
    cc_control = 1U << 5,
    cc_phrase = 1U << 6,
    cc_ipv6 = 1U << 7,
};

/** The class bits of every octet, written out so that no translation unit evaluates a builder
 *  (constant evaluation is slow). tests/detail/lexer_test.cpp derives each class from its definition
 *  above and compares all 256 entries. */
inline constexpr std::array<std::uint8_t, 256> char_classes = {{
    0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x50, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20,  // 0x00..0x0F
    0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20,  // 0x10..0x1F
    0x50, 0x48, 0x00, 0x00, 0x40, 0x08, 0x40, 0x48, 0x40, 0x40, 0x48, 0x48, 0x40, 0x48, 0xC8, 0x40,  // 0x20..0x2F
    0xCB, 0xCB, 0xCB, 0xCB, 0xCB, 0xCB, 0xCB, 0xCB, 0xCB, 0xCB, 0xC0, 0x40, 0x00, 0x40, 0x00, 0x40,  // 0x30..0x3F
    0x40, 0xCE, 0xCE, 0xCE, 0xCE, 0xCE, 0xCE, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C,  // 0x40..0x4F
    0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x00, 0x00, 0x00, 0x00, 0x48,  // 0x50..0x5F
    0x08, 0xCE, 0xCE, 0xCE, 0xCE, 0xCE, 0xCE, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C,  // 0x60..0x6F
    0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x4C, 0x00, 0x00, 0x00, 0x48, 0x20,  // 0x70..0x7F
    0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40,  // 0x80..0x8F
    0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40,  // 0x90..0x9F
    0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40,  // 0xA0..0xAF
    0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40,  // 0xB0..0xBF
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // 0xC0..0xCF
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // 0xD0..0xDF
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // 0xE0..0xEF
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // 0xF0..0xFF
}};

constexpr unsigned char octet(std::string_view s, std::size_t i) noexcept { return static_cast<unsigned char>(s[i]); }
constexpr bool has_class(unsigned char c, unsigned classes) noexcept { return (char_classes[c] & classes) != 0; }
constexpr bool is_digit(unsigned char c) noexcept { return has_class(c, cc_digit); }
constexpr bool is_hex(unsigned char c) noexcept { return has_class(c, cc_hex); }
constexpr bool is_alpha(unsigned char c) noexcept { return has_class(c, cc_alpha); }
constexpr bool is_token_char(unsigned char c) noexcept { return has_class(c, cc_token); }
constexpr bool is_ws(unsigned char c) noexcept { return has_class(c, cc_ws); }
constexpr bool is_control(unsigned char c) noexcept { return has_class(c, cc_control); }
constexpr bool is_phrase_char(unsigned char c) noexcept { return has_class(c, cc_phrase); }
constexpr bool is_ipv6_char(unsigned char c) noexcept { return has_class(c, cc_ipv6); }
constexpr bool is_line_end(unsigned char c) noexcept { return c == '\r' || c == '\n'; }
constexpr bool is_utf8_cont(unsigned char c) noexcept { return c >= 0x80 && c <= 0xBF; }

/** How many UTF8-CONT octets follow a non-ASCII lead octet under RFC 3261's UTF8-NONASCII, or -1
 *  when it cannot start a sequence (a continuation octet, 0xFE, 0xFF). */
constexpr int utf8_follow(unsigned char lead) noexcept {
    if (lead >= 0xC0 && lead <= 0xDF) return 1;
    if (lead >= 0xE0 && lead <= 0xEF) return 2;
    if (lead >= 0xF0 && lead <= 0xF7) return 3;
    if (lead >= 0xF8 && lead <= 0xFB) return 4;
    if (lead >= 0xFC && lead <= 0xFD) return 5;
    return -1;
}

/** The octets of a sequence led by `lead` as far as the lead octet tells, within RFC 3629's four
 *  octets: 1 for ASCII, 2..4 for a lead octet of such a sequence, 0 for any other octet. */
constexpr std::size_t utf8_length(unsigned char lead) noexcept {
    if (lead < 0x80) return 1;
    const int follow = utf8_follow(lead);
    return follow >= 1 && follow <= 3 ? static_cast<std::size_t>(follow) + 1 : 0;
}

/** A UTF8-NONASCII sequence at s[i]: `end` is just past it when ok; for a `bad` sequence (a lead
 *  octet that cannot lead, or a missing continuation octet) `end` is i; when the input ends inside
 *  the sequence, `truncated` and `end` is s.size(). */
struct utf8_scan {
    enum outcome : std::uint8_t { ok, bad, truncated };
    std::size_t end;
    outcome result;
};

constexpr utf8_scan scan_utf8_nonascii(std::string_view s, std::size_t i) noexcept {
    const int follow = utf8_follow(octet(s, i));
    if (follow < 0) return {i, utf8_scan::bad};
    for (std::size_t k = 1; k <= static_cast<std::size_t>(follow); ++k) {
        if (i + k >= s.size()) return {s.size(), utf8_scan::truncated};
        if (!is_utf8_cont(octet(s, i + k))) return {i, utf8_scan::bad};
    }
    return {i + static_cast<std::size_t>(follow) + 1, utf8_scan::ok};
}

/** The one failure helper of every parser: `r` with its error and the offset of the defect. */
template <class Result, class Errc>
constexpr Result fail(Result r, Errc ec, std::size_t at) noexcept {
    r.ec = ec;
    r.consumed = at;
    return r;
}

}  // namespace detail
}  // namespace sipcode

#endif  // SIPCODE_DETAIL_LEXER_HPP
