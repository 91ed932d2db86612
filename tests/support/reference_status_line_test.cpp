// The reference parser (tests/support/reference_status_line.hpp) against the hand-written cases,
// then against parse_status_line() on every one-octet change of a few lines: the same comparison
// the differential fuzzer makes, run deterministically in every build.
#include <doctest/doctest.h>

#include <sipcode/parse.hpp>

#include <string>
#include <string_view>

#include "support/heap_input.hpp"
#include "support/parse_cases.hpp"
#include "support/reference_status_line.hpp"

using sipcode_test::printable;

using sipcode::parse_errc;
using sipcode::parse_mode;
using sipcode_reference::outcome;
using sipcode_reference::reference_parse;

namespace {

std::string name_of(const outcome& o) { return o.accepted() ? "ok" : o.error; }

void check_expectation(std::string_view input, bool lenient, const sipcode_test::expectation& e) {
    const outcome o = reference_parse(input, lenient);
    INFO("input \"" << printable(input) << "\" " << (lenient ? "lenient" : "strict"));
    CHECK(name_of(o) == std::string(sipcode::to_string(e.ec)));
    CHECK(o.offset == e.at);
    if (e.ec == parse_errc::ok) {
        CHECK(o.code == e.code);
        CHECK(input.substr(o.reason_pos, o.reason_len) == e.reason);
    }
    if (e.ec == parse_errc::code_out_of_range) CHECK(o.code == e.code);
}

// Everything the parser and the reference say about `input` must be the same.
bool agree(std::string_view input, parse_mode mode) {
    const bool lenient = mode == parse_mode::lenient;
    const sipcode::parse_result r = sipcode::parse_status_line(input, mode);
    const outcome o = reference_parse(input, lenient);
    bool same = name_of(o) == sipcode::to_string(r.ec) && o.offset == r.consumed;
    if (r) {
        same = same && o.code == r.line.code && o.reason_len == r.line.reason.size() &&
               o.reason_pos == static_cast<std::size_t>(r.line.reason.data() - input.data()) &&
               o.version_len == r.line.version.size() &&
               o.version_pos == static_cast<std::size_t>(r.line.version.data() - input.data());
    } else {
        same = same && (o.has_code ? o.code : 0U) == r.line.code &&
               (o.has_version ? o.version_len : 0U) == r.line.version.size();
    }
    if (!same) {
        INFO("input \"" << printable(input) << "\" " << (lenient ? "lenient" : "strict") << ": parser "
                        << sipcode::to_string(r.ec) << " at " << r.consumed << " code " << r.line.code
                        << ", reference " << name_of(o) << " at " << o.offset << " code " << o.code);
        CHECK(same);
    }
    return same;
}

}  // namespace

TEST_CASE("reference_status_line.matches_the_hand_written_cases") {
    for (const sipcode_test::parse_case& c : sipcode_test::parse_cases) {
        check_expectation(c.input, false, c.strict);
        check_expectation(c.input, true, c.lenient);
    }
}

TEST_CASE("reference_status_line.agrees_with_the_parser_on_the_hand_written_cases") {
    for (const sipcode_test::parse_case& c : sipcode_test::parse_cases) {
        agree(c.input, parse_mode::strict);
        agree(c.input, parse_mode::lenient);
    }
}

TEST_CASE("reference_status_line.agrees_with_the_parser_on_every_one_octet_change") {
    const std::string_view lines[] = {
        "SIP/2.0 486 Busy \xC3\xA9%2F\r\nVia: x\r\n",
        "\r\nsip/2.0 199 \xF8\x88\x80\x80\x80 a\r\n",
        "SIP/2.0 200 OK\n",
    };
    std::size_t disagreements = 0;
    for (const std::string_view line : lines) {
        for (std::size_t at = 0; at <= line.size(); ++at) {
            for (unsigned b = 0; b < 256; ++b) {
                std::string replaced(line);
                std::string inserted(line);
                if (at < line.size()) replaced[at] = static_cast<char>(b);
                inserted.insert(at, 1, static_cast<char>(b));
                for (const parse_mode mode : {parse_mode::strict, parse_mode::lenient}) {
                    if (!agree(replaced, mode)) ++disagreements;
                    if (!agree(inserted, mode)) ++disagreements;
                    if (!agree(std::string_view(replaced).substr(0, at), mode)) ++disagreements;
                }
            }
        }
    }
    CHECK(disagreements == 0);
}
