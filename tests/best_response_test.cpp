// best_response (RFC 3261 s16.7 step 6) against a second implementation written straight from the
// rules, over every single code, every pair of codes 300..699 and every triple of registered codes.
#include <sipcode/best_response.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include <sipcode/lookup.hpp>

using sipcode::best_response;
using sipcode::best_response_result;

// The RFC's own example (s16.7 step 6): 503, 407, 501 and 404 received -> forward the 407.
static_assert(best_response({503, 407, 501, 404}).status == 407);
static_assert(best_response({503, 407, 501, 404}).index == 1);
static_assert(best_response({503, 407, 501, 404}).aggregate_challenges);
static_assert(best_response({}).status == 408);
static_assert(best_response({}).synthesized);
static_assert(best_response({503}).status == 500);
static_assert(best_response({486, 603, 404}).status == 603);
static_assert(best_response(std::array<std::uint16_t, 3>{404, 302, 500}).status == 302);

namespace {

// Reference: the rules as the RFC words them, one step at a time, with sipcode's documented tie-breaks.
best_response_result reference(const std::vector<std::uint16_t>& codes) {
    std::vector<std::size_t> stored;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (codes[i] >= 300 && codes[i] <= 699) stored.push_back(i);
    }
    best_response_result r;
    if (stored.empty()) return r;  // 408
    auto cls = [&](std::size_t i) { return static_cast<unsigned>(codes[i] / 100); };
    std::vector<std::size_t> candidates;
    for (std::size_t i : stored) {
        if (cls(i) == 6) candidates.push_back(i);  // MUST choose from 6xx
    }
    if (candidates.empty()) {
        unsigned lowest = 9;
        for (std::size_t i : stored) lowest = std::min(lowest, cls(i));
        for (std::size_t i : stored) {
            if (cls(i) == lowest) candidates.push_back(i);
        }
        std::vector<std::size_t> narrowed;
        for (std::size_t i : candidates) {
            const std::uint16_t c = codes[i];
            if (lowest == 4 && (c == 401 || c == 407 || c == 415 || c == 420 || c == 484)) narrowed.push_back(i);
            if (lowest == 5 && c != 503) narrowed.push_back(i);
        }
        if (!narrowed.empty()) candidates = narrowed;
    }
    std::size_t pick = candidates.front();
    for (std::size_t i : candidates) {
        if (codes[i] < codes[pick]) pick = i;  // lowest code; the earliest among equals
    }
    r.index = pick;
    r.status = codes[pick] == 503 ? std::uint16_t{500} : codes[pick];
    r.synthesized = codes[pick] == 503;
    r.aggregate_challenges = codes[pick] == 401 || codes[pick] == 407;
    return r;
}

void check_same(const std::vector<std::uint16_t>& codes) {
    const best_response_result want = reference(codes);
    const best_response_result got = best_response(codes.data(), codes.size());
    CHECK(got.status == want.status);
    CHECK(got.index == want.index);
    CHECK(got.synthesized == want.synthesized);
    CHECK(got.aggregate_challenges == want.aggregate_challenges);
}

}  // namespace

TEST_CASE("best_response.rfc3261_16_7_rules") {
    // no final response at all
    CHECK(best_response(nullptr, 0).status == 408);
    CHECK(best_response(nullptr, 0).index == best_response_result::npos);
    CHECK(best_response({100, 180, 200, 202}).status == 408);  // never stored: forwarded at once
    CHECK(best_response({0, 99, 700, 999, 65535}).status == 408);
    // 6xx wins, even over a preferred 4xx
    CHECK(best_response({401, 600, 302}).status == 600);
    CHECK(best_response({603, 600}).status == 600);
    CHECK(best_response({603, 600}).index == 1);
    // otherwise the lowest class
    CHECK(best_response({500, 404, 302}).status == 302);
    CHECK(best_response({500, 404}).status == 404);
    // preferred 4xx
    CHECK(best_response({404, 484, 480}).status == 484);
    CHECK(best_response({486, 415, 420}).status == 415);
    CHECK(best_response({407, 401}).status == 401);
    CHECK(best_response({407, 401}).aggregate_challenges);
    CHECK(best_response({486, 404}).status == 404);
    // 503 becomes 500, and only when nothing else in 5xx is there
    CHECK(best_response({503}).status == 500);
    CHECK(best_response({503}).index == 0);
    CHECK(best_response({503}).synthesized);
    CHECK(best_response({503, 503}).index == 0);
    CHECK(best_response({503, 504}).status == 504);
    CHECK_FALSE(best_response({503, 504}).synthesized);
    CHECK(best_response({503, 599}).status == 599);
    CHECK(best_response({503, 404}).status == 404);
    // equal codes: the earliest received
    CHECK(best_response({486, 404, 404}).index == 1);
    // unregistered codes keep their number
    CHECK(best_response({499, 477}).status == 477);
}

TEST_CASE("best_response.every_single_code") {
    for (int code = 0; code <= 999; ++code) {
        const std::uint16_t c = static_cast<std::uint16_t>(code);
        const auto r = best_response(&c, 1);
        INFO("code " << code);
        if (code < 300 || code > 699) {
            CHECK(r.status == 408);
            CHECK(r.synthesized);
        } else {
            CHECK(r.status == (code == 503 ? 500 : code));
            CHECK(r.index == 0);
            CHECK(r.synthesized == (code == 503));
        }
    }
}

TEST_CASE("best_response.every_pair_of_codes_300_to_699") {
    std::vector<std::uint16_t> pair(2);
    for (int a = 300; a <= 699; ++a) {
        for (int b = 300; b <= 699; ++b) {
            pair[0] = static_cast<std::uint16_t>(a);
            pair[1] = static_cast<std::uint16_t>(b);
            const best_response_result want = reference(pair);
            const best_response_result got = best_response(pair.data(), pair.size());
            if (got.status != want.status || got.index != want.index) {
                INFO("pair " << a << ", " << b);
                CHECK(got.status == want.status);
                CHECK(got.index == want.index);
            }
        }
    }
}

TEST_CASE("best_response.every_triple_of_registered_final_codes") {
    std::vector<std::uint16_t> codes;
    for (const auto& row : sipcode::registry) {
        if (row.code >= 300) codes.push_back(row.code);
    }
    codes.push_back(477);  // and a few unregistered ones
    codes.push_back(599);
    codes.push_back(699);
    std::vector<std::uint16_t> triple(3);
    std::size_t mismatches = 0;
    for (std::uint16_t a : codes) {
        for (std::uint16_t b : codes) {
            for (std::uint16_t c : codes) {
                triple = {a, b, c};
                const best_response_result want = reference(triple);
                const best_response_result got = best_response(triple.data(), triple.size());
                mismatches += got.status != want.status || got.index != want.index ||
                              got.aggregate_challenges != want.aggregate_challenges;
            }
        }
    }
    CHECK(mismatches == 0);
    check_same({503, 407, 501, 404, 100, 200, 603});
    check_same({});
}
