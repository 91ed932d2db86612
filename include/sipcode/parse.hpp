// sipcode: a zero-allocation SIP status-line parser.
//
//   constexpr parse_result parse_status_line(std::string_view input,
//                                            parse_mode mode = parse_mode::strict) noexcept;
//
// `input` may be one line or a whole message buffer; parsing stops at the end of the status line and
// `consumed` says how many bytes that took, so the caller can go on to the header fields. The parser
// reads only bytes inside `input` (no NUL terminator needed), never allocates, never throws, and
// tells which defect it found. The views in the result point into `input`: they are valid only as
// long as the caller's buffer is.
//
// parse_mode::strict is exactly RFC 3261 s25.1:
//     Status-Line   = SIP-Version SP Status-Code SP Reason-Phrase CRLF
//     SIP-Version   = "SIP" "/" 1*DIGIT "." 1*DIGIT           ; "SIP" case-insensitive (s7.1)
//     Reason-Phrase = *(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT / SP / HTAB)
//   and accepts only SIP/2.0 and codes 100..699. UTF-8 is checked as that grammar defines it (lead
//   octets C0..FD followed by their continuation octets; a lone continuation octet is allowed).
//
// parse_mode::lenient accepts what real traffic sends, and nothing else changes:
//   1. CRLFs or bare LFs before the status line are skipped (RFC 3261 s7.5 keep-alives); a CR
//      without its LF there is a bare_cr, as everywhere else;
//   2. a bare LF ends the line;
//   3. the end of input ends the line, with or without a CR: use lenient mode on complete
//      messages (a datagram, a log line), not on a partly received stream;
//   4. one or more SP or HTAB may separate the elements; none is needed before an empty phrase;
//   5. the phrase may hold any octet but controls (HTAB is allowed): ", <, \, a bare %, and
//      octets 0x80..0xFF with no UTF-8 check, as HTTP/1.1's reason-phrase allows;
//   6. leading and trailing SP/HTAB are trimmed from `reason`.
// Both modes reject NUL and other control octets, a CR not followed by LF, versions other than
// SIP/2.0 and codes outside 100..699, each with its own parse_errc.
//
// Speed: at runtime a line shaped "SIP/2.0 ddd " + phrase + CRLF takes a fast path
// (detail/status_line_fast.hpp) that yields exactly what the general, constexpr parser below yields;
// the general parser handles every other line and every constant evaluation. benchmarks/ measures it
// against other SIP stacks.
#ifndef SIPCODE_PARSE_HPP
#define SIPCODE_PARSE_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "detail/config.hpp"
#include "detail/enum_table.hpp"
#include "detail/lexer.hpp"
#include "detail/no_dangling.hpp"
#include "detail/status_line_fast.hpp"

namespace sipcode {

/** Why a status line was rejected. 0 is success, so the value works as an error code. */
enum class parse_errc : std::uint8_t {
    ok = 0,
    incomplete,                ///< the input ends before the status line does: read more bytes
    leading_empty_line,        ///< strict: CR or LF before the status line
    not_sip,                   ///< the line does not start with "SIP/" (e.g. "HTTP/1.1", a request)
    bad_version,               ///< "SIP/" is not followed by 1*DIGIT "." 1*DIGIT
    unsupported_version,       ///< a well-formed version other than SIP/2.0
    missing_sp_after_version,  ///< the version is not followed by SP
    extra_space,               ///< strict: more than one SP, or an HTAB, before the code
    missing_code,              ///< the line ends where the code should start
    code_not_numeric,          ///< a non-digit inside the three-digit code
    code_too_short,            ///< fewer than three digits
    code_too_long,             ///< more than three digits
    code_out_of_range,         ///< three digits outside 100..699; `line.code` holds them
    missing_sp_after_code,     ///< the code is not followed by SP (strict: also before an empty phrase)
    bad_phrase_char,           ///< strict: a printable octet the Reason-Phrase grammar excludes
    bad_escape,                ///< strict: '%' not followed by two hex digits
    bad_utf8,                  ///< strict: a UTF-8 lead octet without its continuation octets, or 0xFE/0xFF
    control_char,              ///< a control octet (0x01..0x1F but HTAB, or 0x7F) in the line
    nul_byte,                  ///< a NUL octet in the line
    bare_cr,                   ///< a CR not followed by LF
    bare_lf,                   ///< strict: an LF without the CR before it
};

/** Number of parse_errc values, for sweeps and tables. */
inline constexpr std::size_t parse_errc_count = static_cast<std::size_t>(parse_errc::bare_lf) + 1;

enum class parse_mode : std::uint8_t { strict, lenient };

/** Number of parse_mode values. */
inline constexpr std::size_t parse_mode_count = static_cast<std::size_t>(parse_mode::lenient) + 1;

/** "strict" or "lenient". */
constexpr std::string_view to_string(parse_mode m) noexcept;

/** A parsed status line; the views point into the caller's input. */
struct status_line {
    std::string_view version;  ///< "SIP/2.0" as it appeared (the case of "SIP" is kept)
    std::uint16_t code = 0;    ///< the three-digit code
    std::string_view reason;   ///< the reason phrase without the line ending; may be empty
};

/** The result: `line`, how many bytes the line took, and `ec`.
 *  On success `consumed` counts the line including its terminator (and any CRLFs lenient mode
 *  skipped before it). On failure it is the offset of the defect (input.size() for `incomplete`),
 *  and `line` holds the fields parsed before the defect. */
struct parse_result {
    status_line line;
    std::size_t consumed = 0;
    parse_errc ec = parse_errc::incomplete;

    constexpr explicit operator bool() const noexcept { return ec == parse_errc::ok; }
};

/** snake_case name of the value, e.g. "bare_cr". */
constexpr std::string_view to_string(parse_errc e) noexcept;
/** One-line English description of the value, e.g. "CR not followed by LF". */
constexpr std::string_view describe(parse_errc e) noexcept;

constexpr parse_result parse_status_line(std::string_view input,
                                         parse_mode mode = parse_mode::strict) noexcept;
/** Deleted: the result's views would point into a temporary (detail/no_dangling.hpp). */
template <class S, std::enable_if_t<detail::is_owning_temporary<S>, int> = 0>
parse_result parse_status_line(S&& input, parse_mode mode = parse_mode::strict) = delete;

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail {

// The error for an unexpected octet `c` where a structural element was expected.
constexpr parse_errc octet_error(unsigned char c, parse_errc otherwise) noexcept {
    if (c == 0) return parse_errc::nul_byte;
    if (is_control(c) && !is_line_end(c)) return parse_errc::control_char;
    return otherwise;
}

// The end of the run of phrase octets from `i` that `mode` accepts on their own (strict: phrase
// octets; lenient: every octet but controls).
constexpr std::size_t scan_run(std::string_view in, std::size_t i, parse_mode mode) noexcept {
#if defined(SIPCODE_DETAIL_FAST_PHRASE)
    if (at_runtime()) return skip_phrase(in, i, mode == parse_mode::lenient);
#endif
    const std::size_t n = in.size();
    if (mode == parse_mode::lenient) {
        while (i < n && !is_control(octet(in, i))) ++i;
    } else {
        while (i < n && is_phrase_char(octet(in, i))) ++i;
    }
    return i;
}

// Scans the reason phrase from `i`; fills reason/consumed or returns the error.
SIPCODE_DETAIL_GENERAL_PATH constexpr parse_result parse_phrase(std::string_view in, std::size_t i,
                                                                parse_mode mode, parse_result r) noexcept {
    const std::size_t n = in.size();
    const bool lenient = mode == parse_mode::lenient;
    std::size_t start = i;
    if (lenient) {
        while (start < n && is_ws(octet(in, start))) ++start;
        i = start;
    }
    for (;;) {
        i = scan_run(in, i, mode);
        std::size_t end = i;  // end of the phrase, if the line ends here
        std::size_t after = i;
        if (i == n) {
            if (!lenient) return fail(r, parse_errc::incomplete, n);
            after = n;
        } else if (octet(in, i) == '\r' && i + 1 < n && octet(in, i + 1) == '\n') {
            after = i + 2;  // the usual end of the line, ahead of the general dispatch below
        } else {
            const unsigned char c = octet(in, i);
            if (c == '\r') {
                if (i + 1 < n) {
                    if (octet(in, i + 1) != '\n') return fail(r, parse_errc::bare_cr, i);
                    after = i + 2;
                } else {
                    if (!lenient) return fail(r, parse_errc::incomplete, n);
                    after = n;
                }
            } else if (c == '\n') {
                if (!lenient) return fail(r, parse_errc::bare_lf, i);
                after = i + 1;
            } else if (c == 0) {
                return fail(r, parse_errc::nul_byte, i);
            } else if (is_control(c)) {
                return fail(r, parse_errc::control_char, i);
            } else if (c == '%') {
                for (std::size_t k = 1; k <= 2; ++k) {
                    if (i + k >= n) return fail(r, parse_errc::incomplete, n);
                    if (!is_hex(octet(in, i + k))) return fail(r, parse_errc::bad_escape, i);
                }
                i += 3;
                continue;
            } else if (c >= 0x80) {  // a lead octet: continuation octets alone are phrase octets
                const utf8_scan u = scan_utf8_nonascii(in, i);
                if (u.result == utf8_scan::truncated) return fail(r, parse_errc::incomplete, n);
                if (u.result == utf8_scan::bad) return fail(r, parse_errc::bad_utf8, i);
                i = u.end;
                continue;
            } else {
                return fail(r, parse_errc::bad_phrase_char, i);
            }
        }
        if (lenient) {
            while (end > start && is_ws(octet(in, end - 1))) --end;
        }
        r.line.reason = std::string_view(in.data() + start, end - start);
        r.consumed = after;
        r.ec = parse_errc::ok;
        return r;
    }
}

// The whole status line, every rule checked in order (the constant-evaluation path, and the runtime
// path for whatever the fast path in parse_status_line does not take).
SIPCODE_DETAIL_GENERAL_PATH constexpr parse_result parse_line(std::string_view in,
                                                              parse_mode mode) noexcept {
    const std::size_t n = in.size();
    const bool lenient = mode == parse_mode::lenient;
    parse_result r;
    std::size_t i = 0;

    // Leading empty lines: CRLF or a bare LF. A CR is a line end only with its LF.
    if (lenient) {
        while (i < n && detail::is_line_end(octet(in, i))) {
            if (octet(in, i) == '\r') {
                if (i + 1 == n) return fail(r, parse_errc::incomplete, n);
                if (octet(in, i + 1) != '\n') return fail(r, parse_errc::bare_cr, i);
                ++i;
            }
            ++i;
        }
    } else if (n > 0 && detail::is_line_end(octet(in, 0))) {
        return fail(r, parse_errc::leading_empty_line, 0);
    }

    // SIP-Version = "SIP" "/" 1*DIGIT "." 1*DIGIT
    const std::size_t version_start = i;
    constexpr std::string_view sip = "SIP/";
    for (std::size_t k = 0; k < sip.size(); ++k, ++i) {
        if (i == n) return fail(r, parse_errc::incomplete, n);
        unsigned char c = octet(in, i);
        if (c >= 'a' && c <= 'z' && k < 3) c = static_cast<unsigned char>(c - 'a' + 'A');
        if (c != static_cast<unsigned char>(sip[k])) {
            return fail(r, detail::octet_error(octet(in, i), parse_errc::not_sip), i);
        }
    }
    for (int part = 0; part < 2; ++part) {
        const std::size_t digits_start = i;
        while (i < n && detail::is_digit(octet(in, i))) ++i;
        if (i == n) return fail(r, parse_errc::incomplete, n);
        if (i == digits_start) return fail(r, detail::octet_error(octet(in, i), parse_errc::bad_version), i);
        if (part == 0) {
            if (octet(in, i) != '.') return fail(r, detail::octet_error(octet(in, i), parse_errc::bad_version), i);
            ++i;
        }
    }
    r.line.version = in.substr(version_start, i - version_start);

    // SP
    if (!detail::is_ws(octet(in, i)) || (!lenient && octet(in, i) != ' ')) {
        return fail(r, detail::octet_error(octet(in, i), parse_errc::missing_sp_after_version), i);
    }
    {
        const std::string_view number = r.line.version.substr(4);
        if (number != "2.0") return fail(r, parse_errc::unsupported_version, version_start + 4);
    }
    ++i;
    if (lenient) {
        while (i < n && detail::is_ws(octet(in, i))) ++i;
    }

    // Status-Code = 3DIGIT, 100..699
    const std::size_t code_start = i;
    unsigned value = 0;
    for (std::size_t k = 0; k < 3; ++k, ++i) {
        if (i == n) return fail(r, parse_errc::incomplete, n);
        const unsigned char c = octet(in, i);
        if (!detail::is_digit(c)) {
            parse_errc e = parse_errc::code_not_numeric;
            if (k == 0) {
                if (detail::is_ws(c)) e = parse_errc::extra_space;
                else if (detail::is_line_end(c)) e = parse_errc::missing_code;
            } else if (detail::is_ws(c) || detail::is_line_end(c)) {
                e = parse_errc::code_too_short;
            }
            return fail(r, detail::octet_error(c, e), i);
        }
        value = value * 10 + (c - '0');
    }
    // A fourth digit means this was no three-digit code: leave line.code 0 rather than a prefix of
    // the number, so that a caller who ignores `ec` does not act on "2000" as 200.
    if (i < n && detail::is_digit(octet(in, i))) return fail(r, parse_errc::code_too_long, i);
    r.line.code = static_cast<std::uint16_t>(value);
    if (value < 100 || value > 699) return fail(r, parse_errc::code_out_of_range, code_start);

    // SP, then Reason-Phrase CRLF
    if (i == n) {
        if (!lenient) return fail(r, parse_errc::incomplete, n);
        r.line.reason = in.substr(n);  // empty, but still a view into the input
        r.consumed = n;
        r.ec = parse_errc::ok;
        return r;
    }
    const unsigned char sep = octet(in, i);
    if (sep == ' ' || (lenient && sep == '\t')) return detail::parse_phrase(in, i + 1, mode, r);
    if (lenient && detail::is_line_end(sep)) return detail::parse_phrase(in, i, mode, r);
    return fail(r, detail::octet_error(sep, parse_errc::missing_sp_after_code), i);
}

#if defined(SIPCODE_DETAIL_FAST_PREFIX)
// A line starting "SIP/2.0 ddd " (`code`) that is exactly one line: the phrase is in[12, n - 2).
inline parse_result whole_line_result(std::string_view in, std::uint16_t code) noexcept {
    parse_result r;
    r.line.version = std::string_view(in.data(), 7);
    r.line.code = code;
    r.line.reason = std::string_view(in.data() + 12, in.size() - 14);
    r.consumed = in.size();
    r.ec = parse_errc::ok;
    return r;
}
#endif

#if defined(SIPCODE_DETAIL_FAST_PREFIX)
// The rest of the runtime fast path, out of line so that the common whole line keeps no value alive
// across a call: the line starts "SIP/2.0 ddd " (`code`), the phrase is checked from 12.
SIPCODE_DETAIL_GENERAL_PATH inline parse_result parse_after_common_prefix(std::string_view in, parse_mode mode,
                                                                          std::uint16_t code) noexcept {
    parse_result r;
    r.line.version = std::string_view(in.data(), 7);
    r.line.code = code;
    const phrase_scan phrase = common_phrase_end(in, mode == parse_mode::lenient);
    if (phrase.result == phrase_scan::bad_char) return fail(r, parse_errc::bad_phrase_char, phrase.at);
    if (phrase.result == phrase_scan::doubt) return parse_phrase(in, 12, mode, r);
    r.line.reason = std::string_view(in.data() + 12, phrase.at - 12);
    r.consumed = phrase.at + 2;
    r.ec = parse_errc::ok;
    return r;
}
#endif

}  // namespace detail

constexpr parse_result parse_status_line(std::string_view in, parse_mode mode) noexcept {
#if defined(SIPCODE_DETAIL_FAST_PREFIX)
    // A line that starts "SIP/2.0 ddd ": the fast path certifies the phrase up to its CRLF, where the
    // general parser would find exactly the same, and the result is built directly; a phrase it is
    // not sure of goes to the general phrase scan, any other line to the general parser.
    if (detail::at_runtime()) {
        const std::size_t n = in.size();
        if (n - 16 <= 30) {  // 16..46 octets: most often one whole line of plain octets
            const std::uint16_t code = detail::common_prefix(in.data());
            if (code != 0) {
                if (detail::is_common_whole_line(in, mode == parse_mode::lenient)) {
                    return detail::whole_line_result(in, code);
                }
                return detail::parse_after_common_prefix(in, mode, code);
            }
        } else if (n >= 12) {
            const std::uint16_t code = detail::common_prefix(in.data());
            if (code != 0) {
                if (n == 14 && in[12] == '\r' && in[13] == '\n') return detail::whole_line_result(in, code);
                return detail::parse_after_common_prefix(in, mode, code);
            }
        }
    }
#endif
    return detail::parse_line(in, mode);
}

namespace detail {
inline constexpr std::array<enum_text<parse_errc>, parse_errc_count> parse_errc_texts = {{
    {parse_errc::ok, "ok"sv, "success"sv},
    {parse_errc::incomplete, "incomplete"sv, "input ends before the status line does"sv},
    {parse_errc::leading_empty_line, "leading_empty_line"sv, "empty line before the status line"sv},
    {parse_errc::not_sip, "not_sip"sv, "line does not start with SIP/"sv},
    {parse_errc::bad_version, "bad_version"sv, "malformed SIP version"sv},
    {parse_errc::unsupported_version, "unsupported_version"sv, "SIP version other than 2.0"sv},
    {parse_errc::missing_sp_after_version, "missing_sp_after_version"sv, "no space after the SIP version"sv},
    {parse_errc::extra_space, "extra_space"sv, "extra whitespace before the status code"sv},
    {parse_errc::missing_code, "missing_code"sv, "no status code"sv},
    {parse_errc::code_not_numeric, "code_not_numeric"sv, "status code is not numeric"sv},
    {parse_errc::code_too_short, "code_too_short"sv, "status code has fewer than three digits"sv},
    {parse_errc::code_too_long, "code_too_long"sv, "status code has more than three digits"sv},
    {parse_errc::code_out_of_range, "code_out_of_range"sv, "status code outside 100-699"sv},
    {parse_errc::missing_sp_after_code, "missing_sp_after_code"sv, "no space after the status code"sv},
    {parse_errc::bad_phrase_char, "bad_phrase_char"sv, "character not allowed in a reason phrase"sv},
    {parse_errc::bad_escape, "bad_escape"sv, "percent sign not followed by two hex digits"sv},
    {parse_errc::bad_utf8, "bad_utf8"sv, "invalid UTF-8 sequence in the reason phrase"sv},
    {parse_errc::control_char, "control_char"sv, "control character in the status line"sv},
    {parse_errc::nul_byte, "nul_byte"sv, "NUL byte in the status line"sv},
    {parse_errc::bare_cr, "bare_cr"sv, "CR not followed by LF"sv},
    {parse_errc::bare_lf, "bare_lf"sv, "LF without a preceding CR"sv},
}};
static_assert(covers(parse_errc_texts, parse_errc_count), "one row per parse_errc, in value order");

inline constexpr std::array<enum_name<parse_mode>, parse_mode_count> parse_mode_texts = {{
    {parse_mode::strict, "strict"sv},
    {parse_mode::lenient, "lenient"sv},
}};
static_assert(covers(parse_mode_texts, parse_mode_count), "one row per parse_mode, in value order");
}  // namespace detail

constexpr std::string_view to_string(parse_errc e) noexcept {
    return detail::name_of(detail::parse_errc_texts, e, "unknown");
}

constexpr std::string_view describe(parse_errc e) noexcept {
    return detail::description_of(detail::parse_errc_texts, e, "unknown parse error");
}

constexpr std::string_view to_string(parse_mode m) noexcept {
    return detail::name_of(detail::parse_mode_texts, m, "strict");
}

}  // namespace sipcode

#endif  // SIPCODE_PARSE_HPP
