#!/usr/bin/env bash
# Regenerate OffloadLab's set of real TCP captures (Linux kernel TCP stack in
# private network namespaces) plus tshark ground truth.
#
#   sudo releng/captures/make-captures.sh [OUTDIR] [SCENARIO ...]
#
# OUTDIR defaults to bundles/org.offloadlab.testing/captures.  With scenario
# names only those are regenerated (e.g. `make-captures.sh "" impaired`).
# See releng/captures/README.md.  Needs: root, iproute2, tcpdump, dumpcap,
# tshark, python3 (standard library only).  Never touches OUTDIR/malformed/.
#
# Everything runs in the namespaces olab-cli / olab-srv / olab-rtr with
# addresses in 10.77.0.0/16 and fd77::/64; they are deleted on exit.  Every
# process runs under `timeout`, and the whole script under a 900 s timeout.
set -euo pipefail

if [ -z "${OLAB_UNDER_TIMEOUT:-}" ]; then
    export OLAB_UNDER_TIMEOUT=1
    exec timeout -k 60 900 "$0" "$@"
fi

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
OUT=${1:-}
[ -n "$OUT" ] || OUT=$REPO/bundles/org.offloadlab.testing/captures
shift || true
ONLY=("$@")
PY=$(command -v python3)
NS_C=olab-cli
NS_S=olab-srv
NS_R=olab-rtr
T0=$(date +%s)

[ "$(id -u)" = 0 ] || { echo "make-captures.sh: must run as root" >&2; exit 1; }
# one instance at a time (the namespace names are fixed)
exec 9>/run/lock/olab-make-captures.lock
flock -n 9 || { echo "make-captures.sh: another instance is running" >&2; exit 1; }
for t in ip tcpdump dumpcap tshark capinfos timeout; do
    command -v $t >/dev/null || { echo "missing tool: $t" >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/olab-captures.XXXXXX)
NEW=$WORK/out
mkdir -p "$NEW" "$OUT"
PIDS=()

log() { printf '[%4ds] %s\n' $(( $(date +%s) - T0 )) "$*"; }
die() { echo "make-captures.sh: $*" >&2; exit 1; }

kill_ns_procs() {
    local ns pid
    for ns in $NS_C $NS_S $NS_R; do
        for pid in $(ip netns pids $ns 2>/dev/null); do
            kill -KILL "$pid" 2>/dev/null || true
        done
    done
}

cleanup() {
    local rc=$? pid
    set +e
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null; done
    sleep 0.3
    kill_ns_procs
    for ns in $NS_C $NS_S $NS_R; do ip netns del $ns 2>/dev/null; done
    if [ $rc -ne 0 ]; then
        echo "make-captures.sh: FAILED (rc=$rc); logs kept in $WORK" >&2
        for f in "$WORK"/*.log; do
            [ -e "$f" ] && { echo "--- $f" >&2; tail -n 20 "$f" >&2; }
        done
    else
        rm -rf "$WORK"
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

wants() {
    [ ${#ONLY[@]} -eq 0 ] && return 0
    local s
    for s in "${ONLY[@]}"; do [ "$s" = "$1" ] && return 0; done
    return 1
}

wait_for() {  # FILE [PATTERN] : up to 10 s
    local i
    for i in $(seq 200); do
        if [ -n "${2:-}" ]; then
            grep -q "$2" "$1" 2>/dev/null && return 0
        else
            [ -e "$1" ] && return 0
        fi
        sleep 0.05
    done
    die "timed out waiting for $1 ${2:-}"
}

nsx() {  # NS CMD... : run a helper inside a namespace, bounded
    local ns=$1; shift
    timeout 30 ip netns exec "$ns" "$@"
}

# ------------------------------------------------------------- topology
ns_setup() {
    kill_ns_procs
    local ns
    for ns in $NS_C $NS_S $NS_R; do
        ip netns del $ns 2>/dev/null || true
        ip netns add $ns
        ip -n $ns link set lo up
        # IPv4-only links by default: no IPv6 link-local, MLD, RS or DAD noise
        nsx $ns sysctl -qw net.ipv6.conf.default.disable_ipv6=1
    done
}

mkveth() {  # N OFFLOAD(on|off) : oc<N> 10.77.N.1 (client) <-> os<N> 10.77.N.2 (server)
    local n=$1 off=$2
    ip link add oc$n netns $NS_C type veth peer name os$n netns $NS_S
    nsx $NS_C $PY "$HERE/offload.py" oc$n $off >>"$WORK/setup.log"
    nsx $NS_S $PY "$HERE/offload.py" os$n $off >>"$WORK/setup.log"
    ip -n $NS_C addr add 10.77.$n.1/24 dev oc$n
    ip -n $NS_S addr add 10.77.$n.2/24 dev os$n
    ip -n $NS_C link set oc$n up
    ip -n $NS_S link set os$n up
}

start_relay() {  # MODE CLIDEV SRVDEV LOG [impairment args...]
    local mode=$1 c=$2 s=$3 rlog=$4; shift 4
    rm -f "$WORK/relay.ready"
    timeout -s TERM 120 ip netns exec $NS_R $PY "$HERE/relay.py" --mode $mode \
        --a $NS_C:$c --b $NS_S:$s --max-seconds 100 --idle-seconds 30 \
        --ready "$WORK/relay.ready" --log "$rlog" "$@" \
        >>"$WORK/relay.log" 2>&1 &
    RELAY_PID=$!
    PIDS+=($RELAY_PID)
    wait_for "$WORK/relay.ready"
}

stop_relay() {
    kill -TERM $RELAY_PID 2>/dev/null || true
    wait $RELAY_PID || true
}

# ------------------------------------------------------------- capture
CAPS=()
cap_start() {  # NS IFACE FILE TOOL(tcpdump|dumpcap) [extra args...]
    local ns=$1 ifc=$2 file=$3 tool=$4; shift 4
    local clog=$WORK/cap.$(basename "$file").log
    : >"$clog"
    if [ $tool = tcpdump ]; then
        timeout -s INT 90 ip netns exec $ns tcpdump -i $ifc -n -U -Z root \
            --immediate-mode -B 32768 \
            -w "$file" "$@" 2>"$clog" &
        CAPS+=($!); PIDS+=($!)
        wait_for "$clog" "listening on"
    else
        timeout -s INT 90 ip netns exec $ns dumpcap -i $ifc -q -B 32 \
            -w "$file" "$@" 2>"$clog" &
        CAPS+=($!); PIDS+=($!)
        wait_for "$clog" "Capturing on"
    fi
    sleep 0.2
}

cap_stop() {
    local pid
    sleep 0.5                       # trailing ACKs / FINs
    for pid in "${CAPS[@]}"; do kill -INT "$pid" 2>/dev/null || true; done
    for pid in "${CAPS[@]}"; do wait "$pid" || true; done
    CAPS=()
}

# ------------------------------------------------------------- apps
server() {  # NS SCEN ADDR PORT
    rm -f "$WORK/srv.ready"
    timeout -s KILL 50 ip netns exec $1 $PY "$HERE/tcpapp.py" server $2 $3 $4 \
        --ready "$WORK/srv.ready" >>"$WORK/app.log" 2>&1 &
    SRV_PID=$!
    PIDS+=($SRV_PID)
    wait_for "$WORK/srv.ready"
}

client() {  # NS SCEN SADDR SPORT CADDR CPORT
    timeout -s KILL 50 ip netns exec $1 $PY "$HERE/tcpapp.py" client $2 $3 $4 $5 $6 \
        >>"$WORK/app.log" 2>&1 || die "client $2 failed (see app.log)"
}

server_wait() {
    wait $SRV_PID || die "server failed (see app.log)"
}

# ------------------------------------------------------------- scenarios
sc_simple_http() {  # + simple_http_sll (same connection, tcpdump -i any)
    mkveth 1 off
    cap_start $NS_S os1 "$NEW/simple_http.pcap" tcpdump
    cap_start $NS_S any "$NEW/simple_http_sll.pcap" tcpdump
    server $NS_S simple_http 10.77.1.2 80
    client $NS_C simple_http 10.77.1.2 80 10.77.1.1 40100
    server_wait; cap_stop
}

sc_bulk_1mb() {
    mkveth 2 off
    cap_start $NS_S os2 "$NEW/bulk_1mb.pcap" tcpdump
    server $NS_S bulk_1mb 10.77.2.2 40002
    client $NS_C bulk_1mb 10.77.2.2 40002 10.77.2.1 40200
    server_wait; cap_stop
}

sc_many_short_200() {
    mkveth 3 off
    cap_start $NS_S os3 "$NEW/many_short_200.pcap" tcpdump
    server $NS_S many_short_200 10.77.3.2 80
    client $NS_C many_short_200 10.77.3.2 80 10.77.3.1 41000
    server_wait; cap_stop
}

sc_impaired() {
    ip -n $NS_C tuntap add dev ot4c mode tap
    ip -n $NS_S tuntap add dev ot4s mode tap
    nsx $NS_C $PY "$HERE/offload.py" ot4c off >>"$WORK/setup.log"
    nsx $NS_S $PY "$HERE/offload.py" ot4s off >>"$WORK/setup.log"
    ip -n $NS_C addr add 10.77.4.1/24 dev ot4c
    ip -n $NS_S addr add 10.77.4.2/24 dev ot4s
    ip -n $NS_C link set ot4c up
    ip -n $NS_S link set ot4s up
    start_relay tap ot4c ot4s "$WORK/impaired.relay.json" \
        --loss 0.02 --reorder 0.05 --dup 0.01 --delay-ms 5 --seed 4
    sleep 0.2
    cap_start $NS_C ot4c "$NEW/impaired.pcap" tcpdump
    server $NS_S impaired 10.77.4.2 40004
    client $NS_C impaired 10.77.4.2 40004 10.77.4.1 40400
    server_wait; cap_stop; stop_relay
    cp "$WORK/impaired.relay.json" "$WORK/impaired.relay.log"
}

sc_rst_midstream() {
    mkveth 5 off
    cap_start $NS_S os5 "$NEW/rst_midstream.pcap" tcpdump
    server $NS_S rst_midstream 10.77.5.2 40005
    client $NS_C rst_midstream 10.77.5.2 40005 10.77.5.1 40500
    server_wait; cap_stop
}

sc_half_close() {
    mkveth 6 off
    cap_start $NS_S os6 "$NEW/half_close.pcap" tcpdump
    server $NS_S half_close 10.77.6.2 40006
    client $NS_C half_close 10.77.6.2 40006 10.77.6.1 40600
    server_wait; cap_stop
}

sc_conn_refused() {
    mkveth 7 off
    cap_start $NS_S os7 "$NEW/conn_refused.pcap" tcpdump
    client $NS_C conn_refused 10.77.7.2 40007 10.77.7.1 40700
    cap_stop
}

sc_zero_window() {
    mkveth 8 off
    cap_start $NS_S os8 "$NEW/zero_window.pcap" tcpdump
    server $NS_S zero_window 10.77.8.2 40008
    client $NS_C zero_window 10.77.8.2 40008 10.77.8.1 40800
    server_wait; cap_stop
}

sc_urgent_oob() {
    mkveth 9 off
    cap_start $NS_S os9 "$NEW/urgent_oob.pcap" tcpdump
    server $NS_S urgent_oob 10.77.9.2 40009
    client $NS_C urgent_oob 10.77.9.2 40009 10.77.9.1 40900
    server_wait; cap_stop
}

sc_keepalive() {
    mkveth 10 off
    cap_start $NS_S os10 "$NEW/keepalive.pcapng" dumpcap
    server $NS_S keepalive 10.77.10.2 40010
    client $NS_C keepalive 10.77.10.2 40010 10.77.10.1 41300
    server_wait; cap_stop
}

sc_ipv6() {
    ip link add oc12 netns $NS_C type veth peer name os12 netns $NS_S
    nsx $NS_C $PY "$HERE/offload.py" oc12 off >>"$WORK/setup.log"
    nsx $NS_S $PY "$HERE/offload.py" os12 off >>"$WORK/setup.log"
    local ns d
    for ns in $NS_C $NS_S; do
        d=oc12; [ $ns = $NS_S ] && d=os12
        nsx $ns sysctl -qw net.ipv6.conf.$d.disable_ipv6=0 \
            net.ipv6.conf.$d.accept_dad=0 net.ipv6.conf.$d.router_solicitations=0
    done
    ip -n $NS_C addr add fd77::1/64 dev oc12 nodad
    ip -n $NS_S addr add fd77::2/64 dev os12 nodad
    ip -n $NS_C link set oc12 up
    ip -n $NS_S link set os12 up
    sleep 1.5      # let the link-up MLD reports pass before capturing
    cap_start $NS_S os12 "$NEW/ipv6.pcapng" dumpcap
    server $NS_S ipv6 fd77::2 40012
    client $NS_C ipv6 fd77::2 40012 fd77::1 41200
    server_wait; cap_stop
}

sc_snaplen96() {
    mkveth 13 off
    cap_start $NS_S os13 "$NEW/snaplen96.pcap" tcpdump -s 96
    server $NS_S snaplen96 10.77.13.2 40013
    client $NS_C snaplen96 10.77.13.2 40013 10.77.13.1 41400
    server_wait; cap_stop
}

sc_offload_artifacts() {
    mkveth 14 on       # TSO/GSO/tx-checksum stay ON: capture at the sender
    cap_start $NS_C oc14 "$NEW/offload_artifacts.pcap" tcpdump
    server $NS_S offload_artifacts 10.77.14.2 40014
    client $NS_C offload_artifacts 10.77.14.2 40014 10.77.14.1 41500
    server_wait; cap_stop
}

sc_vlan() {
    mkveth 15 off
    nsx $NS_C $PY "$HERE/vlanbpf.py" oc15 100 >>"$WORK/setup.log"
    nsx $NS_S $PY "$HERE/vlanbpf.py" os15 100 >>"$WORK/setup.log"
    cap_start $NS_S os15 "$NEW/vlan.pcap" tcpdump
    server $NS_S vlan 10.77.15.2 40015
    client $NS_C vlan 10.77.15.2 40015 10.77.15.1 41600
    server_wait; cap_stop
}

sc_rawip() {
    ip -n $NS_C tuntap add dev ou16c mode tun
    ip -n $NS_S tuntap add dev ou16s mode tun
    nsx $NS_C $PY "$HERE/offload.py" ou16c off >>"$WORK/setup.log"
    nsx $NS_S $PY "$HERE/offload.py" ou16s off >>"$WORK/setup.log"
    ip -n $NS_C addr add 10.77.16.1/24 dev ou16c
    ip -n $NS_S addr add 10.77.16.2/24 dev ou16s
    ip -n $NS_C link set ou16c up
    ip -n $NS_S link set ou16s up
    start_relay tun ou16c ou16s "$WORK/rawip.relay.json"
    sleep 0.2
    cap_start $NS_S ou16s "$NEW/rawip.pcap" tcpdump
    server $NS_S rawip 10.77.16.2 40016
    client $NS_C rawip 10.77.16.2 40016 10.77.16.1 41700
    server_wait; cap_stop; stop_relay
}

SCENARIOS=(simple_http bulk_1mb many_short_200 impaired rst_midstream
           half_close conn_refused zero_window urgent_oob keepalive ipv6
           snaplen96 offload_artifacts vlan rawip)

# ------------------------------------------------------------- main
log "tools: $(uname -r) | $(tshark --version 2>/dev/null | head -1) | $(tcpdump --version 2>&1 | head -1) | $($PY --version)"
ns_setup
log "namespaces $NS_C $NS_S $NS_R ready (tcp_congestion_control=$(ip netns exec $NS_C sysctl -n net.ipv4.tcp_congestion_control))"
for sc in "${SCENARIOS[@]}"; do
    wants $sc || continue
    log "scenario $sc"
    sc_$sc
done
kill_ns_procs
for ns in $NS_C $NS_S $NS_R; do ip netns del $ns 2>/dev/null || true; done
log "captures done; tool statistics:"
for f in "$WORK"/cap.*.log; do
    b=$(basename "$f" .log); b=${b#cap.}
    printf '    %-26s %s\n' "$b" "$(grep -h -E "packets (captured|dropped)|^Packets" "$f" | paste -sd ';' -)"
done
drops=$(cat "$WORK"/cap.*.log | awk '
    /packets dropped by kernel/ { d += $1 }
    /Packets received\/dropped on interface/ {
        if (match($0, /: [0-9]+\/[0-9]+/)) {
            split(substr($0, RSTART + 2, RLENGTH - 2), a, "/"); d += a[2] } }
    END { print d + 0 }')
[ "$drops" = 0 ] || die "capture tools reported $drops dropped packets"
sed 's/^/    /' "$WORK/app.log"
[ -e "$WORK/impaired.relay.json" ] && { log "relay (impaired):"; sed 's/^/    /' "$WORK/impaired.relay.json"; }

log "ground truth (tshark) ..."
shopt -s nullglob
caps=("$NEW"/*.pcap "$NEW"/*.pcapng)
[ ${#caps[@]} -gt 0 ] || die "no captures produced"
timeout 600 $PY "$HERE/truth.py" --check "${caps[@]}"
log "verifying scenario properties ..."
timeout 300 $PY "$HERE/verify.py" "$NEW"

# install: replace only the files this script owns (never malformed/)
owner=$(stat -c %u:%g "$OUT")
for f in "$NEW"/*; do
    b=$(basename "$f"); n=${b%%.*}
    rm -f "$OUT/$n.pcap" "$OUT/$n.pcapng" "$OUT/$n.conv.txt" "$OUT/$n.streams.csv"
done
for f in "$NEW"/*; do
    install -m 0644 "$f" "$OUT/"
    chown "$owner" "$OUT/$(basename "$f")" 2>/dev/null || true
done
log "installed $(ls "$NEW" | wc -l) files into $OUT ($(du -sh --exclude=malformed "$OUT" | cut -f1) without malformed/)"
"$HERE/make-sample.sh" "$OUT"
log "done in $(( $(date +%s) - T0 )) s"
