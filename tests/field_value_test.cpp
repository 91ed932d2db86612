// What the Reason, Retry-After and Warning parsers share (field_value.hpp): every field_errc reachable
// and named, every prefix of every valid value kept inside the input, parameter lists and unquote().
#include <sipcode/field_value.hpp>
#include <sipcode/field.hpp>  // the former name of field_value.hpp still works
#include <sipcode/reason.hpp>
#include <sipcode/retry_after.hpp>
#include <sipcode/warning.hpp>

#include <doctest/doctest.h>

#include <array>
#include <set>
#include <string>
#include <string_view>

#include "support/header_cases.hpp"
#include "support/heap_input.hpp"

using sipcode::field_errc;
using sipcode_test::heap_input;
using sipcode_test::inside;

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
