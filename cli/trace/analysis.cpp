#include "analysis.hpp"

#include <sipcode/types.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

namespace sipcode::cli::trace {
namespace {

constexpr std::int64_t no_time = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t ns_per_minute = 60'000'000'000;

// --- hashing: keys are 64-bit hashes of the fields that identify a transaction, a chain or a dialog.
// Two different transactions share a key with probability about n^2 / 2^65 for n live ones.

constexpr std::uint64_t mix(std::uint64_t h) noexcept {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

std::uint64_t hash(std::string_view s, std::uint64_t seed) noexcept {
    constexpr std::uint64_t k = 0x9E3779B97F4A7C15ULL;
    std::uint64_t h = seed ^ (static_cast<std::uint64_t>(s.size()) * k);
    const char* p = s.data();
    std::size_t n = s.size();
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ (w * k)) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    std::uint64_t w = 0;
    if (n > 0) std::memcpy(&w, p, n);  // an empty view may hold a null pointer
    h = (h ^ (w * k)) * 0xbf58476d1ce4e5b9ULL;
    return mix(h);
}

std::uint64_t nonzero(std::uint64_t h) noexcept { return h == 0 ? 1 : h; }

bool has_magic_cookie(std::string_view branch) noexcept {
    return branch.size() > 7 && branch.compare(0, 7, "z9hG4bK") == 0;
}

// RFC 3261 s17.1.3: the branch of the top Via and the CSeq method; without an RFC 3261 branch, the
// fields that identify the request in RFC 2543 (s17.2.3): Call-ID, From tag, CSeq number and method.
std::uint64_t transaction_key(const message& m, std::string_view method) noexcept {
    if (has_magic_cookie(m.via_branch)) return nonzero(hash(m.via_branch, hash(method, 1)));
    std::uint64_t h = hash(m.call_id, 2);
    h = hash(m.from_tag, h);
    h = hash(method, h ^ (std::uint64_t{m.cseq_number} << 17));
    return nonzero(h);
}

// The requests that follow a challenge or redirect keep the Call-ID and From tag (RFC 3261 s8.1.3.4,
// s22.2): the chain that RFC 6076 s4 measures from its first request.
std::uint64_t chain_key(const message& m, std::string_view method) noexcept {
    return nonzero(hash(method, hash(m.from_tag, hash(m.call_id, 3))));
}

// A dialog is Call-ID plus both tags (RFC 3261 s12); either side may send the BYE, so the tags are
// combined symmetrically.
std::uint64_t dialog_key(std::string_view call_id, std::string_view tag_a, std::string_view tag_b) noexcept {
    return nonzero(hash(call_id, hash(tag_a, 4) ^ hash(tag_b, 4)));
}

// A response is the same one again when code, To tag and RSeq agree (within one transaction).
std::uint32_t fingerprint(const message& m, int code) noexcept {
    std::uint64_t h = hash(m.to_tag, static_cast<std::uint64_t>(code));
    if (m.rseq) h = mix(h ^ (std::uint64_t{*m.rseq} + 0x100000000ULL));
    return static_cast<std::uint32_t>(h ^ (h >> 32)) | 1u;
}

bool is_failure(int code) noexcept { return code >= 400 && !is_challenge(code); }

// RFC 6076 s4.2, s4.3.2: 401, 402 and 407 are challenges the request is re-sent after; 3xx redirects it.
bool continues_chain(int code) noexcept {
    return (code >= 300 && code < 400) || code == 401 || code == 402 || code == 407;
}

std::int64_t floor_minute(std::int64_t ns) noexcept {
    std::int64_t q = ns / ns_per_minute;
    if (ns % ns_per_minute < 0) --q;
    return q;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// duration_stats

std::size_t duration_stats::bucket_of(std::int64_t ns) noexcept {
    if (ns < 1000) return 0;
    const double b = std::log2(static_cast<double>(ns) / 1000.0) * 8.0;  // from 1 us, 8 per doubling
    const auto i = static_cast<std::size_t>(b) + 1;
    return std::min(i, buckets - 1);
}

void duration_stats::add(std::int64_t ns) noexcept {
    if (ns < 0) ns = 0;  // a capture merged out of order: the answer came "before" the request
    if (count_ == 0 || ns < min_) min_ = ns;
    if (count_ == 0 || ns > max_) max_ = ns;
    ++count_;
    sum_ += static_cast<double>(ns);
    ++histogram_[bucket_of(ns)];
}

double duration_stats::mean_ns() const noexcept {
    return count_ == 0 ? 0.0 : sum_ / static_cast<double>(count_);
}

double duration_stats::quantile_ns(double q) const noexcept {
    if (count_ == 0) return 0.0;
    const auto rank = static_cast<std::uint64_t>(std::ceil(q * static_cast<double>(count_)));
    std::uint64_t seen = 0;
    for (std::size_t i = 0; i < buckets; ++i) {
        seen += histogram_[i];
        if (seen >= std::max<std::uint64_t>(rank, 1)) {
            const double v = i == 0 ? 500.0 : 1000.0 * std::exp2((static_cast<double>(i) - 0.5) / 8.0);
            return std::clamp(v, static_cast<double>(min_), static_cast<double>(max_));
        }
    }
    return static_cast<double>(max_);
}

// ---------------------------------------------------------------------------------------------
// bounded_table: an open-addressing hash map from 64-bit keys (never 0) to V, with the keys in
// insertion order beside it, so the oldest entry can be found, expired, requeued or evicted.

template <class V>
class analysis::bounded_table {
public:
    explicit bounded_table(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {
        rehash(64);
    }

    std::size_t size() const noexcept { return size_; }
    std::size_t capacity() const noexcept { return capacity_; }

    V* find(std::uint64_t key) noexcept {
        for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
            if (slots_[i].key == key) return &slots_[i].value;
            if (slots_[i].key == 0) return nullptr;
        }
    }

    /** A new entry for `key`, which must not be present; the caller keeps size() below capacity(). */
    V& insert(std::uint64_t key) {
        if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.size() * 2);
        std::size_t i = key & mask_;
        while (slots_[i].key != 0) i = (i + 1) & mask_;
        slots_[i].key = key;
        slots_[i].seq = ++sequence_;
        slots_[i].value = V{};
        order_.emplace_back(key, sequence_);
        ++size_;
        return slots_[i].value;
    }

    void erase(std::uint64_t key) noexcept {
        std::size_t i = key & mask_;
        while (slots_[i].key != key) {
            if (slots_[i].key == 0) return;
            i = (i + 1) & mask_;
        }
        // Backward-shift deletion: no tombstones, so lookups stay short.
        for (std::size_t j = (i + 1) & mask_; slots_[j].key != 0; j = (j + 1) & mask_) {
            const std::size_t home = slots_[j].key & mask_;
            const bool between = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (!between) {
                slots_[i] = std::move(slots_[j]);
                i = j;
            }
        }
        slots_[i].key = 0;
        --size_;
        // Erased keys stay in order_ until they reach its front; keep it from growing without bound.
        if (order_.size() > 2 * size_ + 1024) compact();
    }

    /** The oldest live entry, or false when there is none. */
    bool front(std::uint64_t& key, V*& value) noexcept {
        while (!order_.empty()) {
            const auto [k, seq] = order_.front();
            slot* s = find_slot(k);
            if (s != nullptr && s->seq == seq) {
                key = k;
                value = &s->value;
                return true;
            }
            order_.pop_front();  // erased since
        }
        return false;
    }
    /** Removes the oldest entry (as found by front()). */
    void pop_front() noexcept {
        const std::uint64_t k = order_.front().first;
        order_.pop_front();
        erase(k);
    }
    /** Moves the oldest entry to the back of the order. */
    void requeue_front() {
        order_.push_back(order_.front());
        order_.pop_front();
    }

private:
    struct slot {
        std::uint64_t key = 0;
        std::uint64_t seq = 0;
        V value{};
    };

    slot* find_slot(std::uint64_t key) noexcept {
        for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
            if (slots_[i].key == key) return &slots_[i];
            if (slots_[i].key == 0) return nullptr;
        }
    }

    void rehash(std::size_t n) {
        std::vector<slot> old = std::move(slots_);
        slots_.assign(n, slot{});
        mask_ = n - 1;
        for (slot& s : old) {
            if (s.key == 0) continue;
            std::size_t i = s.key & mask_;
            while (slots_[i].key != 0) i = (i + 1) & mask_;
            slots_[i] = std::move(s);
        }
    }

    void compact() {
        std::deque<std::pair<std::uint64_t, std::uint64_t>> kept;
        for (const auto& e : order_) {
            const slot* s = find_slot(e.first);
            if (s != nullptr && s->seq == e.second) kept.push_back(e);
        }
        order_.swap(kept);
    }

    std::size_t capacity_;
    std::vector<slot> slots_;
    std::size_t mask_ = 0;
    std::size_t size_ = 0;
    std::uint64_t sequence_ = 0;
    std::deque<std::pair<std::uint64_t, std::uint64_t>> order_;
};

struct analysis::transaction {
    std::int64_t t1 = no_time;                    // RFC 6076 t1: the first request of its chain
    std::int64_t start = no_time;                 // the first transmission of the request
    std::int64_t last = no_time;                  // the latest message
    std::int64_t provisional = no_time;           // the first non-100 provisional
    std::uint64_t chain = 0;                      // chain key (initial INVITE, REGISTER)
    std::array<std::uint32_t, 6> fingerprints{};  // responses seen; when full, later ones count as new
    std::uint16_t method = 0;
    std::uint16_t final_code = 0;
    bool request_seen = false;
    bool initial_invite = false;
    bool provisional_seen = false;
};

struct analysis::chain {
    std::int64_t t1 = no_time;
    std::int64_t recorded = no_time;
};

struct analysis::dialog {
    std::int64_t established = no_time;  // the 200 OK to the initial INVITE
};

// ---------------------------------------------------------------------------------------------
// analysis

analysis::analysis(analysis_limits limits)
    : limits_(limits),
      transactions_(std::make_unique<bounded_table<transaction>>(limits.max_transactions)),
      chains_(std::make_unique<bounded_table<chain>>(limits.max_chains)),
      dialogs_(std::make_unique<bounded_table<dialog>>(limits.max_dialogs)) {}

analysis::~analysis() = default;

std::size_t analysis::method_index(std::string_view name) {
    if (name.empty()) name = "(no CSeq)";
    for (std::size_t i = 0; i < methods_.size(); ++i) {
        if (methods_[i].name == name) return i;
    }
    if (methods_.size() + 1 >= limits_.max_methods) {
        for (std::size_t i = 0; i < methods_.size(); ++i) {
            if (methods_[i].name == "other") return i;
        }
        name = "other";
    }
    methods_.emplace_back();
    methods_.back().name = std::string(name);
    return methods_.size() - 1;
}

peer_row* analysis::peer(std::string_view address) {
    if (address.empty()) return nullptr;
    // Most messages name one of the last two addresses seen: look there before the map.
    for (const auto& [name, row] : recent_peers_) {
        if (row != nullptr && name == address) return row;
    }
    const auto it = peers_.find(address);
    if (it != peers_.end()) {
        recent_peers_[next_recent_] = {it->first, &it->second};
        next_recent_ ^= 1;
        return &it->second;
    }
    if (peers_.size() >= limits_.max_peers) {
        ++peers_dropped_;
        return nullptr;
    }
    return &peers_.emplace(std::string(address), peer_row{}).first->second;
}

void analysis::count_minute(const message& m, bool request, bool resent, int code) {
    if (!m.seen.time_ns) return;
    const std::int64_t minute = floor_minute(*m.seen.time_ns);
    if (last_minute_ != nullptr && minute == last_minute_key_) {
        minute_row& r = *last_minute_;
        if (resent) {
            ++r.resent;
        } else if (request) {
            ++r.requests;
        } else {
            ++r.responses;
            if (is_final(static_cast<std::uint16_t>(code))) ++r.finals;
            if (is_challenge(code)) ++r.challenges;
            if (is_failure(code)) ++r.failures;
        }
        return;
    }
    auto it = minutes_.find(minute);
    if (it == minutes_.end()) {
        if (minutes_.size() >= limits_.max_minutes) {
            ++minutes_dropped_;
            return;
        }
        it = minutes_.emplace(minute, minute_row{}).first;
    }
    last_minute_key_ = minute;
    last_minute_ = &it->second;
    minute_row& r = it->second;
    if (resent) {
        ++r.resent;
    } else if (request) {
        ++r.requests;
    } else {
        ++r.responses;
        if (is_final(static_cast<std::uint16_t>(code))) ++r.finals;
        if (is_challenge(code)) ++r.challenges;
        if (is_failure(code)) ++r.failures;
    }
}

void analysis::add(const message& m) {
    ++messages_;
    if (m.seen.time_ns) {
        ++timed_;
        if (!have_time_ || *m.seen.time_ns > now_) now_ = *m.seen.time_ns;
        have_time_ = true;
        expire(now_);
    }
    // A message with neither Call-ID nor an RFC 3261 branch (a bare status line in a log) has no
    // transaction to match: it counts as a first transmission, in no transaction and no KPI.
    const bool anonymous = m.call_id.empty() && !has_magic_cookie(m.via_branch);
    if (m.type == message::kind::request) {
        ++requests_;
        if (anonymous) {
            const std::size_t mi = method_index(m.method);
            ++methods_[mi].requests;
            ++anonymous_;
            count_minute(m, true, false, 0);
            return;
        }
        const std::string_view method = m.method;
        const std::size_t mi = method_index(method);
        // ACK and CANCEL carry the INVITE's branch; their CSeq method keeps them apart (s17.1.3).
        add_request(m, mi, transaction_key(m, m.cseq_method.empty() ? method : m.cseq_method));
    } else {
        if (!m.status) {
            ++malformed_;
            return;
        }
        ++responses_;
        const std::size_t mi = method_index(m.cseq_method);
        if (anonymous) {
            ++methods_[mi].responses[static_cast<std::size_t>(m.status.line.code - 100)];
            ++anonymous_;
            count_minute(m, false, false, m.status.line.code);
            return;
        }
        add_response(m, mi, transaction_key(m, m.cseq_method));
    }
}

// The time a message keeps its transaction alive from: its own, or in a trace that has times, the
// latest one seen (a message without a time among timed ones must not live forever).
std::int64_t analysis::expiry_time(const message& m) const noexcept {
    if (m.seen.time_ns) return *m.seen.time_ns;
    return have_time_ ? now_ : no_time;
}

void analysis::add_request(const message& m, std::size_t mi, std::uint64_t key) {
    const std::int64_t t = m.seen.time_ns ? *m.seen.time_ns : no_time;
    const std::int64_t alive = expiry_time(m);
    transaction* tx = transactions_->find(key);
    if (tx != nullptr && tx->request_seen) {
        ++methods_[mi].request_resent;
        ++retransmissions_;
        if (peer_row* p = peer(m.seen.src)) ++p->resent;
        count_minute(m, true, true, 0);
        if (alive != no_time) tx->last = alive;
        return;
    }
    ++methods_[mi].requests;
    if (peer_row* p = peer(m.seen.src)) ++p->requests_sent;
    if (peer_row* p = peer(m.seen.dst)) ++p->requests_received;
    count_minute(m, true, false, 0);
    if (tx == nullptr) {
        tx = &new_transaction(key);
        peak_transactions_ = std::max(peak_transactions_, transactions_->size());
    }
    tx->request_seen = true;
    tx->method = static_cast<std::uint16_t>(mi);
    tx->start = t;
    tx->t1 = t;
    if (alive != no_time) tx->last = alive;

    const bool invite = m.method == "INVITE";
    tx->initial_invite = invite && m.to_tag.empty();
    if (tx->initial_invite || m.method == "REGISTER") {
        tx->chain = chain_key(m, m.method);
        if (chain* c = chains_->find(tx->chain)) {
            // A retry after a challenge or redirect: RFC 6076 s4 measures from the chain's first request.
            if (c->t1 != no_time && t != no_time && t - c->recorded <= 64 * limits_.t1_ns) tx->t1 = c->t1;
            chains_->erase(tx->chain);
        }
    }
    if (m.method == "BYE" && t != no_time) {
        const std::uint64_t dk = dialog_key(m.call_id, m.from_tag, m.to_tag);
        if (dialog* d = dialogs_->find(dk)) {
            sdt_.add(t - d->established);  // RFC 6076 s4.5
            dialogs_->erase(dk);
        }
    }
}

void analysis::add_response(const message& m, std::size_t mi, std::uint64_t key) {
    const int code = m.status.line.code;
    const std::int64_t t = m.seen.time_ns ? *m.seen.time_ns : no_time;
    const std::int64_t alive = expiry_time(m);
    const std::size_t ci = static_cast<std::size_t>(code - 100);
    transaction* tx = transactions_->find(key);
    if (tx == nullptr) {
        tx = &new_transaction(key);
        tx->method = static_cast<std::uint16_t>(mi);
        peak_transactions_ = std::max(peak_transactions_, transactions_->size());
    }
    if (alive != no_time) tx->last = alive;

    const std::uint32_t fp = fingerprint(m, code);
    const auto end = tx->fingerprints.end();
    const auto found = std::find(tx->fingerprints.begin(), end, fp);
    if (found != end) {
        ++methods_[mi].responses_resent[ci];
        ++retransmissions_;
        if (peer_row* p = peer(m.seen.src)) ++p->resent;
        count_minute(m, false, true, code);
        return;
    }
    const auto free_slot = std::find(tx->fingerprints.begin(), end, 0u);
    if (free_slot != end) *free_slot = fp;

    method_row& row = methods_[mi];
    ++row.responses[ci];
    if (!tx->request_seen) ++orphan_responses_;
    count_minute(m, false, false, code);
    if (peer_row* p = peer(m.seen.src)) {
        if (is_final(static_cast<std::uint16_t>(code)))
            ++p->finals_sent[static_cast<std::size_t>(code / 100)];
        if (is_challenge(code)) ++p->challenges_sent;
    }

    if (code < 200) {
        if (code != 100 && !tx->provisional_seen) {
            tx->provisional_seen = true;
            tx->provisional = t;
            if (tx->request_seen && tx->start != no_time && t != no_time)
                row.to_provisional.add(t - tx->start);
        }
        return;
    }
    if (tx->final_code == 0) first_final(*tx, m, code);
}

void analysis::first_final(transaction& tx, const message& m, int code) {
    tx.final_code = static_cast<std::uint16_t>(code);
    if (!tx.request_seen) return;
    const std::int64_t t = m.seen.time_ns ? *m.seen.time_ns : no_time;
    method_row& row = methods_[tx.method];
    if (tx.start != no_time && t != no_time) row.to_final.add(t - tx.start);
    const std::string_view method = row.name;

    if (tx.initial_invite) {
        ++attempts_.sessions[static_cast<std::size_t>(code)];
        kpis_.add_session_attempt(code);
        if (t != no_time) {
            auto it = minutes_.find(floor_minute(t));
            if (it != minutes_.end()) {
                ++it->second.session_attempts;
                if (code < 300) ++it->second.sessions_established;
            }
        }
        if (tx.t1 != no_time && t != no_time) {
            // RFC 6076 s4.3: to the first non-100 provisional, else to the final response itself.
            const std::int64_t answer = tx.provisional != no_time ? tx.provisional : t;
            if (code < 300) {
                srd_success_.add(answer - tx.t1);
            } else if (is_failure(code) && code != 402) {
                srd_failure_.add(answer - tx.t1);
            }
        }
        if (code < 300 && t != no_time) {
            const std::uint64_t dk = dialog_key(m.call_id, m.from_tag, m.to_tag);
            if (dialogs_->find(dk) == nullptr) {
                while (dialogs_->size() >= dialogs_->capacity()) {
                    std::uint64_t k = 0;
                    dialog* oldest = nullptr;
                    if (!dialogs_->front(k, oldest)) break;
                    ++dialogs_evicted_;
                    dialogs_->pop_front();
                }
                dialogs_->insert(dk).established = t;
            }
        }
    } else if (method == "REGISTER") {
        ++attempts_.registrations[static_cast<std::size_t>(code)];
        kpis_.add_registration_attempt(code);
        if (code < 300 && tx.t1 != no_time && t != no_time) rrd_.add(t - tx.t1);  // RFC 6076 s4.1
    } else if (method == "BYE") {
        if (code < 300 && tx.start != no_time && t != no_time) sdd_.add(t - tx.start);  // RFC 6076 s4.4
    }

    if (tx.chain != 0 && continues_chain(code)) {
        if (chains_->find(tx.chain) == nullptr) {
            while (chains_->size() >= chains_->capacity()) {
                std::uint64_t k = 0;
                chain* oldest = nullptr;
                if (!chains_->front(k, oldest)) break;
                chains_->pop_front();
            }
            chain& c = chains_->insert(tx.chain);
            c.t1 = tx.t1;
            c.recorded = t;
        }
    }
}

analysis::transaction& analysis::new_transaction(std::uint64_t key) {
    while (transactions_->size() >= transactions_->capacity()) {
        std::uint64_t k = 0;
        transaction* oldest = nullptr;
        if (!transactions_->front(k, oldest)) break;
        ++evicted_;
        end_transaction(*oldest, false);
        transactions_->pop_front();
    }
    return transactions_->insert(key);
}

void analysis::end_transaction(transaction& tx, bool timed_out) {
    // An ACK is a transaction of its own that no response answers (RFC 3261 s17.1.1.3).
    if (tx.final_code != 0 || !tx.request_seen || methods_[tx.method].name == "ACK") return;
    method_row& row = methods_[tx.method];
    ++row.without_final;
    // Without timestamps there are no timers: a request with no final response by the end is one
    // that got none. With them, one still inside its timers may yet be answered.
    const bool open = !timed_out && have_time_;
    if (open) ++row.open_at_end;
    if (tx.initial_invite) {
        if (open) {
            ++sessions_open_;
        } else {
            ++attempts_.sessions[0];
            kpis_.add_session_attempt(no_final_response);
        }
    } else if (row.name == "REGISTER") {
        if (open) {
            ++registrations_open_;
        } else {
            ++attempts_.registrations[0];
            kpis_.add_registration_attempt(no_final_response);
        }
    } else if (row.name == "BYE" && !open) {
        ++sdd_timeouts_;
    }
}

void analysis::expire(std::int64_t now) {
    const std::int64_t t64 = 64 * limits_.t1_ns;
    int requeues = 0;
    std::uint64_t key = 0;
    transaction* tx = nullptr;
    while (transactions_->front(key, tx)) {
        std::int64_t deadline = no_time;
        if (tx->last != no_time) {
            if (tx->final_code != 0) {
                deadline = tx->last + t64;  // the lifetime of Timers H, J and K
            } else if (tx->provisional_seen && methods_[tx->method].name == "INVITE") {
                deadline = tx->last + limits_.timer_c_ns;  // s16.6 step 11
            } else {
                deadline = (tx->start != no_time ? tx->start : tx->last) + t64;  // Timers B and F
            }
        }
        if (deadline != no_time && deadline <= now) {
            end_transaction(*tx, true);
            transactions_->pop_front();
            continue;
        }
        // The oldest entry lives longer than the rest (Timer C, or no time at all): look past it a
        // few times per message, so it cannot hold back the expiry of the ones after it.
        const bool old = tx->last == no_time || tx->last + t64 <= now;
        if (!old || ++requeues > 4) return;
        transactions_->requeue_front();
    }
}

void analysis::finish() {
    if (finished_) return;
    finished_ = true;
    std::uint64_t key = 0;
    transaction* tx = nullptr;
    while (transactions_->front(key, tx)) {
        end_transaction(*tx, false);
        transactions_->pop_front();
    }
}

}  // namespace sipcode::cli::trace
