#!/usr/bin/env bash
# Measures reading a packet capture: `sipcode parse` (every response with frame, time and addresses)
# and `sipcode stats` side by side with `tshark -q -z sip,stat` on the same generated capture of SIZE
# bytes (default 1G, written to build/bench/capture-SIZE.pcap by tools/make_capture.py unless it is
# already there), with hyperfine: RUNS runs each (default 2; tshark takes minutes a run) after one
# warm-up read of the file by cat. Each command runs under GNU time, whose peak resident set sizes
# are printed at the end.
#
#   bash tools/bench_captures.sh [SIZE] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/packages.sh
ensure_packages cmake ninja-build g++ python3 hyperfine libpcap-dev tshark time
size="${1:-1G}"
runs="${2:-2}"
capture="build/bench/capture-${size}.pcap"
cmake --preset release >/dev/null
cmake --build --preset release --target sipcode_cli >/dev/null
mkdir -p build/bench
if [ ! -f "$capture" ]; then
    python3 tools/make_capture.py --size "$size" "$capture"
fi
sipcode=build/release/cli/sipcode
echo "$capture: $(stat -c %s "$capture") bytes"
rm -f build/bench/rss-*.txt
timed() {  # name command...: the command under GNU time, its peak RSS appended to rss-NAME.txt
    echo "/usr/bin/time -a -o build/bench/rss-$1.txt -f %M ${*:2}"
}
hyperfine --runs "$runs" --prepare "cat $capture >/dev/null" --export-markdown build/bench/captures.md \
    -n "sipcode parse" "$(timed parse "$sipcode" parse "$capture") >/dev/null 2>&1" \
    -n "sipcode stats" "$(timed stats "$sipcode" stats "$capture") >/dev/null 2>&1" \
    -n "tshark -q -z sip,stat" "$(timed tshark tshark -q -z sip,stat -r "$capture") >/dev/null 2>&1"
for name in parse stats tshark; do
    echo "peak RSS of $name: $(sort -n "build/bench/rss-$name.txt" | tail -n 1) KiB"
done
