// The status-line parser: every hand-written case at compile time and at runtime (from an
// exact-size heap buffer, so AddressSanitizer sees any read past the end), and sweeps over every
// code 000..999 and every octet value in each position.
#include <sipcode/classify.hpp>  // classify(const status_line&), reason_phrase()
#include <sipcode/parse.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <set>
#include <string>
#include <string_view>

#include "parse_cases.hpp"
#include "support/csv.hpp"
#include "support/heap_input.hpp"

using sipcode_test::printable;

using sipcode::parse_errc;
using sipcode::parse_mode;
using sipcode::parse_status_line;
using sipcode_test::expectation;
using sipcode_test::heap_input;
using sipcode_test::parse_case;
using sipcode_test::parse_cases;

namespace {

constexpr bool holds(const sipcode::parse_result& r, const expectation& e, std::string_view input) {
    if (r.ec != e.ec || r.consumed != e.at) return false;
    if (r.consumed > input.size()) return false;
    if (e.ec == parse_errc::ok) {
        if (r.line.code != e.code || r.line.reason != e.reason) return false;
        // reason points into the input, inside the consumed part
        if (r.line.reason.data() < input.data() || r.line.reason.data() + r.line.reason.size() > input.data() + r.consumed)
            return false;
        if (r.line.version.size() != 7) return false;
    }
    if ((e.ec == parse_errc::code_out_of_range || e.ec == parse_errc::code_too_long) && r.line.code != e.code)
        return false;
    return static_cast<bool>(r) == (e.ec == parse_errc::ok);
}

constexpr bool case_holds(const parse_case& c) {
    return holds(parse_status_line(c.input, parse_mode::strict), c.strict, c.input) &&
           holds(parse_status_line(c.input, parse_mode::lenient), c.lenient, c.input) &&
           holds(parse_status_line(c.input), c.strict, c.input);  // strict is the default
}

constexpr bool cases_hold(std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last && i < sipcode_test::parse_case_count; ++i) {
        if (!case_holds(parse_cases[i])) return false;
    }
    return true;
}

// Compile-time run of every case, in chunks to stay inside every compiler's constexpr budget.
static_assert(cases_hold(0, 60));
static_assert(cases_hold(60, 120));
static_assert(cases_hold(120, 180));
static_assert(sipcode_test::parse_case_count >= 150);
static_assert(sipcode_test::parse_case_count < 180);

void check_case(std::string_view input, parse_mode mode, const expectation& e) {
    const heap_input buf(input);
    const sipcode::parse_result r = parse_status_line(buf.view(), mode);
    const std::string mode_name = mode == parse_mode::strict ? "strict" : "lenient";
    INFO("input \"" << printable(input) << "\" mode " << mode_name);
    CHECK(sipcode::to_string(r.ec) == sipcode::to_string(e.ec));
    CHECK(r.consumed == e.at);
    if (e.ec == parse_errc::ok) {
        CHECK(r.line.code == e.code);
        CHECK(r.line.reason == e.reason);
        CHECK(r.line.reason.data() >= buf.view().data());
        CHECK(r.line.reason.data() + r.line.reason.size() <= buf.view().data() + r.consumed);
    }
    if (e.ec == parse_errc::code_out_of_range || e.ec == parse_errc::code_too_long) CHECK(r.line.code == e.code);
    CHECK(static_cast<bool>(r) == (e.ec == parse_errc::ok));
}

}  // namespace

TEST_CASE("parse_status_line.hand_written_cases_at_runtime") {
    for (const parse_case& c : parse_cases) {
        check_case(c.input, parse_mode::strict, c.strict);
        check_case(c.input, parse_mode::lenient, c.lenient);
    }
}

TEST_CASE("parse_status_line.every_error_is_reachable") {
    std::set<parse_errc> seen;
    for (const parse_case& c : parse_cases) {
        seen.insert(c.strict.ec);
        seen.insert(c.lenient.ec);
    }
    for (std::size_t v = 0; v < sipcode::parse_errc_count; ++v) {
        const auto e = static_cast<parse_errc>(v);
        INFO("parse_errc " << v);
        CHECK(seen.count(e) == 1);
        CHECK(sipcode::to_string(e) != "unknown");
        CHECK(sipcode::describe(e) != "unknown parse error");
    }
    CHECK(sipcode::to_string(static_cast<parse_errc>(sipcode::parse_errc_count)) == "unknown");
}

TEST_CASE("parse_status_line.every_code_000_to_999") {
    std::set<int> registered;
    for (const auto& row : sipcode_test::read_csv(sipcode_test::data_path("iana-sip-response-codes.csv"))) {
        registered.insert(std::stoi(row.at("code")));
    }
    for (int code = 0; code <= 999; ++code) {
        char digits[4] = {static_cast<char>('0' + code / 100), static_cast<char>('0' + code / 10 % 10),
                          static_cast<char>('0' + code % 10), 0};
        const std::string phrase = registered.count(code) ? std::string(sipcode::reason_phrase(static_cast<std::uint16_t>(code))) : "Whatever";
        const std::string line = "SIP/2.0 " + std::string(digits) + " " + phrase + "\r\n";
        for (parse_mode mode : {parse_mode::strict, parse_mode::lenient}) {
            const heap_input buf(line);
            const auto r = parse_status_line(buf.view(), mode);
            INFO("code " << code);
            CHECK(r.line.code == code);
            if (code >= 100 && code <= 699) {
                CHECK(r.ec == parse_errc::ok);
                CHECK(r.consumed == line.size());
                CHECK(r.line.reason == phrase);
                CHECK(sipcode::classify(r.line).code == code);
            } else {
                CHECK(r.ec == parse_errc::code_out_of_range);
                CHECK(r.consumed == 8);
            }
        }
    }
}

namespace {
// The strict Reason-Phrase octets, spelled out from RFC 3261 s25.1 (not from the parser's table).
bool strict_phrase_octet(unsigned c) {
    const std::string_view reserved = ";/?:@&=+$,";
    const std::string_view mark = "-_.!~*'()";
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    if (c == ' ' || c == '\t') return true;
    if (c < 0x80 && (reserved.find(static_cast<char>(c)) != std::string_view::npos ||
                     mark.find(static_cast<char>(c)) != std::string_view::npos))
        return true;
    return c >= 0x80 && c <= 0xBF;  // UTF8-CONT on its own
}
}  // namespace

TEST_CASE("parse_status_line.every_octet_inside_the_phrase") {
    for (unsigned b = 0; b < 256; ++b) {
        std::string line = "SIP/2.0 200 a";
        line += static_cast<char>(b);
        line += "z\r\n";
        const std::string with_b = line.substr(12, 3);
        expectation s{}, l{};
        if (strict_phrase_octet(b)) s = {parse_errc::ok, 17, 200, with_b};
        else if (b == '%') s = {parse_errc::bad_escape, 13};
        else if (b >= 0xC0) s = {parse_errc::bad_utf8, 13};
        else if (b == 0) s = {parse_errc::nul_byte, 13};
        else if (b == '\r') s = {parse_errc::bare_cr, 13};
        else if (b == '\n') s = {parse_errc::bare_lf, 13};
        else if (b < 0x20 || b == 0x7F) s = {parse_errc::control_char, 13};
        else s = {parse_errc::bad_phrase_char, 13};

        if (b == 0) l = {parse_errc::nul_byte, 13};
        else if (b == '\r') l = {parse_errc::bare_cr, 13};
        else if (b == '\n') l = {parse_errc::ok, 14, 200, "a"};
        else if ((b < 0x20 && b != '\t') || b == 0x7F) l = {parse_errc::control_char, 13};
        else l = {parse_errc::ok, 17, 200, with_b};

        // the expectation holds its reason as a view into `with_b`, which lives across both checks
        check_case(line, parse_mode::strict, s);
        check_case(line, parse_mode::lenient, l);
    }
}

namespace {
// The expectation for "SIP/2.0 200 " + phrase + "\r\n", where the phrase is `size` copies of 'z' with
// octet `b` at `pos`, derived from the grammar as the single-position sweep above is. ('z' is no
// hex digit, so "%" is never a valid escape, and no UTF-8 continuation octet.)
expectation phrase_expectation(unsigned b, std::size_t size, std::size_t pos, parse_mode mode,
                               const std::string& phrase) {
    const std::size_t at = 12 + pos;
    const std::size_t whole = 12 + size + 2;
    if (mode == parse_mode::strict) {
        if (strict_phrase_octet(b)) return {parse_errc::ok, whole, 200, phrase};
        if (b == '%') return {parse_errc::bad_escape, at};
        if (b >= 0xC0) return {parse_errc::bad_utf8, at};
        if (b == 0) return {parse_errc::nul_byte, at};
        if (b == '\r') return {parse_errc::bare_cr, at};
        if (b == '\n') return {parse_errc::bare_lf, at};
        if (b < 0x20 || b == 0x7F) return {parse_errc::control_char, at};
        return {parse_errc::bad_phrase_char, at};
    }
    if (b == 0) return {parse_errc::nul_byte, at};
    if (b == '\r') return {parse_errc::bare_cr, at};
    if (b == '\n') return {parse_errc::ok, at + 1, 200, std::string_view(phrase).substr(0, pos)};
    if ((b < 0x20 && b != '\t') || b == 0x7F) return {parse_errc::control_char, at};
    std::string_view trimmed = phrase;
    while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '\t')) trimmed.remove_prefix(1);
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t')) trimmed.remove_suffix(1);
    return {parse_errc::ok, whole, 200, trimmed};
}

// Octets on both sides of every boundary the phrase scanner distinguishes, and one of each class.
constexpr unsigned char boundary_octets[] = {
    0x00, 0x01, 0x08, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x3B,
    0x3C, 0x3D, 0x3E, 0x3F, 0x40, 0x41, 0x5A, 0x5B, 0x5C, 0x5E, 0x5F, 0x60, 0x61, 0x7A, 0x7B, 0x7D,
    0x7E, 0x7F, 0x80, 0xA0, 0xBF, 0xC0, 0xC3, 0xE0, 0xF0, 0xFD, 0xFE, 0xFF};
}  // namespace

// The phrase is scanned 16 octets at a time where that is possible: every phrase length up to 80
// and every position of the odd octet, so that it falls at each place of each block, of the final
// (overlapping) block, and of lines too short for a block.
TEST_CASE("parse_status_line.odd_octet_at_every_phrase_position") {
    for (std::size_t size = 1; size <= 80; ++size) {
        for (std::size_t pos = 0; pos < size; ++pos) {
            const bool all_octets = size == 1 || size == 4 || size == 21 || size == 36 || size == 52;
            for (unsigned b = 0; b < 256; ++b) {
                if (!all_octets && std::find(std::begin(boundary_octets), std::end(boundary_octets), b) ==
                                       std::end(boundary_octets)) {
                    continue;
                }
                std::string phrase(size, 'z');
                phrase[pos] = static_cast<char>(b);
                const std::string line = "SIP/2.0 200 " + phrase + "\r\n";
                INFO("phrase size " << size << ", octet " << b << " at " << pos);
                for (parse_mode mode : {parse_mode::strict, parse_mode::lenient}) {
                    check_case(line, mode, phrase_expectation(b, size, pos, mode, phrase));
                }
            }
        }
    }
}

// The fast path for "SIP/2.0 ddd " must agree with the general parser on every octet at every
// position of that prefix.
TEST_CASE("parse_status_line.fast_prefix_agrees_with_the_general_parser") {
    for (const std::string_view base : {std::string_view("SIP/2.0 486 Busy Here\r\n"),
                                        std::string_view("sip/2.0 699 \r\n"),
                                        std::string_view("SIP/2.0 100 Trying and trying and trying again\r\n")}) {
        for (std::size_t pos = 0; pos < 12; ++pos) {
            for (unsigned b = 0; b < 256; ++b) {
                std::string line(base);
                line[pos] = static_cast<char>(b);
                const heap_input buf(line);
                for (parse_mode mode : {parse_mode::strict, parse_mode::lenient}) {
                    INFO("octet " << b << " at " << pos << " of \"" << printable(base) << "\"");
                    const auto fast = parse_status_line(buf.view(), mode);
                    const auto general = sipcode::detail::parse_line(buf.view(), mode);
                    CHECK(fast.ec == general.ec);
                    CHECK(fast.consumed == general.consumed);
                    CHECK(fast.line.code == general.line.code);
                    CHECK(fast.line.version.data() == general.line.version.data());
                    CHECK(fast.line.version.size() == general.line.version.size());
                    CHECK(fast.line.reason.data() == general.line.reason.data());
                    CHECK(fast.line.reason.size() == general.line.reason.size());
                }
            }
        }
    }
}

namespace {
// What parse_status_line() and the general parser both return for `line`, field by field.
void check_agrees_with_general(std::string_view line) {
    const heap_input buf(line);
    for (parse_mode mode : {parse_mode::strict, parse_mode::lenient}) {
        INFO(printable(line) << (mode == parse_mode::strict ? " strict" : " lenient"));
        const auto fast = parse_status_line(buf.view(), mode);
        const auto general = sipcode::detail::parse_line(buf.view(), mode);
        CHECK(fast.ec == general.ec);
        CHECK(fast.consumed == general.consumed);
        CHECK(fast.line.code == general.line.code);
        CHECK(fast.line.version.data() == general.line.version.data());
        CHECK(fast.line.version.size() == general.line.version.size());
        CHECK(fast.line.reason.data() == general.line.reason.data());
        CHECK(fast.line.reason.size() == general.line.reason.size());
    }
}
}  // namespace

// The fast path checks UTF-8 sequences, escapes and the other octets strict mode takes as bit masks
// over 16-octet blocks, a sequence possibly crossing a block: every sequence below, whole, cut short
// or broken, at every position of phrases up to 70 octets, alone on its line (the whole-line check)
// and followed by a header field (the forward scan), must read as the general parser reads it.
TEST_CASE("parse_status_line.fast_phrase_agrees_with_the_general_parser") {
    const std::string_view sequences[] = {
        "\xC3\xA9", "\xE2\x80\x93", "\xF0\x9F\x93\x9E", "\xF8\x88\x80\x80\x80", "\xFC\x84\x80\x80\x80\x80",
        "\xC3", "\xE2\x80", "\xF0\x9F\x93", "\xC3z", "\xE2\x80z", "\xC3\xC3\xA9", "\x80", "\xBF\xBF", "\xFE",
        "\xFF", "\xC0\x80", "\xDF\xBF\xE0", "%41", "%4", "%", "%zz", "%%41", "\xC3%41", "%C3%A9", "\t", "=",
        "_~$&?@", "\"", "[", "\\", "<>", "#", "\x7F", "\r", "\n", "\r\r\n", " ", "\t ", std::string_view("\0", 1)};
    for (std::size_t size = 1; size <= 70; ++size) {
        for (std::size_t pos = 0; pos < size; ++pos) {
            for (const std::string_view seq : sequences) {
                std::string phrase(size, 'z');
                phrase.replace(pos, std::min(seq.size(), size - pos), seq.substr(0, size - pos));
                const std::string line = "SIP/2.0 486 " + phrase + "\r\n";
                check_agrees_with_general(line);
                check_agrees_with_general(line + "Via: SIP/2.0/UDP h\r\n");
                check_agrees_with_general(line.substr(0, line.size() - 1));  // no LF: incomplete
            }
        }
    }
}

TEST_CASE("parse_status_line.every_octet_after_the_code") {
    for (unsigned b = 0; b < 256; ++b) {
        std::string line = "SIP/2.0 200";
        line += static_cast<char>(b);
        line += "OK\r\n";
        expectation s{}, l{};
        if (b >= '0' && b <= '9') s = l = {parse_errc::code_too_long, 11};
        else if (b == ' ') s = l = {parse_errc::ok, 16, 200, "OK"};
        else if (b == 0) s = l = {parse_errc::nul_byte, 11};
        else if (b == '\t') { s = {parse_errc::missing_sp_after_code, 11}; l = {parse_errc::ok, 16, 200, "OK"}; }
        else if (b == '\r') { s = {parse_errc::missing_sp_after_code, 11}; l = {parse_errc::bare_cr, 11}; }
        else if (b == '\n') { s = {parse_errc::missing_sp_after_code, 11}; l = {parse_errc::ok, 12, 200, ""}; }
        else if (b < 0x20 || b == 0x7F) s = l = {parse_errc::control_char, 11};
        else s = l = {parse_errc::missing_sp_after_code, 11};
        check_case(line, parse_mode::strict, s);
        check_case(line, parse_mode::lenient, l);
    }
}

TEST_CASE("parse_status_line.every_octet_at_the_start") {
    for (unsigned b = 0; b < 256; ++b) {
        std::string line(1, static_cast<char>(b));
        line += "IP/2.0 200 OK\r\n";
        expectation s{}, l{};
        if (b == 'S' || b == 's') s = l = {parse_errc::ok, 16, 200, "OK"};
        else if (b == 0) s = l = {parse_errc::nul_byte, 0};
        else if (b == '\r') { s = {parse_errc::leading_empty_line, 0}; l = {parse_errc::bare_cr, 0}; }
        else if (b == '\n') { s = {parse_errc::leading_empty_line, 0}; l = {parse_errc::not_sip, 1}; }
        else if ((b < 0x20 && b != '\t') || b == 0x7F) s = l = {parse_errc::control_char, 0};
        else s = l = {parse_errc::not_sip, 0};
        check_case(line, parse_mode::strict, s);
        check_case(line, parse_mode::lenient, l);
    }
}

TEST_CASE("parse_status_line.every_prefix_of_a_valid_line_is_incomplete") {
    const std::string_view full = "SIP/2.0 486 Busy \xC3\xA9%20Here\r\n";
    for (std::size_t n = 0; n < full.size(); ++n) {
        const heap_input buf(full.substr(0, n));
        INFO("prefix length " << n);
        const auto r = parse_status_line(buf.view(), parse_mode::strict);
        CHECK(r.ec == parse_errc::incomplete);
        CHECK(r.consumed == n);
    }
    const heap_input whole(full);
    CHECK(parse_status_line(whole.view()).ec == parse_errc::ok);
}

TEST_CASE("parse_status_line.long_phrases") {
    for (std::size_t size : {std::size_t{65535}, std::size_t{65536}, std::size_t{1} << 20}) {
        INFO("phrase size " << size);
        std::string line = "SIP/2.0 500 " + std::string(size, 'x') + "\r\n";
        for (parse_mode mode : {parse_mode::strict, parse_mode::lenient}) {
            const heap_input buf(line);
            const auto r = parse_status_line(buf.view(), mode);
            CHECK(r.ec == parse_errc::ok);
            CHECK(r.line.reason.size() == size);
            CHECK(r.consumed == line.size());
        }
        line[12 + size - 1] = '\x1b';  // an escape sequence at the very end of the phrase
        const heap_input bad(line);
        CHECK(parse_status_line(bad.view()).ec == parse_errc::control_char);
        CHECK(parse_status_line(bad.view()).consumed == 12 + size - 1);
        line.erase(line.size() - 2);  // no CRLF: a long incomplete line
        line[12 + size - 1] = 'x';
        const heap_input open(line);
        CHECK(parse_status_line(open.view()).ec == parse_errc::incomplete);
        CHECK(parse_status_line(open.view(), parse_mode::lenient).ec == parse_errc::ok);
    }
}

TEST_CASE("parse_status_line.walks_a_buffer_of_messages") {
    const std::string_view buffer =
        "SIP/2.0 100 Trying\r\nVia: a\r\n\r\nSIP/2.0 180 Ringing\r\nVia: a\r\n\r\nSIP/2.0 200 OK\r\n\r\n";
    std::size_t pos = 0;
    int codes[3] = {};
    for (int i = 0; i < 3; ++i) {
        const auto r = parse_status_line(buffer.substr(pos));
        REQUIRE(r);
        codes[i] = r.line.code;
        pos += r.consumed;
        pos = buffer.find("\r\n\r\n", pos) + 4;  // skip the headers
    }
    CHECK(codes[0] == 100);
    CHECK(codes[1] == 180);
    CHECK(codes[2] == 200);
}
