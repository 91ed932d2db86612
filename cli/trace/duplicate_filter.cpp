// sipcode CLI: the same UDP datagram captured twice, counted once (see duplicate_filter.hpp).
#include "duplicate_filter.hpp"

#include <functional>

namespace sipcode::cli::trace {

bool duplicate_filter::seen(std::string_view src, std::string_view dst, std::string_view payload,
                            std::optional<std::uint32_t> ip_id, std::int64_t time_ns) {
    while (!recent_.empty() &&
           (time_ns - recent_.front().first > window_with_id_ns || recent_.size() >= max_remembered)) {
        const auto it = digests_.find(recent_.front().second);
        if (--it->second.count == 0) digests_.erase(it);
        recent_.pop_front();
    }
    // A 64-bit digest of addresses and bytes: two different datagrams within the window share one with a
    // probability of about 2^-64 per pair.
    const std::hash<std::string_view> h;
    std::uint64_t d = h(payload);
    d ^= h(src) + 0x9e3779b97f4a7c15ULL + (d << 6) + (d >> 2);
    d ^= h(dst) + 0x9e3779b97f4a7c15ULL + (d << 6) + (d >> 2);
    d ^= (ip_id ? *ip_id + (std::uint64_t{1} << 32) : 0) + 0x9e3779b97f4a7c15ULL + (d << 6) + (d >> 2);
    last_seen& entry = digests_[d];
    const std::int64_t window = ip_id ? window_with_id_ns : window_without_id_ns;
    const bool again = entry.count > 0 && time_ns - entry.time <= window;
    ++entry.count;
    entry.time = time_ns;
    recent_.emplace_back(time_ns, d);
    return again;
}

}  // namespace sipcode::cli::trace
