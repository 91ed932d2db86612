// sipcode internal: what the compiler and platform offer, detected once. Only the runtime fast
// paths (detail/status_line_fast.hpp) depend on these; without them every parser takes its
// constexpr path, which gives the same results.
//
//   SIPCODE_DETAIL_CONSTANT_EVALUATED()  the compiler can tell a constant evaluation from a run
//   SIPCODE_DETAIL_FAST_PREFIX           ... and loads of the fixed-width prefix are little-endian
//   SIPCODE_DETAIL_FAST_PHRASE           ... and SSE2 vectors are available (16 octets at a time)
//   SIPCODE_DETAIL_GENERAL_PATH          the attribute that keeps a general parser out of line
//   detail::at_runtime()                 true at runtime, false in a constant evaluation
#ifndef SIPCODE_DETAIL_CONFIG_HPP
#define SIPCODE_DETAIL_CONFIG_HPP

// Runtime fast paths need to know whether they run in a constant evaluation; without a way to ask,
// the parsers always take their constexpr path.
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
namespace detail {

/** True when running at runtime, where the fast paths may be used; false in a constant evaluation. */
constexpr bool at_runtime() noexcept {
#if defined(SIPCODE_DETAIL_CONSTANT_EVALUATED)
    return !SIPCODE_DETAIL_CONSTANT_EVALUATED();
#else
    return false;
#endif
}

}  // namespace detail
}  // namespace sipcode

#endif  // SIPCODE_DETAIL_CONFIG_HPP
