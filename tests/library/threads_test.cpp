// No global or static state is written after start-up. Several threads run classify(), find(),
// reason_phrase() and parse_status_line() over every 16-bit code and every hand-written parse case
// at once, each comparing every answer with the one computed on a single thread before they
// started. Under ThreadSanitizer (preset tsan) a write to anything another thread reads is a
// reported race; in every build the answers must not change, nor the bytes of the tables.
#include <sipcode/sipcode.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <cstdint>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "support/parse_cases.hpp"

namespace {

struct classify_answer {
    sipcode::classification c;
    const sipcode::status_info* row;
    std::string_view phrase;

    bool operator==(const classify_answer& o) const {
        return c.code == o.c.code && c.cls == o.c.cls && c.is_final == o.c.is_final &&
               c.registered == o.c.registered && c.effective == o.c.effective && c.info == o.c.info &&
               c.next.uac == o.c.next.uac && c.next.proxy == o.c.next.proxy &&
               c.next.dialog == o.c.next.dialog && row == o.row &&
               phrase.data() == o.phrase.data() && phrase.size() == o.phrase.size();
    }
};

classify_answer classify_now(std::uint16_t code) {
    return {sipcode::classify(code), sipcode::find(code), sipcode::reason_phrase(code)};
}

struct parse_answer {
    sipcode::parse_errc ec;
    std::size_t consumed;
    std::uint16_t code;
    const char* reason;
    std::size_t reason_size;
    std::size_t escaped_size;

    bool operator==(const parse_answer& o) const {
        return ec == o.ec && consumed == o.consumed && code == o.code && reason == o.reason &&
               reason_size == o.reason_size && escaped_size == o.escaped_size;
    }
};

parse_answer parse_now(std::string_view in, sipcode::parse_mode mode) {
    const sipcode::parse_result r = sipcode::parse_status_line(in, mode);
    return {r.ec,
            r.consumed,
            r.line.code,
            r.line.reason.data(),
            r.line.reason.size(),
            sipcode::escaped_size(r.line.reason)};
}

template <class T>
std::vector<unsigned char> bytes_of(const T& object) {
    std::vector<unsigned char> b(sizeof object);
    std::memcpy(b.data(), &object, sizeof object);
    return b;
}

}  // namespace

TEST_CASE("threads.lookups_and_parser_agree_across_threads") {
    constexpr unsigned thread_count = 4;
    constexpr unsigned rounds = 8;

    // Inputs and single-thread answers, all made before any other thread exists.
    std::vector<std::string> inputs;
    for (const auto& c : sipcode_test::parse_cases) inputs.emplace_back(c.input);
    inputs.push_back(
        "SIP/2.0 486 Busy \xe2\x80\xae"
        "ereH\r\n");
    inputs.push_back("SIP/2.0 500 " + std::string(4096, 'x') + "\r\n");
    std::vector<classify_answer> expected_codes;
    for (std::uint32_t v = 0; v <= 0xFFFF; ++v)
        expected_codes.push_back(classify_now(static_cast<std::uint16_t>(v)));
    std::vector<parse_answer> expected_parses;
    for (const std::string& in : inputs) {
        expected_parses.push_back(parse_now(in, sipcode::parse_mode::strict));
        expected_parses.push_back(parse_now(in, sipcode::parse_mode::lenient));
    }
    const auto registry_before = bytes_of(sipcode::registry);
    const auto index_before = bytes_of(sipcode::detail::registry_index);
    const auto char_classes_before = bytes_of(sipcode::detail::char_classes);

    std::atomic<unsigned> waiting{thread_count};
    std::atomic<std::size_t> mismatches{0};
    std::atomic<std::size_t> checked{0};
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < thread_count; ++t) {
        threads.emplace_back([&, t] {
            --waiting;
            while (waiting.load() != 0) std::this_thread::yield();  // start together
            std::size_t bad = 0, done = 0;
            for (unsigned round = 0; round < rounds; ++round) {
                // Each thread walks the codes from a different starting point.
                for (std::uint32_t k = 0; k <= 0xFFFF; ++k) {
                    const auto code = static_cast<std::uint16_t>(k + t * 16411U + round * 257U);
                    if (!(classify_now(code) == expected_codes[code])) ++bad;
                    ++done;
                }
                for (std::size_t i = 0; i < inputs.size(); ++i) {
                    const std::size_t at = (i + t * 37U) % inputs.size();
                    if (!(parse_now(inputs[at], sipcode::parse_mode::strict) == expected_parses[2 * at]))
                        ++bad;
                    if (!(parse_now(inputs[at], sipcode::parse_mode::lenient) == expected_parses[2 * at + 1]))
                        ++bad;
                    done += 2;
                }
            }
            mismatches += bad;
            checked += done;
        });
    }
    for (std::thread& th : threads) th.join();

    CHECK(mismatches.load() == 0);
    CHECK(checked.load() == thread_count * rounds * (0x10000 + 2 * inputs.size()));
    CHECK(bytes_of(sipcode::registry) == registry_before);
    CHECK(bytes_of(sipcode::detail::registry_index) == index_before);
    CHECK(bytes_of(sipcode::detail::char_classes) == char_classes_before);
}
