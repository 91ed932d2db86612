// sipcode: printing text that came from the network without letting it forge log lines.
//
//   template <class OutputIt> constexpr OutputIt escape_copy(std::string_view text, OutputIt out);
//   constexpr std::size_t escaped_size(std::string_view text) noexcept;
//   constexpr utf8_char decode_utf8(std::string_view text, std::size_t pos) noexcept;
//
// A reason phrase is chosen by whoever sent the response. Printed raw, a CR LF in it starts a fake
// log line, an ESC drives the terminal, and a bidi override reorders what a reader sees. escape_copy
// writes `text` so that none of that survives:
//   - printable ASCII (0x20..0x7E) is copied, except '\' which becomes "\\";
//   - HTAB, CR and LF become "\t", "\r", "\n"; every other C0 control and DEL become "\xHH";
//   - a well-formed UTF-8 sequence (RFC 3629: shortest form, no surrogates, at most U+10FFFF) is
//     copied, unless it encodes a C1 control (U+0080..U+009F), a line or paragraph separator
//     (U+2028, U+2029) or a bidirectional formatting character (U+061C, U+200E, U+200F,
//     U+202A..U+202E, U+2066..U+2069): those become "\u{XXXX}";
//   - every octet of an ill-formed sequence becomes "\xHH".
// The output is printable ASCII plus harmless UTF-8, has no line break, and maps distinct inputs to
// distinct outputs. escaped_size() is the number of chars escape_copy writes, so a formatter can pad
// without a buffer. Neither allocates; escape_copy is noexcept when writing to `out` is.
// decode_utf8() is the well-formedness rule escape_copy applies, for writers of other escapes (JSON).
#ifndef SIPCODE_ESCAPE_HPP
#define SIPCODE_ESCAPE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "detail/lexer.hpp"

namespace sipcode {

/** One UTF-8 sequence: its length in octets and the code point it encodes. */
struct utf8_char {
    std::size_t size = 0;         ///< 0: no well-formed sequence starts here
    std::uint32_t code_point = 0;
};

/** The well-formed UTF-8 sequence (RFC 3629: shortest form, no surrogates, at most U+10FFFF) that
 *  starts at text[pos]: size 1 for an ASCII octet, 2 to 4 for a multi-octet sequence, 0 when the
 *  octets there are ill-formed or pos is past the end. */
constexpr utf8_char decode_utf8(std::string_view text, std::size_t pos) noexcept {
    if (pos >= text.size()) return {};
    const unsigned char lead = detail::octet(text, pos);
    const std::size_t len = detail::utf8_length(lead);
    if (len == 1) return {1, lead};
    if (len == 0 || text.size() - pos < len) return {};
    std::uint32_t cp = lead & (0x7Fu >> len);
    for (std::size_t k = 1; k < len; ++k) {
        const unsigned char c = detail::octet(text, pos + k);
        if (!detail::is_utf8_cont(c)) return {};
        cp = (cp << 6) | (c & 0x3Fu);
    }
    constexpr std::uint32_t shortest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < shortest[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
    return {len, cp};
}

namespace detail {

constexpr bool is_invisible_control(std::uint32_t cp) noexcept {
    return (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F || cp == 0x2028 ||
           cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

constexpr char hex_digit(std::uint32_t v) noexcept {
    return "0123456789ABCDEF"[v & 0xFu];
}

}  // namespace detail

/** Writes `text` escaped (rules above) to `out`; returns the iterator past the last char written. */
template <class OutputIt>
constexpr OutputIt escape_copy(std::string_view text, OutputIt out) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F) {
            if (c == '\\') *out++ = '\\';
            *out++ = static_cast<char>(c);
            ++i;
            continue;
        }
        if (c == '\t' || c == '\r' || c == '\n') {
            *out++ = '\\';
            *out++ = c == '\t' ? 't' : (c == '\r' ? 'r' : 'n');
            ++i;
            continue;
        }
        const utf8_char u = c >= 0x80 ? decode_utf8(text, i) : utf8_char{};
        const std::uint32_t cp = u.code_point;
        const std::size_t len = u.size;
        if (len == 0) {
            *out++ = '\\';
            *out++ = 'x';
            *out++ = detail::hex_digit(c >> 4u);
            *out++ = detail::hex_digit(c);
            ++i;
        } else if (detail::is_invisible_control(cp)) {
            *out++ = '\\';
            *out++ = 'u';
            *out++ = '{';
            for (unsigned shift = 12;; shift -= 4) {
                *out++ = detail::hex_digit(cp >> shift);
                if (shift == 0) break;
            }
            *out++ = '}';
            i += len;
        } else {
            for (std::size_t k = 0; k < len; ++k) *out++ = text[i + k];
            i += len;
        }
    }
    return out;
}

/** The number of chars escape_copy(text, out) writes. */
constexpr std::size_t escaped_size(std::string_view text) noexcept {
    std::size_t n = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F) {
            n += c == '\\' ? 2 : 1;
            ++i;
        } else if (c == '\t' || c == '\r' || c == '\n') {
            n += 2;
            ++i;
        } else {
            const utf8_char u = c >= 0x80 ? decode_utf8(text, i) : utf8_char{};
            const std::size_t len = u.size;
            if (len == 0) {
                n += 4;
                ++i;
            } else {
                n += detail::is_invisible_control(u.code_point) ? 8 : len;
                i += len;
            }
        }
    }
    return n;
}

/** True when escape_copy would copy `text` unchanged. */
constexpr bool is_safe_to_print(std::string_view text) noexcept { return escaped_size(text) == text.size(); }

}  // namespace sipcode

#endif  // SIPCODE_ESCAPE_HPP
