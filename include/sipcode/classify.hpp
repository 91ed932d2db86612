// sipcode: what a UA or proxy must do with a response code, registered or not.
//
//   constexpr classification classify(std::uint16_t code) noexcept;
//   constexpr classification classify(status s) noexcept;
//   constexpr classification classify(int code) noexcept;    // any integer type; outside 0..65535: 0
//   constexpr classification classify(const status_line& line) noexcept;   // a parsed line
//
// The number is never rounded away: `code` is always what was received. `effective` is the code to
// act on (RFC 3261 s8.1.3.2): an unregistered final response is treated as the x00 of its class,
// an unregistered provisional one as 183, and the deprecated 202 as 200 (RFC 6665 s8.3.1).
#ifndef SIPCODE_CLASSIFY_HPP
#define SIPCODE_CLASSIFY_HPP

#include <array>
#include <cstddef>
#include <cstdint>

#include "lookup.hpp"
#include "parse.hpp"
#include "types.hpp"

namespace sipcode {

/** Everything a UA or proxy needs to decide what to do next. */
struct classification {
    std::uint16_t code = 0;                    ///< the code as received
    status_class cls = status_class::invalid;  ///< its class; invalid outside 100..699
    bool is_final = false;                     ///< 200..699
    bool registered = false;                   ///< IANA has registered `code`
    std::uint16_t effective = 0;               ///< the code to act on; 0 when cls is invalid
    next_actions next;                         ///< what to do next: the row of `effective`
    const status_info* info = nullptr;         ///< registry row of `code`, nullptr if unregistered

    /** True when the code is inside 100..699, i.e. something is defined for it. */
    constexpr bool valid() const noexcept { return cls != status_class::invalid; }
};

/** The code RFC 3261 s8.1.3.2 (and RFC 6665 s8.3.1 for 202) says to act on; 0 outside 100..699. */
constexpr std::uint16_t effective_code(std::uint16_t code) noexcept {
    const status_class cls = class_of(code);
    if (cls == status_class::invalid) return 0;
    if (code == 202) return 200;  // deprecated: receivers MUST treat 202 exactly like 200
    if (find(code) != nullptr) return code;
    if (cls == status_class::provisional) return 183;
    return static_cast<std::uint16_t>(code / 100 * 100);
}

namespace detail {

// What classify() answers for `code`, worked out from the registry: the definition the table below
// is built from, and what classify() computes for codes outside 100..699.
constexpr classification classify_from_registry(std::uint16_t code) noexcept {
    const status_info* info = find(code);
    const std::uint16_t effective = effective_code(code);
    const status_info* acted = find(effective);
    return classification{code,
                          class_of(code),
                          is_final(code),
                          info != nullptr,
                          effective,
                          acted != nullptr ? acted->next : next_actions{},
                          info};
}

constexpr std::array<classification, index_size> make_classifications() noexcept {
    std::array<classification, index_size> table{};
    for (std::size_t i = 0; i < index_size; ++i) {
        table[i] = classify_from_registry(static_cast<std::uint16_t>(index_first + i));
    }
    return table;
}

// The classification of every code 100..699, worked out at compile time, so that classifying a
// parsed code is one bounds check and one copy (600 rows of 40 octets: the price of that speed).
inline constexpr std::array<classification, index_size> classifications = make_classifications();

}  // namespace detail

/** Classifies any value 0..65535; never fails, never allocates. */
constexpr classification classify(std::uint16_t code) noexcept {
    const std::size_t slot = static_cast<std::uint16_t>(code - detail::index_first);
    return slot < detail::index_size ? detail::classifications[slot] : detail::classify_from_registry(code);
}
constexpr classification classify(status s) noexcept { return classify(static_cast<std::uint16_t>(s)); }
/** The code as a SIP stack reports it (`int`, no cast needed); a value outside 0..65535 is not a
 *  status code and is classified as 0 (invalid), never wrapped onto a real code. */
template <class I, std::enable_if_t<detail::is_other_integer<I>, int> = 0>
constexpr classification classify(I code) noexcept {
    return classify(detail::code_from(code));
}
/** Classifies the code of a parsed status line (parse.hpp). */
constexpr classification classify(const status_line& line) noexcept { return classify(line.code); }

}  // namespace sipcode

#endif  // SIPCODE_CLASSIFY_HPP
