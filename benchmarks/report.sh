#!/usr/bin/env bash
# Builds the benchmarks (CMake preset "benchmarks": Release) and prints the Markdown performance
# report of benchmarks/report.py.
#
#   bash benchmarks/report.sh [--repetitions N] [--min-time SECONDS] [--passes N]
#
# One process times every benchmark N times (default 15, at least 3), in N rounds of random order;
# per-category time ratios against sofia-sip are medians of the N per-round ratios. Instructions are
# counted by callgrind over --passes passes (default 3).
#
# Installs the Debian packages it needs when they are missing and downloads nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/packages.sh
ensure_packages cmake ninja-build g++ python3 pkg-config valgrind \
    libbenchmark-dev libsofia-sip-ua-dev libosip2-dev libbellesip-dev libre-dev

cmake --preset benchmarks >/dev/null
cmake --build --preset benchmarks >/dev/null
python3 benchmarks/report.py --build-dir build/benchmarks --command "bash benchmarks/report.sh${*:+ $*}" "$@"
