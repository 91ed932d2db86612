#!/usr/bin/env bash
# Measures reading a packet capture: `sipcode parse` (every response with frame, time and addresses)
# side by side with `tshark -q -z sip,stat` on the same generated capture of SIZE bytes (default 1G,
# written to build/bench/capture-SIZE.pcap by tools/make_capture.py unless it is already there), with
# hyperfine; then the peak resident memory of each with GNU time. The capture is read from the page
# cache after the warm-up run.
#
#   bash tools/bench_captures.sh [SIZE] [TSHARK_RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/packages.sh
ensure_packages cmake ninja-build g++ python3 hyperfine libpcap-dev tshark time
size="${1:-1G}"
tshark_runs="${2:-2}"
capture="build/bench/capture-${size}.pcap"
cmake --preset release >/dev/null
cmake --build --preset release --target sipcode_cli >/dev/null
mkdir -p build/bench
if [ ! -f "$capture" ]; then
    python3 tools/make_capture.py --size "$size" "$capture"
fi
sipcode=build/release/cli/sipcode
echo "$capture: $(stat -c %s "$capture") bytes"
hyperfine --warmup 1 --runs 5 --export-markdown build/bench/captures-sipcode.md \
    "$sipcode parse $capture >/dev/null 2>&1"
hyperfine --runs "$tshark_runs" --export-markdown build/bench/captures-tshark.md \
    "tshark -q -z sip,stat -r $capture >/dev/null 2>&1"
for cmd in "$sipcode parse $capture" "tshark -q -z sip,stat -r $capture"; do
    /usr/bin/time -f "peak RSS %M KiB: $cmd" $cmd >/dev/null 2>build/bench/time.txt || true
    tail -n 1 build/bench/time.txt
done
