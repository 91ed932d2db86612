#include <sipcode/kpi.hpp>

#include <cstdio>
#include <string>

int main() {
    // A softswitch calls add_session_attempt() once per initial INVITE, when its first final
    // response arrives (or its transaction times out), and add_registration_attempt() per REGISTER.
    sipcode::kpi_counter counter;
    const int invites[] = {200, 200, 486, 302, 200, 407, 200, 503, 487, sipcode::no_final_response};
    for (const int code : invites) counter.add_session_attempt(code);

    for (std::size_t i = 0; i < sipcode::kpi_count; ++i) {
        const auto k = static_cast<sipcode::kpi>(i);
        const sipcode::kpi_ratio r = counter.ratio(k);
        const std::string name(sipcode::to_string(k));
        if (r.defined()) {
            std::printf("%-4s %5.1f %% = %llu / %llu", name.c_str(), 100.0 * r.value(),
                        static_cast<unsigned long long>(r.numerator), static_cast<unsigned long long>(r.denominator));
        } else {
            std::printf("%-4s   n/a   (no attempts)", name.c_str());  // RFC 6076 s4: undefined, never 0 %
        }
        std::printf("  %s\n     counts %s; leaves out %s\n", std::string(sipcode::describe(k)).c_str(),
                    std::string(sipcode::code_set(k)).c_str(), std::string(sipcode::excluded_set(k)).c_str());
    }
}
