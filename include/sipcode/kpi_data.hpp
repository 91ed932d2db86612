// GENERATED FILE: do not edit. Produced by tools/generate_registry.py from data/kpi-code-sets.csv;
// change the data and re-run `python3 tools/generate_registry.py` (CI runs it with --check).
//
// The code sets of the KPIs: which final responses count in each numerator, and which take an
// attempt out of the denominator. Use them through <sipcode/kpi.hpp>, which includes this header;
// data/kpi-code-sets.csv and docs/kpis.md give the readings behind each set.
#ifndef SIPCODE_KPI_DATA_HPP
#define SIPCODE_KPI_DATA_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "table_view.hpp"

namespace sipcode {

/** A ratio computed from the final responses to SIP requests (data/kpi-code-sets.csv). */
enum class kpi : std::uint8_t {
    ser,   ///< session establishment ratio (RFC 6076 s4.6):
           ///< 200 / all but 3xx, 401, 407
    seer,  ///< session establishment effectiveness ratio (RFC 6076 s4.7):
           ///< 200, 480, 486, 600, 603 / all but 3xx, 401, 407
    isa,   ///< ineffective session attempts (RFC 6076 s4.8):
           ///< 408, 500, 503, 504, no final response / all but 401, 407
    ira,   ///< ineffective registration attempts (RFC 6076 s4.2):
           ///< 4xx (not 401, 402, 407), 5xx, 6xx, no final response / all but 401, 407
    asr,   ///< answer seizure ratio (industry, ITU-T E.411):
           ///< 200 / all but 401, 407
    ner,   ///< network effectiveness ratio (industry, ITU-T E.411; codes of RFC 6076 s4.7):
           ///< 200, 480, 486, 600, 603 / all but 401, 407
};

/** Number of kpi values. */
inline constexpr std::size_t kpi_count = 6;

/** What a KPI counts: initial INVITEs (kpi_counter::add_session_attempt) or REGISTER requests
 *  (kpi_counter::add_registration_attempt). */
enum class kpi_attempt : std::uint8_t { session, registration };

/** The final responses `first` to `last`, both included. */
struct kpi_code_range {
    std::uint16_t first;
    std::uint16_t last;
};

/** A set of final responses: ranges of codes, and whether it holds "no final response came". */
struct kpi_code_set {
    table_view<kpi_code_range> ranges;  ///< ascending and disjoint, within 200..699
    bool no_final_response;             ///< the attempt ended without one (Timer B or F; code 0)
    std::string_view text;              ///< the set as printed: "200, 480, 486, 600, 603"
};

/** One KPI: its names and its two code sets. Every final response (200..699) and "no final response"
 *  not in `excluded` counts in the denominator; `numerator` is a subset of that. */
struct kpi_info {
    kpi id;                        ///< the KPI this row describes (each row stores its own key)
    std::string_view name;         ///< "ser": the enumerator's name, the Prometheus label value
    std::string_view title;        ///< "session establishment ratio"
    std::string_view source;       ///< "RFC 6076 s4.6", or "industry, ..." for a ratio RFC 6076 lacks
    std::string_view description;  ///< title (source)
    kpi_attempt attempt;           ///< what it counts: initial INVITEs or REGISTERs
    kpi_code_set numerator;        ///< the final responses the numerator counts
    kpi_code_set excluded;         ///< the final responses that take the attempt out of the denominator
};

namespace detail {
inline constexpr kpi_code_range kpi_ser_numerator[] = {{200, 200}};
inline constexpr kpi_code_range kpi_ser_excluded[] = {{300, 399}, {401, 401}, {407, 407}};
inline constexpr kpi_code_range kpi_seer_numerator[] = {{200, 200}, {480, 480}, {486, 486}, {600, 600}, {603, 603}};
inline constexpr kpi_code_range kpi_seer_excluded[] = {{300, 399}, {401, 401}, {407, 407}};
inline constexpr kpi_code_range kpi_isa_numerator[] = {{408, 408}, {500, 500}, {503, 504}};
inline constexpr kpi_code_range kpi_isa_excluded[] = {{401, 401}, {407, 407}};
inline constexpr kpi_code_range kpi_ira_numerator[] = {{400, 400}, {403, 406}, {408, 699}};
inline constexpr kpi_code_range kpi_ira_excluded[] = {{401, 401}, {407, 407}};
inline constexpr kpi_code_range kpi_asr_numerator[] = {{200, 200}};
inline constexpr kpi_code_range kpi_asr_excluded[] = {{401, 401}, {407, 407}};
inline constexpr kpi_code_range kpi_ner_numerator[] = {{200, 200}, {480, 480}, {486, 486}, {600, 600}, {603, 603}};
inline constexpr kpi_code_range kpi_ner_excluded[] = {{401, 401}, {407, 407}};
}  // namespace detail

/** Every KPI, in enum order. */
inline constexpr kpi_info kpi_table[kpi_count] = {
    {kpi::ser, std::string_view("ser", 3), std::string_view("session establishment ratio", 27), std::string_view("RFC 6076 s4.6", 13),
     std::string_view("session establishment ratio (RFC 6076 s4.6)", 43), kpi_attempt::session,
     {detail::kpi_ser_numerator, false, std::string_view("200", 3)},
     {detail::kpi_ser_excluded, false, std::string_view("3xx, 401, 407", 13)}},
    {kpi::seer, std::string_view("seer", 4), std::string_view("session establishment effectiveness ratio", 41), std::string_view("RFC 6076 s4.7", 13),
     std::string_view("session establishment effectiveness ratio (RFC 6076 s4.7)", 57), kpi_attempt::session,
     {detail::kpi_seer_numerator, false, std::string_view("200, 480, 486, 600, 603", 23)},
     {detail::kpi_seer_excluded, false, std::string_view("3xx, 401, 407", 13)}},
    {kpi::isa, std::string_view("isa", 3), std::string_view("ineffective session attempts", 28), std::string_view("RFC 6076 s4.8", 13),
     std::string_view("ineffective session attempts (RFC 6076 s4.8)", 44), kpi_attempt::session,
     {detail::kpi_isa_numerator, true, std::string_view("408, 500, 503, 504, no final response", 37)},
     {detail::kpi_isa_excluded, false, std::string_view("401, 407", 8)}},
    {kpi::ira, std::string_view("ira", 3), std::string_view("ineffective registration attempts", 33), std::string_view("RFC 6076 s4.2", 13),
     std::string_view("ineffective registration attempts (RFC 6076 s4.2)", 49), kpi_attempt::registration,
     {detail::kpi_ira_numerator, true, std::string_view("4xx (not 401, 402, 407), 5xx, 6xx, no final response", 52)},
     {detail::kpi_ira_excluded, false, std::string_view("401, 407", 8)}},
    {kpi::asr, std::string_view("asr", 3), std::string_view("answer seizure ratio", 20), std::string_view("industry, ITU-T E.411", 21),
     std::string_view("answer seizure ratio (industry, ITU-T E.411)", 44), kpi_attempt::session,
     {detail::kpi_asr_numerator, false, std::string_view("200", 3)},
     {detail::kpi_asr_excluded, false, std::string_view("401, 407", 8)}},
    {kpi::ner, std::string_view("ner", 3), std::string_view("network effectiveness ratio", 27), std::string_view("industry, ITU-T E.411; codes of RFC 6076 s4.7", 45),
     std::string_view("network effectiveness ratio (industry, ITU-T E.411; codes of RFC 6076 s4.7)", 75), kpi_attempt::session,
     {detail::kpi_ner_numerator, false, std::string_view("200, 480, 486, 600, 603", 23)},
     {detail::kpi_ner_excluded, false, std::string_view("401, 407", 8)}},
};

}  // namespace sipcode

#endif  // SIPCODE_KPI_DATA_HPP
