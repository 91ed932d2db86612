// sipcode: a zero-allocation parser for the Retry-After header field (RFC 3261 s20.33).
//
//   struct retry_after        { std::uint32_t seconds; std::string_view comment; bool has_duration;
//                               std::uint32_t duration; param_list params; };
//   struct retry_after_result { retry_after value; std::size_t consumed; field_errc ec;
//                               constexpr explicit operator bool() const noexcept; };
//   constexpr retry_after_result parse_retry_after(std::string_view field_value) noexcept;
//
// Grammar (RFC 3261 s25.1; lexical rules in field_value.hpp):
//     Retry-After   = "Retry-After" HCOLON delta-seconds [ comment ] *( SEMI retry-param )
//     retry-param   = ("duration" EQUAL delta-seconds) / generic-param
//     delta-seconds = 1*DIGIT
//     comment       = LPAREN *(ctext / quoted-pair / comment) RPAREN      ; nests
//     ctext         = %x21-27 / %x2A-5B / %x5D-7E / UTF8-NONASCII / LWS
//
// `seconds` is when to retry, counted from the response; `duration` is how long the callee stays
// reachable from then on (absent: indefinitely). The whole value must be consumed: on success
// `consumed == field_value.size()`; on failure it is the offset of the defect and `value` holds what was
// parsed before it. Numbers above 4294967295 (the limit RFC 3261 sets for Expires) are rejected with
// number_too_large at their first digit; leading zeros are accepted; 0 is accepted (s14.2 itself asks
// for "between 0 and 10 seconds"). Retry-After takes one value: a "," is unexpected_char.
// The comment view is the text inside the outer parentheses, without the whitespace next to them,
// nested parentheses and quoted-pairs kept.
#ifndef SIPCODE_RETRY_AFTER_HPP
#define SIPCODE_RETRY_AFTER_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "detail/no_dangling.hpp"
#include "field_value.hpp"

namespace sipcode {

/** A parsed Retry-After value; the views point into the caller's buffer. */
struct retry_after {
    std::uint32_t seconds = 0;     ///< delta-seconds: retry this long after the response
    std::string_view comment;      ///< e.g. "I'm in a meeting"; empty when absent
    bool has_duration = false;
    std::uint32_t duration = 0;    ///< seconds the callee stays available, when has_duration
    param_list params;             ///< every parameter in order, duration included
};

struct retry_after_result {
    retry_after value;
    std::size_t consumed = 0;  ///< success: field_value.size(); failure: offset of the defect
    field_errc ec = field_errc::empty;

    constexpr explicit operator bool() const noexcept { return ec == field_errc::ok; }
};

constexpr retry_after_result parse_retry_after(std::string_view field_value) noexcept;
/** Deleted: the result's views would point into a temporary (detail/no_dangling.hpp). */
template <class S, std::enable_if_t<detail::is_owning_temporary<S>, int> = 0>
retry_after_result parse_retry_after(S&& field_value) = delete;

// ---------------------------------------------------------------------------------------------
// Implementation

constexpr retry_after_result parse_retry_after(std::string_view in) noexcept {
    namespace f = detail::field;
    const std::size_t n = in.size();
    retry_after_result r;
    const std::size_t start = f::value_start(in, 0);
    if (start == n) return f::fail(r, field_errc::empty, n);
    const f::number_lexed delta = f::scan_number(in, start);
    if (delta.ec != field_errc::ok) return f::fail(r, delta.ec, delta.end);
    r.value.seconds = delta.value;

    std::size_t i = delta.end;
    const std::size_t open = f::skip_sws(in, i);
    if (open < n && f::octet(in, open) == '(') {
        const f::quoted_lexed c = f::scan_quoted(in, open, true);
        if (c.ec != field_errc::ok) return f::fail(r, c.ec, c.end);
        r.value.comment = f::trim_lws(c.content);
        i = c.end;
    }
    const f::lexed params = f::scan_params(in, i, false, [&](const f::param_lexed& p) -> f::lexed {
        if (!iequals(p.param.name, "duration")) return {p.end, field_errc::ok};
        return f::take_number_param(in, p, r.value.has_duration, r.value.duration);
    });
    if (params.ec != field_errc::ok) return f::fail(r, params.ec, params.end);
    r.value.params = param_list(in.substr(i, params.end - i));
    r.consumed = n;
    r.ec = field_errc::ok;
    return r;
}

}  // namespace sipcode

#endif  // SIPCODE_RETRY_AFTER_HPP
