// sipcode parse: one classification per status line of the input.
#include "commands.hpp"
#include "common.hpp"
#include "output.hpp"
#include "trace/input.hpp"

#include <sipcode/sipcode.hpp>

#include <cstdint>
#include <ctime>
#include <cstdio>
#include <string>
#include <string_view>

namespace sipcode::cli {
namespace {

constexpr std::string_view help_text =
    "usage: sipcode parse [--json] [--strict] [FILE|-]...\n"
    "\n"
    "Reads SIP messages from each FILE in turn, or standard input (\"-\" or no FILE), and prints one\n"
    "line per response: where it was found, the code, the received phrase, the class, how an\n"
    "unregistered or deprecated code is handled, and what a UAC and a proxy do next.\n"
    "\n"
    "The input is read as `sipcode stats` reads it (docs/trace-formats.md): raw SIP messages among\n"
    "other text (a line that starts with \"SIP/\", any case, is a status line; bodies are skipped by\n"
    "Content-Length), `tshark -V` output, or `tshark -T fields -E header=y` output. A response is\n"
    "located by its line number; when the input knows its frame (tshark), by frame number, time and\n"
    "addresses. Each status line is parsed in lenient mode: LF or CRLF or the end of input ends it,\n"
    "runs of spaces or tabs are accepted, the phrase may hold any octet but a control character. A\n"
    "status line that does not parse is reported as malformed, with the defect and its byte offset,\n"
    "and the exit status is 1.\n"
    "\n"
    "options:\n"
    "  --json     one JSON object per response (JSON Lines); phrases and lines are given\n"
    "             escaped as in the text output, then JSON-encoded\n"
    "  --strict   parse as RFC 3261 s25.1 says: the line must end with CRLF, a single SP\n"
    "             separates the fields, the phrase follows the grammar\n";

void print_headers_json(output& out, header_set headers) {
    out << '[';
    bool first = true;
    for (const header_field h : headers) {
        if (!first) out << ',';
        out.json(header_name(h));
        first = false;
    }
    out << ']';
}

// "2025-12-02T10:00:01.123456Z": microseconds, or nanoseconds when the input has them.
std::string iso_time(std::int64_t ns) {
    std::int64_t sec = ns / 1'000'000'000;
    std::int64_t frac = ns % 1'000'000'000;
    if (frac < 0) {
        frac += 1'000'000'000;
        --sec;
    }
    const std::time_t t = static_cast<std::time_t>(sec);
    std::tm tm{};
    char text[64];
    if (gmtime_r(&t, &tm) == nullptr || std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &tm) == 0) {
        return std::to_string(sec);
    }
    char digits[16];
    if (frac % 1000 == 0) {
        std::snprintf(digits, sizeof digits, ".%06lldZ", static_cast<long long>(frac / 1000));
    } else {
        std::snprintf(digits, sizeof digits, ".%09lldZ", static_cast<long long>(frac));
    }
    return std::string(text) + digits;
}

class parser {
public:
    parser(output& out, bool json, bool strict, bool show_file)
        : out_(out), json_(json), strict_(strict), show_file_(show_file) {}

    void message(const trace::message& m) {
        if (m.type != trace::message::kind::response) return;
        ++responses_;
        where_ = &m.seen;
        parse_result r = m.status;
        std::string line;  // the start line with a CRLF, when the input shows no raw head (tshark)
        if (strict_) {
            if (!m.head.empty()) {
                r = parse_status_line(m.head, parse_mode::strict);
            } else {
                line.assign(m.start_line).append("\r\n");
                r = parse_status_line(std::string_view(line), parse_mode::strict);
            }
        }
        if (r) {
            print(r.line);
        } else {
            ++malformed_;
            print_error(r, m.start_line);
        }
    }

    std::uint64_t responses() const { return responses_; }
    std::uint64_t malformed() const { return malformed_; }

private:
    void print(const status_line& l) {
        const classification c = classify(l);
        const bool deprecated = c.info != nullptr && c.info->deprecated;
        if (json_) {
            out_ << '{';
            location_json();
            out_ << "\"code\":" << c.code << ",\"reason\":";
            out_.json_untrusted(l.reason);
            out_ << ",\"class\":\"" << to_string(c.cls) << "\",\"final\":" << (c.is_final ? "true" : "false")
                 << ",\"registered\":" << (c.registered ? "true" : "false")
                 << ",\"deprecated\":" << (deprecated ? "true" : "false") << ",\"effective\":" << c.effective
                 << ",\"uac\":\"" << to_string(c.next.uac) << "\",\"proxy\":\"" << to_string(c.next.proxy)
                 << "\",\"response_headers\":";
            print_headers_json(out_, c.next.response_headers);
            out_ << ",\"request_headers\":";
            print_headers_json(out_, c.next.request_headers);
            out_ << ",\"dialog\":\"" << to_string(c.next.dialog) << "\"}\n";
            return;
        }
        location_text();
        out_ << c.code << " \"";
        out_.untrusted(l.reason) << "\" " << to_string(c.cls);
        if (!c.registered) out_ << ", unregistered";
        if (deprecated) out_ << ", deprecated";
        if (c.effective != c.code) out_ << ", handled as " << c.effective;
        out_ << "; next: " << to_string(c.next.uac) << "; proxy: " << to_string(c.next.proxy);
        if (!c.next.response_headers.empty()) {
            out_ << "; guided by: ";
            bool first = true;
            for (const header_field h : c.next.response_headers) {
                if (!first) out_ << ", ";
                out_ << header_name(h);
                first = false;
            }
        }
        out_ << '\n';
    }

    void print_error(const parse_result& r, std::string_view shown) {
        if (json_) {
            out_ << '{';
            location_json();
            out_ << "\"error\":\"" << to_string(r.ec)
                 << "\",\"offset\":" << r.consumed << ",\"message\":";
            out_.json(describe(r.ec));
            out_ << ",\"text\":";
            out_.json_untrusted(shown);
            out_ << "}\n";
            return;
        }
        location_text();
        out_ << "malformed: " << to_string(r.ec) << " at offset " << r.consumed << " ("
             << describe(r.ec) << "): \"";
        out_.untrusted(shown) << "\"\n";
    }

    // "12: " for a line of text, "frame 2: " when the input knows the frame, then the time, addresses
    // and transport the input knows: "frame 2 2025-12-02T10:00:01.123456Z 192.0.2.1:5060 -> 192.0.2.2:5060
    // UDP: ". The file comes first when there are several.
    void location_text() {
        const trace::origin& o = *where_;
        if (show_file_) out_.untrusted(o.file) << ':';
        if (o.frame == 0) {
            out_ << o.line;
        } else {
            out_ << "frame " << o.frame;
        }
        if (o.time_ns) out_ << ' ' << iso_time(*o.time_ns);
        if (!o.src.empty() || !o.dst.empty()) {
            out_ << ' ';
            out_.untrusted(o.src.empty() ? std::string_view("?") : o.src) << " -> ";
            out_.untrusted(o.dst.empty() ? std::string_view("?") : o.dst);
        }
        if (!o.transport.empty()) out_ << ' ' << o.transport;
        out_ << ": ";
    }

    // "\"line\":12," and whichever of file, frame, time, src, dst and transport the input knows.
    void location_json() {
        const trace::origin& o = *where_;
        if (show_file_) {
            out_ << "\"file\":";
            out_.json_untrusted(o.file) << ',';
        }
        if (o.line != 0) out_ << "\"line\":" << o.line << ',';
        if (o.frame != 0) out_ << "\"frame\":" << o.frame << ',';
        if (o.time_ns) out_ << "\"time\":\"" << iso_time(*o.time_ns) << "\",";
        if (!o.src.empty()) {
            out_ << "\"src\":";
            out_.json_untrusted(o.src) << ',';
        }
        if (!o.dst.empty()) {
            out_ << "\"dst\":";
            out_.json_untrusted(o.dst) << ',';
        }
        if (!o.transport.empty()) out_ << "\"transport\":\"" << o.transport << "\",";
    }

    output& out_;
    bool json_;
    bool strict_;
    bool show_file_;
    const trace::origin* where_ = nullptr;
    std::uint64_t responses_ = 0;
    std::uint64_t malformed_ = 0;
};

}  // namespace

int run_parse(const arg_list& a) {
    arg_cursor cursor("parse", a);
    bool json = false;
    bool strict = false;
    for (std::string_view opt = cursor.next_option(); !opt.empty(); opt = cursor.next_option()) {
        if (opt == "--help" || opt == "-h") {
            std::fwrite(help_text.data(), 1, help_text.size(), stdout);
            return exit_ok;
        }
        if (opt == "--json") {
            json = true;
        } else if (opt == "--strict") {
            strict = true;
        } else {
            cursor.unknown_option(opt);
        }
    }
    const std::vector<std::string_view> operands = cursor.operands();

    output out(stdout);
    parser p(out, json, strict, operands.size() > 1);
    trace::input_summary summary;
    try {
        summary = trace::read_trace(operands, [&](const trace::message& m) { p.message(m); });
    } catch (usage_error& e) {
        if (e.command.empty()) e.command = "parse";
        throw;
    }
    out.flush();
    for (const std::string& note : summary.capture_notes) std::fprintf(stderr, "sipcode: parse: %s\n", note.c_str());
    if (summary.messages == 0 && summary.bytes > 0) {
        std::fprintf(stderr, "sipcode: parse: %s\n", trace::zero_messages_notice(summary).c_str());
    }
    if (p.malformed() > 0) {
        std::fprintf(stderr, "sipcode: parse: %llu of %llu status lines are malformed\n",
                     static_cast<unsigned long long>(p.malformed()),
                     static_cast<unsigned long long>(p.responses()));
        return exit_malformed;
    }
    return exit_ok;
}

}  // namespace sipcode::cli
