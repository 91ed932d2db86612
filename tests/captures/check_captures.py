#!/usr/bin/env python3
"""Checks the capture reader on the hand-made captures of write_test_captures.py, against tshark.

    check_captures.py CAPTURE_MESSAGES SIPCODE OUTDIR

For each case of the manifest: the messages capture_messages prints, per frame (methods and codes),
must equal tshark's `-T fields` for the same file, or, where sipcode deliberately differs, the
scenario's list; then tshark must really differ from it (so the reason stays true), and the named
counters and error must show. Each message's time, source and destination must be tshark's for its
frame. `sipcode parse --json FILE` must print the same responses, with the same frames and times. Exit 77 (skipped) when tshark is not installed and
SIPCODE_REQUIRE_TSHARK is not set.
"""

import collections
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

FIELDS = ["frame.number", "sip.Method", "sip.Status-Code", "frame.time_epoch", "ip.src", "ip.dst", "ipv6.src",
          "ipv6.dst", "udp.srcport", "udp.dstport", "tcp.srcport", "tcp.dstport"]
TSHARK_ARGS = ["-o", "udp.try_heuristic_first:TRUE", "-o", "tcp.reassemble_out_of_order:TRUE", "-Y", "sip",
               "-T", "fields", "-E", "occurrence=a", "-E", "aggregator=|"] + [a for f in FIELDS for a in ("-e", f)]


def endpoint(address, port):
    return f"[{address}]:{port}" if ":" in address else f"{address}:{port}"


def tshark_messages(path):
    """({frame: sorted [method or code]}, {frame: (time_ns, src, dst)}) as tshark dissects SIP in the file."""
    out = subprocess.run(["tshark", "-r", path] + TSHARK_ARGS, capture_output=True, text=True, timeout=120).stdout
    frames = collections.defaultdict(list)
    where = {}
    for line in out.splitlines():
        v = dict(zip(FIELDS, (line.split("\t") + [""] * len(FIELDS))[:len(FIELDS)]))
        frame = int(v["frame.number"])
        frames[frame] += [m for m in v["sip.Method"].split("|") if m] + [c for c in v["sip.Status-Code"].split("|") if c]
        # The innermost addresses (IP-in-IP lists the outer first); the last TCP or UDP ports.
        src = (v["ip.src"] or v["ipv6.src"]).split("|")[-1]
        dst = (v["ip.dst"] or v["ipv6.dst"]).split("|")[-1]
        if v["ip.src"] and v["ipv6.src"]:  # IPv6 inside IPv4
            src, dst = v["ipv6.src"].split("|")[-1], v["ipv6.dst"].split("|")[-1]
        sport = (v["udp.srcport"] or v["tcp.srcport"]).split("|")[-1]
        dport = (v["udp.dstport"] or v["tcp.dstport"]).split("|")[-1]
        sec, _, frac = v["frame.time_epoch"].partition(".")
        time_ns = int(sec) * 1_000_000_000 + int((frac + "000000000")[:9])
        where[frame] = (time_ns, endpoint(src, sport), endpoint(dst, dport))
    return {f: sorted(v) for f, v in frames.items()}, where


def parse_responses(sipcode, path):
    """{frame: sorted [code]} and {frame: time text} from `sipcode parse --json FILE`."""
    r = subprocess.run([sipcode, "parse", "--json", path], capture_output=True, text=True, timeout=60)
    if r.returncode not in (0, 1):
        raise RuntimeError(f"sipcode parse {path}: exit {r.returncode}: {r.stderr}")
    frames = collections.defaultdict(list)
    for line in r.stdout.splitlines():
        o = json.loads(line)
        frames[o["frame"]].append(str(o.get("code", "malformed")))
    return {f: sorted(v) for f, v in frames.items()}


def sipcode_messages(driver, path):
    r = subprocess.run([driver, path], capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        raise RuntimeError(f"{driver} {path}: exit {r.returncode}: {r.stderr}")
    frames = collections.defaultdict(list)
    counters = {}
    where = {}
    for line in r.stdout.splitlines():
        fields = line.split("\t")
        if fields[0] == "#":
            counters[fields[1]] = fields[2]
            continue
        frames[int(fields[0])].append(fields[5])
        where[int(fields[0])] = (int(fields[1]), fields[2], fields[3])
    return {f: sorted(v) for f, v in frames.items()}, where, counters, r.stderr


def main():
    driver, sipcode, outdir = sys.argv[1], sys.argv[2], sys.argv[3]
    if shutil.which("tshark") is None:
        if os.environ.get("SIPCODE_REQUIRE_TSHARK"):
            print("tshark is required (SIPCODE_REQUIRE_TSHARK) and not installed")
            return 1
        print("tshark not installed: skipped")
        return 77
    subprocess.run([sys.executable, os.path.join(HERE, "write_test_captures.py"), outdir], check=True)
    with open(os.path.join(outdir, "manifest.json")) as fh:
        manifest = json.load(fh)
    failures = 0
    for case in manifest:
        path = os.path.join(outdir, case["file"])
        got, got_where, counters, notes = sipcode_messages(driver, path)
        theirs, their_where = tshark_messages(path)
        problems = []
        for frame, w in got_where.items():
            if frame in their_where and w != their_where[frame]:
                problems.append(f"frame {frame}: time, source, destination {w}, tshark {their_where[frame]}")
        responses = {f: sorted(x for x in v if x.isdigit() or x == "malformed") for f, v in got.items()}
        responses = {f: v for f, v in responses.items() if v}
        parsed = parse_responses(sipcode, path)
        if parsed != responses:
            problems.append(f"sipcode parse {parsed}\n    messages     {responses}")
        if case["oracle"] == "tshark":
            if got != theirs:
                problems.append(f"sipcode {got}\n    tshark  {theirs}")
        else:
            expect = collections.defaultdict(list)
            for frame, what in case["expect"]:
                expect[frame].append(str(what))
            expect = {f: sorted(v) for f, v in expect.items()}
            if got != expect:
                problems.append(f"sipcode {got}\n    scenario {expect}")
            if theirs == expect:
                problems.append(f"tshark no longer differs ({case['tshark_differs']}): {theirs}")
        for name, value in case.get("counts", {}).items():
            if counters.get(name) != str(value):
                problems.append(f"counter {name}: {counters.get(name)}, expected {value}")
        if "error" in case and case["error"] not in counters.get("error", ""):
            problems.append(f"error: {counters.get('error')!r}, expected to hold {case['error']!r}")
        if "error" not in case and "error" in counters:
            problems.append(f"unexpected error {counters['error']!r}")
        status = "FAIL" if problems else "ok"
        print(f"{status} {case['file']}: {case['why']}" +
              (f" (differs from tshark on purpose: {case['tshark_differs']})" if "tshark_differs" in case else ""))
        for p in problems:
            print("    " + p)
        if problems:
            print("    " + notes.replace("\n", "\n    "))
        failures += bool(problems)
    print(f"{len(manifest) - failures} of {len(manifest)} captures as expected")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
