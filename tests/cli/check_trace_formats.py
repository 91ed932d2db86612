#!/usr/bin/env python3
"""Runs the commands docs/trace-formats.md shows, exactly as written, on the capture write_pcap.py
writes, and checks what they print against the document and against tshark's own fields.

    check_trace_formats.py docs/trace-formats.md path/to/sipcode

Each block after a line `<!-- trace-formats commands: NAME -->` is run with bash in a scratch
directory holding capture.pcap, with the sipcode under test first on PATH. Its stdout must be the
block after `<!-- trace-formats output: NAME -->`, and its stderr lines from sipcode the block
after `<!-- trace-formats stderr: NAME -->`, where the document has them.

Then the oracle: the responses `sipcode parse --json` finds in each rendering (frame, code) must be
the ones tshark lists itself (`-T fields -e sip.Status-Code`, every occurrence), without the frames
that are ICMP errors (tshark's sip,stat does not count the message an ICMP error quotes either).

Exits 77 (CTest: skipped) when tshark is not installed, unless SIPCODE_REQUIRE_TSHARK=1.
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent


def blocks(text: str, kind: str) -> dict:
    found = {}
    for m in re.finditer(r"<!-- trace-formats " + kind + r": (\S+) -->\n```[a-z]*\n(.*?)```", text, re.S):
        found[m.group(1)] = m.group(2)
    return found


def parse_json(binary: str, path: pathlib.Path) -> list:
    out = subprocess.run([binary, "parse", "--json", str(path)], check=True, capture_output=True).stdout
    return [(r["frame"], r["code"]) for r in map(json.loads, out.decode().splitlines())]


def main() -> int:
    document, binary = sys.argv[1], os.path.abspath(sys.argv[2])
    if shutil.which("tshark") is None:
        if os.environ.get("SIPCODE_REQUIRE_TSHARK") == "1":
            print("tshark is not installed, and SIPCODE_REQUIRE_TSHARK=1", file=sys.stderr)
            return 1
        print("tshark is not installed: skipped")
        return 77
    text = pathlib.Path(document).read_text(encoding="utf-8")
    commands, outputs, errors = blocks(text, "commands"), blocks(text, "output"), blocks(text, "stderr")
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        work = pathlib.Path(scratch)
        subprocess.run([sys.executable, str(HERE / "write_pcap.py"), str(work / "capture.pcap")], check=True)
        env = dict(os.environ, PATH=os.path.dirname(binary) + os.pathsep + os.environ.get("PATH", ""))
        for name, script in commands.items():
            r = subprocess.run(["bash", "-eo", "pipefail", "-c", script], cwd=work, env=env,
                               capture_output=True, timeout=120)
            if r.returncode != 0:
                problems.append(f"{name}: exit status {r.returncode}\n{r.stderr.decode(errors='replace')}")
                continue
            if name in outputs and r.stdout.decode() != outputs[name]:
                problems.append(f"{name}: stdout differs\n--- document\n{outputs[name]}--- printed\n{r.stdout.decode()}")
            said = "".join(line + "\n" for line in r.stderr.decode().splitlines() if line.startswith("sipcode:"))
            if name in errors and said != errors[name]:
                problems.append(f"{name}: stderr differs\n--- document\n{errors[name]}--- printed\n{said}")

        oracle = []
        fields = subprocess.run(["tshark", "-r", str(work / "capture.pcap"), "-T", "fields", "-E", "occurrence=a",
                                 "-e", "frame.number", "-e", "icmp.type", "-e", "sip.Status-Code"],
                                check=True, capture_output=True).stdout.decode()
        for line in fields.splitlines():
            frame, icmp, codes = (line.split("\t") + ["", ""])[:3]
            if icmp or not codes:
                continue
            oracle += [(int(frame), int(c)) for c in codes.split(",")]
        if not oracle:
            problems.append("tshark found no response in the capture")
        for rendering in ("trace-verbose.txt", "trace-fields.txt"):
            if not (work / rendering).exists():
                problems.append(f"the document's commands wrote no {rendering}")
                continue
            found = parse_json(binary, work / rendering)
            if found != oracle:
                problems.append(f"{rendering}: sipcode finds {found}, tshark lists {oracle}")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
