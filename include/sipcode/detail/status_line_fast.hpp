// sipcode internal: the runtime fast path of parse_status_line (parse.hpp).
//
// At runtime, with g++ >= 9 or clang >= 9 (detail/config.hpp), a line that starts "SIP/2.0 ddd "
// takes this path: the prefix is read as two little-endian words and, on x86-64, the phrase is
// checked 16 octets at a time with SSE2 (no later instruction set). The path only ever certifies a
// line: it says "the phrase ends at this CRLF and every octet before it is valid", or it has a
// doubt and the general, constexpr parser in parse.hpp reads the line (and names any defect). That
// parser also handles every other line and every constant evaluation. The tests (parse_test.cpp,
// the fast-path agreement cases) and the differential fuzz target
// (fuzz/status_line_differential.cpp) hold the two to the same results.
//
// Strict mode, RFC 3261 s25.1:
//   Reason-Phrase = *(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT / SP / HTAB)
// Read greedily, that grammar accepts a phrase exactly when every octet is a phrase octet
// (detail/lexer.hpp: reserved, unreserved, SP, HTAB, UTF8-CONT), a "%" followed by two HEXDIG, or a
// UTF-8 lead octet followed by the continuation octets it announces; the first octet that is none
// of these ends the phrase, and must be the CR of a CRLF. (HEXDIG and continuation octets are phrase
// octets themselves, so where a sequence ends never changes what follows it.) The fast path checks
// exactly these local conditions:
//   tier 1 (inline): the plain octets most phrases are made of, 16 at a time, up to the first other
//          octet; a CRLF there ends a canonical line.
//   tier 2 (out of line, rare lines): from that octet on, every block's UTF-8 lead octets, their
//          continuation octets and the octets the lead octets require, as bit masks (a sequence
//          may cross a block); the few other ASCII octets one by one through the class table.
// Lenient mode: every octet but controls is a phrase octet; the first control must be the CR of a
// CRLF, and a phrase that lenient mode would trim (SP or HTAB at either end) goes the general way.
#ifndef SIPCODE_DETAIL_STATUS_LINE_FAST_HPP
#define SIPCODE_DETAIL_STATUS_LINE_FAST_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config.hpp"
#include "lexer.hpp"

namespace sipcode {
namespace detail {

#if defined(SIPCODE_DETAIL_FAST_PHRASE)
typedef signed char octets16 __attribute__((vector_size(16)));
typedef char char16 __attribute__((vector_size(16)));

inline octets16 load16(const char* p) noexcept {
    octets16 v;
    __builtin_memcpy(&v, p, 16);
    return v;
}

// Bit k set when the sign bit of lane k is set (pmovmskb).
inline unsigned lane_mask(octets16 v) noexcept {
    return static_cast<unsigned>(__builtin_ia32_pmovmskb128(reinterpret_cast<char16>(v)));
}

// Lane k all ones when octet k of v is a plain phrase octet. Plain octets are the ones reason
// phrases are mostly made of: letters, SP, "!" and ' ( ) * + , - . / 0-9 : ; (0x27..0x3B). Each is
// a phrase octet in both modes (detail/lexer.hpp), so skipping them never changes what a mode
// accepts. Range tests with signed compares (SSE2 has no unsigned ones): x + (0x80 - lo) < 0x80 +
// (hi - lo + 1), wrapping.
inline octets16 plain_lanes(octets16 v) noexcept {
    const octets16 letter = (v | 0x20) + 0x1F < -128 + 26;  // a-z, A-Z
    const octets16 mark = v + 0x59 < -128 + 21;             // 0x27..0x3B
    const octets16 space = (v | 1) == 0x21;                 // SP, !
    return letter | mark | space;
}

// Bit k set when octet k of v is not a plain phrase octet.
inline unsigned non_plain_mask(octets16 v) noexcept { return lane_mask(plain_lanes(v)) ^ 0xFFFFU; }

// Bit k set when octet k of v is a control octet: 0x00..0x1F but HTAB, and 0x7F (the octets lenient
// mode stops at).
inline unsigned control_mask(octets16 v) noexcept {
    const octets16 low = (v ^ -128) < -128 + 0x20;  // 0x00..0x1F
    return lane_mask((low & (v != '\t')) | (v == 0x7F));
}

// The first index >= i of `in` (n >= 16 octets) whose octet has its bit set by `mask_of`, or n.
// Reads only inside `in`: the last block is the final 16 octets, with the octets before i ignored.
template <unsigned (*MaskOf)(octets16)>
inline std::size_t find_stop(const char* p, std::size_t n, std::size_t i) noexcept {
    for (; n - i > 32; i += 32) {  // long phrases: two blocks, one test
        const unsigned mask = MaskOf(load16(p + i)) | (MaskOf(load16(p + i + 16)) << 16);
        if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(mask));
    }
    for (; n - i > 16; i += 16) {
        const unsigned mask = MaskOf(load16(p + i));
        if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(mask));
    }
    const unsigned mask = MaskOf(load16(p + n - 16)) >> (16 - (n - i));
    return mask != 0 ? i + static_cast<std::size_t>(__builtin_ctz(mask)) : n;
}

// The first index >= i of `in` that is not a plain octet (or in.size()). Inputs shorter than 16
// octets are left to the scalar scan.
inline std::size_t skip_plain(std::string_view in, std::size_t i) noexcept {
    if (in.size() < 16 || i >= in.size()) return i;
    return find_stop<non_plain_mask>(in.data(), in.size(), i);
}

// skip_plain, then any other octet the mode lets through on its own (e.g. "_", "=", HTAB), and again,
// up to the first octet that needs the generic scan (line end, escape, UTF-8, error) or the end.
// Strict takes phrase octets; lenient takes every octet but controls. (The general parser's inner
// loop, parse.hpp's scan_run.)
inline std::size_t skip_phrase(std::string_view in, std::size_t i, bool lenient) noexcept {
    for (;;) {
        i = skip_plain(in, i);
        if (i == in.size()) return i;
        const unsigned char c = octet(in, i);
        if (c == '\r' || (lenient ? is_control(c) : !is_phrase_char(c))) return i;  // CR first: lines end there
        ++i;
    }
}

// True when p[e] p[e+1] is CRLF and inside the n octets.
inline bool crlf_at(const char* p, std::size_t n, std::size_t e) noexcept {
    return e + 2 <= n && p[e] == '\r' && p[e + 1] == '\n';
}

// Tier 2 of strict mode: the phrase is valid from its start up to i (all plain octets), and octet i
// is something else. Returns the offset of the CRLF that ends a valid phrase, or 0 when the line is
// not certain to be one (the general parser then reads it). n >= 16.
[[gnu::noinline]] inline std::size_t strict_phrase_end_from(const char* p, std::size_t n, std::size_t i) noexcept {
    unsigned required = 0;  // continuation octets still owed, as bits from i on
    while (i < n) {
        const std::size_t left = n - i;
        const unsigned width = left >= 16 ? 16U : static_cast<unsigned>(left);
        const unsigned shift = 16 - width;  // the last block is the final 16 octets, shifted down
        const octets16 v = load16(p + (left >= 16 ? i : n - 16));
        const unsigned non_ascii = lane_mask(v) >> shift;
        // The ASCII octets the plain test did not take, one at a time: a phrase octet ("=", "_",
        // HTAB, ...), an escape, or the end of the phrase.
        unsigned other = (non_plain_mask(v) >> shift) & ~non_ascii;
        unsigned end = 16;  // the end of the phrase in this block, 16 if it goes on
        for (; other != 0; other &= other - 1) {
            const unsigned k = static_cast<unsigned>(__builtin_ctz(other));
            const std::size_t at = i + k;
            const unsigned char c = static_cast<unsigned char>(p[at]);
            if (is_phrase_char(c)) continue;
            if (c == '%' && at + 2 < n && is_hex(static_cast<unsigned char>(p[at + 1])) &&
                is_hex(static_cast<unsigned char>(p[at + 2]))) {
                continue;  // its two HEXDIG are plain octets
            }
            end = k;
            break;
        }
        unsigned cont = 0;
        if (non_ascii != 0) {
            // 0x80..0xBF continuation octets (phrase octets on their own); every other non-ASCII
            // octet before the end leads a sequence and owes the continuation octets after it:
            // one from 0xC0, two from 0xE0, three from 0xF0. Lead octets 0xF8..0xFF (five- and
            // six-octet sequences, and octets that lead nothing) are left to the general parser.
            cont = lane_mask(v < -64) >> shift;
            const unsigned lead = non_ascii & ~cont & ((1U << end) - 1);
            if (lead != 0) {
                if (((lane_mask(v > -9) >> shift) & lead) != 0) return 0;
                const unsigned from_e0 = (lane_mask(v > -33) >> shift) & lead;
                const unsigned from_f0 = (lane_mask(v > -17) >> shift) & lead;
                required |= (lead << 1) | (from_e0 << 2) | (from_f0 << 3);
            }
        }
        if (end < width) {
            // Nothing may be owed at or after the end, and everything owed before it is there.
            if ((required >> end) != 0 || (required & ~cont) != 0) return 0;
            return crlf_at(p, n, i + end) ? i + end : 0;
        }
        if ((required & ~cont & ((1U << width) - 1)) != 0) return 0;
        required >>= width;
        i += width;
    }
    return 0;  // no CRLF: incomplete, or more than a line's worth of doubt
}
#endif

#if defined(SIPCODE_DETAIL_FAST_PREFIX)
// The code of a line that starts with exactly "SIP/2.0 " ("SIP" in any case), three digits 100..699
// and SP, which is what the general parser would read from it; 0 for anything else. Needs 12 octets.
inline std::uint16_t common_prefix(const char* p) noexcept {
    std::uint64_t head = 0;
    std::uint32_t tail = 0;
    __builtin_memcpy(&head, p, 8);
    __builtin_memcpy(&tail, p + 8, 4);
    constexpr std::uint64_t sip20 = 0x20302E322F706973;  // "sip/2.0 ", little-endian
    // Octets 8..11 as d0 d1 d2 SP: each digit becomes 0..9 and SP 0; d0 - 1 must be below 6, d1 and
    // d2 below 10, and the SP 0, i.e. every octet of t plus (0x7F - its bound) must stay below 0x80
    // (an octet of 0x80 or more in t, or a borrow out of d0 - 1 = -1, sets a top bit too).
    const std::uint32_t t = (tail ^ 0x20303030U) - 1U;
    if ((head | 0x202020) != sip20 || (((t + 0x7F76767AU) | t) & 0x80808080U) != 0) return 0;
    const std::uint32_t digits = t & 0xFFFFFFU;  // d0 - 1, d1, d2
    return static_cast<std::uint16_t>((digits & 0xFFU) * 100U + 100U + ((digits >> 8) & 0xFFU) * 10U + (digits >> 16));
}

#if defined(SIPCODE_DETAIL_FAST_PHRASE)
// True when `in` (16 to 46 octets, starting "SIP/2.0 ddd ") is exactly one line of plain octets:
// it ends with its CRLF and every octet from 12 up to that CRLF is plain, so that the first octet
// the phrase scan would stop at is that CR. One or two blocks ending just before the CRLF, read
// whole (the octets before 12 they take in are the prefix, plain octets all). A line inside a
// longer buffer, or any other octet, fails the test and is scanned from the front.
inline bool is_whole_plain_line(const char* p, std::size_t n) noexcept {
    std::uint16_t last = 0;
    __builtin_memcpy(&last, p + n - 2, 2);
    if (last != 0x0A0D) return false;
    if (n <= 30) {
        const std::size_t start = n >= 18 ? n - 18 : 0;
        return (non_plain_mask(load16(p + start)) & (0xFFFFU >> (start + 18 - n))) == 0;
    }
    return lane_mask(plain_lanes(load16(p + 12)) & plain_lanes(load16(p + n - 18))) == 0xFFFFU;
}
#endif

// True when `in`, a line starting "SIP/2.0 ddd ", is exactly one line of plain octets that
// `lenient` (or strict) mode takes as it stands: the phrase is in[12, n - 2).
inline bool is_common_whole_line(std::string_view in, bool lenient) noexcept {
#if defined(SIPCODE_DETAIL_FAST_PHRASE)
    const char* p = in.data();
    const std::size_t n = in.size();
    if (n - 16 <= 30) {  // 16..46 octets
        // Lenient mode trims SP at either end of the phrase: those lines go the long way.
        return is_whole_plain_line(p, n) && (!lenient || (p[12] != ' ' && p[n - 3] != ' '));
    }
    return n == 14 && p[12] == '\r' && p[13] == '\n';  // an empty phrase
#else
    (void)in;
    (void)lenient;
    return false;
#endif
}

// The offset of the CRLF that ends the phrase of a line starting "SIP/2.0 ddd " when the phrase
// from offset 12 is one `lenient` (or strict) mode accepts as it stands, untrimmed; 0 when the
// general phrase scan must decide.
inline std::size_t common_phrase_end(std::string_view in, bool lenient) noexcept {
    const char* p = in.data();
    const std::size_t n = in.size();
#if defined(SIPCODE_DETAIL_FAST_PHRASE)
    if (n >= 16) {
        if (lenient) {
            const std::size_t e = find_stop<control_mask>(p, n, 12);
            // Lenient mode trims SP and HTAB at either end of the phrase: those lines go the long way.
            if (!crlf_at(p, n, e)) return 0;
            if (e == 12) return e;
            return is_ws(octet(in, 12)) || is_ws(octet(in, e - 1)) ? 0 : e;
        }
        const std::size_t e = find_stop<non_plain_mask>(p, n, 12);
        if (crlf_at(p, n, e)) return e;
        return strict_phrase_end_from(p, n, e);
    }
#endif
    return crlf_at(p, n, 12) ? 12 : 0;  // the empty phrase of a short input
}
#endif

}  // namespace detail
}  // namespace sipcode

#endif  // SIPCODE_DETAIL_STATUS_LINE_FAST_HPP
