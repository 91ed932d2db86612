// Test support: a small RFC 4180 reader for the data files (lines starting with '#' are notes).
#ifndef SIPCODE_TESTS_CSV_HPP
#define SIPCODE_TESTS_CSV_HPP

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace sipcode_test {

using csv_row = std::map<std::string, std::string>;

inline std::vector<std::string> split_csv_record(const std::string& text, std::size_t& pos) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (quoted) {
            if (c == '"' && pos + 1 < text.size() && text[pos + 1] == '"') {
                fields.back() += '"';
                ++pos;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c == '\n') {
            ++pos;
            break;
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

/** Reads `path` (relative to the data directory) into rows keyed by the header line's names. */
inline std::vector<csv_row> read_csv(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::stringstream all;
    all << in.rdbuf();
    std::string text;
    {
        std::string line;
        std::istringstream lines(all.str());
        while (std::getline(lines, line)) {
            if (!line.empty() && line[0] == '#') continue;
            text += line;
            text += '\n';
        }
    }
    std::size_t pos = 0;
    const std::vector<std::string> header = split_csv_record(text, pos);
    std::vector<csv_row> rows;
    while (pos < text.size()) {
        const std::vector<std::string> fields = split_csv_record(text, pos);
        if (fields.size() == 1 && fields[0].empty()) continue;
        if (fields.size() != header.size()) throw std::runtime_error("ragged row in " + path);
        csv_row row;
        for (std::size_t i = 0; i < header.size(); ++i) row[header[i]] = fields[i];
        rows.push_back(row);
    }
    return rows;
}

inline std::string data_path(const std::string& file) { return std::string(SIPCODE_DATA_DIR) + "/" + file; }

// The codes of data/iana-sip-response-codes.csv.
inline std::set<int> iana_codes() {
    std::set<int> codes;
    for (const auto& row : read_csv(data_path("iana-sip-response-codes.csv"))) codes.insert(std::stoi(row.at("code")));
    return codes;
}

}  // namespace sipcode_test

#endif
