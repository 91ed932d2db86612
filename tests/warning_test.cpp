// The warn-code registry and the Warning parser (RFC 3261 s20.43): every hand-written case at compile
// time and at run time from an exact-size heap buffer, every warn-code 000..999, and the registry
// against its data file.
#include <sipcode/warning.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "support/csv.hpp"
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

constexpr bool warning_holds(const sipcode_test::warning_case& c, std::string_view in) {
    const sipcode::warning_result r = sipcode::parse_warning(in, c.pos);
    if (r.ec != c.ec || r.consumed != c.at || static_cast<bool>(r) != (c.ec == field_errc::ok)) return false;
    if (c.ec != field_errc::ok) return true;
    const sipcode::warning_value& v = r.value;
    if (r.last != c.last || v.code != c.code || v.agent != c.agent || v.text != c.text) return false;
    return within(v.agent, in) && within(v.text, in);
}

// Compile-time run of every case, in chunks to stay inside every compiler's constexpr budget.
constexpr auto warning_check = [](const sipcode_test::warning_case& c, std::string_view in) { return warning_holds(c, in); };

static_assert(all_hold(sipcode_test::warning_cases, warning_check, 0, 40));
static_assert(all_hold(sipcode_test::warning_cases, warning_check, 40, 80));
static_assert(sipcode_test::warning_case_count < 80);

// The issue asks for at least 30 malformed inputs per parser.
static_assert(sipcode_test::malformed(sipcode_test::warning_cases) >= 30);

}  // namespace

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
