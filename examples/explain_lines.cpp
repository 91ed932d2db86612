// Reads SIP status lines (from the arguments, or one per line from stdin) and prints, for each,
// the parse result and what a user agent should do about the response.
//
//   explain_lines "SIP/2.0 486 Busy Here"
//   explain_lines < status-lines.txt
#include <sipcode/sipcode.hpp>

#include <iostream>
#include <iterator>
#include <string>
#include <string_view>

namespace {

void print_view(std::string_view v) {
    // Text from the network or a file is untrusted: escape_copy turns CR, LF, ESC and other
    // controls, C1 controls, bidi overrides and invalid UTF-8 into visible escapes, so it can
    // neither forge an output line nor drive the terminal.
    sipcode::escape_copy(v, std::ostreambuf_iterator<char>(std::cout));
}

void explain(std::string_view text) {
    std::cout << "line: \"";
    print_view(text);
    std::cout << "\"\n";

    // Lines from a file or the command line come without their CRLF: lenient mode accepts that (and
    // more); strict mode, given the line with its CRLF back, tells whether it is exactly RFC 3261.
    const std::string with_crlf = std::string(text) + "\r\n";
    const sipcode::parse_result strict = sipcode::parse_status_line(with_crlf, sipcode::parse_mode::strict);
    const sipcode::parse_result r = sipcode::parse_status_line(text, sipcode::parse_mode::lenient);
    if (!r) {
        std::cout << "  parse:    error " << sipcode::to_string(r.ec) << " at offset " << r.consumed
                  << " (" << sipcode::describe(r.ec) << ")\n\n";
        return;
    }
    std::cout << "  parse:    ok, code " << r.line.code << ", reason \"";
    print_view(r.line.reason);
    std::cout << "\"";
    if (!strict) {
        std::cout << "; strict RFC 3261: " << sipcode::to_string(strict.ec) << " at offset " << strict.consumed;
    }
    std::cout << '\n';

    const sipcode::classification c = sipcode::classify(r.line);
    std::cout << "  class:    " << sipcode::to_string(c.cls) << (c.is_final ? " (final)" : " (not final)")
              << '\n';
    if (c.info != nullptr) {
        std::cout << "  known as: " << c.info->code << ' ' << c.info->reason << " (" << c.info->references
                  << (c.info->deprecated ? ", deprecated" : "") << ")\n";
    } else {
        std::cout << "  known as: unregistered; treat as " << c.effective << " (RFC 3261 8.1.3.2)\n";
    }
    std::cout << "  UAC next: " << sipcode::to_string(c.next.uac);
    bool first = true;
    for (sipcode::header_field h : c.next.response_headers) {
        std::cout << (first ? ", guided by " : ", ") << sipcode::header_name(h);
        first = false;
    }
    std::cout << "\n  proxy:    " << sipcode::to_string(c.next.proxy) << '\n';
    const sipcode::status_info* info = c.info != nullptr ? c.info : sipcode::find(c.effective);
    if (info != nullptr) {
        std::cout << "  hint:     " << info->hint << '\n';
        std::cout << "  user:     " << info->user_message << '\n';
    }
    std::cout << '\n';
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1) {
        for (int i = 1; i < argc; ++i) explain(argv[i]);
        return 0;
    }
    std::string line;
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) explain(line);
    }
    return 0;
}
