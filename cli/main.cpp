// sipcode: the command-line tool. `sipcode --help` lists the commands; each has its own --help.
#include "commands.hpp"
#include "common.hpp"

#include <sipcode/version.hpp>

#include <cstdio>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view help_text =
    "sipcode " SIPCODE_VERSION_STRING ": SIP response codes, what they mean and what to do about them\n"
    "\n"
    "usage: sipcode COMMAND [OPTION...] [ARGUMENT...]\n"
    "\n"
    "commands:\n"
    "  explain CODE|STATUS-LINE...   what a code means, what a UA or proxy does next, the hint\n"
    "  parse [FILE|-]...             classify each response in SIP messages or status lines\n"
    "  stats [FILE...]               messages, failures and RFC 6076 KPIs of a SIP trace\n"
    "  table                         export the registry (markdown, CSV or JSON)\n"
    "\n"
    "  sipcode COMMAND --help        options of one command\n"
    "  sipcode --version             the version\n"
    "\n"
    "Text taken from the input (reason phrases, lines) is printed escaped: control characters,\n"
    "line breaks, bidi overrides and invalid UTF-8 appear as \\r, \\n, \\xHH and \\u{HHHH}.\n"
    "\n"
    "exit status:\n"
    "  0  success\n"
    "  1  parse: the input held malformed status lines (everything else was still printed)\n"
    "  2  usage error (unknown command or option, bad argument) or an input that cannot be read\n";

constexpr std::string_view top_synopsis = "usage: sipcode explain|parse|stats|table ... (sipcode --help)";

}  // namespace

namespace sipcode::cli {

std::string_view synopsis(std::string_view command) {
    if (command == "explain") {
        return "usage: sipcode explain [--method METHOD] [--in-dialog] [--terminating] [--] CODE|STATUS-LINE...";
    }
    if (command == "parse") return "usage: sipcode parse [--json] [--strict] [FILE|-]...";
    if (command == "stats") {
        return "usage: sipcode stats [--format text|json|csv|prometheus] [--top N] [--color WHEN] [FILE...]";
    }
    if (command == "table") return "usage: sipcode table [--next] [--format md|csv|json]";
    return top_synopsis;
}

}  // namespace sipcode::cli

int main(int argc, char** argv) {
    using namespace sipcode::cli;
    const std::string_view command = argc > 1 ? std::string_view(argv[1]) : std::string_view();
    arg_list rest;
    for (int i = 2; i < argc; ++i) rest.emplace_back(argv[i]);
    try {
        int status = exit_ok;
        if (argc < 2) {
            throw usage_error{"", "no command given"};
        } else if (command == "--help" || command == "-h" || command == "help") {
            std::fwrite(help_text.data(), 1, help_text.size(), stdout);
        } else if (command == "--version") {
            std::fputs("sipcode " SIPCODE_VERSION_STRING "\n", stdout);
        } else if (command == "explain") {
            status = run_explain(rest);
        } else if (command == "parse") {
            status = run_parse(rest);
        } else if (command == "stats") {
            status = run_stats(rest);
        } else if (command == "table") {
            status = run_table(rest);
        } else if (command.size() > 1 && command[0] == '-') {
            throw usage_error{"", "unknown option " + quoted(command)};
        } else {
            throw usage_error{"", "unknown command " + quoted(command)};
        }
        if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
            std::fputs("sipcode: cannot write the output\n", stderr);
            return exit_usage;
        }
        return status;
    } catch (const usage_error& e) {
        std::fflush(stdout);
        std::string message = "sipcode: ";
        if (!e.command.empty()) message += e.command + ": ";
        message += e.message + '\n';
        if (e.show_usage) {
            message += synopsis(e.command);
            message += '\n';
        }
        std::fputs(message.c_str(), stderr);
        return exit_usage;
    }
}
