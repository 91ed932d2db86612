// sipcode CLI: the same UDP datagram captured twice within a few milliseconds, counted once.
//
// A capture on several interfaces (`tcpdump -i any` on a host that bridges or routes, a container
// host's veth and bridge, a mirror port that sees both directions of a switch) holds each datagram
// once per interface it crossed; tshark counts every copy. sipcode counts a SIP message over UDP once
// when the same bytes between the same addresses and ports were already seen within `window_ns`
// (10 ms). A SIP retransmission is never that close: the first one comes T1 = 500 ms later by
// default (RFC 3261 s17.1.1.2), and tests on real networks do not set T1 below 10 ms. TCP needs no
// filter: the second copy of a segment is a retransmission to the reassembly, whose bytes are never
// handed out twice.
#ifndef SIPCODE_CLI_TRACE_DUPLICATE_FILTER_HPP
#define SIPCODE_CLI_TRACE_DUPLICATE_FILTER_HPP

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace sipcode::cli::trace {

class duplicate_filter {
public:
    static constexpr std::int64_t default_window_ns = std::int64_t{10} * 1000 * 1000;
    /** At most this many datagrams are remembered; past it the oldest are forgotten early. */
    static constexpr std::size_t max_remembered = 65536;

    explicit duplicate_filter(std::int64_t window_ns = default_window_ns) : window_ns_(window_ns) {}

    /** True when the datagram `payload` from `src` to `dst` was seen within the window before `time_ns`;
     *  remembers it either way. */
    bool seen(std::string_view src, std::string_view dst, std::string_view payload, std::int64_t time_ns);

private:
    std::int64_t window_ns_;
    std::deque<std::pair<std::int64_t, std::uint64_t>> recent_;  // (time, digest), oldest first
    std::unordered_map<std::uint64_t, std::uint32_t> digests_;   // digest -> how many in recent_
};

}  // namespace sipcode::cli::trace

#endif  // SIPCODE_CLI_TRACE_DUPLICATE_FILTER_HPP
