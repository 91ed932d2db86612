// sipcode: std::format support (opt-in; C++20 with a standard library that has <format>).
//
// The same formatters, presentation types and escaping as sipcode/fmt.hpp, for std::format:
//   std::format("{}", sipcode::status::busy_here)   -> "486 Busy Here"
//
// SIPCODE_HAS_STD_FORMAT is 1 when the standard library provides std::format (it defines
// __cpp_lib_format, or it is libc++ 16+ with its format library enabled) and 0 otherwise; with 0
// this header declares nothing, so it is always safe to include.
#ifndef SIPCODE_FORMAT_HPP
#define SIPCODE_FORMAT_HPP

#if defined(__has_include)
#if __has_include(<version>)
#include <version>
#endif
#endif

#if defined(__cpp_lib_format) || \
    (defined(_LIBCPP_VERSION) && _LIBCPP_VERSION >= 160000 && !defined(_LIBCPP_HAS_NO_INCOMPLETE_FORMAT))
#define SIPCODE_HAS_STD_FORMAT 1
#else
#define SIPCODE_HAS_STD_FORMAT 0
#endif

#if SIPCODE_HAS_STD_FORMAT
#include <cstdlib>
#include <format>

#include "detail/render.hpp"

/** One formatter for every sipcode type. */
template <class T>
    requires sipcode::detail::is_printable<T>
struct std::formatter<T, char> {
    sipcode::detail::text_spec spec;

    constexpr std::format_parse_context::iterator parse(std::format_parse_context& ctx) {
        auto it = sipcode::detail::parse_text_spec<T>(ctx.begin(), ctx.end(), spec);
        if (spec.error != nullptr) {
#if defined(__cpp_exceptions)
            throw std::format_error(spec.error);
#else
            std::abort();
#endif
        }
        return it;
    }

    template <class FormatContext>
    typename FormatContext::iterator format(const T& value, FormatContext& ctx) const {
        return sipcode::detail::render_padded(ctx.out(), value, spec);
    }
};

#endif  // SIPCODE_HAS_STD_FORMAT
#endif  // SIPCODE_FORMAT_HPP
