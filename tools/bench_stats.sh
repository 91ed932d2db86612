#!/usr/bin/env bash
# Measures the throughput of `sipcode stats`: builds the release preset, writes a generated trace of
# SIZE bytes (default 4G) to build/bench/trace.txt unless it is already there, and times the tool on it
# with hyperfine. The trace is read from the page cache after the warm-up run.
#
#   bash tools/bench_stats.sh [SIZE]
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/packages.sh
ensure_packages cmake ninja-build g++ python3 hyperfine
size="${1:-4G}"
trace="build/bench/trace-${size}.txt"
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
mkdir -p build/bench
if [ ! -f "$trace" ]; then
    python3 tools/make_trace.py --size "$size" "$trace"
fi
echo "$trace: $(stat -c %s "$trace") bytes"
hyperfine --warmup 1 --runs 5 "build/release/cli/sipcode stats $trace"
