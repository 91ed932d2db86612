// sipcode CLI: IPv4 and IPv6 fragment reassembly in bounded memory (see ip_reassembly.hpp).
#include "ip_reassembly.hpp"

#include <algorithm>
#include <cstring>

namespace sipcode::cli::trace {
namespace {

constexpr std::uint32_t max_datagram = 65535;
constexpr std::int64_t sweep_interval_ns = std::int64_t{1000} * 1000 * 1000;

void add_range(std::vector<std::pair<std::uint32_t, std::uint32_t>>& ranges, std::uint32_t begin, std::uint32_t end) {
    ranges.emplace_back(begin, end);
    std::sort(ranges.begin(), ranges.end());
    std::size_t out = 0;
    for (std::size_t i = 1; i < ranges.size(); ++i) {
        if (ranges[i].first <= ranges[out].second) {
            ranges[out].second = std::max(ranges[out].second, ranges[i].second);
        } else {
            ranges[++out] = ranges[i];
        }
    }
    ranges.resize(out + 1);
}

}  // namespace

void ip_reassembly::drop(std::map<std::array<std::uint8_t, 38>, pending>::iterator it) {
    held_bytes_ -= it->second.data.size();
    ++counts_.datagrams_incomplete;
    pending_.erase(it);
}

void ip_reassembly::expire(std::int64_t now) {
    if (now < next_sweep_) return;
    next_sweep_ = now + sweep_interval_ns;
    for (auto it = pending_.begin(); it != pending_.end();) {
        const auto here = it++;
        if (now - here->second.first_seen > limits_.timeout_ns) drop(here);
    }
}

void ip_reassembly::finish() {
    while (!pending_.empty()) drop(pending_.begin());
}

std::optional<ip_reassembly::datagram> ip_reassembly::add(const fragment& f, std::int64_t time_ns) {
    expire(time_ns);
    const std::uint64_t end64 = std::uint64_t{f.offset} + f.data.size();
    if (end64 > max_datagram || (f.more && f.data.empty())) {
        ++counts_.fragments_dropped;
        return std::nullopt;
    }
    const auto end = static_cast<std::uint32_t>(end64);
    auto it = pending_.find(f.key);
    if (it == pending_.end()) {
        if (pending_.size() >= limits_.max_datagrams) {
            ++counts_.fragments_dropped;
            return std::nullopt;
        }
        it = pending_.emplace(f.key, pending{}).first;
        it->second.first_seen = time_ns;
    }
    pending& p = it->second;
    if (!f.more) {
        if (p.total && *p.total != end) {  // two different ends: the datagram cannot be rebuilt
            ++counts_.fragments_dropped;
            drop(it);
            return std::nullopt;
        }
        p.total = end;
    }
    if (p.total && end > *p.total) {
        ++counts_.fragments_dropped;
        drop(it);
        return std::nullopt;
    }
    if (end > p.data.size()) {
        const std::size_t grow = end - p.data.size();
        if (held_bytes_ + grow > limits_.max_bytes) {
            ++counts_.fragments_dropped;
            if (p.data.empty() && p.ranges.empty()) pending_.erase(it);
            return std::nullopt;
        }
        held_bytes_ += grow;
        p.data.resize(end);
    }
    if (!f.data.empty()) std::memcpy(&p.data[f.offset], f.data.data(), f.data.size());
    if (f.offset == 0 || p.ranges.empty()) p.protocol = f.protocol;
    if (end > f.offset) add_range(p.ranges, f.offset, end);
    if (!p.total || p.ranges.size() != 1 || p.ranges[0].first != 0 || p.ranges[0].second != *p.total) {
        return std::nullopt;
    }
    // Complete: the fragment's bytes are copied, so the caller's view of them may be overwritten now.
    const std::uint8_t protocol = p.protocol;
    held_bytes_ -= p.data.size();
    completed_.swap(p.data);
    completed_.resize(*p.total);
    pending_.erase(it);
    ++counts_.reassembled;
    return datagram{protocol, completed_};
}

}  // namespace sipcode::cli::trace
