// sipcode: the vocabulary types of the registry.
//
// Everything here is constexpr, noexcept, allocation-free and trivially destructible.
// The registry rows themselves live in <sipcode/registry.hpp>, generated from data/.
#ifndef SIPCODE_TYPES_HPP
#define SIPCODE_TYPES_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "actions.hpp"
#include "detail/enum_table.hpp"

namespace sipcode {

/** A SIP status code. One named enumerator per IANA-registered code (see registry.hpp);
 *  any other three-digit value stays representable: `static_cast<status>(477)` is valid. */
enum class status : std::uint16_t;

/** A SIP header field that guides what to do after a response (see registry.hpp). */
enum class header_field : std::uint8_t;

/** The class of a status code: its hundreds digit (RFC 3261 s7.2), `invalid` outside 100..699. */
enum class status_class : std::uint8_t {
    invalid = 0,
    provisional = 1,
    success = 2,
    redirection = 3,
    request_failure = 4,
    server_failure = 5,
    global_failure = 6,
};

/** Number of status_class values. */
inline constexpr std::size_t status_class_count = static_cast<std::size_t>(status_class::global_failure) + 1;

namespace detail {
inline constexpr std::array<enum_name<status_class>, status_class_count> status_class_texts = {{
    {status_class::invalid, "invalid"sv},
    {status_class::provisional, "provisional"sv},
    {status_class::success, "success"sv},
    {status_class::redirection, "redirection"sv},
    {status_class::request_failure, "request_failure"sv},
    {status_class::server_failure, "server_failure"sv},
    {status_class::global_failure, "global_failure"sv},
}};
static_assert(covers(status_class_texts, status_class_count), "one row per status_class, in value order");
}  // namespace detail

/** A set of header fields; iterate it with range-for to get `header_field` values. */
class header_set {
public:
    constexpr header_set() noexcept = default;
    constexpr explicit header_set(std::uint64_t bits) noexcept : bits_(bits) {}

    constexpr bool contains(header_field h) const noexcept {
        return (bits_ >> static_cast<unsigned>(h)) & 1U;
    }
    constexpr bool empty() const noexcept { return bits_ == 0; }
    constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        for (std::uint64_t b = bits_; b != 0; b &= b - 1) ++n;
        return n;
    }
    constexpr std::uint64_t bits() const noexcept { return bits_; }
    friend constexpr bool operator==(header_set a, header_set b) noexcept { return a.bits_ == b.bits_; }
    friend constexpr bool operator!=(header_set a, header_set b) noexcept { return a.bits_ != b.bits_; }

    class iterator {
    public:
        constexpr explicit iterator(std::uint64_t rest) noexcept : rest_(rest) {}
        constexpr header_field operator*() const noexcept {
            unsigned bit = 0;
            while (((rest_ >> bit) & 1U) == 0) ++bit;
            return static_cast<header_field>(bit);
        }
        constexpr iterator& operator++() noexcept {
            rest_ &= rest_ - 1;
            return *this;
        }
        friend constexpr bool operator==(iterator a, iterator b) noexcept { return a.rest_ == b.rest_; }
        friend constexpr bool operator!=(iterator a, iterator b) noexcept { return a.rest_ != b.rest_; }

    private:
        std::uint64_t rest_;
    };
    constexpr iterator begin() const noexcept { return iterator(bits_); }
    constexpr iterator end() const noexcept { return iterator(0); }

private:
    std::uint64_t bits_ = 0;
};

/** What happens next after a response with one code, out of any request context: the registry row's
 *  answer, which advise() refines with the request (see advice.hpp). */
struct next_actions {
    next_step uac = next_step::none;            ///< what a UAC does next (outside a dialog)
    proxy_action proxy = proxy_action::none;    ///< what a stateful proxy does with it
    dialog_effect dialog = dialog_effect::none; ///< to a request inside a dialog (RFC 5057 s5.1 table 2)
    header_set response_headers;                ///< fields of the response that guide the next step
    header_set request_headers;                 ///< fields of the request the response is about
};

/** One row of the registry. All strings are static storage; none is NUL-terminated by contract. */
struct status_info {
    std::uint16_t code;           ///< the code this row describes (each row stores its own key)
    status_class cls;             ///< its class
    bool deprecated;              ///< IANA marks it deprecated (202)
    std::string_view name;        ///< the `status` enumerator's spelling, e.g. "busy_here"
    std::string_view reason;      ///< the reason phrase exactly as IANA spells it
    std::string_view references;  ///< IANA's reference cell, e.g. "RFC3261"
    next_actions next;            ///< what to do next
    std::string_view basis;       ///< the RFC sections `next.uac`, `next.proxy` and the fields come from
    std::string_view dialog_basis;///< the RFC section or note `next.dialog` comes from
    std::string_view hint;        ///< operator-facing remediation hint
    std::string_view user_message;///< plain-language message an end user can be shown
};

namespace detail {

/** The integer types SIP stacks report a status code in (int in sofia-sip and PJSIP, unsigned,
 *  long ...): every integer type but std::uint16_t itself, bool and the character types. */
template <class I>
inline constexpr bool is_other_integer =
    std::is_integral_v<I> && !std::is_same_v<I, std::uint16_t> && !std::is_same_v<I, bool> &&
    !std::is_same_v<I, char> && !std::is_same_v<I, signed char> && !std::is_same_v<I, unsigned char> &&
    !std::is_same_v<I, wchar_t> && !std::is_same_v<I, char16_t> && !std::is_same_v<I, char32_t>;

/** `value` as a code when it is in 0..65535; 0 (not a status code) otherwise, so that 65736 can
 *  never be taken for 200. */
template <class I>
constexpr std::uint16_t code_from(I value) noexcept {
    if constexpr (std::is_signed_v<I>) {
        if (value < 0) return 0;
    }
    return static_cast<unsigned long long>(value) <= 0xFFFFu ? static_cast<std::uint16_t>(value) : 0;
}

}  // namespace detail

/** The class of any value: its hundreds digit for 100..699, `invalid` otherwise. */
constexpr status_class class_of(std::uint16_t code) noexcept {
    return (code >= 100 && code <= 699) ? static_cast<status_class>(code / 100) : status_class::invalid;
}
constexpr status_class class_of(status s) noexcept { return class_of(static_cast<std::uint16_t>(s)); }
/** The same for a code as a SIP stack reports it (`int`); outside 0..65535 it is `invalid`. */
template <class I, std::enable_if_t<detail::is_other_integer<I>, int> = 0>
constexpr status_class class_of(I code) noexcept { return class_of(detail::code_from(code)); }

/** True for final responses (200..699). */
constexpr bool is_final(std::uint16_t code) noexcept { return code >= 200 && code <= 699; }
template <class I, std::enable_if_t<detail::is_other_integer<I>, int> = 0>
constexpr bool is_final(I code) noexcept { return is_final(detail::code_from(code)); }

/** snake_case names, as the enumerators are spelled. */
constexpr std::string_view to_string(status_class c) noexcept {
    return detail::name_of(detail::status_class_texts, c, "invalid");
}

}  // namespace sipcode

#endif  // SIPCODE_TYPES_HPP
