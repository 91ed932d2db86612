// sipcode's paths: parse + classify in strict and lenient mode, and the lookups by code; the same for
// the C header (paths_sipcode_c.c, compiled as C).
#include <sipcode/sipcode.hpp>

#include <cstdint>

#include "paths.hpp"
#include "paths_sipcode_c.h"

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

// The C paths: one call into the C translation unit (a tail call from here), which parses and
// classifies with everything inlined, as the C++ paths do.
template <bool Lenient>
std::uint64_t run_c_line(const input& in) {
    return Lenient ? sipcode_bench_c_lenient(in.line.data(), in.line.size())
                   : sipcode_bench_c_strict(in.line.data(), in.line.size());
}

template <bool Lenient>
bool observe_c_line(const input& in, observed& out) {
    int code = 0;
    const char* phrase = nullptr;
    std::size_t len = 0;
    if (!sipcode_bench_c_observe(in.line.data(), in.line.size(), Lenient ? 1 : 0, &code, &phrase, &len)) return false;
    out.code = code;
    out.phrase = std::string(phrase, len);
    return true;
}

std::uint64_t run_c_reason(std::uint16_t code) { return sipcode_bench_c_reason(code); }

bool observe_c_reason(std::uint16_t code, std::string& phrase) {
    const char* text = reinterpret_cast<const char*>(static_cast<std::uintptr_t>(sipcode_bench_c_reason(code)));
    phrase = text != nullptr ? std::string(text) : std::string();
    return text != nullptr;
}

}  // namespace

std::vector<line_path> sipcode_lines() {
    return {
        {"sipcode strict", "parse_status_line(line, strict) + classify()",
         run_line<sipcode::parse_mode::strict>, observe_line<sipcode::parse_mode::strict>},
        {"sipcode lenient", "parse_status_line(line, lenient) + classify()",
         run_line<sipcode::parse_mode::lenient>, observe_line<sipcode::parse_mode::lenient>},
        {"sipcode C strict", "C: sipcode_parse_status_line(p, n, SIPCODE_PARSE_STRICT) + sipcode_classify()",
         run_c_line<false>, observe_c_line<false>},
        {"sipcode C lenient", "C: sipcode_parse_status_line(p, n, SIPCODE_PARSE_LENIENT) + sipcode_classify()",
         run_c_line<true>, observe_c_line<true>},
    };
}

std::vector<lookup_path> sipcode_lookups() {
    return {
        {"sipcode reason_phrase", "reason_phrase(code)", run_reason, observe_reason},
        {"sipcode find", "find(code)", run_find, observe_find},
        {"sipcode C reason_phrase", "C: sipcode_reason_phrase(code)", run_c_reason, observe_c_reason},
    };
}

}  // namespace sipcode_bench::adapters
