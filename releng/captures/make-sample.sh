#!/usr/bin/env bash
# The workbench's bundled sample: several committed real captures merged in time order into one file, so a first
# look shows a varied Connections table (short connections, a zero-window stall, a reset, a half-close, refused
# connects, urgent data) rather than one kind of traffic. Re-run after make-captures.sh. Needs mergecap (tshark).
#   releng/captures/make-sample.sh [CAPTURES_DIR]
set -euo pipefail
dir=${1:-$(cd "$(dirname "$0")/../.." && pwd)/bundles/org.offloadlab.testing/captures}
mkdir -p "$dir/sample"
mergecap -F pcap -w "$dir/sample/offloadlab-sample.pcap" \
  "$dir/many_short_200.pcap" "$dir/zero_window.pcap" "$dir/rst_midstream.pcap" "$dir/half_close.pcap" \
  "$dir/conn_refused.pcap" "$dir/urgent_oob.pcap" "$dir/simple_http.pcap"
(cd "$dir/sample" && tshark -r offloadlab-sample.pcap -q -z conv,tcp > offloadlab-sample.conv.txt)
echo "$dir/sample/offloadlab-sample.pcap: $(stat -c %s "$dir/sample/offloadlab-sample.pcap") bytes" >&2
