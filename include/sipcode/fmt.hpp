// sipcode: {fmt} support (opt-in; needs {fmt} 9.1 or newer).
//
//   fmt::format("{}", sipcode::status::busy_here)        -> "486 Busy Here"
//   fmt::format("{:d}", sipcode::status{499})             -> "499"
//   fmt::format("{:>16p}", sipcode::status::ok)           -> "              OK"
//   fmt::format("{}", result.line)                        -> "SIP/2.0 486 Busy Here"
//   fmt::format("{}", sipcode::classify(499))             -> "499 (unregistered, handled as 400 Bad Request)"
//   fmt::format("{:m}", sipcode::parse_errc::bare_cr)     -> "CR not followed by LF"
//
// Formatters exist for every public enum (status, status_class, next_step, proxy_action,
// dialog_effect, parse_errc, field_errc, header_field, ...) and for status_line, classification,
// advice and the Q.850 results. Every one takes [[fill]align][width][type];
// the presentation types are listed in sipcode/detail/render.hpp. Reason phrases and versions of a
// status_line are printed escaped (sipcode/escape.hpp): a peer cannot forge a log line through them.
// An unregistered code still prints its number. Formatting allocates nothing beyond what fmt's
// output iterator does.
#ifndef SIPCODE_FMT_HPP
#define SIPCODE_FMT_HPP

#include <fmt/format.h>

#include <type_traits>

#include "detail/render.hpp"

/** One formatter for every sipcode type (fmt's third parameter selects them). */
template <class T>
struct fmt::formatter<T, char, std::enable_if_t<sipcode::detail::is_printable<T>>> {
    sipcode::detail::text_spec spec;

    template <class ParseContext>
    constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
        auto it = sipcode::detail::parse_text_spec<T>(ctx.begin(), ctx.end(), spec);
        if (spec.error != nullptr) FMT_THROW(fmt::format_error(spec.error));
        return it;
    }

    template <class FormatContext>
    auto format(const T& value, FormatContext& ctx) const -> decltype(ctx.out()) {
        return sipcode::detail::render_padded(ctx.out(), value, spec);
    }
};

#endif  // SIPCODE_FMT_HPP
