// Proves the parser, classify() and the lookups never touch the heap: every global allocation
// function is replaced by one that counts, and the count must not move while they run.
#include <sipcode/sipcode.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

#include "parse_cases.hpp"

namespace {
std::atomic<std::size_t> allocations{0};
}

void* operator new(std::size_t size) {
    ++allocations;
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    ++allocations;
    return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

TEST_CASE("allocations.counter_sees_an_allocation") {
    const std::size_t before = allocations.load();
    auto* p = new std::vector<int>(100);
    delete p;
    CHECK(allocations.load() > before);  // the hook works, so a zero below means something
}

TEST_CASE("allocations.none_in_parse_classify_or_lookup") {
    // Inputs are prepared before counting starts.
    std::vector<std::string> inputs;
    for (const auto& c : sipcode_test::parse_cases) inputs.emplace_back(c.input);
    inputs.push_back("SIP/2.0 500 " + std::string(1 << 16, 'x') + "\r\n");

    const std::size_t before = allocations.load();
    std::uint64_t sink = 0;
    for (const std::string& in : inputs) {
        for (auto mode : {sipcode::parse_mode::strict, sipcode::parse_mode::lenient}) {
            const auto r = sipcode::parse_status_line(in, mode);
            const auto c = sipcode::classify(r.line);
            sink += r.consumed + c.effective + sipcode::describe(r.ec).size();
        }
    }
    for (std::uint32_t v = 0; v <= 0xFFFF; ++v) {
        const auto code = static_cast<std::uint16_t>(v);
        const auto c = sipcode::classify(code);
        sink += c.effective + sipcode::reason_phrase(code).size() + (sipcode::find(code) != nullptr);
        for (sipcode::header_field h : c.retry.response_headers) sink += sipcode::header_name(h).size();
    }
    const std::size_t after = allocations.load();
    CHECK(sink > 0);
    CHECK(after == before);
}
