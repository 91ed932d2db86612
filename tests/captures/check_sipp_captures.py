#!/usr/bin/env python3
"""Checks the capture reader on captures of real SIPp traffic on the loopback interface, against tshark.

    check_sipp_captures.py CAPTURE_MESSAGES SIPCODE IPV4_DIR OUTDIR

Reads the captures make_captures.sh wrote into IPV4_DIR (IPv4: UDP, and TCP with every call of a
scenario on one connection; tcpdump -i lo; the CTest fixture sip_captures) and makes the IPv6 ones
with make_ipv6_captures.sh into OUTDIR (IPv6 ::1: UDP through dumpcap as pcapng, TCP through tcpdump
-i any as Linux cooked v2), then for each: every message sipcode reads, per frame,
with its time and addresses, must be what tshark dissects, and `sipcode parse` must print the same
responses. The IPv6 captures are also checked against their scenario: SIPp's built-in uac/uas call
is INVITE, 180, 200, ACK, BYE, 200. Exit 77 (skipped) when the captures could not be made (no SIPp,
tcpdump, dumpcap or tshark, or no permission to capture), unless SIPCODE_REQUIRE_TSHARK is set.
"""

import collections
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_captures as cc  # noqa: E402

# make_ipv6_captures.sh: calls per capture; SIPp's built-in uac/uas call.
IPV6_CALLS = {"ipv6-udp.pcapng": 20, "ipv6-tcp.pcap": 50}
IPV6_CALL = ["INVITE", "180", "200", "ACK", "BYE", "200"]


def main():
    driver, sipcode, ipv4_dir, outdir = sys.argv[1:5]
    skip = 1 if os.environ.get("SIPCODE_REQUIRE_TSHARK") else 77
    if not all(os.path.exists(os.path.join(ipv4_dir, f)) for f in ("udp.pcap", "tcp.pcap")):
        print(f"make_captures.sh wrote no captures into {ipv4_dir}")
        return skip
    r = subprocess.run(["bash", os.path.join(HERE, "make_ipv6_captures.sh"), outdir], timeout=300)
    if r.returncode == 77:
        print("make_ipv6_captures.sh could not make its captures")
        return skip
    if r.returncode != 0:
        print(f"make_ipv6_captures.sh failed with {r.returncode}")
        return 1
    failures = 0
    files = [os.path.join(ipv4_dir, "udp.pcap"), os.path.join(ipv4_dir, "tcp.pcap")] + \
        [os.path.join(outdir, f) for f in sorted(IPV6_CALLS)]
    for path in files:
        name = os.path.basename(path)
        got, got_where, counters, notes = cc.sipcode_messages(driver, path)
        theirs, their_where = cc.tshark_messages(path)
        problems = []
        if got != theirs:
            diff = {f: (got.get(f), theirs.get(f)) for f in sorted(set(got) | set(theirs)) if got.get(f) != theirs.get(f)}
            problems.append(f"frames where sipcode and tshark differ (sipcode, tshark): {diff}")
        bad_where = {f: (w, their_where.get(f)) for f, w in got_where.items() if w != their_where.get(f)}
        if bad_where:
            problems.append(f"time or addresses differ: {dict(list(bad_where.items())[:5])}")
        responses = {f: sorted(x for x in v if x.isdigit() or x == "malformed") for f, v in got.items()}
        responses = {f: v for f, v in responses.items() if v}
        if cc.parse_responses(sipcode, path) != responses:
            problems.append("sipcode parse prints other responses than the capture reader found")
        total = collections.Counter(x for v in got.values() for x in v)
        if name in IPV6_CALLS:
            expect = collections.Counter(IPV6_CALL * IPV6_CALLS[name])
            if total != expect:
                problems.append(f"scenario: {dict(expect)}, sipcode {dict(total)}")
        if "error" in counters:
            problems.append(f"error {counters['error']}")
        print(f"{'FAIL' if problems else 'ok'} {name}: {sum(total.values())} messages in {counters.get('frames')} frames")
        for p in problems:
            print("    " + p)
        failures += bool(problems)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
