// The runtime fast path of the status-line parser (detail/status_line_fast.hpp) against the general
// parser it must equal.
#include <sipcode/parse.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "support/heap_input.hpp"

using sipcode::parse_mode;
using sipcode::parse_status_line;
using sipcode_test::heap_input;
using sipcode_test::printable;

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
                INFO("octet " << b << " at " << pos << " of \"" << printable(base) << "\"");
                check_agrees_with_general(line);
            }
        }
    }
}


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
