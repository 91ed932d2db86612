// The approaches users write by hand when they have no parser: sscanf, std::regex and splitting a
// std::string. Each is written the way it usually is, correct on valid lines and nothing more.
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <regex>
#include <string>

#include "paths.hpp"

namespace sipcode_bench::adapters {
namespace {

// sscanf needs a NUL-terminated string; a received line is not one, so it is copied first (and the
// copy is part of the cost).
template <class F>
bool with_sscanf(std::string_view line, F&& f) {
    char buffer[1024];
    char phrase[1024];
    if (line.size() >= sizeof buffer) return false;
    std::memcpy(buffer, line.data(), line.size());
    buffer[line.size()] = '\0';
    int code = 0;
    phrase[0] = '\0';
    const int fields = std::sscanf(buffer, "SIP/2.0 %3d %1023[^\r\n]", &code, phrase);
    if (fields < 1) return false;  // one field: the phrase is empty
    f(code, static_cast<const char*>(phrase));
    return true;
}

const std::regex& status_line_regex() {
    static const std::regex re(R"(SIP/2\.0 ([1-6][0-9][0-9]) ([^\r\n]*)\r\n)");
    return re;
}

template <class F>
bool with_regex(std::string_view line, F&& f) {
    std::cmatch m;
    if (!std::regex_match(line.data(), line.data() + line.size(), m, status_line_regex())) return false;
    const int code = (m[1].first[0] - '0') * 100 + (m[1].first[1] - '0') * 10 + (m[1].first[2] - '0');
    f(code, std::string_view(m[2].first, static_cast<std::size_t>(m[2].length())));
    return true;
}

template <class F>
bool with_split(std::string_view line, F&& f) {
    std::string s(line);
    if (s.size() < 2 || s.compare(s.size() - 2, 2, "\r\n") != 0) return false;
    s.resize(s.size() - 2);
    const std::size_t sp1 = s.find(' ');
    if (sp1 == std::string::npos) return false;
    const std::size_t sp2 = s.find(' ', sp1 + 1);
    if (sp2 == std::string::npos) return false;
    const std::string version = s.substr(0, sp1);
    const std::string code = s.substr(sp1 + 1, sp2 - sp1 - 1);
    const std::string phrase = s.substr(sp2 + 1);
    if (version != "SIP/2.0" || code.size() != 3) return false;
    f(std::stoi(code), std::string_view(phrase));
    return true;
}

std::uint64_t digest(int code, const char* phrase) {
    return static_cast<std::uint64_t>(code) + static_cast<unsigned char>(phrase[0]);
}
std::uint64_t digest(int code, std::string_view phrase) {
    return static_cast<std::uint64_t>(code) + phrase.size();
}

template <class Phrase>
void record(observed& out, int code, Phrase phrase) {
    out.code = code;
    out.phrase = std::string(phrase);
}

std::uint64_t run_sscanf(const input& in) {
    std::uint64_t d = 0;
    with_sscanf(in.line, [&](int code, const char* phrase) { d = digest(code, phrase); });
    return d;
}
bool observe_sscanf(const input& in, observed& out) {
    return with_sscanf(in.line, [&](int code, const char* phrase) { record(out, code, phrase); });
}
std::uint64_t run_regex(const input& in) {
    std::uint64_t d = 0;
    with_regex(in.line, [&](int code, std::string_view phrase) { d = digest(code, phrase); });
    return d;
}
bool observe_regex(const input& in, observed& out) {
    return with_regex(in.line, [&](int code, std::string_view phrase) { record(out, code, phrase); });
}
std::uint64_t run_split(const input& in) {
    std::uint64_t d = 0;
    with_split(in.line, [&](int code, std::string_view phrase) { d = digest(code, phrase); });
    return d;
}
bool observe_split(const input& in, observed& out) {
    return with_split(in.line, [&](int code, std::string_view phrase) { record(out, code, phrase); });
}

}  // namespace

std::vector<line_path> naive_lines() {
    return {
        {"naive sscanf", "copy to a C string, sscanf(\"SIP/2.0 %3d %[^\\r\\n]\")", run_sscanf,
         observe_sscanf},
        {"naive std::regex", "std::regex_match with a std::cmatch", run_regex, observe_regex},
        {"naive std::string split", "std::string copy, find(' ') twice, substr x3, std::stoi", run_split,
         observe_split},
    };
}

}  // namespace sipcode_bench::adapters
