// sipcode CLI: the same UDP datagram captured twice within a few milliseconds, counted once.
//
// A capture on several interfaces (`tcpdump -i any` on a host that bridges or routes, a container
// host's veth and bridge, a mirror port that sees both directions of a switch) holds each datagram
// once per interface it crossed; tshark counts every copy. Every copy of one IP packet has the same
// IPv4 identification; a retransmission is a new packet with a new one. So a SIP message over UDP is
// counted once when the same bytes between the same addresses and ports, with the same IPv4
// identification, were seen within 10 ms. IPv6 has no identification outside fragments: there the
// window is 200 us, as copies across interfaces of one host are microseconds apart, while a server
// transaction answers a request retransmission with its last response (RFC 3261 s17.2.1), which a
// busy UAS sends about a millisecond after the first. TCP needs no filter: the second copy of a
// segment is a retransmission to the reassembly, whose bytes are never handed out twice.
#ifndef SIPCODE_CLI_TRACE_DUPLICATE_FILTER_HPP
#define SIPCODE_CLI_TRACE_DUPLICATE_FILTER_HPP

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace sipcode::cli::trace {

class duplicate_filter {
public:
    static constexpr std::int64_t window_with_id_ns = std::int64_t{10} * 1000 * 1000;
    static constexpr std::int64_t window_without_id_ns = std::int64_t{200} * 1000;
    /** At most this many datagrams are remembered; past it the oldest are forgotten early. */
    static constexpr std::size_t max_remembered = 65536;

    /** True when the datagram `payload` from `src` to `dst` with IP identification `ip_id` was seen
     *  within its window before `time_ns`; remembers it either way. */
    bool seen(std::string_view src, std::string_view dst, std::string_view payload,
              std::optional<std::uint32_t> ip_id, std::int64_t time_ns);

private:
    struct last_seen {
        std::uint32_t count = 0;  // entries in recent_
        std::int64_t time = 0;    // the latest
    };
    std::deque<std::pair<std::int64_t, std::uint64_t>> recent_;  // (time, digest), oldest first
    std::unordered_map<std::uint64_t, last_seen> digests_;
};

}  // namespace sipcode::cli::trace

#endif  // SIPCODE_CLI_TRACE_DUPLICATE_FILTER_HPP
