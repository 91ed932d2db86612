// sipcode CLI: one captured frame, from its link-layer header down to a UDP datagram or TCP segment.
//
// Link types: Ethernet (with any stack of 802.1Q / 802.1ad / QinQ tags), Linux cooked capture v1 and
// v2, BSD loopback (DLT_NULL, host byte order; DLT_LOOP, network byte order), raw IP, and the IPv4 and
// IPv6 link types. Then IPv4 (fragments reassembled by ip_reassembly) or IPv6 (extension headers
// skipped, its fragment header reassembled), one level of IP-in-IP (IPv4 or IPv6 inside either), and
// UDP or TCP. Everything else is counted by why it was skipped. No libpcap here: the decoder takes the
// frame's bytes and is fuzzed on its own.
#ifndef SIPCODE_CLI_TRACE_PACKET_DECODER_HPP
#define SIPCODE_CLI_TRACE_PACKET_DECODER_HPP

#include "ip_reassembly.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sipcode::cli::trace {

/** The link types the decoder reads (named as in the tcpdump.org LINKTYPE_ list). */
enum class link_type : std::uint8_t {
    ethernet,    ///< LINKTYPE_ETHERNET (1)
    linux_sll,   ///< LINKTYPE_LINUX_SLL (113), `tcpdump -i any` before libpcap 1.10, dumpcap -i any
    linux_sll2,  ///< LINKTYPE_LINUX_SLL2 (276), `tcpdump -i any` with libpcap 1.10
    null_bsd,    ///< LINKTYPE_NULL (0): a 4-byte address family in the capturing host's byte order
    loop_bsd,    ///< LINKTYPE_LOOP (108): the same in network byte order
    raw_ip,      ///< LINKTYPE_RAW (101): IPv4 or IPv6 by the version nibble
    ipv4,        ///< LINKTYPE_IPV4 (228)
    ipv6,        ///< LINKTYPE_IPV6 (229)
};

/** An IPv4 or IPv6 address. */
struct ip_address {
    std::uint8_t version = 0;  ///< 4 or 6
    std::array<std::uint8_t, 16> bytes{};  ///< IPv4 in the first 4

    friend bool operator==(const ip_address& a, const ip_address& b) {
        return a.version == b.version && a.bytes == b.bytes;
    }
};

/** "192.0.2.1:5060" or "[2001:db8::1]:5060" (RFC 5952 text form), appended to `out`. */
void append_endpoint(std::string& out, const ip_address& address, std::uint16_t port);

enum class transport_protocol : std::uint8_t { udp, tcp };

/** TCP header flags (RFC 9293 s3.1). */
namespace tcp_flag {
inline constexpr std::uint8_t fin = 0x01;
inline constexpr std::uint8_t syn = 0x02;
inline constexpr std::uint8_t rst = 0x04;
}  // namespace tcp_flag

/** A UDP datagram or TCP segment. `payload` points into the frame or into the decoder's reassembly
 *  buffer: valid until the next call to decode(). */
struct transport_packet {
    transport_protocol protocol = transport_protocol::udp;
    ip_address src, dst;
    std::uint16_t src_port = 0, dst_port = 0;
    std::uint32_t seq = 0;      ///< TCP sequence number
    std::uint8_t tcp_flags = 0;  ///< TCP flags (tcp_flag::*)
    std::string_view payload;
    std::size_t wire_length = 0;  ///< the payload's length on the wire: payload.size() unless truncated
    std::optional<std::uint32_t> ip_id;  ///< IPv4 identification, or IPv6 fragment identification; the same
                                         ///< in every copy of one packet, new in a retransmission
    bool truncated = false;  ///< the capture's snapshot length cut the payload short: `payload` is its start
};

/** What the decoder skipped, by reason. Every frame is counted once: as decoded (a transport_packet
 *  came out), or in exactly one of the other counters. */
struct decode_counts {
    std::uint64_t frames = 0;
    std::uint64_t decoded = 0;
    std::uint64_t not_ip = 0;            ///< ARP, LLDP, other ethertypes or address families
    std::uint64_t header_truncated = 0;  ///< the snapshot length cut a link, IP, UDP or TCP header
    std::uint64_t malformed = 0;         ///< a header whose lengths or version do not add up
    std::uint64_t fragments_held = 0;    ///< a fragment kept until its datagram is complete
    std::uint64_t tunnels_nested = 0;    ///< IP-in-IP inside IP-in-IP: only one level is read
    std::uint64_t sctp = 0;              ///< SCTP (not read yet)
    std::uint64_t icmp = 0;              ///< ICMP and ICMPv6 (a message quoted in an error is not a message)
    std::uint64_t other_protocol = 0;    ///< any other IP protocol (ESP, GRE, ...)
};

/** Decodes the frames of one capture (one link type). Holds the IP fragment reassembly, so frames
 *  must be given in capture order. */
class packet_decoder {
public:
    explicit packet_decoder(link_type link) : link_(link) {}
    packet_decoder(link_type link, ip_reassembly::limits fragment_limits) : link_(link), fragments_(fragment_limits) {}

    /** Decodes one frame: `frame` is the captured bytes, `wire_length` the length on the wire (larger
     *  when the snapshot length cut it). Nullopt when the frame holds no UDP or TCP packet yet. */
    std::optional<transport_packet> decode(std::string_view frame, std::uint32_t wire_length, std::int64_t time_ns);

    /** The end of the capture: drops the datagrams still missing fragments (counted). */
    void finish() { fragments_.finish(); }

    const decode_counts& counts() const { return counts_; }
    const ip_reassembly::counts& fragment_counts() const { return fragments_.stats(); }

private:
    std::optional<transport_packet> ipv4(std::string_view packet, bool cut, int depth, std::int64_t time_ns);
    std::optional<transport_packet> ipv6(std::string_view packet, bool cut, int depth, std::int64_t time_ns);
    std::optional<transport_packet> transport(std::uint8_t protocol, const ip_address& src, const ip_address& dst,
                                              std::string_view payload, std::size_t wire_length,
                                              std::optional<std::uint32_t> ip_id, int depth, std::int64_t time_ns);

    link_type link_;
    ip_reassembly fragments_;
    decode_counts counts_;
};

}  // namespace sipcode::cli::trace

#endif  // SIPCODE_CLI_TRACE_PACKET_DECODER_HPP
