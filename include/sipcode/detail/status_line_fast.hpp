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

/** What the fast phrase scan found: the phrase `ends` at the CRLF at `at`; or it is valid up to
 *  `at`, where a printable octet strict mode excludes stands (`bad_char`); or it is not sure and the
 *  general parser must read the line (`doubt`). */
struct phrase_scan {
    enum outcome : std::uint8_t { ends, bad_char, doubt };
    std::size_t at;
    outcome result;
};

// True when p[e] p[e+1] is CRLF and inside the n octets.
inline bool crlf_at(const char* p, std::size_t n, std::size_t e) noexcept {
    return e + 2 <= n && p[e] == '\r' && p[e + 1] == '\n';
}

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
// phrases are mostly made of: letters, SP and ' ( ) * + , - . / 0-9 : ; (0x27..0x3B). Each is a
// phrase octet in both modes (detail/lexer.hpp), so skipping them never changes what a mode
// accepts; any other octet ("!" too, rare enough not to cost every block an instruction) takes the
// slower checks. Range tests with signed compares (SSE2 has no unsigned ones): x + (0x80 - lo) <
// 0x80 + (hi - lo + 1), wrapping.
inline octets16 plain_lanes(octets16 v) noexcept {
    const octets16 letter = (v | 0x20) + 0x1F < -128 + 26;  // a-z, A-Z
    const octets16 mark = v + 0x59 < -128 + 21;             // 0x27..0x3B
    const octets16 space = v == 0x20;                       // SP
    return letter | mark | space;
}

// Bit k set when octet k of v is not a plain phrase octet.
inline unsigned non_plain_mask(octets16 v) noexcept { return lane_mask(plain_lanes(v)) ^ 0xFFFFU; }

// Lane k all ones when octet k of v is no control octet: 0x00..0x1F but HTAB, and 0x7F are the
// octets lenient mode stops at.
inline octets16 no_control_lanes(octets16 v) noexcept {
    const octets16 low = (v ^ -128) < -128 + 0x20;  // 0x00..0x1F
    return ~((low & (v != '\t')) | (v == 0x7F));
}

// The first index >= i of `in` (n >= 16 octets) whose octet is not in the lanes `Skip` sets, or n.
// Reads only inside `in`: the last block is the final 16 octets, with the octets before i ignored.
template <octets16 (*Skip)(octets16)>
inline std::size_t find_stop(const char* p, std::size_t n, std::size_t i) noexcept {
    // Long phrases: four blocks, one test.
    for (; n - i > 64; i += 64) {
        const octets16 all = Skip(load16(p + i)) & Skip(load16(p + i + 16)) & Skip(load16(p + i + 32)) &
                             Skip(load16(p + i + 48));
        if (lane_mask(all) != 0xFFFFU) break;
    }
    for (; n - i > 16; i += 16) {
        const unsigned mask = lane_mask(Skip(load16(p + i))) ^ 0xFFFFU;
        if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(mask));
    }
    const unsigned mask = (lane_mask(Skip(load16(p + n - 16))) ^ 0xFFFFU) >> (16 - (n - i));
    return mask != 0 ? i + static_cast<std::size_t>(__builtin_ctz(mask)) : n;
}

// The first index >= i of `in` that is not a plain octet (or in.size()). Inputs shorter than 16
// octets are left to the scalar scan.
inline std::size_t skip_plain(std::string_view in, std::size_t i) noexcept {
    if (in.size() < 16 || i >= in.size()) return i;
    return find_stop<plain_lanes>(in.data(), in.size(), i);
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

// Tier 2 of strict mode: the phrase is valid from its start up to i (at an element boundary: no
// sequence left open). Returns the offset of the CRLF that ends a valid phrase, or 0 when the line is
// not certain to be one (the general parser then reads it). n >= 16.
// One block of tier 2: the octets i .. i + width of the phrase, lanes shift .. 16 of v. `required`
// holds the continuation octets still owed from i on. Returns 1 and sets `end` when the phrase ends
// here at a CRLF, 3 and sets `end` when a valid phrase runs into a printable octet strict mode
// excludes, 2 when in doubt, 0 when the phrase goes on (with `required` moved on to i + width).
inline int strict_block(const char* p, std::size_t n, std::size_t i, octets16 v, unsigned shift, unsigned width,
                        unsigned& required, std::size_t& end) noexcept {
    const unsigned non_ascii = lane_mask(v) >> shift;
    // The ASCII octets the plain test did not take, one at a time: a phrase octet ("=", "_",
    // HTAB, ...), an escape, or the end of the phrase.
    unsigned other = (non_plain_mask(v) >> shift) & ~non_ascii;
    unsigned stop = 16;  // where the phrase ends in this block, 16 if it goes on
    for (; other != 0; other &= other - 1) {
        const unsigned k = static_cast<unsigned>(__builtin_ctz(other));
        const std::size_t at = i + k;
        const unsigned char c = static_cast<unsigned char>(p[at]);
        if (is_phrase_char(c)) continue;
        if (c == '%' && at + 2 < n && is_hex(static_cast<unsigned char>(p[at + 1])) &&
            is_hex(static_cast<unsigned char>(p[at + 2]))) {
            continue;  // its two HEXDIG are plain octets
        }
        stop = k;
        break;
    }
    unsigned cont = 0;
    if (non_ascii != 0) {
        // 0x80..0xBF are continuation octets (phrase octets on their own); every other non-ASCII
        // octet before the end leads a sequence and owes the continuation octets after it: one
        // from 0xC0, two from 0xE0, three from 0xF0. Lead octets 0xF8..0xFF (five- and six-octet
        // sequences, and octets that lead nothing) are left to the general parser.
        cont = lane_mask(v < -64) >> shift;
        const unsigned lead = non_ascii & ~cont & ((1U << stop) - 1);
        if (lead != 0) {
            // (Tested as "below", the one compare SSE2 has, and inverted in the mask.)
            if ((~(lane_mask(v < -8) >> shift) & lead) != 0) return 2;
            const unsigned from_e0 = ~(lane_mask(v < -32) >> shift) & lead;
            const unsigned from_f0 = ~(lane_mask(v < -16) >> shift) & lead;
            required |= (lead << 1) | (from_e0 << 2) | (from_f0 << 3);
        }
    }
    if (stop < width) {
        // Nothing may be owed at or after the end, and everything owed before it is there.
        if ((required >> stop) != 0 || (required & ~cont) != 0) return 2;
        end = i + stop;
        if (crlf_at(p, n, end)) return 1;
        // A printable octet the grammar excludes (" # < > [ \ ] ^ ` { | }), after a valid phrase:
        // the general parser stops there with bad_phrase_char.
        const unsigned char c = static_cast<unsigned char>(p[end]);
        return c > 0x20 && c < 0x7F && c != '%' ? 3 : 2;
    }
    if ((required & ~cont & ((1U << width) - 1)) != 0) return 2;
    required >>= width;
    return 0;
}

inline phrase_scan strict_phrase_end_from(const char* p, std::size_t n, std::size_t i) noexcept {
    unsigned required = 0;  // continuation octets still owed, as bits from i on
    std::size_t end = 0;
    for (; n - i >= 16; i += 16) {
        const int r = strict_block(p, n, i, load16(p + i), 0, 16, required, end);
        if (r == 1) return {end, phrase_scan::ends};
        if (r != 0) return {end, r == 3 ? phrase_scan::bad_char : phrase_scan::doubt};
    }
    if (i < n) {  // the last block is the final 16 octets, shifted down
        const unsigned width = static_cast<unsigned>(n - i);
        const int r = strict_block(p, n, i, load16(p + n - 16), 16 - width, width, required, end);
        if (r == 1) return {end, phrase_scan::ends};
        if (r == 3) return {end, phrase_scan::bad_char};
    }
    return {0, phrase_scan::doubt};  // no CRLF (incomplete), or a doubt
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
    // Here t is d0 - 1, d1, d2, 0: (t >> 8) * 2561 holds 10 * d1 + d2 in its second octet.
    return static_cast<std::uint16_t>((t & 0xFFU) * 100U + 100U + (((t >> 8) * 2561U) >> 8 & 0xFFU));
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
        if (n >= 18) return lane_mask(plain_lanes(load16(p + n - 18))) == 0xFFFFU;
        return (non_plain_mask(load16(p)) & (0xFFFFU >> (18 - n))) == 0;  // 16, 17: from the start
    }
    return lane_mask(plain_lanes(load16(p + 12)) & plain_lanes(load16(p + n - 18))) == 0xFFFFU;
}
#endif

// True when `in`, a line of 16..46 octets starting "SIP/2.0 ddd ", is exactly one line of plain
// octets that `lenient` (or strict) mode takes as it stands: the phrase is in[12, n - 2).
inline bool is_common_whole_line(std::string_view in, bool lenient) noexcept {
#if defined(SIPCODE_DETAIL_FAST_PHRASE)
    const char* p = in.data();
    const std::size_t n = in.size();
    // Lenient mode trims SP at either end of the phrase: those lines go the long way.
    return is_whole_plain_line(p, n) && (!lenient || (p[12] != ' ' && p[n - 3] != ' '));
#else
    (void)in;
    (void)lenient;
    return false;
#endif
}

// The phrase of a line starting "SIP/2.0 ddd ", from offset 12, as `lenient` (or strict) mode
// reads it untrimmed: where its CRLF is, or the printable octet strict mode stops at, or a doubt
// (the general phrase scan then decides).
inline phrase_scan common_phrase_end(std::string_view in, bool lenient) noexcept {
    const char* p = in.data();
    const std::size_t n = in.size();
#if defined(SIPCODE_DETAIL_FAST_PHRASE)
    if (n >= 16) {
        if (lenient) {
            const std::size_t e = find_stop<no_control_lanes>(p, n, 12);
            // Lenient mode trims SP and HTAB at either end of the phrase: those lines go the long way.
            if (crlf_at(p, n, e) && (e == 12 || (!is_ws(octet(in, 12)) && !is_ws(octet(in, e - 1))))) {
                return {e, phrase_scan::ends};
            }
            return {0, phrase_scan::doubt};
        }
        // A short line that failed the whole-line test holds another octet: the second tier
        // from the start. A longer input is scanned for its first CRLF first.
        if (n <= 46) return strict_phrase_end_from(p, n, 12);
        const std::size_t e = find_stop<plain_lanes>(p, n, 12);
        if (crlf_at(p, n, e)) return {e, phrase_scan::ends};
        return strict_phrase_end_from(p, n, e);
    }
#else
    (void)lenient;
#endif
    if (crlf_at(p, n, 12)) return {12, phrase_scan::ends};  // the empty phrase of a short input
    return {0, phrase_scan::doubt};
}
#endif

}  // namespace detail
}  // namespace sipcode

#endif  // SIPCODE_DETAIL_STATUS_LINE_FAST_HPP
