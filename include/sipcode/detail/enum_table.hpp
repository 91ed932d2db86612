// sipcode internal: the one shape of every public enum's names. Each enum has one table of
// enum_name (or enum_text) rows in value order, checked at compile time against the enum's count constant, and its
// to_string() (and describe()) are lookups in that table.
#ifndef SIPCODE_DETAIL_ENUM_TABLE_HPP
#define SIPCODE_DETAIL_ENUM_TABLE_HPP

#include <array>
#include <cstddef>
#include <string_view>

namespace sipcode {
namespace detail {

// Literals with their length spelled by the compiler: no strlen loop in constant evaluation.
using std::literals::string_view_literals::operator""sv;

/** One enumerator and its name: what to_string() gives, usually the enumerator's spelling. */
template <class E>
struct enum_name {
    E value;
    std::string_view name;
};

/** One enumerator, its name and what describe() gives, for the enums that have describe(). */
template <class E>
struct enum_text {
    E value;
    std::string_view name;
    std::string_view description;
};

/** True when `table` has one row per value 0 .. count-1, in that order, each with a name. */
template <class Row, std::size_t N>
constexpr bool covers(const std::array<Row, N>& table, std::size_t count) noexcept {
    if (N != count) return false;
    for (std::size_t i = 0; i < N; ++i) {
        if (static_cast<std::size_t>(table[i].value) != i || table[i].name.empty()) return false;
    }
    return true;
}

/** For an enum with gaps: True when the rows are in increasing order, each with a name, and the last
 *  one is `last`, the enum's last enumerator. */
template <class Row, std::size_t N, class E>
constexpr bool covers_sparse(const std::array<Row, N>& table, E last) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i].name.empty()) return false;
        if (i > 0 && static_cast<std::size_t>(table[i - 1].value) >= static_cast<std::size_t>(table[i].value)) {
            return false;
        }
    }
    return N > 0 && table[N - 1].value == last;
}

/** The row of `v`: the row at index `v` in a dense table, found by search in a table with gaps;
 *  nullptr for a value outside the enum. */
template <class Row, std::size_t N, class E>
constexpr const Row* find_row(const std::array<Row, N>& table, E v) noexcept {
    const auto i = static_cast<std::size_t>(v);
    if (i < N && table[i].value == v) return &table[i];
    for (const Row& row : table) {
        if (row.value == v) return &row;
    }
    return nullptr;
}

/** The name of `v`, or `otherwise` for a value outside the enum. */
template <class Row, std::size_t N, class E>
constexpr std::string_view name_of(const std::array<Row, N>& table, E v, std::string_view otherwise) noexcept {
    const Row* row = find_row(table, v);
    return row != nullptr ? row->name : otherwise;
}

/** The description of `v`, or `otherwise` for a value outside the enum. */
template <class Row, std::size_t N, class E>
constexpr std::string_view description_of(const std::array<Row, N>& table, E v,
                                          std::string_view otherwise) noexcept {
    const Row* row = find_row(table, v);
    return row != nullptr ? row->description : otherwise;
}

}  // namespace detail
}  // namespace sipcode

#endif  // SIPCODE_DETAIL_ENUM_TABLE_HPP
