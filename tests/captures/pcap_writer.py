"""Writes small pcap and pcapng files for the capture tests, byte by byte from the format specs.

pcap: the tcpdump.org file format (draft-ietf-opsawg-pcap): 24-byte header with magic 0xa1b2c3d4
(microseconds) or 0xa1b23c4d (nanoseconds) in the writer's byte order, then 16-byte record headers.
pcapng: draft-ietf-opsawg-pcapng: Section Header Block, Interface Description Blocks, Enhanced
Packet Blocks. Frames are built here from the RFCs (IPv4 RFC 791, IPv6 RFC 8200, UDP RFC 768, TCP
RFC 9293, 802.1Q) with correct checksums, so that tshark reads them as it would a real capture.
"""

import ipaddress
import struct

# LINKTYPE_ values (tcpdump.org link-layer header types).
LINKTYPE_NULL = 0
LINKTYPE_ETHERNET = 1
LINKTYPE_RAW = 101
LINKTYPE_LOOP = 108
LINKTYPE_LINUX_SLL = 113
LINKTYPE_IPV4 = 228
LINKTYPE_IPV6 = 229
LINKTYPE_LINUX_SLL2 = 276


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return (~s) & 0xFFFF


def _pseudo(src, dst, proto, length):
    s, d = ipaddress.ip_address(src), ipaddress.ip_address(dst)
    if s.version == 4:
        return s.packed + d.packed + struct.pack("!BBH", 0, proto, length)
    return s.packed + d.packed + struct.pack("!IxxxB", length, proto)


def udp(src, dst, sport, dport, payload):
    length = 8 + len(payload)
    head = struct.pack("!HHHH", sport, dport, length, 0)
    c = checksum(_pseudo(src, dst, 17, length) + head + payload) or 0xFFFF
    return struct.pack("!HHHH", sport, dport, length, c) + payload


TCP_FIN, TCP_SYN, TCP_RST, TCP_PSH, TCP_ACK = 0x01, 0x02, 0x04, 0x08, 0x10


def tcp(src, dst, sport, dport, seq, payload, flags=TCP_PSH | TCP_ACK, ack=1):
    head = struct.pack("!HHIIBBHHH", sport, dport, seq & 0xFFFFFFFF, ack, 5 << 4, flags, 65535, 0, 0)
    c = checksum(_pseudo(src, dst, 6, len(head) + len(payload)) + head + payload)
    return head[:16] + struct.pack("!H", c) + head[18:] + payload


def ipv4(src, dst, proto, payload, ident=1, ttl=64, frag_offset=0, more=False, total_override=None):
    flags = (0x2000 if more else 0) | (frag_offset // 8)
    total = total_override if total_override is not None else 20 + len(payload)
    head = struct.pack("!BBHHHBBH4s4s", 0x45, 0, total, ident, flags, ttl, proto, 0,
                       ipaddress.ip_address(src).packed, ipaddress.ip_address(dst).packed)
    return head[:10] + struct.pack("!H", checksum(head)) + head[12:] + payload


def ipv6(src, dst, next_header, payload, hop_limit=64):
    return struct.pack("!IHBB16s16s", 6 << 28, len(payload), next_header, hop_limit,
                       ipaddress.ip_address(src).packed, ipaddress.ip_address(dst).packed) + payload


def ip_packet(src, dst, proto, payload, **kw):
    if ipaddress.ip_address(src).version == 4:
        return ipv4(src, dst, proto, payload, **kw)
    return ipv6(src, dst, proto, payload)


def ipv4_fragments(src, dst, proto, payload, size, ident=7):
    """The IPv4 fragments of one datagram, `size` payload bytes each (a multiple of 8)."""
    out = []
    for off in range(0, len(payload), size):
        part = payload[off:off + size]
        out.append(ipv4(src, dst, proto, part, ident=ident, frag_offset=off, more=off + size < len(payload)))
    return out


def ipv6_fragments(src, dst, proto, payload, size, ident=7):
    """The IPv6 fragments (RFC 8200 s4.5 Fragment header) of one datagram."""
    out = []
    for off in range(0, len(payload), size):
        part = payload[off:off + size]
        more = 1 if off + size < len(payload) else 0
        frag = struct.pack("!BBHI", proto, 0, off | more, ident)
        out.append(ipv6(src, dst, 44, frag + part))
    return out


def ethernet(ip, vlans=(), ethertype=None):
    """Ethernet II around an IP packet, with 802.1Q / 802.1ad tags: vlans = [(tpid, vid), ...]."""
    if ethertype is None:
        ethertype = 0x0800 if ip[0] >> 4 == 4 else 0x86DD
    tags = b"".join(struct.pack("!HH", tpid, vid) for tpid, vid in vlans)
    return b"\x00\x11\x22\x33\x44\x55" + b"\x00\x66\x77\x88\x99\xaa" + tags + struct.pack("!H", ethertype) + ip


def linux_sll(ip):
    proto = 0x0800 if ip[0] >> 4 == 4 else 0x86DD
    return struct.pack("!HHH8sH", 0, 1, 6, b"\x00\x11\x22\x33\x44\x55\x00\x00", proto) + ip


def linux_sll2(ip):
    proto = 0x0800 if ip[0] >> 4 == 4 else 0x86DD
    return struct.pack("!HHIHBB8s", proto, 0, 1, 1, 0, 6, b"\x00\x11\x22\x33\x44\x55\x00\x00") + ip


def null_bsd(ip, little_endian=True):
    family = 2 if ip[0] >> 4 == 4 else 30
    return struct.pack("<I" if little_endian else ">I", family) + ip


def loop_bsd(ip):
    return null_bsd(ip, little_endian=False)


def write_pcap(path, linktype, frames, nanoseconds=False, big_endian=False, snaplen=262144, cut_file_at=None):
    """frames: [(time_seconds_float, bytes)] or [(time, bytes, wire_length)]."""
    e = ">" if big_endian else "<"
    magic = 0xA1B23C4D if nanoseconds else 0xA1B2C3D4
    out = bytearray(struct.pack(e + "IHHiIII", magic, 2, 4, 0, 0, snaplen, linktype))
    scale = 1_000_000_000 if nanoseconds else 1_000_000
    for f in frames:
        t, data = f[0], f[1]
        wire = f[2] if len(f) > 2 else len(data)
        ticks = round(t * scale)
        out += struct.pack(e + "IIII", ticks // scale, ticks % scale, len(data), wire) + data
    if cut_file_at is not None:
        out = out[:cut_file_at]
    with open(path, "wb") as fh:
        fh.write(out)


def _block(block_type, body):
    pad = (-len(body)) % 4
    length = 12 + len(body) + pad
    return struct.pack("<II", block_type, length) + body + b"\0" * pad + struct.pack("<I", length)


def write_pcapng(path, interfaces, frames):
    """interfaces: [linktype, ...] (nanosecond resolution each); frames: [(interface, time, bytes)]."""
    out = bytearray(_block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1)))
    for linktype in interfaces:
        # if_tsresol (option 9) = 9: nanoseconds; then opt_endofopt.
        options = struct.pack("<HHB3x", 9, 1, 9) + struct.pack("<HH", 0, 0)
        out += _block(1, struct.pack("<HHI", linktype, 0, 0) + options)
    for iface, t, data in frames:
        ticks = round(t * 1_000_000_000)
        pad = (-len(data)) % 4
        out += _block(6, struct.pack("<IIIII", iface, ticks >> 32, ticks & 0xFFFFFFFF, len(data), len(data))
                      + data + b"\0" * pad)
    with open(path, "wb") as fh:
        fh.write(out)
