#!/usr/bin/env python3
"""Runs the explain_lines example on examples/status-lines.txt and checks what it says of each line
against the data files and RFC 3261, computed here without the library.

Usage: check_explain_sample.py <explain_lines executable> <status-lines.txt> <data dir>

For each input line: the record exists and quotes the line; a line that is a valid status line
(lenient mode: "sip/2.0" in any case, runs of SP, an empty phrase) reports its code; the class is
the code's hundreds digit (RFC 3261 s7.2); a registered code is "known as" its IANA phrase and
reference, an unregistered one is treated as the x00 of its class (s8.1.3.2); the UAC next step is
that of data/semantics.csv for the code acted on (202 acts as 200), the user message the code's own
or, unregistered, its x00's. A line that is not a status line (a letter in the code, another
protocol) reports a parse error and nothing else.
"""
import csv
import pathlib
import re
import subprocess
import sys

CLASS = {1: "provisional", 2: "success", 3: "redirection", 4: "request_failure", 5: "server_failure",
         6: "global_failure"}
LINE = re.compile(r"^sip/2\.0[ \t]+(\d{3})(?:[ \t]+(.*))?$", re.IGNORECASE)


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {int(r["code"]): r for r in csv.DictReader(l for l in f if not l.startswith("#"))}


def main():
    exe, sample, data = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    iana, sem = rows(data / "iana-sip-response-codes.csv"), rows(data / "semantics.csv")
    inputs = sample.read_text(encoding="utf-8").splitlines()
    out = subprocess.run([exe], input=sample.read_bytes(), stdout=subprocess.PIPE, check=True, timeout=60)
    records = out.stdout.decode("utf-8").split("\n\n")
    records = [r for r in records if r.strip()]
    failures = []
    if len(records) != len(inputs):
        failures.append(f"{len(inputs)} lines gave {len(records)} records")
    for line, record in zip(inputs, records):
        fields = {}
        for text in record.split("\n"):
            key, _, value = text.strip().partition(":")
            fields.setdefault(key, value.strip())
        where = f"line {line!r}"
        if fields.get("line") != f'"{line}"':
            failures.append(f"{where}: the record quotes {fields.get('line')!r}")
        m = LINE.match(line)
        if m is None:
            if not fields.get("parse", "").startswith("error ") or "class" in fields:
                failures.append(f"{where}: not a status line, yet the record says {fields}")
            continue
        code = int(m.group(1))
        acted = code if code in iana and code != 202 else (200 if code == 202 else code // 100 * 100)
        want = {
            "class": f"{CLASS[code // 100]} ({'not final' if code < 200 else 'final'})",
            "user": sem[code if code in iana else acted]["user_message"],  # a code's own text first
        }
        if code in iana:
            dep = ", deprecated" if iana[code]["status"] == "deprecated" else ""
            want["known as"] = f"{code} {iana[code]['reason']} ({iana[code]['references']}{dep})"
        else:
            want["known as"] = f"unregistered; treat as {acted} (RFC 3261 8.1.3.2)"
        if not fields.get("parse", "").startswith(f"ok, code {code}"):
            failures.append(f"{where}: parse says {fields.get('parse')!r}")
        if not fields.get("UAC next", "").startswith(sem[acted]["uac"]):
            failures.append(f"{where}: UAC next says {fields.get('UAC next')!r}, data says {sem[acted]['uac']}")
        for key, value in want.items():
            if fields.get(key) != value:
                failures.append(f"{where}: {key} says {fields.get(key)!r}, expected {value!r}")
    for f in failures:
        print(f)
    if failures:
        return 1
    print(f"explain_lines explained all {len(inputs)} sample lines as the data files and RFC 3261 say")
    return 0


if __name__ == "__main__":
    sys.exit(main())
