// sipcode CLI: TCP stream reassembly in bounded memory (see tcp_reassembly.hpp).
#include "tcp_reassembly.hpp"

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

namespace sipcode::cli::trace {
namespace {

constexpr std::int64_t sweep_interval_ns = std::int64_t{10} * 1000 * 1000 * 1000;
// A closed stream is kept this long so that late retransmissions are recognised as such (2 MSL is
// 4 minutes by RFC 9293, 60 s on Linux).
constexpr std::int64_t closed_linger_ns = std::int64_t{60} * 1000 * 1000 * 1000;
// A segment further ahead than this is not a reordering but a stream picked up again after a loss.
constexpr std::int64_t max_ahead = std::int64_t{64} << 20;
constexpr std::uint64_t seq_base = std::uint64_t{1} << 32;

}  // namespace

std::size_t tcp_reassembly::key_hash::operator()(const key& k) const noexcept {
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a
    for (const std::uint8_t b : k) {
        h ^= b;
        h *= 1099511628211ULL;
    }
    return static_cast<std::size_t>(h);
}

tcp_reassembly::stream& tcp_reassembly::open(const key& k, const transport_packet& segment, std::int64_t time_ns) {
    if (streams_.size() >= limits_.max_streams) evict_oldest();
    stream& s = streams_[k];
    s.info.id = next_id_++;
    s.info.src.clear();
    s.info.dst.clear();
    append_endpoint(s.info.src, segment.src, segment.src_port);
    append_endpoint(s.info.dst, segment.dst, segment.dst_port);
    s.last_seen = time_ns;
    ++counts_.streams;
    return s;
}

void tcp_reassembly::deliver(stream& s, std::uint64_t at, std::string_view bytes) {
    // `bytes` start at `at`, which is at most s.next.
    const std::uint64_t skip = s.next - at;
    if (skip >= bytes.size()) {
        counts_.bytes_again += bytes.size();
        return;
    }
    counts_.bytes_again += skip;
    bytes.remove_prefix(static_cast<std::size_t>(skip));
    s.next += bytes.size();
    counts_.bytes += bytes.size();
    consumer_.data(s.info, bytes);
}

void tcp_reassembly::drain(stream& s) {
    while (!s.held.empty() && s.held.begin()->first <= s.next) {
        auto first = s.held.begin();
        s.held_bytes -= first->second.size();
        total_held_ -= first->second.size();
        const std::string bytes = std::move(first->second);
        const std::uint64_t at = first->first;
        s.held.erase(first);
        deliver(s, at, bytes);
    }
}

void tcp_reassembly::skip_gap(stream& s) {
    if (s.held.empty()) return;
    counts_.bytes_lost += s.held.begin()->first - s.next;
    s.next = s.held.begin()->first;
    consumer_.gap(s.info);
    drain(s);
}

void tcp_reassembly::release(stream& s) {
    while (!s.held.empty()) skip_gap(s);
}

void tcp_reassembly::end(stream& s) {
    if (s.closed) return;
    release(s);
    s.closed = true;
    consumer_.closed(s.info);
}

void tcp_reassembly::evict_idle(std::int64_t now) {
    if (now < next_sweep_) return;
    next_sweep_ = now + sweep_interval_ns;
    for (auto it = streams_.begin(); it != streams_.end();) {
        stream& s = it->second;
        const std::int64_t idle = now - s.last_seen;
        if (s.closed ? idle > closed_linger_ns : idle > limits_.idle_timeout_ns) {
            if (!s.closed) {
                ++counts_.streams_idle;
                end(s);
            }
            it = streams_.erase(it);
        } else {
            ++it;
        }
    }
}

void tcp_reassembly::evict_oldest() {
    // Ends the oldest sixteenth (closed streams first), so that a capture of many connections pays
    // for one sort every max_streams / 16 new streams.
    std::vector<std::pair<std::pair<bool, std::int64_t>, key>> by_age;
    by_age.reserve(streams_.size());
    for (const auto& [k, s] : streams_) by_age.push_back({{!s.closed, s.last_seen}, k});
    const std::size_t n = std::max<std::size_t>(1, by_age.size() / 16);
    std::nth_element(by_age.begin(), by_age.begin() + static_cast<std::ptrdiff_t>(n - 1), by_age.end());
    for (std::size_t i = 0; i < n && i < by_age.size(); ++i) {
        auto it = streams_.find(by_age[i].second);
        if (!it->second.closed) {
            ++counts_.streams_evicted;
            end(it->second);
        }
        streams_.erase(it);
    }
}

void tcp_reassembly::add(const transport_packet& seg, std::int64_t time_ns) {
    ++counts_.segments;
    evict_idle(time_ns);
    key k{};
    k[0] = seg.src.version;
    std::memcpy(&k[1], seg.src.bytes.data(), 16);
    std::memcpy(&k[17], seg.dst.bytes.data(), 16);
    k[33] = static_cast<std::uint8_t>(seg.src_port >> 8);
    k[34] = static_cast<std::uint8_t>(seg.src_port);
    k[35] = static_cast<std::uint8_t>(seg.dst_port >> 8);
    k[36] = static_cast<std::uint8_t>(seg.dst_port);
    const bool syn = (seg.tcp_flags & tcp_flag::syn) != 0;
    const bool fin = (seg.tcp_flags & tcp_flag::fin) != 0;
    const bool rst = (seg.tcp_flags & tcp_flag::rst) != 0;

    auto it = streams_.find(k);
    if (it == streams_.end()) {
        if (seg.wire_length == 0 && !syn) return;  // an ACK, FIN or RST of a stream never seen
        open(k, seg, time_ns);
        it = streams_.find(k);
    }
    stream* s = &it->second;
    s->last_seen = time_ns;

    if (syn) {
        const bool same = s->synced && static_cast<std::uint32_t>(s->next) == seg.seq + 1u;
        if (!same) {
            if (s->synced) {  // a new connection on the same addresses and ports
                end(*s);
                streams_.erase(it);
                s = &open(k, seg, time_ns);
            }
            s->synced = true;
            s->closed = false;
            s->next = seq_base + seg.seq + 1u;
        }
    }
    const std::uint32_t data_seq = seg.seq + (syn ? 1u : 0u);
    if (seg.wire_length > 0) {
        if (!s->synced) {
            s->synced = true;
            s->next = seq_base + data_seq;
        }
        if (s->closed) {  // data after the end: only retransmissions are expected
            const auto rel = static_cast<std::int32_t>(data_seq - static_cast<std::uint32_t>(s->next));
            if (rel < 0 && static_cast<std::int64_t>(seg.wire_length) <= -std::int64_t{rel}) {
                counts_.bytes_again += seg.wire_length;
                return;
            }
            s->closed = false;  // the consumer starts afresh: a new id
            s->info.id = next_id_++;
        }
        const auto rel = static_cast<std::int32_t>(data_seq - static_cast<std::uint32_t>(s->next));
        const std::uint64_t at = s->next + static_cast<std::uint64_t>(static_cast<std::int64_t>(rel));
        const std::uint64_t wire_end = at + seg.wire_length;
        if (rel > max_ahead) {
            // Picked up again far ahead: what was held will not be completed.
            release(*s);
            counts_.bytes_lost += at - s->next;
            consumer_.gap(s->info);
            s->next = at;
        }
        if (wire_end <= s->next) {
            counts_.bytes_again += seg.wire_length;
        } else if (seg.truncated) {
            // The snapshot length cut the segment: what was captured is handed out, the rest is lost.
            if (at <= s->next) {
                deliver(*s, at, seg.payload);
                counts_.bytes_lost += wire_end - s->next;
                s->next = wire_end;
                consumer_.gap(s->info);
                drain(*s);
            } else {
                counts_.bytes_lost += seg.wire_length;
            }
        } else if (at <= s->next) {
            deliver(*s, at, seg.payload);
            drain(*s);
        } else {
            ++counts_.segments_out_of_order;
            auto [held, inserted] = s->held.try_emplace(at);
            if (!inserted && held->second.size() >= seg.payload.size()) {
                counts_.bytes_again += seg.payload.size();
            } else {
                s->held_bytes += seg.payload.size() - held->second.size();
                total_held_ += seg.payload.size() - held->second.size();
                held->second.assign(seg.payload.data(), seg.payload.size());
            }
            while (!s->held.empty() &&
                   (s->held_bytes > limits_.max_stream_held || total_held_ > limits_.max_total_held)) {
                skip_gap(*s);
            }
        }
    }
    if (rst || (fin && s->held.empty())) end(*s);
}

void tcp_reassembly::finish() {
    for (auto& [k, s] : streams_) end(s);
    streams_.clear();
}

}  // namespace sipcode::cli::trace
