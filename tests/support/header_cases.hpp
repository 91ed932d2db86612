// Hand-written cases for the Reason, Retry-After and Warning parsers. Each expectation was derived
// from the grammar in RFC 3326 s2 and RFC 3261 s20.33, s20.43 and s25.1 (and the decisions written in
// the headers) by reading the input, not by running the parser. `at` is `consumed`: where the next
// value starts (or the input size) on success, the offset of the defect on failure.
#ifndef SIPCODE_TESTS_HEADER_CASES_HPP
#define SIPCODE_TESTS_HEADER_CASES_HPP

#include <sipcode/reason.hpp>
#include <sipcode/retry_after.hpp>
#include <sipcode/warning.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sipcode_test {

using namespace std::string_view_literals;
using sipcode::field_errc;
using sipcode::reason_protocol;

// ---------------------------------------------------------------------------------------------
// Reason (RFC 3326)

struct reason_case {
    std::string_view input;
    std::size_t pos;
    field_errc ec;
    std::size_t at;
    // checked on success:
    bool last = true;
    std::string_view protocol = {};
    reason_protocol kind = reason_protocol::other;
    std::int64_t cause = -1;  // -1: no cause parameter
    bool has_text = false;
    std::string_view text = {};
    std::size_t params = 0;
};

constexpr reason_case r_ok(std::string_view in, std::size_t at, bool last, std::string_view protocol,
                           reason_protocol kind, std::int64_t cause, std::size_t params, std::size_t pos = 0) {
    return {in, pos, field_errc::ok, at, last, protocol, kind, cause, false, {}, params};
}
constexpr reason_case r_text(std::string_view in, std::size_t at, std::string_view protocol, reason_protocol kind,
                             std::int64_t cause, std::string_view text, std::size_t params) {
    return {in, 0, field_errc::ok, at, true, protocol, kind, cause, true, text, params};
}
constexpr reason_case r_bad(std::string_view in, field_errc e, std::size_t at, std::size_t pos = 0) {
    return {in, pos, e, at};
}

constexpr auto SIP = reason_protocol::sip;
constexpr auto Q850 = reason_protocol::q850;
constexpr auto OTHER = reason_protocol::other;
using F = field_errc;

// clang-format off
inline constexpr reason_case reason_cases[] = {
    // --- well-formed values (the four examples of RFC 3326 s2 first)
    r_text("SIP ;cause=200 ;text=\"Call completed elsewhere\""sv, 47, "SIP", SIP, 200, "Call completed elsewhere", 2),
    r_text("Q.850 ;cause=16 ;text=\"Terminated\""sv, 34, "Q.850", Q850, 16, "Terminated", 2),
    r_text("SIP ;cause=600 ;text=\"Busy Everywhere\""sv, 38, "SIP", SIP, 600, "Busy Everywhere", 2),
    r_text("SIP ;cause=580 ;text=\"Precondition Failure\""sv, 43, "SIP", SIP, 580, "Precondition Failure", 2),
    r_text("SIP;cause=200;text=\"Call completed elsewhere\""sv, 45, "SIP", SIP, 200, "Call completed elsewhere", 2),
    r_ok("q.850;CAUSE=34"sv, 14, true, "q.850", Q850, 34, 1),
    r_ok("sip;Cause=486"sv, 13, true, "sip", SIP, 486, 1),
    r_text("preemption;cause=1;text=\"UA Preemption\""sv, 39, "preemption", OTHER, 1, "UA Preemption", 2),
    r_ok("SIP"sv, 3, true, "SIP", SIP, -1, 0),
    r_text("Q.850;cause=16;text=\"say \\\"bye\\\"\""sv, 33, "Q.850", Q850, 16, "say \\\"bye\\\"", 2),
    r_ok("SIP;cause=200;foo;bar=baz;q=\"x\";h=[::1]"sv, 39, true, "SIP", SIP, 200, 5),
    r_ok("SIP;cause=200, Q.850;cause=16"sv, 15, false, "SIP", SIP, 200, 1),
    r_ok("SIP;cause=200, Q.850;cause=16"sv, 29, true, "Q.850", Q850, 16, 1, 15),
    r_ok("SIP;\r\n cause=200"sv, 16, true, "SIP", SIP, 200, 1),
    r_ok("Q.850;cause=0"sv, 13, true, "Q.850", Q850, 0, 1),
    r_ok("Q.850;cause=127"sv, 15, true, "Q.850", Q850, 127, 1),
    r_ok("Q.850;cause=00034"sv, 17, true, "Q.850", Q850, 34, 1),
    r_ok("SIP;cause=100"sv, 13, true, "SIP", SIP, 100, 1),
    r_ok("SIP;cause=699"sv, 13, true, "SIP", SIP, 699, 1),
    r_text("SIP;text=\"Occup\xC3\xA9\""sv, 18, "SIP", SIP, -1, "Occup\xC3\xA9", 1),
    r_text("SIP;text=\"a\r\n b\""sv, 16, "SIP", SIP, -1, "a\r\n b", 1),
    r_text("SIP;text=\"\""sv, 11, "SIP", SIP, -1, "", 1),
    r_ok("  SIP;cause=200  "sv, 17, true, "SIP", SIP, 200, 1),
    r_text("STIR;cause=438;text=\"Invalid Identity Header\""sv, 45, "STIR", OTHER, 438, "Invalid Identity Header", 2),
    r_ok("X;cause=4294967295"sv, 18, true, "X", OTHER, 4294967295, 1),
    r_ok("SIP ; cause = 200"sv, 17, true, "SIP", SIP, 200, 1),
    r_text("SIP;text=\"x\";cause=200"sv, 22, "SIP", SIP, 200, "x", 2),
    {"Q.850;cause=16;text=\"Terminated\", SIP;cause=200;text=\"Call completed elsewhere\""sv, 0, F::ok, 34, false, "Q.850", Q850, 16, true, "Terminated", 2},
    r_text("Q.850;cause=16;text=\"a, b\";location=LN"sv, 38, "Q.850", Q850, 16, "a, b", 3),

    // --- malformed values
    r_bad(""sv, F::empty, 0),
    r_bad("   "sv, F::empty, 3),
    r_bad("\t \r\n "sv, F::empty, 5),
    r_bad(";cause=1"sv, F::expected_token, 0),
    r_bad(",SIP"sv, F::expected_token, 0),
    r_bad("\x01SIP"sv, F::bad_char, 0),
    r_bad("SIP;"sv, F::expected_token, 4),
    r_bad("SIP;;cause=200"sv, F::expected_token, 4),
    r_bad("SIP;=200"sv, F::expected_token, 4),
    r_bad("SIP;cause"sv, F::expected_equal, 9),
    r_bad("SIP;cause="sv, F::expected_value, 10),
    r_bad("SIP;cause=;text=\"x\""sv, F::expected_value, 10),
    r_bad("SIP;cause=abc"sv, F::expected_digit, 10),
    r_bad("SIP;cause=20a"sv, F::unexpected_char, 12),
    r_bad("SIP;cause=\"200\""sv, F::expected_digit, 10),
    r_bad("SIP;cause=99"sv, F::out_of_range, 10),
    r_bad("SIP;cause=700"sv, F::out_of_range, 10),
    r_bad("Q.850;cause=128"sv, F::out_of_range, 12),
    r_bad("Q.850;cause=99999999999"sv, F::number_too_large, 12),
    r_bad("X;cause=4294967296"sv, F::number_too_large, 8),
    r_bad("SIP;cause=200;cause=200"sv, F::duplicate_param, 14),
    r_bad("SIP;text=\"a\";text=\"b\""sv, F::duplicate_param, 13),
    r_bad("SIP;text"sv, F::expected_equal, 8),
    r_bad("SIP;text=abc"sv, F::expected_quote, 9),
    r_bad("SIP;text=\"abc"sv, F::unterminated_quote, 13),
    r_bad("SIP;text=\"abc\\"sv, F::unterminated_quote, 14),
    r_bad("SIP;text=\"a\\\rb\""sv, F::bad_escape, 11),
    r_bad("SIP;text=\"a\\\xC3\xA9\""sv, F::bad_escape, 11),
    r_bad("SIP;text=\"a\x01z\""sv, F::bad_char, 11),
    r_bad("SIP;text=\"a\x7f\""sv, F::bad_char, 11),
    r_bad("SIP;text=\"a\0\""sv, F::bad_char, 11),
    r_bad("SIP;text=\"a\r\nb\""sv, F::bad_char, 11),
    r_bad("SIP;text=\"\xC3\""sv, F::bad_utf8, 10),
    r_bad("SIP;text=\"\x80\""sv, F::bad_utf8, 10),
    r_bad("SIP;text=\"\xFF\""sv, F::bad_utf8, 10),
    r_bad("SIP;text=\"\xE5\xBF"sv, F::unterminated_quote, 12),
    r_bad("SIP;cause=200 x"sv, F::unexpected_char, 14),
    r_bad("SIP;cause=200,"sv, F::trailing_comma, 13),
    r_bad("SIP;cause=200 , "sv, F::trailing_comma, 14),
    r_bad("SIP x"sv, F::unexpected_char, 4),
    r_bad("SIP\0;cause=200"sv, F::bad_char, 3),
    r_bad("SIP;cause=200;\x01"sv, F::bad_char, 14),
    r_bad("SIP;foo="sv, F::expected_value, 8),
    r_bad("SIP;foo=[::1"sv, F::expected_value, 8),
    r_bad("SIP;foo=\"bar"sv, F::unterminated_quote, 12),
    r_bad("SIP\r\n;cause=200"sv, F::bad_char, 3),
    r_bad("SIP;cause=200\r\n"sv, F::bad_char, 13),
    r_bad("SIP;cause=200;text=\"x\" ;"sv, F::expected_token, 24),
    r_bad("SIP;cause=200, ;"sv, F::expected_token, 15, 15),
    r_bad("SIP;cause=200, Q.850;cause=200"sv, F::out_of_range, 27, 15),
};
// clang-format on

inline constexpr std::size_t reason_case_count = sizeof(reason_cases) / sizeof(reason_cases[0]);

// ---------------------------------------------------------------------------------------------
// Retry-After (RFC 3261 s20.33)

struct retry_case {
    std::string_view input;
    field_errc ec;
    std::size_t at;
    // checked on success:
    std::uint32_t seconds = 0;
    std::string_view comment = {};
    std::int64_t duration = -1;  // -1: no duration parameter
    std::size_t params = 0;
};

constexpr retry_case t_ok(std::string_view in, std::uint32_t seconds, std::string_view comment, std::int64_t duration,
                          std::size_t params) {
    return {in, field_errc::ok, in.size(), seconds, comment, duration, params};
}
constexpr retry_case t_bad(std::string_view in, field_errc e, std::size_t at) { return {in, e, at}; }

// clang-format off
inline constexpr retry_case retry_cases[] = {
    // --- well-formed values (the two examples of RFC 3261 s20.33 first)
    t_ok("18000;duration=3600"sv, 18000, "", 3600, 1),
    t_ok("120 (I'm in a meeting)"sv, 120, "I'm in a meeting", -1, 0),
    t_ok("120"sv, 120, "", -1, 0),
    t_ok("0"sv, 0, "", -1, 0),
    t_ok("4294967295"sv, 4294967295U, "", -1, 0),
    t_ok("000120"sv, 120, "", -1, 0),
    t_ok("1230 (I'm in a meeting);fg=der;duration=23"sv, 1230, "I'm in a meeting", 23, 2),
    t_ok("120;duration=3600;ra=oli"sv, 120, "", 3600, 2),
    t_ok("120(no space)"sv, 120, "no space", -1, 0),
    t_ok(" 120 ( nested (comment) \\) here ) ; duration = 10 "sv, 120, "nested (comment) \\) here", 10, 1),
    t_ok("120 ;duration=0"sv, 120, "", 0, 1),
    t_ok("120 (\xC3\xA9t\xC3\xA9)"sv, 120, "\xC3\xA9t\xC3\xA9", -1, 0),
    t_ok("120\r\n (x)"sv, 120, "x", -1, 0),
    t_ok("120;x=\"a;b\";duration=5"sv, 120, "", 5, 2),
    t_ok("120;DURATION=4294967295"sv, 120, "", 4294967295, 1),
    t_ok("120 ()"sv, 120, "", -1, 0),
    t_ok("120 (\"quoted\" is ctext)"sv, 120, "\"quoted\" is ctext", -1, 0),

    // --- malformed values
    t_bad(""sv, F::empty, 0),
    t_bad(" "sv, F::empty, 1),
    t_bad("abc"sv, F::expected_digit, 0),
    t_bad("-1"sv, F::expected_digit, 0),
    t_bad("+1"sv, F::expected_digit, 0),
    t_bad("\x01"sv, F::bad_char, 0),
    t_bad("\0"sv, F::bad_char, 0),
    t_bad("4294967296"sv, F::number_too_large, 0),
    t_bad("99999999999999999999999"sv, F::number_too_large, 0),
    t_bad("120x"sv, F::unexpected_char, 3),
    t_bad("120 x"sv, F::unexpected_char, 4),
    t_bad("12 0"sv, F::unexpected_char, 3),
    t_bad("0x10"sv, F::unexpected_char, 1),
    t_bad("120,130"sv, F::unexpected_char, 3),
    t_bad("120;"sv, F::expected_token, 4),
    t_bad("120;=5"sv, F::expected_token, 4),
    t_bad("120;duration"sv, F::expected_equal, 12),
    t_bad("120;duration="sv, F::expected_value, 13),
    t_bad("120;duration=abc"sv, F::expected_digit, 13),
    t_bad("120;duration=60s"sv, F::unexpected_char, 15),
    t_bad("120;duration=4294967296"sv, F::number_too_large, 13),
    t_bad("120;duration=\"60\""sv, F::expected_digit, 13),
    t_bad("120;duration=60;duration=60"sv, F::duplicate_param, 16),
    t_bad("120;duration=60,1"sv, F::unexpected_char, 15),
    t_bad("120 ("sv, F::unterminated_comment, 5),
    t_bad("120 (abc"sv, F::unterminated_comment, 8),
    t_bad("120 (a (b)"sv, F::unterminated_comment, 10),
    t_bad("120 (a\\"sv, F::unterminated_comment, 7),
    t_bad("120 (a\\\r)"sv, F::bad_escape, 6),
    t_bad("120 (a\x01)"sv, F::bad_char, 6),
    t_bad("120 (a\r\nb)"sv, F::bad_char, 6),
    t_bad("120 (\xC3)"sv, F::bad_utf8, 5),
    t_bad("120 (\xE2\x82"sv, F::unterminated_comment, 7),
    t_bad("120 (x) y"sv, F::unexpected_char, 8),
    t_bad("120 (x) (y)"sv, F::unexpected_char, 8),
    t_bad("120;x=\"y"sv, F::unterminated_quote, 8),
    t_bad("120;x=[::1"sv, F::expected_value, 6),
    t_bad("120\r\n"sv, F::bad_char, 3),
    t_bad("(I'm in a meeting) 120"sv, F::expected_digit, 0),
};
// clang-format on

inline constexpr std::size_t retry_case_count = sizeof(retry_cases) / sizeof(retry_cases[0]);

// ---------------------------------------------------------------------------------------------
// Warning (RFC 3261 s20.43)

struct warning_case {
    std::string_view input;
    std::size_t pos;
    field_errc ec;
    std::size_t at;
    // checked on success:
    bool last = true;
    std::uint16_t code = 0;
    std::string_view agent = {};
    std::string_view text = {};
};

constexpr warning_case w_ok(std::string_view in, std::size_t at, bool last, std::uint16_t code, std::string_view agent,
                            std::string_view text, std::size_t pos = 0) {
    return {in, pos, field_errc::ok, at, last, code, agent, text};
}
constexpr warning_case w_bad(std::string_view in, field_errc e, std::size_t at, std::size_t pos = 0) {
    return {in, pos, e, at};
}

// clang-format off
inline constexpr warning_case warning_cases[] = {
    // --- well-formed values (the two examples of RFC 3261 s20.43 first)
    w_ok("307 isi.edu \"Session parameter 'foo' not understood\""sv, 52, true, 307, "isi.edu", "Session parameter 'foo' not understood"),
    w_ok("301 isi.edu \"Incompatible network address type 'E.164'\""sv, 55, true, 301, "isi.edu", "Incompatible network address type 'E.164'"),
    w_ok("399 devnull \"Miscellaneous warning\""sv, 35, true, 399, "devnull", "Miscellaneous warning"),
    w_ok("370 10.0.0.1:5060 \"Insufficient bandwidth\""sv, 42, true, 370, "10.0.0.1:5060", "Insufficient bandwidth"),
    w_ok("380 [2001:db8::1]:5061 \"SIPS Not Allowed\""sv, 41, true, 380, "[2001:db8::1]:5061", "SIPS Not Allowed"),
    w_ok("308 ms.com \"Encryption Levels Incompatible\""sv, 43, true, 308, "ms.com", "Encryption Levels Incompatible"),
    w_ok("399 host \"a \\\"quoted\\\" word\""sv, 28, true, 399, "host", "a \\\"quoted\\\" word"),
    w_ok("399 host \"\""sv, 11, true, 399, "host", ""),
    w_ok("399 host  \"x\""sv, 13, true, 399, "host", "x"),
    w_ok("999 host \"x\""sv, 12, true, 999, "host", "x"),
    w_ok("000 host \"x\""sv, 12, true, 0, "host", "x"),
    w_ok("307 a \"x\", 399 b \"y\""sv, 11, false, 307, "a", "x"),
    w_ok("307 a \"x\", 399 b \"y\""sv, 20, true, 399, "b", "y", 11),
    w_ok("  307 a \"x\"  "sv, 13, true, 307, "a", "x"),
    w_ok("399 h \"\xE5\xBF\x99\""sv, 11, true, 399, "h", "\xE5\xBF\x99"),
    w_ok("399 pseudonym-1 \"x\""sv, 19, true, 399, "pseudonym-1", "x"),
    w_ok("399 h:0 \"x\""sv, 11, true, 399, "h:0", "x"),
    w_ok("399 [::1] \"a, b\",307 c \"d\""sv, 17, false, 399, "[::1]", "a, b"),

    // --- malformed values
    w_bad(""sv, F::empty, 0),
    w_bad("   "sv, F::empty, 3),
    w_bad("x"sv, F::expected_digit, 0),
    w_bad("\x01"sv, F::bad_char, 0),
    w_bad("30 a \"b\""sv, F::bad_warn_code, 0),
    w_bad("3000 a \"b\""sv, F::bad_warn_code, 0),
    w_bad("307"sv, F::expected_space, 3),
    w_bad("307a \"b\""sv, F::expected_space, 3),
    w_bad("307\ta \"b\""sv, F::expected_space, 3),
    w_bad("307\0a \"b\""sv, F::bad_char, 3),
    w_bad("307 "sv, F::expected_token, 4),
    w_bad("307  a \"b\""sv, F::expected_token, 4),
    w_bad("307 \"b\""sv, F::expected_token, 4),
    w_bad("307 a"sv, F::expected_space, 5),
    w_bad("307 a\"b\""sv, F::expected_space, 5),
    w_bad("307 a:"sv, F::expected_digit, 6),
    w_bad("307 a:x \"b\""sv, F::expected_digit, 6),
    w_bad("307 [::1] "sv, F::expected_quote, 10),
    w_bad("307 [] \"b\""sv, F::expected_token, 4),
    w_bad("307 [::1"sv, F::expected_token, 4),
    w_bad("307 [::1 \"b\""sv, F::unexpected_char, 8),
    w_bad("307 [::g] \"b\""sv, F::unexpected_char, 7),
    w_bad("307 a b"sv, F::expected_quote, 6),
    w_bad("307 a \"b"sv, F::unterminated_quote, 8),
    w_bad("307 a \"b\\"sv, F::unterminated_quote, 9),
    w_bad("307 a \"\x01\""sv, F::bad_char, 7),
    w_bad("307 a \"\\\n\""sv, F::bad_escape, 7),
    w_bad("307 a \"\xC3\""sv, F::bad_utf8, 7),
    w_bad("307 a \"b\" x"sv, F::unexpected_char, 10),
    w_bad("307 a \"b\","sv, F::trailing_comma, 9),
    w_bad("307 a \"b\", "sv, F::trailing_comma, 9),
    w_bad("307 a \"b\";x"sv, F::unexpected_char, 9),
    w_bad("307 a@b \"c\""sv, F::expected_space, 5),
    w_bad("307 a \"b\"\r\n"sv, F::bad_char, 9),
    w_bad("307 a\x01 \"b\""sv, F::bad_char, 5),
    w_bad("307 a \"b\", x"sv, F::expected_digit, 11, 11),
    w_bad("307 a \"b\", 39 c \"d\""sv, F::bad_warn_code, 11, 11),
};
// clang-format on

inline constexpr std::size_t warning_case_count = sizeof(warning_cases) / sizeof(warning_cases[0]);

}  // namespace sipcode_test

#endif
