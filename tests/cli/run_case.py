#!/usr/bin/env python3
"""Runs one golden-output case of the sipcode CLI and compares stdout, stderr and the exit status.

    run_case.py path/to/sipcode tests/cli/cases NAME

A case is a set of files in the cases directory:
    NAME.args    the arguments, one per line; backslash escapes (\\r, \\n, \\t, \\xHH, \\\\) are decoded,
                 so an argument can hold any byte but NUL and LF
    NAME.stdin   standard input, byte for byte (optional; empty when missing)
    NAME.out     the expected stdout, byte for byte (optional; empty when missing)
    NAME.err     the expected stderr (optional; empty when missing)
    NAME.status  the expected exit status
The program runs in the directory above the cases (tests/cli), so arguments name input files
relative to it, with an environment that holds no NO_COLOR, TERM or locale settings.
Output that claims to be JSON or CSV (--json, --csv, --format X, --format=X) is also checked to be
well-formed, whatever the exit status.
"""
import codecs
import csv
import io
import json
import os
import pathlib
import subprocess
import sys


def read(path: pathlib.Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def show(data: bytes) -> str:
    return data.decode("utf-8", "backslashreplace")


def asks_for(args: list, fmt: bytes) -> bool:
    """True when the arguments select output format `fmt`: --json, --format json, --format=json."""
    pairs = [args[i:i + 2] for i in range(len(args))]
    return b"--" + fmt in args or [b"--format", fmt] in pairs or b"--format=" + fmt in args


def check_formats(args: list, out: bytes, problems: list) -> None:
    if asks_for(args, b"json"):
        text = out.decode("utf-8")  # raises: JSON output must be UTF-8
        documents = text.splitlines() if args and args[0] == b"parse" else [text]
        for doc in documents:
            try:
                json.loads(doc)
            except ValueError as e:
                problems.append(f"stdout is not valid JSON: {e}: {doc[:200]}")
    if asks_for(args, b"csv"):
        if out and (not out.endswith(b"\r\n") or b"\n" in out.replace(b"\r\n", b"")):
            problems.append("CSV output must end every record with CRLF")
        rows = list(csv.reader(io.StringIO(out.decode("utf-8"), newline="")))
        if rows and any(len(r) != len(rows[0]) for r in rows):
            problems.append("CSV rows do not all have the header's number of fields")


def main() -> int:
    binary, cases, name = sys.argv[1:4]
    cases = pathlib.Path(cases)
    args = [codecs.escape_decode(line.encode("utf-8"))[0]
            for line in (cases / f"{name}.args").read_text(encoding="utf-8").splitlines()]
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "TERM") and not k.startswith("LC_") and k != "LANG"}
    result = subprocess.run([binary.encode()] + args, input=read(cases / f"{name}.stdin"),
                            capture_output=True, cwd=cases.parent, env=env, timeout=60)
    problems = []
    for stream, actual, suffix in (("stdout", result.stdout, "out"), ("stderr", result.stderr, "err")):
        expected = read(cases / f"{name}.{suffix}")
        if actual != expected:
            problems.append(f"{stream} differs from {name}.{suffix}\n--- expected\n{show(expected)}"
                            f"--- actual\n{show(actual)}---")
    status = int((cases / f"{name}.status").read_text().strip())
    if result.returncode != status:
        problems.append(f"exit status {result.returncode}, expected {status}")
    # Whatever the exit status (parse exits 1 on malformed lines and still prints them), output that
    # claims a format must be well-formed in it.
    if result.stdout:
        try:
            check_formats(args, result.stdout, problems)
        except UnicodeDecodeError as e:
            problems.append(f"stdout is not UTF-8: {e}")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
