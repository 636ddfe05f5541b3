#!/usr/bin/env bash
# Replay throughput benchmark (docs/PERFORMANCE.md): on one generated capture of SIZE_MB (default 300 MB), in the
# same run, time `offloadlab analyze`, `offloadlab replay --mode monitor` and `offloadlab replay --mode conformance`
# (all CSV to a file, JVM limited to -Xmx1g) and report frames per second of wall time, JVM/OSGi start included.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
size=${1:-300}
work=${BENCH_DIR:-/tmp/offloadlab-bench}
mkdir -p "$work"
big="$work/big-$size.pcap"
caps="$root/bundles/org.offloadlab.testing/captures"
if [ ! -f "$big" ]; then
  python3 "$root/releng/bench/make-big-capture.py" "$big" "$size" \
    "$caps/bulk_1mb.pcap" "$caps/many_short_200.pcap" "$caps/impaired.pcap" "$caps/zero_window.pcap"
fi
"$root/offloadlab" version >/dev/null   # builds the product when stale, outside the timings
cat "$big" > /dev/null
t() { local out=$1; shift; /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$out" || true; awk '{printf "%s %.0f\n", $1, $2 / 1024}' "$work/time.txt"; }
frames=$(tshark -r "$big" -T fields -e frame.number 2>/dev/null | tail -1)
export OFFLOADLAB_JAVA_OPTS=-Xmx1g
read -r a a_rss < <(t "$work/analyze.csv" "$root/offloadlab" analyze "$big" --format csv)
read -r m m_rss < <(t "$work/monitor.csv" "$root/offloadlab" replay "$big" --mode monitor --format csv)
read -r c c_rss < <(t "$work/conformance.csv" "$root/offloadlab" replay "$big" --mode conformance --format csv)
echo "| what | wall time (s) | frames/s | peak RSS (MB) |"
echo "|---|---|---|---|"
for row in "analyze:$a:$a_rss" "replay --mode monitor:$m:$m_rss" "replay --mode conformance:$c:$c_rss"; do
  IFS=: read -r name secs rss <<< "$row"
  echo "| $name | $secs | $(printf %.0f "$(echo "$frames / $secs" | bc -l)") | $rss |"
done
echo
echo "capture: $(($(stat -c %s "$big") / 1000000)) MB, $frames frames, $(($(wc -l < "$work/monitor.csv") - 1)) connections"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $("${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"/bin/java -version 2>&1 | head -1)"
