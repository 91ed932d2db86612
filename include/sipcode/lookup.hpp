// sipcode: lookups in the registry by code (formerly status.hpp; `enum status` is in registry.hpp).
//
//   constexpr const status_info* find(std::uint16_t code) noexcept;        // nullptr if unregistered
//   constexpr std::string_view   reason_phrase(std::uint16_t code) noexcept; // "" if unregistered
//   constexpr bool               is_registered(std::uint16_t code) noexcept;
//   constexpr std::string_view   name(status s) noexcept;                   // "busy_here", "" if none
//
// find, reason_phrase and is_registered also take the code as SIP stacks report it (int, long,
// unsigned ...) without a cast: a value outside 0..65535 is not a status code (nullptr, "", false).
// Every lookup is O(1) (one bounds check and one load), never throws and never allocates.
#ifndef SIPCODE_LOOKUP_HPP
#define SIPCODE_LOOKUP_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "registry.hpp"
#include "types.hpp"

namespace sipcode {

namespace detail {

inline constexpr std::uint16_t index_first = 100;
inline constexpr std::size_t index_size = 600;  // 100..699

// The row of each code 100..699, nullptr where the code is not registered, so that find() is one
// bounds check and one load. (A one-byte row position per code would take 600 octets instead of
// 4800, but turning it into an address costs find() a test, a branch and a multiplication.)
constexpr std::array<const status_info*, index_size> make_index() noexcept {
    std::array<const status_info*, index_size> index{};
    for (std::size_t i = 0; i < registry.size(); ++i) {
        index[registry[i].code - index_first] = &registry[i];
    }
    return index;
}

inline constexpr std::array<const status_info*, index_size> registry_index = make_index();

constexpr bool registry_is_sorted_and_consistent() noexcept {
    for (std::size_t i = 0; i < registry.size(); ++i) {
        const status_info& row = registry[i];
        if (i > 0 && registry[i - 1].code >= row.code) return false;
        if (class_of(row.code) != row.cls || row.cls == status_class::invalid) return false;
        if (row.reason.empty() || row.name.empty()) return false;
    }
    return true;
}
static_assert(registry_is_sorted_and_consistent(), "registry rows must be sorted, unique and in class");

}  // namespace detail

/** The registry row of `code`, or nullptr if IANA has not registered it. O(1). */
constexpr const status_info* find(std::uint16_t code) noexcept {
    const std::size_t slot = static_cast<std::uint16_t>(code - detail::index_first);
    return slot < detail::index_size ? detail::registry_index[slot] : nullptr;
}
constexpr const status_info* find(status s) noexcept { return find(static_cast<std::uint16_t>(s)); }
/** The same for a code as a SIP stack reports it (`int`): nullptr outside 0..65535. */
template <class I, std::enable_if_t<detail::is_other_integer<I>, int> = 0>
constexpr const status_info* find(I code) noexcept { return find(detail::code_from(code)); }

/** True if IANA has registered `code`. */
constexpr bool is_registered(std::uint16_t code) noexcept { return find(code) != nullptr; }
template <class I, std::enable_if_t<detail::is_other_integer<I>, int> = 0>
constexpr bool is_registered(I code) noexcept { return find(code) != nullptr; }

/** The registered reason phrase ("Busy Here"), or "" for an unregistered code. */
constexpr std::string_view reason_phrase(std::uint16_t code) noexcept {
    const status_info* info = find(code);
    return info != nullptr ? info->reason : std::string_view{};
}
constexpr std::string_view reason_phrase(status s) noexcept {
    return reason_phrase(static_cast<std::uint16_t>(s));
}
template <class I, std::enable_if_t<detail::is_other_integer<I>, int> = 0>
constexpr std::string_view reason_phrase(I code) noexcept { return reason_phrase(detail::code_from(code)); }

/** The enumerator spelling of a registered code ("busy_here"), or "" for an unregistered one. */
constexpr std::string_view name(status s) noexcept {
    const status_info* info = find(s);
    return info != nullptr ? info->name : std::string_view{};
}

/** The numeric value of a status. */
constexpr std::uint16_t to_underlying(status s) noexcept { return static_cast<std::uint16_t>(s); }

}  // namespace sipcode

#endif  // SIPCODE_LOOKUP_HPP
