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

constexpr bool in_set(unsigned c, std::string_view set) noexcept {
    for (const char m : set) {
        if (static_cast<unsigned char>(m) == c) return true;
    }
    return false;
}

constexpr std::array<std::uint8_t, 256> make_char_classes() noexcept {
    std::array<std::uint8_t, 256> t{};
    for (unsigned c = 0; c < 256; ++c) {
        const bool digit = c >= '0' && c <= '9';
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool hex = digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        unsigned k = 0;
        if (digit) k |= cc_digit;
        if (hex) k |= cc_hex | cc_ipv6;
        if (alpha) k |= cc_alpha;
        if (digit || alpha || in_set(c, "-.!%*_+`'~")) k |= cc_token;
        if (c == ' ' || c == '\t') k |= cc_ws;
        if ((c < 0x20 && c != '\t') || c == 0x7F) k |= cc_control;
        if (digit || alpha || in_set(c, ";/?:@&=+$,") || in_set(c, "-_.!~*'()") || c == ' ' || c == '\t' ||
            (c >= 0x80 && c <= 0xBF)) {
            k |= cc_phrase;
        }
        if (c == ':' || c == '.') k |= cc_ipv6;
        t[c] = static_cast<std::uint8_t>(k);
    }
    return t;
}

/** The class bits of every octet. */
inline constexpr std::array<std::uint8_t, 256> char_classes = make_char_classes();

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
