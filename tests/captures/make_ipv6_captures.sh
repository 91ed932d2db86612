#!/usr/bin/env bash
# Makes SIP captures over IPv6 on the loopback interface with SIPp's built-in uac/uas scenarios
# (INVITE, 100, 180, 200, ACK, BYE, 200 per call), for the capture reader's tests; make_captures.sh
# makes the IPv4 ones. Two captures, each with a different capturer and link type:
#   OUTDIR/ipv6-udp.pcapng   dumpcap -i lo: pcapng, Ethernet, nanosecond timestamps; 20 calls over UDP
#   OUTDIR/ipv6-tcp.pcap     tcpdump -i any: pcap, Linux cooked v2; 50 calls over one TCP connection
#
#   bash tests/captures/make_ipv6_captures.sh OUTDIR
#
# Exit status: 0 done; 77 SIPp, tcpdump, dumpcap or tshark missing, ::1 unusable, or capturing not
# permitted (a skip for CTest); 1 anything else. Every process it starts is bounded by `timeout` and
# stopped by its PID.
set -euo pipefail

out="${1:?usage: make_ipv6_captures.sh OUTDIR}"
for tool in sipp tcpdump dumpcap tshark timeout; do
    if ! command -v "$tool" >/dev/null; then
        echo "make_ipv6_captures.sh: $tool is not installed" >&2
        exit 77
    fi
done
if ! ip -6 addr show dev lo 2>/dev/null | grep -q '::1'; then
    echo "make_ipv6_captures.sh: the loopback interface has no ::1" >&2
    exit 77
fi
mkdir -p "$out"
work="$(mktemp -d)"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# Starts a capturer in the background and waits until it captures: capture NAME command...
capture_start() {
    local name="$1"
    shift
    timeout 60 "$@" 2>"$work/$name.err" &
    capturer=$!
    pids+=("$capturer")
    local i
    for i in $(seq 50); do
        if grep -qi "capturing on\|listening on" "$work/$name.err" 2>/dev/null; then
            sleep 0.5  # "listening" comes a little before the first packets are captured on "any"
            return 0
        fi
        if ! kill -0 "$capturer" 2>/dev/null; then
            echo "make_ipv6_captures.sh: $name cannot capture: $(cat "$work/$name.err")" >&2
            exit 77
        fi
        sleep 0.1
    done
    echo "make_ipv6_captures.sh: $name did not start" >&2
    exit 1
}

# One UAS/UAC pair over [::1]: transport (u1|t1) port calls.
run_pair() {
    local t="$1" port="$2" calls="$3"
    timeout 30 sipp -sn uas -i ::1 -p "$port" -t "$t" -m "$calls" -nostdin >/dev/null 2>&1 &
    local uas=$!
    pids+=("$uas")
    sleep 0.3
    if ! timeout 30 sipp "[::1]:$port" -sn uac -i ::1 -p $((port + 100)) -t "$t" -m "$calls" -r 50 -nostdin \
        -timeout 25s -timeout_error >/dev/null 2>&1; then
        echo "make_ipv6_captures.sh: the SIPp UAC over $t on port $port failed" >&2
        exit 1
    fi
    wait "$uas" || true
}

capture_stop() {
    sleep 0.5
    kill -INT "$capturer"
    wait "$capturer" || true
}

capture_start dumpcap dumpcap -i lo -q -c 2000 -f "udp and port 5270" -w "$out/ipv6-udp.pcapng"
run_pair u1 5270 20
capture_stop

capture_start tcpdump tcpdump -i any -U -n -c 5000 -w "$out/ipv6-tcp.pcap" "tcp and (port 5271 or port 5371)"
run_pair t1 5271 50
capture_stop
echo "make_ipv6_captures.sh: wrote $out/ipv6-udp.pcapng, $out/ipv6-tcp.pcap"
