// sipcode explain: everything the registry knows about a code, and what RFC 3261 s8.1.3.2 says to do
// with a code it does not know.
#include "commands.hpp"
#include "common.hpp"
#include "output.hpp"

#include <sipcode/advice.hpp>
#include <sipcode/q850.hpp>
#include <sipcode/sipcode.hpp>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace sipcode::cli {
namespace {

constexpr std::string_view help_text =
    "usage: sipcode explain [--method METHOD] [--in-dialog] [--terminating] [--] CODE|STATUS-LINE...\n"
    "\n"
    "Explains each status code (486) or whole status line (\"SIP/2.0 486 Busy Here\"): its class,\n"
    "the registered phrase and RFC, deprecation, what a UAC and a proxy do next and which header\n"
    "fields guide that, where the rules come from, a hint for operators and a message for users.\n"
    "A code IANA has not registered is explained as RFC 3261 s8.1.3.2 says to handle it: as the\n"
    "x00 of its class, or as 183 for 1xx. A status line is parsed leniently (see sipcode parse).\n"
    "\n"
    "With --method, --in-dialog or --terminating it also says what a UAC does after the response\n"
    "to that request (default INVITE, outside a dialog): the step, whether to send BYE, and what\n"
    "the response does to the dialog (RFC 5057). --terminating marks a NOTIFY or SUBSCRIBE that\n"
    "ends its subscription; a BYE always does.\n"
    "\n"
    "Every valid argument is explained. One that is neither a three-digit code in 100..699 nor a\n"
    "status line is reported after them, and is a usage error (exit status 2).\n"
    "\n"
    "example: sipcode explain 486 503 'SIP/2.0 480 Temporarily Unavailable'\n";

struct item {
    std::uint16_t code = 0;
    bool from_line = false;
    std::string_view phrase;  // as received, when from_line
};

bool starts_with_sip(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && (s[i] == '\r' || s[i] == '\n')) ++i;
    if (s.size() - i < 4) return false;
    return (s[i] | 0x20) == 's' && (s[i + 1] | 0x20) == 'i' && (s[i + 2] | 0x20) == 'p' && s[i + 3] == '/';
}

item to_item(const arg_cursor& cursor, std::string_view arg) {
    item it;
    bool digits = !arg.empty();
    for (const char c : arg) digits = digits && c >= '0' && c <= '9';
    if (digits) {
        if (arg.size() != 3)
            cursor.fail(quoted(arg) + " is not a status code: status codes have three digits");
        const auto value =
            static_cast<std::uint16_t>((arg[0] - '0') * 100 + (arg[1] - '0') * 10 + (arg[2] - '0'));
        if (class_of(value) == status_class::invalid) {
            cursor.fail(quoted(arg) + " is not a status code: status codes are 100 to 699");
        }
        it.code = value;
        return it;
    }
    if (!starts_with_sip(arg)) cursor.fail(quoted(arg) + " is not a status code or status line");
    const parse_result r = parse_status_line(arg, parse_mode::lenient);
    if (!r) {
        cursor.fail(quoted(arg) + " is not a valid status line: " + std::string(describe(r.ec)) + " (" +
                    std::string(to_string(r.ec)) + " at offset " + std::to_string(r.consumed) + ")");
    }
    it.code = r.line.code;
    it.from_line = true;
    it.phrase = r.line.reason;
    return it;
}

output& label(output& out, std::string_view name) {
    constexpr std::size_t width = 19;  // "  response fields: "
    out << "  ";
    return out.pad_right(std::string(name) + ':', width - 2);
}

void print_headers(output& out, header_set headers) {
    if (headers.empty()) {
        out << "none\n";
        return;
    }
    bool first = true;
    for (const header_field h : headers) {
        if (!first) out << ", ";
        out << header_name(h);
        first = false;
    }
    out << '\n';
}

std::string_view handling_rule(const classification& c) {
    if (c.code == 202) return "RFC 6665 s8.3.1: 202 is deprecated, receivers treat it exactly as 200";
    if (c.cls == status_class::provisional) {
        return "RFC 3261 s8.1.3.2: an unknown provisional response is treated as 183";
    }
    return "RFC 3261 s8.1.3.2: an unknown final response is treated as the x00 of its class";
}

// Mappings from a SIP code to other protocols' codes are printed here, after everything the registry
// says; this is the one place that adds them. The Q.850 cause of RFC 3398 goes here as a
// "  Q.850 cause:      NN (name)" line once <sipcode/q850.hpp> is available.
// Telephony mappings of the received code. RFC 3398 s8.2.6.1 maps 4xx-6xx responses to the ISUP
// cause a gateway sends in its REL; other classes release nothing.
void print_mappings(output& out, const classification& c) {
    if (c.code < 400 || c.code > 699) return;
    const sip_to_q850_result r = sip_to_q850(c.code);
    label(out, "Q.850 cause");
    if (r.basis == q850_basis::no_mapping) {
        out << "none: RFC 3398 maps " << c.code << " to no cause\n";
        return;
    }
    out << static_cast<unsigned>(r.cause) << ' ' << q850_cause_name(r.cause);
    switch (r.basis) {
    case q850_basis::warning:
    case q850_basis::unlisted:
        if (c.code == 488 || c.code == 606) {
            out << " (RFC 3398 maps " << c.code << " by its Warning code; without one, the default cause)";
        } else {
            out << " (not in RFC 3398's table: the default cause)";
        }
        break;
    default: out << " (RFC 3398 s8.2.6.1)"; break;
    }
    if (r.retry_first) out << "; a gateway first retries with credentials or a repaired request";
    out << '\n';
}

void explain_one(output& out, const item& it, const request_context* request) {
    const classification c = classify(it.code);
    const status_info* const own = c.info;
    // Unregistered codes take the text of the code they are handled as; registered ones their own.
    const status_info* const row = own != nullptr ? own : find(c.effective);

    out << it.code << ' ';
    if (own != nullptr) {
        out << own->reason << '\n';
    } else {
        out << "(unregistered)\n";
    }
    if (it.from_line) {
        label(out, "received phrase") << '"';
        out.untrusted(it.phrase) << "\"\n";
    }
    label(out, "class") << to_string(c.cls) << " (" << it.code / 100 << "xx, "
                        << (c.is_final ? "final" : "not final") << ")\n";
    label(out, "reference");
    if (own != nullptr) {
        out << own->references << '\n';
    } else {
        out << "none: IANA has not registered " << it.code << '\n';
    }
    label(out, "deprecated") << (own != nullptr && own->deprecated ? "yes" : "no") << '\n';
    if (c.effective != c.code) {
        label(out, "handled as") << c.effective << ' ' << reason_phrase(c.effective) << " ("
                                 << handling_rule(c) << ")\n";
    }
    label(out, "UAC next") << to_string(c.next.uac) << ": " << describe(c.next.uac) << '\n';
    label(out, "proxy") << to_string(c.next.proxy) << ": " << describe(c.next.proxy) << '\n';
    label(out, "in a dialog") << to_string(c.next.dialog) << ": " << describe(c.next.dialog) << '\n';
    label(out, "response fields");
    print_headers(out, c.next.response_headers);
    label(out, "request fields");
    print_headers(out, c.next.request_headers);
    label(out, "basis") << row->basis << '\n';
    label(out, "dialog basis") << row->dialog_basis << '\n';
    if (request != nullptr) {
        const advice adv = advise(c, *request);
        label(out, "request") << request->method() << (request->is_in_dialog() ? " inside" : " outside")
                              << " a dialog" << (request->is_terminating() ? ", terminating its usage" : "")
                              << '\n';
        label(out, "advice") << to_string(adv.step) << ": " << describe(adv.step)
                             << (adv.send_bye ? "; send BYE" : "") << '\n';
        label(out, "dialog effect") << to_string(adv.dialog) << ": " << describe(adv.dialog) << '\n';
        label(out, "advice basis") << adv.basis;
        if (adv.dialog_basis != adv.basis) out << "; " << adv.dialog_basis;
        out << '\n';
    }
    label(out, "hint") << row->hint << '\n';
    label(out, "user message") << row->user_message << '\n';
    print_mappings(out, c);
}

}  // namespace

int run_explain(const arg_list& a) {
    arg_cursor cursor("explain", a);
    std::string_view method = "INVITE";
    bool has_request = false;
    bool inside = false;
    bool terminating = false;
    for (std::string_view opt = cursor.next_option(); !opt.empty(); opt = cursor.next_option()) {
        if (opt == "--help" || opt == "-h") {
            std::fwrite(help_text.data(), 1, help_text.size(), stdout);
            return exit_ok;
        }
        if (opt == "--method") {
            method = cursor.value();
            if (method.empty() || method.size() > 32) cursor.fail("--method takes a SIP method, e.g. BYE");
            for (const char ch : method) {
                const bool token = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
                                   std::string_view("-.!%*_+`'~").find(ch) != std::string_view::npos;
                if (!token) cursor.fail(quoted(method) + " is not a SIP method (RFC 3261 s25.1: a token)");
            }
            has_request = true;
        } else if (opt == "--in-dialog") {
            inside = has_request = true;
        } else if (opt == "--terminating") {
            terminating = inside = has_request = true;
        } else {
            cursor.unknown_option(opt);
        }
    }
    request_context request = inside ? in_dialog(method) : out_of_dialog(method);
    if (terminating) request = request.terminating();
    const std::vector<std::string_view> operands = cursor.operands();
    if (operands.empty()) cursor.fail("no code given");
    // Every valid argument is explained even when another is bad; the bad ones are reported after
    // them, and the exit status is still a usage error.
    std::vector<item> items;
    std::vector<usage_error> bad;
    for (const std::string_view arg : operands) {
        try {
            items.push_back(to_item(cursor, arg));
        } catch (usage_error& e) {
            bad.push_back(std::move(e));
        }
    }

    {
        output out(stdout);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0) out << '\n';
            explain_one(out, items[i], has_request ? &request : nullptr);
        }
    }
    if (bad.empty()) return exit_ok;
    std::fflush(stdout);
    for (std::size_t i = 0; i + 1 < bad.size(); ++i) {
        std::fprintf(stderr, "sipcode: explain: %s\n", bad[i].message.c_str());
    }
    throw bad.back();
}

}  // namespace sipcode::cli
