// sipcode: a non-owning view of a table's rows, for the tables an application may supply
// (Q.850 mapping profiles, message catalogs).
//
//   template <class Row> class table_view;   // pointer + count; from a C array, a std::array or (pointer, count)
#ifndef SIPCODE_TABLE_VIEW_HPP
#define SIPCODE_TABLE_VIEW_HPP

#include <array>
#include <cstddef>

namespace sipcode {

/** A non-owning view of a table's rows: a pointer and a count. Builds from a C array, a std::array,
 *  or (pointer, count) for tables filled at run time. */
template <class Row>
class table_view {
public:
    constexpr table_view() noexcept = default;
    constexpr table_view(const Row* rows, std::size_t count) noexcept : rows_(rows), count_(count) {}
    template <std::size_t N>
    constexpr table_view(const Row (&rows)[N]) noexcept : rows_(rows), count_(N) {}  // NOLINT: implicit by design
    template <std::size_t N>
    constexpr table_view(const std::array<Row, N>& rows) noexcept : rows_(rows.data()), count_(N) {}  // NOLINT
    constexpr const Row* begin() const noexcept { return rows_; }
    constexpr const Row* end() const noexcept { return rows_ + count_; }
    constexpr std::size_t size() const noexcept { return count_; }
    constexpr bool empty() const noexcept { return count_ == 0; }
    constexpr const Row& operator[](std::size_t i) const noexcept { return rows_[i]; }

private:
    const Row* rows_ = nullptr;
    std::size_t count_ = 0;
};

}  // namespace sipcode

#endif  // SIPCODE_TABLE_VIEW_HPP
