// Hostile reason phrases through every core function that accepts or prints one: the parser in
// both modes, classify(status_line), escape_copy and escaped_size. CR/LF injection, NUL, terminal
// escape sequences (7-bit and 8-bit), bidi overrides, invalid UTF-8, markup, format strings, and
// phrases of 1 MiB. Each line is parsed from an exact-size heap buffer, so AddressSanitizer sees
// any read past its end. The example program's output is checked by tests/check_explain_lines.py.
#include <sipcode/sipcode.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>
#include "support/heap_input.hpp"

using sipcode_test::heap_input;

using sipcode::parse_errc;
using sipcode::parse_mode;

namespace {

struct hostile {
    const char* what;
    std::string phrase;  // goes between "SIP/2.0 400 " and "\r\n"
    parse_errc strict;   // what each mode makes of the line; offsets follow from the phrase
    parse_errc lenient;
};

std::string repeat(std::string_view unit, std::size_t bytes) {
    std::string s;
    s.reserve(bytes + unit.size());
    while (s.size() + unit.size() <= bytes) s += unit;
    return s;
}

constexpr std::size_t mib = std::size_t{1} << 20;

std::vector<hostile> hostile_phrases() {
    using namespace std::string_literals;
    const parse_errc ok = parse_errc::ok;
    return {
        {"CRLF injection of a header", "OK\r\nVia: SIP/2.0/UDP evil\r\n", ok, ok},
        {"CRLF CRLF injection of a body", "OK\r\n\r\n<html><script>", ok, ok},
        {"bare CR injection", "OK\rVia: evil", parse_errc::bare_cr, parse_errc::bare_cr},
        {"bare LF injection", "OK\nVia: evil", parse_errc::bare_lf, ok},
        {"percent-encoded CRLF stays text", "OK%0D%0AVia:%20evil", ok, ok},
        {"NUL inside", "O\0K"s, parse_errc::nul_byte, parse_errc::nul_byte},
        {"NUL at the end", "OK\0"s, parse_errc::nul_byte, parse_errc::nul_byte},
        {"ANSI colour", "\x1b[31mRED\x1b[0m", parse_errc::control_char, parse_errc::control_char},
        {"ANSI clear screen", "OK\x1b[2J\x1b[H", parse_errc::control_char, parse_errc::control_char},
        {"OSC window title", "\x1b]0;pwned\x07", parse_errc::control_char, parse_errc::control_char},
        {"backspaces", "OK\b\b\bNO", parse_errc::control_char, parse_errc::control_char},
        {"DEL", "O\x7fK", parse_errc::control_char, parse_errc::control_char},
        {"8-bit CSI (a lone UTF8-CONT to RFC 3261)",
         "\x9b"
         "31mRED",
         ok, ok},
        {"C1 CSI as UTF-8",
         "\xc2\x9b"
         "31mRED",
         ok, ok},
        {"RIGHT-TO-LEFT OVERRIDE",
         "Busy \xe2\x80\xae"
         "ereH",
         ok, ok},
        {"LINE SEPARATOR",
         "OK\xe2\x80\xa8"
         "fake line",
         ok, ok},
        {"bidi isolate",
         "\xe2\x81\xa6"
         "x\xe2\x81\xa9",
         ok, ok},
        {"overlong '/'", "\xc0\xaf", ok, ok},
        {"UTF-16 surrogate", "\xed\xa0\x80", ok, ok},
        {"above U+10FFFF", "\xf4\x90\x80\x80", ok, ok},
        {"5-octet form", "\xf8\x88\x80\x80\x80", ok, ok},
        {"truncated sequence", "\xe2\x82", parse_errc::bad_utf8, ok},
        {"lone lead octet", "\xc3", parse_errc::bad_utf8, ok},
        {"0xFE 0xFF", "\xfe\xff", parse_errc::bad_utf8, ok},
        {"markup", "<script>alert(1)</script>", parse_errc::bad_phrase_char, ok},
        {"format string", "%n%s%x", parse_errc::bad_escape, ok},
        {"1 MiB of x", std::string(mib, 'x'), ok, ok},
        {"1 MiB of SP", std::string(mib, ' '), ok, ok},
        {"1 MiB then a header", std::string(mib, 'a') + "\r\nVia: evil", ok, ok},
        {"1 MiB of ESC", std::string(mib, '\x1b'), parse_errc::control_char, parse_errc::control_char},
        {"1 MiB of 0xFF", std::string(mib, '\xff'), parse_errc::bad_utf8, ok},
        {"1 MiB of RLO", repeat("\xe2\x80\xae", mib), ok, ok},
        {"1 MiB of C1 CSI", repeat("\xc2\x9b", mib), ok, ok},
    };
}

std::string escaped(std::string_view s) {
    std::string out;
    sipcode::escape_copy(s, std::back_inserter(out));
    return out;
}

// Printable ASCII, or octets >= 0x80 (escape_test and the escape fuzzer check those are harmless).
bool one_printable_line(std::string_view s) {
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7F) return false;
    }
    return true;
}

bool no_control_octet(std::string_view s) {
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7F) return false;
    }
    return true;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace

TEST_CASE("hostile.reason_phrases_through_the_parser") {
    for (const hostile& h : hostile_phrases()) {
        const std::string line = "SIP/2.0 400 " + h.phrase + "\r\n";
        const heap_input buf(line);
        const std::string_view in = buf.view();
        for (const parse_mode mode : {parse_mode::strict, parse_mode::lenient}) {
            const bool lenient = mode == parse_mode::lenient;
            INFO(h.what << (lenient ? " (lenient)" : " (strict)"));
            const sipcode::parse_result r = sipcode::parse_status_line(in, mode);
            CHECK(sipcode::to_string(r.ec) == sipcode::to_string(lenient ? h.lenient : h.strict));
            CHECK(r.consumed <= in.size());
            CHECK(r.line.code == 400);
            if (r) {
                // The phrase ends at the first line end; nothing after it can reach `reason`.
                const std::string_view phrase = std::string_view(line).substr(12);
                const std::string_view first_line = phrase.substr(0, phrase.find_first_of("\r\n"));
                CHECK(r.line.reason == (lenient ? trimmed(first_line) : first_line));
                CHECK(r.line.reason.data() >= in.data());
                CHECK(r.line.reason.data() + r.line.reason.size() <= in.data() + r.consumed);
                CHECK(no_control_octet(r.line.reason));
                CHECK(in[r.consumed - 1] == '\n');
                const std::string shown = escaped(r.line.reason);
                CHECK(one_printable_line(shown));
                CHECK(shown.size() == sipcode::escaped_size(r.line.reason));
            } else {
                CHECK(r.line.reason.empty());
                const char at = in[r.consumed];
                if (r.ec == parse_errc::nul_byte) CHECK(at == '\0');
                if (r.ec == parse_errc::bare_cr) CHECK(at == '\r');
                if (r.ec == parse_errc::bare_lf) CHECK(at == '\n');
            }
            // classify() looks at the code only: the phrase cannot change what a UA does.
            const sipcode::classification c = sipcode::classify(r.line);
            const sipcode::classification by_code = sipcode::classify(std::uint16_t{400});
            CHECK(c.code == 400);
            CHECK(c.effective == by_code.effective);
            CHECK(c.info == by_code.info);
            CHECK(c.next.uac == by_code.next.uac);
        }
    }
}

TEST_CASE("hostile.reason_phrases_through_escape_copy") {
    for (const hostile& h : hostile_phrases()) {
        INFO(h.what);
        const std::string out = escaped(h.phrase);
        CHECK(one_printable_line(out));
        CHECK(out.size() == sipcode::escaped_size(h.phrase));
        CHECK(sipcode::is_safe_to_print(h.phrase) == (out == h.phrase));
        // Into a buffer of exactly escaped_size() chars: escape_copy stays inside it.
        const std::size_t size = sipcode::escaped_size(h.phrase);
        const std::unique_ptr<char[]> exact(new char[size == 0 ? 1 : size]);
        CHECK(sipcode::escape_copy(h.phrase, exact.get()) == exact.get() + size);
        CHECK(std::string_view(exact.get(), size) == out);
    }
    // What the escapes cost, for sizing log lines: 4 chars per bad octet, 8 per invisible control.
    CHECK(sipcode::escaped_size(std::string(mib, '\xff')) == 4 * mib);
    CHECK(sipcode::escaped_size(std::string(mib, '\x1b')) == 4 * mib);
    CHECK(sipcode::escaped_size(repeat("\xe2\x80\xae", mib)) == mib / 3 * 8);
    CHECK(escaped("OK\r\nVia: evil") == "OK\\r\\nVia: evil");
    CHECK(escaped("\x9b"
                  "31m") == "\\x9B31m");
    CHECK(escaped("\xc2\x9b"
                  "31m") == "\\u{009B}31m");
    CHECK(escaped("Busy \xe2\x80\xae"
                  "ereH") == "Busy \\u{202E}ereH");
}
