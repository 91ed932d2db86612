// The Retry-After parser (RFC 3261 s20.33): every hand-written case at compile time and at run time
// from an exact-size heap buffer, every octet inside the comment, and delta-seconds around the limit.
#include <sipcode/retry_after.hpp>

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

// Compile-time run of every case, in chunks to stay inside every compiler's constexpr budget.
constexpr auto retry_check = [](const sipcode_test::retry_case& c, std::string_view in) { return retry_holds(c, in); };

static_assert(all_hold(sipcode_test::retry_cases, retry_check, 0, 40));
static_assert(all_hold(sipcode_test::retry_cases, retry_check, 40, 80));
static_assert(sipcode_test::retry_case_count < 80);

// The issue asks for at least 30 malformed inputs per parser.
static_assert(sipcode_test::malformed(sipcode_test::retry_cases) >= 30);

// ctext, spelled out from RFC 3261 s25.1 (not from the parser).
bool ctext_ascii(unsigned c) {
    return c == ' ' || c == '\t' || (c >= 0x21 && c <= 0x27) || (c >= 0x2A && c <= 0x5B) || (c >= 0x5D && c <= 0x7E);
}

}  // namespace

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
