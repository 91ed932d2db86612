#include <sipcode/advice.hpp>
#include <sipcode/ostream.hpp>

#include <iostream>

int main() {
    using sipcode::advise;
    using sipcode::in_dialog;
    using sipcode::out_of_dialog;

    // The same codes, answering different requests.
    std::cout << "481 to a re-INVITE: " << advise(481, in_dialog("INVITE")) << '\n'
              << "481 to a CANCEL:    " << advise(481, in_dialog("CANCEL")) << '\n'
              << "481 to an INVITE:   " << advise(481, out_of_dialog("INVITE")) << '\n'
              << "404 to a re-INVITE: " << advise(404, in_dialog("INVITE")) << '\n'
              << "200 to a BYE:       " << advise(200, in_dialog("BYE")) << '\n'
              << "503 to an INVITE:   " << advise(503, out_of_dialog("INVITE")) << '\n'
              << "503 to a re-INVITE: " << advise(503, in_dialog("INVITE")) << '\n';

    // The dialog effect alone, at compile time.
    static_assert(sipcode::effect_on_dialog(481, "NOTIFY") == sipcode::dialog_effect::usage);
}
