#!/usr/bin/env bash
# Measures `sipcode stats` on a generated trace of SIZE bytes (default 4G): throughput against `wc -l`
# and ripgrep counting the same lines (hyperfine, from the page cache after a warm-up), peak resident
# memory (/usr/bin/time -v) with the analysis's live-transaction peak, and `tshark -q -z sip,stat`
# against sipcode on one capture (SIPp on loopback, made by tests/captures/make_captures.sh and
# concatenated COPIES times, default 2000) and its `tshark -T fields` rendering.
#
#   bash tools/bench_stats.sh [SIZE] [COPIES]
#
# The trace and the capture are written under build/bench/ and kept for the next run; none is committed.
# Exits 1 when the peak resident memory passes 64 MB or the transaction table reached its cap (the
# bound docs/stats.md states); the timings are reported, not judged.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/packages.sh
ensure_packages cmake ninja-build g++ python3 hyperfine ripgrep time tshark tcpdump sip-tester wireshark-common
size="${1:-4G}"
copies="${2:-2000}"
trace="build/bench/trace-${size}.txt"
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
sipcode=build/release/cli/sipcode
mkdir -p build/bench
if [ ! -f "$trace" ]; then
    python3 tools/make_trace.py --size "$size" "$trace"
fi
echo "$trace: $(stat -c %s "$trace") bytes"

echo "== throughput (page cache)"
hyperfine --warmup 1 --runs 5 \
    "$sipcode stats $trace" \
    "$sipcode stats --format prometheus $trace" \
    "wc -l $trace" \
    "rg -c -a '^SIP/2.0 [1-6][0-9][0-9] ' $trace"

echo "== memory"
/usr/bin/time -v "$sipcode" stats --format json "$trace" >build/bench/stats.json 2>build/bench/time.txt
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' build/bench/time.txt)
python3 - "$rss_kb" build/bench/stats.json <<'EOF'
import json, sys
rss_kb, path = int(sys.argv[1]), sys.argv[2]
d = json.load(open(path))
t = d["transactions"]
print(f"messages {d['messages']}, peak resident {rss_kb / 1024:.1f} MB, live transactions at most "
      f"{t['peak']} (cap {t['limit']}, evicted {t['evicted']})")
ok = rss_kb < 64 * 1024 and t["peak"] < t["limit"] and t["evicted"] == 0
print("memory bound: " + ("held" if ok else "NOT held"))
sys.exit(0 if ok else 1)
EOF

echo "== against tshark -z sip,stat on one capture"
capture="build/bench/sipp-x${copies}.pcap"
if [ ! -f "$capture" ]; then
    bash tests/captures/make_captures.sh build/bench/captures >/dev/null
    files=()
    for _ in $(seq "$copies"); do files+=(build/bench/captures/udp.pcap); done
    mergecap -a -w "$capture" "${files[@]}"
fi
fields="${capture%.pcap}.fields.txt"
if [ ! -f "$fields" ]; then
    # The field list of docs/trace-formats.md, as make_captures.sh renders it.
    tshark -r "$capture" -o udp.try_heuristic_first:TRUE -Y sip -T fields -E header=y \
        -e frame.number -e frame.time_epoch -e ip.src -e ip.dst -e udp.srcport -e udp.dstport \
        -e tcp.srcport -e tcp.dstport -e sip.Request-Line -e sip.Status-Line -e sip.Method \
        -e sip.Status-Code -e sip.Call-ID -e sip.CSeq.seq -e sip.CSeq.method -e sip.Via.branch \
        -e sip.from.tag -e sip.to.tag -e sip.RSeq >"$fields"
fi
echo "$capture: $(stat -c %s "$capture") bytes; $fields: $(stat -c %s "$fields") bytes"
hyperfine --warmup 1 --runs 3 \
    "tshark -r $capture -o udp.try_heuristic_first:TRUE -q -z sip,stat" \
    "$sipcode stats $fields"
if "$sipcode" stats --format csv "$capture" >/dev/null 2>&1; then
    hyperfine --warmup 1 --runs 3 "$sipcode stats $capture"
fi
