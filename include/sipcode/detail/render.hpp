// sipcode internal: how each sipcode type is written as text. Shared by fmt.hpp, format.hpp and
// ostream.hpp so the three integrations print exactly the same thing; not part of the public API.
//
// Format specification accepted by the fmt and std::format formatters:
//     [[fill]align][width][type]
//   fill   any character but '{' and '}' (one UTF-8 code point), default ' '
//   align  '<' left (the default), '>' right, '^' centre
//   width  a decimal number of columns; the text is padded, never truncated
//   type   one of the presentation types of the value (below), or none for the default
// Width counts chars of the written text (after escaping), as for strings in fmt.
//
// Presentation types:
//   status          none "486 Busy Here" ("499" if unregistered) | d "486" | p "Busy Here" ("" if
//                   unregistered) | n "busy_here" ("" if unregistered) | c "request_failure"
//   status_class    none "request_failure" | d "4" (0 if invalid) | x "4xx" ("invalid" if invalid)
//   status_line     none "SIP/2.0 486 Busy Here" | d "486" | p "Busy Here" (version and phrase escaped)
//   classification  none "486 Busy Here", "499 (unregistered, handled as 400 Bad Request)" or
//                   "1000 (invalid)" | d code | e effective code | c class | a what a UAC does next
//   classification  ... | a what a UAC does next ("retry_later")
//   advice          none "retry_later after 30 s; dialog: transaction" (see render below) | s the step
//                   | d the dialog effect
//   sip_to_q850_result  none "17 User busy" ("none" for no cause) | d "17"
//   q850_to_sip_result   none "486 Busy Here" ("none" for no response) | d "486"
//   header_field    none its canonical spelling, "Retry-After"
//   every other public enum: none its name, to_string() ("end_usage", "bare_cr"); the enums with a
//   describe() (next_step, proxy_action, dialog_effect, parse_errc, field_errc) also take m for it
//
// The rule: every public enum and every result a caller acts on (classification, advice, the Q.850
// results) prints through all three integrations, the same way; the error enums (parse_errc,
// field_errc) are also std::error_code enums (error_code.hpp).
#ifndef SIPCODE_DETAIL_RENDER_HPP
#define SIPCODE_DETAIL_RENDER_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "../actions.hpp"
#include "../advice.hpp"
#include "../classify.hpp"
#include "../escape.hpp"
#include "../field_value.hpp"
#include "../lookup.hpp"
#include "../parse.hpp"
#include "../q850.hpp"
#include "../reason.hpp"
#include "../registry.hpp"
#include "../types.hpp"
#include "../warning.hpp"
#include "lexer.hpp"

namespace sipcode {
namespace detail {

/** A parsed format specification. `error` is null when it is valid. */
struct text_spec {
    char fill[4] = {' ', 0, 0, 0};
    std::size_t fill_size = 1;
    char align = '<';
    std::size_t width = 0;
    char type = 0;
    const char* error = nullptr;
};

/** The public enums printed by their to_string() name. */
template <class T>
inline constexpr bool is_named_enum =
    std::is_same_v<T, status_class> || std::is_same_v<T, parse_errc> || std::is_same_v<T, parse_mode> ||
    std::is_same_v<T, next_step> || std::is_same_v<T, proxy_action> || std::is_same_v<T, dialog_effect> ||
    std::is_same_v<T, field_errc> || std::is_same_v<T, reason_protocol> || std::is_same_v<T, warn_range> ||
    std::is_same_v<T, q850_class> || std::is_same_v<T, q850_basis> || std::is_same_v<T, q850_location>;

/** The enums that also have a describe(), printed with the presentation type m. */
template <class T>
inline constexpr bool is_described_enum = std::is_same_v<T, parse_errc> || std::is_same_v<T, field_errc> ||
                                          std::is_same_v<T, next_step> || std::is_same_v<T, proxy_action> ||
                                          std::is_same_v<T, dialog_effect>;

/** True for the types sipcode prints. */
template <class T>
inline constexpr bool is_printable =
    is_named_enum<T> || std::is_same_v<T, status> || std::is_same_v<T, status_line> ||
    std::is_same_v<T, classification> || std::is_same_v<T, header_field> || std::is_same_v<T, advice> ||
    std::is_same_v<T, sip_to_q850_result> || std::is_same_v<T, q850_to_sip_result>;

/** The presentation types `T` accepts (see the table above). */
template <class T>
constexpr std::string_view presentation_types() noexcept {
    if constexpr (std::is_same_v<T, status>) return "dpnc";
    else if constexpr (std::is_same_v<T, status_class>) return "dx";
    else if constexpr (std::is_same_v<T, status_line>) return "dp";
    else if constexpr (std::is_same_v<T, classification>) return "deca";
    else if constexpr (std::is_same_v<T, advice>) return "sd";
    else if constexpr (std::is_same_v<T, sip_to_q850_result> || std::is_same_v<T, q850_to_sip_result>) return "d";
    else if constexpr (is_described_enum<T>) return "m";
    else return "";
}

constexpr bool is_align(char c) noexcept { return c == '<' || c == '>' || c == '^'; }

/** Parses [[fill]align][width][type] from [it, end) up to the closing '}'; returns where it stopped. */
template <class T, class It>
constexpr It parse_text_spec(It it, It end, text_spec& spec) noexcept {
    if (it == end || *it == '}') return it;
    // [[fill]align]: a fill is one code point followed by an align char.
    const std::size_t fill_len = utf8_length(static_cast<unsigned char>(*it));
    It after_fill = it;
    std::size_t k = 0;
    for (; k < fill_len && after_fill != end; ++k) ++after_fill;
    if (fill_len != 0 && k == fill_len && after_fill != end && is_align(*after_fill) && *it != '{' &&
        *it != '}') {
        spec.fill_size = fill_len;
        for (std::size_t i = 0; i < fill_len; ++i, ++it) spec.fill[i] = *it;
        spec.align = *it++;
    } else if (is_align(*it)) {
        spec.align = *it++;
    }
    // [width]
    if (it != end && *it == '0') {
        spec.error = "sipcode: '0' flag and leading zeros are not supported";
        return it;
    }
    while (it != end && *it >= '0' && *it <= '9') {
        spec.width = spec.width * 10 + static_cast<std::size_t>(*it - '0');
        if (spec.width > 0xFFFF) {
            spec.error = "sipcode: width is too large";
            return it;
        }
        ++it;
    }
    // [type]
    if (it != end && *it != '}') {
        if (presentation_types<T>().find(*it) == std::string_view::npos) {
            spec.error = "sipcode: invalid presentation type for this value";
            return it;
        }
        spec.type = *it++;
    }
    if (it != end && *it != '}') spec.error = "sipcode: invalid format specification";
    return it;
}

/** An output iterator that only counts what is written to it. */
struct counting_iterator {
    std::size_t count = 0;
    constexpr counting_iterator& operator*() noexcept { return *this; }
    constexpr counting_iterator& operator++() noexcept { return *this; }
    constexpr counting_iterator& operator++(int) noexcept { return *this; }
    constexpr counting_iterator& operator=(char) noexcept {
        ++count;
        return *this;
    }
};

template <class Out>
constexpr Out put(Out out, std::string_view s) {
    for (const char c : s) *out++ = c;
    return out;
}

template <class Out>
constexpr Out put_number(Out out, unsigned value) {
    char digits[10] = {};
    std::size_t n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n != 0) *out++ = digits[--n];
    return out;
}

template <class Out>
constexpr Out render(Out out, status s, char type) {
    const std::uint16_t code = static_cast<std::uint16_t>(s);
    const status_info* info = find(code);
    switch (type) {
    case 'd': return put_number(out, code);
    case 'p': return info != nullptr ? put(out, info->reason) : out;
    case 'n': return info != nullptr ? put(out, info->name) : out;
    case 'c': return put(out, to_string(class_of(code)));
    default:
        out = put_number(out, code);
        if (info == nullptr) return out;
        *out++ = ' ';
        return put(out, info->reason);
    }
}

template <class Out>
constexpr Out render(Out out, status_class c, char type) {
    const auto digit = static_cast<unsigned>(c);
    switch (type) {
    case 'd': return put_number(out, digit);
    case 'x':
        if (c == status_class::invalid) return put(out, "invalid");
        out = put_number(out, digit);
        return put(out, "xx");
    default: return put(out, to_string(c));
    }
}

template <class Out>
constexpr Out render(Out out, const status_line& line, char type) {
    switch (type) {
    case 'd': return put_number(out, line.code);
    case 'p': return escape_copy(line.reason, out);
    default:
        out = escape_copy(line.version, out);
        *out++ = ' ';
        out = put_number(out, line.code);
        if (line.reason.empty()) return out;
        *out++ = ' ';
        return escape_copy(line.reason, out);
    }
}

template <class Out>
constexpr Out render(Out out, const classification& c, char type) {
    switch (type) {
    case 'd': return put_number(out, c.code);
    case 'e': return put_number(out, c.effective);
    case 'c': return put(out, to_string(c.cls));
    case 'a': return put(out, to_string(c.next.uac));
    default:
        if (c.info != nullptr) return render(out, static_cast<status>(c.code), 0);
        out = put_number(out, c.code);
        if (!c.valid()) return put(out, " (invalid)");
        out = put(out, " (unregistered, handled as ");
        out = render(out, static_cast<status>(c.effective), 0);
        *out++ = ')';
        return out;
    }
}

template <class Out, class E, std::enable_if_t<is_named_enum<E> && !std::is_same_v<E, status_class>, int> = 0>
constexpr Out render(Out out, E e, char type) {
    if constexpr (is_described_enum<E>) {
        if (type == 'm') return put(out, describe(e));
    }
    return put(out, to_string(e));
}

template <class Out>
constexpr Out render(Out out, header_field h, char) {
    return put(out, header_name(h));
}

/** A duration in milliseconds as "30 s", "2.1 s" or "0 s". */
template <class Out>
constexpr Out put_seconds(Out out, std::int64_t ms) {
    const auto whole = static_cast<unsigned>(ms / 1000);
    const auto tenths = static_cast<unsigned>(ms % 1000 / 100);
    out = put_number(out, whole);
    if (tenths != 0) {
        *out++ = '.';
        out = put_number(out, tenths);
    }
    return put(out, " s");
}

// advice: "<step>[ after D| after D1 to D2][, avoid this server for N s][, reachable for N s]
//          [, send BYE]; dialog: <effect>"
template <class Out>
constexpr Out render(Out out, const advice& a, char type) {
    if (type == 'd') return put(out, to_string(a.dialog));
    out = put(out, to_string(a.step));
    if (type == 's') return out;
    if (a.has_delay) {
        out = put(out, " after ");
        out = put_seconds(out, a.delay_min.count());
        if (a.delay_max != a.delay_min) {
            out = put(out, " to ");
            out = put_seconds(out, a.delay_max.count());
        }
    }
    if (a.avoid_server_for.count() != 0) {
        out = put(out, ", avoid this server for ");
        out = put_seconds(out, a.avoid_server_for.count() * 1000);
    }
    if (a.has_duration) {
        out = put(out, ", reachable for ");
        out = put_seconds(out, a.available_for.count() * 1000);
    }
    if (a.send_bye) out = put(out, ", send BYE");
    out = put(out, "; dialog: ");
    return put(out, to_string(a.dialog));
}

template <class Out>
constexpr Out render(Out out, const sip_to_q850_result& r, char type) {
    if (r.cause == 0) return put(out, "none");
    out = put_number(out, r.cause);
    if (type == 'd') return out;
    const std::string_view name = q850_cause_name(r.cause);
    if (name.empty()) return out;
    *out++ = ' ';
    return put(out, name);
}

template <class Out>
constexpr Out render(Out out, const q850_to_sip_result& r, char type) {
    if (r.status == 0) return put(out, "none");
    return render(out, static_cast<status>(r.status), type);
}

/** Writes `value` with padding as `spec` asks. */
template <class Out, class T>
constexpr Out render_padded(Out out, const T& value, const text_spec& spec) {
    std::size_t left = 0;
    std::size_t right = 0;
    if (spec.width != 0) {
        const std::size_t size = render(counting_iterator{}, value, spec.type).count;
        const std::size_t pad = size < spec.width ? spec.width - size : 0;
        left = spec.align == '>' ? pad : spec.align == '^' ? pad / 2 : 0;
        right = pad - left;
    }
    const std::string_view fill(spec.fill, spec.fill_size);
    for (std::size_t i = 0; i < left; ++i) out = put(out, fill);
    out = render(out, value, spec.type);
    for (std::size_t i = 0; i < right; ++i) out = put(out, fill);
    return out;
}

}  // namespace detail
}  // namespace sipcode

#endif  // SIPCODE_DETAIL_RENDER_HPP
