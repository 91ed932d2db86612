// Fuzz target: the packet decoder, IP fragment and TCP reassembly and the SIP framing of TCP streams,
// on arbitrary frames. The first byte picks the mode:
//   even: frames of link type (byte >> 1) % 8 through frame_reader, as a capture's frames are read:
//         records of [u16 caplen][u16 bytes cut by the snapshot length][u8 time step][caplen bytes];
//   odd:  TCP segments straight into tcp_reassembly + sip_stream_framer with small limits (so that
//         every limit is reached): records of [u8 flags][u8 stream][u32 seq][u16 len][len bytes].
// Checks: every message has a start line, a frame no later than the current one and a transport; the
// reassembly never hands out more bytes than it was given nor holds more than its limits allow.
#include "fuzz_check.hpp"

#include "frame_reader.hpp"
#include "sip_stream_framer.hpp"
#include "tcp_reassembly.hpp"

#include <cstdint>
#include <cstring>
#include <string_view>

using namespace sipcode::cli::trace;

namespace {

std::uint32_t get(std::string_view& in, std::size_t n) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < n && !in.empty(); ++i) {
        v = (v << 8) | static_cast<unsigned char>(in[0]);
        in.remove_prefix(1);
    }
    return v;
}

struct counting_consumer final : tcp_stream_consumer {
    explicit counting_consumer(tcp_stream_consumer& next) : next_(next) {}
    void data(const tcp_stream_info& s, std::string_view bytes) override {
        SIPCODE_FUZZ_CHECK(!bytes.empty());
        delivered += bytes.size();
        next_.data(s, bytes);
    }
    void gap(const tcp_stream_info& s) override { next_.gap(s); }
    void closed(const tcp_stream_info& s) override { next_.closed(s); }
    tcp_stream_consumer& next_;
    std::uint64_t delivered = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in = sipcode_fuzz::as_view(data, size);
    if (in.empty()) return 0;
    const auto mode = static_cast<unsigned char>(in[0]);
    in.remove_prefix(1);
    std::uint64_t frame = 0;
    std::uint64_t messages = 0;
    const message_sink sink = [&](const message& m) {
        SIPCODE_FUZZ_CHECK(!m.start_line.empty());
        SIPCODE_FUZZ_CHECK(m.seen.frame >= 1 && m.seen.frame <= frame);
        SIPCODE_FUZZ_CHECK(m.seen.transport == "UDP" || m.seen.transport == "TCP");
        SIPCODE_FUZZ_CHECK(!m.seen.src.empty() && !m.seen.dst.empty());
        ++messages;
    };
    std::int64_t time_ns = 1700000000LL * 1000000000LL;
    if ((mode & 1) == 0) {
        frame_reader reader(static_cast<link_type>((mode >> 1) % 8), sink);
        while (in.size() >= 5) {
            const std::size_t caplen = get(in, 2);
            const std::uint32_t cut = get(in, 2);
            time_ns += std::int64_t{get(in, 1)} << 24;  // up to ~4 s a step: timeouts are reached
            const std::string_view bytes = in.substr(0, caplen);
            in.remove_prefix(bytes.size());
            ++frame;
            reader.frame(bytes, static_cast<std::uint32_t>(bytes.size() + cut), time_ns);
        }
        reader.finish();
        capture_summary s;
        reader.fill(s);
        SIPCODE_FUZZ_CHECK(s.messages == messages);
        SIPCODE_FUZZ_CHECK(s.decoding.frames == frame);
        return 0;
    }
    sip_stream_framer::limits fl;
    fl.max_message = 512;
    fl.max_head = 256;
    fl.max_total = 2048;
    sip_stream_framer framer(sink, fl);
    counting_consumer counter(framer);
    tcp_reassembly::limits tl;
    tl.max_streams = 4;
    tl.max_stream_held = 1024;
    tl.max_total_held = 2048;
    tl.idle_timeout_ns = 3LL * 1000000000LL;
    tcp_reassembly tcp(counter, tl);
    std::uint64_t given = 0;
    std::size_t largest = 0;
    while (in.size() >= 8) {
        transport_packet t;
        t.protocol = transport_protocol::tcp;
        t.tcp_flags = static_cast<std::uint8_t>(get(in, 1));
        const std::uint32_t stream = get(in, 1) % 8;
        t.src.version = 4;
        t.dst.version = 4;
        t.src.bytes[3] = static_cast<std::uint8_t>(stream);
        t.src_port = static_cast<std::uint16_t>(5060 + stream);
        t.dst_port = 5060;
        t.seq = get(in, 4);
        const std::size_t len = get(in, 2) % 2048;
        t.payload = in.substr(0, len);
        in.remove_prefix(t.payload.size());
        t.wire_length = t.payload.size() + ((t.tcp_flags & 0x40) ? 100 : 0);  // bit 6: cut by the snapshot length
        t.truncated = t.wire_length > t.payload.size();
        t.tcp_flags &= 0x3f;
        given += t.payload.size();
        largest = std::max(largest, t.payload.size());
        time_ns += std::int64_t{t.tcp_flags & 0x20 ? 1 : 0} * 2000000000LL;
        ++frame;
        framer.set_frame(frame, time_ns);
        tcp.add(t, time_ns);
        SIPCODE_FUZZ_CHECK(tcp.held_bytes() <= tl.max_total_held + largest);
        SIPCODE_FUZZ_CHECK(tcp.open_streams() <= tl.max_streams);
        SIPCODE_FUZZ_CHECK(framer.held_bytes() <= fl.max_total);
        SIPCODE_FUZZ_CHECK(counter.delivered <= given);
    }
    tcp.finish();
    SIPCODE_FUZZ_CHECK(tcp.held_bytes() == 0);
    SIPCODE_FUZZ_CHECK(framer.held_bytes() == 0);
    SIPCODE_FUZZ_CHECK(counter.delivered + tcp.stats().bytes_again + tcp.stats().bytes_lost >= counter.delivered);
    return 0;
}
