// The fmt, std::format and iostream integrations: every row is checked through each backend this
// build has, with the exact text expected, including hostile reason phrases.
#include <sipcode/fmt.hpp>
#include <sipcode/format.hpp>
#include <sipcode/ostream.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include <sipcode/sipcode.hpp>
#include <sipcode/telephony.hpp>

#if defined(SIPCODE_EXPECT_STD_FORMAT)
// Set by the preset that exists for std::format: losing -fexperimental-library (or <format>) must
// fail the build, not silently drop the std::format half of every check below.
static_assert(SIPCODE_HAS_STD_FORMAT == 1, "this preset expects std::format; format.hpp found none");
#endif

using sipcode::classify;
using sipcode::parse_errc;
using sipcode::status;
using sipcode::status_class;
using sipcode::status_line;

namespace {

// Checks `value` formatted with the replacement field `spec` (e.g. "{:>8d}") by fmt and, where the
// standard library has it, std::format; for "{}" also by operator<<.
template <class T>
void expect(std::string_view spec, const T& value, std::string_view expected) {
    INFO("spec " << std::string(spec));
    CHECK(fmt::format(fmt::runtime(spec), value) == expected);
#if SIPCODE_HAS_STD_FORMAT
    CHECK(std::vformat(spec, std::make_format_args(value)) == expected);
#endif
    if (spec == "{}") {
        std::ostringstream os;
        os << value;
        CHECK(os.str() == expected);
    }
}

template <class T>
void expect_bad_spec(std::string_view spec, const T& value) {
    INFO("spec " << std::string(spec));
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime(spec), value), fmt::format_error);
#if SIPCODE_HAS_STD_FORMAT
    CHECK_THROWS_AS((void)std::vformat(spec, std::make_format_args(value)), std::format_error);
#endif
}

}  // namespace

TEST_CASE("format.status") {
    expect("{}", status::busy_here, "486 Busy Here");
    expect("{}", status::accepted, "202 Accepted");
    expect("{}", static_cast<status>(499), "499");  // unregistered: still its number
    expect("{}", static_cast<status>(7), "7");
    expect("{:d}", status::busy_here, "486");
    expect("{:p}", status::ok, "OK");
    expect("{:p}", static_cast<status>(499), "");
    expect("{:n}", status::busy_here, "busy_here");
    expect("{:n}", static_cast<status>(499), "");
    expect("{:c}", status::busy_here, "request_failure");
    expect("{:c}", static_cast<status>(42), "invalid");
    expect("{:>16p}", status::ok, "              OK");
    expect("{:*^17}", status::busy_here, "**486 Busy Here**");
    expect("{:*^16}", status::busy_here, "*486 Busy Here**");
    expect("{:<8d}|", status::busy_here, "486     |");
    expect("{:8}|", static_cast<status>(499), "499     |");
    expect("{:\xC3\xA9>6d}", status::busy_here, "\xC3\xA9\xC3\xA9\xC3\xA9" "486");
    expect("{:3}", status::busy_here, "486 Busy Here");  // never truncated
    expect("[{0}] {0:d}", status::trying, "[100 Trying] 100");
}

TEST_CASE("format.every_registered_code_prints_code_and_phrase") {
    for (const sipcode::status_info& row : sipcode::registry) {
        INFO(row.code);
        const std::string expected = std::to_string(row.code) + " " + std::string(row.reason);
        CHECK(fmt::format("{}", static_cast<status>(row.code)) == expected);
        std::ostringstream os;
        os << static_cast<status>(row.code);
        CHECK(os.str() == expected);
    }
}

TEST_CASE("format.status_class") {
    expect("{}", status_class::server_failure, "server_failure");
    expect("{:d}", status_class::server_failure, "5");
    expect("{:x}", status_class::global_failure, "6xx");
    expect("{:x}", status_class::invalid, "invalid");
    expect("{:d}", status_class::invalid, "0");
    expect("{:>8x}", status_class::success, "     2xx");
}

TEST_CASE("format.status_line") {
    const auto parsed = sipcode::parse_status_line("SIP/2.0 486 Busy Here\r\nVia: x\r\n");
    REQUIRE(parsed);
    expect("{}", parsed.line, "SIP/2.0 486 Busy Here");
    expect("{:d}", parsed.line, "486");
    expect("{:p}", parsed.line, "Busy Here");
    const auto lenient = sipcode::parse_status_line("sip/2.0 200", sipcode::parse_mode::lenient);
    REQUIRE(lenient);
    expect("{}", lenient.line, "sip/2.0 200");  // no trailing space for an empty phrase
    expect("{:_<24}", parsed.line, "SIP/2.0 486 Busy Here___");
}

TEST_CASE("format.hostile_phrases_are_escaped") {
    using namespace std::string_view_literals;
    const auto line = [](std::string_view reason) { return status_line{"SIP/2.0", 200, reason}; };
    expect("{}", line("OK\r\nVia: SIP/2.0/UDP forged"), "SIP/2.0 200 OK\\r\\nVia: SIP/2.0/UDP forged");
    expect("{}", line("OK\n2026-11-23 INFO admin logged in"), "SIP/2.0 200 OK\\n2026-11-23 INFO admin logged in");
    expect("{}", line("\x1b]0;pwned\x07\x1b[2J"), "SIP/2.0 200 \\x1B]0;pwned\\x07\\x1B[2J");
    expect("{}", line("O\0K"sv), "SIP/2.0 200 O\\x00K");
    expect("{}", line("\xff\xfe"), "SIP/2.0 200 \\xFF\\xFE");
    expect("{}", line("\xE2\x80\xAEKO"), "SIP/2.0 200 \\u{202E}KO");
    expect("{}", line("\xC2\x9B" "31m"), "SIP/2.0 200 \\u{009B}31m");
    expect("{}", line("a\\x41"), "SIP/2.0 200 a\\\\x41");
    expect("{}", line("Besetzt \xC3\xBC"), "SIP/2.0 200 Besetzt \xC3\xBC");
    expect("{}", status_line{"SIP/2.0\r\n", 200, "OK"}, "SIP/2.0\\r\\n 200 OK");
    // Padding counts the escaped text.
    expect("{:>12p}", line("a\nb"), "        a\\nb");
    expect("{:*<8p}", line("\x01"), "\\x01****");

    // A 1 MiB phrase of control octets: every octet escaped, nothing else written.
    const std::string big(std::size_t{1} << 20, '\x01');
    const std::string out = fmt::format("{}", line(big));
    CHECK(out.size() == 12 + 4 * big.size());
    CHECK(out.find('\x01') == std::string::npos);
    CHECK(out.compare(0, 16, "SIP/2.0 200 \\x01") == 0);
    std::ostringstream os;
    os << line(big);
    CHECK(os.str() == out);
}

TEST_CASE("format.classification") {
    expect("{}", classify(486), "486 Busy Here");
    expect("{}", classify(202), "202 Accepted");
    expect("{}", classify(499), "499 (unregistered, handled as 400 Bad Request)");
    expect("{}", classify(198), "198 (unregistered, handled as 183 Session Progress)");
    expect("{}", classify(650), "650 (unregistered, handled as 600 Busy Everywhere)");
    expect("{}", classify(1000), "1000 (invalid)");
    expect("{}", classify(0), "0 (invalid)");
    expect("{:d}", classify(499), "499");
    expect("{:e}", classify(499), "400");
    expect("{:e}", classify(202), "200");
    expect("{:c}", classify(503), "server_failure");
    expect("{:a}", classify(503), "fail_over");
    expect("{:a}", classify(401), "resend_with_credentials");
    expect("{:>6e}", classify(299), "   200");
}

TEST_CASE("format.parse_errc_and_actions") {
    expect("{}", parse_errc::bare_cr, "bare_cr");
    expect("{:m}", parse_errc::bare_cr, "CR not followed by LF");
    expect("{}", parse_errc::ok, "ok");
    expect("{:>12}", parse_errc::not_sip, "     not_sip");
    expect("{}", sipcode::next_step::retry_later, "retry_later");
    expect("{}", sipcode::proxy_action::fail_over, "fail_over");
    expect("{}", sipcode::header_field::www_authenticate, "WWW-Authenticate");
    expect("{}", sipcode::header_field::min_se, "Min-SE");
    for (std::size_t v = 0; v < sipcode::parse_errc_count; ++v) {
        const auto e = static_cast<parse_errc>(v);
        CHECK(fmt::format("{}", e) == sipcode::to_string(e));
        CHECK(fmt::format("{:m}", e) == sipcode::describe(e));
    }
}

// Every value of every public enum prints its to_string() name through each backend, and the
// enums with a describe() print it for m.
template <class E>
void expect_every_value(std::size_t count) {
    for (std::size_t v = 0; v < count; ++v) {
        const auto e = static_cast<E>(v);
        INFO("value " << v);
        expect("{}", e, sipcode::to_string(e));
        expect("{:>40}", e, std::string(40 - sipcode::to_string(e).size(), ' ') + std::string(sipcode::to_string(e)));
    }
}
template <class E>
void expect_every_description(std::size_t count) {
    expect_every_value<E>(count);
    for (std::size_t v = 0; v < count; ++v) {
        const auto e = static_cast<E>(v);
        expect("{:m}", e, sipcode::describe(e));
    }
}

TEST_CASE("format.every_public_enum") {
    expect_every_description<sipcode::next_step>(sipcode::next_step_count);
    expect_every_description<sipcode::proxy_action>(sipcode::proxy_action_count);
    expect_every_description<sipcode::dialog_effect>(sipcode::dialog_effect_count);
    expect_every_description<sipcode::field_errc>(sipcode::field_errc_count);
    expect_every_description<parse_errc>(sipcode::parse_errc_count);
    expect_every_value<sipcode::parse_mode>(2);
    expect_every_value<sipcode::reason_protocol>(3);
    expect_every_value<sipcode::warn_range>(5);
    expect_every_value<sipcode::q850_class>(8);
    expect_every_value<sipcode::q850_basis>(7);
    for (const int l : {0, 1, 2, 3, 4, 5, 7, 10}) {
        const auto loc = static_cast<sipcode::q850_location>(l);
        expect("{}", loc, sipcode::to_string(loc));
    }
    // The names are the enumerators' spellings, not texts that could drift.
    expect("{}", sipcode::dialog_effect::usage, "usage");
    expect("{}", sipcode::field_errc::unterminated_quote, "unterminated_quote");
    expect("{}", sipcode::q850_location::public_network_local, "public_network_local");
    expect_bad_spec("{:m}", sipcode::reason_protocol::sip);
}

TEST_CASE("format.advice_and_q850_results") {
    constexpr sipcode::retry_after ra = sipcode::parse_retry_after("120;duration=3600").value;
    expect("{}", sipcode::advise(503, sipcode::out_of_dialog("INVITE"), &ra),
           "fail_over, avoid this server for 120 s, reachable for 3600 s; dialog: transaction");
    expect("{}", sipcode::advise(486, sipcode::out_of_dialog("INVITE"), &ra),
           "retry_later after 120 s, reachable for 3600 s; dialog: transaction");
    expect("{}", sipcode::advise(491, sipcode::in_dialog("INVITE").call_id_owner()),
           "retry_after_random_delay after 2.1 s to 4 s; dialog: transaction");
    expect("{}", sipcode::advise(481, sipcode::in_dialog("INVITE")), "end_usage, send BYE; dialog: usage");
    expect("{}", sipcode::advise(200, sipcode::in_dialog("BYE")), "done; dialog: usage");
    expect("{:s}", sipcode::advise(404, sipcode::in_dialog("INVITE")), "end_dialog");
    expect("{:d}", sipcode::advise(404, sipcode::in_dialog("INVITE")), "dialog");
    expect("{:>10s}", sipcode::advise(200), "      done");
    expect("{}", sipcode::sip_to_q850(486), "17 User busy");
    expect("{:d}", sipcode::sip_to_q850(486), "17");
    expect("{}", sipcode::sip_to_q850(487), "none");
    expect("{}", sipcode::q850_to_sip(34), "503 Service Unavailable");
    expect("{:d}", sipcode::q850_to_sip(34), "503");
    expect("{}", sipcode::q850_to_sip(16), "none");
    expect_bad_spec("{:p}", sipcode::advise(200));
}

TEST_CASE("format.bad_specs_are_rejected") {
    expect_bad_spec("{:q}", status::ok);
    expect_bad_spec("{:x}", status::ok);
    expect_bad_spec("{:05}", status::ok);
    expect_bad_spec("{:.3}", status::ok);
    expect_bad_spec("{:+}", status::ok);
    expect_bad_spec("{:dd}", status::ok);
    expect_bad_spec("{:d}", parse_errc::ok);
    expect_bad_spec("{:p}", sipcode::header_field::via);
    expect_bad_spec("{:99999}", status::ok);
}
