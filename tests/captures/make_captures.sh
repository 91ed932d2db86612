#!/usr/bin/env bash
# Makes SIP captures on the loopback interface with SIPp and renders them through tshark, for the
# tests of `sipcode stats` and of the capture reader.
#
#   bash tests/captures/make_captures.sh OUTDIR
#
# For each transport T (udp, tcp) it writes:
#   OUTDIR/T.pcap        tcpdump -i lo capture (EN10MB, microsecond timestamps)
#   OUTDIR/T.V.txt       tshark -V of the capture
#   OUTDIR/T.fields.txt  tshark -T fields -E header=y with the field list in FIELDS below
#   OUTDIR/T.json        tshark -T json (tests/captures/oracle.py reads one record per SIP message from it)
#   OUTDIR/T.runs.tsv    the scenarios run: scenario, response code (or -), calls; oracle.py derives the
#                        messages each one sends from the scenario files' design (tests/captures/oracle.py)
# The scenarios (tests/captures/scenarios/) cover: REGISTER with a 401 challenge; INVITE with a 407
# challenge then answered and hung up; INVITEs failed with 486, 603 and 503; an INVITE answered late
# so the UDP INVITE is re-sent, whose 486 is sent twice; REFER with NOTIFYs carrying
# message/sipfrag bodies; an INVITE forked to two UASs. TCP runs all but the two retransmission cases.
#
# Exit status: 0 done; 77 SIPp, tcpdump or tshark missing, or capturing on lo not permitted (a skip
# for CTest); 1 anything else. Every process it starts is bounded by `timeout` and stopped by its PID.
set -euo pipefail

out="${1:?usage: make_captures.sh OUTDIR}"
here="$(cd "$(dirname "$0")" && pwd)"
for tool in sipp tcpdump tshark timeout; do
    if ! command -v "$tool" >/dev/null; then
        echo "make_captures.sh: $tool is not installed" >&2
        exit 77
    fi
done
mkdir -p "$out"
work="$(mktemp -d)"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# The -T fields list (with -E header=y): the fields docs/trace-formats.md names.
FIELDS=(frame.number frame.time_epoch ip.src ip.dst udp.srcport udp.dstport tcp.srcport tcp.dstport
    sip.Request-Line sip.Status-Line sip.Method sip.Status-Code sip.Call-ID sip.CSeq.seq sip.CSeq.method
    sip.Via.branch sip.from.tag sip.to.tag sip.RSeq)

# scenario file + @KEY@ substitutions -> a runnable scenario in $work
render() {  # name dest [KEY=VALUE...]
    local src="$here/scenarios/$1.xml" dest="$2"
    shift 2
    cp "$src" "$dest"
    local kv
    for kv in "$@"; do
        sed -i "s|@${kv%%=*}@|${kv#*=}|g" "$dest"
    done
    sed -i '/<pause milliseconds="none"\/>/d' "$dest"
}

# Runs one UAS/UAC pair: the UAS in the background, the UAC until its calls are done.
run_pair() {  # transport port calls uas.xml uac.xml
    local t="$1" port="$2" calls="$3" uas="$4" uac="$5"
    local flag=u1
    [ "$t" = tcp ] && flag=t1
    timeout 30 sipp -sf "$uas" -i 127.0.0.1 -p "$port" -t "$flag" -m "$calls" -nostdin \
        -trace_err -error_file "$work/uas-$port.err" >/dev/null 2>&1 &
    local uas_pid=$!
    pids+=("$uas_pid")
    sleep 0.3
    if ! timeout 30 sipp 127.0.0.1:"$port" -sf "$uac" -i 127.0.0.1 -p $((port + 100)) -t "$flag" -m "$calls" \
        -r 20 -nostdin -timeout 25s -timeout_error -trace_err -error_file "$work/uac-$port.err" \
        >/dev/null 2>&1; then
        echo "make_captures.sh: the UAC of $(basename "$uac") on $t port $port failed" >&2
        cat "$work/uac-$port.err" >&2 2>/dev/null || true
        return 1
    fi
    # The UAS's own verdict is not used: over TCP it counts a call whose peer closed the connection
    # during its closing pause as failed. The UAC's success and the oracle's counts are the checks.
    wait "$uas_pid" || true
}

capture() {  # transport
    local t="$1" base=5080
    [ "$t" = tcp ] && base=5090
    local pcap="$out/$t.pcap" runs="$out/$t.runs.tsv"
    : >"$runs"
    # --immediate-mode: without it libpcap hands packets over in blocks, and the last block is lost
    # when tcpdump is stopped.
    timeout 120 tcpdump -i lo -U --immediate-mode -n -c 20000 -w "$pcap" "$t and portrange $base-$((base + 109))" \
        2>"$work/tcpdump-$t.err" &
    local dump_pid=$!
    pids+=("$dump_pid")
    # tcpdump says "listening on lo" once the capture runs.
    local i
    for i in $(seq 50); do
        grep -q "listening on" "$work/tcpdump-$t.err" 2>/dev/null && break
        if ! kill -0 "$dump_pid" 2>/dev/null; then
            echo "make_captures.sh: tcpdump cannot capture on lo: $(cat "$work/tcpdump-$t.err")" >&2
            exit 77
        fi
        sleep 0.1
    done

    local n port=$base
    # name calls [code reason answer_delay uas]
    one() {
        local name="$1" calls="$2" code="${3:--}" reason="${4:-}" answer="${5:-0}" uas_name="${6:-$1}"
        local uas="$work/$t-$port-uas.xml" uac="$work/$t-$port-uac.xml"
        # A closing pause absorbs UDP retransmissions; over TCP the side still pausing when its peer
        # exits and closes the connection counts its calls as failed, so there is none.
        local tail=200
        [ "$t" = tcp ] && tail=none
        render "$uas_name-uas" "$uas" CODE="$code" REASON="$reason" ANSWER_DELAY="$answer" TAIL="$tail"
        local ack_delay=0
        [ "$uas_name" = invite-final-resent ] && ack_delay=200
        render "$name-uac" "$uac" CODE="$code" ACK_DELAY="$ack_delay" TAIL="$tail"
        run_pair "$t" "$port" "$calls" "$uas" "$uac"
        local label="$uas_name"
        printf '%s\t%s\t%s\n' "$label" "$code" "$calls" >>"$runs"
        port=$((port + 1))
    }
    if [ "$t" = udp ]; then n=5; else n=3; fi
    one register-401 "$n"
    one invite-407 "$((n - 2))"
    one invite-final 2 486 "Busy Here"
    one invite-final 2 603 Decline
    one invite-final 2 503 "Service Unavailable"
    one refer 2
    one fork 2
    if [ "$t" = udp ]; then
        # Answered after 800 ms (> T1): Timer A re-sends the INVITE once at 500 ms. The 486 is sent
        # twice, as Timer G re-sends it, and the UAC waits 200 ms before its ACK so both go out.
        one invite-final 2 486 "Busy Here" 800 invite-final-resent
    fi
    sleep 0.5
    kill -INT "$dump_pid"
    wait "$dump_pid" || true

    local heur=(-o udp.try_heuristic_first:TRUE -o tcp.try_heuristic_first:TRUE)
    tshark -r "$pcap" "${heur[@]}" -V >"$out/$t.V.txt" 2>/dev/null
    local f args=()
    for f in "${FIELDS[@]}"; do args+=(-e "$f"); done
    tshark -r "$pcap" "${heur[@]}" -Y sip -T fields -E header=y "${args[@]}" >"$out/$t.fields.txt" 2>/dev/null
    tshark -r "$pcap" "${heur[@]}" -Y sip -T json >"$out/$t.json" 2>/dev/null
}

capture udp
capture tcp
echo "make_captures.sh: wrote $out/{udp,tcp}.{pcap,V.txt,fields.txt,json,runs.tsv}"
