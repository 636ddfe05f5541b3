#!/bin/sh
# Builds the module and runs every TCP engine benchmark; results go to $OUT (default /tmp/tcp-jmh).
# Usage: releng/bench/tcp-jmh/run.sh            (from anywhere; JAVA_HOME defaults to Temurin 25)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
OUT=${OUT:-/tmp/tcp-jmh}
mkdir -p "$OUT"
cd "$HERE"
"$HERE/../../../mvnw" -B -q package
JAVA="$JAVA_HOME/bin/java"
echo "load before: $(cat /proc/loadavg)" | tee "$OUT/load.txt"
"$JAVA" -jar target/benchmarks.jar 'InOrderReceiveBenchmark|ConnectionLifecycleBenchmark' -f 1 -wi 3 -w 2 -i 5 -r 2 \
    -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.txt"
echo "load after JMH: $(cat /proc/loadavg)" | tee -a "$OUT/load.txt"
for mode in handshake restore; do
    "$JAVA" -Xmx4g -cp target/benchmarks.jar org.offloadlab.tcp.bench.IdleConnectionMemory $mode 1000000 \
        | tee "$OUT/memory-$mode.txt"
done
"$JAVA" -Xmx4g -cp target/benchmarks.jar org.offloadlab.tcp.bench.IdleConnectionMemory exchanged 100000 \
    | tee "$OUT/memory-exchanged.txt"
echo "load after memory: $(cat /proc/loadavg)" | tee -a "$OUT/load.txt"
