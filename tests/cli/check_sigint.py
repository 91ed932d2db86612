#!/usr/bin/env python3
"""Ctrl-C on `sipcode stats` reading a pipe prints the totals so far and exits with status 130.

    check_sigint.py path/to/sipcode

Writes 50 SIP transactions (INVITE and its 486) into the tool's standard input, keeps the pipe
open, sends SIGINT and checks: exit status 130, `"interrupted": true`, the 100 messages written
counted (50 INVITEs, 50 486s), and the notice on stderr. Bounded by timeouts; the tool is stopped
by its PID.
"""
import json
import signal
import subprocess
import sys
import time


def transaction(i):
    head = (f"Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK-sigint-{i}\r\n"
            f"From: <sip:a@example.com>;tag=a{i}\r\nTo: <sip:b@example.com>{{to}}\r\n"
            f"Call-ID: sigint-{i}@example.com\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n")
    return ("INVITE sip:b@example.com SIP/2.0\r\n" + head.format(to="") +
            "SIP/2.0 486 Busy Here\r\n" + head.format(to=f";tag=b{i}"))


def main():
    tool = subprocess.Popen([sys.argv[1], "stats", "--format", "json"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        tool.stdin.write("".join(transaction(i) for i in range(50)).encode())
        tool.stdin.flush()
        time.sleep(0.5)  # the tool has read what is there and waits for more
        tool.send_signal(signal.SIGINT)
        out, err = tool.communicate(timeout=10)
    finally:
        if tool.poll() is None:
            tool.kill()
            tool.wait()
    problems = []
    if tool.returncode != 130:
        problems.append(f"exit status {tool.returncode}, expected 130")
    try:
        doc = json.loads(out)
    except ValueError as e:
        doc = {}
        problems.append(f"stdout is not JSON: {e}: {out[:200]!r}")
    if doc:
        invite = next((m for m in doc["methods"] if m["method"] == "INVITE"), None)
        if doc.get("interrupted") is not True:
            problems.append("JSON does not say interrupted")
        if doc.get("messages") != 100 or invite is None or invite["requests"] != 50:
            problems.append(f"counted {doc.get('messages')} messages, 50 INVITEs expected in 100")
        elif [r["count"] for r in invite["responses"] if r["code"] == 486] != [50]:
            problems.append(f"486s: {invite['responses']}")
    if b"interrupted" not in err:
        problems.append(f"no notice on stderr: {err!r}")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
