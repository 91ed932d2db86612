// The shared lexer (detail/lexer.hpp): the written-out octet-class table against the definition of
// each class, and the UTF-8 rules against the code they replaced in the status-line parser, the
// header field parsers, escape_copy and the formatters.
#include <sipcode/escape.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace {

bool one_of(unsigned c, std::string_view set) { return set.find(static_cast<char>(c)) != std::string_view::npos; }

unsigned expected_classes(unsigned c) {
    namespace d = sipcode::detail;
    const bool digit = c >= '0' && c <= '9';
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool hex = digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    unsigned k = 0;
    if (digit) k |= d::cc_digit;
    if (hex) k |= d::cc_hex;
    if (alpha) k |= d::cc_alpha;
    // RFC 3261 s25.1 token
    if (digit || alpha || one_of(c, "-.!%*_+`'~")) k |= d::cc_token;
    if (c == ' ' || c == '\t') k |= d::cc_ws;
    if ((c < 0x20 && c != '\t') || c == 0x7F) k |= d::cc_control;
    // Reason-Phrase on its own: reserved / unreserved / SP / HTAB / UTF8-CONT (escaped and
    // UTF8-NONASCII lead octets are checked by the parser)
    if (digit || alpha || one_of(c, ";/?:@&=+$,") || one_of(c, "-_.!~*'()") || c == ' ' || c == '\t' ||
        (c >= 0x80 && c <= 0xBF)) {
        k |= d::cc_phrase;
    }
    // IPv6reference between its brackets
    if (hex || c == ':' || c == '.') k |= d::cc_ipv6;
    return k;
}

// The decoder escape.hpp had before decode_utf8, kept here as the reference.
std::size_t old_utf8_sequence(std::string_view text, std::size_t i, std::uint32_t& cp) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t len = 0;
    std::uint32_t min = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        len = 2;
        cp = lead & 0x1Fu;
        min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        len = 3;
        cp = lead & 0x0Fu;
        min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        len = 4;
        cp = lead & 0x07u;
        min = 0x10000;
    } else {
        return 0;
    }
    if (text.size() - i < len) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto c = static_cast<unsigned char>(text[i + k]);
        if ((c & 0xC0u) != 0x80u) return 0;
        cp = (cp << 6) | (c & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

}  // namespace

TEST_CASE("lexer.char_classes_match_their_definitions") {
    for (unsigned c = 0; c < 256; ++c) {
        INFO("octet " << c);
        CHECK(sipcode::detail::char_classes[c] == expected_classes(c));
    }
}

TEST_CASE("lexer.utf8_follow_and_length") {
    for (unsigned c = 0; c < 256; ++c) {
        const auto lead = static_cast<unsigned char>(c);
        INFO("octet " << c);
        // RFC 3261 UTF8-NONASCII, as the parsers read it
        const int follow = c >= 0xC0 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF7 ? 3
                         : c >= 0xF8 && c <= 0xFB ? 4 : c >= 0xFC && c <= 0xFD ? 5 : -1;
        CHECK(sipcode::detail::utf8_follow(lead) == follow);
        // the fill-character rule the formatters had
        const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                                 : (lead >> 3) == 0x1E ? 4 : 0;
        CHECK(sipcode::detail::utf8_length(lead) == length);
    }
}

TEST_CASE("lexer.decode_utf8_agrees_with_the_former_decoder") {
    // Every lead octet 0x80..0xFF with every pair of following octets, and every shorter input.
    std::string s(4, '\0');
    std::size_t mismatches = 0;
    for (unsigned a = 0x80; a < 0x100; ++a) {
        for (unsigned b = 0; b < 0x100; ++b) {
            for (unsigned c = 0; c < 0x100; ++c) {
                s[0] = static_cast<char>(a);
                s[1] = static_cast<char>(b);
                s[2] = static_cast<char>(c);
                s[3] = static_cast<char>(0x80 | (c & 0x3F));
                for (std::size_t n : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{4}}) {
                    if (n < 3 && c != 0) continue;  // one- and two-octet inputs: once per (a, b)
                    const std::string_view in(s.data(), n);
                    std::uint32_t cp = 0;
                    const std::size_t len = old_utf8_sequence(in, 0, cp);
                    const sipcode::utf8_char u = sipcode::decode_utf8(in, 0);
                    if (u.size != len || (len != 0 && u.code_point != cp)) ++mismatches;
                }
            }
        }
    }
    CHECK(mismatches == 0);
    CHECK(sipcode::decode_utf8("A", 0).size == 1);
    CHECK(sipcode::decode_utf8("A", 0).code_point == 'A');
    CHECK(sipcode::decode_utf8("A", 1).size == 0);
}
