#include <sipcode/messages.hpp>
#include <sipcode/sipcode.hpp>

#include <iostream>

int main() {
    // A received datagram: the status line, then the header fields.
    constexpr std::string_view datagram = "SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP host\r\n\r\n";

    const sipcode::parse_result r = sipcode::parse_status_line(datagram);
    if (!r) {
        std::cout << "bad status line: " << sipcode::describe(r.ec) << " at " << r.consumed << '\n';
        return 1;
    }
    const sipcode::classification c = sipcode::classify(r.line);
    std::cout << r.line.code << ' ' << r.line.reason << " (" << sipcode::to_string(c.cls) << ")\n"
              << "headers start at offset " << r.consumed << '\n'
              << "next step: " << sipcode::to_string(c.next.uac) << '\n'
              << "tell the user: " << sipcode::user_message(c) << '\n';

    // Codes no table knows are handled as RFC 3261 8.1.3.2 says, and still have a message.
    std::cout << "499 is handled as " << sipcode::classify(499).effective << ": " << sipcode::user_message(499)
              << '\n';

    // Everything is constexpr.
    static_assert(sipcode::find(486)->reason == "Busy Here");
    static_assert(sipcode::classify(sipcode::status::accepted).effective == 200);
}
