// The registry against the data files, row by row in both directions, and lookups swept over
// every 16-bit value.
#include <sipcode/lookup.hpp>
#include <sipcode/lookup.hpp>  // include guard: a second inclusion must be harmless
#include <sipcode/status.hpp>  // the former name of lookup.hpp still works
#include <sipcode/version.hpp>

#include <doctest/doctest.h>

#include <cctype>
#include <cstdint>
#include <set>
#include <string>

#include "support/csv.hpp"

using sipcode_test::data_path;
using sipcode_test::read_csv;

static_assert(sipcode::find(486)->reason == "Busy Here");
static_assert(sipcode::find(sipcode::status::busy_here)->code == 486);
static_assert(sipcode::find(477) == nullptr);
static_assert(sipcode::reason_phrase(481) == "Call/Transaction Does Not Exist");
static_assert(sipcode::reason_phrase(99).empty());
static_assert(sipcode::class_of(sipcode::status::decline) == sipcode::status_class::global_failure);
static_assert(sipcode::name(sipcode::status::not_acceptable_anywhere) == "not_acceptable_anywhere");
static_assert(sipcode::registry.size() == sipcode::registry_size);

namespace {

std::set<int> iana_codes() {
    std::set<int> codes;
    for (const auto& row : read_csv(data_path("iana-sip-response-codes.csv"))) codes.insert(std::stoi(row.at("code")));
    return codes;
}

std::string joined_headers(sipcode::header_set set) {
    std::string out;
    for (sipcode::header_field h : set) {
        if (!out.empty()) out += ' ';
        out += std::string(sipcode::header_name(h));
    }
    return out;
}

std::set<std::string> words(const std::string& text) {
    std::set<std::string> out;
    std::string word;
    for (char c : text + ' ') {
        if (c == ' ') {
            if (!word.empty()) out.insert(word);
            word.clear();
        } else {
            word += c;
        }
    }
    return out;
}

}  // namespace

TEST_CASE("registry.matches_iana_data_row_by_row") {
    const auto rows = read_csv(data_path("iana-sip-response-codes.csv"));
    REQUIRE(rows.size() == sipcode::registry.size());
    std::size_t i = 0;
    for (const auto& row : rows) {
        const int code = std::stoi(row.at("code"));
        INFO("code " << code);
        const sipcode::status_info* info = sipcode::find(static_cast<std::uint16_t>(code));
        REQUIRE(info != nullptr);
        CHECK(info == &sipcode::registry[i]);  // same order as IANA's (ascending)
        CHECK(info->code == code);
        CHECK(info->reason == row.at("reason"));
        CHECK(info->references == row.at("references"));
        CHECK(info->deprecated == (row.at("status") == "deprecated"));
        CHECK(static_cast<int>(info->cls) == code / 100);
        ++i;
    }
}

TEST_CASE("registry.has_no_row_iana_lacks") {
    const std::set<int> codes = iana_codes();
    for (const sipcode::status_info& info : sipcode::registry) {
        INFO("code " << info.code);
        CHECK(codes.count(info.code) == 1);
    }
    CHECK(codes.size() == sipcode::registry.size());
}

TEST_CASE("registry.matches_semantics_data_row_by_row") {
    const auto rows = read_csv(data_path("semantics.csv"));
    REQUIRE(rows.size() == sipcode::registry.size());
    for (const auto& row : rows) {
        const int code = std::stoi(row.at("code"));
        INFO("code " << code);
        const sipcode::status_info* info = sipcode::find(static_cast<std::uint16_t>(code));
        REQUIRE(info != nullptr);
        CHECK(info->name == row.at("name"));
        CHECK(sipcode::to_string(info->next.uac) == row.at("uac"));
        CHECK(sipcode::to_string(info->next.proxy) == row.at("proxy"));
        CHECK(words(joined_headers(info->next.response_headers)) == words(row.at("response_headers")));
        CHECK(words(joined_headers(info->next.request_headers)) == words(row.at("request_headers")));
        CHECK(sipcode::to_string(info->next.dialog) == row.at("dialog"));
        CHECK(info->dialog_basis == row.at("dialog_basis"));
        CHECK(info->basis == row.at("basis"));
        CHECK(info->hint == row.at("hint"));
        CHECK(info->user_message == row.at("user_message"));
    }
}

TEST_CASE("registry.rows_are_sorted_unique_and_self_keyed") {
    std::set<std::string_view> names;
    for (std::size_t i = 0; i < sipcode::registry.size(); ++i) {
        const sipcode::status_info& info = sipcode::registry[i];
        INFO("code " << info.code);
        if (i > 0) CHECK(sipcode::registry[i - 1].code < info.code);
        CHECK(sipcode::find(info.code) == &info);
        CHECK(sipcode::find(static_cast<sipcode::status>(info.code)) == &info);
        CHECK(names.insert(info.name).second);
        CHECK(sipcode::name(static_cast<sipcode::status>(info.code)) == info.name);
        for (char c : info.name) CHECK((std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_'));
        CHECK(!info.hint.empty());
        CHECK(!info.basis.empty());
        CHECK(info.user_message.size() <= 60);
        CHECK(info.user_message.back() == '.');
    }
}

TEST_CASE("registry.header_names_are_unique_and_canonical") {
    std::set<std::string> lowered;
    for (std::size_t i = 0; i < sipcode::header_field_count; ++i) {
        const std::string_view n = sipcode::header_name(static_cast<sipcode::header_field>(i));
        REQUIRE(!n.empty());
        std::string low;
        for (char c : n) {
            CHECK((std::isalnum(static_cast<unsigned char>(c)) || c == '-'));
            low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        CHECK(lowered.insert(low).second);
    }
    CHECK(sipcode::header_name(static_cast<sipcode::header_field>(sipcode::header_field_count)).empty());
    CHECK(sipcode::header_name(static_cast<sipcode::header_field>(255)).empty());
}

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

TEST_CASE("registry.class_counts_match_iana") {
    // The IANA registry's class counts, counted by hand on its page (not from the CSV the registry is
    // generated from): 1xx 6, 2xx 3, 3xx 5, 4xx 46, 5xx 9, 6xx 6; 75 in all.
    const int iana[7] = {0, 6, 3, 5, 46, 9, 6};
    int csv[7] = {};
    for (const int code : iana_codes()) ++csv[code / 100];
    int ours[7] = {};
    for (const auto& info : sipcode::registry) ++ours[static_cast<int>(info.cls)];
    for (int c = 1; c <= 6; ++c) {
        INFO("class " << c);
        CHECK(ours[c] == iana[c]);
        CHECK(csv[c] == iana[c]);
    }
    CHECK(sipcode::registry.size() == 75);
}

TEST_CASE("version.macros_agree") {
    CHECK(std::string(SIPCODE_VERSION_STRING) == std::to_string(SIPCODE_VERSION_MAJOR) + "." +
                                                     std::to_string(SIPCODE_VERSION_MINOR) + "." +
                                                     std::to_string(SIPCODE_VERSION_PATCH));
    CHECK(SIPCODE_VERSION == SIPCODE_VERSION_MAJOR * 10000 + SIPCODE_VERSION_MINOR * 100 + SIPCODE_VERSION_PATCH);
}
