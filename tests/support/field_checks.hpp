// Test support: what the Reason, Retry-After and Warning tests check alike, usable at compile time and
// at run time: a view lies inside its input, every case of a table holds, a table's malformed cases.
#ifndef SIPCODE_TESTS_FIELD_CHECKS_HPP
#define SIPCODE_TESTS_FIELD_CHECKS_HPP

#include <sipcode/field_value.hpp>

#include <cstddef>
#include <string_view>

namespace sipcode_test {

constexpr bool within(std::string_view part, std::string_view whole) {
    if (part.empty()) return true;
    // Compare through offsets: pointer comparisons between unrelated objects are not constant expressions.
    for (std::size_t i = 0; i + part.size() <= whole.size(); ++i) {
        if (whole.data() + i == part.data()) return true;
    }
    return false;
}

template <class Case, std::size_t N, class Check>
constexpr bool all_hold(const Case (&cases)[N], Check check, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last && i < N; ++i) {
        if (!check(cases[i], cases[i].input)) return false;
    }
    return true;
}

template <class Case, std::size_t N>
constexpr std::size_t malformed(const Case (&cases)[N]) {
    std::size_t n = 0;
    for (const Case& c : cases) n += c.ec != sipcode::field_errc::ok;
    return n;
}

}  // namespace sipcode_test

#endif
