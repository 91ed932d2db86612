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
//   parse_errc      none "bare_cr" | m "CR not followed by LF"
//   retry_action, proxy_action, header_field   none: their names ("retry_later", "Retry-After")
#ifndef SIPCODE_DETAIL_RENDER_HPP
#define SIPCODE_DETAIL_RENDER_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "../classify.hpp"
#include "../escape.hpp"
#include "../parse.hpp"
#include "../registry.hpp"
#include "../status.hpp"
#include "../types.hpp"

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

/** True for the types sipcode prints. */
template <class T>
inline constexpr bool is_printable =
    std::is_same_v<T, status> || std::is_same_v<T, status_class> || std::is_same_v<T, status_line> ||
    std::is_same_v<T, classification> || std::is_same_v<T, parse_errc> || std::is_same_v<T, retry_action> ||
    std::is_same_v<T, proxy_action> || std::is_same_v<T, header_field>;

/** The presentation types `T` accepts (see the table above). */
template <class T>
constexpr std::string_view presentation_types() noexcept {
    if constexpr (std::is_same_v<T, status>) return "dpnc";
    else if constexpr (std::is_same_v<T, status_class>) return "dx";
    else if constexpr (std::is_same_v<T, status_line>) return "dp";
    else if constexpr (std::is_same_v<T, classification>) return "deca";
    else if constexpr (std::is_same_v<T, parse_errc>) return "m";
    else return "";
}

constexpr std::size_t utf8_length(unsigned char lead) noexcept {
    return lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
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
    case 'a': return put(out, to_string(c.retry.uac));
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

template <class Out>
constexpr Out render(Out out, parse_errc e, char type) {
    return put(out, type == 'm' ? describe(e) : to_string(e));
}

template <class Out>
constexpr Out render(Out out, retry_action a, char) {
    return put(out, to_string(a));
}

template <class Out>
constexpr Out render(Out out, proxy_action a, char) {
    return put(out, to_string(a));
}

template <class Out>
constexpr Out render(Out out, header_field h, char) {
    return put(out, header_name(h));
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
