#!/usr/bin/env python3
"""Checks `sipcode stats` on the captures of make_captures.sh against what is known without sipcode.

    check_stats.py SIPCODE CAPDIR

For each transport (udp, tcp) and each rendering that sipcode reads (tshark -V, tshark -T fields, and
the pcap itself when the build has the capture reader):
  1. first transmissions per (kind, CSeq method, code) equal what the scenarios send by design
     (oracle.py design): sipfrag bodies add no response, challenges are counted as responses;
  2. first transmissions + retransmissions per (kind, method, code) equal tshark's count of SIP
     messages: every message is counted exactly once;
  3. retransmissions equal tshark's sip.resend flags, but for one deliberate difference: tshark marks
     the forked INVITE's second 200 (another To tag, another UAS: RFC 3261 s13.2.2.4) as resent; sipcode
     counts it as a response of its own;
  4. the RFC 6076 ratios equal those computed here from the scenarios' attempts with the code sets
     of RFC 6076 s4.6-s4.8, s4.2 (401 and 407 out of the denominators, 3xx out of SER's and SEER's);
  5. --format prometheus carries the same counts in the contract's form, with # HELP and # TYPE, and
     the reference parser (python3-prometheus-client) reads it;
  6. several FILEs are read as one trace: udp and tcp together give the sum.
Exit status 0 when all hold, 1 otherwise, 77 (skip) when CAPDIR holds no captures.
"""
import collections
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402

# RFC 6076 s4: numerator codes and the codes out of the denominator, written from the RFC (and the two
# fixed readings: 401/407 are out of every denominator; an attempt with no final response counts).
FINALS = list(range(200, 700)) + [0]
KPI_SETS = {
    "ser": ({200}, lambda c: 300 <= c < 400 or c in (401, 407)),
    "seer": ({200, 480, 486, 600, 603}, lambda c: 300 <= c < 400 or c in (401, 407)),
    "isa": ({408, 500, 503, 504, 0}, lambda c: c in (401, 407)),
    "ira": ({c for c in FINALS if (400 <= c < 700 and c not in (401, 402, 407)) or c == 0},
            lambda c: c in (401, 407)),
}
KPI_ATTEMPT = {"ser": "session", "seer": "session", "isa": "session", "ira": "registration"}

problems = []

# The reference parser of the exposition format (Debian python3-prometheus-client), run under the
# system Python when this one lacks it; None when neither has it.
PARSE = """
import json, sys
from prometheus_client.parser import text_string_to_metric_families
print(json.dumps([[f.name, f.type, len(f.samples)] for f in text_string_to_metric_families(sys.stdin.read())]))
"""


def reference_parse(text):
    for python in (sys.executable, "/usr/bin/python3"):
        if not os.path.exists(python):
            continue
        r = subprocess.run([python, "-c", PARSE], input=text.encode(), capture_output=True, timeout=60)
        if r.returncode == 0:
            return json.loads(r.stdout)
        if b"No module named" not in r.stderr:
            return r.stderr.decode("utf-8", "replace")
    return None


def check(ok, what):
    if not ok:
        problems.append(what)


def stats(sipcode, files, fmt):
    r = subprocess.run([sipcode, "stats", "--format", fmt, *files], capture_output=True, timeout=120)
    return r.returncode, r.stdout.decode("utf-8"), r.stderr.decode("utf-8")


def counts_of(doc):
    """(kind, method, code) -> (first, resent) from sipcode's JSON."""
    out = {}
    for m in doc["methods"]:
        if m["requests"] or m["requests_resent"]:
            out[("request", m["method"], 0)] = (m["requests"], m["requests_resent"])
        for r in m["responses"]:
            out[("response", m["method"], r["code"])] = (r["count"], r["resent"])
    return out


def expected_ratios(attempt_counts):
    ratios = {}
    for kpi, (numerator_set, excluded) in KPI_SETS.items():
        kind = KPI_ATTEMPT[kpi]
        num = den = 0
        for (k, code), n in attempt_counts.items():
            if k != kind or excluded(code):
                continue
            den += n
            if code in numerator_set:
                num += n
        ratios[kpi] = (num, den)
    return ratios


def check_one(sipcode, label, files, runs, tshark):
    rc, out, err = stats(sipcode, files, "json")
    check(rc == 0, f"{label}: exit status {rc}: {err}")
    if rc != 0:
        return None
    doc = json.loads(out)
    got = counts_of(doc)
    design = oracle.design(runs)
    keys = set(got) | set(design)
    for key in sorted(keys):
        check(got.get(key, (0, 0))[0] == design.get(key, 0),
              f"{label}: {key}: {got.get(key, (0, 0))[0]} first transmissions, the scenarios send {design.get(key, 0)}")

    total = collections.Counter()
    resent = collections.Counter()
    for m in tshark:
        key = (m["kind"], m["method"], m["code"])
        total[key] += 1
        resent[key] += m["resent"]
    for key in sorted(set(got) | set(total)):
        first, again = got.get(key, (0, 0))
        check(first + again == total.get(key, 0),
              f"{label}: {key}: sipcode counts {first} + {again} messages, tshark {total.get(key, 0)}")
        expected_resent = resent.get(key, 0)
        if key == ("response", "INVITE", 200) and label.startswith("udp"):
            # The deliberate difference: tshark marks the forked INVITE's second 200 as resent.
            forks = sum(calls for name, _, calls in runs if name == "fork")
            expected_resent -= forks
        check(again == expected_resent,
              f"{label}: {key}: {again} retransmissions, tshark's resend flags (less forks) say {expected_resent}")
    # The scenarios that make UDP retransmissions must have made some, or the check above is empty.
    if label.startswith("udp"):
        check(sum(v[1] for v in got.values()) > 0, f"{label}: no retransmission seen in the late scenario")

    ratios = expected_ratios(oracle.attempts(runs))
    for k in doc["kpis"]:
        if k["kpi"] not in ratios:
            continue
        num, den = ratios[k["kpi"]]
        check((k["numerator"], k["denominator"]) == (num, den),
              f"{label}: {k['kpi']}: {k['numerator']} of {k['denominator']}, the scenarios give {num} of {den}")
        check((k["ratio"] is None) == (den == 0), f"{label}: {k['kpi']}: ratio {k['ratio']} with denominator {den}")

    # Prometheus: the same first transmissions and the ratios in the contract's form.
    rc, prom, err = stats(sipcode, files, "prometheus")
    check(rc == 0, f"{label}: prometheus: exit status {rc}: {err}")
    samples = {}
    families = set()
    for line in prom.splitlines():
        m = re.fullmatch(r"# (HELP|TYPE) (\w+) (.+)", line)
        if m:
            if m.group(1) == "TYPE":
                check(m.group(3) == "gauge", f"{label}: prometheus: {m.group(2)} is a {m.group(3)}, not a gauge")
                families.add(m.group(2))
            continue
        m = re.fullmatch(r'(\w+)(\{[^}]*\})? (\S+)', line)
        check(m is not None, f"{label}: prometheus: a line that is no sample: {line!r}")
        if m:
            check(m.group(1) in families, f"{label}: prometheus: {m.group(1)} has no # TYPE line before it")
            samples[(m.group(1), m.group(2) or "")] = m.group(3)
    parsed = reference_parse(prom)
    if isinstance(parsed, str):
        check(False, f"{label}: prometheus_client cannot parse the output: {parsed}")
    elif parsed is not None:
        for name, kind, n in parsed:
            check(kind == "gauge", f"{label}: prometheus_client reads {name} as {kind}")
            check(n == sum(1 for (metric, _) in samples if metric == name),
                  f"{label}: prometheus_client reads {n} samples of {name}")
    else:
        print(f"check_stats.py: {label}: prometheus_client not installed, exposition checked by pattern only")
    for (kind, method, code), n in design.items():
        if kind == "request":
            name, labels = "sipcode_requests", f'{{method="{method}"}}'
        else:
            name, labels = "sipcode_responses", f'{{method="{method}",code="{code}"}}'
        check(samples.get((name, labels)) == str(n), f"{label}: prometheus: {name}{labels} is "
              f"{samples.get((name, labels))}, the scenarios send {n}")
    for kpi, (num, den) in ratios.items():
        key = ("sipcode_kpi_ratio", f'{{kpi="{kpi}"}}')
        if den == 0:
            check(key not in samples, f"{label}: prometheus: {kpi} has a sample with an empty denominator")
        else:
            check(key in samples and abs(float(samples[key]) - num / den) < 0.00005,
                  f"{label}: prometheus: {kpi} is {samples.get(key)}, expected {num / den:.4f}")
    return got


def main():
    sipcode, capdir = sys.argv[1:3]
    if not os.path.exists(os.path.join(capdir, "udp.runs.tsv")):
        print(f"check_stats.py: no captures in {capdir} (make_captures.sh skipped)")
        return 77
    both = {}
    all_runs = []
    for t in ("udp", "tcp"):
        runs = oracle.read_runs(os.path.join(capdir, f"{t}.runs.tsv"))
        all_runs += runs
        tshark = oracle.tshark_messages(os.path.join(capdir, f"{t}.json"))
        renderings = [f"{t}.V.txt", f"{t}.fields.txt"]
        rc, _, err = stats(sipcode, [os.path.join(capdir, f"{t}.pcap")], "csv")
        if rc == 0:
            renderings.append(f"{t}.pcap")
        else:
            print(f"check_stats.py: {t}.pcap not checked: {err.strip()}")
        for r in renderings:
            got = check_one(sipcode, r, [os.path.join(capdir, r)], runs, tshark)
            if r.endswith(".V.txt") and got is not None:
                both[t] = got
    # Several FILEs, one trace: the sum of the two.
    rc, out, err = stats(sipcode, [os.path.join(capdir, "udp.V.txt"), os.path.join(capdir, "tcp.V.txt")], "json")
    check(rc == 0, f"udp.V.txt tcp.V.txt: exit status {rc}: {err}")
    if rc == 0 and len(both) == 2:
        got = counts_of(json.loads(out))
        for key in set(got) | set(both["udp"]) | set(both["tcp"]):
            a, b = both["udp"].get(key, (0, 0)), both["tcp"].get(key, (0, 0))
            check(got.get(key, (0, 0)) == (a[0] + b[0], a[1] + b[1]), f"udp + tcp: {key}: {got.get(key)} != {a} + {b}")
    for p in problems:
        print(p, file=sys.stderr)
    print(f"check_stats.py: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
