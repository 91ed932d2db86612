// The lookups (lookup.hpp, and class_of/is_final of types.hpp) swept over every 16-bit value against
// the IANA data.
#include <sipcode/lookup.hpp>
#include <sipcode/lookup.hpp>  // include guard: a second inclusion must be harmless
#include <sipcode/status.hpp>  // the former name of lookup.hpp still works

#include <doctest/doctest.h>

#include <cstdint>
#include <set>

#include "support/csv.hpp"

using sipcode_test::data_path;
using sipcode_test::iana_codes;
using sipcode_test::read_csv;

static_assert(sipcode::find(486)->reason == "Busy Here");
static_assert(sipcode::find(sipcode::status::busy_here)->code == 486);
static_assert(sipcode::find(477) == nullptr);
static_assert(sipcode::reason_phrase(481) == "Call/Transaction Does Not Exist");
static_assert(sipcode::reason_phrase(99).empty());
static_assert(sipcode::class_of(sipcode::status::decline) == sipcode::status_class::global_failure);
static_assert(sipcode::name(sipcode::status::not_acceptable_anywhere) == "not_acceptable_anywhere");

TEST_CASE("lookup.sweep_every_16_bit_value") {
    const std::set<int> codes = iana_codes();
    const auto rows = read_csv(data_path("iana-sip-response-codes.csv"));
    for (std::uint32_t v = 0; v <= 0xFFFF; ++v) {
        const auto code = static_cast<std::uint16_t>(v);
        const sipcode::status_info* info = sipcode::find(code);
        const bool registered = codes.count(static_cast<int>(v)) == 1;
        if (registered != (info != nullptr) || (info != nullptr && info->code != code)) {
            FAIL("find(" << v << ") disagrees with the IANA data");
        }
        if (sipcode::is_registered(code) != registered) FAIL("is_registered(" << v << ")");
        if (!registered && !sipcode::reason_phrase(code).empty()) FAIL("reason_phrase(" << v << ") not empty");
        const auto expected_class = (v >= 100 && v <= 699) ? static_cast<sipcode::status_class>(v / 100)
                                                            : sipcode::status_class::invalid;
        if (sipcode::class_of(code) != expected_class) FAIL("class_of(" << v << ")");
        if (sipcode::is_final(code) != (v >= 200 && v <= 699)) FAIL("is_final(" << v << ")");
    }
    for (const auto& row : rows) {
        CHECK(sipcode::reason_phrase(static_cast<std::uint16_t>(std::stoi(row.at("code")))) == row.at("reason"));
    }
}
