// sipcode CLI: what `stats` learns from the messages of a trace: transactions and retransmissions,
// response times, RFC 6076 KPIs, and breakdowns by method x code, by peer and by minute.
//
// The analysis consumes trace::message records in input order (analysis::add) and keeps
//   - a table of live transactions, keyed as RFC 3261 s17.1.3 / s17.2.3 match them: the topmost Via
//     branch (when it starts with the magic cookie "z9hG4bK") and the CSeq method; otherwise Call-ID,
//     From tag, CSeq number and CSeq method (the RFC 2543 fallback of s17.2.3, without the URI);
//   - a request seen again under the same key is a retransmission; so is a response with the same key,
//     code, To tag and RSeq as one seen before in the transaction (two 183s with different To tags or
//     RSeq values are two responses);
//   - per transaction only fixed-size data (times, first final code, fingerprints of its responses).
// Memory is bounded on inputs of any size: a transaction leaves the table when its timers would have
// ended it in trace time (64*T1 after the request without a response, RFC 3261 s17.1.1.2 Timer B and
// s17.1.2.2 Timer F; 64*T1 after its final response, the lifetime of Timer H/J; 3 minutes after its
// last provisional for an INVITE, the Timer C of s16.6 step 11), and at most `max_transactions` are
// live at once (the oldest leaves first: that is the bound for input without timestamps).
// Every other table is bounded too (methods, peers, minutes, dialogs): see analysis_limits.
#ifndef SIPCODE_CLI_TRACE_ANALYSIS_HPP
#define SIPCODE_CLI_TRACE_ANALYSIS_HPP

#include "message.hpp"

#include <sipcode/kpi.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sipcode::cli::trace {

/** The bounds of the analysis. Defaults fit in about 40 MB at the worst. */
struct analysis_limits {
    std::int64_t t1_ns = 500'000'000;           ///< RFC 3261 s17.1.1.1 T1, 500 ms
    std::int64_t timer_c_ns = 180'000'000'000;  ///< RFC 3261 s16.6 step 11: "greater than 3 minutes"
    std::size_t max_transactions = 1 << 17;     ///< live transactions at once
    std::size_t max_chains = 1 << 15;           ///< challenged/redirected requests awaiting their retry
    std::size_t max_dialogs = 1 << 16;          ///< established sessions awaiting their BYE (SDT)
    std::size_t max_methods = 32;               ///< distinct methods; more go to "other"
    std::size_t max_peers = 256;                ///< distinct addresses; more go to "other"
    std::size_t max_minutes = 7 * 24 * 60;      ///< distinct minutes (a week); later ones are not kept
};

/** Durations: count, sum, min, max and a log-scale histogram (8 buckets per doubling, so a percentile
 *  is known to within 9%), in constant memory. */
class duration_stats {
public:
    void add(std::int64_t ns) noexcept;
    std::uint64_t count() const noexcept { return count_; }
    std::int64_t min_ns() const noexcept { return min_; }
    std::int64_t max_ns() const noexcept { return max_; }
    double mean_ns() const noexcept;
    /** The q-quantile (0 < q <= 1): the geometric middle of the bucket that holds it, clamped to
     *  [min, max]; 0 when empty. */
    double quantile_ns(double q) const noexcept;

private:
    static constexpr std::size_t buckets = 8 * 48;
    static std::size_t bucket_of(std::int64_t ns) noexcept;
    std::uint64_t count_ = 0;
    double sum_ = 0;
    std::int64_t min_ = 0, max_ = 0;
    std::array<std::uint64_t, buckets> histogram_{};
};

/** Counts per status code 100..699 (index code - 100). */
using code_counts = std::array<std::uint64_t, 600>;

/** One method: its requests, the responses to it (by CSeq method), and its transactions. */
struct method_row {
    std::string name;                  ///< as in the input ("other" collects methods past the limit)
    std::uint64_t requests = 0;        ///< first transmissions
    std::uint64_t request_resent = 0;  ///< retransmissions of a request
    code_counts responses{};           ///< first transmissions, by code
    code_counts responses_resent{};    ///< retransmissions, by code
    std::uint64_t without_final =
        0;  ///< transactions whose request was seen and that ended without a final response
    std::uint64_t open_at_end = 0;  ///< ... of which still within their timers when the trace ended
    duration_stats to_provisional;  ///< request -> first non-100 provisional
    duration_stats to_final;        ///< request -> first final response
};

/** One address (as the input gives it, "192.0.2.1:5060"). */
struct peer_row {
    std::uint64_t requests_sent = 0, requests_received = 0;
    std::array<std::uint64_t, 7> finals_sent{};  ///< first transmissions, by class (index 2..6)
    std::uint64_t challenges_sent = 0;           ///< 401 and 407 (also counted in finals_sent[4])
    std::uint64_t resent = 0;                    ///< retransmissions it sent
};

/** One minute of trace time. */
struct minute_row {
    std::uint64_t requests = 0, responses = 0, finals = 0, failures = 0, challenges = 0, resent = 0;
    std::uint64_t session_attempts = 0, sessions_established = 0;
};

/** Outcome histograms of the attempts the RFC 6076 KPIs count (index: final code, 0 = none came). */
struct attempt_counts {
    std::array<std::uint64_t, 700> sessions{};  ///< initial INVITEs, once each, by first final response
    std::array<std::uint64_t, 700>
        registrations{};  ///< REGISTER requests, once each, by first final response
};

/** True for the authentication challenges that are not failures (RFC 6076 s4.2 and s4.3.2 name 401,
 *  402 and 407 the "non-failure challenge response codes"; 402 is shown as a failure, it asks for
 *  payment, not credentials). */
constexpr bool is_challenge(int code) noexcept { return code == 401 || code == 407; }

class analysis {
public:
    explicit analysis(analysis_limits limits = {});
    ~analysis();
    analysis(const analysis&) = delete;
    analysis& operator=(const analysis&) = delete;

    /** One message, in input order. Never throws for any content of `m` (std::bad_alloc aside). */
    void add(const message& m);
    /** The end of the input: transactions still live end here. Call once, before reading results. */
    void finish();

    // --- results ---
    std::uint64_t messages() const noexcept { return messages_; }
    std::uint64_t requests() const noexcept { return requests_; }
    std::uint64_t responses() const noexcept {
        return responses_;
    }  ///< well-formed, first transmissions and retransmissions
    std::uint64_t malformed() const noexcept {
        return malformed_;
    }  ///< responses whose status line does not parse
    std::uint64_t retransmissions() const noexcept { return retransmissions_; }
    std::uint64_t timed_messages() const noexcept { return timed_; }
    /** Responses to requests the trace did not show (the capture started late, or saw one way). */
    std::uint64_t responses_without_request() const noexcept { return orphan_responses_; }
    /** Messages with neither Call-ID nor RFC 3261 branch: counted, but in no transaction. */
    std::uint64_t without_transaction() const noexcept { return anonymous_; }
    /** Transactions that left the table because it was full, before their timers ended them. */
    std::uint64_t evicted() const noexcept { return evicted_; }
    std::size_t peak_transactions() const noexcept { return peak_transactions_; }
    std::uint64_t dialogs_evicted() const noexcept { return dialogs_evicted_; }

    const std::vector<method_row>& methods() const noexcept { return methods_; }
    const std::map<std::string, peer_row, std::less<>>& peers() const noexcept { return peers_; }
    std::uint64_t peers_dropped() const noexcept {
        return peers_dropped_;
    }  ///< messages of addresses past the limit
    const std::map<std::int64_t, minute_row>& minutes() const noexcept {
        return minutes_;
    }  ///< key: minute since the epoch
    std::uint64_t minutes_dropped() const noexcept { return minutes_dropped_; }

    const attempt_counts& attempts() const noexcept { return attempts_; }
    /** The RFC 6076 and industry ratios, counted by the library from the same attempts. */
    const kpi_counter& kpis() const noexcept { return kpis_; }
    /** Initial INVITEs and REGISTERs still within their timers at the end (not in the KPIs). */
    std::uint64_t sessions_open_at_end() const noexcept { return sessions_open_; }
    std::uint64_t registrations_open_at_end() const noexcept { return registrations_open_; }

    // RFC 6076 durations.
    const duration_stats& srd_success() const noexcept { return srd_success_; }  ///< s4.3
    const duration_stats& srd_failure() const noexcept { return srd_failure_; }  ///< s4.3
    const duration_stats& rrd() const noexcept { return rrd_; }                  ///< s4.1
    const duration_stats& sdd() const noexcept { return sdd_; }                  ///< s4.4, BYE -> 2xx
    std::uint64_t sdd_timeouts() const noexcept { return sdd_timeouts_; }  ///< BYEs with no final response
    const duration_stats& sdt() const noexcept { return sdt_; }            ///< s4.5, 200 -> BYE

    const analysis_limits& limits() const noexcept { return limits_; }

private:
    struct transaction;
    struct chain;
    struct dialog;
    template <class V>
    class bounded_table;

    std::size_t method_index(std::string_view name);
    void count_minute(const message& m, bool request, bool resent, int code);
    peer_row* peer(std::string_view address);
    void add_request(const message& m, std::size_t method, std::uint64_t key);
    void add_response(const message& m, std::size_t method, std::uint64_t key);
    void first_final(transaction& t, const message& m, int code);
    void expire(std::int64_t now);
    std::int64_t expiry_time(const message& m) const noexcept;
    void end_transaction(transaction& t, bool timed_out);
    /** A new transaction under `key`, ending the oldest ones first while the table is full. */
    transaction& new_transaction(std::uint64_t key);

    analysis_limits limits_;
    std::unique_ptr<bounded_table<transaction>> transactions_;
    std::unique_ptr<bounded_table<chain>> chains_;
    std::unique_ptr<bounded_table<dialog>> dialogs_;
    std::vector<method_row> methods_;
    std::map<std::string, peer_row, std::less<>> peers_;
    std::map<std::int64_t, minute_row> minutes_;
    std::int64_t last_minute_key_ = 0;
    minute_row* last_minute_ = nullptr;                                     // map nodes do not move
    std::array<std::pair<std::string_view, peer_row*>, 2> recent_peers_{};  // views of map keys
    std::size_t next_recent_ = 0;
    attempt_counts attempts_;
    kpi_counter kpis_;

    std::uint64_t messages_ = 0, requests_ = 0, responses_ = 0, malformed_ = 0, retransmissions_ = 0;
    std::uint64_t timed_ = 0, orphan_responses_ = 0, anonymous_ = 0, evicted_ = 0, dialogs_evicted_ = 0;
    std::uint64_t peers_dropped_ = 0, minutes_dropped_ = 0;
    std::uint64_t sessions_open_ = 0, registrations_open_ = 0, sdd_timeouts_ = 0;
    std::size_t peak_transactions_ = 0;
    bool have_time_ = false;
    bool finished_ = false;
    std::int64_t now_ = 0;  ///< the latest time seen (trace time)

    duration_stats srd_success_, srd_failure_, rrd_, sdd_, sdt_;
};

}  // namespace sipcode::cli::trace

#endif  // SIPCODE_CLI_TRACE_ANALYSIS_HPP
