#!/bin/sh
# Builds the module, runs the adapter benchmarks and regenerates the establishment experiment.
# Usage: releng/bench/nic-bench/run.sh   (results in $OUT, default /tmp/nic-bench; experiment into docs/experiments)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
OUT=${OUT:-/tmp/nic-bench}
mkdir -p "$OUT"
cd "$HERE"
"$HERE/../../../mvnw" -B -q package
JAVA="$JAVA_HOME/bin/java"
CP=target/nic-bench.jar
echo "load before: $(cat /proc/loadavg)" | tee "$OUT/load.txt"
"$JAVA" -Xmx2g -XX:+UseParallelGC -cp $CP org.offloadlab.bench.nic.IdleConnectionsBench 1000000 | tee "$OUT/idle-1m.txt"
for think in 100 250 1000; do
    "$JAVA" -Xmx2g -XX:+UseParallelGC -cp $CP org.offloadlab.bench.nic.RequestResponseBench 10000 10 $think \
        | tee "$OUT/rr-10k-think$think.txt"
done
"$JAVA" -Xmx2g -XX:+UseParallelGC -cp $CP org.offloadlab.bench.nic.EstablishmentExperimentMain \
    "$HERE/../../../docs/experiments/establishment" 20000 1 | tee "$OUT/establishment.txt"
echo "load after: $(cat /proc/loadavg)" | tee -a "$OUT/load.txt"
