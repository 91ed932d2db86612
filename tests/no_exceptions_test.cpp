// Built with -fno-exceptions -fno-rtti: every sipcode header, including the integrations, must
// compile and work without exceptions or RTTI.
#include <sipcode/error_code.hpp>
#include <sipcode/fmt.hpp>
#include <sipcode/format.hpp>
#include <sipcode/kpi.hpp>
#include <sipcode/ostream.hpp>
#include <sipcode/sipcode.hpp>

#include <cstdio>
#include <sstream>
#include <string>

int main() {
    int failures = 0;
    const auto check = [&failures](bool ok, const char* what) {
        if (!ok) {
            std::printf("FAILED: %s\n", what);
            ++failures;
        }
    };
    const auto r = sipcode::parse_status_line("SIP/2.0 503 Service Unavailable\r\n");
    check(static_cast<bool>(r) && r.line.code == 503, "parse");
    check(sipcode::classify(r.line).next.proxy == sipcode::proxy_action::fail_over, "classify");
    check(fmt::format("{}", r.line) == "SIP/2.0 503 Service Unavailable", "fmt");
    std::ostringstream os;
    os << sipcode::classify(499);
    check(os.str() == "499 (unregistered, handled as 400 Bad Request)", "ostream");
    const std::error_code ec = sipcode::parse_errc::bare_lf;
    check(ec.message() == sipcode::describe(sipcode::parse_errc::bare_lf), "error_code");
    check(sipcode::make_status_error(503) == sipcode::status_class::server_failure, "status error");
    sipcode::kpi_counter kpis;
    kpis.add_session_attempt(302);
    kpis.add_session_attempt(200);
    check(kpis.ratio(sipcode::kpi::ser).value() == 1.0 && sipcode::code_set(sipcode::kpi::ser) == "200", "kpi");
#if SIPCODE_HAS_STD_FORMAT
    check(std::format("{:d}", sipcode::status::ok) == "200", "std::format");
#endif
    std::printf("%s\n", failures == 0 ? "ok" : "failed");
    return failures == 0 ? 0 : 1;
}
