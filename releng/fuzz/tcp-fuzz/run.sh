#!/bin/sh
# Fuzzes every TCP engine fuzz target for SECONDS each (default 60), one after the other, after replaying the committed
# seed corpus. A finding stops the run: the input is written to target/crash-<sha1>, and Maven prints the stack.
# Usage: releng/fuzz/tcp-fuzz/run.sh [SECONDS [MAVEN-ARGS...]]   (from anywhere; JAVA_HOME defaults to Temurin 25)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SECONDS_PER_TARGET=${1:-60}
[ $# -gt 0 ] && shift
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
MVN="$HERE/../../../mvnw"
cd "$HERE"
# regression mode: every committed input once (fast; what CI runs first)
"$MVN" -B -q test "$@"
for target in SegmentFuzzTest ConnectionFuzzTest; do
    echo "tcp-fuzz: fuzzing $target for ${SECONDS_PER_TARGET}s" >&2
    log="target/fuzz-$target.log"
    if ! JAZZER_FUZZ=1 "$MVN" -B test -Dtest="$target" -Djazzer.max_duration="${SECONDS_PER_TARGET}s" \
        "$@" >"$log" 2>&1; then
        grep -E 'FuzzTestFinding|Caused by|crash-|at org\.offloadlab' "$log" | head -40 >&2
        echo "tcp-fuzz: $target found a problem; full log in $HERE/$log" >&2
        exit 1
    fi
    # libFuzzer's last status line: total executions, coverage, executions per second
    grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 | sed "s/^/tcp-fuzz: $target /" >&2
done
