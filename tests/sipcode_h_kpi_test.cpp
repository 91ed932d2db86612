// The KPI part of the C header <sipcode.h> against <sipcode/kpi.hpp>: every KPI (and values outside
// the enum) at every code -1..1000 and the int extremes, the names, descriptions and printed sets,
// and counters fed the same random sequences. Each C function is run twice: compiled as C99 (through
// tests/c/c_kpi_api.c) and compiled as C++ (this file includes sipcode.h); both must equal the C++
// library's answer.
#include <sipcode.h>

#include <sipcode/kpi.hpp>

#include <doctest/doctest.h>

#include <climits>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "c/c_kpi_api.h"

namespace {

std::string_view text(const char* s) {
    return s == nullptr ? std::string_view("(null)") : std::string_view(s);
}

// Counts of what each test compared, printed at the end of each test case.
struct tally {
    const char* what;
    long count = 0;
    ~tally() { MESSAGE(std::string(what) << ": " << count << " comparisons"); }
};

// Every code a caller might pass: -1..1000 and the extremes of int.
std::vector<int> swept_codes() {
    std::vector<int> codes{INT_MIN, INT_MIN + 1, -1000, INT_MAX - 1, INT_MAX};
    for (int code = -1; code <= 1000; ++code) codes.push_back(code);
    return codes;
}

constexpr int kpi_count = static_cast<int>(sipcode::kpi_count);

// A value the C++ compilation of sipcode.h may hold in sipcode_kpi: an unscoped enum with the
// enumerators 0..5 has the values 0..7. The C compilation (c_api_kpi_*) also takes -1 and 8.
constexpr int last_cxx_kpi_value = 7;

}  // namespace

TEST_CASE("c_header.kpi_enum_and_texts") {
    tally t{"KPI names, descriptions, code sets, attempts"};
    REQUIRE(SIPCODE_KPI_COUNT == sipcode::kpi_count);
    CHECK(SIPCODE_KPI_SER == static_cast<int>(sipcode::kpi::ser));
    CHECK(SIPCODE_KPI_SEER == static_cast<int>(sipcode::kpi::seer));
    CHECK(SIPCODE_KPI_ISA == static_cast<int>(sipcode::kpi::isa));
    CHECK(SIPCODE_KPI_IRA == static_cast<int>(sipcode::kpi::ira));
    CHECK(SIPCODE_KPI_ASR == static_cast<int>(sipcode::kpi::asr));
    CHECK(SIPCODE_KPI_NER == static_cast<int>(sipcode::kpi::ner));
    CHECK(SIPCODE_KPI_NO_FINAL_RESPONSE == sipcode::no_final_response);
    CHECK(SIPCODE_KPI_ATTEMPT_SESSION == static_cast<int>(sipcode::kpi_attempt::session));
    CHECK(SIPCODE_KPI_ATTEMPT_REGISTRATION == static_cast<int>(sipcode::kpi_attempt::registration));
    for (int k = -1; k <= kpi_count + 2; ++k) {
        INFO("kpi value " << k);
        // Outside 0..7 the C++ enum (underlying std::uint8_t) holds the value modulo 256.
        const auto cpp = static_cast<sipcode::kpi>(static_cast<std::uint8_t>(k));
        CHECK(text(c_api_kpi_name(k)) == sipcode::to_string(cpp));
        CHECK(text(c_api_kpi_description(k)) == sipcode::describe(cpp));
        CHECK(text(c_api_kpi_code_set(k)) == sipcode::code_set(cpp));
        CHECK(text(c_api_kpi_excluded_set(k)) == sipcode::excluded_set(cpp));
        CHECK(c_api_kpi_attempt_of(k) == static_cast<int>(sipcode::attempt_of(cpp)));
        if (k >= 0 && k <= last_cxx_kpi_value) {
            const auto c = static_cast<sipcode_kpi>(k);
            CHECK(text(sipcode_kpi_name(c)) == sipcode::to_string(cpp));
            CHECK(text(sipcode_kpi_description(c)) == sipcode::describe(cpp));
            CHECK(text(sipcode_kpi_code_set(c)) == sipcode::code_set(cpp));
            CHECK(text(sipcode_kpi_excluded_set(c)) == sipcode::excluded_set(cpp));
            CHECK(static_cast<int>(sipcode_kpi_attempt_of(c)) == static_cast<int>(sipcode::attempt_of(cpp)));
        }
        ++t.count;
    }
    // The sentinels themselves, so that a sweep of two equal wrong answers cannot pass.
    CHECK(text(sipcode_kpi_name(static_cast<sipcode_kpi>(kpi_count))) == "unknown");
    CHECK(text(sipcode_kpi_code_set(static_cast<sipcode_kpi>(kpi_count))).empty());
    CHECK(text(sipcode_kpi_name(SIPCODE_KPI_NER)) == "ner");
}

TEST_CASE("c_header.kpi_every_kpi_at_every_code") {
    tally t{"in_numerator and in_denominator (kpi x code)"};
    const std::vector<int> codes = swept_codes();
    long numerators = 0;
    for (int k = -1; k <= kpi_count + 2; ++k) {
        const auto cpp = static_cast<sipcode::kpi>(static_cast<std::uint8_t>(k));
        const bool cxx_value = k >= 0 && k <= last_cxx_kpi_value;
        for (const int code : codes) {
            const bool num = sipcode::in_numerator(cpp, code);
            const bool den = sipcode::in_denominator(cpp, code);
            numerators += num ? 1 : 0;
            if ((c_api_kpi_in_numerator(k, code) != 0) != num) {
                FAIL_CHECK("C99 in_numerator(" << k << ", " << code << ") differs");
            }
            if ((c_api_kpi_in_denominator(k, code) != 0) != den) {
                FAIL_CHECK("C99 in_denominator(" << k << ", " << code << ") differs");
            }
            if (cxx_value && (sipcode_kpi_in_numerator(static_cast<sipcode_kpi>(k), code) != 0) != num) {
                FAIL_CHECK("C++-compiled in_numerator(" << k << ", " << code << ") differs");
            }
            if (cxx_value && (sipcode_kpi_in_denominator(static_cast<sipcode_kpi>(k), code) != 0) != den) {
                FAIL_CHECK("C++-compiled in_denominator(" << k << ", " << code << ") differs");
            }
            ++t.count;
        }
    }
    // Not a sweep of nothing: SER 1 + SEER 5 + ISA 5 + IRA 298 + ASR 1 + NER 5 codes, "none" included.
    CHECK(numerators == 1 + 5 + 5 + (97 + 100 + 100 + 1) + 1 + 5);
}

namespace {

// The C++ counter and the C counter, compiled as C99 and as C++, fed the same attempts.
struct counters {
    sipcode::kpi_counter cpp;
    sipcode_kpi_counter c99{};
    sipcode_kpi_counter cxx{};

    counters() {
        c_api_kpi_counter_init(&c99);
        sipcode_kpi_counter_init(&cxx);
    }

    void session(int code, std::uint64_t count, bool one) {
        if (one) {
            cpp.add_session_attempt(code);
            c_api_kpi_add_session_attempt(&c99, code);
            sipcode_kpi_add_session_attempt(&cxx, code);
        } else {
            cpp.add_session_attempts(code, count);
            c_api_kpi_add_session_attempts(&c99, code, count);
            sipcode_kpi_add_session_attempts(&cxx, code, count);
        }
    }

    void registration(int code, std::uint64_t count, bool one) {
        if (one) {
            cpp.add_registration_attempt(code);
            c_api_kpi_add_registration_attempt(&c99, code);
            sipcode_kpi_add_registration_attempt(&cxx, code);
        } else {
            cpp.add_registration_attempts(code, count);
            c_api_kpi_add_registration_attempts(&c99, code, count);
            sipcode_kpi_add_registration_attempts(&cxx, code, count);
        }
    }
};

// Whether both C counters give the C++ counter's ratio for every KPI (and for values outside the
// enum: {0, 0}, undefined) and its three attempt counts.
bool same_counts(const counters& x) {
    for (int k = -1; k <= kpi_count + 2; ++k) {
        const sipcode::kpi_ratio want = x.cpp.ratio(static_cast<sipcode::kpi>(static_cast<std::uint8_t>(k)));
        std::uint64_t num = 1;
        std::uint64_t den = 1;
        if ((c_api_kpi_ratio(&x.c99, k, &num, &den) != 0) != want.defined() || num != want.numerator ||
            den != want.denominator) {
            return false;
        }
        if (k >= 0 && k <= last_cxx_kpi_value) {
            num = den = 1;
            if ((sipcode_kpi_ratio(&x.cxx, static_cast<sipcode_kpi>(k), &num, &den) != 0) != want.defined() ||
                num != want.numerator || den != want.denominator) {
                return false;
            }
        }
    }
    for (const sipcode_kpi_counter* c : {&x.c99, &x.cxx}) {
        if (c->session_attempts != x.cpp.session_attempts() ||
            c->registration_attempts != x.cpp.registration_attempts() || c->ignored != x.cpp.ignored()) {
            return false;
        }
    }
    return true;
}

// A final code as a softswitch might report it: mostly the common ones, "no final response",
// sometimes any value -2..1000 (1xx and out-of-range values must be ignored the same way).
int random_code(std::mt19937_64& rng) {
    static const int common[] = {0,   200, 202, 302, 401, 402, 407, 408,
                                 480, 486, 487, 500, 503, 504, 600, 603};
    if (rng() % 2 == 0) return common[rng() % (sizeof(common) / sizeof(common[0]))];
    return static_cast<int>(rng() % 1003) - 2;
}

}  // namespace

TEST_CASE("c_header.kpi_counters_fed_the_same_random_sequences") {
    tally t{"counter states compared"};
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        INFO("seed " << seed);
        std::mt19937_64 rng(seed);
        counters x;
        REQUIRE(same_counts(x));  // fresh: every ratio undefined
        for (int step = 1; step <= 5000; ++step) {
            const int code = random_code(rng);
            const std::uint64_t choice = rng() % 8;
            const bool one = choice < 6;  // now and then a histogram bucket at once
            const std::uint64_t count = rng() % 1000;
            if (choice % 2 == 0) {
                x.session(code, count, one);
            } else {
                x.registration(code, count, one);
            }
            if (step % 50 == 0) {
                if (!same_counts(x)) FAIL_CHECK("counters differ after step " << step);
                ++t.count;
            }
        }
        CHECK(same_counts(x));
        // Something was counted in every KPI, so the comparison covered defined ratios.
        for (std::size_t k = 0; k < sipcode::kpi_count; ++k) {
            CHECK(x.cpp.ratio(static_cast<sipcode::kpi>(k)).numerator > 0);
        }
        ++t.count;
    }
}

TEST_CASE("c_header.kpi_counter_merge_and_null_outputs") {
    std::mt19937_64 rng(42);
    counters a;
    counters b;
    for (int step = 0; step < 2000; ++step) {
        counters& x = step % 3 == 0 ? b : a;
        if (rng() % 2 == 0) {
            x.session(random_code(rng), 1, true);
        } else {
            x.registration(random_code(rng), 1, true);
        }
    }
    a.cpp += b.cpp;
    c_api_kpi_counter_merge(&a.c99, &b.c99);
    sipcode_kpi_counter_merge(&a.cxx, &b.cxx);
    CHECK(same_counts(a));

    // Either output may be NULL; the return value still says whether the ratio is defined.
    counters fresh;
    CHECK(c_api_kpi_ratio(&fresh.c99, SIPCODE_KPI_SER, nullptr, nullptr) == 0);
    fresh.session(200, 1, true);
    CHECK(c_api_kpi_ratio(&fresh.c99, SIPCODE_KPI_SER, nullptr, nullptr) == 1);
    std::uint64_t den = 0;
    CHECK(sipcode_kpi_ratio(&fresh.cxx, SIPCODE_KPI_ASR, nullptr, &den) == 1);
    CHECK(den == 1);
}
