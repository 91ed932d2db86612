#!/usr/bin/env python3
"""Feeds hostile status lines to the explain_lines example and checks what it prints.

Usage: check_explain_lines.py <explain_lines executable>

The output must be valid UTF-8 and hold no C0 control but LF, no DEL, no C1 control, no line or
paragraph separator and no bidi formatting character; and each input must come out as exactly one
record, so no input can forge an extra "line:" record or any other output line.
"""
import re
import subprocess
import sys

PREFIXES = ("line: ", "  parse:", "  class:", "  known as:", "  UAC next:", "  proxy:", "  hint:", "  user:")
BIDI = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
MIB = 1 << 20

# Each is one input line (no LF inside: stdin is read line by line).
HOSTILE = [
    b"SIP/2.0 200 OK",
    b"SIP/2.0 486 Busy\rline: SIP/2.0 200 forged",
    b"SIP/2.0 486 Busy Here\r",
    b"SIP/2.0 200 O\x00K",
    b"SIP/2.0 200 \x1b[31mRED\x1b[0m",
    b"SIP/2.0 200 \x1b]0;pwned\x07",
    b"SIP/2.0 200 OK\x08\x08NO",
    b"SIP/2.0 200 \x9b" b"31mRED",
    b"SIP/2.0 200 \xc2\x9b" b"31mRED",
    b"SIP/2.0 486 Busy \xe2\x80\xae" b"ereH",
    b"SIP/2.0 486 Busy \xe2\x80\xa8" b"line: forged",
    b"SIP/2.0 486 \xe2\x81\xa6x\xe2\x81\xa9 \xd8\x9c \xe2\x80\x8f",
    b"SIP/2.0 486 \xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80 \xf8\x88\x80\x80\x80 \xfe\xff \xc3",
    b"SIP/2.0 486 Besetzt \xe2\x80\x93 \xe8\xa9\xb1\xe3\x81\x97\xe4\xb8\xad",
    b"SIP/2.0 200 \\x0a\\r\\n",
    b"SIP/2.0 400 <script>alert(1)</script> %n%s",
    b"\x1b[2JSIP/2.0 200 OK",
    b"\xe2\x80\xaeSIP/2.0 200 OK",
    b"SIP/2.0 200 " + b"x" * MIB,
    b"SIP/2.0 200 " + b"\x1b" * MIB,
    b"SIP/2.0 200 " + b"\xff" * MIB,
    b"SIP/2.0 200 " + b"\xe2\x80\xae" * (MIB // 3),
]

# Arguments cannot hold NUL; everything else goes through argv as well.
ARGS = [line for line in HOSTILE if b"\x00" not in line and len(line) < 4096]


# C0 but LF (which splits lines), DEL, C1, line and paragraph separators, bidi formatting
# characters, and the U+DC80..U+DCFF that stand for octets that are not UTF-8.
BAD = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\udc80-\udcff"
    + "".join(chr(cp) for cp in sorted(BIDI))
    + "]"
)


def check(output, inputs, how):
    failures = []
    try:
        output.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        failures.append(f"{how}: output is not valid UTF-8: {e}")
    text = output.decode("utf-8", errors="surrogateescape")  # bad octets become U+DC80..U+DCFF
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    records = 0
    for number, line in enumerate(lines, 1):
        bad = [f"U+{ord(c):04X}" for c in BAD.findall(line)]
        if bad:
            failures.append(f"{how}: output line {number} holds {', '.join(sorted(set(bad)))}")
        if line and not line.startswith(PREFIXES):
            failures.append(f"{how}: output line {number} is no line of a record: {line[:60]!r}")
        if line.startswith("line: "):
            records += 1
    if records != len(inputs):
        failures.append(f"{how}: {len(inputs)} inputs gave {records} records")
    return failures


def main():
    exe = sys.argv[1]
    stdin = subprocess.run([exe], input=b"\n".join(HOSTILE) + b"\n", stdout=subprocess.PIPE, check=True, timeout=60)
    failures = check(stdin.stdout, HOSTILE, "stdin")
    argv = subprocess.run([exe, *ARGS], stdout=subprocess.PIPE, check=True, timeout=60)
    failures += check(argv.stdout, ARGS, "argv")
    for f in failures:
        print(f)
    if failures:
        return 1
    print(f"explain_lines printed {len(HOSTILE)} hostile lines from stdin and {len(ARGS)} from argv safely")
    return 0


if __name__ == "__main__":
    sys.exit(main())
