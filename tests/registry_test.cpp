// The generated registry (registry.hpp) against the data files, row by row in both directions: the
// response codes, their semantics, the header names, the methods and the dialog rules.
#include <sipcode/registry.hpp>

#include <sipcode/lookup.hpp>

#include <doctest/doctest.h>

#include <cctype>
#include <cstdint>
#include <set>
#include <string>

#include "support/csv.hpp"

using sipcode_test::data_path;
using sipcode_test::iana_codes;
using sipcode_test::read_csv;

static_assert(sipcode::registry.size() == sipcode::registry_size);

namespace {

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

TEST_CASE("dialog.rules_are_the_data_file") {
    const auto rows = sipcode_test::read_csv(sipcode_test::data_path("dialog-rules.csv"));
    REQUIRE(rows.size() == sipcode::detail::dialog_rules.size());
    std::set<std::string> methods;
    for (const auto& row : sipcode_test::read_csv(sipcode_test::data_path("iana-sip-methods.csv"))) {
        methods.insert(row.at("method"));
    }
    REQUIRE(methods.size() == sipcode::sip_methods.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        INFO("rule " << i + 1 << ": " << rows[i].at("basis"));
        const auto& rule = sipcode::detail::dialog_rules[i];
        CHECK(sipcode::to_string(rule.effect) == rows[i].at("effect"));
        CHECK(rule.basis == rows[i].at("basis"));
        CHECK(rule.acts_as == (rows[i].at("acts_as").empty() ? 0 : std::stoi(rows[i].at("acts_as"))));
        CHECK(rule.has_step == !rows[i].at("step").empty());
        if (rule.has_step) CHECK(sipcode::to_string(rule.step) == rows[i].at("step"));
    }
    for (const std::string_view m : sipcode::sip_methods) CHECK(methods.count(std::string(m)) == 1);
}
