#!/usr/bin/env python3
"""Checks the capture reader on the hand-made captures of make_captures.py, against tshark.

    check_captures.py CAPTURE_MESSAGES OUTDIR

For each case of the manifest: the messages capture_messages prints, per frame (methods and codes),
must equal tshark's `-T fields` for the same file, or, where sipcode deliberately differs, the
scenario's list; then tshark must really differ from it (so the reason stays true), and the named
counters and error must show. Exit 77 (skipped) when tshark is not installed and
SIPCODE_REQUIRE_TSHARK is not set.
"""

import collections
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

TSHARK_ARGS = ["-o", "udp.try_heuristic_first:TRUE", "-o", "tcp.reassemble_out_of_order:TRUE", "-Y", "sip",
               "-T", "fields", "-E", "occurrence=a", "-E", "aggregator=|", "-e", "frame.number", "-e",
               "sip.Method", "-e", "sip.Status-Code"]


def tshark_messages(path):
    """{frame: sorted [method or code]} as tshark dissects SIP in the file."""
    out = subprocess.run(["tshark", "-r", path] + TSHARK_ARGS, capture_output=True, text=True, timeout=120).stdout
    frames = collections.defaultdict(list)
    for line in out.splitlines():
        frame, methods, codes = (line.split("\t") + ["", ""])[:3]
        frames[int(frame)] += [m for m in methods.split("|") if m] + [c for c in codes.split("|") if c]
    return {f: sorted(v) for f, v in frames.items()}


def sipcode_messages(driver, path):
    r = subprocess.run([driver, path], capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        raise RuntimeError(f"{driver} {path}: exit {r.returncode}: {r.stderr}")
    frames = collections.defaultdict(list)
    counters = {}
    for line in r.stdout.splitlines():
        fields = line.split("\t")
        if fields[0] == "#":
            counters[fields[1]] = fields[2]
            continue
        frames[int(fields[0])].append(fields[5])
    return {f: sorted(v) for f, v in frames.items()}, counters, r.stderr


def main():
    driver, outdir = sys.argv[1], sys.argv[2]
    if shutil.which("tshark") is None:
        if os.environ.get("SIPCODE_REQUIRE_TSHARK"):
            print("tshark is required (SIPCODE_REQUIRE_TSHARK) and not installed")
            return 1
        print("tshark not installed: skipped")
        return 77
    subprocess.run([sys.executable, os.path.join(HERE, "make_captures.py"), outdir], check=True)
    with open(os.path.join(outdir, "manifest.json")) as fh:
        manifest = json.load(fh)
    failures = 0
    for case in manifest:
        path = os.path.join(outdir, case["file"])
        got, counters, notes = sipcode_messages(driver, path)
        theirs = tshark_messages(path)
        problems = []
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
