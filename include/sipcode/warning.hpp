// sipcode: the IANA warn-code registry and a zero-allocation Warning header parser (RFC 3261 s20.43).
//
//   struct warn_code_info { std::uint16_t code; std::string_view text, reference; };
//   inline constexpr std::array<warn_code_info, 15> warn_codes;             // sorted by code
//   constexpr const warn_code_info* find_warn_code(std::uint16_t code) noexcept;  // nullptr if unregistered
//   enum class warn_range : std::uint8_t { other, session_description, network_service,
//                                          quality_of_service, miscellaneous };
//   constexpr warn_range range_of(std::uint16_t warn_code) noexcept;      // s20.43's ranges
//
//   struct warning_value  { std::uint16_t code; std::string_view agent, text; };
//   struct warning_result { warning_value value; std::size_t consumed; bool last; field_errc ec;
//                           constexpr explicit operator bool() const noexcept; };
//   constexpr warning_result parse_warning(std::string_view field_value, std::size_t pos = 0) noexcept;
//
// Grammar (RFC 3261 s25.1):
//     Warning       = "Warning" HCOLON warning-value *(COMMA warning-value)
//     warning-value = warn-code SP warn-agent SP warn-text
//     warn-code     = 3DIGIT
//     warn-agent    = hostport / pseudonym       ; pseudonym = token
//     warn-text     = quoted-string
//
// parse_warning walks a list like parse_reason (see reason.hpp): one value per call, starting at `pos`;
// on success `consumed` is where the next value starts and `last` says there is none; on failure it is
// the offset of the defect. The two separators are exactly one SP each, as the grammar says (the
// quoted-string may still be preceded by SWS, which is part of quoted-string). Any three digits are a
// warn-code (the registry holds only 3xx; unregistered codes parse and find_warn_code returns nullptr).
// The agent is a token, optionally ":port", or an "[IPv6]" reference, optionally ":port".
// `text` is the inside of the quotes, quoted-pairs kept (see unquote in field_value.hpp).
#ifndef SIPCODE_WARNING_HPP
#define SIPCODE_WARNING_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "detail/no_dangling.hpp"
#include "detail/enum_table.hpp"
#include "field_value.hpp"
#include "telephony_data.hpp"

namespace sipcode {

// warn_code_info and the table warn_codes: telephony_data.hpp, generated from
// data/iana-warning-codes.csv.

/** The registry row of `code`, or nullptr. */
constexpr const warn_code_info* find_warn_code(std::uint16_t code) noexcept {
    for (const warn_code_info& row : warn_codes) {
        if (row.code == code) return &row;
    }
    return nullptr;
}

/** The ranges RFC 3261 s20.43 assigns meanings to. */
enum class warn_range : std::uint8_t {
    other = 0,            ///< outside the four ranges (e.g. 380/381 of RFC 5630, or not 3xx)
    session_description,  ///< 300-329: keywords in the session description
    network_service,      ///< 330-339: basic network services requested in the session description
    quality_of_service,   ///< 370-379: QoS parameters requested in the session description
    miscellaneous,        ///< 390-399: anything else
};

/** Number of warn_range values. */
inline constexpr std::size_t warn_range_count = static_cast<std::size_t>(warn_range::miscellaneous) + 1;

namespace detail {
inline constexpr std::array<enum_name<warn_range>, warn_range_count> warn_range_texts = {{
    {warn_range::other, "other"sv},
    {warn_range::session_description, "session_description"sv},
    {warn_range::network_service, "network_service"sv},
    {warn_range::quality_of_service, "quality_of_service"sv},
    {warn_range::miscellaneous, "miscellaneous"sv},
}};
static_assert(covers(warn_range_texts, warn_range_count), "one row per warn_range, in value order");
}  // namespace detail

/** The enumerator's name, "session_description". */
constexpr std::string_view to_string(warn_range r) noexcept {
    return detail::name_of(detail::warn_range_texts, r, "other");
}

constexpr warn_range range_of(std::uint16_t warn_code) noexcept {
    if (warn_code >= 300 && warn_code <= 329) return warn_range::session_description;
    if (warn_code >= 330 && warn_code <= 339) return warn_range::network_service;
    if (warn_code >= 370 && warn_code <= 379) return warn_range::quality_of_service;
    if (warn_code >= 390 && warn_code <= 399) return warn_range::miscellaneous;
    return warn_range::other;
}

/** One warning-value; the views point into the caller's buffer. */
struct warning_value {
    std::uint16_t code = 0;      ///< warn-code, 000..999
    std::string_view agent;      ///< warn-agent: "isi.edu", "[::1]:5060", "pseudonym"
    std::string_view text;       ///< inside of the quotes, quoted-pairs kept
};

struct warning_result {
    warning_value value;
    std::size_t consumed = 0;  ///< success: start of the next value, or field_value.size(); failure: the defect
    bool last = false;
    field_errc ec = field_errc::empty;

    constexpr explicit operator bool() const noexcept { return ec == field_errc::ok; }
};

constexpr warning_result parse_warning(std::string_view field_value, std::size_t pos = 0) noexcept;
/** Deleted: the result's views would point into a temporary (detail/no_dangling.hpp). */
template <class S, std::enable_if_t<detail::is_owning_temporary<S>, int> = 0>
warning_result parse_warning(S&& field_value, std::size_t pos = 0) = delete;

// ---------------------------------------------------------------------------------------------
// Implementation

constexpr warning_result parse_warning(std::string_view in, std::size_t pos) noexcept {
    namespace f = detail::field;
    const std::size_t n = in.size();
    warning_result r;
    const std::size_t start = f::value_start(in, pos);
    if (start == n) return f::fail(r, field_errc::empty, n);

    // warn-code = 3DIGIT
    if (!f::is_digit(f::octet(in, start))) {
        return f::fail(r, f::octet_error(f::octet(in, start), field_errc::expected_digit), start);
    }
    std::size_t i = start;
    unsigned code = 0;
    while (i < n && f::is_digit(f::octet(in, i))) {
        if (i - start < 3) code = code * 10U + static_cast<unsigned>(f::octet(in, i) - '0');
        ++i;
    }
    if (i - start != 3) return f::fail(r, field_errc::bad_warn_code, start);
    r.value.code = static_cast<std::uint16_t>(code);

    // SP warn-agent SP
    auto one_space = [&](std::size_t at) -> f::lexed {
        if (at == n) return {n, field_errc::expected_space};
        if (f::octet(in, at) != ' ') return {at, f::octet_error(f::octet(in, at), field_errc::expected_space)};
        return {at + 1, field_errc::ok};
    };
    const f::lexed sp1 = one_space(i);
    if (sp1.ec != field_errc::ok) return f::fail(r, sp1.ec, sp1.end);
    const f::lexed agent = f::scan_agent(in, sp1.end);
    if (agent.ec != field_errc::ok) return f::fail(r, agent.ec, agent.end);
    r.value.agent = in.substr(sp1.end, agent.end - sp1.end);
    const f::lexed sp2 = one_space(agent.end);
    if (sp2.ec != field_errc::ok) return f::fail(r, sp2.ec, sp2.end);

    // warn-text = quoted-string (SWS DQUOTE ...)
    const std::size_t quote = f::skip_sws(in, sp2.end);
    if (quote == n) return f::fail(r, field_errc::expected_quote, n);
    if (f::octet(in, quote) != '"') {
        return f::fail(r, f::octet_error(f::octet(in, quote), field_errc::expected_quote), quote);
    }
    const f::quoted_lexed text = f::scan_quoted(in, quote);
    if (text.ec != field_errc::ok) return f::fail(r, text.ec, text.end);
    r.value.text = text.content;
    return f::finish_list_value(r, in, text.end);
}

}  // namespace sipcode

#endif  // SIPCODE_WARNING_HPP
