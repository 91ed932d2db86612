// sipcode: the ratios of RFC 6076 s4 (SER, SEER, ISA, IRA) and the industry's ASR and NER, as code
// sets over final responses, and a counter that computes them live (a softswitch, a trace reader).
//
//   enum class kpi : std::uint8_t { ser, seer, isa, ira, asr, ner };
//   inline constexpr int no_final_response = 0;                 // the attempt timed out (Timer B / F)
//   constexpr std::string_view to_string(kpi) noexcept;         // "ser"
//   constexpr std::string_view describe(kpi) noexcept;          // "session establishment ratio (RFC 6076 s4.6)"
//   constexpr std::string_view code_set(kpi) noexcept;          // the numerator: "200, 480, 486, 600, 603"
//   constexpr std::string_view excluded_set(kpi) noexcept;      // out of the denominator: "3xx, 401, 407"
//   constexpr kpi_attempt attempt_of(kpi) noexcept;             // session (initial INVITE) or registration
//   constexpr const kpi_info* find_kpi(kpi) noexcept;           // the whole row; nullptr for a bad value
//   constexpr const kpi_info* find_kpi(std::string_view name) noexcept;  // "ser" -> its row
//   constexpr bool in_numerator(kpi, int final_code) noexcept;  // 200..699, or no_final_response
//   constexpr bool in_denominator(kpi, int final_code) noexcept;
//   struct kpi_ratio { std::uint64_t numerator, denominator; defined(); value(); };
//   class kpi_counter { add_session_attempt(int); add_registration_attempt(int); ratio(kpi); ... };
//
// What counts. A session KPI counts each initial INVITE (no To tag) once, by its first final
// response; a registration KPI counts each REGISTER request once. Retransmissions are not new
// requests (RFC 6076 s4, s4.2): the caller counts transactions, not messages. The denominator holds
// every final response 200..699 and "no final response" except the KPI's excluded set; the numerator
// is the KPI's code set. The sets are data/kpi-code-sets.csv, generated into kpi_data.hpp (each
// enumerator's comment there shows them); code_set() and excluded_set() print them, and docs/kpis.md
// has them as a table. The readings where the RFC leaves a choice (docs/kpis.md gives the reasons):
//  * SER and ASR count 200 only ("200 OK" in s4.6): another 2xx to an INVITE is in the denominator.
//  * 401 and 407 leave every denominator: the request is sent again with credentials and the new
//    request is the attempt counted (s4.2 and s4.3.2 call them non-failure challenges). IRA too,
//    though s4.2's formula says "Total # of REGISTER Requests": s4.2 reports "a percentage of
//    registration attempts" and s4.1 draws REGISTER, 401, REGISTER, 200 as one registration. 402 is
//    no IRA (s4.2), but it stays in the denominators: RFC 3261 s21.4.3 reserves it, nothing retries it.
//  * No final response (pass no_final_response, 0) is an ISA, since RFC 3261 s8.1.3.1 treats a
//    transaction timeout as a 408, and an IRA (s4.2: Timer F). It is in every denominator.
//  * 487 after the caller's CANCEL stays in the session denominators and counts in no numerator, as
//    RFC 6076's formulas are written: abandoned calls lower SER, SEER, ASR and NER.
//  * ASR and NER are the industry's ratios (ITU-T E.411), not RFC 6076's: ASR is SER and NER is SEER
//    with 3xx kept in the denominator. NER's code set is SEER's, the common reading; other sets
//    exist (some add 487 or 408), so print code_set(kpi::ner) beside the figure.
//  * A ratio with an empty denominator is undefined (s4): kpi_ratio::defined() is false and
//    value() is NaN, never 0 %.
//
// Everything is constexpr, noexcept and allocation-free. A 1 KB index built from kpi_table at compile
// time answers in_numerator(kpi, code) and in_denominator(kpi, code) in O(1), and lets
// kpi_counter::add_session_attempt() count every KPI with one lookup. kpi_counter holds fixed
// counters (about 120 bytes); it is not synchronised: keep one per thread and add them with +=.
#ifndef SIPCODE_KPI_HPP
#define SIPCODE_KPI_HPP

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>

#include "kpi_data.hpp"

namespace sipcode {

/** The final code to pass when no final response came: the transaction timed out (Timer B for an
 *  INVITE, Timer F for a REGISTER, RFC 3261 s17.1). */
inline constexpr int no_final_response = 0;

namespace detail {
static_assert(sizeof(kpi_table) / sizeof(kpi_table[0]) == kpi_count, "one kpi_table row per kpi");

constexpr bool kpi_rows_in_enum_order() noexcept {
    for (std::size_t i = 0; i < kpi_count; ++i) {
        if (static_cast<std::size_t>(kpi_table[i].id) != i || kpi_table[i].name.empty()) return false;
    }
    return true;
}
static_assert(kpi_rows_in_enum_order(), "kpi_table: row i stores kpi i and has a name");

/** True for what a KPI can count: a final response 200..699, or no_final_response. */
constexpr bool is_kpi_outcome(int code) noexcept {
    return code == no_final_response || (code >= 200 && code <= 699);
}

/** Whether `k` is one of the enumerators. The functions below test this rather than compare a row
 *  pointer with nullptr: g++ with -fsanitize=undefined refuses that comparison in constant evaluation. */
constexpr bool is_kpi(kpi k) noexcept { return static_cast<std::size_t>(k) < kpi_count; }

constexpr const kpi_info& kpi_row(kpi k) noexcept { return kpi_table[static_cast<std::size_t>(k)]; }

constexpr bool contains(const kpi_code_set& set, int code) noexcept {
    if (code == no_final_response) return set.no_final_response;
    for (const kpi_code_range& r : set.ranges) {
        if (code >= r.first && code <= r.last) return true;
    }
    return false;
}
}  // namespace detail

/** Whether an attempt whose final response is `final_code` (200..699, or no_final_response) counts in
 *  the denominator of `info`'s ratio. False for anything else (1xx, 0..199, 700 and up). */
constexpr bool in_denominator(const kpi_info& info, int final_code) noexcept {
    return detail::is_kpi_outcome(final_code) && !detail::contains(info.excluded, final_code);
}

/** Whether an attempt whose final response is `final_code` counts in the numerator of `info`'s ratio
 *  (and so in its denominator too). */
constexpr bool in_numerator(const kpi_info& info, int final_code) noexcept {
    return in_denominator(info, final_code) && detail::contains(info.numerator, final_code);
}

namespace detail {
/** For one outcome, the KPIs that count it: bit i stands for kpi i. */
struct kpi_outcome_bits {
    std::uint8_t numerator = 0;
    std::uint8_t denominator = 0;
};
static_assert(kpi_count <= 8, "kpi_outcome_bits holds a bit per kpi: widen it");

/** The outcomes: index 0 is no_final_response, 1..500 the codes 200..699. */
inline constexpr std::size_t kpi_outcome_count = 501;
constexpr std::size_t kpi_outcome_index(int code) noexcept {
    return code == no_final_response ? 0 : static_cast<std::size_t>(code - 199);
}

struct kpi_index_table {
    kpi_outcome_bits outcomes[kpi_outcome_count];
    std::uint8_t of_attempt[2];  ///< the KPIs of each kpi_attempt
};

constexpr kpi_index_table make_kpi_index() noexcept {
    kpi_index_table t{};
    for (std::size_t k = 0; k < kpi_count; ++k) {
        const auto bit = static_cast<std::uint8_t>(1U << k);
        t.of_attempt[static_cast<std::size_t>(kpi_table[k].attempt)] |= bit;
        for (int code = 0; code <= 699; ++code) {
            if (!is_kpi_outcome(code)) continue;
            kpi_outcome_bits& o = t.outcomes[kpi_outcome_index(code)];
            if (in_numerator(kpi_table[k], code)) o.numerator |= bit;
            if (in_denominator(kpi_table[k], code)) o.denominator |= bit;
        }
    }
    return t;
}

/** Which KPIs count each outcome, derived from kpi_table at compile time: O(1) membership and
 *  counting. */
inline constexpr kpi_index_table kpi_index = make_kpi_index();
}  // namespace detail

/** The row of `k` in kpi_table, or nullptr for a value outside the enum. */
constexpr const kpi_info* find_kpi(kpi k) noexcept {
    return detail::is_kpi(k) ? &detail::kpi_row(k) : nullptr;
}

/** The KPI named `name` ("ser", as to_string() spells it; case-sensitive), or nullptr. */
constexpr const kpi_info* find_kpi(std::string_view name) noexcept {
    for (const kpi_info& row : kpi_table) {
        if (row.name == name) return &row;
    }
    return nullptr;
}

/** The enumerator's name, "ser" (the Prometheus label value); "unknown" for a value outside the enum. */
constexpr std::string_view to_string(kpi k) noexcept {
    return detail::is_kpi(k) ? detail::kpi_row(k).name : std::string_view("unknown");
}

/** "session establishment ratio (RFC 6076 s4.6)"; "ineffective registration attempts (RFC 6076
 *  s4.2)"; "answer seizure ratio (industry, ITU-T E.411)". "unknown" outside the enum. */
constexpr std::string_view describe(kpi k) noexcept {
    return detail::is_kpi(k) ? detail::kpi_row(k).description : std::string_view("unknown");
}

/** The final responses the numerator counts, as text: "200, 480, 486, 600, 603"; "4xx (not 401,
 *  402, 407), 5xx, 6xx, no final response". Empty outside the enum. */
constexpr std::string_view code_set(kpi k) noexcept {
    return detail::is_kpi(k) ? detail::kpi_row(k).numerator.text : std::string_view();
}

/** The final responses that take an attempt out of the denominator, as text: "3xx, 401, 407".
 *  Empty when none do, and outside the enum. */
constexpr std::string_view excluded_set(kpi k) noexcept {
    return detail::is_kpi(k) ? detail::kpi_row(k).excluded.text : std::string_view();
}

/** What `k` counts: initial INVITEs (session) or REGISTER requests (registration). */
constexpr kpi_attempt attempt_of(kpi k) noexcept {
    return detail::is_kpi(k) ? detail::kpi_row(k).attempt : kpi_attempt::session;
}

/** "session" or "registration". */
constexpr std::string_view to_string(kpi_attempt a) noexcept {
    return a == kpi_attempt::registration ? std::string_view("registration") : std::string_view("session");
}

/** in_denominator for a KPI of kpi_table, in O(1); false for a value outside the enum. */
constexpr bool in_denominator(kpi k, int final_code) noexcept {
    return detail::is_kpi(k) && detail::is_kpi_outcome(final_code) &&
           ((detail::kpi_index.outcomes[detail::kpi_outcome_index(final_code)].denominator >>
             static_cast<unsigned>(k)) & 1U) != 0;
}

/** in_numerator for a KPI of kpi_table, in O(1); false for a value outside the enum. */
constexpr bool in_numerator(kpi k, int final_code) noexcept {
    return detail::is_kpi(k) && detail::is_kpi_outcome(final_code) &&
           ((detail::kpi_index.outcomes[detail::kpi_outcome_index(final_code)].numerator >>
             static_cast<unsigned>(k)) & 1U) != 0;
}

/** A ratio's two counts. RFC 6076 s4: with a denominator of 0 the metric is undefined. */
struct kpi_ratio {
    std::uint64_t numerator = 0;
    std::uint64_t denominator = 0;

    /** False when the denominator is 0: print "n/a", never 0 %. */
    constexpr bool defined() const noexcept { return denominator != 0; }

    /** numerator / denominator, 0..1 (multiply by 100 for RFC 6076's percentages); NaN when undefined. */
    constexpr double value() const noexcept {
        return defined() ? static_cast<double>(numerator) / static_cast<double>(denominator)
                         : std::numeric_limits<double>::quiet_NaN();
    }

    friend constexpr bool operator==(const kpi_ratio& a, const kpi_ratio& b) noexcept {
        return a.numerator == b.numerator && a.denominator == b.denominator;
    }
    friend constexpr bool operator!=(const kpi_ratio& a, const kpi_ratio& b) noexcept { return !(a == b); }
};

/** Counts attempts by their final response and gives every KPI's ratio. Fixed size, no allocation;
 *  not synchronised (one per thread, added with +=). */
class kpi_counter {
public:
    /** An initial INVITE (no To tag), once, by its first final response: 200..699, or
     *  no_final_response (0) when none came. Any other value is not counted (see ignored()). */
    constexpr void add_session_attempt(int first_final_code) noexcept { add(kpi_attempt::session, first_final_code); }

    /** A REGISTER request, once (not its retransmissions), by its final response: 200..699, or
     *  no_final_response (0) when none came. Any other value is not counted (see ignored()). */
    constexpr void add_registration_attempt(int final_code) noexcept { add(kpi_attempt::registration, final_code); }

    /** The counts of `k`; {0, 0} (undefined) for a value outside the enum. */
    constexpr kpi_ratio ratio(kpi k) const noexcept {
        return detail::is_kpi(k) ? ratios_[static_cast<std::size_t>(k)] : kpi_ratio{};
    }

    /** Session attempts counted, whatever their final response (3xx and challenges included). */
    constexpr std::uint64_t session_attempts() const noexcept { return sessions_; }
    /** Registration attempts counted, whatever their final response. */
    constexpr std::uint64_t registration_attempts() const noexcept { return registrations_; }
    /** Calls given a code that is neither 200..699 nor no_final_response (a 1xx, a malformed code). */
    constexpr std::uint64_t ignored() const noexcept { return ignored_; }

    /** Adds another counter's counts (per-thread or per-trunk counters into a total). */
    constexpr kpi_counter& operator+=(const kpi_counter& other) noexcept {
        for (std::size_t i = 0; i < kpi_count; ++i) {
            ratios_[i].numerator += other.ratios_[i].numerator;
            ratios_[i].denominator += other.ratios_[i].denominator;
        }
        sessions_ += other.sessions_;
        registrations_ += other.registrations_;
        ignored_ += other.ignored_;
        return *this;
    }

private:
    constexpr void add(kpi_attempt attempt, int code) noexcept {
        if (!detail::is_kpi_outcome(code)) {
            ++ignored_;
            return;
        }
        ++(attempt == kpi_attempt::session ? sessions_ : registrations_);
        const unsigned mine = detail::kpi_index.of_attempt[static_cast<std::size_t>(attempt)];
        const detail::kpi_outcome_bits& o = detail::kpi_index.outcomes[detail::kpi_outcome_index(code)];
        const unsigned numerator = o.numerator & mine;
        const unsigned denominator = o.denominator & mine;
        for (std::size_t i = 0; i < kpi_count; ++i) {
            ratios_[i].numerator += (numerator >> i) & 1U;
            ratios_[i].denominator += (denominator >> i) & 1U;
        }
    }

    kpi_ratio ratios_[kpi_count] = {};
    std::uint64_t sessions_ = 0;
    std::uint64_t registrations_ = 0;
    std::uint64_t ignored_ = 0;
};

}  // namespace sipcode

#endif  // SIPCODE_KPI_HPP
