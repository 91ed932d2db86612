// sipcode internal: the runtime fast path of parse_status_line (parse.hpp).
//
// At runtime, with g++ >= 9 or clang >= 9 (detail/config.hpp), a line shaped "SIP/2.0 ddd " + phrase
// + CRLF takes this path: the prefix is read as one 8-octet word and, on x86-64, the phrase is
// checked 16 octets at a time with SSE2. It yields exactly what the general, constexpr parser in
// parse.hpp yields; that parser handles every other line and every constant evaluation. The tests
// (parse_test.cpp, the fast-path agreement cases) and the differential fuzz target
// (fuzz/status_line_differential.cpp) hold the two to that.
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
typedef unsigned char uoctets16 __attribute__((vector_size(16)));
typedef char char16 __attribute__((vector_size(16)));

// Bit k set when octet k of p[0..16) is not a plain phrase octet. Plain octets are the ones reason
// phrases are mostly made of: letters, SP, "!" and ' ( ) * + , - . / 0-9 : ; (0x27..0x3B). Each is
// a phrase octet (detail/lexer.hpp), so skipping plain octets never changes what either mode
// accepts; every other octet goes through the octet classes as before. Three range tests on 16
// octets at once, with signed compares (SSE2 has no unsigned ones): x + (0x80 - lo) < 0x80 + (hi - lo
// + 1), wrapping.
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

// skip_plain, then any other octet the mode lets through on its own (e.g. "_", "=", HTAB), and again,
// up to the first octet that needs the generic scan (line end, escape, UTF-8, error) or the end.
// Strict takes phrase octets; lenient takes every octet but controls.
inline std::size_t skip_phrase(std::string_view in, std::size_t i, bool lenient) noexcept {
    for (;;) {
        i = skip_plain(in, i);
        if (i == in.size()) return i;
        const unsigned char c = octet(in, i);
        if (c == '\r' || (lenient ? is_control(c) : !is_phrase_char(c))) return i;  // CR first: lines end there
        ++i;
    }
}
#endif

#if defined(SIPCODE_DETAIL_FAST_PREFIX)
// The code of a line that starts with exactly "SIP/2.0 " ("SIP" in any case), three digits 100..699
// and SP, which is what the general parser would read from it; 0 for anything else. Needs 12 octets.
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

/** What the fast path found: `code` 0 when the line does not start "SIP/2.0 ddd " (the general
 *  parser takes it); otherwise the code, and `phrase_end` the offset of the CRLF that ends a phrase
 *  of plain octets, or 0 when the phrase needs the general phrase scan from offset 12. */
struct common_line {
    std::uint16_t code = 0;
    std::size_t phrase_end = 0;
};

inline common_line scan_common_line(std::string_view in, bool lenient) noexcept {
    common_line line;
    if (in.size() < 12) return line;
    line.code = common_prefix(in);
    if (line.code == 0) return line;
#if defined(SIPCODE_DETAIL_FAST_PHRASE)
    const std::size_t end = skip_plain(in, 12);
    // Lenient mode would trim a SP at either end of the phrase: those lines go the long way.
    if (end + 1 < in.size() && in[end] == '\r' && in[end + 1] == '\n' &&
        (!lenient || end == 12 || (in[12] != ' ' && in[end - 1] != ' '))) {
        line.phrase_end = end;
    }
#else
    (void)lenient;
#endif
    return line;
}
#endif

}  // namespace detail
}  // namespace sipcode

#endif  // SIPCODE_DETAIL_STATUS_LINE_FAST_HPP
