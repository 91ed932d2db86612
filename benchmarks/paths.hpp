// The benchmark's paths: every way of reading a status line (or of looking a phrase up by code) that
// the benchmark compares, behind one interface, so that the timing binary, the correctness check and
// the instruction counter all run exactly the same code.
//
// Each peer's adapter lives in its own translation unit (sofia-sip and libre both define `sip_*`
// names and cannot share one), includes only that peer's public headers, and is written here
// against them.
#ifndef SIPCODE_BENCH_PATHS_HPP
#define SIPCODE_BENCH_PATHS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sipcode_bench {

/** One corpus line, with every form of it some path needs, all prepared before timing starts. */
struct input {
    std::string_view line;  ///< the status line with its CRLF, a view into the corpus buffer
    std::string
        response;  ///< a bare response: the line and the empty line ending the header (NUL-terminated)
    std::string with_header;  ///< the line, "Content-Length: 0" and the empty line (NUL-terminated)
    std::uint16_t code = 0;   ///< the code sipcode read from the line, the key of the lookup paths
    void* peer = nullptr;     ///< state a peer prepares per line (libre: its mbuf)
};

/** What a path read from a line; filled only by the checked entry point. */
struct observed {
    int code = 0;
    std::string phrase;
};

/** A way to read a status line. `run` is what is timed and counted: it returns a value that depends
 *  on the code and the phrase it read (0 when it rejected the line), so nothing can be optimised
 *  away. `observe` does the same work and records the code and phrase for the correctness check. */
struct line_path {
    const char* name;
    const char* what;  ///< one line for the report: the function(s) called
    std::uint64_t (*run)(const input&);
    bool (*observe)(const input&, observed&);
    void (*prepare)(input&) = nullptr;  ///< per-line set-up outside the timed region
    void (*release)(input&) = nullptr;
};

/** A way to look a reason phrase up by code; `observe` returns false when the code is unknown to it. */
struct lookup_path {
    const char* name;
    const char* what;
    std::uint64_t (*run)(std::uint16_t);
    bool (*observe)(std::uint16_t, std::string&);
};

/** Every line path, sipcode strict first (the reference all ratios use). */
const std::vector<line_path>& line_paths();
/** Every lookup path, sipcode first. */
const std::vector<lookup_path>& lookup_paths();

/** One-time initialisation of every peer (oSIP's parser_init, libre_init, ...); idempotent. */
void init_peers();

/** The corpus: the file's bytes, and one view per CRLF-terminated line into them. */
struct corpus {
    std::string bytes;
    std::vector<std::string_view> lines;
};
/** Reads `path`; throws std::runtime_error if it is missing or holds a line without its CRLF. */
corpus load_corpus(const std::string& path);

/** What benchmarks/make_corpus.py put into one corpus line, as it wrote it to the file next to the
 *  corpus (status-lines.expected for status-lines.txt): the truth every path is checked against. */
struct expected_line {
    int code = 0;
    std::string phrase;
    bool strict = false;  ///< RFC 3261 s25.1 accepts the line
    std::string category;
};
/** The expected file of the corpus `corpus_path`, one entry per corpus line; throws
 *  std::runtime_error if it is missing or malformed. */
std::vector<expected_line> load_expected(const std::string& corpus_path);

/** The typical line the per-line targets are stated for: 35 octets, a registered code and phrase. */
inline constexpr std::string_view typical_line = "SIP/2.0 500 Server Internal Error\r\n";

/** Builds the inputs for `lines` (each a status line with its CRLF, as sipcode's lenient mode reads
 *  it: the corpus holds lines strict mode rejects) and runs every path's prepare. */
std::vector<input> make_inputs(const std::vector<std::string_view>& lines);
/** Runs every path's release on `inputs`. */
void release_inputs(std::vector<input>& inputs);

}  // namespace sipcode_bench

// Per translation unit: the paths each adapter file contributes.
namespace sipcode_bench::adapters {
std::vector<line_path> sipcode_lines();
std::vector<lookup_path> sipcode_lookups();
std::vector<line_path> naive_lines();
std::vector<line_path> sofia_lines();
std::vector<line_path> osip_lines();
std::vector<lookup_path> osip_lookups();
std::vector<line_path> bellesip_lines();
std::vector<lookup_path> bellesip_lookups();
std::vector<line_path> libre_lines();
void init_osip();
void init_bellesip();
void init_libre();
}  // namespace sipcode_bench::adapters

// What the two benchmark binaries (bench.cpp, check.cpp) share: the corpus they read by default (the
// build passes its full path), and the names they use.
#ifndef SIPCODE_BENCH_CORPUS
#define SIPCODE_BENCH_CORPUS "status-lines.txt"
#endif

using sipcode_bench::input;
using sipcode_bench::line_path;
using sipcode_bench::lookup_path;
using sipcode_bench::observed;

#endif  // SIPCODE_BENCH_PATHS_HPP
