// RFC 5057 s5.1 table 2, typed here from the RFC, row by row against data/semantics.csv and the
// generated registry; the codes registered after it, against the RFCs that define them; and the
// dialog rules of data/dialog-rules.csv, each against the registry it was generated into.
#include <sipcode/advice.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "support/csv.hpp"

using sipcode::dialog_effect;

namespace {

struct table_row {
    int code;
    dialog_effect impact;
};

// RFC 5057 s5.1 table 2 ("Impact" column), every row, in the RFC's order. 400/4xx, 500/5xx and
// 600/6xx are the rows for 400, 500 and 600 (unknown codes of the class act as those).
const table_row rfc5057_table2[] = {
    {400, dialog_effect::transaction}, {401, dialog_effect::transaction}, {402, dialog_effect::transaction},
    {403, dialog_effect::transaction}, {404, dialog_effect::dialog},      {405, dialog_effect::usage},
    {406, dialog_effect::transaction}, {407, dialog_effect::transaction}, {408, dialog_effect::transaction},
    {410, dialog_effect::dialog},      {412, dialog_effect::transaction}, {413, dialog_effect::transaction},
    {414, dialog_effect::transaction}, {415, dialog_effect::transaction}, {416, dialog_effect::dialog},
    {417, dialog_effect::transaction}, {420, dialog_effect::transaction}, {421, dialog_effect::transaction},
    {422, dialog_effect::transaction}, {423, dialog_effect::transaction}, {428, dialog_effect::transaction},
    {429, dialog_effect::transaction}, {436, dialog_effect::transaction}, {437, dialog_effect::transaction},
    {438, dialog_effect::transaction}, {480, dialog_effect::usage},       {481, dialog_effect::usage},
    {482, dialog_effect::dialog},      {483, dialog_effect::dialog},      {484, dialog_effect::dialog},
    {485, dialog_effect::dialog},      {486, dialog_effect::transaction}, {487, dialog_effect::transaction},
    {488, dialog_effect::transaction}, {489, dialog_effect::usage},       {491, dialog_effect::transaction},
    {493, dialog_effect::transaction}, {494, dialog_effect::transaction}, {500, dialog_effect::transaction},
    {501, dialog_effect::usage},       {502, dialog_effect::dialog},      {503, dialog_effect::transaction},
    {504, dialog_effect::transaction}, {505, dialog_effect::transaction}, {513, dialog_effect::transaction},
    {580, dialog_effect::transaction}, {600, dialog_effect::transaction}, {603, dialog_effect::transaction},
    {604, dialog_effect::dialog},      {606, dialog_effect::transaction},
};

// The one place sipcode departs from the "Impact" column, on purpose: note 4 says a 408 has "the same
// effect on usages and dialogs as a real transaction timeout as described in Section 5.2", and s5.2
// says a timeout "should affect only the usage in which the transaction occurred" (RFC 3261
// s12.2.1.2 ends the whole dialog; sipcode follows RFC 5057's narrower reading, see docs).
const std::map<int, dialog_effect> departures = {{408, dialog_effect::usage}};

// Registered codes RFC 5057 predates or leaves out, with what their own RFCs say.
const table_row later_codes[] = {
    {424, dialog_effect::transaction},  // RFC 6442 s4.3: "MUST NOT terminate an existing dialog"
    {425, dialog_effect::transaction},  // RFC 8876 s5.2: does not terminate an existing dialog
    {430, dialog_effect::transaction},  // RFC 5626 s11.5: an endpoint treats it as 400
    {433, dialog_effect::transaction},  // RFC 5079 s4: SHOULD NOT terminate the dialog or the usage
    {439, dialog_effect::transaction},  // RFC 5626 s6: answers REGISTER, which has no dialog
    {440, dialog_effect::transaction},  // RFC 5393 s5.1: a complaint about this request's forking
    {469, dialog_effect::transaction},  // RFC 6086 s4.2.2: the INFO package refused, the usage goes on
    {470, dialog_effect::transaction},  // RFC 5360: consent missing for this request
    {555, dialog_effect::transaction},  // RFC 8599 s4.1.1: answers REGISTER
    {607, dialog_effect::transaction},  // a 6xx: as 600 (RFC 5057 note 17)
    {608, dialog_effect::transaction},  // a 6xx: as 600 (RFC 5057 note 17)
};

dialog_effect expected_for(int code) {
    const auto d = departures.find(code);
    if (d != departures.end()) return d->second;
    for (const table_row& r : rfc5057_table2) {
        if (r.code == code) return r.impact;
    }
    for (const table_row& r : later_codes) {
        if (r.code == code) return r.impact;
    }
    if (code == 199) return dialog_effect::dialog;  // RFC 6228 s4: ends its early dialog
    if (code < 300) return dialog_effect::none;      // RFC 5057 s4: 1xx and 2xx create, never destroy
    return dialog_effect::transaction;               // 3xx: RFC 5057 s5.1, the request is redirected
}

}  // namespace

TEST_CASE("dialog.rfc5057_table2_row_by_row") {
    std::map<int, std::string> data;
    for (const auto& row : sipcode_test::read_csv(sipcode_test::data_path("semantics.csv"))) {
        data[std::stoi(row.at("code"))] = row.at("dialog");
    }
    for (const table_row& r : rfc5057_table2) {
        INFO("code " << r.code);
        const sipcode::status_info* info = sipcode::find(static_cast<std::uint16_t>(r.code));
        REQUIRE(info != nullptr);
        const dialog_effect want = departures.count(r.code) ? departures.at(r.code) : r.impact;
        CHECK(data.at(r.code) == sipcode::to_string(want));
        CHECK(info->next.dialog == want);
        CHECK(info->dialog_basis.find("RFC 5057") != std::string_view::npos);
    }
}

TEST_CASE("dialog.every_registered_code_has_its_rfc_effect") {
    for (const sipcode::status_info& info : sipcode::registry) {
        INFO("code " << info.code);
        CHECK(info.next.dialog == expected_for(info.code));
        CHECK(sipcode::effect_on_dialog(info.code, "INVITE") ==
              (info.code == 503 || info.code == 489 || info.code == 422 || info.code == 486
                   ? dialog_effect::transaction  // RFC 5057 notes 15, 12, 5 and 11
                   : expected_for(info.code)));
    }
    // Unknown codes act as their class's x00 (RFC 5057 table 2: "400 (or unknown 4xx)").
    CHECK(sipcode::effect_on_dialog(499, "INVITE") == dialog_effect::transaction);
    CHECK(sipcode::effect_on_dialog(599, "INVITE") == dialog_effect::transaction);
    CHECK(sipcode::effect_on_dialog(699, "INVITE") == dialog_effect::transaction);
    CHECK(sipcode::effect_on_dialog(155, "INVITE") == dialog_effect::none);
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
