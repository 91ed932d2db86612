// The runtime fast path of the status-line parser (detail/status_line_fast.hpp) against the general
// parser it must equal.
#include <sipcode/parse.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "support/heap_input.hpp"

using sipcode::parse_mode;
using sipcode::parse_status_line;
using sipcode_test::heap_input;
using sipcode_test::printable;

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
