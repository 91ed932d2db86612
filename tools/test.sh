#!/usr/bin/env bash
# Builds and runs the whole test suite: every CMake workflow preset of the CI matrix (g++ and clang,
# C++17 and C++20, clang 16 with libc++ for std::format; warnings as errors), the sanitizer presets
# (ASan + UBSan, no recovery; TSan), the SIPp interop test in each of them, the benchmarks preset
# (Release, every benchmark path checked against the corpus's expected results, a very short timing pass),
# the stacks preset (the sofia-sip example against SIPp, the docs/sip-stacks.md snippets compiled
# against their stacks), and then every fuzz target for a bounded time.
#
#   SIPCODE_FUZZ_SECONDS=<n>   seconds per fuzz target (default 20; 0 skips fuzzing)
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/packages.sh
ensure_packages cmake ninja-build g++ clang libclang-rt-dev python3 doctest-dev libfmt-dev pkg-config \
    clang-16 libc++-16-dev libc++abi-16-dev sip-tester libpcap-dev tcpdump tshark python3-prometheus-client \
    libbenchmark-dev libsofia-sip-ua-dev libosip2-dev libbellesip-dev libre-dev

python3 tools/generate_registry.py --check

# SIPp and tshark are installed above: the interop tests and the tshark renderings must run, not skip.
export SIPCODE_REQUIRE_SIPP=1
export SIPCODE_REQUIRE_TSHARK=1

for preset in ci-gcc-cxx17 ci-gcc-cxx20 ci-clang-cxx17 ci-clang-cxx20 ci-libcxx-cxx20 sanitize tsan \
    benchmarks stacks; do
    echo "== ${preset}"
    cmake --workflow --preset "$preset"
done

fuzz_seconds="${SIPCODE_FUZZ_SECONDS:-20}"
if [ "$fuzz_seconds" -gt 0 ]; then
    echo "== fuzz (${fuzz_seconds} s per target)"
    bash tools/fuzz.sh "$fuzz_seconds"
fi
echo "all tests passed"
