// sipcode stats: what happened in a SIP trace, for the engineer on call: messages by method and code,
// retransmissions apart, authentication challenges apart from failures, RFC 6076 KPIs and durations,
// per peer and per minute; as text, JSON, CSV or the Prometheus text exposition format.
//
// read_trace (trace/input.hpp) finds the messages in every input format and hands each one to the
// analysis (trace/analysis.hpp), which keeps bounded state; this file reads the options and prints.
#include "commands.hpp"
#include "common.hpp"
#include "output.hpp"
#include "trace/analysis.hpp"
#include "trace/input.hpp"

#include <sipcode/kpi.hpp>
#include <sipcode/sipcode.hpp>

#include <csignal>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace sipcode::cli {
namespace {

using trace::analysis;
using trace::duration_stats;
using trace::method_row;

constexpr std::string_view help_text =
    "usage: sipcode stats [--format text|json|csv|prometheus] [--top N] [--color WHEN] [FILE...]\n"
    "\n"
    "Reads the SIP messages of a trace: FILEs in order as one trace, or standard input (\"-\" or no\n"
    "FILE). Inputs: raw SIP messages as SIPp, sngrep and stack logs write them, `tshark -V` output,\n"
    "`tshark -T fields -E header=y` output and packet captures (docs/trace-formats.md). Only the start\n"
    "line and header fields of each message are read, never a body (a status line inside a\n"
    "message/sipfrag NOTIFY is not a response).\n"
    "\n"
    "Counts requests by method and responses by CSeq method and code, with retransmissions apart (RFC\n"
    "3261 s17 transactions: the same request again, or a response with the same code, To tag and RSeq\n"
    "in one transaction), 401 and 407 as authentication challenges, not failures; INVITEs without a\n"
    "final response; the RFC 6076 ratios SER, SEER, ISA and IRA and the industry's ASR and NER with\n"
    "their code sets (initial INVITEs counted once each, by their first final response); where the\n"
    "input has timestamps, the RFC 6076 durations SRD, RRD, SDD and SDT, request to first provisional\n"
    "and to final response, and counts per minute; where it has addresses, counts per peer. A ratio\n"
    "with nothing to count is n/a. docs/stats.md says how each figure is counted.\n"
    "\n"
    "Memory stays bounded on input of any size. Ctrl-C (SIGINT) prints the totals so far and exits\n"
    "with status 130. A progress line is shown on stderr when stderr is a terminal.\n"
    "\n"
    "options:\n"
    "  --format FORMAT  text (default); json, one object; csv (RFC 4180), one row per method and\n"
    "                   code: kind,method,code,reason,class,count,resent; prometheus, gauges in the\n"
    "                   text exposition format for node_exporter's textfile collector\n"
    "  --json, --csv    the same as --format json, --format csv\n"
    "  --top N          text: how many method and code rows, and failure codes with hints, to show\n"
    "                   (default 12 and 3; N sets both; 0 for none)\n"
    "  --color WHEN     colour the bars: auto (when stdout is a terminal and NO_COLOR is unset),\n"
    "                   always or never (default auto)\n";

enum class format { text, json, csv, prometheus };

volatile std::sig_atomic_t interrupted = 0;

extern "C" void on_sigint(int) {
    interrupted = 1;
    trace::request_stop();
}

// --- small functions -------------------------------------------------------------------------------

std::string code_label(int code) {
    const auto c = static_cast<std::uint16_t>(code);
    std::string label = std::to_string(code) + ' ';
    if (const status_info* info = find(c)) {
        label += info->reason;
    } else {
        label += "(unregistered, as " + std::to_string(effective_code(c)) + ')';
    }
    return label;
}

std::uint64_t sum(const trace::code_counts& c, int from, int to) {
    std::uint64_t n = 0;
    for (int code = from; code <= to; ++code) n += c[static_cast<std::size_t>(code - 100)];
    return n;
}

std::uint64_t count_of(const trace::code_counts& c, int code) {
    return c[static_cast<std::size_t>(code - 100)];
}

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

// "2026-12-02 10:04" (UTC) for a minute since the epoch.
std::string minute_label(std::int64_t minute) {
    const std::time_t t = static_cast<std::time_t>(minute * 60);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
    return buf;
}

// One KPI row for every output: the counts and the library's words for them.
struct kpi_line {
    kpi id;
    kpi_ratio ratio;
};

std::vector<kpi_line> kpi_lines(const analysis& a) {
    std::vector<kpi_line> lines;
    for (std::size_t i = 0; i < kpi_count; ++i) {
        const auto id = static_cast<kpi>(i);
        lines.push_back({id, a.kpis().ratio(id)});
    }
    return lines;
}

// The RFC 6076 durations and the per-method ones, by name.
struct duration_line {
    std::string name;   // "srd_success", "invite_to_provisional"
    std::string label;  // "SRD success"
    const duration_stats* stats;
};

std::vector<duration_line> duration_lines(const analysis& a) {
    std::vector<duration_line> lines = {
        {"srd_success", "SRD, successful", &a.srd_success()},
        {"srd_failure", "SRD, failed", &a.srd_failure()},
        {"rrd", "RRD", &a.rrd()},
        {"sdd", "SDD", &a.sdd()},
        {"sdt", "SDT", &a.sdt()},
    };
    for (const method_row& m : a.methods()) {
        if (m.name != "INVITE" && m.name != "REGISTER") continue;
        std::string lower = m.name == "INVITE" ? "invite" : "register";
        lines.push_back({lower + "_to_provisional", m.name + " to 1st 1xx", &m.to_provisional});
        lines.push_back({lower + "_to_final", m.name + " to final", &m.to_final});
    }
    return lines;
}

// --- text ----------------------------------------------------------------------------------------

class text_report {
public:
    text_report(output& out, bool color, std::size_t top, std::size_t top_failures)
        : out_(out), color_(color), top_(top), top_failures_(top_failures) {}

    void print(const analysis& a, const trace::input_summary& in) {
        summary(a, in);
        requests(a);
        finals(a);
        codes(a);
        kpis(a);
        durations(a);
        minutes(a);
        peers(a);
        failures(a);
    }

private:
    static constexpr std::size_t bar_width = 30;

    // A table heading: the title over the label column (`width` wide, after two spaces), then each
    // column's name right-aligned to its width.
    using column = std::pair<std::string_view, std::size_t>;
    void heading(std::string_view title, std::size_t width, std::initializer_list<column> columns) {
        out_ << '\n';
        if (color_) out_ << "\x1b[1m";
        out_.pad_right(title, width + 2);
        for (const column& c : columns) {
            out_ << "  ";
            out_.pad_right("", c.second > c.first.size() ? c.second - c.first.size() : 0) << c.first;
        }
        if (color_) out_ << "\x1b[0m";
        out_ << '\n';
    }
    static std::size_t fit(std::size_t width, std::string_view title) {
        return std::max(width, title.size() > 2 ? title.size() - 2 : 0);
    }
    void cell(const std::string& text, std::size_t width) {
        out_ << "  ";
        out_.pad_right("", text.size() < width ? width - text.size() : 0) << text;
    }
    void cell(std::uint64_t n, std::size_t width) {
        out_ << "  ";
        out_.pad_left(n, width);
    }

    void bar(std::uint64_t n, std::uint64_t max, std::string_view color) {
        if (n == 0 || max == 0) return;
        const std::uint64_t len = std::max<std::uint64_t>(1, (n * bar_width + max / 2) / max);
        out_ << "  ";
        if (color_) out_ << color;
        out_.repeat("#", static_cast<std::size_t>(len));
        if (color_) out_ << "\x1b[0m";
    }

    static std::string_view class_color(int code) {
        if (trace::is_challenge(code)) return "\x1b[36m";
        switch (class_of(static_cast<std::uint16_t>(code))) {
            case status_class::provisional:
                return "\x1b[36m";
            case status_class::success:
                return "\x1b[32m";
            case status_class::redirection:
                return "\x1b[34m";
            case status_class::request_failure:
                return "\x1b[33m";
            case status_class::server_failure:
                return "\x1b[31m";
            case status_class::global_failure:
                return "\x1b[35m";
            case status_class::invalid:
                break;
        }
        return "";
    }

    void summary(const analysis& a, const trace::input_summary& in) {
        const std::size_t w = decimal_width(std::max({a.messages(), a.retransmissions(), a.malformed()}));
        out_ << "messages         ";
        out_.pad_left(a.messages(), w) << "  " << a.requests() << " requests, " << a.responses()
                                       << " responses, in " << in.bytes << " bytes\n";
        out_ << "retransmissions  ";
        out_.pad_left(a.retransmissions(), w) << "  counted apart from the first transmissions below\n";
        if (a.malformed() > 0) {
            out_ << "malformed        ";
            out_.pad_left(a.malformed(), w) << "  responses whose status line does not parse, not counted\n";
        }
        const auto& s = a.attempts().sessions;
        std::uint64_t attempts = 0, answered = 0, challenged = 0;
        for (int code = 0; code < 700; ++code) {
            const std::uint64_t n = s[static_cast<std::size_t>(code)];
            attempts += n;
            if (code >= 200 && code < 300) answered += n;
            if (trace::is_challenge(code)) challenged += n;
        }
        out_ << "initial INVITEs  ";
        out_.pad_left(attempts, w) << "  " << answered << " answered, " << challenged << " challenged, "
                                   << s[0] << " without a final response";
        if (a.sessions_open_at_end() > 0) out_ << " (+" << a.sessions_open_at_end() << " open at the end)";
        out_ << '\n';
        if (a.responses_without_request() > 0) {
            out_ << "unmatched        ";
            out_.pad_left(a.responses_without_request(), w)
                << "  responses to requests the trace does not show\n";
        }
        if (a.evicted() > 0) {
            out_ << "evicted          ";
            out_.pad_left(a.evicted(), w)
                << "  transactions dropped to bound memory before their timers ended\n";
        }
    }

    // A table: a label column, then columns right-aligned to the widest of their heading and cells,
    // then a bar scaled to `bar_max`.
    struct grid_row {
        std::string label;  // escaped already
        std::vector<std::string> cells;
        std::uint64_t bar_value = 0;
        std::string_view color;
    };
    void grid(std::string_view title, const std::vector<std::string_view>& headers,
              const std::vector<grid_row>& rows, std::uint64_t bar_max) {
        std::size_t label_width = 0;
        std::vector<std::size_t> widths;
        for (const std::string_view h : headers) widths.push_back(h.size());
        for (const grid_row& r : rows) {
            label_width = std::max(label_width, r.label.size());
            for (std::size_t i = 0; i < r.cells.size() && i < widths.size(); ++i) {
                widths[i] = std::max(widths[i], r.cells[i].size());
            }
        }
        label_width = fit(label_width, title);
        out_ << '\n';
        if (color_) out_ << "\x1b[1m";
        out_.pad_right(title, label_width + 2);
        for (std::size_t i = 0; i < headers.size(); ++i) cell(std::string(headers[i]), widths[i]);
        if (color_) out_ << "\x1b[0m";
        out_ << '\n';
        for (const grid_row& r : rows) {
            out_ << "  ";
            out_.pad_right(r.label, label_width);
            for (std::size_t i = 0; i < r.cells.size() && i < widths.size(); ++i) cell(r.cells[i], widths[i]);
            bar(r.bar_value, bar_max, r.color);
            out_ << '\n';
        }
    }

    void requests(const analysis& a) {
        std::vector<grid_row> rows;
        std::uint64_t max = 0;
        for (const method_row& m : a.methods()) {
            if (m.requests + m.request_resent == 0) continue;
            rows.push_back({escaped(m.name),
                            {std::to_string(m.requests), std::to_string(m.request_resent),
                             std::to_string(m.without_final)},
                            m.requests,
                            "\x1b[36m"});
            max = std::max(max, m.requests);
        }
        if (rows.empty()) return;
        grid("requests", {"count", "resent", "no final"}, rows, max);
    }

    void finals(const analysis& a) {
        std::vector<grid_row> rows;
        for (const method_row& m : a.methods()) {
            const std::uint64_t finals = sum(m.responses, 200, 699);
            if (finals == 0) continue;
            const std::uint64_t challenges = count_of(m.responses, 401) + count_of(m.responses, 407);
            const std::uint64_t c4 = sum(m.responses, 400, 499) - challenges;
            const std::uint64_t c5 = sum(m.responses, 500, 599), c6 = sum(m.responses, 600, 699);
            // Challenges are re-sent with credentials: not failures, and not in the share's base.
            rows.push_back(
                {escaped(m.name),
                 {std::to_string(finals), std::to_string(sum(m.responses, 200, 299)),
                  std::to_string(sum(m.responses, 300, 399)), std::to_string(challenges), std::to_string(c4),
                  std::to_string(c5), std::to_string(c6), percent_string(c4 + c5 + c6, finals - challenges)},
                 0,
                 ""});
        }
        if (rows.empty()) return;
        grid("final responses", {"finals", "2xx", "3xx", "chall.", "4xx", "5xx", "6xx", "failed"}, rows, 0);
    }

    void codes(const analysis& a) {
        std::vector<grid_row> rows;
        std::uint64_t total = 0;
        for (const method_row& m : a.methods()) {
            for (int code = 100; code <= 699; ++code) {
                const std::uint64_t n = count_of(m.responses, code), r = count_of(m.responses_resent, code);
                if (n + r == 0) continue;
                std::string label = escaped(m.name) + ' ' + code_label(code);
                if (trace::is_challenge(code)) label += " (challenge)";
                rows.push_back(
                    {std::move(label), {std::to_string(n), std::to_string(r)}, n, class_color(code)});
                total += n;
            }
        }
        if (rows.empty() || top_ == 0) return;
        std::stable_sort(rows.begin(), rows.end(),
                         [](const grid_row& x, const grid_row& y) { return x.bar_value > y.bar_value; });
        const std::size_t all = rows.size();
        if (rows.size() > top_) rows.resize(top_);
        for (grid_row& r : rows) r.cells.push_back(percent_string(r.bar_value, total));
        grid("responses by method and code", {"count", "resent", "share"}, rows, rows.front().bar_value);
        if (rows.size() < all)
            out_ << "  ... " << all - rows.size() << " more (--top " << all << ", or --format csv)\n";
    }

    void kpis(const analysis& a) {
        std::vector<grid_row> rows;
        for (const kpi_line& k : kpi_lines(a)) {
            std::string name(to_string(k.id));
            for (char& c : name) c = static_cast<char>(c - 'a' + 'A');
            rows.push_back(
                {name,
                 {percent_string(k.ratio.numerator, k.ratio.denominator),
                  std::to_string(k.ratio.numerator) + " of " + std::to_string(k.ratio.denominator)},
                 0,
                 ""});
        }
        grid("KPIs", {"ratio", "attempts"}, rows, 0);
        // What each one is and counts, once, under the figures.
        for (const kpi_line& k : kpi_lines(a)) {
            std::string name(to_string(k.id));
            for (char& c : name) c = static_cast<char>(c - 'a' + 'A');
            out_ << "  ";
            out_.pad_right(name, 4) << "  " << describe(k.id) << ": " << code_set(k.id);
            if (!excluded_set(k.id).empty()) out_ << "; not " << excluded_set(k.id);
            out_ << '\n';
        }
        out_ << "  (initial INVITEs once each, by their first final response; REGISTERs once each)\n";
    }

    void durations(const analysis& a) {
        std::vector<grid_row> rows;
        for (const duration_line& d : duration_lines(a)) {
            if (d.stats->count() == 0) continue;
            grid_row r{d.label, {std::to_string(d.stats->count())}, 0, ""};
            for (const double v : {static_cast<double>(d.stats->min_ns()), d.stats->quantile_ns(0.5),
                                   d.stats->quantile_ns(0.95), static_cast<double>(d.stats->max_ns())}) {
                r.cells.push_back(fixed(v / 1e6, 1));
            }
            rows.push_back(std::move(r));
        }
        if (rows.empty()) return;
        grid("durations (ms)", {"n", "min", "p50", "p95", "max"}, rows, 0);
    }

    static std::string span_label(std::int64_t minutes) {
        if (minutes == 1) return "minute";
        if (minutes % 1440 == 0) return std::to_string(minutes / 1440) + (minutes == 1440 ? " day" : " days");
        if (minutes % 60 == 0) return std::to_string(minutes / 60) + (minutes == 60 ? " hour" : " hours");
        return std::to_string(minutes) + " minutes";
    }

    void minutes(const analysis& a) {
        const auto& m = a.minutes();
        if (m.empty()) return;
        // At most 12 rows: minutes merge into wider buckets when the trace spans more.
        const std::int64_t span = m.rbegin()->first - m.begin()->first;
        std::int64_t width = 0;
        for (const std::int64_t w : {1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440}) {
            if (span / w < 12) {
                width = w;
                break;
            }
        }
        if (width == 0) width = (span / 12 / 1440 + 1) * 1440;  // whole days
        struct bucket {
            std::int64_t start;
            trace::minute_row r;
        };
        std::vector<bucket> buckets;
        // Buckets of a day or less start on the clock (10:05, 10:10); longer ones on the first day.
        const std::int64_t origin =
            width <= 1440 ? 0 : m.begin()->first - (((m.begin()->first % 1440) + 1440) % 1440);
        for (const auto& [minute, r] : m) {
            const std::int64_t offset = minute - origin;
            const std::int64_t start = minute - (((offset % width) + width) % width);
            if (buckets.empty() || buckets.back().start != start) buckets.push_back({start, {}});
            trace::minute_row& b = buckets.back().r;
            b.requests += r.requests;
            b.responses += r.responses;
            b.failures += r.failures;
            b.resent += r.resent;
            b.session_attempts += r.session_attempts;
            b.sessions_established += r.sessions_established;
        }
        std::vector<grid_row> rows;
        std::uint64_t max = 0;
        for (const bucket& b : buckets) {
            rows.push_back(
                {minute_label(b.start),
                 {std::to_string(b.r.requests), std::to_string(b.r.responses), std::to_string(b.r.failures),
                  std::to_string(b.r.resent), percent_string(b.r.sessions_established, b.r.session_attempts)},
                 b.r.requests + b.r.responses,
                 "\x1b[36m"});
            max = std::max(max, b.r.requests + b.r.responses);
        }
        grid("per " + span_label(width) + " (UTC)",
             {"requests", "responses", "failures", "resent", "answered"}, rows, max);
    }

    void peers(const analysis& a) {
        const auto& p = a.peers();
        if (p.empty()) return;
        std::vector<std::pair<std::string_view, const trace::peer_row*>> sorted;
        for (const auto& [addr, r] : p) sorted.emplace_back(addr, &r);
        const auto total = [](const trace::peer_row* r) {
            std::uint64_t n = r->requests_sent + r->requests_received;
            for (const std::uint64_t f : r->finals_sent) n += f;
            return n;
        };
        std::stable_sort(sorted.begin(), sorted.end(),
                         [&](const auto& x, const auto& y) { return total(x.second) > total(y.second); });
        const std::size_t shown = std::min<std::size_t>(sorted.size(), 6);
        std::vector<grid_row> rows;
        for (std::size_t i = 0; i < shown; ++i) {
            const trace::peer_row& r = *sorted[i].second;
            std::uint64_t finals = 0;
            for (const std::uint64_t f : r.finals_sent) finals += f;
            const std::uint64_t failed =
                r.finals_sent[4] + r.finals_sent[5] + r.finals_sent[6] - r.challenges_sent;
            rows.push_back(
                {escaped(sorted[i].first),
                 {std::to_string(r.requests_sent), std::to_string(r.requests_received),
                  std::to_string(finals), std::to_string(r.finals_sent[2]), std::to_string(r.challenges_sent),
                  std::to_string(failed), std::to_string(r.resent)},
                 0,
                 ""});
        }
        grid("per peer", {"req. sent", "received", "finals", "2xx", "chall.", "failed", "resent"}, rows, 0);
        if (shown < sorted.size())
            out_ << "  ... " << sorted.size() - shown << " more (--format json or csv)\n";
    }

    void failures(const analysis& a) {
        if (top_failures_ == 0) return;
        std::array<std::uint64_t, 600> by_code{};
        std::uint64_t total = 0;
        for (const method_row& m : a.methods()) {
            for (int code = 400; code <= 699; ++code) {
                if (trace::is_challenge(code)) continue;
                by_code[static_cast<std::size_t>(code - 100)] += count_of(m.responses, code);
                total += count_of(m.responses, code);
            }
        }
        std::vector<int> codes;
        for (int code = 400; code <= 699; ++code) {
            if (by_code[static_cast<std::size_t>(code - 100)] > 0) codes.push_back(code);
        }
        if (codes.empty()) return;
        std::stable_sort(codes.begin(), codes.end(), [&](int x, int y) {
            return by_code[static_cast<std::size_t>(x - 100)] > by_code[static_cast<std::size_t>(y - 100)];
        });
        if (codes.size() > top_failures_) codes.resize(top_failures_);
        // The hints go under their rows: print the table row by row with the grid's widths.
        std::vector<grid_row> rows;
        for (const int code : codes) {
            const std::uint64_t n = by_code[static_cast<std::size_t>(code - 100)];
            rows.push_back({code_label(code), {std::to_string(n), percent_string(n, total)}, 0, ""});
        }
        std::size_t label_width = 0, count_width = 5;
        for (const grid_row& r : rows) {
            label_width = std::max(label_width, r.label.size());
            count_width = std::max(count_width, r.cells[0].size());
        }
        label_width = fit(label_width, "top failure codes (not 401, 407)");
        heading("top failure codes (not 401, 407)", label_width, {{"count", count_width}, {"share", 6}});
        for (std::size_t i = 0; i < rows.size(); ++i) {
            out_ << "  ";
            out_.pad_right(rows[i].label, label_width);
            cell(rows[i].cells[0], count_width);
            cell(rows[i].cells[1], 6);
            out_ << "\n      hint: " << find(effective_code(static_cast<std::uint16_t>(codes[i])))->hint
                 << '\n';
        }
    }

    static std::string escaped(std::string_view text) {
        std::string s;
        sipcode::escape_copy(text, std::back_inserter(s));
        return s;
    }
    void pad_untrusted(std::string_view text, std::size_t width) { out_.pad_right(escaped(text), width); }

    output& out_;
    bool color_;
    std::size_t top_;
    std::size_t top_failures_;
};

// --- JSON ----------------------------------------------------------------------------------------

void json_duration(output& out, const duration_stats& d) {
    out << "{\"count\": " << d.count();
    if (d.count() == 0) {
        out << ", \"min_ms\": null, \"p50_ms\": null, \"p95_ms\": null, \"max_ms\": null, \"mean_ms\": null}";
        return;
    }
    out << ", \"min_ms\": " << fixed(static_cast<double>(d.min_ns()) / 1e6, 3)
        << ", \"p50_ms\": " << fixed(d.quantile_ns(0.5) / 1e6, 3)
        << ", \"p95_ms\": " << fixed(d.quantile_ns(0.95) / 1e6, 3)
        << ", \"max_ms\": " << fixed(static_cast<double>(d.max_ns()) / 1e6, 3)
        << ", \"mean_ms\": " << fixed(d.mean_ns() / 1e6, 3) << '}';
}

void print_json(output& out, const analysis& a, const trace::input_summary& in, bool stopped) {
    out << "{\n  \"bytes\": " << in.bytes << ",\n  \"interrupted\": " << (stopped ? "true" : "false")
        << ",\n  \"messages\": " << a.messages() << ",\n  \"requests\": " << a.requests()
        << ",\n  \"responses\": " << a.responses() << ",\n  \"retransmissions\": " << a.retransmissions()
        << ",\n  \"malformed\": " << a.malformed()
        << ",\n  \"responses_without_request\": " << a.responses_without_request()
        << ",\n  \"without_transaction\": " << a.without_transaction()
        << ",\n  \"transactions\": {\"peak\": " << a.peak_transactions()
        << ", \"limit\": " << a.limits().max_transactions << ", \"evicted\": " << a.evicted()
        << "},\n  \"methods\": [";
    bool first_method = true;
    for (const method_row& m : a.methods()) {
        out << (first_method ? "" : ",") << "\n    {\"method\": ";
        first_method = false;
        out.json_untrusted(m.name);
        out << ", \"requests\": " << m.requests << ", \"requests_resent\": " << m.request_resent
            << ", \"without_final\": " << m.without_final << ", \"open_at_end\": " << m.open_at_end
            << ",\n     \"responses\": [";
        bool first_code = true;
        for (int code = 100; code <= 699; ++code) {
            const std::uint64_t n = count_of(m.responses, code), r = count_of(m.responses_resent, code);
            if (n + r == 0) continue;
            out << (first_code ? "" : ", ") << "{\"code\": " << code << ", \"count\": " << n
                << ", \"resent\": " << r
                << ", \"challenge\": " << (trace::is_challenge(code) ? "true" : "false") << '}';
            first_code = false;
        }
        out << "],\n     \"to_provisional\": ";
        json_duration(out, m.to_provisional);
        out << ", \"to_final\": ";
        json_duration(out, m.to_final);
        out << '}';
    }
    out << (a.methods().empty() ? "" : "\n  ") << "],\n  \"attempts\": {\"sessions\": {";
    bool first = true;
    for (const auto* set : {&a.attempts().sessions, &a.attempts().registrations}) {
        if (set != &a.attempts().sessions) out << "}, \"registrations\": {";
        first = true;
        for (std::size_t code = 0; code < set->size(); ++code) {
            if ((*set)[code] == 0) continue;
            out << (first ? "" : ", ") << '"' << (code == 0 ? std::string("none") : std::to_string(code))
                << "\": " << (*set)[code];
            first = false;
        }
    }
    out << "}, \"sessions_open_at_end\": " << a.sessions_open_at_end()
        << ", \"registrations_open_at_end\": " << a.registrations_open_at_end() << "},\n  \"kpis\": [";
    first = true;
    for (const kpi_line& k : kpi_lines(a)) {
        out << (first ? "" : ",") << "\n    {\"kpi\": \"" << to_string(k.id) << "\", \"description\": ";
        first = false;
        out.json(describe(k.id));
        out << ", \"counts\": ";
        out.json(code_set(k.id));
        out << ", \"leaves_out\": ";
        out.json(excluded_set(k.id));
        out << ", \"numerator\": " << k.ratio.numerator << ", \"denominator\": " << k.ratio.denominator
            << ", \"ratio\": ";
        out.fraction(k.ratio.numerator, k.ratio.denominator, "null");
        out << '}';
    }
    out << "\n  ],\n  \"durations\": {";
    first = true;
    for (const duration_line& d : duration_lines(a)) {
        out << (first ? "" : ",") << "\n    \"" << d.name << "\": ";
        first = false;
        json_duration(out, *d.stats);
    }
    out << "\n  },\n  \"sdd_timeouts\": " << a.sdd_timeouts() << ",\n  \"peers\": [";
    first = true;
    for (const auto& [addr, r] : a.peers()) {
        out << (first ? "" : ",") << "\n    {\"address\": ";
        first = false;
        out.json_untrusted(addr);
        out << ", \"requests_sent\": " << r.requests_sent
            << ", \"requests_received\": " << r.requests_received << ", \"finals_sent\": {";
        for (std::size_t c = 2; c <= 6; ++c)
            out << (c > 2 ? ", " : "") << '"' << c << "xx\": " << r.finals_sent[c];
        out << "}, \"challenges_sent\": " << r.challenges_sent << ", \"resent\": " << r.resent << '}';
    }
    out << (a.peers().empty() ? "" : "\n  ") << "],\n  \"minutes\": [";
    first = true;
    for (const auto& [minute, r] : a.minutes()) {
        out << (first ? "" : ",") << "\n    {\"minute\": \"" << minute_label(minute)
            << "\", \"requests\": " << r.requests << ", \"responses\": " << r.responses
            << ", \"finals\": " << r.finals << ", \"failures\": " << r.failures
            << ", \"challenges\": " << r.challenges << ", \"resent\": " << r.resent
            << ", \"session_attempts\": " << r.session_attempts
            << ", \"sessions_established\": " << r.sessions_established << '}';
        first = false;
    }
    out << (a.minutes().empty() ? "" : "\n  ") << "]\n}\n";
}

// --- CSV -----------------------------------------------------------------------------------------

void print_csv(output& out, const analysis& a) {
    out << "kind,method,code,reason,class,count,resent\r\n";
    for (const method_row& m : a.methods()) {
        if (m.requests + m.request_resent == 0) continue;
        out << "request,";
        std::string name;
        sipcode::escape_copy(m.name, std::back_inserter(name));
        out.csv(name) << ",,,," << m.requests << ',' << m.request_resent << "\r\n";
    }
    for (const method_row& m : a.methods()) {
        std::string name;
        sipcode::escape_copy(m.name, std::back_inserter(name));
        for (int code = 100; code <= 699; ++code) {
            const std::uint64_t n = count_of(m.responses, code), r = count_of(m.responses_resent, code);
            if (n + r == 0) continue;
            const status_info* info = find(static_cast<std::uint16_t>(code));
            out << "response,";
            out.csv(name) << ',' << code << ',';
            out.csv(info != nullptr ? info->reason : std::string_view())
                << ','
                << (trace::is_challenge(code) ? std::string_view("challenge")
                                              : to_string(class_of(static_cast<std::uint16_t>(code))))
                << ',' << n << ',' << r << "\r\n";
        }
    }
}

// --- Prometheus ----------------------------------------------------------------------------------

// A label value of the text exposition format: input text escaped by escape_copy (no control
// characters, valid UTF-8), then backslash and double quote escaped.
std::string label(std::string_view text) {
    std::string escaped;
    sipcode::escape_copy(text, std::back_inserter(escaped));
    std::string s;
    for (const char c : escaped) {
        if (c == '\\' || c == '"') s += '\\';
        s += c;
    }
    return s;
}

void family(output& out, std::string_view name, std::string_view help) {
    out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << " gauge\n";
}

void print_prometheus(output& out, const analysis& a, const trace::input_summary& in) {
    family(out, "sipcode_trace_bytes", "Bytes of trace read.");
    out << "sipcode_trace_bytes " << in.bytes << '\n';
    family(out, "sipcode_messages", "SIP messages in the trace, retransmissions included.");
    out << "sipcode_messages " << a.messages() << '\n';
    family(out, "sipcode_requests", "SIP requests by method, first transmissions only.");
    for (const method_row& m : a.methods()) {
        if (m.requests > 0)
            out << "sipcode_requests{method=\"" << label(m.name) << "\"} " << m.requests << '\n';
    }
    family(out, "sipcode_request_retransmissions",
           "SIP requests seen again in their transaction, by method.");
    for (const method_row& m : a.methods()) {
        if (m.request_resent > 0) {
            out << "sipcode_request_retransmissions{method=\"" << label(m.name) << "\"} " << m.request_resent
                << '\n';
        }
    }
    family(out, "sipcode_responses",
           "SIP responses by CSeq method and status code, first transmissions only.");
    for (const method_row& m : a.methods()) {
        for (int code = 100; code <= 699; ++code) {
            if (const std::uint64_t n = count_of(m.responses, code)) {
                out << "sipcode_responses{method=\"" << label(m.name) << "\",code=\"" << code << "\"} " << n
                    << '\n';
            }
        }
    }
    family(out, "sipcode_retransmissions",
           "SIP responses seen again (same transaction, code, To tag and RSeq), by CSeq method and status "
           "code.");
    for (const method_row& m : a.methods()) {
        for (int code = 100; code <= 699; ++code) {
            if (const std::uint64_t n = count_of(m.responses_resent, code)) {
                out << "sipcode_retransmissions{method=\"" << label(m.name) << "\",code=\"" << code << "\"} "
                    << n << '\n';
            }
        }
    }
    family(out, "sipcode_transactions_without_final",
           "Transactions whose request was seen and that got no final response, by method.");
    for (const method_row& m : a.methods()) {
        if (m.without_final > 0) {
            out << "sipcode_transactions_without_final{method=\"" << label(m.name) << "\"} "
                << m.without_final << '\n';
        }
    }
    family(out, "sipcode_kpi_ratio",
           "RFC 6076 s4 ratios (ser, seer, isa, ira) and the industry's asr and ner, 0..1; no sample when "
           "the denominator is 0.");
    for (const kpi_line& k : kpi_lines(a)) {
        if (!k.ratio.defined()) continue;
        out << "sipcode_kpi_ratio{kpi=\"" << to_string(k.id) << "\"} ";
        out.fraction(k.ratio.numerator, k.ratio.denominator, "") << '\n';
    }
    family(out, "sipcode_kpi_denominator", "Attempts in each KPI's denominator.");
    for (const kpi_line& k : kpi_lines(a)) {
        out << "sipcode_kpi_denominator{kpi=\"" << to_string(k.id) << "\"} " << k.ratio.denominator << '\n';
    }
    family(out, "sipcode_duration_seconds",
           "RFC 6076 durations (srd_success, srd_failure, rrd, sdd, sdt) and request to first provisional or "
           "final response, by quantile (0.5, 0.95 within 9%); no sample when none was measured.");
    for (const duration_line& d : duration_lines(a)) {
        if (d.stats->count() == 0) continue;
        for (const double q : {0.5, 0.95}) {
            out << "sipcode_duration_seconds{metric=\"" << d.name << "\",quantile=\""
                << (q == 0.5 ? "0.5" : "0.95") << "\"} " << fixed(d.stats->quantile_ns(q) / 1e9, 6) << '\n';
        }
    }
    family(out, "sipcode_duration_samples",
           "How many durations each sipcode_duration_seconds metric measured.");
    for (const duration_line& d : duration_lines(a)) {
        out << "sipcode_duration_samples{metric=\"" << d.name << "\"} " << d.stats->count() << '\n';
    }
}

bool color_from_environment() {
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    return is_terminal(1) && (no_color == nullptr || *no_color == '\0') &&
           (term == nullptr || std::string_view(term) != "dumb");
}

// The progress line on stderr: only when stderr is a terminal, from one second into the input on.
class progress {
public:
    explicit progress(bool enabled) : enabled_(enabled) {}
    void update(std::uint64_t messages) {
        if (!enabled_ || (messages & 0xFFFF) != 0) return;
        const auto now = clock::now();
        const double elapsed = std::chrono::duration<double>(now - start_).count();
        if (elapsed < 1.0) return;
        std::fprintf(stderr, "\rsipcode: stats: %llu messages, %.0f per second ",
                     static_cast<unsigned long long>(messages), static_cast<double>(messages) / elapsed);
        shown_ = true;
    }
    void finish() {
        if (shown_) std::fputs("\r\x1b[K", stderr);
    }

private:
    using clock = std::chrono::steady_clock;
    bool enabled_;
    clock::time_point start_ = clock::now();
    bool shown_ = false;
};

}  // namespace

int run_stats(const arg_list& args) {
    arg_cursor cursor("stats", args);
    format fmt = format::text;
    bool fmt_given = false;
    std::size_t top = 12, top_failures = 3;
    std::string_view color = "auto";
    const auto set_format = [&](format f, std::string_view how) {
        if (fmt_given && fmt != f) cursor.fail(std::string(how) + " conflicts with an earlier output format");
        fmt = f;
        fmt_given = true;
    };
    for (std::string_view opt = cursor.next_option(); !opt.empty(); opt = cursor.next_option()) {
        if (opt == "--help" || opt == "-h") {
            std::fwrite(help_text.data(), 1, help_text.size(), stdout);
            return exit_ok;
        }
        if (opt == "--json") {
            set_format(format::json, "--json");
        } else if (opt == "--csv") {
            set_format(format::csv, "--csv");
        } else if (opt == "--format") {
            const std::string_view v = cursor.value();
            if (v == "text") {
                set_format(format::text, "--format text");
            } else if (v == "json") {
                set_format(format::json, "--format json");
            } else if (v == "csv") {
                set_format(format::csv, "--format csv");
            } else if (v == "prometheus") {
                set_format(format::prometheus, "--format prometheus");
            } else {
                cursor.fail("--format takes text, json, csv or prometheus, not " + quoted(v));
            }
        } else if (opt == "--top") {
            const std::string_view v = cursor.value();
            std::size_t n = 0;
            bool ok = !v.empty() && v.size() <= 6;
            for (const char c : v) {
                ok = ok && c >= '0' && c <= '9';
                n = n * 10 + static_cast<std::size_t>(c - '0');
            }
            if (!ok) cursor.fail("--top needs a number from 0 to 999999, not " + quoted(v));
            top = top_failures = n;
        } else if (opt == "--color" || opt == "--colour") {
            color = cursor.value();
            if (color != "auto" && color != "always" && color != "never") {
                cursor.fail("--color takes auto, always or never, not " + quoted(color));
            }
        } else {
            cursor.unknown_option(opt);
        }
    }
    const std::vector<std::string_view> files = cursor.operands();

    struct sigaction action {};
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: a read blocked on a quiet pipe returns, and the reader stops
    struct sigaction previous {};
    sigaction(SIGINT, &action, &previous);

    analysis a;
    progress meter(is_terminal(2));
    trace::input_summary in;
    try {
        in = trace::read_trace(files, [&](const trace::message& m) {
            a.add(m);
            meter.update(a.messages());
        });
    } catch (usage_error& e) {
        sigaction(SIGINT, &previous, nullptr);
        if (e.command.empty()) e.command = "stats";
        throw;
    }
    sigaction(SIGINT, &previous, nullptr);
    meter.finish();
    a.finish();
    const bool stopped = interrupted != 0 || in.stopped;

    output out(stdout);
    switch (fmt) {
        case format::json:
            print_json(out, a, in, stopped);
            break;
        case format::csv:
            print_csv(out, a);
            break;
        case format::prometheus:
            print_prometheus(out, a, in);
            break;
        case format::text: {
            const bool use_color = color == "always" || (color == "auto" && color_from_environment());
            text_report(out, use_color, top, top_failures).print(a, in);
            break;
        }
    }
    out.flush();
    if (in.messages == 0) {
        const std::string notice = trace::zero_messages_notice(in);
        if (!notice.empty()) std::fprintf(stderr, "sipcode: stats: %s\n", notice.c_str());
    }
    if (stopped) {
        std::fprintf(stderr, "sipcode: stats: interrupted: the totals of the first %llu bytes\n",
                     static_cast<unsigned long long>(in.bytes));
        return 130;  // 128 + SIGINT, as a shell reports a process ended by it
    }
    return exit_ok;
}

}  // namespace sipcode::cli
