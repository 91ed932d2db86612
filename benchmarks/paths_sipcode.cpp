// sipcode's paths: parse + classify in strict and lenient mode, and the lookups by code.
#include <sipcode/sipcode.hpp>

#include <cstdint>

#include "paths.hpp"

namespace sipcode_bench::adapters {

namespace {

// Makes the compiler build `value` in memory, every field of it, as if the program went on to read
// it, with no instruction of its own (an empty asm statement that takes the object as input). Both
// results are complete, as a caller that reads every field needs them.
template <class T>
inline void use(const T& value) {
    asm volatile("" : : "m"(value));
}

template <class F>
bool with_sipcode(std::string_view line, sipcode::parse_mode mode, F&& f) {
    const sipcode::parse_result r = sipcode::parse_status_line(line, mode);
    if (!r) return false;
    const sipcode::classification c = sipcode::classify(r.line);
    f(r, c);
    return true;
}

template <sipcode::parse_mode Mode>
std::uint64_t run_line(const input& in) {
    std::uint64_t digest = 0;
    with_sipcode(in.line, Mode, [&](const sipcode::parse_result& r, const sipcode::classification& c) {
        use(r);
        use(c);
        digest = r.line.code + r.line.reason.size();
    });
    return digest;
}

template <sipcode::parse_mode Mode>
bool observe_line(const input& in, observed& out) {
    return with_sipcode(in.line, Mode, [&](const sipcode::parse_result& r, const sipcode::classification&) {
        out.code = r.line.code;
        out.phrase = std::string(r.line.reason);
    });
}

std::uint64_t run_find(std::uint16_t code) { return reinterpret_cast<std::uintptr_t>(sipcode::find(code)); }

std::uint64_t run_reason(std::uint16_t code) {
    const std::string_view phrase = sipcode::reason_phrase(code);
    return reinterpret_cast<std::uintptr_t>(phrase.data()) + phrase.size();
}

bool observe_find(std::uint16_t code, std::string& phrase) {
    const sipcode::status_info* info = sipcode::find(code);
    if (info == nullptr) return false;
    phrase = std::string(info->reason);
    return true;
}

bool observe_reason(std::uint16_t code, std::string& phrase) {
    phrase = std::string(sipcode::reason_phrase(code));
    return !phrase.empty();
}

}  // namespace

std::vector<line_path> sipcode_lines() {
    return {
        {"sipcode strict", "parse_status_line(line, strict) + classify()",
         run_line<sipcode::parse_mode::strict>, observe_line<sipcode::parse_mode::strict>},
        {"sipcode lenient", "parse_status_line(line, lenient) + classify()",
         run_line<sipcode::parse_mode::lenient>, observe_line<sipcode::parse_mode::lenient>},
    };
}

std::vector<lookup_path> sipcode_lookups() {
    return {
        {"sipcode reason_phrase", "reason_phrase(code)", run_reason, observe_reason},
        {"sipcode find", "find(code)", run_find, observe_find},
    };
}

}  // namespace sipcode_bench::adapters
