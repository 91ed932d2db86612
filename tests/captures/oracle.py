#!/usr/bin/env python3
"""What a capture made by make_captures.sh holds, found without sipcode: from the scenarios' design and
from tshark's own dissection.

    oracle.py design RUNS.tsv      the first transmissions the scenarios send by design
    oracle.py tshark T.json        one line per SIP message as tshark dissects it

Both print TSV: kind (request|response), CSeq method, code (0 for requests), count; `tshark` adds a
column `resent` (tshark's sip.resend flag) before the count. Import it to use the functions.
"""
import collections
import json
import sys

# Per call of each scenario (tests/captures/scenarios/*-uac.xml and *-uas.xml), the messages sent once
# each: (kind, CSeq method, code). "CODE" is the scenario's response code.
PER_CALL = {
    "register-401": [("request", "REGISTER", 0)] * 2 + [("response", "REGISTER", 401), ("response", "REGISTER", 200)],
    "invite-407": [("request", "INVITE", 0)] * 2 + [("request", "ACK", 0)] * 2 + [("request", "BYE", 0)]
    + [("response", "INVITE", 100)] * 2
    + [("response", "INVITE", 407), ("response", "INVITE", 180), ("response", "INVITE", 200), ("response", "BYE", 200)],
    "invite-final": [("request", "INVITE", 0), ("request", "ACK", 0), ("response", "INVITE", 180),
                     ("response", "INVITE", "CODE")],
    "refer": [("request", "REFER", 0)] + [("request", "NOTIFY", 0)] * 2 + [("response", "REFER", 202)]
    + [("response", "NOTIFY", 200)] * 2,
    # Two UASs answer: two 180s and two 200s with different To tags, each 200 ACKed.
    "fork": [("request", "INVITE", 0)] + [("request", "ACK", 0)] * 2 + [("response", "INVITE", 180)] * 2
    + [("response", "INVITE", 200)] * 2,
}
PER_CALL["invite-final-resent"] = PER_CALL["invite-final"]

# What each call counts in the RFC 6076 session and registration attempts: (kind, first final code).
ATTEMPTS = {
    "register-401": [("registration", 401), ("registration", 200)],
    "invite-407": [("session", 407), ("session", 200)],
    "invite-final": [("session", "CODE")],
    "invite-final-resent": [("session", "CODE")],
    "refer": [],
    "fork": [("session", 200)],  # once, by its first final response (RFC 6076 s5.4)
}


def read_runs(path):
    runs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            name, code, calls = line.rstrip("\n").split("\t")
            runs.append((name, None if code == "-" else int(code), int(calls)))
    return runs


def design(runs):
    """Counter of (kind, method, code) -> first transmissions."""
    counts = collections.Counter()
    for name, code, calls in runs:
        for kind, method, c in PER_CALL[name]:
            counts[(kind, method, code if c == "CODE" else c)] += calls
    return counts


def attempts(runs):
    counts = collections.Counter()
    for name, code, calls in runs:
        for kind, c in ATTEMPTS[name]:
            counts[(kind, code if c == "CODE" else c)] += calls
    return counts


def _layers(frame):
    sip = frame["_source"]["layers"].get("sip", [])
    return sip if isinstance(sip, list) else [sip]


def tshark_messages(path):
    """One dict per SIP message of a `tshark -T json` file: kind, method (CSeq), code, resent."""
    with open(path, encoding="utf-8") as f:
        frames = json.load(f)
    out = []
    for frame in frames:
        for sip in _layers(frame):
            cseq = sip.get("sip.msg_hdr_tree", {}).get("sip.CSeq_tree", {}).get("sip.CSeq.method", "")
            if "sip.Request-Line_tree" in sip:
                tree = sip["sip.Request-Line_tree"]
                out.append({"kind": "request", "method": cseq or tree["sip.Method"], "code": 0,
                            "resent": tree.get("sip.resend", "0") == "1"})
            elif "sip.Status-Line_tree" in sip:
                tree = sip["sip.Status-Line_tree"]
                out.append({"kind": "response", "method": cseq, "code": int(tree["sip.Status-Code"]),
                            "resent": tree.get("sip.resend", "0") == "1"})
    return out


def main():
    what, path = sys.argv[1:3]
    if what == "design":
        for (kind, method, code), n in sorted(design(read_runs(path)).items()):
            print(f"{kind}\t{method}\t{code}\t{n}")
    else:
        counts = collections.Counter((m["kind"], m["method"], m["code"], int(m["resent"]))
                                     for m in tshark_messages(path))
        for (kind, method, code, resent), n in sorted(counts.items()):
            print(f"{kind}\t{method}\t{code}\t{resent}\t{n}")


if __name__ == "__main__":
    main()
