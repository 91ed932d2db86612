// std::error_code integration: parse_errc as an error-code enum, final failures as errors in the
// "sipcode.status" category with per-class conditions, and 1xx/2xx never an error.
#include <sipcode/error_code.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <ostream>
#include <string>
#include <system_error>

using sipcode::parse_errc;
using sipcode::status_class;

TEST_CASE("error_code.parse_errc") {
    static_assert(std::is_error_code_enum<parse_errc>::value);
    const std::error_code ok = parse_errc::ok;
    CHECK(!ok);
    for (std::size_t v = 1; v < sipcode::parse_errc_count; ++v) {
        const auto e = static_cast<parse_errc>(v);
        const std::error_code ec = e;  // implicit, through ADL make_error_code
        INFO(v);
        CHECK(ec);
        CHECK(ec.value() == static_cast<int>(v));
        CHECK(std::string(ec.category().name()) == "sipcode.parse");
        CHECK(ec.message() == sipcode::describe(e));
        CHECK(ec == e);
        CHECK(ec != parse_errc::ok);
    }
    CHECK(sipcode::parse_category().message(999) == "unknown sipcode.parse error");
    const std::error_code from_parser = sipcode::parse_status_line("SIP/2.0 200 OK\r").ec;
    CHECK(from_parser == parse_errc::incomplete);
}

TEST_CASE("error_code.field_errc") {
    static_assert(std::is_error_code_enum<sipcode::field_errc>::value);
    const std::error_code ok = sipcode::field_errc::ok;
    CHECK(!ok);
    for (std::size_t v = 1; v < sipcode::field_errc_count; ++v) {
        const auto e = static_cast<sipcode::field_errc>(v);
        const std::error_code ec = e;
        INFO(v);
        CHECK(ec);
        CHECK(ec.value() == static_cast<int>(v));
        CHECK(std::string(ec.category().name()) == "sipcode.field");
        CHECK(ec.message() == sipcode::describe(e));
        CHECK(ec != std::error_code(parse_errc::incomplete));  // a different category, never equal
    }
    CHECK(sipcode::field_category().message(999) == "unknown sipcode.field error");
    const std::error_code from_parser = sipcode::parse_retry_after("soon").ec;
    CHECK(from_parser == sipcode::field_errc::expected_digit);
}

TEST_CASE("error_code.status_errors_sweep") {
    for (std::uint32_t v = 0; v <= 0xFFFF; ++v) {
        const auto code = static_cast<std::uint16_t>(v);
        const std::error_code ec = sipcode::make_status_error(code);
        const bool failure = code >= 300 && code <= 699;
        if (static_cast<bool>(ec) != failure) {
            INFO(code);
            CHECK(static_cast<bool>(ec) == failure);
        }
        if (!failure) continue;
        if (ec.value() != code || &ec.category() != &sipcode::status_category() ||
            !(ec == sipcode::class_of(code)) || ec == status_class::success ||
            (ec == std::errc::timed_out) != (code == 408 || code == 504)) {
            INFO(code);
            FAIL("status error does not hold");
        }
    }
}

TEST_CASE("error_code.status_errors") {
    const std::error_code busy = sipcode::make_status_error(sipcode::status::busy_here);
    CHECK(std::string(busy.category().name()) == "sipcode.status");
    CHECK(busy.message() == "486 Busy Here");
    CHECK(busy == status_class::request_failure);
    CHECK(busy != status_class::server_failure);
    CHECK(busy.default_error_condition() == status_class::request_failure);
    CHECK(sipcode::make_status_error(499).message() == "499 (unregistered, handled as 400 Bad Request)");
    CHECK(sipcode::make_status_error(504) == std::errc::timed_out);
    CHECK(sipcode::make_status_error(408) == std::errc::timed_out);
    CHECK(sipcode::make_status_error(480) != std::errc::timed_out);
    CHECK(!sipcode::make_status_error(sipcode::status::ok));
    CHECK(!sipcode::make_status_error(180));
    CHECK(!sipcode::make_status_error(700));
    const std::error_condition cond = status_class::global_failure;
    CHECK(std::string(cond.category().name()) == "sipcode.status_class");
    CHECK(cond.message() == "global_failure");
    CHECK(sipcode::make_status_error(603) == cond);
}

TEST_CASE("error_code.categories_are_singletons") {
    CHECK(&sipcode::parse_category() == &sipcode::parse_category());
    CHECK(&sipcode::status_category() == &sipcode::status_category());
    CHECK(sipcode::parse_category() != sipcode::status_category());
}
