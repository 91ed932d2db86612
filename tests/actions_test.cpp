// The vocabulary of "what now?" (actions.hpp, generated from data/actions.csv): each enum's names and
// descriptions come from one table, and that table is the data file.
#include <sipcode/actions.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <map>
#include <string>

#include "support/csv.hpp"

using sipcode::dialog_effect;
using sipcode::next_step;

TEST_CASE("advice.names_and_descriptions_come_from_one_table") {
    for (std::size_t s = 0; s < sipcode::next_step_count; ++s) {
        const auto step = static_cast<next_step>(s);
        CHECK(sipcode::detail::next_step_texts[s].name == sipcode::to_string(step));
        CHECK_FALSE(sipcode::describe(step).empty());
    }
    CHECK(sipcode::to_string(static_cast<next_step>(sipcode::next_step_count)) == "none");
    CHECK(sipcode::to_string(next_step::end_usage) == "end_usage");
}

TEST_CASE("dialog.descriptions_come_from_the_vocabulary_file") {
    std::map<std::string, std::map<std::string, std::string>> vocabulary;
    for (const auto& row : sipcode_test::read_csv(sipcode_test::data_path("actions.csv"))) {
        vocabulary[row.at("enum")][row.at("name")] = row.at("description");
    }
    REQUIRE(vocabulary["next_step"].size() == sipcode::next_step_count);
    REQUIRE(vocabulary["proxy_action"].size() == sipcode::proxy_action_count);
    REQUIRE(vocabulary["dialog_effect"].size() == sipcode::dialog_effect_count);
    for (std::size_t i = 0; i < sipcode::next_step_count; ++i) {
        const auto v = static_cast<sipcode::next_step>(i);
        CHECK(vocabulary["next_step"].at(std::string(sipcode::to_string(v))) == sipcode::describe(v));
    }
    for (std::size_t i = 0; i < sipcode::proxy_action_count; ++i) {
        const auto v = static_cast<sipcode::proxy_action>(i);
        CHECK(vocabulary["proxy_action"].at(std::string(sipcode::to_string(v))) == sipcode::describe(v));
    }
    for (std::size_t i = 0; i < sipcode::dialog_effect_count; ++i) {
        const auto v = static_cast<dialog_effect>(i);
        CHECK(vocabulary["dialog_effect"].at(std::string(sipcode::to_string(v))) == sipcode::describe(v));
    }
}
