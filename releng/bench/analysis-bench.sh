#!/usr/bin/env bash
# Analysis throughput benchmark (docs/PERFORMANCE.md): on one generated capture of SIZE_MB (default 1100 MB), in
# the same run, measure
#   1. the raw read rate of the streaming reader and of the pcap4j/libpcap reader (offloadlab bench-read),
#   2. `offloadlab analyze --format csv` with the JVM limited to -Xmx256m,
#   3. `tshark -q -z conv,tcp` on the same file.
# Prints a Markdown table. Needs tshark; builds the product if needed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
size=${1:-1100}
work=${BENCH_DIR:-/tmp/offloadlab-bench}
mkdir -p "$work"
big="$work/big-$size.pcap"
caps="$root/bundles/org.offloadlab.testing/captures"
if [ ! -f "$big" ]; then
  python3 "$root/releng/bench/make-big-capture.py" "$big" "$size" \
    "$caps/bulk_1mb.pcap" "$caps/many_short_200.pcap" "$caps/impaired.pcap" "$caps/zero_window.pcap"
fi
"$root/offloadlab" version >/dev/null   # builds the product when stale, outside the timings
bytes=$(stat -c %s "$big")
cat "$big" > /dev/null                  # warm the page cache for every contender alike
# t OUT CMD…: runs CMD with stdout to OUT; prints "seconds peak-RSS-MB"
t() { local out=$1; shift; /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$out"; awk '{printf "%s %.0f\n", $1, $2 / 1024}' "$work/time.txt"; }
read -r read_java read_java_rss < <(t "$work/read-java.txt" "$root/offloadlab" bench-read "$big")
read -r read_pcap4j read_pcap4j_rss < <(t "$work/read-pcap4j.txt" "$root/offloadlab" bench-read --pcap4j "$big")
read -r ours ours_rss < <(t "$work/ours.csv" env OFFLOADLAB_JAVA_OPTS=-Xmx256m "$root/offloadlab" analyze "$big" --format csv)
read -r theirs theirs_rss < <(t "$work/tshark.txt" tshark -q -z conv,tcp -r "$big")
frames=$(awk 'NR == 2 {print $3}' "$work/read-java.txt")
conns=$(($(wc -l < "$work/ours.csv") - 1))
tconns=$(grep -c '<->' "$work/tshark.txt" || true)
inproc() { awk 'NR == 2 {printf "%s s in-process = %.0f MB/s, %.0f frames/s", $7, $8, $9}' "$1"; }
rate() { echo "scale=1; $1 / $2" | bc; }
echo "| what | wall time (s) | MB/s | frames/s | peak RSS (MB) |"
echo "|---|---|---|---|---|"
for row in "streaming reader alone:$read_java:$read_java_rss" "pcap4j reader alone:$read_pcap4j:$read_pcap4j_rss" \
  "offloadlab analyze (-Xmx256m):$ours:$ours_rss" "tshark -q -z conv,tcp:$theirs:$theirs_rss"; do
  IFS=: read -r name secs rss <<< "$row"
  echo "| $name | $secs | $(rate "$bytes / 1000000" "$secs") | $(printf %.0f "$(rate "$frames" "$secs")") | $rss |"
done
echo
echo "capture: $(printf %.0f "$(rate "$bytes" 1000000)") MB, $frames frames, $conns connections (tshark: $tconns);" \
  "speed-up over tshark: $(rate "$theirs" "$ours")x"
echo "readers without JVM/OSGi start: streaming $(inproc "$work/read-java.txt"); pcap4j $(inproc "$work/read-pcap4j.txt")"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, kernel $(uname -r); $("${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"/bin/java -version 2>&1 | head -1); $(tshark --version | head -1)"
