// sipcode CLI: link layer -> IP -> UDP/TCP (see packet_decoder.hpp).
#include "packet_decoder.hpp"

#include <cstdio>
#include <cstring>

namespace sipcode::cli::trace {
namespace {

std::uint16_t be16(const char* p) {
    return static_cast<std::uint16_t>((static_cast<unsigned>(static_cast<unsigned char>(p[0])) << 8) |
                                      static_cast<unsigned char>(p[1]));
}
std::uint32_t be32(const char* p) {
    return (std::uint32_t{be16(p)} << 16) | be16(p + 2);
}
std::uint32_t le32(const char* p) {
    return (std::uint32_t{static_cast<unsigned char>(p[3])} << 24) |
           (std::uint32_t{static_cast<unsigned char>(p[2])} << 16) |
           (std::uint32_t{static_cast<unsigned char>(p[1])} << 8) | static_cast<unsigned char>(p[0]);
}
std::uint8_t u8(const char* p) { return static_cast<std::uint8_t>(*p); }

constexpr std::uint16_t ethertype_ipv4 = 0x0800;
constexpr std::uint16_t ethertype_ipv6 = 0x86dd;
// 802.1Q, 802.1ad (QinQ service tag), and the pre-standard 0x9100 QinQ tag.
constexpr bool is_vlan_tag(std::uint16_t t) { return t == 0x8100 || t == 0x88a8 || t == 0x9100; }
constexpr int max_vlan_tags = 8;

// IP protocol numbers (IANA "Assigned Internet Protocol Numbers").
constexpr std::uint8_t proto_hop_by_hop = 0, proto_icmp = 1, proto_ipv4 = 4, proto_tcp = 6, proto_udp = 17,
                       proto_ipv6 = 41, proto_routing = 43, proto_fragment = 44, proto_icmpv6 = 58,
                       proto_none = 59, proto_dest_opts = 60, proto_sctp = 132;
constexpr int max_extension_headers = 16;

ip_address address(int version, const char* p) {
    ip_address a;
    a.version = static_cast<std::uint8_t>(version);
    std::memcpy(a.bytes.data(), p, version == 4 ? 4 : 16);
    return a;
}

}  // namespace

void append_endpoint(std::string& out, const ip_address& a, std::uint16_t port) {
    char buf[64];
    if (a.version == 4) {
        std::snprintf(buf, sizeof buf, "%u.%u.%u.%u:%u", a.bytes[0], a.bytes[1], a.bytes[2], a.bytes[3], port);
        out += buf;
        return;
    }
    // RFC 5952 s4: lower-case hex, no leading zeros, the longest run (first of equals) of two or more
    // zero groups as "::".
    std::uint16_t g[8];
    for (std::size_t i = 0; i < 8; ++i) g[i] = static_cast<std::uint16_t>((a.bytes[2 * i] << 8) | a.bytes[2 * i + 1]);
    int best = -1, best_len = 0;
    for (int i = 0; i < 8;) {
        if (g[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && g[j] == 0) ++j;
        if (j - i > best_len && j - i >= 2) {
            best = i;
            best_len = j - i;
        }
        i = j;
    }
    out += '[';
    for (int i = 0; i < 8; ++i) {
        if (i == best) {
            out += "::";
            i += best_len - 1;
            continue;
        }
        if (i > 0 && i != best + best_len) out += ':';
        std::snprintf(buf, sizeof buf, "%x", g[i]);
        out += buf;
    }
    std::snprintf(buf, sizeof buf, "]:%u", port);
    out += buf;
}

std::optional<transport_packet> packet_decoder::decode(std::string_view frame, std::uint32_t wire_length,
                                                       std::int64_t time_ns) {
    ++counts_.frames;
    const bool cut = wire_length > frame.size();
    const char* p = frame.data();
    std::size_t n = frame.size();
    std::uint16_t ethertype = 0;
    auto header_cut = [&]() -> std::optional<transport_packet> {
        ++counts_.header_truncated;
        return std::nullopt;
    };
    switch (link_) {
    case link_type::ethernet: {
        if (n < 14) return header_cut();
        ethertype = be16(p + 12);
        std::size_t off = 14;
        for (int tags = 0; is_vlan_tag(ethertype); ++tags) {
            if (tags == max_vlan_tags) {
                ++counts_.malformed;
                return std::nullopt;
            }
            if (n < off + 4) return header_cut();
            ethertype = be16(p + off + 2);
            off += 4;
        }
        p += off;
        n -= off;
        break;
    }
    case link_type::linux_sll:
        if (n < 16) return header_cut();
        ethertype = be16(p + 14);
        p += 16;
        n -= 16;
        break;
    case link_type::linux_sll2:
        if (n < 20) return header_cut();
        ethertype = be16(p);
        p += 20;
        n -= 20;
        break;
    case link_type::null_bsd:
    case link_type::loop_bsd: {
        if (n < 4) return header_cut();
        // AF_INET is 2 everywhere; AF_INET6 is 10 (Linux), 24 (NetBSD, OpenBSD), 28 (FreeBSD),
        // 30 (macOS). DLT_NULL is in the capturing host's byte order, so both orders are tried.
        const std::uint32_t family = link_ == link_type::loop_bsd ? be32(p) : le32(p);
        const std::uint32_t swapped = link_ == link_type::loop_bsd ? le32(p) : be32(p);
        auto v6 = [](std::uint32_t f) { return f == 10 || f == 24 || f == 28 || f == 30; };
        if (family == 2 || (link_ == link_type::null_bsd && swapped == 2)) {
            ethertype = ethertype_ipv4;
        } else if (v6(family) || (link_ == link_type::null_bsd && v6(swapped))) {
            ethertype = ethertype_ipv6;
        }
        p += 4;
        n -= 4;
        break;
    }
    case link_type::raw_ip:
        if (n < 1) return header_cut();
        ethertype = (u8(p) >> 4) == 4 ? ethertype_ipv4 : (u8(p) >> 4) == 6 ? ethertype_ipv6 : 0;
        break;
    case link_type::ipv4: ethertype = ethertype_ipv4; break;
    case link_type::ipv6: ethertype = ethertype_ipv6; break;
    }
    std::optional<transport_packet> out;
    if (ethertype == ethertype_ipv4) {
        out = ipv4(std::string_view(p, n), cut, 0, time_ns);
    } else if (ethertype == ethertype_ipv6) {
        out = ipv6(std::string_view(p, n), cut, 0, time_ns);
    } else {
        ++counts_.not_ip;
    }
    if (out) ++counts_.decoded;
    return out;
}

std::optional<transport_packet> packet_decoder::ipv4(std::string_view packet, bool cut, int depth,
                                                     std::int64_t time_ns) {
    const char* p = packet.data();
    if (packet.size() < 20) {
        ++(cut ? counts_.header_truncated : counts_.malformed);
        return std::nullopt;
    }
    const std::size_t ihl = std::size_t{u8(p) & 0x0fu} * 4;
    const std::size_t total = be16(p + 2);
    if ((u8(p) >> 4) != 4 || ihl < 20 || total < ihl) {
        ++counts_.malformed;
        return std::nullopt;
    }
    if (packet.size() < ihl) {
        ++(cut ? counts_.header_truncated : counts_.malformed);
        return std::nullopt;
    }
    bool payload_cut = false;
    if (packet.size() < total) {
        if (!cut) {  // the frame is whole but shorter than the IP header says
            ++counts_.malformed;
            return std::nullopt;
        }
        payload_cut = true;
    } else {
        packet = packet.substr(0, total);  // Ethernet pads short frames
    }
    const ip_address src = address(4, p + 12), dst = address(4, p + 16);
    const std::uint8_t protocol = u8(p + 9);
    const std::uint16_t id = be16(p + 4);
    const std::uint16_t flags_offset = be16(p + 6);
    const bool more = (flags_offset & 0x2000) != 0;
    const std::uint32_t offset = std::uint32_t{flags_offset & 0x1fffu} * 8;
    std::string_view payload = packet.substr(ihl);
    if (more || offset != 0) {
        if (payload_cut) {  // a cut fragment cannot be put back together
            ++counts_.header_truncated;
            return std::nullopt;
        }
        ip_reassembly::fragment f;
        f.key[0] = 4;
        std::memcpy(&f.key[1], p + 12, 4);
        std::memcpy(&f.key[17], p + 16, 4);
        std::memcpy(&f.key[33], p + 4, 2);
        f.key[37] = protocol;
        f.offset = offset;
        f.more = more;
        f.protocol = protocol;
        f.data = payload;
        const std::optional<ip_reassembly::datagram> whole = fragments_.add(f, time_ns);
        if (!whole) {
            ++counts_.fragments_held;
            return std::nullopt;
        }
        // (`packet` may have been inside the reassembly buffer add() just replaced: only copies are used now.)
        return transport(whole->protocol, src, dst, whole->payload, whole->payload.size(), id, depth, time_ns);
    }
    return transport(protocol, src, dst, payload, total - ihl, id, depth, time_ns);
}

std::optional<transport_packet> packet_decoder::ipv6(std::string_view packet, bool cut, int depth,
                                                     std::int64_t time_ns) {
    const char* p = packet.data();
    if (packet.size() < 40) {
        ++(cut ? counts_.header_truncated : counts_.malformed);
        return std::nullopt;
    }
    if ((u8(p) >> 4) != 6) {
        ++counts_.malformed;
        return std::nullopt;
    }
    const std::size_t total = 40 + std::size_t{be16(p + 4)};  // a jumbogram (length 0) is not read
    bool payload_cut = false;
    if (packet.size() < total) {
        if (!cut) {
            ++counts_.malformed;
            return std::nullopt;
        }
        payload_cut = true;
    } else {
        packet = packet.substr(0, total);
    }
    const ip_address src = address(6, p + 8), dst = address(6, p + 24);
    std::uint8_t next = u8(p + 6);
    std::size_t off = 40;
    for (int i = 0;; ++i) {
        if (next != proto_hop_by_hop && next != proto_routing && next != proto_dest_opts && next != proto_fragment) {
            break;
        }
        if (i == max_extension_headers) {
            ++counts_.malformed;
            return std::nullopt;
        }
        if (packet.size() < off + 8) {
            ++(payload_cut ? counts_.header_truncated : counts_.malformed);
            return std::nullopt;
        }
        const char* h = p + off;
        if (next == proto_fragment) {
            const std::uint16_t offset_flags = be16(h + 2);
            ip_reassembly::fragment f;
            f.key[0] = 6;
            std::memcpy(&f.key[1], p + 8, 16);
            std::memcpy(&f.key[17], p + 24, 16);
            std::memcpy(&f.key[33], h + 4, 4);
            f.offset = std::uint32_t{static_cast<std::uint32_t>(offset_flags >> 3)} * 8;
            f.more = (offset_flags & 1) != 0;
            f.protocol = u8(h);
            f.data = packet.substr(off + 8);
            const std::uint32_t id = be32(h + 4);
            if (f.offset == 0 && !f.more) {  // an atomic fragment (RFC 6946): the datagram itself
                next = f.protocol;
                off += 8;
                continue;
            }
            if (payload_cut) {
                ++counts_.header_truncated;
                return std::nullopt;
            }
            const std::optional<ip_reassembly::datagram> whole = fragments_.add(f, time_ns);
            if (!whole) {
                ++counts_.fragments_held;
                return std::nullopt;
            }
            // The first fragment's next header may be another extension header (RFC 8200 s4.5): the
            // reassembled payload is read as an IPv6 payload of that protocol.
            std::uint8_t inner = whole->protocol;
            std::string_view payload = whole->payload;
            for (int j = 0; inner == proto_hop_by_hop || inner == proto_routing || inner == proto_dest_opts; ++j) {
                if (j == max_extension_headers || payload.size() < 8) {
                    ++counts_.malformed;
                    return std::nullopt;
                }
                const std::size_t len = (std::size_t{u8(payload.data() + 1)} + 1) * 8;
                if (payload.size() < len) {
                    ++counts_.malformed;
                    return std::nullopt;
                }
                inner = u8(payload.data());
                payload.remove_prefix(len);
            }
            return transport(inner, src, dst, payload, payload.size(), id, depth, time_ns);
        }
        next = u8(h);
        off += (std::size_t{u8(h + 1)} + 1) * 8;
    }
    if (next == proto_none) {
        ++counts_.other_protocol;
        return std::nullopt;
    }
    if (packet.size() < off) {
        ++(payload_cut ? counts_.header_truncated : counts_.malformed);
        return std::nullopt;
    }
    return transport(next, src, dst, packet.substr(off), total - off, std::nullopt, depth, time_ns);
}

std::optional<transport_packet> packet_decoder::transport(std::uint8_t protocol, const ip_address& src,
                                                          const ip_address& dst, std::string_view payload,
                                                          std::size_t wire_length, std::optional<std::uint32_t> ip_id,
                                                          int depth, std::int64_t time_ns) {
    const char* p = payload.data();
    const bool cut = wire_length > payload.size();
    switch (protocol) {
    case proto_udp: {
        if (payload.size() < 8) {
            ++(cut ? counts_.header_truncated : counts_.malformed);
            return std::nullopt;
        }
        const std::size_t length = be16(p + 4);
        if (length < 8 || length > wire_length) {
            ++counts_.malformed;
            return std::nullopt;
        }
        transport_packet t;
        t.protocol = transport_protocol::udp;
        t.src = src;
        t.dst = dst;
        t.src_port = be16(p);
        t.dst_port = be16(p + 2);
        t.truncated = length > payload.size();
        t.payload = payload.substr(8, length - 8);
        t.wire_length = length - 8;
        t.ip_id = ip_id;
        return t;
    }
    case proto_tcp: {
        if (payload.size() < 20) {
            ++(cut ? counts_.header_truncated : counts_.malformed);
            return std::nullopt;
        }
        const std::size_t data_offset = std::size_t{static_cast<std::uint8_t>(u8(p + 12) >> 4)} * 4;
        if (data_offset < 20 || data_offset > wire_length) {
            ++counts_.malformed;
            return std::nullopt;
        }
        if (payload.size() < data_offset) {
            ++(cut ? counts_.header_truncated : counts_.malformed);
            return std::nullopt;
        }
        transport_packet t;
        t.protocol = transport_protocol::tcp;
        t.src = src;
        t.dst = dst;
        t.src_port = be16(p);
        t.dst_port = be16(p + 2);
        t.seq = be32(p + 4);
        t.tcp_flags = static_cast<std::uint8_t>(u8(p + 13) & 0x3fu);
        t.truncated = cut;
        t.payload = payload.substr(data_offset);
        t.wire_length = wire_length - data_offset;
        t.ip_id = ip_id;
        return t;
    }
    case proto_ipv4:
    case proto_ipv6:
        if (depth > 0) {
            ++counts_.tunnels_nested;
            return std::nullopt;
        }
        if (protocol == proto_ipv4) return ipv4(payload, cut, depth + 1, time_ns);
        return ipv6(payload, cut, depth + 1, time_ns);
    case proto_sctp: ++counts_.sctp; return std::nullopt;
    case proto_icmp:
    case proto_icmpv6: ++counts_.icmp; return std::nullopt;
    default: ++counts_.other_protocol; return std::nullopt;
    }
}

}  // namespace sipcode::cli::trace
