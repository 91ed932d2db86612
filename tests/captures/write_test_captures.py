#!/usr/bin/env python3
"""Writes the hand-made test captures and a manifest of what each should yield.

    write_test_captures.py OUTDIR

Each case is OUTDIR/<name>.pcap (or .pcapng) and one entry of OUTDIR/manifest.json:
  {"file": ..., "why": ..., "oracle": "tshark"}                 sipcode must agree with tshark, message by message
  {"file": ..., "why": ..., "oracle": "scenario", "expect": [[frame, "INVITE"|code, ...], ...],
   "tshark_differs": "why"}                                     sipcode must give exactly `expect`, which
                                                                 the scenario below says, and tshark must differ
  "error": "..."                                                a substring of the summary's error (truncated file)
  "counts": {"name": n}                                         summary counters the case must show
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcap_writer as w  # noqa: E402

A4, B4 = "192.0.2.10", "192.0.2.20"
A6, B6 = "2001:db8::10", "2001:db8::20"


def request(method, cseq, call="c1@example.com", branch="z9hG4bK1", body=b"", to_tag="", extra=""):
    head = (f"{method} sip:bob@example.com SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP 192.0.2.10:5060;branch={branch}\r\n"
            f"From: <sip:alice@example.com>;tag=a1\r\n"
            f"To: <sip:bob@example.com>{';tag=' + to_tag if to_tag else ''}\r\n"
            f"Call-ID: {call}\r\nCSeq: {cseq} {method}\r\n{extra}"
            f"Content-Length: {len(body)}\r\n\r\n")
    return head.encode() + body


def response(code, reason, method, cseq, call="c1@example.com", branch="z9hG4bK1", body=b"", extra=""):
    head = (f"SIP/2.0 {code} {reason}\r\n"
            f"Via: SIP/2.0/UDP 192.0.2.10:5060;branch={branch}\r\n"
            f"From: <sip:alice@example.com>;tag=a1\r\n"
            f"To: <sip:bob@example.com>;tag=b1\r\n"
            f"Call-ID: {call}\r\nCSeq: {cseq} {method}\r\n{extra}"
            f"Content-Length: {len(body)}\r\n\r\n")
    return head.encode() + body


SDP = (b"v=0\r\no=- 1 1 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\n"
       b"m=audio 4000 RTP/AVP 0\r\n")
INVITE = request("INVITE", 1, body=SDP, extra="Content-Type: application/sdp\r\n")
TRYING = response(100, "Trying", "INVITE", 1)
BUSY = response(486, "Busy Here", "INVITE", 1)
ACK = request("ACK", 1, to_tag="b1")


def udp_exchange(src=A4, dst=B4, sport=5060, dport=5060):
    """INVITE, 100, 486, ACK over UDP: four IP packets."""
    return [w.ip_packet(src, dst, 17, w.udp(src, dst, sport, dport, INVITE)),
            w.ip_packet(dst, src, 17, w.udp(dst, src, dport, sport, TRYING)),
            w.ip_packet(dst, src, 17, w.udp(dst, src, dport, sport, BUSY)),
            w.ip_packet(src, dst, 17, w.udp(src, dst, sport, dport, ACK))]


def timed(frames, start=1700000000.0, step=0.001):
    return [(start + i * step,) + (f if isinstance(f, tuple) else (f,)) for i, f in enumerate(frames)]


class tcp_conn:
    """Both directions of one TCP connection, client A:40000 -> server B:5060, with a handshake."""

    def __init__(self, a=A4, b=B4, aport=40000, bport=5060, isn_a=1000, isn_b=5000):
        self.a, self.b, self.aport, self.bport = a, b, aport, bport
        self.seq = {"a": isn_a + 1, "b": isn_b + 1}
        self.isn = {"a": isn_a, "b": isn_b}

    def handshake(self):
        a, b = self.a, self.b
        return [w.ip_packet(a, b, 6, w.tcp(a, b, self.aport, self.bport, self.isn["a"], b"", w.TCP_SYN, 0)),
                w.ip_packet(b, a, 6, w.tcp(b, a, self.bport, self.aport, self.isn["b"], b"",
                                           w.TCP_SYN | w.TCP_ACK, self.isn["a"] + 1)),
                w.ip_packet(a, b, 6, w.tcp(a, b, self.aport, self.bport, self.seq["a"], b"", w.TCP_ACK))]

    def segment(self, side, payload, seq=None, advance=True, flags=w.TCP_PSH | w.TCP_ACK):
        s = self.seq[side] if seq is None else seq
        if advance:
            self.seq[side] = s + len(payload)
        src, dst, sp, dp = ((self.a, self.b, self.aport, self.bport) if side == "a"
                            else (self.b, self.a, self.bport, self.aport))
        return w.ip_packet(src, dst, 6, w.tcp(src, dst, sp, dp, s, payload, flags))


def split(data, *cuts):
    out, prev = [], 0
    for c in cuts:
        out.append(data[prev:c])
        prev = c
    out.append(data[prev:])
    return out


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    manifest = []

    def case(name, why, frames=None, linktype=w.LINKTYPE_ETHERNET, wrap=w.ethernet, ng=None, step=0.001, **kw):
        extra = {k: kw.pop(k) for k in ("oracle", "expect", "tshark_differs", "error", "counts") if k in kw}
        path = os.path.join(out, name + (".pcapng" if ng else ".pcap"))
        if ng:
            w.write_pcapng(path, ng["interfaces"], ng["frames"])
        else:
            w.write_pcap(path, linktype, timed([wrap(f) if isinstance(f, bytes) else (wrap(f[0]),) + f[1:]
                                                for f in frames], step=step), **kw)
        entry = {"file": os.path.basename(path), "why": why, "oracle": "tshark"}
        entry.update(extra)
        manifest.append(entry)

    # Link types and file variants: the same UDP exchange in each.
    ex4, ex6 = udp_exchange(), udp_exchange(A6, B6)
    case("link_ethernet", "Ethernet, pcap little-endian, microseconds", ex4)
    case("link_ethernet_ns_be", "Ethernet, pcap big-endian, nanoseconds", ex4, nanoseconds=True, big_endian=True)
    case("link_ethernet_be", "Ethernet, pcap big-endian, microseconds", ex4, big_endian=True)
    case("link_ethernet_ns", "Ethernet, pcap little-endian, nanoseconds", ex4, nanoseconds=True)
    case("link_linux_sll", "Linux cooked v1", ex4, w.LINKTYPE_LINUX_SLL, w.linux_sll)
    case("link_linux_sll2", "Linux cooked v2", ex6, w.LINKTYPE_LINUX_SLL2, w.linux_sll2)
    case("link_null", "BSD loopback, host (little-endian) byte order, IPv4 and IPv6", ex4 + ex6,
         w.LINKTYPE_NULL, w.null_bsd)
    case("link_loop", "OpenBSD loopback, network byte order", ex4 + ex6, w.LINKTYPE_LOOP, w.loop_bsd)
    case("link_raw", "raw IP, IPv4 and IPv6", ex4 + ex6, w.LINKTYPE_RAW, lambda ip: ip)
    case("link_ipv4", "LINKTYPE_IPV4", ex4, w.LINKTYPE_IPV4, lambda ip: ip)
    case("link_ipv6", "LINKTYPE_IPV6", ex6, w.LINKTYPE_IPV6, lambda ip: ip)
    case("vlan_8021q", "one 802.1Q tag", ex4, wrap=lambda ip: w.ethernet(ip, [(0x8100, 100)]))
    case("vlan_qinq", "QinQ: an 802.1ad tag, then an 802.1Q tag", ex4,
         wrap=lambda ip: w.ethernet(ip, [(0x88A8, 200), (0x8100, 100)]))
    ng_frames = [(0, t, w.ethernet(f)) for t, f in timed(ex4 + ex6)]
    case("pcapng_one_interface", "pcapng, one Ethernet interface, nanosecond timestamps",
         ng={"interfaces": [w.LINKTYPE_ETHERNET], "frames": ng_frames})

    # SIP by its start line, not by port: UDP 5072 is AYIYA's registered port.
    case("udp_port_5072", "SIP on UDP 5072 and 40123", udp_exchange(sport=5072, dport=5072) +
         udp_exchange(sport=40123, dport=40124))

    # IP fragments.
    big = request("MESSAGE", 2, body=b"x" * 3000, extra="Content-Type: text/plain\r\n")
    frags4 = w.ipv4_fragments(A4, B4, 17, w.udp(A4, B4, 5060, 5060, big), 1480)
    case("ipv4_fragments", "a UDP MESSAGE in three IPv4 fragments, in order", frags4)
    case("ipv4_fragments_reversed", "the same fragments, last first", list(reversed(frags4)))
    frags6 = w.ipv6_fragments(A6, B6, 17, w.udp(A6, B6, 5060, 5060, big), 1232)
    case("ipv6_fragments", "a UDP MESSAGE in three IPv6 fragments (RFC 8200 s4.5)", frags6)
    case("ipv6_fragments_reversed", "the same, last first", list(reversed(frags6)))

    # One level of IP-in-IP.
    inner4 = udp_exchange()
    case("ipip_4in4", "IPv4 in IPv4 (protocol 4)",
         [w.ipv4("198.51.100.1", "198.51.100.2", 4, p) for p in inner4])
    case("ipip_6in4", "IPv6 in IPv4 (protocol 41)",
         [w.ipv4("198.51.100.1", "198.51.100.2", 41, p) for p in udp_exchange(A6, B6)])

    # TCP framing.
    c = tcp_conn()
    frames = c.handshake()
    inv = c.segment("a", INVITE)
    parts = split(TRYING + BUSY, 9)  # "SIP/2.0 1" | "00 Trying..."
    frames += [inv, c.segment("b", parts[0]), c.segment("b", parts[1]), c.segment("a", ACK)]
    case("tcp_split_status_line", "a status line split across two TCP segments, then 486 in the same segment",
         frames)

    c = tcp_conn()
    three = request("OPTIONS", 1, branch="z9hG4bKo1") + request("OPTIONS", 2, branch="z9hG4bKo2") + \
        request("OPTIONS", 3, branch="z9hG4bKo3")
    answers = response(200, "OK", "OPTIONS", 1, branch="z9hG4bKo1") + \
        response(200, "OK", "OPTIONS", 2, branch="z9hG4bKo2") + response(200, "OK", "OPTIONS", 3, branch="z9hG4bKo3")
    case("tcp_coalesced", "three requests in one segment, three responses in one segment, CRLF keep-alives",
         c.handshake() + [c.segment("a", three), c.segment("b", answers), c.segment("a", b"\r\n\r\n")])

    c = tcp_conn()
    body_split = split(INVITE, 100, 400)
    frames = c.handshake()
    s0 = c.seq["a"]
    segs = [c.segment("a", p) for p in body_split]
    frames += [segs[0], segs[2], segs[1], c.segment("b", TRYING + BUSY)]
    case("tcp_out_of_order", "an INVITE in three segments, the third before the second", frames)

    c = tcp_conn()
    frames = c.handshake()
    s0 = c.seq["a"]
    first = c.segment("a", INVITE[:300])
    rest = c.segment("a", INVITE[300:])
    overlap = c.segment("a", INVITE[200:], seq=s0 + 200, advance=False)
    frames += [first, first, rest, overlap, c.segment("b", TRYING), c.segment("b", BUSY),
               c.segment("b", BUSY, seq=c.seq["b"] - len(BUSY), advance=False)]
    case("tcp_retransmitted", "segments sent twice and an overlapping retransmission: every message once",
         frames, counts={"bytes_again": 300 + len(INVITE) - 200 + len(BUSY)})

    c = tcp_conn(a=A6, b=B6)
    many = b""
    answers = b""
    for i in range(1, 41):
        many += request("OPTIONS", i, branch=f"z9hG4bKm{i}")
        answers += response(200 if i % 4 else 503, "OK" if i % 4 else "Service Unavailable", "OPTIONS", i,
                            branch=f"z9hG4bKm{i}")
    frames = c.handshake()
    for k in range(0, len(many), 1000):
        frames.append(c.segment("a", many[k:k + 1000]))
    for k in range(0, len(answers), 1400):
        frames.append(c.segment("b", answers[k:k + 1400]))
    case("tcp_ipv6_many", "40 requests and responses over IPv6 TCP, segments cut at arbitrary bytes", frames)

    # Snapshot length 192, as `tcpdump -s 192` writes: every frame cut, the start lines still there.
    ex = [w.ethernet(p) for p in udp_exchange()]
    w.write_pcap(os.path.join(out, "snaplen_cut.pcap"), w.LINKTYPE_ETHERNET,
                 timed([(p[:192], len(p)) for p in ex]), snaplen=192)
    manifest.append({"file": "snaplen_cut.pcap", "oracle": "tshark",
                     "why": "snapshot length 192: each message's start line and first headers are there",
                     "counts": {"truncated_messages": 4}})

    # A file cut in the middle of its fourth record.
    ex = [w.ethernet(p) for p in udp_exchange()]
    size = 24 + sum(16 + len(p) for p in ex[:3]) + 16 + 40
    case("truncated_file", "the file ends inside the fourth record", udp_exchange(), cut_file_at=size,
         error="truncated")

    # Deliberate differences.
    icmp_quote = w.ipv4(B4, A4, 1, bytes([3, 3, 0, 0, 0, 0, 0, 0]) +
                        w.ipv4(A4, B4, 17, w.udp(A4, B4, 5060, 5060, BUSY))[:20 + 8 + 200])
    case("icmp_quoted", "an ICMP port unreachable quoting the UDP 486 it answers",
         udp_exchange()[:2] + [icmp_quote], oracle="scenario", expect=[[1, "INVITE"], [2, 100]],
         tshark_differs="tshark dissects the SIP quoted inside the ICMP error; it was never delivered, so "
                        "sipcode does not count it", counts={"icmp": 1})

    dup = []
    t = 1700000000.0
    for i, p in enumerate(udp_exchange()):
        dup.append((0, t + i * 0.1, w.ethernet(p)))
        dup.append((1, t + i * 0.1 + 0.00002, w.ethernet(p)))
    case("two_interfaces", "every datagram captured on two interfaces, 20 us apart",
         ng={"interfaces": [w.LINKTYPE_ETHERNET, w.LINKTYPE_ETHERNET], "frames": dup},
         oracle="scenario", expect=[[1, "INVITE"], [3, 100], [5, 486], [7, "ACK"]],
         tshark_differs="tshark counts each copy; sipcode counts a datagram seen again within 10 ms once",
         counts={"duplicates": 4})

    mixed = udp_exchange()
    case("mixed_link_types", "pcapng with an Ethernet and a Linux cooked interface (dumpcap -i lo -i any)",
         ng={"interfaces": [w.LINKTYPE_ETHERNET, w.LINKTYPE_LINUX_SLL],
             "frames": [(0, 1700000000.0, w.ethernet(mixed[0])), (1, 1700000000.1, w.linux_sll(mixed[1]))]},
         oracle="scenario", expect=[], error="different from the type of the first interface",
         tshark_differs="tshark reads both interfaces; libpcap stops at the second link type, and sipcode "
                        "says so (docs/captures.md)")

    # A UAS answers a request retransmission with its last response (RFC 3261 s17.2.1): the same
    # bytes again a millisecond later, in a new IP packet (a new identification): two messages.
    fast = [w.ipv4(A4, B4, 17, w.udp(A4, B4, 5060, 5060, INVITE), ident=1),
            w.ipv4(B4, A4, 17, w.udp(B4, A4, 5060, 5060, BUSY), ident=2),
            w.ipv4(B4, A4, 17, w.udp(B4, A4, 5060, 5060, BUSY), ident=3)]
    case("fast_response_retransmission", "a 486 sent again 1 ms later in a new IP packet", fast,
         counts={"duplicates": 0})
    fast6 = [w.ipv6(A6, B6, 17, w.udp(A6, B6, 5060, 5060, INVITE)),
             w.ipv6(B6, A6, 17, w.udp(B6, A6, 5060, 5060, BUSY)),
             w.ipv6(B6, A6, 17, w.udp(B6, A6, 5060, 5060, BUSY))]
    case("fast_response_retransmission_ipv6", "the same over IPv6, 1 ms apart", fast6, counts={"duplicates": 0})
    dup6 = []
    for i, p in enumerate(udp_exchange(A6, B6)):
        dup6.append((0, 1700000000.0 + i * 0.1, w.ethernet(p)))
        dup6.append((1, 1700000000.0 + i * 0.1 + 0.00002, w.ethernet(p)))
    case("two_interfaces_ipv6", "every IPv6 datagram captured on two interfaces, 20 us apart",
         ng={"interfaces": [w.LINKTYPE_ETHERNET, w.LINKTYPE_ETHERNET], "frames": dup6},
         oracle="scenario", expect=[[1, "INVITE"], [3, 100], [5, 486], [7, "ACK"]],
         tshark_differs="tshark counts each copy; sipcode counts a datagram seen again within 200 us once",
         counts={"duplicates": 4})

    notify_body = b"SIP/2.0 200 OK\r\n"
    notify = request("NOTIFY", 5, branch="z9hG4bKn", body=notify_body,
                     extra="Event: refer\r\nContent-Type: message/sipfrag;version=2.0\r\n")
    case("sipfrag_body", "a NOTIFY whose message/sipfrag body holds a status line",
         [w.ip_packet(A4, B4, 17, w.udp(A4, B4, 5060, 5060, notify)),
          w.ip_packet(B4, A4, 17, w.udp(B4, A4, 5060, 5060, response(200, "OK", "NOTIFY", 5, branch="z9hG4bKn")))])

    bad = BUSY.replace(b"SIP/2.0 486 Busy Here", b"SIP/2.0 4860 Busy Here")
    case("malformed_status_line", "a response whose status code has four digits",
         [w.ip_packet(A4, B4, 17, w.udp(A4, B4, 5060, 5060, INVITE)),
          w.ip_packet(B4, A4, 17, w.udp(B4, A4, 5060, 5060, bad))],
         oracle="scenario", expect=[[1, "INVITE"], [2, "malformed"]],
         tshark_differs="tshark shows no status code for it; sipcode reports it as a malformed response, as parse "
                        "does in text")

    retrans = udp_exchange()
    case("udp_retransmission", "the INVITE again after T1 = 500 ms: a retransmission, counted as a message",
         [retrans[0]] + retrans, step=0.6)

    # Out of scope: counted, not read.
    sctp_chunk = b"\x00\x03" + (16 + len(INVITE)).to_bytes(2, "big") + b"\0" * 12 + INVITE
    sctp = w.ipv4(A4, B4, 132, (5060).to_bytes(2, "big") * 2 + b"\0" * 8 + sctp_chunk)
    hep = w.ipv4(A4, B4, 17, w.udp(A4, B4, 9060, 9060, b"HEP3\x00\x10" + b"\0" * 10))
    c = tcp_conn(bport=5061)
    tls = c.handshake() + [c.segment("a", b"\x16\x03\x01\x00\x05hello")]
    case("out_of_scope", "SCTP, HEP, TLS: counted as skipped", [sctp, hep] + tls + udp_exchange(),
         oracle="scenario", expect=[[7, "INVITE"], [8, 100], [9, 486], [10, "ACK"]],
         tshark_differs="tshark reads SIP in the SCTP DATA chunk; sipcode does not read SCTP yet",
         counts={"sctp": 1, "hep_packets": 1, "tls_streams": 1})

    with open(os.path.join(out, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1)


if __name__ == "__main__":
    main()
