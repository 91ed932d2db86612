#!/usr/bin/env python3
"""Measure what including <sipcode/sipcode.hpp> costs a translation unit, against including
<string_view> and <array> alone (what any user of the API includes anyway).

    python3 benchmarks/include_cost.py [--runs 30] [--compilers g++ clang++] [--no-callgrind]

benchmarks/include_cost.sh installs what this needs and calls it. For each compiler and for -O0 and
-O2 it compiles both one-line translation units (`-std=c++17 -c`): the median wall time of --runs
compilations (hyperfine), and the instructions the compiler executes (valgrind --tool=callgrind
over the driver and every process it starts), which do not move when the machine is busy.
Prints a Markdown table; the ratio is sipcode over the baseline.
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = {
    "baseline": "#include <string_view>\n#include <array>\nint main() { return 0; }\n",
    "sipcode": "#include <sipcode/sipcode.hpp>\nint main() { return 0; }\n",
}


def command(compiler, level, source):
    return [compiler, "-std=c++17", level, f"-I{ROOT / 'include'}", "-c", str(source), "-o", "/dev/null"]


def median_ms(cmd, runs):
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(["hyperfine", "-N", "--warmup", "3", "--runs", str(runs), "--export-json", out.name,
                        " ".join(cmd)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return json.load(open(out.name))["results"][0]["median"] * 1000


def instructions(cmd):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes",
                        f"--callgrind-out-file={tmp}/cg.%p"] + cmd,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        total = 0
        for f in pathlib.Path(tmp).glob("cg.*"):
            m = re.search(r"^totals:\s*(\d+)", f.read_text(errors="replace"), re.M)
            if m:
                total += int(m.group(1))
        return total


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--compilers", nargs="+", default=["g++", "clang++"])
    ap.add_argument("--no-callgrind", action="store_true")
    args = ap.parse_args()
    rows = []
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for name, text in SOURCES.items():
            files[name] = pathlib.Path(tmp, f"{name}.cpp")
            files[name].write_text(text)
        for compiler in args.compilers:
            version = subprocess.run([compiler, "--version"], check=True, capture_output=True,
                                     text=True).stdout.splitlines()[0]
            for level in ("-O0", "-O2"):
                print(f"{compiler} {level} ...", file=sys.stderr)
                ms = {n: median_ms(command(compiler, level, f), args.runs) for n, f in files.items()}
                ratio = ms["sipcode"] / ms["baseline"]
                worst = max(worst, ratio)
                row = [version, level, f"{ms['baseline']:.0f}", f"{ms['sipcode']:.0f}", f"{ratio:.2f}×"]
                if not args.no_callgrind:
                    ir = {n: instructions(command(compiler, level, f)) for n, f in files.items()}
                    iratio = ir["sipcode"] / ir["baseline"]
                    worst = max(worst, iratio)
                    row += [f"{ir['baseline'] / 1e6:,.0f}M", f"{ir['sipcode'] / 1e6:,.0f}M", f"{iratio:.2f}×"]
                rows.append(row)
    head = ["compiler", "flags", "`<string_view>`+`<array>` ms", "`<sipcode/sipcode.hpp>` ms", "ratio"]
    if not args.no_callgrind:
        head += ["baseline instructions", "sipcode instructions", "ratio"]
    print(f"Each translation unit compiled with `-std=c++17 -c`; times are medians of {args.runs} runs.\n")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * 2 + "---:|" * (len(head) - 2))
    for r in rows:
        print("| " + " | ".join(r) + " |")
    print(f"\nWorst ratio: {worst:.2f}× (target: at most 2×): {'met' if worst <= 2 else 'missed'}")


if __name__ == "__main__":
    sys.exit(main())
