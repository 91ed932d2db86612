// sipcode: the best final response of a forking proxy (RFC 3261 s16.7 step 6).
//
//   struct best_response_result { std::uint16_t status; std::size_t index; bool synthesized;
//                                 bool aggregate_challenges; };
//   constexpr best_response_result best_response(const std::uint16_t* codes, std::size_t count) noexcept;
//   constexpr best_response_result best_response(std::initializer_list<std::uint16_t> codes) noexcept;
//   template <std::size_t N>
//   constexpr best_response_result best_response(const std::array<std::uint16_t, N>& codes) noexcept;
//
// Input: the final responses the proxy stored in the response context, in the order they arrived.
// 1xx and 2xx are never stored (step 5 forwards them at once) and values outside 300..699 are not
// responses: all of them are skipped. The rules, in order:
//   1. nothing stored                       -> 408, synthesized (s16.7 step 6, also s16.8 for Timer C)
//   2. any 6xx                              -> a 6xx (MUST)
//   3. otherwise the lowest class present   (SHOULD)
//   4. in 4xx, the codes that tell the client how to resubmit: 401, 407, 415, 420, 484 (SHOULD prefer)
//   5. a chosen 503 is not forwarded: 500 is sent instead, synthesized (SHOULD NOT forward 503)
// The RFC lets the proxy pick "any response within that chosen class"; sipcode's tie-breaks, so that
// the answer never depends on anything but the input:
//   * within the chosen group the lowest code wins (401 before 407 before 415 before 420 before 484;
//     600 before 603; 404 before 480), and among equal codes the earliest received;
//   * in 5xx, 503 is chosen only when every 5xx is a 503: another 5xx is forwarded as received rather
//     than a 503 turned into a synthesized 500;
// `index` is the position of the chosen response in the input (for a 500 made from a 503, the 503's),
// or `npos` when nothing was stored. When the result is 401 or 407, `aggregate_challenges` reminds the
// proxy of step 7: copy every WWW-Authenticate and Proxy-Authenticate of all stored 401/407 into it.
#ifndef SIPCODE_BEST_RESPONSE_HPP
#define SIPCODE_BEST_RESPONSE_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>

namespace sipcode {

struct best_response_result {
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    std::uint16_t status = 408;        ///< the final response to send upstream
    std::size_t index = npos;          ///< which stored response it is (npos: none was stored)
    bool synthesized = true;           ///< the proxy builds it itself: 408 for none, 500 for a 503
    bool aggregate_challenges = false; ///< 401/407: merge the challenges of all 401/407 (step 7)
};

/** True for the 4xx codes s16.7 step 6 says to prefer: 401, 407, 415, 420, 484. */
constexpr bool is_resubmission_hint(std::uint16_t code) noexcept {
    return code == 401 || code == 407 || code == 415 || code == 420 || code == 484;
}

namespace detail {

// Rank of a stored response inside its class: lower is better. Preferred 4xx rank before the other
// 4xx, and 503 ranks after every other 5xx; the code itself breaks the remaining ties.
constexpr unsigned best_rank(std::uint16_t code) noexcept {
    unsigned rank = code;
    if (code / 100 == 4 && !is_resubmission_hint(code)) rank += 1000;
    if (code == 503) rank += 1000;
    return rank;
}

}  // namespace detail

constexpr best_response_result best_response(const std::uint16_t* codes, std::size_t count) noexcept {
    best_response_result r;
    unsigned best_class = 0;
    unsigned best_rank = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint16_t code = codes[i];
        if (code < 300 || code > 699) continue;
        // 6xx beats everything; otherwise the lower class wins.
        const unsigned cls = code / 100U == 6 ? 0U : code / 100U;
        const unsigned rank = detail::best_rank(code);
        if (r.index == best_response_result::npos || cls < best_class || (cls == best_class && rank < best_rank)) {
            r.index = i;
            best_class = cls;
            best_rank = rank;
        }
    }
    if (r.index == best_response_result::npos) return r;  // 408, synthesized
    const std::uint16_t chosen = codes[r.index];
    r.status = chosen == 503 ? std::uint16_t{500} : chosen;
    r.synthesized = chosen == 503;
    r.aggregate_challenges = chosen == 401 || chosen == 407;
    return r;
}

constexpr best_response_result best_response(std::initializer_list<std::uint16_t> codes) noexcept {
    return best_response(codes.begin(), codes.size());
}

template <std::size_t N>
constexpr best_response_result best_response(const std::array<std::uint16_t, N>& codes) noexcept {
    return best_response(codes.data(), N);
}

}  // namespace sipcode

#endif  // SIPCODE_BEST_RESPONSE_HPP
