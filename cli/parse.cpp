// sipcode parse: one classification per status line of the input.
#include "commands.hpp"
#include "common.hpp"
#include "output.hpp"

#include <sipcode/sipcode.hpp>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace sipcode::cli {
namespace {

constexpr std::string_view help_text =
    "usage: sipcode parse [--json] [--strict] [FILE|-]\n"
    "\n"
    "Reads status lines, or whole SIP messages, from FILE or standard input (\"-\" or no FILE) and\n"
    "prints one line per response: the input line number, the code, the received phrase, the class,\n"
    "how an unregistered or deprecated code is handled, and what a UAC and a proxy do next.\n"
    "\n"
    "A response is a line that starts with \"SIP/\" (any case). Request lines, header fields, bodies\n"
    "and other text are skipped. Each response line is parsed in lenient mode: LF or CRLF or the\n"
    "end of input ends it, runs of spaces or tabs are accepted, the phrase may hold any octet but a\n"
    "control character. A line that starts with \"SIP/\" and does not parse is reported as malformed,\n"
    "with the defect and its byte offset, and the exit status is 1.\n"
    "\n"
    "options:\n"
    "  --json     one JSON object per response line (JSON Lines); phrases and lines are given\n"
    "             escaped as in the text output, then JSON-encoded\n"
    "  --strict   parse as RFC 3261 s25.1 says: the line must end with CRLF, a single SP\n"
    "             separates the fields, the phrase follows the grammar\n";

// Longer lines are cut to this for parsing and printing; a status line is never anywhere near it.
constexpr std::size_t max_line = std::size_t{1} << 16;

bool is_candidate(std::string_view line) {
    return line.size() >= 4 && (line[0] | 0x20) == 's' && (line[1] | 0x20) == 'i' &&
           (line[2] | 0x20) == 'p' && line[3] == '/';
}

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

class parser {
public:
    parser(output& out, bool json, bool strict) : out_(out), json_(json), strict_(strict) {}

    // `line` is one line with its '\n' if it had one.
    void line(std::string_view line) {
        ++number_;
        if (!is_candidate(line)) return;
        ++responses_;
        std::string_view without_lf = line;
        if (!without_lf.empty() && without_lf.back() == '\n') without_lf.remove_suffix(1);
        const parse_result r = strict_ ? parse_status_line(line, parse_mode::strict)
                                       : parse_status_line(without_lf, parse_mode::lenient);
        if (r) {
            print(r.line);
        } else {
            ++malformed_;
            std::string_view shown = without_lf;
            if (!shown.empty() && shown.back() == '\r') shown.remove_suffix(1);
            print_error(r, shown);
        }
    }

    std::uint64_t responses() const { return responses_; }
    std::uint64_t malformed() const { return malformed_; }

private:
    void print(const status_line& l) {
        const classification c = classify(l);
        const bool deprecated = c.info != nullptr && c.info->deprecated;
        if (json_) {
            out_ << "{\"line\":" << number_ << ",\"code\":" << c.code << ",\"reason\":";
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
        out_ << number_ << ": " << c.code << " \"";
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
            out_ << "{\"line\":" << number_ << ",\"error\":\"" << to_string(r.ec)
                 << "\",\"offset\":" << r.consumed << ",\"message\":";
            out_.json(describe(r.ec));
            out_ << ",\"text\":";
            out_.json_untrusted(shown);
            out_ << "}\n";
            return;
        }
        out_ << number_ << ": malformed: " << to_string(r.ec) << " at offset " << r.consumed << " ("
             << describe(r.ec) << "): \"";
        out_.untrusted(shown) << "\"\n";
    }

    output& out_;
    bool json_;
    bool strict_;
    std::uint64_t number_ = 0;
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
    if (operands.size() > 1) cursor.fail("takes one FILE, got " + std::to_string(operands.size()));
    const std::string_view path = operands.empty() ? std::string_view("-") : operands[0];

    input in("parse", path);
    chunk_reader reader(in);
    output out(stdout);
    parser p(out, json, strict);
    std::string pending;  // the start of a line that continues in the next chunk
    std::string_view chunk;
    bool whole = true;
    while (reader.next(chunk, whole)) {
        std::size_t pos = 0;
        while (pos < chunk.size()) {
            const std::size_t lf = chunk.find('\n', pos);
            const std::size_t end = lf == std::string_view::npos ? chunk.size() : lf + 1;
            const std::string_view piece = chunk.substr(pos, end - pos);
            pos = end;
            const bool complete = lf != std::string_view::npos || whole;
            if (!pending.empty() || !complete) {
                pending.append(piece.substr(0, max_line > pending.size() ? max_line - pending.size() : 0));
                if (!complete) continue;
                p.line(pending);
                pending.clear();
            } else {
                p.line(piece.substr(0, max_line));
            }
        }
    }
    if (!pending.empty()) p.line(pending);
    out.flush();
    if (p.malformed() > 0) {
        std::fprintf(stderr, "sipcode: parse: %llu of %llu status lines are malformed\n",
                     static_cast<unsigned long long>(p.malformed()),
                     static_cast<unsigned long long>(p.responses()));
        return exit_malformed;
    }
    return exit_ok;
}

}  // namespace sipcode::cli
