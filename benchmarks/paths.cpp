// The list of paths, the corpus reader and the per-line inputs shared by every benchmark binary.
#include "paths.hpp"

#include <sipcode/parse.hpp>

#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace sipcode_bench {

namespace {
template <class T>
void append(std::vector<T>& to, std::vector<T> from) {
    to.insert(to.end(), from.begin(), from.end());
}
}  // namespace

const std::vector<line_path>& line_paths() {
    static const std::vector<line_path> paths = [] {
        std::vector<line_path> v;
        append(v, adapters::sipcode_lines());
        append(v, adapters::sofia_lines());
        append(v, adapters::osip_lines());
        append(v, adapters::bellesip_lines());
        append(v, adapters::libre_lines());
        append(v, adapters::naive_lines());
        return v;
    }();
    return paths;
}

const std::vector<lookup_path>& lookup_paths() {
    static const std::vector<lookup_path> paths = [] {
        std::vector<lookup_path> v;
        append(v, adapters::sipcode_lookups());
        append(v, adapters::osip_lookups());
        append(v, adapters::bellesip_lookups());
        return v;
    }();
    return paths;
}

void init_peers() {
    static const bool done = [] {
        adapters::init_osip();
        adapters::init_bellesip();
        adapters::init_libre();
        return true;
    }();
    (void)done;
}

corpus load_corpus(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open the corpus " + path);
    corpus c;
    c.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    const std::string_view all = c.bytes;
    std::size_t start = 0;
    while (start < all.size()) {
        const std::size_t end = all.find("\r\n", start);
        if (end == std::string_view::npos) {
            throw std::runtime_error(path + ": the last line has no CRLF");
        }
        c.lines.push_back(all.substr(start, end + 2 - start));
        start = end + 2;
    }
    return c;
}

std::vector<expected_line> load_expected(const std::string& corpus_path) {
    std::string path = corpus_path;
    const std::size_t dot = path.rfind('.');
    const std::size_t slash = path.rfind('/');
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) path.resize(dot);
    path += ".expected";
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path + "; run benchmarks/make_corpus.py");
    std::vector<expected_line> lines;
    std::string text;
    while (std::getline(in, text)) {
        if (text.empty() || text[0] == '#') continue;
        // code, phrase as hex ("-" when empty), 0 or 1, category; separated by one SP each
        std::istringstream fields(text);
        expected_line e;
        std::string hex;
        int strict = -1;
        if (!(fields >> e.code >> hex >> strict >> e.category) || (strict != 0 && strict != 1) ||
            (hex != "-" && hex.size() % 2 != 0)) {
            throw std::runtime_error(path + ": malformed line \"" + text + "\"");
        }
        e.strict = strict == 1;
        if (hex != "-") {
            for (std::size_t i = 0; i < hex.size(); i += 2) {
                e.phrase += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
            }
        }
        lines.push_back(std::move(e));
    }
    return lines;
}

std::vector<input> make_inputs(const std::vector<std::string_view>& lines) {
    std::vector<input> inputs(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        input& in = inputs[i];
        in.line = lines[i];
        const sipcode::parse_result r = sipcode::parse_status_line(in.line, sipcode::parse_mode::lenient);
        if (!r || r.consumed != in.line.size()) {
            throw std::runtime_error("not a valid status line: " + std::string(in.line));
        }
        in.code = r.line.code;
        in.response = std::string(in.line) + "\r\n";
        in.with_header = std::string(in.line) + "Content-Length: 0\r\n\r\n";
    }
    for (const line_path& p : line_paths()) {
        if (p.prepare == nullptr) continue;
        for (input& in : inputs) p.prepare(in);
    }
    return inputs;
}

void release_inputs(std::vector<input>& inputs) {
    for (const line_path& p : line_paths()) {
        if (p.release == nullptr) continue;
        for (input& in : inputs) p.release(in);
    }
}

}  // namespace sipcode_bench
