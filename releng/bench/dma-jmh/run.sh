#!/bin/sh
# Builds the module and runs every DMA buffer manager benchmark; results go to $OUT (default /tmp/dma-jmh).
# Usage: releng/bench/dma-jmh/run.sh            (from anywhere; JAVA_HOME defaults to Temurin 25)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
OUT=${OUT:-/tmp/dma-jmh}
mkdir -p "$OUT"
cd "$HERE"
"$HERE/../../../mvnw" -B -q package
echo "load before: $(cat /proc/loadavg)" | tee "$OUT/load.txt"
"$JAVA_HOME/bin/java" -jar target/benchmarks.jar 'BufferPoolBenchmark|AccountingOverheadBenchmark' -f 1 -wi 3 -w 2 \
    -i 5 -r 2 -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.txt"
"$JAVA_HOME/bin/java" -Xmx1g -cp target/benchmarks.jar org.offloadlab.dma.SimulationAccountingRounds 20 1000 \
    | tee "$OUT/simulation-accounting.txt"
echo "load after: $(cat /proc/loadavg)" | tee -a "$OUT/load.txt"
