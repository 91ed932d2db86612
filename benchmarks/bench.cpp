// Times every path with Google Benchmark, in one process and on the same inputs.
//
//   sipcode_bench [--corpus=FILE] [--benchmark_...]        time every path
//   sipcode_bench --list                                   print the path names
//   sipcode_bench --measure=PATH [--input=corpus|typical|CATEGORY] [--passes=N] [--corpus=FILE]
//       run one path N times over the inputs and nothing else, for
//       valgrind --tool=callgrind --collect-atstart=no --toggle-collect='sipcode_bench_measure*'
//       PATH "noop" measures the loop alone, so its count can be subtracted. CATEGORY is one of the
//       corpus categories of status-lines.expected: the corpus lines of that category.
//
// Benchmarks are named corpus/<path> (every corpus line once per iteration), typical/<path> (the
// 35-octet typical line, 100 times per iteration), category/<category>/<path> (the corpus lines of
// one category, for the paths of category_paths only) and lookup/<path> (the code of every corpus
// line); each reports the counter `lines`, the lines (or codes) one iteration reads.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "paths.hpp"

// The measured loops have C names so callgrind's --toggle-collect can name them; collection covers
// these loops and everything they call, and nothing else (not the warm-up, not the set-up).
extern "C" {
[[gnu::noinline]] std::uint64_t sipcode_bench_measure_lines(std::uint64_t (*run)(const input&),
                                                            const input* in, std::size_t n, int passes) {
    std::uint64_t sink = 0;
    for (int p = 0; p < passes; ++p) {
        for (std::size_t i = 0; i < n; ++i) sink += run(in[i]);
    }
    return sink;
}
[[gnu::noinline]] std::uint64_t sipcode_bench_measure_codes(std::uint64_t (*run)(std::uint16_t),
                                                            const std::uint16_t* codes, std::size_t n,
                                                            int passes) {
    std::uint64_t sink = 0;
    for (int p = 0; p < passes; ++p) {
        for (std::size_t i = 0; i < n; ++i) sink += run(codes[i]);
    }
    return sink;
}
}

namespace {

// The paths measured per category too: sipcode and the fastest peer.
constexpr const char* category_paths[] = {"sipcode strict", "sofia-sip sip_status_d"};

[[gnu::noinline]] std::uint64_t noop_line(const input&) { return 0; }
[[gnu::noinline]] std::uint64_t noop_code(std::uint16_t) { return 0; }

struct options {
    std::string corpus = SIPCODE_BENCH_CORPUS;
    std::string measure;
    std::string input = "corpus";
    int passes = 3;
    bool list = false;
};

// Takes our own flags out of argv (Google Benchmark rejects flags it does not know).
options take_options(int& argc, char** argv) {
    options o;
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        auto value = [&](std::string_view flag) { return std::string(a.substr(flag.size())); };
        if (a.rfind("--corpus=", 0) == 0) {
            o.corpus = value("--corpus=");
        } else if (a.rfind("--measure=", 0) == 0) {
            o.measure = value("--measure=");
        } else if (a.rfind("--input=", 0) == 0) {
            o.input = value("--input=");
        } else if (a.rfind("--passes=", 0) == 0) {
            o.passes = std::atoi(value("--passes=").c_str());
        } else if (a == "--list") {
            o.list = true;
        } else {
            argv[out++] = argv[i];
        }
    }
    argc = out;
    return o;
}

std::vector<std::string_view> typical_lines() {
    return std::vector<std::string_view>(100, sipcode_bench::typical_line);
}

// The corpus lines of each category, by category name.
std::map<std::string, std::vector<std::string_view>> lines_by_category(const std::string& corpus_path,
                                                                       const sipcode_bench::corpus& corpus) {
    const std::vector<sipcode_bench::expected_line> expected = sipcode_bench::load_expected(corpus_path);
    if (expected.size() != corpus.lines.size()) {
        throw std::runtime_error(
            "the corpus and its expected file differ in length; run benchmarks/make_corpus.py");
    }
    std::map<std::string, std::vector<std::string_view>> by;
    for (std::size_t i = 0; i < expected.size(); ++i) by[expected[i].category].push_back(corpus.lines[i]);
    return by;
}

std::vector<std::uint16_t> codes_of(const std::vector<input>& inputs) {
    std::vector<std::uint16_t> codes;
    for (const input& in : inputs) codes.push_back(in.code);
    return codes;
}

int measure(const options& o, const std::vector<input>& inputs) {
    std::uint64_t (*line_run)(const input&) = nullptr;
    std::uint64_t (*code_run)(std::uint16_t) = nullptr;
    if (o.measure == "noop") {
        line_run = noop_line;
    } else if (o.measure == "noop-lookup") {
        code_run = noop_code;
    }
    for (const line_path& p : sipcode_bench::line_paths()) {
        if (o.measure == p.name) line_run = p.run;
    }
    for (const lookup_path& p : sipcode_bench::lookup_paths()) {
        if (o.measure == p.name) code_run = p.run;
    }
    std::uint64_t sink = 0;
    if (line_run != nullptr) {
        for (const input& in : inputs) sink += line_run(in);  // warm-up: lazy binding, first-use set-up
        sink += sipcode_bench_measure_lines(line_run, inputs.data(), inputs.size(), o.passes);
    } else if (code_run != nullptr) {
        const std::vector<std::uint16_t> codes = codes_of(inputs);
        for (const std::uint16_t c : codes) sink += code_run(c);
        sink += sipcode_bench_measure_codes(code_run, codes.data(), codes.size(), o.passes);
    } else {
        std::fprintf(stderr, "sipcode_bench: no path named \"%s\" (see --list)\n", o.measure.c_str());
        return 2;
    }
    std::printf("path=%s input=%s lines=%zu passes=%d calls=%zu sink=%llu\n", o.measure.c_str(),
                o.input.c_str(), inputs.size(), o.passes, inputs.size() * static_cast<std::size_t>(o.passes),
                static_cast<unsigned long long>(sink));
    return 0;
}

void run_lines(benchmark::State& state, std::uint64_t (*run)(const input&),
               const std::vector<input>* inputs) {
    for (auto _ : state) {
        std::uint64_t sink = 0;
        for (const input& in : *inputs) sink += run(in);
        benchmark::DoNotOptimize(sink);
    }
    state.counters["lines"] = static_cast<double>(inputs->size());
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(inputs->size()));
}

void run_codes(benchmark::State& state, std::uint64_t (*run)(std::uint16_t),
               const std::vector<std::uint16_t>* codes) {
    for (auto _ : state) {
        std::uint64_t sink = 0;
        for (const std::uint16_t c : *codes) sink += run(c);
        benchmark::DoNotOptimize(sink);
    }
    state.counters["lines"] = static_cast<double>(codes->size());
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(codes->size()));
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const options o = take_options(argc, argv);
        if (o.list) {
            for (const line_path& p : sipcode_bench::line_paths()) std::printf("%s\n", p.name);
            for (const lookup_path& p : sipcode_bench::lookup_paths()) std::printf("%s\n", p.name);
            return 0;
        }
        sipcode_bench::init_peers();
        const sipcode_bench::corpus corpus = sipcode_bench::load_corpus(o.corpus);
        std::vector<input> corpus_inputs = sipcode_bench::make_inputs(corpus.lines);
        std::vector<input> typical_inputs = sipcode_bench::make_inputs(typical_lines());
        // The per-category inputs only when they are used: the heap they take changes what some
        // peers' allocators do (sofia-sip's msg_make counted 600 more instructions per line with
        // them around), and the counts of the other inputs must not depend on them.
        std::map<std::string, std::vector<input>> category_inputs;
        const bool measuring = !o.measure.empty();
        if (!measuring || (o.input != "corpus" && o.input != "typical")) {
            for (const auto& [name, lines] : lines_by_category(o.corpus, corpus)) {
                if (!measuring || name == o.input) category_inputs[name] = sipcode_bench::make_inputs(lines);
            }
        }

        int rc = 0;
        if (!o.measure.empty()) {
            if (o.input == "corpus" || o.input == "typical") {
                rc = measure(o, o.input == "typical" ? typical_inputs : corpus_inputs);
            } else if (category_inputs.count(o.input) != 0) {
                rc = measure(o, category_inputs[o.input]);
            } else {
                std::fprintf(stderr, "sipcode_bench: --input is corpus, typical or a corpus category\n");
                rc = 2;
            }
        } else {
            const std::vector<std::uint16_t> codes = codes_of(corpus_inputs);
            for (const line_path& p : sipcode_bench::line_paths()) {
                benchmark::RegisterBenchmark((std::string("corpus/") + p.name).c_str(), run_lines, p.run,
                                             &corpus_inputs);
            }
            for (const line_path& p : sipcode_bench::line_paths()) {
                benchmark::RegisterBenchmark((std::string("typical/") + p.name).c_str(), run_lines, p.run,
                                             &typical_inputs);
            }
            for (auto& [name, inputs] : category_inputs) {
                for (const line_path& p : sipcode_bench::line_paths()) {
                    if (std::find_if(std::begin(category_paths), std::end(category_paths),
                                     [&](const char* c) { return std::string_view(c) == p.name; }) ==
                        std::end(category_paths)) {
                        continue;
                    }
                    benchmark::RegisterBenchmark(("category/" + name + "/" + p.name).c_str(), run_lines,
                                                 p.run, &inputs);
                }
            }
            for (const lookup_path& p : sipcode_bench::lookup_paths()) {
                benchmark::RegisterBenchmark((std::string("lookup/") + p.name).c_str(), run_codes, p.run,
                                             &codes);
            }
            benchmark::Initialize(&argc, argv);
            if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
            benchmark::RunSpecifiedBenchmarks();
            benchmark::Shutdown();
        }
        for (auto& [name, inputs] : category_inputs) sipcode_bench::release_inputs(inputs);
        sipcode_bench::release_inputs(typical_inputs);
        sipcode_bench::release_inputs(corpus_inputs);
        return rc;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "sipcode_bench: %s\n", e.what());
        return 1;
    }
}
