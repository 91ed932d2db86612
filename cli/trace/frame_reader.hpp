// sipcode CLI: the SIP messages in a sequence of captured frames of one link type, without libpcap.
//
// Each frame goes through packet_decoder; UDP datagrams that start with a SIP start line are one
// message each (duplicate_filter drops a second interface's copy); TCP segments go through
// tcp_reassembly and sip_stream_framer. capture.cpp feeds it from libpcap, the fuzz target from bytes.
#ifndef SIPCODE_CLI_TRACE_FRAME_READER_HPP
#define SIPCODE_CLI_TRACE_FRAME_READER_HPP

#include "capture.hpp"
#include "duplicate_filter.hpp"
#include "message.hpp"
#include "packet_decoder.hpp"
#include "sip_stream_framer.hpp"
#include "tcp_reassembly.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace sipcode::cli::trace {

class frame_reader {
public:
    frame_reader(link_type link, const message_sink& sink);
    frame_reader(const frame_reader&) = delete;
    frame_reader& operator=(const frame_reader&) = delete;

    /** One frame: its captured bytes, its length on the wire, its time. Frames are numbered from 1. */
    void frame(std::string_view bytes, std::uint32_t wire_length, std::int64_t time_ns);
    /** The end of the capture: messages still held in TCP streams are handed out where complete. */
    void finish();
    /** The counts so far (the format, link and byte fields are the caller's). */
    void fill(capture_summary& s) const;

private:
    void udp(const transport_packet& t, std::int64_t time_ns);

    const message_sink& sink_;
    packet_decoder decoder_;
    sip_stream_framer framer_;
    tcp_reassembly tcp_;
    duplicate_filter duplicates_;
    std::uint64_t frame_ = 0;
    std::string src_, dst_;
    capture_summary udp_counts_;  // only the UDP fields are used
};

}  // namespace sipcode::cli::trace

#endif  // SIPCODE_CLI_TRACE_FRAME_READER_HPP
