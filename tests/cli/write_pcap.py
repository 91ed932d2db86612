#!/usr/bin/env python3
"""Writes a small pcap of SIP messages, by hand, for the tshark renderings the tests read.

    write_pcap.py OUT.pcap

The packets (Ethernet, timestamps 1764669600.123456 + n seconds):
    1  UDP  127.0.0.1:5061 -> 127.0.0.2:5060      INVITE, Call-ID c1@x, no To tag
    2  UDP  127.0.0.2:5060 -> 127.0.0.1:5061      486 Busy Here to it
    3  UDP  127.0.0.2:5060 -> 127.0.0.1:5061      NOTIFY with a message/sipfrag body "SIP/2.0 503 ..."
    4  ICMP 127.0.0.1 -> 127.0.0.2, port unreachable, quoting packet 2's IP datagram (not a message)
    5  TCP  127.0.0.2:5060 -> 127.0.0.1:5061      one segment holding 180 Ringing and 200 OK (Call-ID c2@x)
    6  UDP  [::1]:5061 -> [::1]:5060 (IPv6)      OPTIONS, Call-ID o1@x
    7  UDP  [::1]:5060 -> [::1]:5061 (IPv6)      200 OK to it
So a reader finds 7 messages: requests INVITE, NOTIFY, OPTIONS; responses 486, 180, 200, 200.
"""
import struct
import sys


def checksum(b: bytes) -> int:
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xFFFF)
    s += s >> 16
    return ~s & 0xFFFF


def ipv4(src, dst, proto, payload):
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 1, 0, 64, proto, 0, bytes(src), bytes(dst))
    return h[:10] + struct.pack("!H", checksum(h)) + h[12:] + payload


def ipv6(src, dst, proto, payload):
    return struct.pack("!IHBB16s16s", 0x60000000, len(payload), proto, 64, src, dst) + payload


def udp(sport, dport, data):
    return struct.pack("!HHHH", sport, dport, 8 + len(data), 0) + data


def tcp(sport, dport, seq, data):
    return struct.pack("!HHIIBBHHH", sport, dport, seq, 1, 5 << 4, 0x18, 65535, 0, 0) + data


def ethernet(payload, ethertype=0x0800):
    return b"\0" * 12 + struct.pack("!H", ethertype) + payload


def sip(*lines, body=b""):
    head = "\r\n".join(lines).encode() + b"\r\nContent-Length: %d\r\n\r\n" % len(body)
    return head + body


A, B = [127, 0, 0, 1], [127, 0, 0, 2]
LOOP6 = b"\0" * 15 + b"\1"
dialog = ["From: <sip:a@x>;tag=aa", "Call-ID: c1@x"]
invite = sip("INVITE sip:bob@127.0.0.2 SIP/2.0", "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1",
             "From: <sip:a@x>;tag=aa", "To: <sip:bob@x>", "Call-ID: c1@x", "CSeq: 1 INVITE")
busy = sip("SIP/2.0 486 Busy Here", "Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1",
           "From: <sip:a@x>;tag=aa", "To: <sip:bob@x>;tag=bb", "Call-ID: c1@x", "CSeq: 1 INVITE")
notify = sip("NOTIFY sip:a@x SIP/2.0", "Via: SIP/2.0/UDP 127.0.0.2:5060;branch=z9hG4bK-2",
             "From: <sip:bob@x>;tag=bb", "To: <sip:a@x>;tag=aa", "Call-ID: c1@x", "CSeq: 2 NOTIFY",
             "Event: refer", "Content-Type: message/sipfrag", body=b"SIP/2.0 503 Service Unavailable\r\n")
ringing = sip("SIP/2.0 180 Ringing", "Via: SIP/2.0/TCP 127.0.0.1:5061;branch=z9hG4bK-3",
              "From: <sip:a@x>;tag=a2", "To: <sip:bob@x>;tag=b2", "Call-ID: c2@x", "CSeq: 1 INVITE")
ok = sip("SIP/2.0 200 OK", "Via: SIP/2.0/TCP 127.0.0.1:5061;branch=z9hG4bK-3",
         "From: <sip:a@x>;tag=a2", "To: <sip:bob@x>;tag=b2", "Call-ID: c2@x", "CSeq: 1 INVITE")
options = sip("OPTIONS sip:[::1]:5060 SIP/2.0", "Via: SIP/2.0/UDP [::1]:5061;branch=z9hG4bK-4",
              "From: <sip:a@x>;tag=a3", "To: <sip:b@x>", "Call-ID: o1@x", "CSeq: 1 OPTIONS")
options_ok = sip("SIP/2.0 200 OK", "Via: SIP/2.0/UDP [::1]:5061;branch=z9hG4bK-4",
                 "From: <sip:a@x>;tag=a3", "To: <sip:b@x>;tag=b3", "Call-ID: o1@x", "CSeq: 1 OPTIONS")

quoted = ipv4(B, A, 17, udp(5060, 5061, busy))
icmp = struct.pack("!BBHI", 3, 3, 0, 0) + quoted
icmp = icmp[:2] + struct.pack("!H", checksum(icmp)) + icmp[4:]

packets = [
    ethernet(ipv4(A, B, 17, udp(5061, 5060, invite))),
    ethernet(ipv4(B, A, 17, udp(5060, 5061, busy))),
    ethernet(ipv4(B, A, 17, udp(5060, 5061, notify))),
    ethernet(ipv4(A, B, 1, icmp)),
    ethernet(ipv4(B, A, 6, tcp(5060, 5061, 1000, ringing + ok))),
    ethernet(ipv6(LOOP6, LOOP6, 17, udp(5061, 5060, options)), 0x86DD),
    ethernet(ipv6(LOOP6, LOOP6, 17, udp(5060, 5061, options_ok)), 0x86DD),
]

with open(sys.argv[1], "wb") as out:
    out.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
    for n, p in enumerate(packets):
        out.write(struct.pack("<IIII", 1764669600 + n, 123456, len(p), len(p)) + p)
