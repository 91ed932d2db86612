// sipcode stats: counts the responses in a SIP trace or log of any size in constant memory.
//
// The hot loop reads 1 MiB blocks (a partial last line is carried over to the next block), finds each
// "SIP/2.0" with memchr on '/', parses from there to the end of the line with parse_status_line in
// lenient mode, and counts in a fixed array indexed by code. Nothing is allocated per line.
#include "commands.hpp"
#include "common.hpp"
#include "output.hpp"

#include <sipcode/sipcode.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace sipcode::cli {
namespace {

constexpr std::string_view help_text =
    "usage: sipcode stats [--json|--csv] [--top N] [--color auto|always|never] [FILE|-]\n"
    "\n"
    "Counts the SIP responses in FILE or standard input (\"-\" or no FILE): raw SIP messages as\n"
    "sngrep or SIPp write them, `tshark -V` or `tshark -T fields -e sip.Status-Line` output, or any\n"
    "log. A response is \"SIP/2.0\", spaces or tabs, and a digit, anywhere in a line; the rest of the\n"
    "line is parsed in lenient mode, and one that does not parse is counted as malformed.\n"
    "\n"
    "Prints the number of responses, the failure share (4xx, 5xx and 6xx among the final\n"
    "responses), the counts per class and per code with bar charts, and the most frequent failure\n"
    "codes with what to do about them. Input of any size is read in constant memory; a progress\n"
    "line is shown on stderr for long inputs when stderr is a terminal.\n"
    "\n"
    "options:\n"
    "  --json          the counts as one JSON object\n"
    "  --csv           the per-code counts as CSV (RFC 4180): code,reason,class,registered,\n"
    "                  effective,count,share\n"
    "  --top N         how many failure codes to list (default 5; 0 for none)\n"
    "  --color WHEN    colour the bars: auto (when stdout is a terminal and NO_COLOR is unset),\n"
    "                  always or never (default auto)\n";

enum class format { text, json, csv };

struct counts {
    std::array<std::uint64_t, 1000> by_code{};
    std::uint64_t malformed = 0;
};

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Counts every response in `chunk`, which starts at the start of a line.
void scan(std::string_view chunk, counts& k) {
    const char* const begin = chunk.data();
    const char* const end = begin + chunk.size();
    const char* p = begin;
    while (p < end) {
        const auto* slash = static_cast<const char*>(std::memchr(p, '/', static_cast<std::size_t>(end - p)));
        if (slash == nullptr) return;
        p = slash + 1;
        // "SIP" before the slash (any case, as parse_status_line accepts), "2.0" and SP/HTAB after it.
        if (slash - begin < 3 || end - slash < 6) continue;
        if ((slash[-3] | 0x20) != 's' || (slash[-2] | 0x20) != 'i' || (slash[-1] | 0x20) != 'p') continue;
        if (slash[1] != '2' || slash[2] != '.' || slash[3] != '0') continue;
        const char* q = slash + 4;
        if (*q != ' ' && *q != '\t') continue;  // "SIP/2.0/UDP" of a Via, "SIP/2.0" ending a request line
        while (q < end && (*q == ' ' || *q == '\t')) ++q;
        if (q == end || !is_digit(*q)) continue;
        const auto* nl = static_cast<const char*>(std::memchr(q, '\n', static_cast<std::size_t>(end - q)));
        const char* const line_end = nl != nullptr ? nl : end;
        const char* const start = slash - 3;
        const parse_result r = parse_status_line(
            std::string_view(start, static_cast<std::size_t>(line_end - start)), parse_mode::lenient);
        if (r) {
            ++k.by_code[r.line.code];
        } else {
            ++k.malformed;
        }
        // Go on right after the code: `tshark -T fields` joins the status lines of one frame with ','.
        p = q + 1;
    }
}

// The progress line on stderr: only when stderr is a terminal, from one second into the input on.
class progress {
public:
    progress(bool enabled, std::uint64_t total) : enabled_(enabled), total_(total) {}

    void update(std::uint64_t bytes, const counts& k) {
        if (!enabled_) return;
        const auto now = clock::now();
        const double elapsed = std::chrono::duration<double>(now - start_).count();
        if (elapsed < 1.0 || now - last_ < std::chrono::milliseconds(250)) return;
        last_ = now;
        std::uint64_t responses = 0;
        for (const std::uint64_t n : k.by_code) responses += n;
        const double mb = static_cast<double>(bytes) / 1e6;
        if (total_ > 0) {
            std::fprintf(stderr, "\rsipcode: stats: %.0f of %.0f MB (%.0f%%), %.0f MB/s, %llu responses ", mb,
                         static_cast<double>(total_) / 1e6,
                         100.0 * static_cast<double>(bytes) / static_cast<double>(total_), mb / elapsed,
                         static_cast<unsigned long long>(responses));
        } else {
            std::fprintf(stderr, "\rsipcode: stats: %.0f MB, %.0f MB/s, %llu responses ", mb, mb / elapsed,
                         static_cast<unsigned long long>(responses));
        }
        shown_ = true;
    }
    void finish() {
        if (shown_) std::fputs("\r\x1b[K", stderr);
    }

private:
    using clock = std::chrono::steady_clock;
    bool enabled_;
    std::uint64_t total_;
    clock::time_point start_ = clock::now();
    clock::time_point last_ = start_;
    bool shown_ = false;
};

struct summary {
    std::array<std::uint64_t, 7> by_class{};  // index = status_class
    std::uint64_t responses = 0;
    std::uint64_t final_responses = 0;
    std::uint64_t failures = 0;
    std::vector<std::uint16_t> codes;    // seen, ascending
    std::vector<std::uint16_t> failing;  // 4xx-6xx seen, most frequent first, then ascending
};

summary summarize(const counts& k) {
    summary s;
    for (std::uint16_t code = 100; code <= 699; ++code) {
        const std::uint64_t n = k.by_code[code];
        if (n == 0) continue;
        s.codes.push_back(code);
        s.by_class[static_cast<std::size_t>(class_of(code))] += n;
        s.responses += n;
        if (is_final(code)) s.final_responses += n;
        if (code >= 400) {
            s.failures += n;
            s.failing.push_back(code);
        }
    }
    std::stable_sort(s.failing.begin(), s.failing.end(),
                     [&](std::uint16_t a, std::uint16_t b) { return k.by_code[a] > k.by_code[b]; });
    return s;
}

// "486 Busy Here", or "478 (unregistered, as 400)".
std::string code_label(std::uint16_t code) {
    std::string label = std::to_string(code) + ' ';
    if (const status_info* info = find(code)) {
        label += info->reason;
    } else {
        label += "(unregistered, as " + std::to_string(effective_code(code)) + ')';
    }
    return label;
}

const status_info& acted_row(std::uint16_t code) { return *find(effective_code(code)); }

class text_report {
public:
    text_report(output& out, bool color) : out_(out), color_(color) {}

    void print(const counts& k, const summary& s, std::size_t top) {
        const std::size_t w = std::max({decimal_width(s.responses), decimal_width(k.malformed)});
        out_ << "responses  ";
        out_.pad_left(s.responses, w)
            << "  (" << s.by_class[1] << " provisional, " << s.final_responses << " final)\n";
        out_ << "failures   ";
        out_.pad_left(s.failures, w) << "  ";
        if (s.final_responses > 0)
            out_ << percent_string(s.failures, s.final_responses) << " of final responses ";
        out_ << "(4xx, 5xx, 6xx)\n";
        out_ << "malformed  ";
        out_.pad_left(k.malformed, w) << "  status lines that do not parse, not counted\n";

        std::vector<row> rows;
        for (std::size_t c = 1; c <= 6; ++c) {
            rows.push_back({std::string(class_label(static_cast<status_class>(c))), s.by_class[c],
                            static_cast<status_class>(c)});
        }
        table("by class", "share", rows, s.responses, true);

        if (!s.codes.empty()) {
            rows.clear();
            for (const std::uint16_t code : s.codes)
                rows.push_back({code_label(code), k.by_code[code], class_of(code)});
            table("by code", "share", rows, s.responses, true);
        }

        const std::size_t shown = std::min(top, s.failing.size());
        if (shown > 0) {
            rows.clear();
            for (std::size_t i = 0; i < shown; ++i) {
                const std::uint16_t code = s.failing[i];
                rows.push_back({code_label(code), k.by_code[code], class_of(code)});
            }
            const std::size_t width = label_width(rows, "top failure codes");
            heading("top failure codes", "of failures", width, count_width(rows));
            for (std::size_t i = 0; i < shown; ++i) {
                line(rows[i], width, count_width(rows), s.failures, 0, 0);
                out_ << "      hint: " << acted_row(s.failing[i]).hint << '\n';
            }
        }
    }

private:
    struct row {
        std::string label;
        std::uint64_t count;
        status_class cls;
    };
    static constexpr std::size_t bar_width = 40;

    static std::size_t label_width(const std::vector<row>& rows, std::string_view title) {
        std::size_t w = title.size() > 2 ? title.size() - 2 : 0;
        for (const row& r : rows) w = std::max(w, r.label.size());
        return w;
    }
    static std::size_t count_width(const std::vector<row>& rows) {
        std::size_t w = 5;  // "count"
        for (const row& r : rows) w = std::max(w, decimal_width(r.count));
        return w;
    }

    void heading(std::string_view title, std::string_view share, std::size_t width, std::size_t cw) {
        out_ << '\n';
        if (color_) out_ << "\x1b[1m";
        out_.pad_right(title, width + 2) << "  ";
        out_.pad_right("", cw - 5) << "count  " << share;
        if (color_) out_ << "\x1b[0m";
        out_ << '\n';
    }

    void line(const row& r, std::size_t width, std::size_t cw, std::uint64_t whole, std::uint64_t max,
              std::size_t bar) {
        out_ << "  ";
        out_.pad_right(r.label, width) << "  ";
        out_.pad_left(r.count, cw) << "  ";
        const std::string pct = percent_string(r.count, whole);
        out_.pad_right("", pct.size() < 6 ? 6 - pct.size() : 0) << pct;
        if (bar > 0 && r.count > 0 && max > 0) {
            // Rounded to the nearest column; any non-zero count gets at least one.
            const std::uint64_t len = std::max<std::uint64_t>(1, (r.count * bar + max / 2) / max);
            out_ << "  ";
            if (color_) out_ << class_color(r.cls);
            out_.repeat("#", static_cast<std::size_t>(len));
            if (color_) out_ << "\x1b[0m";
        }
        out_ << '\n';
    }

    void table(std::string_view title, std::string_view share, const std::vector<row>& rows,
               std::uint64_t whole, bool bars) {
        const std::size_t width = label_width(rows, title);
        const std::size_t cw = count_width(rows);
        std::uint64_t max = 0;
        for (const row& r : rows) max = std::max(max, r.count);
        heading(title, share, width, cw);
        for (const row& r : rows) line(r, width, cw, whole, max, bars ? bar_width : 0);
    }

    static std::string_view class_color(status_class c) {
        switch (c) {
        case status_class::provisional: return "\x1b[36m";      // cyan
        case status_class::success: return "\x1b[32m";          // green
        case status_class::redirection: return "\x1b[34m";      // blue
        case status_class::request_failure: return "\x1b[33m";  // yellow
        case status_class::server_failure: return "\x1b[31m";   // red
        case status_class::global_failure: return "\x1b[35m";   // magenta
        case status_class::invalid: break;
        }
        return "";
    }

    output& out_;
    bool color_;
};

void print_json(output& out, const counts& k, const summary& s, std::size_t top, std::uint64_t bytes) {
    out << "{\n  \"bytes\": " << bytes << ",\n  \"responses\": " << s.responses
        << ",\n  \"provisional\": " << s.by_class[1] << ",\n  \"final\": " << s.final_responses
        << ",\n  \"failures\": " << s.failures << ",\n  \"failure_share\": ";
    out.fraction(s.failures, s.final_responses, "null");
    out << ",\n  \"malformed\": " << k.malformed << ",\n  \"classes\": {";
    for (std::size_t c = 1; c <= 6; ++c) {
        out << (c > 1 ? ", " : "") << '"' << c << "xx\": " << s.by_class[c];
    }
    out << "},\n  \"codes\": [";
    for (std::size_t i = 0; i < s.codes.size(); ++i) {
        const std::uint16_t code = s.codes[i];
        const status_info* info = find(code);
        out << (i > 0 ? "," : "") << "\n    {\"code\": " << code << ", \"reason\": ";
        if (info != nullptr) {
            out.json(info->reason);
        } else {
            out << "null";
        }
        out << ", \"class\": \"" << to_string(class_of(code))
            << "\", \"registered\": " << (info != nullptr ? "true" : "false")
            << ", \"effective\": " << effective_code(code) << ", \"count\": " << k.by_code[code]
            << ", \"share\": ";
        out.fraction(k.by_code[code], s.responses, "null");
        out << '}';
    }
    out << (s.codes.empty() ? "" : "\n  ") << "],\n  \"top_failures\": [";
    const std::size_t shown = std::min(top, s.failing.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const std::uint16_t code = s.failing[i];
        out << (i > 0 ? "," : "") << "\n    {\"code\": " << code
            << ", \"effective\": " << effective_code(code) << ", \"count\": " << k.by_code[code]
            << ", \"share_of_failures\": ";
        out.fraction(k.by_code[code], s.failures, "null");
        out << ", \"hint\": ";
        out.json(acted_row(code).hint);
        out << '}';
    }
    out << (shown == 0 ? "" : "\n  ") << "]\n}\n";
}

void print_csv(output& out, const counts& k, const summary& s) {
    out << "code,reason,class,registered,effective,count,share\r\n";
    for (const std::uint16_t code : s.codes) {
        const status_info* info = find(code);
        out << code << ',';
        out.csv(info != nullptr ? info->reason : std::string_view())
            << ',' << to_string(class_of(code)) << ',' << (info != nullptr ? "true" : "false") << ','
            << effective_code(code) << ',' << k.by_code[code] << ',';
        out.fraction(k.by_code[code], s.responses, "") << "\r\n";
    }
}

bool color_from_environment() {
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    return is_terminal(1) && (no_color == nullptr || *no_color == '\0') &&
           (term == nullptr || std::string_view(term) != "dumb");
}

}  // namespace

int run_stats(const arg_list& a) {
    arg_cursor cursor("stats", a);
    format fmt = format::text;
    std::size_t top = 5;
    std::string_view color = "auto";
    for (std::string_view opt = cursor.next_option(); !opt.empty(); opt = cursor.next_option()) {
        if (opt == "--help" || opt == "-h") {
            std::fwrite(help_text.data(), 1, help_text.size(), stdout);
            return exit_ok;
        }
        if (opt == "--json" || opt == "--csv") {
            const format f = opt == "--json" ? format::json : format::csv;
            if (fmt != format::text && fmt != f) cursor.fail("--json and --csv exclude each other");
            fmt = f;
        } else if (opt == "--top") {
            const std::string_view v = cursor.value();
            std::size_t n = 0;
            bool ok = !v.empty() && v.size() <= 6;
            for (const char c : v) {
                ok = ok && is_digit(c);
                n = n * 10 + static_cast<std::size_t>(c - '0');
            }
            if (!ok) cursor.fail("--top needs a number from 0 to 999999, not " + quoted(v));
            top = n;
        } else if (opt == "--color" || opt == "--colour") {
            color = cursor.value();
            if (color != "auto" && color != "always" && color != "never") {
                cursor.fail("--color takes auto, always or never, not " + quoted(color));
            }
        } else {
            cursor.unknown_option(opt);
        }
    }
    const std::vector<std::string_view> operands = cursor.operands();
    if (operands.size() > 1) cursor.fail("takes one FILE, got " + std::to_string(operands.size()));
    const std::string_view path = operands.empty() ? std::string_view("-") : operands[0];

    input in("stats", path);
    chunk_reader reader(in);
    counts k;
    progress meter(is_terminal(2), in.size());
    std::string_view chunk;
    bool whole = true;
    while (reader.next(chunk, whole)) {
        scan(chunk, k);
        meter.update(reader.bytes_read(), k);
    }
    meter.finish();

    const summary s = summarize(k);
    output out(stdout);
    switch (fmt) {
    case format::json: print_json(out, k, s, top, reader.bytes_read()); break;
    case format::csv: print_csv(out, k, s); break;
    case format::text: {
        const bool use_color = color == "always" || (color == "auto" && color_from_environment());
        text_report(out, use_color).print(k, s, top);
        break;
    }
    }
    return exit_ok;
}

}  // namespace sipcode::cli
