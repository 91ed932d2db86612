#!/usr/bin/env python3
"""Run the benchmark binaries and print the Markdown report: per path, the median time per line over
repeated runs, the ratio to sipcode strict in the same run, the instructions per line counted by
callgrind, and the heap allocations per line; then, per corpus category, sipcode strict against
sofia-sip's sip_status_d.

    python3 benchmarks/report.py --build-dir build/benchmarks [--repetitions 15] [--min-time 0.2]

benchmarks/report.sh builds the binaries and calls this; run that one.

Instructions are exact: callgrind counts only inside the measured loop (--toggle-collect), after a
warm-up pass, and the count of the same loop around an empty function is subtracted, so what is left
is the path itself. Times are medians of --repetitions runs, interleaved in random order, because the
machine may be shared; only ratios within one run are compared. Google Benchmark runs repetition k of
every benchmark in round k (each round in a new random order), so the two paths of a category are
paired by round: their time ratio is computed per round, and the median of those ratios is reported.
"""
import argparse
import datetime
import json
import os
import pathlib
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
REFERENCE = "sipcode strict"
LOOKUP_REFERENCE = "sipcode reason_phrase"
C_MARGIN = 0.10  # the C header's parser: at most this many more instructions per line than the C++ one
PEER = "sofia-sip sip_status_d"  # measured per category against REFERENCE (bench.cpp: category_paths)
CORPUS = ROOT / "benchmarks" / "corpus" / "status-lines.txt"
TARGETS = {"typical_instructions": 150, "typical_ns": 12.0, "sofia_ratio": 4.0, "osip_ratio": 25.0,
           "lookup_instructions": 10}


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw).stdout


def machine(build_dir):
    cpu, mhz = "unknown CPU", ""
    for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name") and cpu == "unknown CPU":
            cpu = line.split(":", 1)[1].strip()
        if line.startswith("cpu MHz") and not mhz:
            mhz = f" at {float(line.split(':', 1)[1]):.0f} MHz"
    cores = os.cpu_count()
    cache = pathlib.Path(build_dir, "CMakeCache.txt").read_text()

    def cache_value(key):
        m = re.search(rf"^{key}:[A-Z]+=(.*)$", cache, re.M)
        return m.group(1) if m else ""

    # The preset gives the compiler by name ("g++"), kept so in the cache: find it on PATH first.
    compiler = cache_value("CMAKE_CXX_COMPILER")
    compiler = os.path.realpath(shutil.which(compiler) or compiler) if compiler else ""  # g++ -> g++-12
    version = run([compiler, "--version"]).splitlines()[0] if compiler else "unknown compiler"
    flags = " ".join(f for f in (cache_value("CMAKE_CXX_FLAGS"), cache_value("CMAKE_CXX_FLAGS_RELEASE")) if f)
    return {"cpu": f"{cpu}{mhz}, {cores} cores", "compiler": version, "flags": flags or "(none)",
            "kernel": platform.release(), "date": datetime.date.today().isoformat()}


def timings(bench, repetitions, min_time):
    """Ns per line of each benchmark in each round: {name: {repetition index: ns}}."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run([bench, f"--benchmark_repetitions={repetitions}",
                        "--benchmark_enable_random_interleaving=true", f"--benchmark_min_time={min_time}",
                        f"--benchmark_out={out.name}", "--benchmark_out_format=json"],
                       check=True, stdout=subprocess.DEVNULL)
        data = json.load(open(out.name))
    runs = {}
    for b in data["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        assert b["time_unit"] == "ns"
        runs.setdefault(b["run_name"], {})[b.get("repetition_index", 0)] = b["real_time"] / b["lines"]
    return runs


def paired_ratio(runs, numerator, denominator):
    """The median over rounds of numerator's time / denominator's time in the same round."""
    a, b = runs[numerator], runs[denominator]
    return statistics.median(a[k] / b[k] for k in a.keys() & b.keys())


def callgrind(bench, path, what, passes):
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp, "callgrind.out")
        subprocess.run(["valgrind", "--tool=callgrind", "--collect-atstart=no",
                        "--toggle-collect=sipcode_bench_measure*", f"--callgrind-out-file={out}",
                        bench, f"--measure={path}", f"--input={what}", f"--passes={passes}"],
                       check=True, capture_output=True, text=True)
        text = out.read_text()
    total = int(re.search(r"^totals:\s*(\d+)", text, re.M).group(1))
    return total


def instructions(bench, paths, lookups, corpus_lines, passes, categories):
    """Net instructions per line (or lookup), keyed as the benchmarks are named; "loop" is the
    baseline itself, per line."""
    typical_lines = 100
    base = {w: callgrind(bench, "noop", w, passes) for w in ("corpus", "typical", *categories)}
    base_lookup = callgrind(bench, "noop-lookup", "corpus", passes)
    counts = {}
    for p in paths:
        for w, n in (("corpus", corpus_lines), ("typical", typical_lines)):
            counts[f"{w}/{p}"] = (callgrind(bench, p, w, passes) - base[w]) / (n * passes)
    for c, n in categories.items():
        for p in (REFERENCE, PEER):
            counts[f"category/{c}/{p}"] = (callgrind(bench, p, c, passes) - base[c]) / (n * passes)
    for p in lookups:
        counts[f"lookup/{p}"] = (callgrind(bench, p, "corpus", passes) - base_lookup) / (corpus_lines * passes)
    counts["loop"] = base["corpus"] / (corpus_lines * passes)
    return counts


def fmt_ns(v):
    return f"{v:,.0f}" if v >= 100 else f"{v:.1f}"


def fmt_ratio(v):
    return f"{v:,.0f}×" if v >= 100 else f"{v:.1f}×"


def fmt_count(v):
    return f"{v:,.0f}" if v >= 100 else f"{v:.1f}"


def fmt_allocs(v):
    return f"{v:.0f}" if v == int(v) else f"{v:.2f}"


def table(title, rows, reference, unit):
    out = [f"**{title}**", "",
           f"| path | median ns/{unit} | ratio vs {reference} | instructions/{unit} | allocations/{unit} |",
           "|---|---:|---:|---:|---:|"]
    for name, what, ns, ratio, ir, allocs in rows:
        out.append(f"| {name} | {fmt_ns(ns)} | {fmt_ratio(ratio)} | {fmt_count(ir)} | {fmt_allocs(allocs)} |")
    return "\n".join(out)


def category_table(categories, runs, ns, ir, lines, repetitions):
    ref, peer = REFERENCE, PEER
    out = [f"**By category: {ref} against {peer}** (instructions net of the empty-call loop; "
           f"time ratio: median over the {repetitions} paired runs of {peer}'s time / {ref}'s)", "",
           f"| category | lines | {ref} instructions/line | {peer} instructions/line | {ref} ns/line | "
           f"{peer} ns/line | time ratio |",
           "|---|---:|---:|---:|---:|---:|---:|"]
    rows = [(c, n, f"category/{c}/") for c, n in categories.items()]
    rows.append(("**whole corpus**", lines, "corpus/"))
    for name, n, prefix in rows:
        a, b = prefix + ref, prefix + peer
        share = f" ({100 * n / lines:.1f}%)" if not prefix.startswith("corpus") else ""
        out.append(f"| {name} | {n}{share} | {fmt_count(ir[a])} | {fmt_count(ir[b])} | {fmt_ns(ns[a])} | "
                   f"{fmt_ns(ns[b])} | {fmt_ratio(paired_ratio(runs, b, a))} |")
    out.append("")
    out.append("The categories are those of `benchmarks/make_corpus.py`. sipcode strict rejects the "
               "strict_rejected lines (RFC 3261 excludes their octets): its figure there is the cost of "
               "finding the defect, sofia-sip's the cost of accepting the line.")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build-dir", required=True, type=pathlib.Path)
    ap.add_argument("--repetitions", type=int, default=15)
    ap.add_argument("--min-time", type=float, default=0.2)
    ap.add_argument("--passes", type=int, default=3, help="corpus passes counted by callgrind")
    ap.add_argument("--command", default="bash benchmarks/report.sh", help="how this run was started")
    args = ap.parse_args()
    if args.repetitions < 3:
        ap.error("--repetitions must be at least 3: the time ratios are medians of paired runs")

    bench = str(args.build_dir / "benchmarks" / "sipcode_bench")
    check = str(args.build_dir / "benchmarks" / "sipcode_bench_check")
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run([check, f"--json={out.name}"], check=True, stdout=subprocess.DEVNULL)
        checked = json.load(open(out.name))
    lines = checked["lines"]
    paths = [p["name"] for p in checked["line_paths"]]
    lookups = [p["name"] for p in checked["lookup_paths"]]
    categories = checked["categories"]  # name -> lines, most lines first
    print(f"running {len(paths) * 2 + len(categories) * 2 + len(lookups)} benchmarks x {args.repetitions} "
          "repetitions ...", file=sys.stderr)
    m = machine(args.build_dir)
    runs = timings(bench, args.repetitions, args.min_time)
    ns = {name: statistics.median(values.values()) for name, values in runs.items()}
    print("counting instructions with callgrind ...", file=sys.stderr)
    ir = instructions(bench, paths, lookups, lines, args.passes, categories)

    def line_rows(kind, allocs_key):
        rows = []
        ref = ns[f"{kind}/{REFERENCE}"]
        for p in checked["line_paths"]:
            key = f"{kind}/{p['name']}"
            rows.append((p["name"], p["what"], ns[key], ns[key] / ref, ir[key], p[allocs_key]))
        return rows

    lookup_rows = []
    ref = ns[f"lookup/{LOOKUP_REFERENCE}"]
    for p in checked["lookup_paths"]:
        key = f"lookup/{p['name']}"
        lookup_rows.append((p["name"], p["what"], ns[key], ns[key] / ref, ir[key], p["allocations"]))

    typical = {r[0]: r for r in line_rows("typical", "typical_allocations")}
    strict = typical[REFERENCE]
    sipcode_allocs = [p for p in checked["line_paths"] + checked["lookup_paths"]
                      if p["name"].startswith("sipcode") and
                      (p["allocations"] != 0 or p.get("typical_allocations", 0) != 0)]
    # The lookup target is the C++ library's; the C header's lookup is reported in its table only.
    lookup_ir = max(ir[f"lookup/{p}"] for p in lookups if p.startswith("sipcode") and not p.startswith("sipcode C"))

    def verdict(ok):
        return "met" if ok else "**missed**"

    out = []
    out.append(f"Command: `{args.command}` ({args.repetitions} repetitions, min time {args.min_time} s each; "
               f"callgrind over {args.passes} passes)  ")
    out.append(f"Machine: {m['cpu']}; Linux {m['kernel']}; {m['compiler']}; flags `{m['flags']}`; {m['date']}")
    out.append("")
    rfc3261 = lines - categories.get("strict_rejected", 0)
    strict_paths = [p["name"] for p in checked["line_paths"]
                    if p["name"].startswith("sipcode") and p["name"].endswith(" strict") and p["accepted"] == rfc3261]
    others = [p for p in checked["line_paths"] if p["name"] not in strict_paths]
    text = []
    if strict_paths:
        text.append(f"{' and '.join(strict_paths)} accepted the {rfc3261} lines RFC 3261 allows and rejected "
                    "the others")
    if all(p["accepted"] == lines for p in others):
        text.append(f"{'every other path' if strict_paths else 'every path'} accepted every line")
    else:
        text += [f"{p['name']} accepted {p['accepted']}" for p in others if p["accepted"] != lines]
    accepted = "; ".join(text)
    out.append(f"Corpus: {lines} lines (`benchmarks/corpus/status-lines.txt`, categories below); {accepted}; "
               "every accepted line gave the code and phrase `benchmarks/corpus/status-lines.expected` "
               "records for it (`sipcode_bench_check`).")
    out.append("")
    out.append(table("Typical line (`SIP/2.0 500 Server Internal Error\\r\\n`, 35 octets)",
                     line_rows("typical", "typical_allocations"), REFERENCE, "line"))
    out.append("")
    corpus = CORPUS.read_bytes()
    out.append(table(f"Whole corpus (mean line {len(corpus) / lines:.0f} octets)", line_rows("corpus", "allocations"), REFERENCE, "line"))
    out.append("")
    out.append(category_table(categories, runs, ns, ir, lines, args.repetitions))
    out.append("")
    out.append(table("Reason phrase by code (the codes of the corpus lines)", lookup_rows, LOOKUP_REFERENCE,
                     "lookup"))
    out.append("")
    out.append("Instructions are counted by callgrind inside the measuring loop only; the same loop calling "
               f"an empty function ({ir['loop']:.1f} instructions per line: loop, indirect call, `xor`, `ret`) "
               "is counted too and subtracted. Times include that loop and call, for every path alike. "
               "The sipcode paths build both results (`parse_result`, `classification`) completely in memory.")
    out.append("")
    sofia = typical["sofia-sip sip_status_d"][2] / strict[2]
    osip = typical["oSIP2 osip_message_parse"][2] / strict[2]
    out.append("| target | measured | |")
    out.append("|---|---:|---|")
    out.append(f"| strict parse + classify, typical line: ≤ {TARGETS['typical_instructions']} instructions | "
               f"{strict[4]:.1f} | {verdict(strict[4] <= TARGETS['typical_instructions'])} |")
    out.append(f"| strict parse + classify, typical line: ≤ {TARGETS['typical_ns']:.0f} ns | {strict[2]:.1f} ns | "
               f"{verdict(strict[2] <= TARGETS['typical_ns'])} |")
    out.append(f"| ≥ {TARGETS['sofia_ratio']:.0f}× faster than sofia-sip `sip_status_d` | {sofia:.1f}× | "
               f"{verdict(sofia >= TARGETS['sofia_ratio'])} |")
    out.append(f"| ≥ {TARGETS['osip_ratio']:.0f}× faster than oSIP2's message path | {osip:.1f}× | "
               f"{verdict(osip >= TARGETS['osip_ratio'])} |")
    out.append(f"| lookup by code: ≤ {TARGETS['lookup_instructions']} instructions | {lookup_ir:.1f} | "
               f"{verdict(lookup_ir <= TARGETS['lookup_instructions'])} |")
    for c_path, cpp_path in (("sipcode C strict", REFERENCE), ("sipcode C lenient", "sipcode lenient")):
        for w in ("typical", "corpus"):
            c_ir, cpp_ir = ir[f"{w}/{c_path}"], ir[f"{w}/{cpp_path}"]
            out.append(f"| {c_path} ({w}): instructions within {C_MARGIN:.0%} of {cpp_path} | "
                       f"{c_ir:.1f} vs {cpp_ir:.1f} ({c_ir / cpp_ir - 1:+.1%}) | "
                       f"{verdict(c_ir <= cpp_ir * (1 + C_MARGIN))} |")
    out.append(f"| 0 heap allocations on every sipcode path | "
               f"{'0' if not sipcode_allocs else ', '.join(p['name'] for p in sipcode_allocs)} | "
               f"{verdict(not sipcode_allocs)} |")
    out.append("")
    out.append("What each path calls:")
    out.append("")
    for p in checked["line_paths"] + checked["lookup_paths"]:
        out.append(f"- {p['name']}: `{p['what']}`")
    print("\n".join(out))


if __name__ == "__main__":
    sys.exit(main())
