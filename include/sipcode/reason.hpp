// sipcode: a zero-allocation parser for the Reason header field (RFC 3326).
//
//   enum class reason_protocol : std::uint8_t { other, sip, q850 };
//   struct reason_value  { std::string_view protocol; reason_protocol kind; bool has_cause;
//                          std::uint32_t cause; bool has_text; std::string_view text; param_list params; };
//   struct reason_result { reason_value value; std::size_t consumed; bool last; field_errc ec;
//                          constexpr explicit operator bool() const noexcept; };
//   constexpr reason_result parse_reason(std::string_view field_value, std::size_t pos = 0) noexcept;
//   constexpr reason_result find_reason(std::string_view field_value, reason_protocol kind) noexcept;
//
// Grammar (RFC 3326 s2, lexical rules of RFC 3261 s25.1, see field_value.hpp):
//     Reason           = "Reason" HCOLON reason-value *(COMMA reason-value)
//     reason-value     = protocol *(SEMI reason-params)
//     protocol         = "SIP" / "Q.850" / token
//     reason-params    = protocol-cause / reason-text / reason-extension
//     protocol-cause   = "cause" EQUAL cause          ; cause = 1*DIGIT
//     reason-text      = "text" EQUAL quoted-string
//     reason-extension = generic-param
//
// One call parses one reason-value starting at `pos` (offsets are always into `field_value`). On
// success `consumed` is where the next value starts (after the COMMA) and `last` says there is none,
// so a header with several values is walked without allocating:
//
//     for (std::size_t pos = 0;;) {
//         const sipcode::reason_result r = sipcode::parse_reason(value, pos);
//         if (!r) { /* r.ec at offset r.consumed */ break; }
//         use(r.value);
//         if (r.last) break;
//         pos = r.consumed;
//     }
//
// On failure `consumed` is the offset of the defect and `value` holds what was parsed before it.
// Decisions the RFC leaves open: the protocol is matched case-insensitively ("sip", "q.850"); a value
// without "cause" is accepted (has_cause == false); a SIP cause must be 100..699 and a Q.850 cause
// 0..127 (out_of_range otherwise; other protocols take any number up to 4294967295); "cause" and
// "text" may appear once each (duplicate_param). RFC 3326 asks for one value per protocol in a message;
// that is the caller's policy to check, find_reason simply returns the first.
#ifndef SIPCODE_REASON_HPP
#define SIPCODE_REASON_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "detail/no_dangling.hpp"
#include "detail/enum_table.hpp"
#include "field_value.hpp"

namespace sipcode {

/** The protocols RFC 3326 defines; any other token is kept as `other` with its spelling. */
enum class reason_protocol : std::uint8_t {
    other = 0,  ///< a token other than SIP and Q.850 (IANA's Reason Protocols registry has more)
    sip,        ///< "SIP": cause is a SIP status code
    q850,       ///< "Q.850": cause is an ITU-T Q.850 cause value in decimal
};

/** Number of reason_protocol values. */
inline constexpr std::size_t reason_protocol_count = static_cast<std::size_t>(reason_protocol::q850) + 1;

namespace detail {
inline constexpr std::array<enum_name<reason_protocol>, reason_protocol_count> reason_protocol_texts = {{
    {reason_protocol::other, "other"sv},
    {reason_protocol::sip, "SIP"sv},
    {reason_protocol::q850, "Q.850"sv},
}};
static_assert(covers(reason_protocol_texts, reason_protocol_count), "one row per reason_protocol, in value order");
}  // namespace detail

/** One reason-value; the views point into the caller's buffer. */
struct reason_value {
    std::string_view protocol;                   ///< as it appeared, e.g. "Q.850"
    reason_protocol kind = reason_protocol::other;
    bool has_cause = false;
    std::uint32_t cause = 0;                     ///< the cause parameter, when has_cause
    bool has_text = false;
    std::string_view text;                       ///< inside of the quotes, quoted-pairs kept (see unquote)
    param_list params;                           ///< every parameter in order, cause and text included
};

/** The result: the value, where the next value starts (or the defect), and `ec`. */
struct reason_result {
    reason_value value;
    std::size_t consumed = 0;  ///< success: start of the next value, or field_value.size(); failure: the defect
    bool last = false;         ///< success: no value follows
    field_errc ec = field_errc::empty;

    constexpr explicit operator bool() const noexcept { return ec == field_errc::ok; }
};

/** Parses the reason-value that starts at `pos` (after optional whitespace). */
constexpr reason_result parse_reason(std::string_view field_value, std::size_t pos = 0) noexcept;
/** Deleted: the result's views would point into a temporary (detail/no_dangling.hpp). */
template <class S, std::enable_if_t<detail::is_owning_temporary<S>, int> = 0>
reason_result parse_reason(S&& field_value, std::size_t pos = 0) = delete;

/** The first value whose protocol is `kind`. Fails with the first syntax error met before it, or
 *  with field_errc::not_found (consumed == field_value.size()) when every value parsed but none
 *  matched. For `reason_protocol::other` it returns the first value of any unknown protocol. */
constexpr reason_result find_reason(std::string_view field_value, reason_protocol kind) noexcept;
template <class S, std::enable_if_t<detail::is_owning_temporary<S>, int> = 0>
reason_result find_reason(S&& field_value, reason_protocol kind) = delete;

/** "SIP", "Q.850" or "other". */
constexpr std::string_view to_string(reason_protocol p) noexcept {
    return detail::name_of(detail::reason_protocol_texts, p, "other");
}

// ---------------------------------------------------------------------------------------------
// Implementation

constexpr reason_result parse_reason(std::string_view in, std::size_t pos) noexcept {
    namespace f = detail::field;
    reason_result r;
    const std::size_t start = f::value_start(in, pos);
    if (start == in.size()) return f::fail(r, field_errc::empty, start);
    const std::size_t protocol_end = f::scan_token(in, start);
    if (protocol_end == start) {
        return f::fail(r, f::octet_error(f::octet(in, start), field_errc::expected_token), start);
    }
    r.value.protocol = in.substr(start, protocol_end - start);
    if (iequals(r.value.protocol, "SIP")) r.value.kind = reason_protocol::sip;
    else if (iequals(r.value.protocol, "Q.850")) r.value.kind = reason_protocol::q850;

    const f::lexed params = f::scan_params(in, protocol_end, true, [&](const f::param_lexed& p) -> f::lexed {
        if (iequals(p.param.name, "cause")) {
            const f::lexed cause = f::take_number_param(in, p, r.value.has_cause, r.value.cause);
            if (cause.ec != field_errc::ok) return cause;
            const std::uint32_t v = r.value.cause;
            const bool in_range = r.value.kind == reason_protocol::sip    ? (v >= 100 && v <= 699)
                                  : r.value.kind == reason_protocol::q850 ? v <= 127
                                                                          : true;
            if (!in_range) return {p.value_pos, field_errc::out_of_range};
        } else if (iequals(p.param.name, "text")) {
            if (r.value.has_text) return {p.name_pos, field_errc::duplicate_param};
            if (!p.has_value) return {p.after_name, field_errc::expected_equal};
            if (!p.param.quoted) return {p.value_pos, field_errc::expected_quote};
            r.value.has_text = true;
            r.value.text = p.param.value;
        }
        return {p.end, field_errc::ok};
    });
    if (params.ec != field_errc::ok) return f::fail(r, params.ec, params.end);
    r.value.params = param_list(in.substr(protocol_end, params.end - protocol_end));
    return f::finish_list_value(r, in, params.end);
}

constexpr reason_result find_reason(std::string_view field_value, reason_protocol kind) noexcept {
    for (std::size_t pos = 0;;) {
        const reason_result r = parse_reason(field_value, pos);
        if (!r || r.value.kind == kind) return r;
        if (r.last) {
            reason_result none;
            none.consumed = field_value.size();
            none.ec = field_errc::not_found;
            return none;
        }
        pos = r.consumed;
    }
}

}  // namespace sipcode

#endif  // SIPCODE_REASON_HPP
