// sipcode table: the registry as markdown (the README's code table), CSV or JSON.
#include "commands.hpp"
#include "common.hpp"
#include "output.hpp"

#include <sipcode/sipcode.hpp>

#include <cstdio>
#include <string_view>

namespace sipcode::cli {
namespace {

constexpr std::string_view help_text =
    "usage: sipcode table [--format md|csv|json]\n"
    "\n"
    "Writes the registry: every IANA-registered SIP response code.\n"
    "\n"
    "  --format md     a markdown table: code, phrase, reference, UAC next step, proxy action and\n"
    "                  the response fields that guide the next step (the default; the README's\n"
    "                  code table is this output)\n"
    "  --format csv    every field of every row, RFC 4180 (CRLF line ends, a header row)\n"
    "  --format json   every field of every row, an array of objects\n";

// Markdown cell text: '|' would end the cell and '\' would escape the next char.
void md_cell(output& out, std::string_view text) {
    for (const char c : text) {
        if (c == '|' || c == '\\') out << '\\';
        out << c;
    }
}

void headers_joined(output& out, header_set headers, std::string_view sep) {
    bool first = true;
    for (const header_field h : headers) {
        if (!first) out << sep;
        out << header_name(h);
        first = false;
    }
}

void headers_json(output& out, header_set headers) {
    out << '[';
    bool first = true;
    for (const header_field h : headers) {
        if (!first) out << ", ";
        out.json(header_name(h));
        first = false;
    }
    out << ']';
}

void print_md(output& out) {
    out << "| Code | Reason phrase | Reference | UAC next step | Proxy | Guided by |\n"
        << "|-----:|---------------|-----------|---------------|-------|-----------|\n";
    for (const status_info& row : registry) {
        out << "| " << row.code << " | ";
        md_cell(out, row.reason);
        // IANA's own description cell reads "Accepted (Deprecated)".
        if (row.deprecated) out << " (Deprecated)";
        out << " | ";
        md_cell(out, row.references);
        out << " | " << to_string(row.retry.uac) << " | " << to_string(row.retry.proxy) << " | ";
        headers_joined(out, row.retry.response_headers, ", ");
        out << (row.retry.response_headers.empty() ? "|\n" : " |\n");
    }
}

void print_csv(output& out) {
    out << "code,reason,class,references,deprecated,uac,proxy,response_headers,request_headers,ends_dialog,"
           "basis,hint,user_message\r\n";
    for (const status_info& row : registry) {
        out << row.code << ',';
        out.csv(row.reason) << ',' << to_string(row.cls) << ',';
        out.csv(row.references) << ',' << (row.deprecated ? "true" : "false") << ','
                                << to_string(row.retry.uac) << ',' << to_string(row.retry.proxy) << ',';
        headers_joined(out, row.retry.response_headers, " ");
        out << ',';
        headers_joined(out, row.retry.request_headers, " ");
        out << ',' << (row.retry.ends_dialog ? "true" : "false") << ',';
        out.csv(row.basis) << ',';
        out.csv(row.hint) << ',';
        out.csv(row.user_message) << "\r\n";
    }
}

void print_json(output& out) {
    out << '[';
    bool first = true;
    for (const status_info& row : registry) {
        out << (first ? "\n" : ",\n") << "  {\"code\": " << row.code << ", \"reason\": ";
        first = false;
        out.json(row.reason);
        out << ", \"class\": \"" << to_string(row.cls) << "\", \"references\": ";
        out.json(row.references);
        out << ", \"deprecated\": " << (row.deprecated ? "true" : "false") << ", \"uac\": \""
            << to_string(row.retry.uac) << "\", \"proxy\": \"" << to_string(row.retry.proxy)
            << "\", \"response_headers\": ";
        headers_json(out, row.retry.response_headers);
        out << ", \"request_headers\": ";
        headers_json(out, row.retry.request_headers);
        out << ", \"ends_dialog\": " << (row.retry.ends_dialog ? "true" : "false") << ", \"basis\": ";
        out.json(row.basis);
        out << ", \"hint\": ";
        out.json(row.hint);
        out << ", \"user_message\": ";
        out.json(row.user_message);
        out << '}';
    }
    out << "\n]\n";
}

}  // namespace

int run_table(const arg_list& a) {
    arg_cursor cursor("table", a);
    std::string_view fmt = "md";
    for (std::string_view opt = cursor.next_option(); !opt.empty(); opt = cursor.next_option()) {
        if (opt == "--help" || opt == "-h") {
            std::fwrite(help_text.data(), 1, help_text.size(), stdout);
            return exit_ok;
        }
        if (opt == "--format") {
            fmt = cursor.value();
            if (fmt != "md" && fmt != "csv" && fmt != "json") {
                cursor.fail("--format takes md, csv or json, not " + quoted(fmt));
            }
        } else {
            cursor.unknown_option(opt);
        }
    }
    const std::vector<std::string_view> operands = cursor.operands();
    if (!operands.empty()) cursor.fail("takes no arguments, got " + quoted(operands[0]));
    output out(stdout);
    if (fmt == "md") {
        print_md(out);
    } else if (fmt == "csv") {
        print_csv(out);
    } else {
        print_json(out);
    }
    return exit_ok;
}

}  // namespace sipcode::cli
