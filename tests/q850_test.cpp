// Q.850 causes and the RFC 3398 mappings: every row of both RFC tables and of the cause-name and
// Warning tables read from data/, both directions, plus sweeps over every cause 0..255 and every
// SIP code 100..699, and user-supplied profiles.
#include <sipcode/q850.hpp>
#include <sipcode/q850.hpp>  // include guard: a second inclusion must be harmless

#include <doctest/doctest.h>

#include <cstdint>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <sipcode/lookup.hpp>

#include "support/csv.hpp"

using sipcode::q850_basis;
using sipcode::q850_location;
using sipcode_test::data_path;
using sipcode_test::read_csv;

// Compile-time facts.
static_assert(sipcode::q850_to_sip(34).status == 503);
static_assert(sipcode::q850_to_sip(17).status == 486);
static_assert(sipcode::q850_to_sip(21, q850_location::user, false).status == 603);
static_assert(sipcode::q850_to_sip(21, q850_location::transit_network, false).status == 403);
static_assert(sipcode::q850_to_sip(22, q850_location::public_network_local, true).status == 301);
static_assert(sipcode::q850_to_sip(16).basis == q850_basis::no_mapping);
static_assert(sipcode::q850_to_sip(25).status == 480 && sipcode::q850_to_sip(25).basis == q850_basis::class_default);
static_assert(sipcode::q850_to_sip(63).status == 500 && sipcode::q850_to_sip(63).basis == q850_basis::unlisted);
static_assert(sipcode::sip_to_q850(503).cause == 41);
static_assert(sipcode::sip_to_q850(603).user_location);
static_assert(!sipcode::sip_to_q850(486).user_location);
static_assert(sipcode::sip_to_q850(401).retry_first);
static_assert(sipcode::sip_to_q850(488, 305).cause == 65);
static_assert(sipcode::sip_to_q850(488).cause == 31);
static_assert(sipcode::sip_to_q850(487).basis == q850_basis::no_mapping);
static_assert(sipcode::sip_to_q850(491).cause == 31 && sipcode::sip_to_q850(491).basis == q850_basis::unlisted);
static_assert(sipcode::q850_cause_name(34) == "No circuit/channel available");
static_assert(sipcode::q850_cause_name(0).empty() && sipcode::q850_cause_name(200).empty());
static_assert(sipcode::class_of_cause(34) == sipcode::q850_class::resource_unavailable);
static_assert(sipcode::class_of_cause(128) == sipcode::q850_class::invalid);
static_assert(sipcode::unspecified_cause(sipcode::q850_class::normal_event) == 31);
static_assert(sipcode::unspecified_cause(sipcode::q850_class::interworking) == 127);
static_assert(sipcode::unspecified_cause(sipcode::q850_class::invalid) == 0);

namespace {

std::uint8_t u8(int v) { return static_cast<std::uint8_t>(v); }
std::uint16_t u16(int v) { return static_cast<std::uint16_t>(v); }

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// The class default the RFC 3398 profile uses, computed here from Q.850's numbering (not from the library).
int class_unspecified(int cause) { return cause < 32 ? 31 : cause / 16 * 16 + 15; }

std::string class_name_of(int cause) {
    static const char* const names[] = {"normal event", "normal event", "resource unavailable",
                                        "service or option not available", "service or option not implemented",
                                        "invalid message", "protocol error", "interworking"};
    return names[cause / 16];
}

}  // namespace

TEST_CASE("q850.every_row_of_rfc3398_7_2_4_1") {
    const auto rows = read_csv(data_path("rfc3398-cause-to-status.csv"));
    REQUIRE(rows.size() == 33);  // 32 causes; 22 has a row without and a row with a diagnostic
    std::set<int> causes;
    for (const auto& row : rows) {
        const int cause = std::stoi(row.at("cause"));
        const std::string& sip = row.at("sip_code");
        const std::string& name = row.at("q850_name");
        INFO("cause " << cause << " (" << name << ") -> " << sip);
        causes.insert(cause);
        if (contains(name, "(with diagnostic)")) {
            for (auto loc : {q850_location::user, q850_location::public_network_remote}) {
                const auto r = sipcode::q850_to_sip(u8(cause), loc, true);
                CHECK(r.status == std::stoi(sip));
                CHECK(r.basis == q850_basis::diagnostic);
            }
        } else if (sip.empty()) {
            for (bool diag : {false, true}) {
                for (auto loc : {q850_location::user, q850_location::transit_network}) {
                    const auto r = sipcode::q850_to_sip(u8(cause), loc, diag);
                    CHECK(r.status == 0);
                    CHECK(r.basis == q850_basis::no_mapping);
                }
            }
        } else {
            const int status = std::stoi(sip);
            CHECK(sipcode::q850_to_sip(u8(cause)).status == status);
            CHECK(sipcode::q850_to_sip(u8(cause)).basis == q850_basis::table);
            for (auto loc : {q850_location::private_network_local, q850_location::public_network_local,
                             q850_location::transit_network, q850_location::public_network_remote,
                             q850_location::private_network_remote, q850_location::international_network,
                             q850_location::beyond_interworking}) {
                CHECK(sipcode::q850_to_sip(u8(cause), loc, false).status == status);
            }
            const auto user = sipcode::q850_to_sip(u8(cause), q850_location::user, false);
            if (starts_with(row.at("footnote"), "(+)")) {
                // "if cause location is 'user' a 6xx may be used instead (403 becomes 603)"
                CHECK(user.status == 600 + status % 100);
                CHECK(user.basis == q850_basis::user_location);
            } else {
                CHECK(user.status == status);
                CHECK(user.basis == q850_basis::table);
            }
            CHECK(sipcode::reason_phrase(u16(status)) == row.at("sip_phrase_registered"));
        }
        // The row's name is Q.850's, but for the "(with/without diagnostic)" qualifier of cause 22.
        std::string plain = name;
        for (const char* q : {" (with diagnostic)", " (without diagnostic)"}) {
            if (contains(plain, q)) plain.erase(plain.find(q));
        }
        CHECK(sipcode::q850_cause_name(u8(cause)) == plain);
    }
    // ...and the table holds no row the RFC lacks.
    CHECK(std::size(sipcode::rfc3398_isup_rows) == causes.size());
    for (const auto& row : sipcode::rfc3398_isup_rows) {
        INFO("table row for cause " << int{row.cause});
        CHECK(causes.count(row.cause) == 1);
    }
}

TEST_CASE("q850.every_row_of_rfc3398_8_2_6_1") {
    const auto rows = read_csv(data_path("rfc3398-status-to-cause.csv"));
    const auto warnings = read_csv(data_path("q850-warning-causes.csv"));
    std::set<int> listed;
    int default_cause = -1;
    for (const auto& row : rows) {
        const std::string& sip = row.at("sip_code");
        const std::string& footnote = row.at("footnote");
        INFO("status " << sip << " -> " << row.at("cause") << " " << footnote);
        if (sip == "(any other)") {
            default_cause = std::stoi(row.at("cause"));
            continue;
        }
        const int status = std::stoi(sip);
        listed.insert(status);
        CHECK(sipcode::reason_phrase(u16(status)) == row.at("sip_phrase_registered"));
        const auto r = sipcode::sip_to_q850(u16(status));
        CHECK(r.user_location == (status >= 600));
        CHECK(r.retry_first == (starts_with(footnote, "(*)") || starts_with(footnote, "(+)")));
        if (row.at("cause").empty() && contains(footnote, "no mapping")) {
            CHECK(r.cause == 0);
            CHECK(r.basis == q850_basis::no_mapping);
        } else if (row.at("cause").empty() && contains(footnote, "by Warning header")) {
            // no Warning, or a Warning code the table lacks: "any status not listed" -> 31
            CHECK(r.cause == 31);
            CHECK(r.basis == q850_basis::unlisted);
            for (int warn : {308, 380, 381, 399, 999}) {
                CHECK(sipcode::sip_to_q850(u16(status), u16(warn)).cause == 31);
            }
            for (const auto& w : warnings) {
                const auto by_warning = sipcode::sip_to_q850(u16(status), u16(std::stoi(w.at("warn_code"))));
                CHECK(by_warning.cause == std::stoi(w.at("cause")));
                CHECK(by_warning.basis == q850_basis::warning);
                CHECK(by_warning.user_location == (status >= 600));
            }
        } else {
            const int cause = std::stoi(row.at("cause"));
            CHECK(r.cause == cause);
            CHECK(r.basis == q850_basis::table);
            CHECK(sipcode::q850_cause_name(u8(cause)) == row.at("q850_name"));
            // a Warning code changes nothing on rows that are not "by Warning header"
            CHECK(sipcode::sip_to_q850(u16(status), 305).cause == cause);
        }
    }
    REQUIRE(default_cause == 31);
    CHECK(std::size(sipcode::rfc3398_sip_rows) == listed.size());
    for (const auto& row : sipcode::rfc3398_sip_rows) {
        INFO("table row for status " << row.status);
        CHECK(listed.count(row.status) == 1);
    }
}

TEST_CASE("q850.every_sip_code_100_to_699") {
    std::set<int> listed;
    for (const auto& row : read_csv(data_path("rfc3398-status-to-cause.csv"))) {
        if (row.at("sip_code") != "(any other)") listed.insert(std::stoi(row.at("sip_code")));
    }
    for (int status = 100; status <= 699; ++status) {
        INFO("status " << status);
        const auto r = sipcode::sip_to_q850(u16(status));
        if (listed.count(status) != 0) continue;  // checked row by row above
        CHECK(r.cause == 31);
        CHECK(r.basis == q850_basis::unlisted);
        CHECK(r.user_location == (status >= 600));
        CHECK_FALSE(r.retry_first);
    }
}

TEST_CASE("q850.every_cause_0_to_255") {
    std::map<int, int> table;  // cause -> status without location or diagnostic
    for (const auto& row : read_csv(data_path("rfc3398-cause-to-status.csv"))) {
        if (contains(row.at("q850_name"), "(with diagnostic)")) continue;
        table[std::stoi(row.at("cause"))] = row.at("sip_code").empty() ? 0 : std::stoi(row.at("sip_code"));
    }
    for (int cause = 0; cause <= 255; ++cause) {
        INFO("cause " << cause);
        const auto r = sipcode::q850_to_sip(u8(cause));
        if (table.count(cause) != 0) {
            CHECK(r.status == table[cause]);
            continue;
        }
        if (cause <= 127 && table.count(class_unspecified(cause)) != 0 && table[class_unspecified(cause)] != 0) {
            CHECK(r.status == table[class_unspecified(cause)]);
            CHECK(r.basis == q850_basis::class_default);
        } else {
            CHECK(r.status == 500);
            CHECK(r.basis == q850_basis::unlisted);
        }
        // an unlisted cause has no user or diagnostic alternative
        CHECK(sipcode::q850_to_sip(u8(cause), q850_location::user, true).status == r.status);
    }
}

TEST_CASE("q850.every_cause_name_of_the_data_file") {
    const auto rows = read_csv(data_path("q850-causes.csv"));
    REQUIRE(rows.size() == sipcode::q850_causes.size());
    std::set<int> defined;
    std::size_t i = 0;
    for (const auto& row : rows) {
        const int cause = std::stoi(row.at("cause"));
        INFO("cause " << cause);
        defined.insert(cause);
        const sipcode::q850_cause_info* info = sipcode::find_q850_cause(u8(cause));
        REQUIRE(info != nullptr);
        CHECK(info == &sipcode::q850_causes[i]);  // same order as the data file (ascending)
        CHECK(info->cause == cause);
        CHECK(info->name == row.at("name"));
        CHECK(row.at("class") == class_name_of(cause));
        ++i;
    }
    for (int cause = 0; cause <= 255; ++cause) {
        INFO("cause " << cause);
        if (defined.count(cause) == 0) {
            CHECK(sipcode::find_q850_cause(u8(cause)) == nullptr);
            CHECK(sipcode::q850_cause_name(u8(cause)).empty());
        }
        const sipcode::q850_class cls = sipcode::class_of_cause(u8(cause));
        if (cause > 127) {
            CHECK(cls == sipcode::q850_class::invalid);
        } else {
            CHECK(static_cast<int>(cls) == (cause < 32 ? 0 : cause / 16 - 1));
            CHECK(sipcode::unspecified_cause(cls) == class_unspecified(cause));
            CHECK(sipcode::to_string(cls) != "invalid");
        }
    }
}

TEST_CASE("q850.every_warning_row_of_the_data_file") {
    const auto rows = read_csv(data_path("q850-warning-causes.csv"));
    REQUIRE(rows.size() == std::size(sipcode::rfc3398_warning_rows));
    std::size_t i = 0;
    for (const auto& row : rows) {
        INFO("warn-code " << row.at("warn_code"));
        CHECK(sipcode::rfc3398_warning_rows[i].warn_code == std::stoi(row.at("warn_code")));
        CHECK(sipcode::rfc3398_warning_rows[i].cause == std::stoi(row.at("cause")));
        // every cause used is a defined Q.850 cause
        CHECK_FALSE(sipcode::q850_cause_name(sipcode::rfc3398_warning_rows[i].cause).empty());
        ++i;
    }
}

TEST_CASE("q850.mappings_round_trip_where_the_rfc_tables_agree") {
    // The two RFC tables are not inverses, but a few pairs are: document them as a check.
    CHECK(sipcode::sip_to_q850(sipcode::q850_to_sip(17).status).cause == 17);   // 486 <-> 17
    CHECK(sipcode::sip_to_q850(sipcode::q850_to_sip(1).status).cause == 1);     // 404 <-> 1
    CHECK(sipcode::sip_to_q850(sipcode::q850_to_sip(102).status).cause == 102); // 504 <-> 102
    CHECK(sipcode::sip_to_q850(sipcode::q850_to_sip(28).status).cause == 28);   // 484 <-> 28
    CHECK(sipcode::sip_to_q850(sipcode::q850_to_sip(65).status, 305).cause == 65);  // 488 + 305 <-> 65
    CHECK(sipcode::sip_to_q850(sipcode::q850_to_sip(34).status).cause == 41);   // 503 is "temporary failure"
}

namespace {
constexpr sipcode::q850_to_sip_row custom_causes[] = {{34, 480, 0, 0}, {21, 603, 603, 0}, {16, 487, 0, 0}};
constexpr sipcode::sip_to_q850_row custom_statuses[] = {{503, 34, false, false}, {488, 0, true, true}};
constexpr sipcode::warning_to_q850_row custom_warnings[] = {{305, 88}};
constexpr sipcode::q850_profile custom{custom_causes, custom_statuses, custom_warnings, 502, 16,
                                       &sipcode::rfc3398_profile};
constexpr sipcode::q850_profile standalone{custom_causes, custom_statuses, custom_warnings, 502, 16, nullptr};

static_assert(sipcode::q850_to_sip(34, custom).status == 480);
static_assert(sipcode::q850_to_sip(17, custom).status == 486);  // from the RFC base
}  // namespace

TEST_CASE("q850.user_profile_overrides_rows_and_keeps_the_rest") {
    // overridden rows
    CHECK(sipcode::q850_to_sip(34, custom).status == 480);
    CHECK(sipcode::q850_to_sip(21, custom).status == 603);
    CHECK(sipcode::q850_to_sip(16, custom).status == 487);
    CHECK(sipcode::q850_to_sip(16, custom).basis == q850_basis::table);
    CHECK(sipcode::sip_to_q850(503, custom).cause == 34);
    CHECK(sipcode::sip_to_q850(488, 305, custom).cause == 88);
    CHECK(sipcode::sip_to_q850(488, 305, custom).retry_first);
    CHECK(sipcode::sip_to_q850(606, 305, custom).cause == 88);   // the RFC's 606 row, the profile's Warning table
    CHECK(sipcode::sip_to_q850(488, 370, custom).cause == 58);   // a warning row only the base has
    // rows the profile lacks come from its base
    CHECK(sipcode::q850_to_sip(17, custom).status == 486);
    CHECK(sipcode::sip_to_q850(486, custom).cause == 17);
    // class defaults search the whole chain; the unlisted defaults are the profile's own
    CHECK(sipcode::q850_to_sip(25, custom).status == 480);
    CHECK(sipcode::q850_to_sip(63, custom).status == 502);
    CHECK(sipcode::sip_to_q850(491, custom).cause == 16);
    CHECK(sipcode::sip_to_q850(488, 399, custom).cause == 16);
    // without a base, everything else is unlisted
    CHECK(sipcode::q850_to_sip(17, standalone).status == 502);
    CHECK(sipcode::q850_to_sip(17, standalone).basis == q850_basis::unlisted);
    CHECK(sipcode::sip_to_q850(486, standalone).cause == 16);
    // a profile filled at run time
    std::vector<sipcode::q850_to_sip_row> loaded = {{17, 600, 0, 0}};
    const sipcode::q850_profile runtime{{loaded.data(), loaded.size()}, {}, {}, 500, 31, &sipcode::rfc3398_profile};
    CHECK(sipcode::q850_to_sip(17, runtime).status == 600);
    CHECK(sipcode::q850_to_sip(34, runtime).status == 503);
    // an empty profile maps everything to its defaults
    const sipcode::q850_profile empty{};
    CHECK(sipcode::q850_to_sip(17, empty).status == 500);
    CHECK(sipcode::sip_to_q850(486, empty).cause == 31);
}

TEST_CASE("q850.basis_names") {
    std::set<std::string_view> names;
    for (int b = 0; b <= static_cast<int>(q850_basis::no_mapping); ++b) {
        names.insert(sipcode::to_string(static_cast<q850_basis>(b)));
    }
    CHECK(names.size() == 7);
    CHECK(names.count("unknown") == 0);
}
