// The Reason, Retry-After and Warning parsers: every hand-written case at compile time and at run time
// from an exact-size heap buffer, sweeps over every octet in the quoted-string, comment and token
// positions and over every prefix of valid values, and the warn-code registry against its data file.
#include <sipcode/reason.hpp>
#include <sipcode/retry_after.hpp>
#include <sipcode/warning.hpp>
#include <sipcode/field.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "header_cases.hpp"
#include "support/csv.hpp"
#include "support/heap_input.hpp"

using sipcode_test::printable;

using sipcode::field_errc;
using sipcode_test::heap_input;
using sipcode_test::inside;

namespace {

// --- the checks, usable at compile time and at run time

constexpr bool within(std::string_view part, std::string_view whole) {
    if (part.empty()) return true;
    // Compare through offsets: pointer comparisons between unrelated objects are not constant expressions.
    for (std::size_t i = 0; i + part.size() <= whole.size(); ++i) {
        if (whole.data() + i == part.data()) return true;
    }
    return false;
}

constexpr bool reason_holds(const sipcode_test::reason_case& c, std::string_view in) {
    const sipcode::reason_result r = sipcode::parse_reason(in, c.pos);
    if (r.ec != c.ec || r.consumed != c.at || static_cast<bool>(r) != (c.ec == field_errc::ok)) return false;
    if (c.ec != field_errc::ok) return true;
    const sipcode::reason_value& v = r.value;
    if (r.last != c.last || v.protocol != c.protocol || v.kind != c.kind) return false;
    if (v.has_cause != (c.cause >= 0) || (c.cause >= 0 && v.cause != c.cause)) return false;
    if (v.has_text != c.has_text || v.text != c.text) return false;
    if (v.params.size() != c.params) return false;
    return within(v.protocol, in) && within(v.text, in) && within(v.params.raw(), in);
}

constexpr bool retry_holds(const sipcode_test::retry_case& c, std::string_view in) {
    const sipcode::retry_after_result r = sipcode::parse_retry_after(in);
    if (r.ec != c.ec || r.consumed != c.at || static_cast<bool>(r) != (c.ec == field_errc::ok)) return false;
    if (c.ec != field_errc::ok) return true;
    const sipcode::retry_after& v = r.value;
    if (v.seconds != c.seconds || v.comment != c.comment) return false;
    if (v.has_duration != (c.duration >= 0) || (c.duration >= 0 && v.duration != c.duration)) return false;
    if (v.params.size() != c.params) return false;
    return within(v.comment, in) && within(v.params.raw(), in);
}

constexpr bool warning_holds(const sipcode_test::warning_case& c, std::string_view in) {
    const sipcode::warning_result r = sipcode::parse_warning(in, c.pos);
    if (r.ec != c.ec || r.consumed != c.at || static_cast<bool>(r) != (c.ec == field_errc::ok)) return false;
    if (c.ec != field_errc::ok) return true;
    const sipcode::warning_value& v = r.value;
    if (r.last != c.last || v.code != c.code || v.agent != c.agent || v.text != c.text) return false;
    return within(v.agent, in) && within(v.text, in);
}

template <class Case, std::size_t N, class Check>
constexpr bool all_hold(const Case (&cases)[N], Check check, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last && i < N; ++i) {
        if (!check(cases[i], cases[i].input)) return false;
    }
    return true;
}

// Compile-time run of every case, in chunks to stay inside every compiler's constexpr budget.
constexpr auto reason_check = [](const sipcode_test::reason_case& c, std::string_view in) { return reason_holds(c, in); };
constexpr auto retry_check = [](const sipcode_test::retry_case& c, std::string_view in) { return retry_holds(c, in); };
constexpr auto warning_check = [](const sipcode_test::warning_case& c, std::string_view in) { return warning_holds(c, in); };

static_assert(all_hold(sipcode_test::reason_cases, reason_check, 0, 40));
static_assert(all_hold(sipcode_test::reason_cases, reason_check, 40, 80));
static_assert(all_hold(sipcode_test::reason_cases, reason_check, 80, 120));
static_assert(sipcode_test::reason_case_count < 120);
static_assert(all_hold(sipcode_test::retry_cases, retry_check, 0, 40));
static_assert(all_hold(sipcode_test::retry_cases, retry_check, 40, 80));
static_assert(sipcode_test::retry_case_count < 80);
static_assert(all_hold(sipcode_test::warning_cases, warning_check, 0, 40));
static_assert(all_hold(sipcode_test::warning_cases, warning_check, 40, 80));
static_assert(sipcode_test::warning_case_count < 80);

// The issue asks for at least 30 malformed inputs per parser.
template <class Case, std::size_t N>
constexpr std::size_t malformed(const Case (&cases)[N]) {
    std::size_t n = 0;
    for (const Case& c : cases) n += c.ec != field_errc::ok;
    return n;
}
static_assert(malformed(sipcode_test::reason_cases) >= 30);
static_assert(malformed(sipcode_test::retry_cases) >= 30);
static_assert(malformed(sipcode_test::warning_cases) >= 30);

// qdtext / quoted-pair targets and ctext, spelled out from RFC 3261 s25.1 (not from the parser).
bool qdtext_ascii(unsigned c) { return c == ' ' || c == '\t' || c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E); }
bool ctext_ascii(unsigned c) {
    return c == ' ' || c == '\t' || (c >= 0x21 && c <= 0x27) || (c >= 0x2A && c <= 0x5B) || (c >= 0x5D && c <= 0x7E);
}
bool token_octet(unsigned c) {
    const std::string_view marks = "-.!%*_+`'~";
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    return c < 0x80 && marks.find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

TEST_CASE("reason.hand_written_cases_at_runtime") {
    for (const auto& c : sipcode_test::reason_cases) {
        const heap_input buf(c.input);
        INFO("input \"" << printable(c.input) << "\" pos " << c.pos);
        const sipcode::reason_result r = sipcode::parse_reason(buf.view(), c.pos);
        CHECK(sipcode::to_string(r.ec) == sipcode::to_string(c.ec));
        CHECK(r.consumed == c.at);
        CHECK(r.consumed <= c.input.size());
        CHECK(reason_holds(c, buf.view()));
        if (r) {
            CHECK(inside(r.value.protocol, buf.view()));
            CHECK(inside(r.value.text, buf.view()));
            CHECK(inside(r.value.params.raw(), buf.view()));
        }
    }
}

TEST_CASE("retry_after.hand_written_cases_at_runtime") {
    for (const auto& c : sipcode_test::retry_cases) {
        const heap_input buf(c.input);
        INFO("input \"" << printable(c.input) << "\"");
        const sipcode::retry_after_result r = sipcode::parse_retry_after(buf.view());
        CHECK(sipcode::to_string(r.ec) == sipcode::to_string(c.ec));
        CHECK(r.consumed == c.at);
        CHECK(retry_holds(c, buf.view()));
        if (r) {
            CHECK(inside(r.value.comment, buf.view()));
            CHECK(inside(r.value.params.raw(), buf.view()));
        }
    }
}

TEST_CASE("warning.hand_written_cases_at_runtime") {
    for (const auto& c : sipcode_test::warning_cases) {
        const heap_input buf(c.input);
        INFO("input \"" << printable(c.input) << "\" pos " << c.pos);
        const sipcode::warning_result r = sipcode::parse_warning(buf.view(), c.pos);
        CHECK(sipcode::to_string(r.ec) == sipcode::to_string(c.ec));
        CHECK(r.consumed == c.at);
        CHECK(warning_holds(c, buf.view()));
        if (r) {
            CHECK(inside(r.value.agent, buf.view()));
            CHECK(inside(r.value.text, buf.view()));
        }
    }
}

TEST_CASE("field_errc.every_error_is_reachable_and_named") {
    std::set<field_errc> seen;
    for (const auto& c : sipcode_test::reason_cases) seen.insert(c.ec);
    for (const auto& c : sipcode_test::retry_cases) seen.insert(c.ec);
    for (const auto& c : sipcode_test::warning_cases) seen.insert(c.ec);
    seen.insert(sipcode::find_reason("SIP;cause=200", sipcode::reason_protocol::q850).ec);
    std::set<std::string_view> names;
    std::set<std::string_view> descriptions;
    for (std::size_t v = 0; v < sipcode::field_errc_count; ++v) {
        const auto e = static_cast<field_errc>(v);
        INFO("field_errc " << v);
        CHECK(seen.count(e) == 1);
        CHECK(sipcode::to_string(e) != "unknown");
        CHECK(sipcode::describe(e) != "unknown field error");
        names.insert(sipcode::to_string(e));
        descriptions.insert(sipcode::describe(e));
    }
    CHECK(names.size() == sipcode::field_errc_count);
    CHECK(descriptions.size() == sipcode::field_errc_count);
    CHECK(sipcode::to_string(static_cast<field_errc>(sipcode::field_errc_count)) == "unknown");
    CHECK(sipcode::describe(static_cast<field_errc>(sipcode::field_errc_count)) == "unknown field error");
}

TEST_CASE("reason.every_octet_inside_the_quoted_text") {
    for (unsigned b = 0; b < 256; ++b) {
        std::string in = "SIP;text=\"a";
        in += static_cast<char>(b);
        in += "z\"";
        INFO("octet " << b);
        const heap_input buf(in);
        const auto r = sipcode::parse_reason(buf.view());
        if (qdtext_ascii(b)) {
            CHECK(r.ec == field_errc::ok);
            CHECK(r.value.text == in.substr(10, 3));
        } else if (b == '"') {
            CHECK(r.ec == field_errc::unexpected_char);  // the quote closed the text after "a"
            CHECK(r.consumed == 12);
        } else if (b == '\\') {
            CHECK(r.ec == field_errc::ok);  // "\z" is a quoted-pair
            CHECK(r.value.text == "a\\z");
        } else if (b >= 0xC0 && b <= 0xFD) {
            CHECK(r.ec == field_errc::bad_utf8);  // 'z' is not a continuation octet
            CHECK(r.consumed == 11);
        } else if (b >= 0x80) {
            CHECK(r.ec == field_errc::bad_utf8);  // a lone continuation octet, 0xFE, 0xFF
            CHECK(r.consumed == 11);
        } else {
            CHECK(r.ec == field_errc::bad_char);  // controls, NUL, CR and LF that are not a fold
            CHECK(r.consumed == 11);
        }
    }
}

TEST_CASE("reason.every_octet_after_a_backslash") {
    for (unsigned b = 0; b < 256; ++b) {
        std::string in = "SIP;text=\"\\";
        in += static_cast<char>(b);
        in += "\"";
        INFO("octet " << b);
        const heap_input buf(in);
        const auto r = sipcode::parse_reason(buf.view());
        if (b <= 0x7F && b != '\r' && b != '\n') {
            CHECK(r.ec == field_errc::ok);
            char out[4] = {};
            const std::size_t n = sipcode::unquote(r.value.text, out, sizeof out);
            CHECK(n == 1);
            CHECK(static_cast<unsigned char>(out[0]) == b);
        } else {
            CHECK(r.ec == field_errc::bad_escape);
            CHECK(r.consumed == 10);
        }
    }
}

TEST_CASE("reason.every_octet_inside_the_protocol") {
    for (unsigned b = 0; b < 256; ++b) {
        std::string in = "S";
        in += static_cast<char>(b);
        in += "P;cause=486";
        INFO("octet " << b);
        const heap_input buf(in);
        const auto r = sipcode::parse_reason(buf.view());
        if (token_octet(b)) {
            CHECK(r.ec == field_errc::ok);
            CHECK(r.value.protocol == in.substr(0, 3));
            CHECK(r.value.kind == ((b == 'I' || b == 'i') ? sipcode::reason_protocol::sip : sipcode::reason_protocol::other));
        } else if (b == ';') {
            CHECK(r.ec == field_errc::ok);  // protocol "S" with the parameters "P" and "cause=486"
            CHECK(r.value.protocol == "S");
            CHECK(r.value.params.size() == 2);
        } else if (b == ' ' || b == '\t') {
            CHECK(r.ec == field_errc::unexpected_char);  // "S" then "P"
            CHECK(r.consumed == 2);
        } else if (b == ',') {
            CHECK(r.ec == field_errc::ok);  // "S", then a second value "P;cause=486"
            CHECK(r.value.protocol == "S");
            CHECK(r.consumed == 2);
            CHECK_FALSE(r.last);
        } else if ((b < 0x20 || b == 0x7F)) {
            CHECK(r.ec == field_errc::bad_char);
            CHECK(r.consumed == 1);
        } else {
            CHECK(r.ec == field_errc::unexpected_char);
            CHECK(r.consumed == 1);
        }
    }
}

TEST_CASE("retry_after.every_octet_inside_the_comment") {
    for (unsigned b = 0; b < 256; ++b) {
        std::string in = "120 (a";
        in += static_cast<char>(b);
        in += "z)";
        INFO("octet " << b);
        const heap_input buf(in);
        const auto r = sipcode::parse_retry_after(buf.view());
        if (ctext_ascii(b)) {
            CHECK(r.ec == field_errc::ok);
            CHECK(r.value.comment == in.substr(5, 3));
        } else if (b == '(') {
            CHECK(r.ec == field_errc::unterminated_comment);  // "(a(z)" never closes the outer one
            CHECK(r.consumed == in.size());
        } else if (b == ')') {
            CHECK(r.ec == field_errc::unexpected_char);  // "(a)" then "z)"
            CHECK(r.consumed == 7);
        } else if (b == '\\') {
            CHECK(r.ec == field_errc::ok);
            CHECK(r.value.comment == "a\\z");
        } else if (b >= 0x80) {
            CHECK(r.ec == field_errc::bad_utf8);
            CHECK(r.consumed == 6);
        } else {
            CHECK(r.ec == field_errc::bad_char);
            CHECK(r.consumed == 6);
        }
    }
}

TEST_CASE("retry_after.every_delta_seconds_around_the_limit") {
    for (std::uint64_t v : {0ULL, 1ULL, 120ULL, 65535ULL, 65536ULL, 4294967294ULL, 4294967295ULL, 4294967296ULL,
                            9999999999ULL, 18446744073709551615ULL}) {
        const std::string in = std::to_string(v) + ";duration=" + std::to_string(v);
        INFO(in);
        const heap_input buf(in);
        const auto r = sipcode::parse_retry_after(buf.view());
        if (v <= 4294967295ULL) {
            REQUIRE(r.ec == field_errc::ok);
            CHECK(r.value.seconds == v);
            CHECK(r.value.duration == v);
        } else {
            CHECK(r.ec == field_errc::number_too_large);
            CHECK(r.consumed == 0);
        }
    }
    // 20 leading zeros are not an overflow
    const auto z = sipcode::parse_retry_after("00000000000000000000120");
    CHECK(z.ec == field_errc::ok);
    CHECK(z.value.seconds == 120);
}

TEST_CASE("warning.every_warn_code_000_to_999") {
    for (int code = 0; code <= 999; ++code) {
        char digits[4] = {static_cast<char>('0' + code / 100), static_cast<char>('0' + code / 10 % 10),
                          static_cast<char>('0' + code % 10), 0};
        const std::string in = std::string(digits) + " host \"text\"";
        const heap_input buf(in);
        const auto r = sipcode::parse_warning(buf.view());
        INFO("warn-code " << code);
        REQUIRE(r.ec == field_errc::ok);
        CHECK(r.value.code == code);
    }
}

TEST_CASE("parsers.every_prefix_of_valid_values_stays_inside_the_input") {
    // Cut every valid case at every length: whatever the verdict, offsets stay inside the prefix and
    // views point into it (run under AddressSanitizer this also proves no read past the end).
    std::size_t prefixes = 0;
    for (const auto& c : sipcode_test::reason_cases) {
        for (std::size_t n = 0; n <= c.input.size(); ++n) {
            const heap_input buf(c.input.substr(0, n));
            const auto r = sipcode::parse_reason(buf.view(), c.pos < n ? c.pos : n);
            CHECK(r.consumed <= n);
            if (r) CHECK(inside(r.value.text, buf.view()));
            ++prefixes;
        }
    }
    for (const auto& c : sipcode_test::retry_cases) {
        for (std::size_t n = 0; n <= c.input.size(); ++n) {
            const heap_input buf(c.input.substr(0, n));
            const auto r = sipcode::parse_retry_after(buf.view());
            CHECK(r.consumed <= n);
            if (r) CHECK(inside(r.value.comment, buf.view()));
            ++prefixes;
        }
    }
    for (const auto& c : sipcode_test::warning_cases) {
        for (std::size_t n = 0; n <= c.input.size(); ++n) {
            const heap_input buf(c.input.substr(0, n));
            const auto r = sipcode::parse_warning(buf.view(), c.pos < n ? c.pos : n);
            CHECK(r.consumed <= n);
            if (r) CHECK(inside(r.value.text, buf.view()));
            ++prefixes;
        }
    }
    CHECK(prefixes > 3000);
    // A quoted string cut anywhere inside is unterminated, at the end of the input.
    const std::string_view full = "SIP;text=\"Call \\\"completed\\\" \xC3\xA9lsewhere\"";
    for (std::size_t n = 11; n < full.size(); ++n) {
        const heap_input buf(full.substr(0, n));
        INFO("prefix length " << n);
        const auto r = sipcode::parse_reason(buf.view());
        CHECK(r.ec == field_errc::unterminated_quote);
        CHECK(r.consumed == n);
    }
}

TEST_CASE("reason.walks_a_header_with_several_values") {
    const std::string_view header =
        "SIP;cause=200;text=\"Call completed elsewhere\", Q.850;cause=16;text=\"a, b\" ,\r\n preemption;cause=1";
    const heap_input buf(header);
    std::string protocols;
    std::size_t pos = 0;
    int values = 0;
    for (;;) {
        const auto r = sipcode::parse_reason(buf.view(), pos);
        REQUIRE(r);
        protocols += std::string(r.value.protocol) + "/";
        ++values;
        if (r.last) break;
        pos = r.consumed;
    }
    CHECK(values == 3);
    CHECK(protocols == "SIP/Q.850/preemption/");

    CHECK(sipcode::find_reason(buf.view(), sipcode::reason_protocol::q850).value.cause == 16);
    CHECK(sipcode::find_reason(buf.view(), sipcode::reason_protocol::sip).value.cause == 200);
    CHECK(sipcode::find_reason(buf.view(), sipcode::reason_protocol::other).value.protocol == "preemption");
    const auto none = sipcode::find_reason("SIP;cause=200, STIR;cause=438", sipcode::reason_protocol::q850);
    CHECK(none.ec == field_errc::not_found);
    CHECK(none.consumed == 29);
    CHECK_FALSE(none);
    // a syntax error before the match is reported, not skipped
    const auto broken = sipcode::find_reason("SIP;cause=2000, Q.850;cause=16", sipcode::reason_protocol::q850);
    CHECK(broken.ec == field_errc::out_of_range);
    CHECK(broken.consumed == 10);
    static_assert(sipcode::find_reason("SIP;cause=487, Q.850;cause=16", sipcode::reason_protocol::q850).value.cause == 16);
}

TEST_CASE("field.param_list_iterates_every_parameter") {
    constexpr std::string_view in = "Q.850 ; cause=16;text=\"T \\\"x\\\"\";location=LN;flag;h=[2001:db8::1];Q=\"\"";
    const auto r = sipcode::parse_reason(in);
    REQUIRE(r);
    std::string seen;
    for (const sipcode::generic_param& p : r.value.params) {
        seen += std::string(p.name) + "=" + std::string(p.value) + (p.quoted ? "(q)" : "") + "|";
    }
    CHECK(seen == "cause=16|text=T \\\"x\\\"(q)|location=LN|flag=|h=[2001:db8::1]|Q=(q)|");
    CHECK(r.value.params.size() == 6);
    CHECK(r.value.params.find("LOCATION").found);
    CHECK(r.value.params.find("location").param.value == "LN");
    CHECK_FALSE(r.value.params.find("loc").found);
    CHECK(r.value.params.find("q").param.quoted);
    CHECK(sipcode::param_list{}.empty());
    CHECK(sipcode::param_list{}.size() == 0);
    static_assert(sipcode::parse_retry_after("5;a=1;b;c=\"d\"").value.params.size() == 3);
    static_assert(sipcode::parse_retry_after("5;a=1;b;c=\"d\"").value.params.find("c").param.value == "d");
}

TEST_CASE("field.unquote_resolves_quoted_pairs_and_folds") {
    char out[64] = {};
    const auto r = sipcode::parse_reason("SIP;text=\"say \\\"bye\\\" \\\\ now\r\n\tplease\"");
    REQUIRE(r);
    const std::size_t n = sipcode::unquote(r.value.text, out, sizeof out);
    CHECK(std::string_view(out, n) == "say \"bye\" \\ now\tplease");
    // the output never exceeds the input, and a short buffer is never overrun
    char tiny[3] = {'#', '#', '#'};
    CHECK(sipcode::unquote("abcdef", tiny, 2) == 2);
    CHECK(tiny[2] == '#');
    constexpr auto decoded = [] {
        std::array<char, 8> buf{};
        const std::size_t len = sipcode::unquote("a\\\"b", buf.data(), buf.size());
        return len == 3 && buf[0] == 'a' && buf[1] == '"' && buf[2] == 'b';
    }();
    static_assert(decoded);
}

TEST_CASE("warning.every_row_of_the_iana_warn_code_registry") {
    const auto rows = sipcode_test::read_csv(sipcode_test::data_path("iana-warning-codes.csv"));
    REQUIRE(rows.size() == sipcode::warn_codes.size());
    std::size_t i = 0;
    for (const auto& row : rows) {
        const int code = std::stoi(row.at("warn_code"));
        INFO("warn-code " << code);
        const sipcode::warn_code_info* info = sipcode::find_warn_code(static_cast<std::uint16_t>(code));
        REQUIRE(info != nullptr);
        CHECK(info == &sipcode::warn_codes[i]);  // same order as the registry (ascending)
        CHECK(info->code == code);
        CHECK(info->text == row.at("text"));
        CHECK(info->reference == row.at("reference"));
        // a Warning header carrying it parses back to the same code
        const std::string header = row.at("warn_code") + " example.com \"" + row.at("text") + "\"";
        const auto parsed = sipcode::parse_warning(header);
        REQUIRE(parsed);
        CHECK(parsed.value.code == code);
        CHECK(parsed.value.text == row.at("text"));
        ++i;
    }
    // and no row the data file lacks: every other value is unregistered
    std::set<int> listed;
    for (const auto& row : rows) listed.insert(std::stoi(row.at("warn_code")));
    for (std::uint32_t v = 0; v <= 0xFFFF; ++v) {
        const auto code = static_cast<std::uint16_t>(v);
        if (listed.count(code) == 0) CHECK(sipcode::find_warn_code(code) == nullptr);
    }
}

TEST_CASE("warning.range_of_every_code") {
    for (int code = 0; code <= 999; ++code) {
        const auto c = static_cast<std::uint16_t>(code);
        sipcode::warn_range expected = sipcode::warn_range::other;
        if (code >= 300 && code <= 329) expected = sipcode::warn_range::session_description;
        else if (code >= 330 && code <= 339) expected = sipcode::warn_range::network_service;
        else if (code >= 370 && code <= 379) expected = sipcode::warn_range::quality_of_service;
        else if (code >= 390 && code <= 399) expected = sipcode::warn_range::miscellaneous;
        INFO("warn-code " << code);
        CHECK(sipcode::range_of(c) == expected);
    }
    static_assert(sipcode::find_warn_code(305)->text == "Incompatible media format");
    static_assert(sipcode::find_warn_code(309) == nullptr);
}
