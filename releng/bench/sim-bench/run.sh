#!/bin/sh
# Builds the module and runs the simulation-kernel benchmarks: the hold model at several queue sizes, the TCP bulk
# scenario, and the same scenario in ns-3 (Debian's ns3 package) in the same run, then the lossy scenarios over
# $SEEDS seeds with the equalising switches (docs/PERFORMANCE.md, "Goodput against ns-3"). Results go to $OUT.
# Usage: releng/bench/sim-bench/run.sh [--install-ns3]     (OUT=/tmp/sim-bench, JAVA_HOME defaults to Temurin 25)
#   --install-ns3   install ns-3 and a C++ compiler with apt-get (needs root) if they are missing
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
OUT=${OUT:-/tmp/sim-bench}
SEEDS=${SEEDS:-1 2 3 4 5}
mkdir -p "$OUT"
cd "$HERE"
"$HERE/../../../mvnw" -B -q package
JAVA="$JAVA_HOME/bin/java"
CP=target/sim-bench.jar
# the scenarios of docs/PERFORMANCE.md: RATE_BPS DELAY_MS LOSS SECONDS QUEUE_PACKETS
SCENARIOS="100000000 10 0 10 100
100000000 10 0.001 10 100
100000000 10 0.01 10 100
10000000 10 0.01 30 100"

echo "load before: $(cat /proc/loadavg)" | tee "$OUT/load.txt"
"$JAVA" -Xmx12g -XX:+UseTransparentHugePages -cp "$CP" org.offloadlab.sim.bench.HoldModel | tee "$OUT/hold.txt"
echo "load after hold model: $(cat /proc/loadavg)" | tee -a "$OUT/load.txt"

have_ns3() { [ -f /usr/include/ns3/point-to-point-module.h ] && command -v g++ >/dev/null 2>&1; }
if ! have_ns3 && [ "${1:-}" = "--install-ns3" ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q ns3 libns3-dev g++ pkg-config
    else
        echo "sim-bench: --install-ns3 needs root (or run: sudo apt-get install -y ns3 libns3-dev g++ pkg-config)" >&2
    fi
fi
NS3=""
if have_ns3; then
    # libns3-dev's pkg-config files name libgsl.so, which only libgsl-dev has: link the ns-3 libraries directly
    g++ -O2 -std=c++17 -o target/bulk-p2p ns3/bulk-p2p.cc $(pkg-config --cflags ns3-core 2>/dev/null) \
        -lns3-applications -lns3-internet -lns3-point-to-point -lns3-traffic-control -lns3-network -lns3-core
    NS3=target/bulk-p2p
else
    echo "sim-bench: ns-3 is not installed; skipping the ns-3 comparison." >&2
    echo "sim-bench: install it with: sudo apt-get install -y ns3 libns3-dev g++ pkg-config   (Debian/Ubuntu)" >&2
    echo "sim-bench: or re-run as root with --install-ns3" >&2
fi

: > "$OUT/tcp.txt"
echo "$SCENARIOS" | while read -r rate delay loss secs queue; do
    "$JAVA" -cp "$CP" org.offloadlab.sim.bench.TcpBulk "$rate" "$delay" "$loss" "$secs" "$queue" 5 | tee -a "$OUT/tcp.txt"
    if [ -n "$NS3" ]; then
        "$NS3" "$rate" "$delay" "$loss" "$secs" "$queue" | tee -a "$OUT/tcp.txt"
    fi
done
echo "load after TCP: $(cat /proc/loadavg)" | tee -a "$OUT/load.txt"

# several seeds per lossy case; OffloadLab as shipped, without RACK-TLP, and with ns-3's per-ACK window growth;
# ns-3 with PRR (its default), classic recovery, and classic with an ACK for every segment; then the same with
# ssthresh = FlightSize / 2 (TcpNewRenoFlightSize; ns-3's own halves the SACK pipe): the equalised comparisons
: > "$OUT/seeds.txt"
echo "$SCENARIOS" | grep -v ' 0 ' | while read -r rate delay loss secs queue; do
    for seed in $SEEDS; do
        for opts in "-rack on" "-rack off" "-rack off -cc ns3"; do
            # shellcheck disable=SC2086
            "$JAVA" -cp "$CP" org.offloadlab.sim.bench.TcpBulk "$rate" "$delay" "$loss" "$secs" "$queue" 1 -seed "$seed" $opts \
                | tee -a "$OUT/seeds.txt"
        done
        if [ -n "$NS3" ]; then
            "$NS3" "$rate" "$delay" "$loss" "$secs" "$queue" "$seed" prr | tee -a "$OUT/seeds.txt"
            "$NS3" "$rate" "$delay" "$loss" "$secs" "$queue" "$seed" classic | tee -a "$OUT/seeds.txt"
            "$NS3" "$rate" "$delay" "$loss" "$secs" "$queue" "$seed" classic 262144 1 | tee -a "$OUT/seeds.txt"
            "$NS3" "$rate" "$delay" "$loss" "$secs" "$queue" "$seed" classic 262144 2 flight | tee -a "$OUT/seeds.txt"
            "$NS3" "$rate" "$delay" "$loss" "$secs" "$queue" "$seed" classic 262144 1 flight | tee -a "$OUT/seeds.txt"
        fi
    done
done
echo "load after seeds: $(cat /proc/loadavg)" | tee -a "$OUT/load.txt"
