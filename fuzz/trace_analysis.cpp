// The analysis behind `sipcode stats` (cli/trace/analysis.hpp) on messages read from any bytes, with
// tiny limits so the bounds are reached: every message is counted exactly once (first transmission,
// retransmission or malformed), the live tables never pass their limits, and every attempt the KPIs
// count is one the analysis recorded.
#include "fuzz_check.hpp"

#include "../cli/trace/analysis.hpp"
#include "../cli/trace/sip_message.hpp"

#include <cstring>

namespace {

using namespace sipcode::cli::trace;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in = sipcode_fuzz::as_view(data, size);
    analysis_limits limits;
    limits.max_transactions = 4;
    limits.max_chains = 2;
    limits.max_dialogs = 2;
    limits.max_methods = 4;
    limits.max_peers = 2;
    limits.max_minutes = 3;
    analysis a(limits);
    std::uint64_t added = 0;
    std::int64_t clock = 0;
    // Each message: one byte of time step and address, then a head (and its body, by Content-Length).
    while (in.size() > 1 && added < 64) {
        const auto control = static_cast<unsigned char>(in[0]);
        in.remove_prefix(1);
        message m;
        const sip_head h = read_sip_head(in, m, true);
        if (h.status != head_status::complete) break;
        if ((control & 0x80) != 0) {
            clock += static_cast<std::int64_t>(control & 0x3F) * 1'000'000'000;  // up to 63 s later
            if ((control & 0x40) != 0) clock -= 90'000'000'000;                  // or out of order
            m.seen.time_ns = clock;
        }
        m.seen.src = (control & 1) != 0 ? "192.0.2.1:5060" : "192.0.2.2:5060";
        m.seen.dst = (control & 2) != 0 ? "198.51.100.1:5060" : "";
        a.add(m);
        ++added;
        SIPCODE_FUZZ_CHECK(a.peak_transactions() <= limits.max_transactions);
        const std::size_t body = h.content_length ? *h.content_length : 0;
        if (body > in.size() - h.head_size) break;
        in.remove_prefix(h.head_size + body);
    }
    a.finish();
    SIPCODE_FUZZ_CHECK(a.messages() == added);
    SIPCODE_FUZZ_CHECK(a.requests() + a.responses() + a.malformed() == added);
    std::uint64_t requests = 0, responses = 0;
    for (const method_row& r : a.methods()) {
        requests += r.requests + r.request_resent;
        for (std::size_t i = 0; i < r.responses.size(); ++i)
            responses += r.responses[i] + r.responses_resent[i];
        SIPCODE_FUZZ_CHECK(r.open_at_end <= r.without_final);
    }
    SIPCODE_FUZZ_CHECK(requests == a.requests());
    SIPCODE_FUZZ_CHECK(responses == a.responses());
    SIPCODE_FUZZ_CHECK(a.methods().size() <= limits.max_methods);
    SIPCODE_FUZZ_CHECK(a.peers().size() <= limits.max_peers);
    SIPCODE_FUZZ_CHECK(a.minutes().size() <= limits.max_minutes);
    std::uint64_t sessions = 0, registrations = 0;
    for (const std::uint64_t n : a.attempts().sessions) sessions += n;
    for (const std::uint64_t n : a.attempts().registrations) registrations += n;
    SIPCODE_FUZZ_CHECK(a.kpis().session_attempts() == sessions);
    SIPCODE_FUZZ_CHECK(a.kpis().registration_attempts() == registrations);
    SIPCODE_FUZZ_CHECK(a.kpis().ignored() == 0);
    return 0;
}
