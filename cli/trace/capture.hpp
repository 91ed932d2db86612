// sipcode CLI: SIP messages out of a packet capture (pcap or pcapng), read through libpcap.
//
// Frames are decoded by packet_decoder (link layer, IP with fragment reassembly, one level of
// IP-in-IP, UDP, TCP). A UDP datagram is one SIP message when it starts with a start line (any port);
// a copy of the same IP packet captured on a second interface is counted once (duplicate_filter). TCP streams are
// reassembled (tcp_reassembly) and framed by Content-Length (sip_stream_framer). Each message goes to
// the sink with its frame number, time, addresses and transport; what was skipped or dropped is
// counted in the summary, which describe() turns into the lines shown to the user.
//
// Without libpcap (CMake option SIPCODE_WITH_PCAP=OFF) looks_like_capture() still recognises a
// capture, and read_capture() throws capture_error saying the tool was built without it.
#ifndef SIPCODE_CLI_TRACE_CAPTURE_HPP
#define SIPCODE_CLI_TRACE_CAPTURE_HPP

#include "ip_reassembly.hpp"
#include "message.hpp"
#include "packet_decoder.hpp"
#include "sip_stream_framer.hpp"
#include "tcp_reassembly.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sipcode::cli::trace {

/** A capture that cannot be read at all (bad header, unsupported link type, no libpcap). */
struct capture_error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/** What reading one capture found, skipped and dropped. */
struct capture_summary {
    std::string format;  ///< "pcap" or "pcapng"
    std::string link;    ///< the link type's name, e.g. "Ethernet"
    std::uint64_t bytes = 0;     ///< bytes of the file read
    std::uint64_t messages = 0;  ///< SIP messages handed to the sink
    std::uint64_t udp_messages = 0;
    std::uint64_t udp_datagrams = 0;
    std::uint64_t udp_not_sip = 0;        ///< UDP datagrams that do not start with a SIP start line
    std::uint64_t udp_keepalives = 0;     ///< CRLF keep-alives (RFC 5626 s3.5.1)
    std::uint64_t hep_packets = 0;        ///< HEP (HEPv2/v3 encapsulation) datagrams, not read
    std::uint64_t truncated_messages = 0;  ///< UDP messages the snapshot length cut (their head is read)
    std::uint64_t duplicates = 0;         ///< UDP messages whose IP packet was seen before (a second interface)
    decode_counts decoding;
    ip_reassembly::counts fragments;
    tcp_reassembly::counts tcp;
    sip_stream_framer::counts framing;
    std::string error;  ///< libpcap's words when the file ends early or is damaged after its header

    /** The lines to show on stderr: what was read, what was skipped and why, what was dropped. */
    std::vector<std::string> describe() const;
};

/** True when `first_bytes` start with the magic number of pcap (either byte order, microsecond or
 *  nanosecond timestamps) or of a pcapng Section Header Block. */
bool looks_like_capture(std::string_view first_bytes) noexcept;

/** True when this build reads captures (built with libpcap). */
bool capture_support() noexcept;

/** Reads a capture whose first bytes `peeked` were already read from `fd` (the rest is read from
 *  `fd`, which stays open); hands every SIP message to `sink`, with frame, time, addresses and
 *  transport. `stop` is polled between frames: when it returns true, reading ends there. Throws
 *  capture_error when the capture cannot be read at all. */
capture_summary read_capture(std::string_view peeked, int fd, const message_sink& sink,
                             bool (*stop)() noexcept = nullptr);

/** Reads up to `n` bytes into `dst`; 0 at the end. May throw: the exception reaches read_capture's caller. */
using byte_reader = std::function<std::size_t(char* dst, std::size_t n)>;

/** The same, the rest of the capture read through `more`. */
capture_summary read_capture(std::string_view peeked, const byte_reader& more, const message_sink& sink,
                             bool (*stop)() noexcept = nullptr);

}  // namespace sipcode::cli::trace

#endif  // SIPCODE_CLI_TRACE_CAPTURE_HPP
