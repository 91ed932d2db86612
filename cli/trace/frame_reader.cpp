// sipcode CLI: the SIP messages in a sequence of captured frames (see frame_reader.hpp).
#include "frame_reader.hpp"

#include "sip_message.hpp"

namespace sipcode::cli::trace {
namespace {

bool all_line_endings(std::string_view s) {
    for (const char c : s) {
        if (c != '\r' && c != '\n') return false;
    }
    return !s.empty();
}

// HEPv3 starts with "HEP3" (sipcapture's HEP specification), HEPv2 with version 2 and a 16-byte header.
bool looks_like_hep(std::string_view s) {
    return s.substr(0, 4) == "HEP3" || (s.size() >= 3 && s[0] == '\x02' && s[1] == '\x10' && s[2] == '\x02');
}

}  // namespace

frame_reader::frame_reader(link_type link, const message_sink& sink)
    : sink_(sink), decoder_(link), framer_(sink), tcp_(framer_) {}

void frame_reader::frame(std::string_view bytes, std::uint32_t wire_length, std::int64_t time_ns) {
    ++frame_;
    const std::optional<transport_packet> t = decoder_.decode(bytes, wire_length, time_ns);
    if (!t) return;
    if (t->protocol == transport_protocol::udp) {
        udp(*t, time_ns);
        return;
    }
    framer_.set_frame(frame_, time_ns);
    tcp_.add(*t, time_ns);
}

void frame_reader::udp(const transport_packet& t, std::int64_t time_ns) {
    capture_summary& k = udp_counts_;
    ++k.udp_datagrams;
    if (all_line_endings(t.payload)) {
        ++k.udp_keepalives;
        return;
    }
    if (looks_like_hep(t.payload)) {
        ++k.hep_packets;
        return;
    }
    message m;
    // One datagram, one message (RFC 3261 s18.3): nothing follows it, so a head that the datagram or
    // the snapshot length ends is read as far as it goes.
    if (read_sip_head(t.payload, m, true).status != head_status::complete) {
        ++k.udp_not_sip;
        return;
    }
    src_.clear();
    dst_.clear();
    append_endpoint(src_, t.src, t.src_port);
    append_endpoint(dst_, t.dst, t.dst_port);
    if (duplicates_.seen(src_, dst_, t.payload, t.ip_id, time_ns)) {
        ++k.duplicates;
        return;
    }
    if (t.truncated) ++k.truncated_messages;
    m.seen.frame = frame_;
    m.seen.time_ns = time_ns;
    m.seen.src = src_;
    m.seen.dst = dst_;
    m.seen.transport = "UDP";
    ++k.udp_messages;
    sink_(m);
}

void frame_reader::finish() {
    tcp_.finish();
    decoder_.finish();
}

void frame_reader::fill(capture_summary& s) const {
    s.udp_messages = udp_counts_.udp_messages;
    s.udp_datagrams = udp_counts_.udp_datagrams;
    s.udp_not_sip = udp_counts_.udp_not_sip;
    s.udp_keepalives = udp_counts_.udp_keepalives;
    s.hep_packets = udp_counts_.hep_packets;
    s.truncated_messages = udp_counts_.truncated_messages;
    s.duplicates = udp_counts_.duplicates;
    s.decoding = decoder_.counts();
    s.fragments = decoder_.fragment_counts();
    s.tcp = tcp_.stats();
    s.framing = framer_.stats();
    s.messages = s.udp_messages + s.framing.messages;
}

}  // namespace sipcode::cli::trace
