// Proves the parsers, classify(), the lookups, the telephony functions and the KPI counter never touch the heap: every
// global allocation function is replaced by one that counts, and the count must not move while they run.
#include <sipcode/kpi.hpp>
#include <sipcode/sipcode.hpp>
#include <sipcode/telephony.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <new>
#include <string>
#include <vector>

#include "header_cases.hpp"
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
        for (sipcode::header_field h : c.next.response_headers) sink += sipcode::header_name(h).size();
    }
    const std::size_t after = allocations.load();
    CHECK(sink > 0);
    CHECK(after == before);
}

TEST_CASE("allocations.none_in_the_telephony_functions") {
    // Inputs are prepared before counting starts.
    std::vector<std::string> reasons, retries, warnings;
    for (const auto& c : sipcode_test::reason_cases) reasons.emplace_back(c.input);
    for (const auto& c : sipcode_test::retry_cases) retries.emplace_back(c.input);
    for (const auto& c : sipcode_test::warning_cases) warnings.emplace_back(c.input);
    reasons.push_back("Q.850;cause=16;text=\"" + std::string(1 << 16, 'x') + "\"");
    retries.push_back("120 (" + std::string(1 << 16, 'y') + ");duration=60");
    warnings.push_back("399 host \"" + std::string(1 << 16, 'z') + "\"");
    std::vector<char> unquoted(1 << 17);
    const std::uint16_t collected[] = {503, 407, 501, 404, 100, 200, 603, 486};

    const std::size_t before = allocations.load();
    std::uint64_t sink = 0;
    for (const std::string& in : reasons) {
        for (std::size_t pos = 0;;) {
            const auto r = sipcode::parse_reason(in, pos);
            sink += r.consumed + r.value.cause + sipcode::describe(r.ec).size();
            for (const sipcode::generic_param& p : r.value.params) sink += p.name.size() + p.value.size();
            sink += sipcode::unquote(r.value.text, unquoted.data(), unquoted.size());
            if (!r || r.last) break;
            pos = r.consumed;
        }
        sink += sipcode::find_reason(in, sipcode::reason_protocol::q850).consumed;
    }
    for (const std::string& in : retries) {
        const auto r = sipcode::parse_retry_after(in);
        sink += r.consumed + r.value.seconds + r.value.comment.size() + r.value.params.size();
        for (bool dialog : {false, true}) {
            for (std::uint32_t code = 0; code <= 999; code += 7) {
                const sipcode::request_context req =
                    dialog ? sipcode::in_dialog("INVITE").call_id_owner() : sipcode::out_of_dialog("INVITE");
                const auto a = sipcode::advise(static_cast<std::uint16_t>(code), req, r ? &r.value : nullptr);
                sink += static_cast<std::uint64_t>(a.delay_max.count()) + static_cast<unsigned>(a.step);
                sink += sipcode::describe(a.step).size();
            }
        }
    }
    for (const std::string& in : warnings) {
        for (std::size_t pos = 0;;) {
            const auto r = sipcode::parse_warning(in, pos);
            sink += r.consumed + r.value.code;
            if (const auto* info = sipcode::find_warn_code(r.value.code)) sink += info->text.size();
            if (!r || r.last) break;
            pos = r.consumed;
        }
    }
    for (std::uint32_t cause = 0; cause <= 255; ++cause) {
        const auto c = static_cast<std::uint8_t>(cause);
        sink += sipcode::q850_to_sip(c).status + sipcode::q850_cause_name(c).size();
        sink += sipcode::q850_to_sip(c, sipcode::q850_location::user, true).status;
    }
    for (std::uint32_t status = 0; status <= 999; ++status) {
        const auto s = static_cast<std::uint16_t>(status);
        sink += sipcode::sip_to_q850(s).cause + sipcode::sip_to_q850(s, 305).cause;
        sink += sipcode::user_message(s).size();
    }
    for (std::size_t n = 0; n <= std::size(collected); ++n) sink += sipcode::best_response(collected, n).status;
    const std::size_t after = allocations.load();
    CHECK(sink > 0);
    CHECK(after == before);
}

TEST_CASE("allocations.none_in_the_kpi_sets_and_counter") {
    const std::size_t before = allocations.load();
    std::uint64_t sink = 0;
    sipcode::kpi_counter total;
    for (int round = 0; round < 4; ++round) {
        sipcode::kpi_counter counter;
        for (int code = -1; code <= 1000; ++code) {
            counter.add_session_attempt(code);
            counter.add_registration_attempt(code);
        }
        total += counter;
    }
    for (std::size_t i = 0; i < sipcode::kpi_count; ++i) {
        const auto k = static_cast<sipcode::kpi>(i);
        const sipcode::kpi_ratio r = total.ratio(k);
        sink += r.numerator + r.denominator + (r.defined() && r.value() <= 1.0);
        sink += sipcode::to_string(k).size() + sipcode::describe(k).size() + sipcode::code_set(k).size();
        sink += sipcode::excluded_set(k).size() + (sipcode::find_kpi(sipcode::to_string(k)) != nullptr);
        for (int code = 0; code <= 699; ++code) {
            sink += sipcode::in_numerator(k, code) + sipcode::in_denominator(k, code);
        }
    }
    const std::size_t after = allocations.load();
    CHECK(sink > 0);
    CHECK(after == before);
}
