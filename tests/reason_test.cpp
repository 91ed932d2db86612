// The Reason parser (RFC 3326 s2): every hand-written case at compile time and at run time from an
// exact-size heap buffer, sweeps over every octet in the quoted-string and protocol-token positions and
// after a backslash, and a header of several values walked and searched.
#include <sipcode/reason.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "support/field_checks.hpp"
#include "support/header_cases.hpp"
#include "support/heap_input.hpp"

using sipcode::field_errc;
using sipcode_test::all_hold;
using sipcode_test::heap_input;
using sipcode_test::inside;
using sipcode_test::printable;
using sipcode_test::within;

namespace {

// --- the checks, usable at compile time and at run time

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

// Compile-time run of every case, in chunks to stay inside every compiler's constexpr budget.
constexpr auto reason_check = [](const sipcode_test::reason_case& c, std::string_view in) { return reason_holds(c, in); };

static_assert(all_hold(sipcode_test::reason_cases, reason_check, 0, 40));
static_assert(all_hold(sipcode_test::reason_cases, reason_check, 40, 80));
static_assert(all_hold(sipcode_test::reason_cases, reason_check, 80, 120));
static_assert(sipcode_test::reason_case_count < 120);

// The issue asks for at least 30 malformed inputs per parser.
static_assert(sipcode_test::malformed(sipcode_test::reason_cases) >= 30);

// qdtext / quoted-pair targets, spelled out from RFC 3261 s25.1 (not from the parser).
bool qdtext_ascii(unsigned c) { return c == ' ' || c == '\t' || c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E); }
// token, spelled out from RFC 3261 s25.1.
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
