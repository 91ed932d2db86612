// sipcode CLI: packet captures through libpcap (see capture.hpp).
#include "capture.hpp"

#include "frame_reader.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <optional>

#ifndef SIPCODE_WITH_PCAP  // set by cli/CMakeLists.txt; without it, the build that reads no capture
#define SIPCODE_WITH_PCAP 0
#endif

#if SIPCODE_WITH_PCAP
#include <pcap/pcap.h>
#include <unistd.h>
#endif

namespace sipcode::cli::trace {
namespace {

std::uint32_t magic_le(std::string_view b) {
    return std::uint32_t{static_cast<unsigned char>(b[0])} | (std::uint32_t{static_cast<unsigned char>(b[1])} << 8) |
           (std::uint32_t{static_cast<unsigned char>(b[2])} << 16) |
           (std::uint32_t{static_cast<unsigned char>(b[3])} << 24);
}

void add_line(std::vector<std::string>& out, std::uint64_t n, const char* what) {
    if (n == 0) return;
    out.push_back("  " + std::to_string(n) + ' ' + what);
}

#if SIPCODE_WITH_PCAP

std::optional<link_type> link_of(int dlt) {
    switch (dlt) {
    case DLT_EN10MB: return link_type::ethernet;
    case DLT_LINUX_SLL: return link_type::linux_sll;
#ifdef DLT_LINUX_SLL2
    case DLT_LINUX_SLL2: return link_type::linux_sll2;
#endif
    case DLT_NULL: return link_type::null_bsd;
    case DLT_LOOP: return link_type::loop_bsd;
    case DLT_RAW: return link_type::raw_ip;
#ifdef DLT_IPV4
    case DLT_IPV4: return link_type::ipv4;
#endif
#ifdef DLT_IPV6
    case DLT_IPV6: return link_type::ipv6;
#endif
    default: return std::nullopt;
    }
}

// The FILE libpcap reads: the bytes already peeked, then the rest through `more`. An exception from
// `more` must not cross libpcap's C frames: it is kept, reported to libpcap as a read error, and
// rethrown once libpcap has returned.
struct source {
    std::string peeked;
    const byte_reader* more = nullptr;
    std::size_t pos = 0;
    std::uint64_t bytes = 0;
    std::exception_ptr error;
};

ssize_t source_read(void* cookie, char* buf, std::size_t size) {
    auto* s = static_cast<source*>(cookie);
    if (s->pos < s->peeked.size()) {
        const std::size_t n = std::min(size, s->peeked.size() - s->pos);
        std::memcpy(buf, s->peeked.data() + s->pos, n);
        s->pos += n;
        s->bytes += n;
        return static_cast<ssize_t>(n);
    }
    if (s->error) return -1;
    try {
        const std::size_t got = (*s->more)(buf, size);
        s->bytes += got;
        return static_cast<ssize_t>(got);
    } catch (...) {
        s->error = std::current_exception();
        return -1;
    }
}

int source_close(void*) { return 0; }  // the descriptor is the caller's

struct pcap_closer {
    void operator()(pcap_t* p) const { pcap_close(p); }
};

#endif

}  // namespace

bool looks_like_capture(std::string_view b) noexcept {
    if (b.size() < 4) return false;
    const std::uint32_t m = magic_le(b);
    // pcap: 0xa1b2c3d4 (microseconds) and 0xa1b23c4d (nanoseconds), written in either byte order;
    // pcapng: the Section Header Block type 0x0a0d0d0a, the same in both.
    return m == 0xa1b2c3d4U || m == 0xd4c3b2a1U || m == 0xa1b23c4dU || m == 0x4d3cb2a1U || m == 0x0a0d0d0aU;
}

bool capture_support() noexcept { return SIPCODE_WITH_PCAP != 0; }

std::vector<std::string> capture_summary::describe() const {
    std::vector<std::string> out;
    out.push_back("capture: " + format + ", " + link + ", " + std::to_string(decoding.frames) + " frames, " +
                  std::to_string(messages) + " SIP messages (" + std::to_string(udp_messages) + " over UDP, " +
                  std::to_string(framing.messages) + " over TCP)");
    std::vector<std::string> skipped;
    add_line(skipped, decoding.not_ip, "frames not IPv4 or IPv6");
    add_line(skipped, decoding.sctp, "SCTP packets (SIP over SCTP is not read)");
    add_line(skipped, framing.websocket_streams, "WebSocket streams (SIP over WebSocket, RFC 7118, is not read)");
    add_line(skipped, hep_packets, "HEP datagrams (HEP encapsulation is not read)");
    add_line(skipped, framing.tls_streams, "TLS streams (encrypted)");
    add_line(skipped, decoding.icmp, "ICMP packets (a message quoted in an ICMP error is not a message)");
    add_line(skipped, decoding.other_protocol, "packets of other IP protocols");
    add_line(skipped, decoding.tunnels_nested, "packets tunnelled more than one level deep");
    add_line(skipped, udp_not_sip, "UDP datagrams that are not SIP");
    add_line(skipped, framing.bytes_not_sip, "TCP bytes that are not SIP");
    if (!skipped.empty()) {
        out.push_back("capture: skipped:");
        out.insert(out.end(), skipped.begin(), skipped.end());
    }
    std::vector<std::string> dropped;
    add_line(dropped, duplicates, "UDP datagrams seen again (the same IP packet, captured on a second interface)");
    add_line(dropped, tcp.bytes_again, "TCP bytes seen again (retransmitted or on a second interface)");
    add_line(dropped, decoding.header_truncated, "frames whose headers the snapshot length cut");
    add_line(dropped, decoding.malformed, "malformed frames");
    add_line(dropped, truncated_messages, "UDP messages cut by the snapshot length (start line and head read)");
    add_line(dropped, fragments.fragments_dropped, "IP fragments dropped (over a reassembly limit)");
    add_line(dropped, fragments.datagrams_incomplete, "IP datagrams missing fragments");
    add_line(dropped, tcp.bytes_lost, "TCP bytes missing from the capture (gaps skipped)");
    add_line(dropped, framing.partial_messages_lost, "partial SIP messages lost at a TCP gap or limit");
    add_line(dropped, tcp.streams_evicted, "TCP streams ended early (more than 65536 open)");
    add_line(dropped, framing.without_content_length, "SIP messages over TCP without Content-Length (read as 0)");
    add_line(dropped, framing.large_messages, "SIP messages over 64 KiB (head read, body skipped)");
    if (!dropped.empty()) {
        out.push_back("capture: also:");
        out.insert(out.end(), dropped.begin(), dropped.end());
    }
    if (!error.empty()) out.push_back("capture: the file ends early or is damaged (" + error + "); read up to there");
    return out;
}

#if SIPCODE_WITH_PCAP

capture_summary read_capture(std::string_view peeked, int fd, const message_sink& sink, bool (*stop)() noexcept) {
    const byte_reader more = [fd](char* dst, std::size_t n) -> std::size_t {
        for (;;) {
            const ssize_t got = ::read(fd, dst, n);
            if (got >= 0) return static_cast<std::size_t>(got);
            if (errno != EINTR) throw capture_error(std::string("cannot read the capture: ") + std::strerror(errno));
        }
    };
    return read_capture(peeked, more, sink, stop);
}

capture_summary read_capture(std::string_view peeked, const byte_reader& more, const message_sink& sink,
                             bool (*stop)() noexcept) {
    capture_summary summary;
    summary.format = peeked.size() >= 4 && magic_le(peeked) == 0x0a0d0d0aU ? "pcapng" : "pcap";
    auto* src = new source{std::string(peeked), &more, 0, 0, nullptr};
    cookie_io_functions_t io{};
    io.read = source_read;
    io.close = source_close;
    FILE* file = fopencookie(src, "r", io);
    if (file == nullptr) {
        delete src;
        throw capture_error(std::string("cannot read the capture: ") + std::strerror(errno));
    }
    const std::unique_ptr<source> own_src(src);
    std::setvbuf(file, nullptr, _IOFBF, std::size_t{1} << 20);
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t* raw = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_NANO, errbuf);
    if (raw == nullptr) {
        std::fclose(file);
        if (src->error) std::rethrow_exception(src->error);
        throw capture_error(std::string("libpcap cannot read the ") + summary.format + " file: " + errbuf);
    }
    const std::unique_ptr<pcap_t, pcap_closer> p(raw);  // closes `file` too
    const int dlt = pcap_datalink(raw);
    const char* dlt_name = pcap_datalink_val_to_name(dlt);
    const char* dlt_description = pcap_datalink_val_to_description(dlt);
    summary.link = dlt_description != nullptr ? dlt_description : dlt_name != nullptr ? dlt_name : "?";
    const std::optional<link_type> link = link_of(dlt);
    if (!link) {
        throw capture_error("link type " + std::to_string(dlt) + " (" + (dlt_name != nullptr ? dlt_name : "?") +
                            ") is not read; sipcode reads Ethernet, Linux cooked (SLL, SLL2), BSD loopback, "
                            "raw IP, IPv4 and IPv6 captures");
    }
    frame_reader reader(*link, sink);
    for (;;) {
        if (stop != nullptr && stop()) break;
        pcap_pkthdr* header = nullptr;
        const u_char* data = nullptr;
        const int r = pcap_next_ex(raw, &header, &data);
        if (r == PCAP_ERROR_BREAK) break;  // the end of the file
        if (r != 1) {
            if (src->error) std::rethrow_exception(src->error);
            summary.error = pcap_geterr(raw);
            break;
        }
        const std::int64_t time_ns = static_cast<std::int64_t>(header->ts.tv_sec) * 1000000000 +
                                     static_cast<std::int64_t>(header->ts.tv_usec);
        reader.frame(std::string_view(reinterpret_cast<const char*>(data), header->caplen), header->len, time_ns);
    }
    reader.finish();
    reader.fill(summary);
    summary.bytes = src->bytes;
    return summary;
}

#else

capture_summary read_capture(std::string_view peeked, int, const message_sink& sink, bool (*stop)() noexcept) {
    return read_capture(peeked, byte_reader(), sink, stop);
}

capture_summary read_capture(std::string_view, const byte_reader&, const message_sink&, bool (*)() noexcept) {
    throw capture_error(
        "this input is a packet capture, and this sipcode was built without libpcap (SIPCODE_WITH_PCAP=OFF): "
        "it reads text traces only. Rebuild with libpcap (Debian: libpcap-dev), or convert the capture "
        "to text first: tshark -r FILE -V");
}

#endif

}  // namespace sipcode::cli::trace
