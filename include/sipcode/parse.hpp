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
// Speed: at runtime, with g++ >= 9 or clang >= 9, a line shaped "SIP/2.0 ddd " + phrase + CRLF takes
// a fast path (the prefix read as one 8-octet word, the phrase checked 16 octets at a time with SSE2
// on x86-64); it yields exactly what the general, constexpr parser yields, which handles every
// other line and every constant evaluation. benchmarks/ measures it against other SIP stacks.
#ifndef SIPCODE_PARSE_HPP
#define SIPCODE_PARSE_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "classify.hpp"
#include "detail/no_dangling.hpp"

// Runtime fast paths (see parse_status_line and detail::skip_plain) need to know whether they run
// in a constant evaluation; without a way to ask, the parser always takes its constexpr path.
#if defined(__has_builtin)
#if __has_builtin(__builtin_is_constant_evaluated)
#define SIPCODE_DETAIL_CONSTANT_EVALUATED() __builtin_is_constant_evaluated()
#endif
#endif
#if !defined(SIPCODE_DETAIL_CONSTANT_EVALUATED) && defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 9
#define SIPCODE_DETAIL_CONSTANT_EVALUATED() __builtin_is_constant_evaluated()
#endif
// Little-endian loads of the fixed-width prefix; other byte orders use the constexpr path.
#if defined(SIPCODE_DETAIL_CONSTANT_EVALUATED) && defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__)
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SIPCODE_DETAIL_FAST_PREFIX 1
#endif
#endif
// 16 octets at a time with SSE2 (every x86-64 CPU has it), written with the vector extensions g++ and
// clang share, so that no intrinsics header is included.
#if defined(SIPCODE_DETAIL_CONSTANT_EVALUATED) && defined(__SSE2__)
#if defined(__GNUC__) || defined(__clang__)
#define SIPCODE_DETAIL_FAST_PHRASE 1
#endif
#endif
// With a fast path in front, the general parser is kept out of line: inlined, its many live values
// made every caller save and restore registers even on the fast path.
#if defined(SIPCODE_DETAIL_FAST_PREFIX)
#define SIPCODE_DETAIL_GENERAL_PATH __attribute__((noinline))
#else
#define SIPCODE_DETAIL_GENERAL_PATH
#endif

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
inline constexpr std::size_t parse_errc_count = 21;

enum class parse_mode : std::uint8_t { strict, lenient };

/** "strict" or "lenient". */
constexpr std::string_view to_string(parse_mode m) noexcept { return m == parse_mode::lenient ? "lenient" : "strict"; }

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

/** Classifies the parsed code (see classify.hpp). */
constexpr classification classify(const status_line& line) noexcept { return classify(line.code); }

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail {

// Octet classes inside the reason phrase.
enum phrase_octet : std::uint8_t {
    po_ok = 0,      // allowed by the strict grammar on its own (incl. SP, HTAB, 0x80..0xBF)
    po_lenient,     // printable but excluded by the strict grammar: " # < > [ ] { } | \ ^ `
    po_percent,     // '%': strict needs two hex digits after it
    po_utf8_2,      // lead octet of a 2-octet UTF-8 sequence (0xC0..0xDF)
    po_utf8_3,      // 0xE0..0xEF
    po_utf8_4,      // 0xF0..0xF7
    po_utf8_5,      // 0xF8..0xFB
    po_utf8_6,      // 0xFC..0xFD
    po_bad_high,    // 0xFE, 0xFF
    po_control,     // 0x01..0x1F except HTAB, CR, LF; and 0x7F
    po_nul,
    po_cr,
    po_lf,
};
// Everything below po_control is allowed in lenient mode.

constexpr std::array<std::uint8_t, 256> make_phrase_table() noexcept {
    std::array<std::uint8_t, 256> t{};
    for (unsigned c = 0; c < 256; ++c) {
        std::uint8_t k = po_ok;
        if (c == 0) k = po_nul;
        else if (c == '\r') k = po_cr;
        else if (c == '\n') k = po_lf;
        else if (c == '\t') k = po_ok;
        else if (c < 0x20 || c == 0x7F) k = po_control;
        else if (c == '%') k = po_percent;
        else if (c == '"' || c == '#' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' ||
                 c == '}' || c == '|' || c == '\\' || c == '^' || c == '`')
            k = po_lenient;
        else if (c >= 0xC0 && c <= 0xDF) k = po_utf8_2;
        else if (c >= 0xE0 && c <= 0xEF) k = po_utf8_3;
        else if (c >= 0xF0 && c <= 0xF7) k = po_utf8_4;
        else if (c >= 0xF8 && c <= 0xFB) k = po_utf8_5;
        else if (c >= 0xFC && c <= 0xFD) k = po_utf8_6;
        else if (c >= 0xFE) k = po_bad_high;
        t[c] = k;
    }
    return t;
}

inline constexpr std::array<std::uint8_t, 256> phrase_table = make_phrase_table();

constexpr unsigned char octet(std::string_view s, std::size_t i) noexcept {
    return static_cast<unsigned char>(s[i]);
}
constexpr bool is_digit(unsigned char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_hex(unsigned char c) noexcept {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
constexpr bool is_ws(unsigned char c) noexcept { return c == ' ' || c == '\t'; }
constexpr bool is_line_end(unsigned char c) noexcept { return c == '\r' || c == '\n'; }

constexpr parse_result fail(parse_result r, parse_errc e, std::size_t at) noexcept {
    r.ec = e;
    r.consumed = at;
    return r;
}

// The error for an unexpected octet `c` where a structural element was expected.
constexpr parse_errc octet_error(unsigned char c, parse_errc otherwise) noexcept {
    if (c == 0) return parse_errc::nul_byte;
    if (c != '\r' && c != '\n' && c != '\t' && (c < 0x20 || c == 0x7F)) return parse_errc::control_char;
    return otherwise;
}

// True when running at runtime, where the fast paths may be used; false in a constant evaluation.
constexpr bool at_runtime() noexcept {
#if defined(SIPCODE_DETAIL_CONSTANT_EVALUATED)
    return !SIPCODE_DETAIL_CONSTANT_EVALUATED();
#else
    return false;
#endif
}

#if defined(SIPCODE_DETAIL_FAST_PHRASE)
typedef signed char octets16 __attribute__((vector_size(16)));
typedef unsigned char uoctets16 __attribute__((vector_size(16)));
typedef char char16 __attribute__((vector_size(16)));

// Bit k set when octet k of p[0..16) is not a plain phrase octet. Plain octets are the ones reason
// phrases are mostly made of: letters, SP, "!" and ' ( ) * + , - . / 0-9 : ; (0x27..0x3B). Each is
// phrase_table po_ok, so skipping plain octets never changes what either mode accepts; every other
// octet goes through phrase_table as before. Three range tests on 16 octets at once, with signed
// compares (SSE2 has no unsigned ones): x + (0x80 - lo) < 0x80 + (hi - lo + 1), wrapping.
inline unsigned non_plain_mask(const char* p) noexcept {
    uoctets16 u;
    __builtin_memcpy(&u, p, 16);
    const octets16 letter = reinterpret_cast<octets16>((u | 0x20) + 0x1F) < -128 + 26;  // a-z, A-Z
    const octets16 mark = reinterpret_cast<octets16>(u + 0x59) < -128 + 21;             // 0x27..0x3B
    const octets16 space = reinterpret_cast<octets16>(u | 1) == 0x21;                   // SP, !
    const octets16 plain = letter | mark | space;
    return ~static_cast<unsigned>(__builtin_ia32_pmovmskb128(reinterpret_cast<char16>(plain))) & 0xFFFFU;
}

// The first index >= i of `in` that is not a plain octet (or in.size()). Reads only inside `in`:
// the last block is the final 16 octets of `in`, with the octets before i ignored. Inputs shorter
// than 16 octets are left to the scalar scan.
inline std::size_t skip_plain(std::string_view in, std::size_t i) noexcept {
    const std::size_t n = in.size();
    if (n < 16) return i;
    const char* p = in.data();
    for (; n - i > 32; i += 16) {
        const unsigned mask = non_plain_mask(p + i);
        if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(mask));
    }
    // At most 32 octets left, so at most two blocks: the one at i (if more than 16 are left) and the
    // final 16 octets of the input, joined into one mask of positions counted from i.
    const std::size_t left = n - i;
    const unsigned last = non_plain_mask(p + n - 16);
    const unsigned mask = left > 16 ? non_plain_mask(p + i) | (last << (left - 16)) : last >> (16 - left);
    return mask != 0 ? i + static_cast<std::size_t>(__builtin_ctz(mask)) : n;
}

// skip_plain, then any other octet `mode` lets through on its own (e.g. "_", "=", HTAB), and again,
// up to the first octet that needs the generic scan (line end, escape, UTF-8, error) or the end.
inline std::size_t skip_phrase(std::string_view in, std::size_t i, parse_mode mode) noexcept {
    const unsigned limit = mode == parse_mode::lenient ? unsigned{po_control} : unsigned{po_ok} + 1;
    for (;;) {
        i = skip_plain(in, i);
        if (i == in.size()) return i;
        const unsigned char c = octet(in, i);
        if (c == '\r' || phrase_table[c] >= limit) return i;  // CR first: it is where lines end
        ++i;
    }
}
#endif

// The end of the run of phrase octets from `i` that `mode` accepts on their own (strict: po_ok;
// lenient: anything below po_control).
constexpr std::size_t scan_run(std::string_view in, std::size_t i, parse_mode mode) noexcept {
#if defined(SIPCODE_DETAIL_FAST_PHRASE)
    if (at_runtime()) return skip_phrase(in, i, mode);
#endif
    const std::size_t n = in.size();
    if (mode == parse_mode::lenient) {
        while (i < n && phrase_table[octet(in, i)] < po_control) ++i;
    } else {
        while (i < n && phrase_table[octet(in, i)] == po_ok) ++i;
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
            switch (phrase_table[c]) {
            case po_cr:
                if (i + 1 < n) {
                    if (octet(in, i + 1) != '\n') return fail(r, parse_errc::bare_cr, i);
                    after = i + 2;
                } else {
                    if (!lenient) return fail(r, parse_errc::incomplete, n);
                    after = n;
                }
                break;
            case po_lf:
                if (!lenient) return fail(r, parse_errc::bare_lf, i);
                after = i + 1;
                break;
            case po_nul: return fail(r, parse_errc::nul_byte, i);
            case po_control: return fail(r, parse_errc::control_char, i);
            case po_lenient: return fail(r, parse_errc::bad_phrase_char, i);
            case po_bad_high: return fail(r, parse_errc::bad_utf8, i);
            case po_percent:
                for (std::size_t k = 1; k <= 2; ++k) {
                    if (i + k >= n) return fail(r, parse_errc::incomplete, n);
                    if (!is_hex(octet(in, i + k))) return fail(r, parse_errc::bad_escape, i);
                }
                i += 3;
                continue;
            default: {  // a UTF-8 lead octet: po_utf8_2 .. po_utf8_6
                const std::size_t follow = static_cast<std::size_t>(phrase_table[c] - po_utf8_2) + 1;
                for (std::size_t k = 1; k <= follow; ++k) {
                    if (i + k >= n) return fail(r, parse_errc::incomplete, n);
                    const unsigned char cont = octet(in, i + k);
                    if (cont < 0x80 || cont > 0xBF) return fail(r, parse_errc::bad_utf8, i);
                }
                i += follow + 1;
                continue;
            }
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
// The code of a line that starts with exactly "SIP/2.0 " ("SIP" in any case), three digits 100..699
// and SP, which is what parse_line would read from it; 0 for anything else. Needs 12 octets.
inline std::uint16_t common_prefix(std::string_view in) noexcept {
    std::uint64_t head = 0;
    __builtin_memcpy(&head, in.data(), 8);
    constexpr std::uint64_t sip20 = 0x20302E322F706973;  // "sip/2.0 ", little-endian
    const unsigned d0 = octet(in, 8) - 0x30U;
    const unsigned d1 = octet(in, 9) - 0x30U;
    const unsigned d2 = octet(in, 10) - 0x30U;
    if ((head | 0x202020) != sip20 || d0 - 1 >= 6 || d1 >= 10 || d2 >= 10 || octet(in, 11) != ' ') return 0;
    return static_cast<std::uint16_t>(d0 * 100 + d1 * 10 + d2);
}
#endif

}  // namespace detail

constexpr parse_result parse_status_line(std::string_view in, parse_mode mode) noexcept {
#if defined(SIPCODE_DETAIL_FAST_PREFIX)
    // The common line: "SIP/2.0 ddd ", a phrase of plain octets, CRLF. Here the general parser would
    // find exactly what this finds, so its result is built directly; any other line, or any doubt,
    // goes to the general parser.
    if (detail::at_runtime() && in.size() >= 12) {
        if (const std::uint16_t code = detail::common_prefix(in)) {
            parse_result r;
            r.line.version = std::string_view(in.data(), 7);
            r.line.code = code;
#if defined(SIPCODE_DETAIL_FAST_PHRASE)
            const std::size_t end = detail::skip_plain(in, 12);
            // Lenient mode would trim a SP at either end of the phrase: those lines go the long way.
            if (end + 1 < in.size() && in[end] == '\r' && in[end + 1] == '\n' &&
                (mode == parse_mode::strict || end == 12 || (in[12] != ' ' && in[end - 1] != ' '))) {
                r.line.reason = std::string_view(in.data() + 12, end - 12);
                r.consumed = end + 2;
                r.ec = parse_errc::ok;
                return r;
            }
#endif
            return detail::parse_phrase(in, 12, mode, r);
        }
    }
#endif
    return detail::parse_line(in, mode);
}

constexpr std::string_view to_string(parse_errc e) noexcept {
    switch (e) {
    case parse_errc::ok: return "ok";
    case parse_errc::incomplete: return "incomplete";
    case parse_errc::leading_empty_line: return "leading_empty_line";
    case parse_errc::not_sip: return "not_sip";
    case parse_errc::bad_version: return "bad_version";
    case parse_errc::unsupported_version: return "unsupported_version";
    case parse_errc::missing_sp_after_version: return "missing_sp_after_version";
    case parse_errc::extra_space: return "extra_space";
    case parse_errc::missing_code: return "missing_code";
    case parse_errc::code_not_numeric: return "code_not_numeric";
    case parse_errc::code_too_short: return "code_too_short";
    case parse_errc::code_too_long: return "code_too_long";
    case parse_errc::code_out_of_range: return "code_out_of_range";
    case parse_errc::missing_sp_after_code: return "missing_sp_after_code";
    case parse_errc::bad_phrase_char: return "bad_phrase_char";
    case parse_errc::bad_escape: return "bad_escape";
    case parse_errc::bad_utf8: return "bad_utf8";
    case parse_errc::control_char: return "control_char";
    case parse_errc::nul_byte: return "nul_byte";
    case parse_errc::bare_cr: return "bare_cr";
    case parse_errc::bare_lf: return "bare_lf";
    }
    return "unknown";
}

constexpr std::string_view describe(parse_errc e) noexcept {
    switch (e) {
    case parse_errc::ok: return "success";
    case parse_errc::incomplete: return "input ends before the status line does";
    case parse_errc::leading_empty_line: return "empty line before the status line";
    case parse_errc::not_sip: return "line does not start with SIP/";
    case parse_errc::bad_version: return "malformed SIP version";
    case parse_errc::unsupported_version: return "SIP version other than 2.0";
    case parse_errc::missing_sp_after_version: return "no space after the SIP version";
    case parse_errc::extra_space: return "extra whitespace before the status code";
    case parse_errc::missing_code: return "no status code";
    case parse_errc::code_not_numeric: return "status code is not numeric";
    case parse_errc::code_too_short: return "status code has fewer than three digits";
    case parse_errc::code_too_long: return "status code has more than three digits";
    case parse_errc::code_out_of_range: return "status code outside 100-699";
    case parse_errc::missing_sp_after_code: return "no space after the status code";
    case parse_errc::bad_phrase_char: return "character not allowed in a reason phrase";
    case parse_errc::bad_escape: return "percent sign not followed by two hex digits";
    case parse_errc::bad_utf8: return "invalid UTF-8 sequence in the reason phrase";
    case parse_errc::control_char: return "control character in the status line";
    case parse_errc::nul_byte: return "NUL byte in the status line";
    case parse_errc::bare_cr: return "CR not followed by LF";
    case parse_errc::bare_lf: return "LF without a preceding CR";
    }
    return "unknown parse error";
}

}  // namespace sipcode

#endif  // SIPCODE_PARSE_HPP
