#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset "fuzz": clang, libFuzzer + ASan + UBSan) and runs each
# for a bounded time, starting from its committed seed corpus fuzz/corpus/<corpus>/ (named after the
# target, or as fuzz/CMakeLists.txt says: the four status-line targets share fuzz/corpus/status_line/)
# with the dictionary fuzz/sip.dict. New corpus entries go to build/fuzz-scratch/corpus/<target>/ and a
# crashing input to build/fuzz-scratch/artifacts/<target>/: the committed corpus is never written.
# Stops with an error on the first crash, sanitizer report, leak, timeout or failed check.
#
#   bash tools/fuzz.sh [seconds-per-target] [libFuzzer flag...]      # default: 60 s per target
#   bash tools/fuzz.sh 0 -runs=10000000                              # by executions instead
#   SIPCODE_FUZZ_TARGETS="escape" bash tools/fuzz.sh 600             # only the targets named
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/packages.sh
ensure_packages cmake ninja-build clang libclang-rt-dev

seconds="${1:-60}"
[ "$#" -gt 0 ] && shift
extra=("$@")

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

scratch=build/fuzz-scratch
started=$SECONDS
ran=0
while read -r name exe corpus; do
    [ -n "$name" ] || continue
    if [ -n "${SIPCODE_FUZZ_TARGETS:-}" ] && [[ " ${SIPCODE_FUZZ_TARGETS} " != *" ${name} "* ]]; then
        continue
    fi
    mkdir -p "$scratch/corpus/$name" "$scratch/artifacts/$name"
    log="$scratch/$name.log"
    if ! "$exe" -max_total_time="$seconds" -dict=fuzz/sip.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$scratch/artifacts/$name/" "${extra[@]}" \
        "$scratch/corpus/$name" "fuzz/corpus/$corpus" >"$log" 2>&1; then
        tail -n 60 "$log"
        echo "fuzz target $name FAILED (log $log); the input is in $scratch/artifacts/$name/" >&2
        exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    added=$(sed -n 's/^stat::new_units_added: *//p' "$log")
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' || true)
    echo "fuzz $name: ${runs} runs, ${rate} exec/s, ${last}, ${added} new units; no crash"
    ran=$((ran + 1))
done <build/fuzz/fuzz-targets.txt

if [ "$ran" -eq 0 ]; then
    echo "no fuzz target ran" >&2
    exit 1
fi
echo "fuzzed $ran targets in $((SECONDS - started)) s"
