#!/usr/bin/env python3
"""Writes a synthetic SIP trace for `sipcode stats`: calls between two user agents through a proxy,
as a SIPp message log, an sngrep text export and `tshark -T fields` output would show them. The
output depends only on the arguments (a seeded generator, fixed clock), so it can be committed.

    make_trace.py examples/sample-trace.txt              # the committed sample (--check compares)
    make_trace.py --size 4G build/bench/trace.txt        # a large trace for throughput measurements

The sample holds, in this order: a SIPp message log, an sngrep export and tshark fields lines. A large
trace repeats one block of all three (with fresh Call-IDs per block) until it reaches --size.
"""
import argparse
import datetime
import random
import sys

PROXY = "10.0.0.1"
UAC = "10.0.1.15"
UAS = "10.0.2.20"

REASONS = {
    100: "Trying", 180: "Ringing", 183: "Session Progress", 200: "OK", 302: "Moved Temporarily",
    401: "Unauthorized", 404: "Not Found", 407: "Proxy Authentication Required", 408: "Request Timeout",
    480: "Temporarily Unavailable", 486: "Busy Here", 487: "Request Terminated",
    488: "Not Acceptable Here", 503: "Service Unavailable", 603: "Decline",
    # Not registered: a vendor code seen in the wild; sipcode handles it as 400.
    478: "Unresolvable destination",
}

# (weight, outcome): what happens to one call.
OUTCOMES = [
    (44, "answered"), (8, "early_media"), (9, "busy"), (7, "cancelled"), (7, "auth"), (5, "not_found"),
    (4, "unavailable"), (4, "overload"), (2, "decline"), (2, "timeout"), (2, "redirect"), (2, "codec"),
    (2, "unresolvable"), (3, "register"),
]


class Clock:
    def __init__(self):
        self.t = 0.0

    def tick(self, rnd, lo=0.001, hi=0.05):
        self.t += rnd.uniform(lo, hi)
        return self.t


def sdp(session, host):
    return (f"v=0\r\no=- {session} {session} IN IP4 {host}\r\ns=-\r\nc=IN IP4 {host}\r\nt=0 0\r\n"
            f"m=audio {10000 + session % 20000 * 2} RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\n"
            "a=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n")


class Call:
    def __init__(self, rnd, n, block, marker=""):
        self.rnd = rnd
        self.caller = f"1{rnd.randrange(10**9, 10**10)}"
        self.callee = f"2{rnd.randrange(10**9, 10**10)}"
        self.call_id = f"{rnd.getrandbits(64):016x}-{block}-{n}{marker}@{UAC}"
        self.from_tag = f"{rnd.getrandbits(32):08x}{marker}"  # the branches start with it too
        self.to_tag = f"{rnd.getrandbits(32):08x}{marker}"
        self.branch = 0
        self.session = rnd.randrange(1000, 99999)

    def new_branch(self):
        self.branch += 1
        return f"z9hG4bK{self.from_tag}{self.branch:03d}"

    def request(self, method, cseq, branch, body="", extra=(), uri=None, to_tag=False):
        uri = uri or f"sip:{self.callee}@{PROXY}"
        lines = [f"{method} {uri} SIP/2.0",
                 f"Via: SIP/2.0/UDP {UAC}:5060;branch={branch};rport",
                 "Max-Forwards: 70",
                 f"From: <sip:{self.caller}@{PROXY}>;tag={self.from_tag}",
                 f"To: <sip:{self.callee}@{PROXY}>" + (f";tag={self.to_tag}" if to_tag else ""),
                 f"Call-ID: {self.call_id}",
                 f"CSeq: {cseq} {method}",
                 f"Contact: <sip:{self.caller}@{UAC}:5060>",
                 *extra,
                 "User-Agent: SIPp/3.7.1"]
        return self._message(lines, body)

    def response(self, code, method, cseq, branch, body="", extra=(), to_tag=True):
        lines = [f"SIP/2.0 {code} {REASONS[code]}",
                 f"Via: SIP/2.0/UDP {UAC}:5060;branch={branch};rport=5060;received={UAC}",
                 f"From: <sip:{self.caller}@{PROXY}>;tag={self.from_tag}",
                 f"To: <sip:{self.callee}@{PROXY}>" + (f";tag={self.to_tag}" if to_tag and code > 100 else ""),
                 f"Call-ID: {self.call_id}",
                 f"CSeq: {cseq} {method}",
                 *extra,
                 "Server: Kamailio (5.7.4 (x86_64/linux))"]
        return self._message(lines, body)

    @staticmethod
    def _message(lines, body):
        if body:
            lines.append("Content-Type: application/sdp")
        lines.append(f"Content-Length: {len(body)}")
        return "\r\n".join(lines) + "\r\n\r\n" + body

    def flow(self, outcome):
        """The call's messages: (direction, text), direction 'out' from the UAC, 'in' to it."""
        rnd = self.rnd
        out = []
        b = self.new_branch()
        if outcome == "register":
            uri = f"sip:{PROXY}"
            out.append(("out", self.request("REGISTER", 1, b, uri=uri, extra=["Expires: 3600"])))
            out.append(("in", self.response(401, "REGISTER", 1, b, extra=[
                f'WWW-Authenticate: Digest realm="{PROXY}", nonce="{rnd.getrandbits(64):016x}", algorithm=MD5'])))
            b = self.new_branch()
            out.append(("out", self.request("REGISTER", 2, b, uri=uri, extra=[
                "Expires: 3600", f'Authorization: Digest username="{self.caller}", realm="{PROXY}"'])))
            out.append(("in", self.response(200, "REGISTER", 2, b, extra=[
                f"Contact: <sip:{self.caller}@{UAC}:5060>;expires=3600"])))
            return out
        offer = sdp(self.session, UAC)
        cseq = 1
        if outcome == "auth":
            out.append(("out", self.request("INVITE", cseq, b, offer)))
            out.append(("in", self.response(407, "INVITE", cseq, b, extra=[
                f'Proxy-Authenticate: Digest realm="{PROXY}", nonce="{rnd.getrandbits(64):016x}"'])))
            out.append(("out", self.request("ACK", cseq, b, to_tag=True)))
            cseq += 1
            b = self.new_branch()
            outcome = "answered"
        out.append(("out", self.request("INVITE", cseq, b, offer)))
        out.append(("in", self.response(100, "INVITE", cseq, b)))
        early = {"not_found": 404, "unavailable": 480, "overload": 503, "timeout": 408, "redirect": 302,
                 "codec": 488, "unresolvable": 478}
        if outcome in early:
            code = early[outcome]
            extra = []
            if code == 503:
                extra = [f"Retry-After: {rnd.choice([30, 60, 120])}"]
            elif code == 302:
                extra = [f"Contact: <sip:{self.callee}@10.0.3.{rnd.randrange(2, 250)}:5060>"]
            elif code == 488:
                extra = ['Warning: 304 proxy "Media type not available"']
            out.append(("in", self.response(code, "INVITE", cseq, b, extra=extra)))
            out.append(("out", self.request("ACK", cseq, b, to_tag=True)))
            return out
        if outcome == "early_media":
            out.append(("in", self.response(183, "INVITE", cseq, b, sdp(self.session + 1, UAS))))
        else:
            out.append(("in", self.response(180, "INVITE", cseq, b)))
        if outcome in ("busy", "decline"):
            code = 486 if outcome == "busy" else 603
            out.append(("in", self.response(code, "INVITE", cseq, b)))
            out.append(("out", self.request("ACK", cseq, b, to_tag=True)))
            return out
        if outcome == "cancelled":
            out.append(("out", self.request("CANCEL", cseq, b)))
            out.append(("in", self.response(200, "CANCEL", cseq, b)))
            out.append(("in", self.response(487, "INVITE", cseq, b)))
            out.append(("out", self.request("ACK", cseq, b, to_tag=True)))
            return out
        out.append(("in", self.response(200, "INVITE", cseq, b, sdp(self.session + 1, UAS), extra=[
            f"Contact: <sip:{self.callee}@{UAS}:5060>"])))
        out.append(("out", self.request("ACK", cseq, self.new_branch(), to_tag=True, uri=f"sip:{self.callee}@{UAS}:5060")))
        b = self.new_branch()
        out.append(("out", self.request("BYE", cseq + 1, b, to_tag=True, uri=f"sip:{self.callee}@{UAS}:5060")))
        out.append(("in", self.response(200, "BYE", cseq + 1, b)))
        return out


def stamp(t):
    s = 1767225600 + t  # 2026-01-01 00:00:00 UTC
    whole = int(s)
    secs = whole % 60
    mins = whole // 60 % 60
    hours = whole // 3600 % 24
    return "2026-01-01", f"{hours:02d}:{mins:02d}:{secs:02d}.{int((s - whole) * 1e6):06d}"


def sipp_log(calls, clock, rnd):
    """SIPp -trace_msg: a dashed separator with the time, the transport line, the message."""
    parts = []
    for call, flow in calls:
        for direction, text in flow:
            day, time = stamp(clock.tick(rnd))
            verb = "sent" if direction == "out" else "received"
            parts.append(f"----------------------------------------------- {day}\t{time}\n"
                         f"UDP message {verb} [{len(text)}] bytes :\n\n{text}\n")
    return "".join(parts)


def sngrep_export(calls, clock, rnd):
    """sngrep "save as txt": a line with time and addresses, the message, an empty line."""
    parts = []
    for call, flow in calls:
        for direction, text in flow:
            day, time = stamp(clock.tick(rnd))
            src, dst = (f"{UAC}:5060", f"{PROXY}:5060") if direction == "out" else (f"{PROXY}:5060", f"{UAC}:5060")
            parts.append(f"{day.replace('-', '/')} {time} {src} -> {dst}\n{text}\n")
    return "".join(parts)


def tshark_fields(calls, clock, rnd, frame):
    """tshark -T fields -e frame.number -e frame.time_relative -e ip.src -e ip.dst -e sip.CSeq
    -e sip.Status-Line: requests have an empty Status-Line field."""
    lines = []
    for call, flow in calls:
        for direction, text in flow:
            frame += 1
            first = text.split("\r\n", 1)[0]
            cseq = next(l[6:] for l in text.split("\r\n") if l.startswith("CSeq: "))
            src, dst = (UAC, PROXY) if direction == "out" else (PROXY, UAC)
            status = first if first.startswith("SIP/2.0 ") else ""
            lines.append(f"{frame}\t{clock.tick(rnd):.6f}\t{src}\t{dst}\t{cseq}\t{status}\n")
    return "".join(lines), frame


def block(rnd, number, sizes, marker=""):
    """One SIPp section, one sngrep section and one tshark section with sizes[i] calls each. `marker`
    ends every Call-ID, tag and branch, so that a repeated block can be made unique."""
    weights = [w for w, _ in OUTCOMES]
    names = [o for _, o in OUTCOMES]
    clock = Clock()
    sections = []
    n = 0
    # Every outcome once (in a shuffled order), then as the weights say.
    planned = names[:]
    rnd.shuffle(planned)
    for size in sizes:
        calls = []
        for _ in range(size):
            call = Call(rnd, n, number, marker)
            outcome = planned[n] if n < len(planned) else rnd.choices(names, weights)[0]
            n += 1
            calls.append((call, call.flow(outcome)))
        sections.append(calls)
    text = sipp_log(sections[0], clock, rnd) + sngrep_export(sections[1], clock, rnd)
    fields, _ = tshark_fields(sections[2], Clock(), rnd, 0)  # its own capture: times from 0
    # One frame cut short by the capture's snap length: its status line field ends inside the code.
    lines = fields.splitlines(keepends=True)
    cut = next(i for i in range(len(lines) // 2, len(lines)) if "\tSIP/2.0 48" in lines[i])
    lines[cut] = lines[cut][:lines[cut].index("\tSIP/2.0 48") + len("\tSIP/2.0 48")] + "\n"
    return text + "".join(lines)


def parse_size(text):
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    if text[-1:].upper() in units:
        return int(float(text[:-1]) * units[text[-1].upper()])
    return int(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("output", help="file to write, - for stdout")
    ap.add_argument("--seed", type=int, default=3261)
    ap.add_argument("--calls", type=int, nargs=3, default=[10, 10, 40], metavar=("SIPP", "SNGREP", "TSHARK"),
                    help="calls per section (default 10 10 40)")
    ap.add_argument("--size", help="repeat blocks until the output has at least this many bytes (4G, 500M)")
    ap.add_argument("--check", action="store_true", help="fail if OUTPUT differs from what would be written")
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    if args.size is None:
        text = block(rnd, 0, args.calls)
        if args.check:
            with open(args.output, encoding="utf-8", newline="") as f:
                if f.read() != text:
                    print(f"{args.output} is not what tools/make_trace.py writes", file=sys.stderr)
                    return 1
            return 0
        with (open(args.output, "w", encoding="utf-8", newline="") if args.output != "-" else sys.stdout) as f:
            f.write(text)
        return 0
    target = parse_size(args.size)
    # Each repetition is a new set of calls, as in a real trace (RFC 3261 s8.1.1.7: branches are
    # unique): the marker in every Call-ID, tag and branch becomes the repetition's number, and the
    # SIPp and sngrep sections move to a day of their own, so trace time moves forward.
    marker = "~R~"
    blocks = [block(rnd, i, [200, 200, 800], marker).encode() for i in range(8)]
    written = 0
    start = datetime.date(2026, 1, 1)
    with open(args.output, "wb") as f:
        i = 0
        while written < target:
            day = start + datetime.timedelta(days=i)
            data = (blocks[i % len(blocks)].replace(marker.encode(), b"r%x" % i)
                    .replace(b"2026-01-01", day.isoformat().encode())
                    .replace(b"2026/01/01", day.strftime("%Y/%m/%d").encode()))
            f.write(data)
            written += len(data)
            i += 1
    print(f"{args.output}: {written} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
