#!/usr/bin/env python3
"""Writes a large generated SIP capture (pcap, Ethernet) for the capture benchmark.

    python3 tools/make_capture.py --size 1G OUT.pcap
    python3 tools/make_capture.py --calls 4 examples/sample-capture.pcap           # the committed sample
    python3 tools/make_capture.py --calls 4 --check examples/sample-capture.pcap   # is it current?

Calls of INVITE, 100, 180, final response, ACK, and for answered calls BYE and 200, with SDP bodies,
one call every 2 ms (the same calls whatever the size). Two thirds of the calls go over UDP; the rest go over TCP, 200 calls to a
connection (SYN first, FIN last), where the reassembly and framing work: a client's ACK and BYE share
a segment, and every fifth message is split in two segments at an arbitrary byte. Final responses:
200 (70%), 486, 404, 503, 487 and a 401 challenge. Checksums are left zero (UDP over IPv4 allows it;
tshark and sipcode do not check TCP's). The same seed gives the same file.
"""

import argparse
import random
import struct

UNITS = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}

# 14 of 20 answered (70%); the failures spread out, so that a few calls already show several.
FINALS = [(200, "OK"), (486, "Busy Here"), (200, "OK"), (404, "Not Found"), (200, "OK"), (503, "Service Unavailable"),
          (200, "OK"), (200, "OK"), (487, "Request Terminated"), (200, "OK"), (401, "Unauthorized"), (200, "OK"),
          (200, "OK"), (486, "Busy Here")] + [(200, "OK")] * 6


def parse_size(text):
    text = text.upper()
    return int(float(text[:-1]) * UNITS[text[-1]]) if text[-1] in UNITS else int(text)


class writer:
    def __init__(self, fh):
        self.fh = fh
        self.size = 24
        fh.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
        self.buf = []

    def frame(self, t_us, data):
        self.buf.append(struct.pack("<IIII", t_us // 1_000_000, t_us % 1_000_000, len(data), len(data)))
        self.buf.append(data)
        self.size += 16 + len(data)
        if len(self.buf) > 4096:
            self.flush()

    def flush(self):
        self.fh.write(b"".join(self.buf))
        self.buf = []


ETH = b"\x00\x11\x22\x33\x44\x55\x00\x66\x77\x88\x99\xaa\x08\x00"


def ip4(src, dst, proto, payload, ident):
    head = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident & 0xFFFF, 0x4000, 64, proto, 0, src, dst)
    s = sum(struct.unpack("!10H", head))
    s = (s & 0xFFFF) + (s >> 16)
    s = (s & 0xFFFF) + (s >> 16)
    return head[:10] + struct.pack("!H", ~s & 0xFFFF) + head[12:] + payload


def sdp(addr):
    return ("v=0\r\no=- 20518 0 IN IP4 %s\r\ns=call\r\nc=IN IP4 %s\r\nt=0 0\r\n"
            "m=audio 16384 RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
            "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\na=ptime:20\r\na=sendrecv\r\n"
            % (addr, addr)).encode()


def call_messages(n, transport, ua, proxy, rng):
    """The messages of call n: [(from_ua, bytes)]."""
    call_id = "%08x-%d@%s" % (rng.getrandbits(32), n, ua)
    branch = "z9hG4bK%x" % rng.getrandbits(48)
    via = "Via: SIP/2.0/%s %s:5060;branch=%s;rport\r\n" % (transport, ua, branch)
    common = ("From: \"Alice %d\" <sip:alice%d@example.com>;tag=%x\r\n" % (n, n, rng.getrandbits(32)) +
              "Call-ID: %s\r\n" % call_id)
    to = "To: <sip:bob%d@example.net>" % n
    to_tag = ";tag=%x" % rng.getrandbits(32)
    body = sdp(ua)

    def request(method, cseq, with_tag, b=b"", br=branch):
        head = ("%s sip:bob%d@example.net SIP/2.0\r\nVia: SIP/2.0/%s %s:5060;branch=%s;rport\r\n"
                "Max-Forwards: 70\r\n%s%s\r\nCSeq: %d %s\r\nContact: <sip:alice%d@%s:5060>\r\n"
                "User-Agent: sipcode-bench\r\n%sContent-Length: %d\r\n\r\n"
                % (method, n, transport, ua, br, common, to + (to_tag if with_tag else ""), cseq, method, n, ua,
                   "Content-Type: application/sdp\r\n" if b else "", len(b)))
        return head.encode() + b

    def response(code, reason, method, cseq, with_tag, b=b"", v=via):
        head = ("SIP/2.0 %d %s\r\n%s%s%s\r\nCSeq: %d %s\r\nServer: sipcode-bench\r\n%s%sContent-Length: %d\r\n\r\n"
                % (code, reason, v, common, to + (to_tag if with_tag else ""), cseq, method,
                   "Contact: <sip:bob@%s:5060>\r\n" % proxy if code < 300 else "",
                   "Content-Type: application/sdp\r\n" if b else "", len(b)))
        return head.encode() + b

    code, reason = FINALS[n % len(FINALS)]
    out = [(True, request("INVITE", 1, False, body)), (False, response(100, "Trying", "INVITE", 1, False)),
           (False, response(180, "Ringing", "INVITE", 1, True))]
    out.append((False, response(code, reason, "INVITE", 1, code != 100, sdp(proxy) if code == 200 else b"")))
    ack_branch = branch if code != 200 else "z9hG4bK%x" % rng.getrandbits(48)
    out.append((True, request("ACK", 1, True, br=ack_branch)))
    if code == 200:
        bye_branch = "z9hG4bK%x" % rng.getrandbits(48)
        out.append((True, request("BYE", 2, True, br=bye_branch)))
        out.append((False, response(200, "OK", "BYE", 2, True,
                                    v="Via: SIP/2.0/%s %s:5060;branch=%s;rport\r\n" % (transport, ua, bye_branch))))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="1G", help="stop after this many bytes (K, M, G suffixes)")
    ap.add_argument("--calls", type=int, help="stop after this many calls instead")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="compare OUT with what would be written; exit 1 if it differs")
    ap.add_argument("out")
    args = ap.parse_args()
    if args.check:
        import io
        import sys
        expected = io.BytesIO()
        write(expected, args)
        with open(args.out, "rb") as fh:
            if fh.read() != expected.getvalue():
                print("%s is not what tools/make_capture.py writes: run it without --check" % args.out)
                sys.exit(1)
        return
    with open(args.out, "wb") as fh:
        size, calls = write(fh, args)
    print("%s: %d bytes, %d calls" % (args.out, size, calls))


def write(fh, args):
    limit = parse_size(args.size) if args.calls is None else 1 << 62
    rng = random.Random(args.seed)
    proxy = b"\xc6\x33\x64\x01"  # 198.51.100.1
    t = 1_700_000_000_000_000
    ident = 0
    n = 0
    conn = None  # [client address, client port, client seq, server seq, calls left]
    w = writer(fh)
    while w.size < limit and (args.calls is None or n < args.calls):
        n += 1
        t += 2000
        ua = bytes([10, 1 + n % 200, (n >> 8) % 250, 1 + n % 250])
        ua_text = "%d.%d.%d.%d" % tuple(ua)
        if n % 3:  # UDP
            for k, (from_ua, msg) in enumerate(call_messages(n, "UDP", ua_text, "198.51.100.1", rng)):
                src, dst = (ua, proxy) if from_ua else (proxy, ua)
                udp = struct.pack("!HHHH", 5060, 5060, 8 + len(msg), 0) + msg
                ident += 1
                w.frame(t + k * 300, ETH + ip4(src, dst, 17, udp, ident))
            continue
        if conn is None:
            conn = [bytes([172, 16, n % 250, 1 + (n >> 8) % 250]), 20000 + n % 40000, rng.getrandbits(32),
                    rng.getrandbits(32), 200]
            c = conn
            w.frame(t, ETH + ip4(c[0], proxy, 6, struct.pack("!HHIIBBHHH", c[1], 5060, c[2], 0, 0x50, 0x02,
                                                              65535, 0, 0), ident))
            w.frame(t + 50, ETH + ip4(proxy, c[0], 6, struct.pack("!HHIIBBHHH", 5060, c[1], c[3], c[2] + 1,
                                                                   0x50, 0x12, 65535, 0, 0), ident))
            c[2] += 1
            c[3] += 1
        c = conn
        msgs = call_messages(n, "TCP", "172.16.0.1", "198.51.100.1", rng)
        # The client's ACK and BYE go out together, as a busy client writes them.
        merged = []
        for from_ua, msg in msgs:
            if merged and from_ua and merged[-1][0] and msg.startswith(b"BYE"):
                merged[-1] = (True, merged[-1][1] + msg)
            else:
                merged.append((from_ua, msg))
        k = 0
        for i, (from_ua, msg) in enumerate(merged):
            parts = [msg] if (n + i) % 5 else [msg[:len(msg) // 3], msg[len(msg) // 3:]]
            for part in parts:
                k += 1
                ident += 1
                if from_ua:
                    seg = struct.pack("!HHIIBBHHH", c[1], 5060, c[2] & 0xFFFFFFFF, c[3] & 0xFFFFFFFF, 0x50,
                                      0x18, 65535, 0, 0) + part
                    w.frame(t + k * 300, ETH + ip4(c[0], proxy, 6, seg, ident))
                    c[2] += len(part)
                else:
                    seg = struct.pack("!HHIIBBHHH", 5060, c[1], c[3] & 0xFFFFFFFF, c[2] & 0xFFFFFFFF, 0x50,
                                      0x18, 65535, 0, 0) + part
                    w.frame(t + k * 300, ETH + ip4(proxy, c[0], 6, seg, ident))
                    c[3] += len(part)
        c[4] -= 1
        if c[4] == 0:
            for src, dst, sp, dp, s, a in ((c[0], proxy, c[1], 5060, c[2], c[3]), (proxy, c[0], 5060, c[1], c[3], c[2])):
                w.frame(t + 5000, ETH + ip4(src, dst, 6, struct.pack("!HHIIBBHHH", sp, dp, s & 0xFFFFFFFF,
                                                                      a & 0xFFFFFFFF, 0x50, 0x11, 65535, 0, 0),
                                            ident))
            conn = None
    if conn is not None and args.calls is not None:  # a sample ends its connection
        c = conn
        for src, dst, sp, dp, s, a in ((c[0], proxy, c[1], 5060, c[2], c[3]), (proxy, c[0], 5060, c[1], c[3], c[2])):
            w.frame(t + 5000, ETH + ip4(src, dst, 6, struct.pack("!HHIIBBHHH", sp, dp, s & 0xFFFFFFFF,
                                                                  a & 0xFFFFFFFF, 0x50, 0x11, 65535, 0, 0), ident))
    w.flush()
    return w.size, n


if __name__ == "__main__":
    main()
