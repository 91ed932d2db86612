// The correctness and allocation check of every benchmark path, run by CTest.
//
//   sipcode_bench_check [--corpus=FILE] [--iana=FILE] [--json=FILE]
//
// The truth comes from outside the code under test. Lines: benchmarks/make_corpus.py writes, next
// to the corpus, what it put into each line (code, phrase, whether RFC 3261 s25.1 accepts it, a
// category); every path, sipcode's included, is compared with that. A path that accepts a line
// must return its code and phrase. sipcode's strict paths (C++ and C) must accept exactly the
// RFC 3261 lines, its lenient ones every line. Each other path must accept at least every line
// RFC 3261 accepts (all but the strict_rejected category): every RFC 3261 parser must, so an
// adapter that accepts a handful of lines fails. Lines outside RFC 3261 a peer may accept or
// reject, as long as what it returns is right.
//
// Lookups: data/iana-sip-response-codes.csv, read here; the sipcode lookups must return its phrase
// for every code it lists and nothing for the other codes 100..699; a peer's table is compared with
// it and its differences are listed (they are the peer's data, not an error of the adapter), but
// each peer table must agree with it, ignoring case, on most of the codes it knows, or its adapter
// is broken.
//
// Allocations: after a warm-up pass, the heap allocation calls of one pass over the corpus (and
// over the typical line) divided by the lines. Every sipcode path must make none.
//
// Exit status 0 when every check holds; the table goes to stdout, and with --json to FILE as well.
#include <sipcode/sipcode.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "alloc_counter.h"
#include "paths.hpp"

#ifndef SIPCODE_BENCH_IANA
#define SIPCODE_BENCH_IANA "iana-sip-response-codes.csv"
#endif

using sipcode_bench::expected_line;

namespace {

bool is_sipcode(const char* name) { return std::string_view(name).rfind("sipcode", 0) == 0; }

std::string printable(std::string_view s) {
    std::string out;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c < 0x7F) {
            out += static_cast<char>(c);
        } else {
            char hex[5];
            std::snprintf(hex, sizeof hex, "\\x%02X", c);
            out += hex;
        }
    }
    return out;
}

std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\u%04X", c);
            out += hex;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

// data/iana-sip-response-codes.csv: "#" comment lines, a header, then code,reason,... rows (a field
// may be quoted). Returns code -> reason.
std::map<int, std::string> load_iana(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::map<int, std::string> phrases;
    std::string text;
    bool header = true;
    while (std::getline(in, text)) {
        if (!text.empty() && text.back() == '\r') text.pop_back();
        if (text.empty() || text[0] == '#') continue;
        std::vector<std::string> fields(1);
        bool quoted = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.emplace_back();
            } else {
                fields.back() += c;
            }
        }
        if (header) {
            if (fields.size() < 2 || fields[0] != "code" || fields[1] != "reason") {
                throw std::runtime_error(path + ": the header is not code,reason,...");
            }
            header = false;
            continue;
        }
        if (fields.size() < 2) throw std::runtime_error(path + ": malformed row \"" + text + "\"");
        phrases[std::stoi(fields[0])] = fields[1];
    }
    if (phrases.empty()) throw std::runtime_error(path + ": no code");
    return phrases;
}

// The lines a path must accept. sipcode's strict paths: exactly those RFC 3261 accepts (they must
// also reject the others); its lenient paths: every line; any other path: the lines RFC 3261
// accepts, which every RFC 3261 parser must accept.
enum class duty { rfc3261_exactly, every_line, rfc3261 };

duty duty_of(std::string_view name) {
    const std::string_view strict = " strict";  // "sipcode strict", "sipcode C strict"
    if (is_sipcode(name.data()) && name.size() >= strict.size() &&
        name.substr(name.size() - strict.size()) == strict) {
        return duty::rfc3261_exactly;
    }
    if (is_sipcode(name.data())) return duty::every_line;
    return duty::rfc3261;
}

bool must_accept(duty d, const expected_line& e) {
    switch (d) {
        case duty::rfc3261_exactly:
            return e.strict;
        case duty::every_line:
            return true;
        case duty::rfc3261:
            return e.strict;
    }
    return true;
}

const char* describe(duty d) {
    switch (d) {
        case duty::rfc3261_exactly:
            return "exactly the lines RFC 3261 accepts";
        case duty::every_line:
            return "every line";
        case duty::rfc3261:
            return "every line RFC 3261 accepts";
    }
    return "";
}

template <class F>
double allocations_per_call(std::size_t calls, F&& pass) {
    pass();  // warm-up: first-use allocations of a library are not per-line costs
    const unsigned long long before = sipcode_bench_allocations();
    pass();
    const unsigned long long after = sipcode_bench_allocations();
    return static_cast<double>(after - before) / static_cast<double>(calls);
}

struct line_result {
    std::string name;
    std::size_t accepted = 0;
    std::size_t mismatches = 0;
    std::size_t missed = 0;     // lines it must accept and rejected
    std::size_t overreach = 0;  // lines it must reject and accepted (sipcode's strict paths only)
    std::map<std::string, std::size_t> accepted_by_category;
    double allocations = 0;          // per corpus line
    double typical_allocations = 0;  // per typical line
};

struct lookup_result {
    std::string name;
    std::size_t known = 0;         // registered codes the table holds
    std::size_t exact = 0;         // ... with IANA's phrase
    std::size_t other_case = 0;    // ... with IANA's phrase in other letter case
    std::size_t unregistered = 0;  // codes 100..699 IANA has not registered that the table holds
    std::vector<std::string> differences;
    double allocations = 0;
};

}  // namespace

int main(int argc, char** argv) {
    std::string corpus_path = SIPCODE_BENCH_CORPUS;
    std::string iana_path = SIPCODE_BENCH_IANA;
    std::string json_path;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a.rfind("--corpus=", 0) == 0) {
            corpus_path = std::string(a.substr(9));
        } else if (a.rfind("--iana=", 0) == 0) {
            iana_path = std::string(a.substr(7));
        } else if (a.rfind("--json=", 0) == 0) {
            json_path = std::string(a.substr(7));
        } else {
            std::fprintf(stderr, "usage: sipcode_bench_check [--corpus=FILE] [--iana=FILE] [--json=FILE]\n");
            return 2;
        }
    }
    try {
        sipcode_bench::init_peers();
        const sipcode_bench::corpus corpus = sipcode_bench::load_corpus(corpus_path);
        std::vector<input> inputs = sipcode_bench::make_inputs(corpus.lines);
        std::vector<input> typical = sipcode_bench::make_inputs({sipcode_bench::typical_line});
        bool ok = true;
        if (inputs.size() < 1000) {
            std::printf("FAIL: the corpus holds %zu lines, fewer than 1000\n", inputs.size());
            ok = false;
        }

        // The truth: what make_corpus.py put into each line, and IANA's registry.
        const std::vector<expected_line> expected = sipcode_bench::load_expected(corpus_path);
        if (expected.size() != inputs.size()) {
            throw std::runtime_error("the corpus holds " + std::to_string(inputs.size()) +
                                     " lines and its expected file " + std::to_string(expected.size()) +
                                     "; run benchmarks/make_corpus.py");
        }
        const std::map<int, std::string> iana = load_iana(iana_path);
        std::map<std::string, std::size_t> category_lines;
        for (const expected_line& e : expected) ++category_lines[e.category];
        // Categories by number of lines, most first.
        std::vector<std::string> categories;
        for (const auto& [name, count] : category_lines) categories.push_back(name);
        std::stable_sort(categories.begin(), categories.end(),
                         [&](const std::string& a, const std::string& b) {
                             return category_lines[a] > category_lines[b];
                         });
        if (category_lines["canonical"] * 2 < inputs.size()) {
            std::printf("FAIL: fewer than half of the corpus lines are canonical\n");
            ok = false;
        }

        std::vector<line_result> lines;
        for (const line_path& p : sipcode_bench::line_paths()) {
            line_result r;
            r.name = p.name;
            const duty d = duty_of(p.name);
            std::size_t reported = 0;
            for (std::size_t i = 0; i < inputs.size(); ++i) {
                const expected_line& want = expected[i];
                observed got;
                if (!p.observe(inputs[i], got)) {
                    if (must_accept(d, want) && r.missed++ < 5) {
                        std::printf("MISSED %s rejects the %s line \"%s\"\n", p.name, want.category.c_str(),
                                    printable(inputs[i].line).c_str());
                    }
                    continue;
                }
                ++r.accepted;
                ++r.accepted_by_category[want.category];
                if (d == duty::rfc3261_exactly && !want.strict && r.overreach++ < 5) {
                    std::printf("OVERREACH %s accepts \"%s\", which RFC 3261 excludes\n", p.name,
                                printable(inputs[i].line).c_str());
                }
                if (got.code != want.code || got.phrase != want.phrase) {
                    ++r.mismatches;
                    if (reported++ < 5) {
                        std::printf("MISMATCH %s on \"%s\": got %d \"%s\", expected %d \"%s\"\n", p.name,
                                    printable(inputs[i].line).c_str(), got.code,
                                    printable(got.phrase).c_str(), want.code, printable(want.phrase).c_str());
                    }
                }
            }
            r.allocations = allocations_per_call(inputs.size(), [&] {
                std::uint64_t sink = 0;
                for (const input& in : inputs) sink += p.run(in);
                return sink;
            });
            r.typical_allocations = allocations_per_call(1, [&] { return p.run(typical.front()); });
            if (r.mismatches != 0) {
                std::printf("FAIL: %s returns another code or phrase than the corpus holds on %zu lines\n",
                            p.name, r.mismatches);
                ok = false;
            }
            if (r.missed != 0 || r.overreach != 0) {
                std::printf(
                    "FAIL: %s must accept %s; it rejects %zu of them%s\n", p.name, describe(d), r.missed,
                    r.overreach != 0 ? (" and accepts " + std::to_string(r.overreach) + " others").c_str()
                                     : "");
                ok = false;
            }
            if (is_sipcode(p.name) && (r.allocations != 0 || r.typical_allocations != 0)) {
                std::printf("FAIL: %s must not allocate\n", p.name);
                ok = false;
            }
            lines.push_back(r);
        }

        std::vector<std::uint16_t> codes;
        for (const input& in : inputs) codes.push_back(in.code);
        std::vector<lookup_result> lookups;
        for (const lookup_path& p : sipcode_bench::lookup_paths()) {
            lookup_result r;
            r.name = p.name;
            for (unsigned v = 100; v <= 699; ++v) {
                const auto code = static_cast<std::uint16_t>(v);
                const auto row = iana.find(v);
                const std::string_view registered = row == iana.end() ? std::string_view() : row->second;
                std::string got;
                if (!p.observe(code, got)) {
                    if (!registered.empty()) r.differences.push_back(std::to_string(v) + " missing");
                    continue;
                }
                if (registered.empty()) {
                    ++r.unregistered;
                    r.differences.push_back(std::to_string(v) + " \"" + got + "\" is not registered");
                } else if (got == registered) {
                    ++r.known;
                    ++r.exact;
                } else if (equal_ignoring_case(got, registered)) {
                    ++r.known;
                    ++r.other_case;
                } else {
                    ++r.known;
                    r.differences.push_back(std::to_string(v) + " \"" + got + "\" (IANA \"" +
                                            std::string(registered) + "\")");
                }
            }
            r.allocations = allocations_per_call(codes.size(), [&] {
                std::uint64_t sink = 0;
                for (const std::uint16_t c : codes) sink += p.run(c);
                return sink;
            });
            if (is_sipcode(p.name)) {
                if (r.exact != iana.size() || r.unregistered != 0 || r.allocations != 0) {
                    std::printf("FAIL: %s must return exactly the IANA phrases without allocating\n", p.name);
                    ok = false;
                }
            } else if ((r.exact + r.other_case) * 2 < r.known || r.known == 0) {
                std::printf("FAIL: %s agrees with IANA on too few codes: its adapter is broken\n", p.name);
                ok = false;
            }
            lookups.push_back(r);
        }

        std::printf("%zu corpus lines; every accepted line must give the code and phrase %s\n\n",
                    inputs.size(), "benchmarks/make_corpus.py wrote into it");
        std::printf("%-36s %9s %10s %7s %14s %14s\n", "path", "accepted", "mismatches", "missed",
                    "allocs/line", "allocs/typical");
        for (const line_result& r : lines) {
            std::printf("%-36s %9zu %10zu %7zu %14.2f %14.2f\n", r.name.c_str(), r.accepted, r.mismatches,
                        r.missed, r.allocations, r.typical_allocations);
        }
        std::printf("\nlines accepted per category (RFC 3261 accepts all but strict_rejected)\n%-36s",
                    "path");
        for (const std::string& c : categories)
            std::printf(" %*s", static_cast<int>(std::max<std::size_t>(c.size(), 5)), c.c_str());
        std::printf("\n%-36s", "(lines in the corpus)");
        for (const std::string& c : categories) {
            std::printf(" %*zu", static_cast<int>(std::max<std::size_t>(c.size(), 5)), category_lines[c]);
        }
        std::printf("\n");
        for (const line_result& r : lines) {
            std::printf("%-36s", r.name.c_str());
            for (const std::string& c : categories) {
                const auto found = r.accepted_by_category.find(c);
                std::printf(" %*zu", static_cast<int>(std::max<std::size_t>(c.size(), 5)),
                            found == r.accepted_by_category.end() ? std::size_t{0} : found->second);
            }
            std::printf("\n");
        }
        std::printf("\n%-36s %6s %6s %10s %12s %12s\n", "lookup", "known", "exact", "other case",
                    "unregistered", "allocs/call");
        for (const lookup_result& r : lookups) {
            std::printf("%-36s %6zu %6zu %10zu %12zu %12.2f\n", r.name.c_str(), r.known, r.exact,
                        r.other_case, r.unregistered, r.allocations);
        }
        for (const lookup_result& r : lookups) {
            if (r.differences.empty()) continue;
            std::printf("\n%s differs from data/iana-sip-response-codes.csv%s:\n", r.name.c_str(),
                        is_sipcode(r.name.c_str()) ? "" : " (its data, not an adapter error)");
            for (const std::string& d : r.differences) std::printf("  %s\n", d.c_str());
        }

        if (!json_path.empty()) {
            std::ofstream out(json_path);
            out << "{\n  \"lines\": " << inputs.size() << ",\n  \"categories\": {";
            for (std::size_t i = 0; i < categories.size(); ++i) {
                out << (i == 0 ? "" : ", ") << json_string(categories[i]) << ": "
                    << category_lines[categories[i]];
            }
            out << "},\n  \"line_paths\": [\n";
            for (std::size_t i = 0; i < lines.size(); ++i) {
                const line_result& r = lines[i];
                const line_path& p = sipcode_bench::line_paths()[i];
                out << "    {\"name\": " << json_string(r.name) << ", \"what\": " << json_string(p.what)
                    << ", \"accepted\": " << r.accepted << ", \"mismatches\": " << r.mismatches
                    << ", \"allocations\": " << r.allocations
                    << ", \"typical_allocations\": " << r.typical_allocations
                    << ", \"accepted_by_category\": {";
                for (std::size_t k = 0; k < categories.size(); ++k) {
                    const auto found = r.accepted_by_category.find(categories[k]);
                    out << (k == 0 ? "" : ", ") << json_string(categories[k]) << ": "
                        << (found == r.accepted_by_category.end() ? std::size_t{0} : found->second);
                }
                out << "}}" << (i + 1 < lines.size() ? "," : "") << "\n";
            }
            out << "  ],\n  \"lookup_paths\": [\n";
            for (std::size_t i = 0; i < lookups.size(); ++i) {
                const lookup_result& r = lookups[i];
                const lookup_path& p = sipcode_bench::lookup_paths()[i];
                out << "    {\"name\": " << json_string(r.name) << ", \"what\": " << json_string(p.what)
                    << ", \"known\": " << r.known << ", \"exact\": " << r.exact
                    << ", \"other_case\": " << r.other_case << ", \"unregistered\": " << r.unregistered
                    << ", \"allocations\": " << r.allocations << "}" << (i + 1 < lookups.size() ? "," : "")
                    << "\n";
            }
            out << "  ]\n}\n";
        }

        sipcode_bench::release_inputs(typical);
        sipcode_bench::release_inputs(inputs);
        std::printf("\n%s\n", ok ? "every benchmark path agrees with the corpus and IANA" : "CHECK FAILED");
        return ok ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "sipcode_bench_check: %s\n", e.what());
        return 1;
    }
}
