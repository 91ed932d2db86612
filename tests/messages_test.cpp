// End-user messages: the English catalog against data/semantics.csv, the per-class fallbacks for every
// unregistered value, and catalogs an application supplies (alone, or falling back to English).
#include <sipcode/messages.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "support/csv.hpp"

using sipcode::user_message;

namespace {

constexpr sipcode::message_entry german_entries[] = {
    {486, "Besetzt."},
    {503, "Dienst nicht erreichbar."},
    {404, ""},  // an empty text counts as "no text"
};
constexpr sipcode::message_catalog german{
    german_entries,
    {"Anruf fehlgeschlagen.", "Verbindung wird aufgebaut.", "Erledigt.", "Ihr Anruf wird umgeleitet.",
     "Anruf fehlgeschlagen.", "Netzwerkfehler.", "Anruf nicht zustellbar."},
    nullptr};

// Only a few codes, no class texts: everything else comes from English.
constexpr sipcode::message_entry terse_entries[] = {{486, "Busy."}, {499, "Odd."}};
constexpr sipcode::message_catalog terse{terse_entries, {}, &sipcode::english_catalog};

// A chain of three.
constexpr sipcode::message_entry first_entries[] = {{600, "first"}};
constexpr sipcode::message_catalog middle{{}, {"", "", "", "", "middle 4xx", "", ""}, &sipcode::english_catalog};
constexpr sipcode::message_catalog first{first_entries, {}, &middle};

static_assert(user_message(486) == "The line is busy.");
static_assert(user_message(477) == "The call could not be completed.");
static_assert(user_message(486, german) == "Besetzt.");
static_assert(user_message(480, terse) == "The person you called is not available right now.");

}  // namespace

TEST_CASE("messages.english_catalog_is_the_registry_user_message") {
    const auto rows = sipcode_test::read_csv(sipcode_test::data_path("semantics.csv"));
    REQUIRE(rows.size() == sipcode::english_messages.size());
    std::size_t i = 0;
    for (const auto& row : rows) {
        const int code = std::stoi(row.at("code"));
        INFO("code " << code);
        CHECK(sipcode::english_messages[i].code == code);
        CHECK(user_message(static_cast<std::uint16_t>(code)) == row.at("user_message"));
        CHECK(user_message(sipcode::classify(static_cast<std::uint16_t>(code))) == row.at("user_message"));
        ++i;
    }
}

TEST_CASE("messages.every_unregistered_value_gets_its_class_text") {
    const auto rows = sipcode_test::read_csv(sipcode_test::data_path("semantics.csv"));
    std::map<int, std::string> registered;
    for (const auto& row : rows) registered[std::stoi(row.at("code"))] = row.at("user_message");
    const std::string_view class_text[7] = {"The call failed.",
                                            "Call in progress.",
                                            "Request completed.",
                                            "Your call is being redirected.",
                                            "The call could not be completed.",
                                            "A network error occurred. Please try again.",
                                            "The call cannot be completed."};
    for (std::uint32_t v = 0; v <= 0xFFFF; ++v) {
        const auto code = static_cast<std::uint16_t>(v);
        if (registered.count(code) != 0) continue;
        const std::size_t cls = (code >= 100 && code <= 699) ? code / 100U : 0U;
        if (user_message(code) != class_text[cls]) {
            INFO("code " << code);
            CHECK(user_message(code) == class_text[cls]);
        }
        CHECK_FALSE(user_message(code, german).empty());
    }
}

TEST_CASE("messages.an_application_catalog") {
    // German, standalone: exact texts, then its own class texts, never English
    CHECK(user_message(486, german) == "Besetzt.");
    CHECK(user_message(503, german) == "Dienst nicht erreichbar.");
    CHECK(user_message(404, german) == "Anruf fehlgeschlagen.");  // empty entry: the class text
    CHECK(user_message(603, german) == "Anruf nicht zustellbar.");
    CHECK(user_message(183, german) == "Verbindung wird aufgebaut.");
    CHECK(user_message(0, german) == "Anruf fehlgeschlagen.");
    // a few codes of its own, English for the rest
    CHECK(user_message(486, terse) == "Busy.");
    CHECK(user_message(499, terse) == "Odd.");
    CHECK(user_message(498, terse) == "The call could not be completed.");
    CHECK(user_message(200, terse) == sipcode::find(200)->user_message);
    // a chain: exact text of the first, class text of the middle, then English
    CHECK(user_message(600, first) == "first");
    CHECK(user_message(486, first) == "middle 4xx");
    CHECK(user_message(500, first) == "A network error occurred. Please try again.");
    // a catalog with nothing at all
    const sipcode::message_catalog nothing{};
    CHECK(user_message(486, nothing).empty());
    // a catalog loaded at run time (texts owned by the application)
    const std::vector<std::string> texts = {"Linea occupata.", "Servizio non disponibile."};
    const std::vector<sipcode::message_entry> entries = {{486, texts[0]}, {503, texts[1]}};
    const sipcode::message_catalog italian{{entries.data(), entries.size()}, {}, &sipcode::english_catalog};
    CHECK(user_message(486, italian) == "Linea occupata.");
    CHECK(user_message(503, italian) == "Servizio non disponibile.");
    CHECK(user_message(404, italian) == "That number could not be found.");
}

TEST_CASE("messages.every_value_a_stack_can_report_has_a_text") {
    // The class text without a code, through the fallbacks.
    for (int c = 0; c <= 6; ++c) {
        const auto cls = static_cast<sipcode::status_class>(c);
        INFO("class " << c);
        CHECK(user_message(cls) == sipcode::english_catalog.by_class[static_cast<std::size_t>(c)]);
        CHECK(user_message(cls, german) == german.by_class[static_cast<std::size_t>(c)]);
        CHECK_FALSE(user_message(cls, terse).empty());
    }
    CHECK(user_message(static_cast<sipcode::status_class>(9)).empty());
    // Codes as int, the way sofia-sip and PJSIP report them: in range, negative, above 65535.
    for (const int code : {-1, 0, 99, 199, 486, 499, 699, 700, 65535, 65536 + 486, 1 << 30}) {
        INFO("code " << code);
        const std::string_view text = user_message(code);
        CHECK_FALSE(text.empty());
        if (code >= 0 && code <= 0xFFFF) {
            CHECK(text == user_message(static_cast<std::uint16_t>(code)));
        } else {
            CHECK(text == user_message(sipcode::status_class::invalid));
        }
    }
    CHECK(user_message(499) == user_message(sipcode::status_class::request_failure));
}
