// sipcode: std::error_code support (opt-in).
//
//   std::error_code ec = sipcode::parse_errc::bare_cr;        // category "sipcode.parse"
//   std::error_code ec = sipcode::field_errc::bad_utf8;       // category "sipcode.field"
//   std::error_code ec = sipcode::make_status_error(486);     // category "sipcode.status", value 486
//   ec == sipcode::status_class::request_failure              // true: equivalence per class
//   ec == std::errc::timed_out                                // true for 408 and 504
//   !sipcode::make_status_error(200)                          // 1xx/2xx are never an error
//
// parse_errc and field_errc (the Reason, Retry-After and Warning parsers) are error-code enums: 0
// (ok) is success, every other value converts implicitly to a std::error_code whose message() is
// describe(e). Every error enum sipcode has is one; that is the rule for any added later.
//
// SIP status codes are deliberately NOT an error-code enum: `std::error_code ec = status::ok` would
// be a truthy error with value 200. make_status_error() turns a final failure (300..699) into a
// std::error_code in the "sipcode.status" category and everything else (1xx, 2xx, values outside
// 100..699) into the empty, falsy std::error_code. Such codes compare equal to the status_class of
// their hundreds digit (status_class is an error-condition enum in category "sipcode.status_class"),
// and 408/504 also to std::errc::timed_out.
//
// The categories are function-local objects built in static storage on first use and never
// destroyed: no code runs before main() or after it, and their addresses are unique across
// translation units (inline functions).
#ifndef SIPCODE_ERROR_CODE_HPP
#define SIPCODE_ERROR_CODE_HPP

#include <cstdint>
#include <iterator>
#include <new>
#include <string>
#include <system_error>
#include <type_traits>

#include "detail/render.hpp"

namespace sipcode {
namespace detail {

// Builds T once in static storage and never destroys it (an error_category has a virtual
// destructor, so a plain static would register an exit-time destructor).
template <class T>
const T& immortal() noexcept {
    alignas(T) static unsigned char storage[sizeof(T)];
    static const T* const instance = ::new (static_cast<void*>(storage)) T();
    return *instance;
}

class parse_category final : public std::error_category {
public:
    const char* name() const noexcept override { return "sipcode.parse"; }
    std::string message(int value) const override {
        if (value < 0 || static_cast<unsigned>(value) >= parse_errc_count) return "unknown sipcode.parse error";
        return std::string(describe(static_cast<parse_errc>(value)));
    }
};

class field_category final : public std::error_category {
public:
    const char* name() const noexcept override { return "sipcode.field"; }
    std::string message(int value) const override {
        if (value < 0 || static_cast<unsigned>(value) >= field_errc_count) return "unknown sipcode.field error";
        return std::string(describe(static_cast<field_errc>(value)));
    }
};

class status_class_category final : public std::error_category {
public:
    const char* name() const noexcept override { return "sipcode.status_class"; }
    std::string message(int value) const override {
        if (value < 0 || static_cast<unsigned>(value) >= status_class_count) return "unknown status class";
        return std::string(to_string(static_cast<status_class>(value)));
    }
};

class status_category final : public std::error_category {
public:
    const char* name() const noexcept override { return "sipcode.status"; }
    std::string message(int value) const override {
        if (value < 0 || value > 0xFFFF) return "unknown SIP status";
        std::string text;
        render(std::back_inserter(text), classify(static_cast<std::uint16_t>(value)), 0);
        return text;
    }
    std::error_condition default_error_condition(int value) const noexcept override {
        const status_class c = value >= 0 && value <= 0xFFFF ? class_of(static_cast<std::uint16_t>(value))
                                                              : status_class::invalid;
        return {static_cast<int>(c), immortal<status_class_category>()};
    }
    bool equivalent(int value, const std::error_condition& condition) const noexcept override {
        if (condition == std::errc::timed_out) return value == 408 || value == 504;
        return default_error_condition(value) == condition;
    }
};

}  // namespace detail

/** The "sipcode.parse" category. */
inline const std::error_category& parse_category() noexcept { return detail::immortal<detail::parse_category>(); }
/** The "sipcode.field" category. */
inline const std::error_category& field_category() noexcept { return detail::immortal<detail::field_category>(); }
/** The "sipcode.status" category of make_status_error(). */
inline const std::error_category& status_category() noexcept {
    return detail::immortal<detail::status_category>();
}
/** The "sipcode.status_class" category of status_class conditions. */
inline const std::error_category& status_class_category() noexcept {
    return detail::immortal<detail::status_class_category>();
}

/** ADL hook that makes parse_errc usable as a std::error_code. */
inline std::error_code make_error_code(parse_errc e) noexcept { return {static_cast<int>(e), parse_category()}; }

/** ADL hook that makes field_errc usable as a std::error_code. */
inline std::error_code make_error_code(field_errc e) noexcept { return {static_cast<int>(e), field_category()}; }

/** ADL hook that makes status_class usable as a std::error_condition. */
inline std::error_condition make_error_condition(status_class c) noexcept {
    return {static_cast<int>(c), status_class_category()};
}

/** A final failure (300..699) as an error; the empty, falsy error_code for anything else. */
inline std::error_code make_status_error(std::uint16_t code) noexcept {
    if (code < 300 || code > 699) return {};
    return {code, status_category()};
}
inline std::error_code make_status_error(status s) noexcept {
    return make_status_error(static_cast<std::uint16_t>(s));
}

}  // namespace sipcode

namespace std {
template <>
struct is_error_code_enum<sipcode::parse_errc> : true_type {};
template <>
struct is_error_code_enum<sipcode::field_errc> : true_type {};
template <>
struct is_error_condition_enum<sipcode::status_class> : true_type {};
}  // namespace std

#endif  // SIPCODE_ERROR_CODE_HPP
