// sipcode table: the registry as markdown (the code table of docs/codes.md), CSV or JSON.
#include "commands.hpp"
#include "common.hpp"
#include "output.hpp"

#include <sipcode/advice.hpp>
#include <sipcode/sipcode.hpp>

#include <cstdio>
#include <iterator>
#include <string_view>

namespace sipcode::cli {
namespace {

constexpr std::string_view help_text =
    "usage: sipcode table [--next] [--format md|csv|json]\n"
    "\n"
    "Writes the registry: every IANA-registered SIP response code.\n"
    "\n"
    "  --format md     a markdown table: code, phrase, reference, UAC next step, proxy action, what\n"
    "                  the response does to a dialog and the response fields that guide the next\n"
    "                  step (the default; the code table of docs/codes.md is this output)\n"
    "  --format csv    every field of every row, RFC 4180 (CRLF line ends, a header row)\n"
    "  --format json   every field of every row, an array of objects\n"
    "  --next          instead, what a UAC does after each code in each request context\n"
    "                  (md or csv): the step advise() gives, \"+BYE\" when it ends an invite usage\n"
    "                  with BYE, and the dialog effect in brackets when the step does not say it\n"
    "                  (the table of docs/next-steps.md is this output)\n";

/** The request contexts of `table --next`, in column order. */
struct context_column {
    std::string_view title;
    request_context request;
};
constexpr context_column next_columns[] = {
    {"INVITE", out_of_dialog("INVITE")},
    {"re-INVITE", in_dialog("INVITE")},
    {"UPDATE", in_dialog("UPDATE")},
    {"PRACK", in_dialog("PRACK")},
    {"BYE", in_dialog("BYE")},
    {"CANCEL", in_dialog("CANCEL")},
    {"SUBSCRIBE refresh", in_dialog("SUBSCRIBE")},
    {"NOTIFY", in_dialog("NOTIFY")},
    {"NOTIFY terminated", in_dialog("NOTIFY").terminating()},
    {"REFER", in_dialog("REFER")},
    {"INFO", in_dialog("INFO")},
    {"OPTIONS, MESSAGE", in_dialog("OPTIONS")},
    {"REGISTER", out_of_dialog("REGISTER")},
};

/** One cell: "end_usage +BYE", "done [usage]", "give_up". */
void next_cell(output& out, const advice& a) {
    out << to_string(a.step);
    if (a.send_bye) out << " +BYE";
    const bool said = a.step == next_step::end_usage || a.step == next_step::end_dialog;
    const bool notable = a.dialog == dialog_effect::usage || a.dialog == dialog_effect::dialog;
    if (notable && !said) out << " [" << to_string(a.dialog) << ']';
}

void print_next(output& out, bool csv) {
    out << (csv ? "code" : "| Code");
    for (const context_column& col : next_columns) {
        if (csv) {
            out << ',';
            out.csv(col.title);
        } else {
            out << " | " << col.title;
        }
    }
    out << (csv ? "\r\n" : " |\n|-----:");
    if (!csv) {
        for (std::size_t i = 0; i < std::size(next_columns); ++i) out << "|---";
        out << "|\n";
    }
    for (const status_info& row : registry) {
        out << (csv ? "" : "| ") << row.code;
        for (const context_column& col : next_columns) {
            out << (csv ? "," : " | ");
            next_cell(out, advise(row.code, col.request));
        }
        out << (csv ? "\r\n" : " |\n");
    }
}

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
    out << "| Code | Reason phrase | Reference | UAC next step | Proxy | In a dialog | Guided by |\n"
        << "|-----:|---------------|-----------|---------------|-------|-------------|-----------|\n";
    for (const status_info& row : registry) {
        out << "| " << row.code << " | ";
        md_cell(out, row.reason);
        // IANA's own description cell reads "Accepted (Deprecated)".
        if (row.deprecated) out << " (Deprecated)";
        out << " | ";
        md_cell(out, row.references);
        out << " | " << to_string(row.next.uac) << " | " << to_string(row.next.proxy) << " | "
            << to_string(row.next.dialog) << " | ";
        headers_joined(out, row.next.response_headers, ", ");
        out << (row.next.response_headers.empty() ? "|\n" : " |\n");
    }
}

void print_csv(output& out) {
    out << "code,reason,class,references,deprecated,uac,proxy,response_headers,request_headers,dialog,"
           "dialog_basis,basis,hint,user_message\r\n";
    for (const status_info& row : registry) {
        out << row.code << ',';
        out.csv(row.reason) << ',' << to_string(row.cls) << ',';
        out.csv(row.references) << ',' << (row.deprecated ? "true" : "false") << ','
                                << to_string(row.next.uac) << ',' << to_string(row.next.proxy) << ',';
        headers_joined(out, row.next.response_headers, " ");
        out << ',';
        headers_joined(out, row.next.request_headers, " ");
        out << ',' << to_string(row.next.dialog) << ',';
        out.csv(row.dialog_basis) << ',';
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
            << to_string(row.next.uac) << "\", \"proxy\": \"" << to_string(row.next.proxy)
            << "\", \"response_headers\": ";
        headers_json(out, row.next.response_headers);
        out << ", \"request_headers\": ";
        headers_json(out, row.next.request_headers);
        out << ", \"dialog\": \"" << to_string(row.next.dialog) << "\", \"dialog_basis\": ";
        out.json(row.dialog_basis);
        out << ", \"basis\": ";
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
    bool next = false;
    for (std::string_view opt = cursor.next_option(); !opt.empty(); opt = cursor.next_option()) {
        if (opt == "--help" || opt == "-h") {
            std::fwrite(help_text.data(), 1, help_text.size(), stdout);
            return exit_ok;
        }
        if (opt == "--next") {
            next = true;
        } else if (opt == "--format") {
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
    if (next) {
        if (fmt == "json") cursor.fail("--next takes --format md or csv");
        print_next(out, fmt == "csv");
    } else if (fmt == "md") {
        print_md(out);
    } else if (fmt == "csv") {
        print_csv(out);
    } else {
        print_json(out);
    }
    return exit_ok;
}

}  // namespace sipcode::cli
