// escape_copy / escaped_size: sweeps over every octet, every octet pair and every Unicode scalar
// value, checking the output is single-line, printable and unambiguous.
#include <sipcode/escape.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <cstdio>
#include <iterator>
#include <set>
#include <string>
#include <string_view>

namespace {

std::string escaped(std::string_view in) {
    std::string out;
    sipcode::escape_copy(in, std::back_inserter(out));
    return out;
}

// Every char of an escaped string is printable ASCII or part of a UTF-8 sequence of at least U+00A0.
bool is_single_printable_line(std::string_view s) {
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7F) return false;
    }
    return true;
}

std::string utf8(std::uint32_t cp) {
    std::string s;
    if (cp < 0x80) {
        s += static_cast<char>(cp);
    } else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (cp >> 18));
        s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return s;
}

constexpr std::size_t constexpr_escape_size(std::string_view in) {
    struct counter {
        std::size_t* n;
        constexpr counter& operator*() { return *this; }
        constexpr counter& operator++(int) { return *this; }
        constexpr counter& operator=(char) {
            ++*n;
            return *this;
        }
    };
    std::size_t n = 0;
    sipcode::escape_copy(in, counter{&n});
    return n;
}

}  // namespace

static_assert(sipcode::escaped_size("Busy Here") == 9);
static_assert(sipcode::is_safe_to_print("Busy Here"));
static_assert(!sipcode::is_safe_to_print("a\\b"));
static_assert(constexpr_escape_size("Busy\r\nVia: x") == sipcode::escaped_size("Busy\r\nVia: x"));
static_assert(sipcode::escaped_size("\x1b[31m") == 8);

TEST_CASE("escape.examples") {
    CHECK(escaped("Busy Here") == "Busy Here");
    CHECK(escaped("OK\r\nVia: SIP/2.0/UDP evil") == "OK\\r\\nVia: SIP/2.0/UDP evil");
    CHECK(escaped("\x1b[2J") == "\\x1B[2J");
    CHECK(escaped(std::string_view("a\0b", 3)) == "a\\x00b");
    CHECK(escaped("back\\slash") == "back\\\\slash");
    CHECK(escaped("Besetzt \xC3\xBC") == "Besetzt \xC3\xBC");        // valid UTF-8 is kept
    CHECK(escaped("\xE2\x80\xAE" "evil") == "\\u{202E}evil");          // RIGHT-TO-LEFT OVERRIDE
    CHECK(escaped("\xC2\x9B" "31m") == "\\u{009B}31m");                // C1 CSI
    CHECK(escaped("\xC3") == "\\xC3");                                 // truncated sequence
    CHECK(escaped("\xC0\xAF") == "\\xC0\\xAF");                        // overlong
    CHECK(escaped("\xED\xA0\x80") == "\\xED\\xA0\\x80");               // surrogate
    CHECK(escaped("\xF4\x90\x80\x80") == "\\xF4\\x90\\x80\\x80");      // above U+10FFFF
}

TEST_CASE("escape.every_octet_and_every_pair") {
    std::set<std::string> outputs;
    for (unsigned a = 0; a < 256; ++a) {
        const std::string in(1, static_cast<char>(a));
        const std::string out = escaped(in);
        INFO(a);
        CHECK(is_single_printable_line(out));
        CHECK(out.size() == sipcode::escaped_size(in));
        CHECK((out == in) == ((a >= 0x20 && a < 0x7F && a != '\\')));
        CHECK(outputs.insert(out).second);
    }
    std::size_t failures = 0;
    for (unsigned a = 0; a < 256; ++a) {
        for (unsigned b = 0; b < 256; ++b) {
            const std::string in{static_cast<char>(a), static_cast<char>(b)};
            const std::string out = escaped(in);
            if (!is_single_printable_line(out) || out.size() != sipcode::escaped_size(in) ||
                !outputs.insert(out).second) {
                ++failures;
            }
        }
    }
    CHECK(failures == 0);  // printable, sized right, and no two inputs of length <= 2 collide
}

TEST_CASE("escape.every_unicode_scalar_value") {
    std::size_t kept = 0, escaped_controls = 0, failures = 0;
    for (std::uint32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        const std::string in = utf8(cp);
        const std::string out = escaped(in);
        const bool invisible = (cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
                               cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
                               (cp >= 0x2066 && cp <= 0x2069);
        if (invisible) {
            char expect[16];
            std::snprintf(expect, sizeof expect, "\\u{%04X}", static_cast<unsigned>(cp));
            if (out != expect) ++failures;
            ++escaped_controls;
        } else {
            if (out != in) ++failures;
            ++kept;
        }
        if (out.size() != sipcode::escaped_size(in)) ++failures;
    }
    CHECK(failures == 0);
    CHECK(escaped_controls == 32 + 1 + 2 + 2 + 5 + 4);
    CHECK(kept > 1000000);
}
