#!/usr/bin/env bash
# Smoke test of the materialized product, run by the build after materialize-products: the shipped launcher script,
# the headless commands through the real product (DS, lean CLI configuration, exit codes) and, when a display is
# available (CI runs under Xvfb), the workbench itself opening a capture and saving a screenshot.
#   smoke-test.sh PRODUCT_DIR WORK_DIR
set -euo pipefail
product=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
export OFFLOADLAB_HOME="$work/home"
launcher="$product/offloadlab"
sample="$product/samples/offloadlab-sample.pcap"
fail() { echo "product smoke test FAILED: $*" >&2; exit 1; }
expect_exit() { # expect_exit CODE CMD…
  local want=$1 rc=0; shift
  "$@" > "$work/out.txt" 2> "$work/err.txt" || rc=$?
  [ "$rc" = "$want" ] || { cat "$work/err.txt" >&2; fail "'$*' exited $rc, expected $want"; }
}
passed=0

expect_exit 0 "$launcher" version
grep -q '^offloadlab ' "$work/out.txt" || fail "version printed: $(cat "$work/out.txt")"
passed=$((passed + 1))

expect_exit 0 "$launcher" analyze "$sample" --format json
conns=$(grep -o '"index": *[0-9]*' "$work/out.txt" | wc -l)
[ "$conns" = 208 ] || fail "sample analysed into $conns connections, expected 208"
passed=$((passed + 1))

expect_exit 0 "$launcher" analyze "$sample" --filter "tcp port 80" --format csv
rows=$(($(wc -l < "$work/out.txt") - 1))
[ "$rows" = 201 ] || fail "'tcp port 80' kept $rows connections, expected 201"
passed=$((passed + 1))

expect_exit 2 "$launcher" analyze "$work/no-such.pcap"
grep -q "no such file" "$work/err.txt" || fail "missing file message: $(cat "$work/err.txt")"
passed=$((passed + 1))

head -c 600 "$sample" > "$work/cut.pcap"
expect_exit 1 "$launcher" analyze "$work/cut.pcap"
grep -q "byte offset" "$work/err.txt" || fail "damage message without offset: $(cat "$work/err.txt")"
passed=$((passed + 1))

expect_exit 0 "$launcher" analyze "$sample" --out "$work/report"
[ -s "$work/report/connections.json" ] && ls "$work/report"/conn-*-timeseq.svg > /dev/null \
  || fail "--out did not write the report and charts"
passed=$((passed + 1))

scripts="$(cd "$(dirname "$0")/../../../.." && pwd)/bundles/org.offloadlab.tcp.tests/packetdrill"
expect_exit 0 "$launcher" packetdrill "$scripts"
grep -Eq '^[0-9]+ scripts: [0-9]+ passed, 0 failed, 0 unsupported$' "$work/out.txt" \
  || fail "packetdrill suite: $(tail -1 "$work/out.txt")"
passed=$((passed + 1))

# the replay service must resolve in the lean CLI configuration, with its analysis dependency
expect_exit 0 "$launcher" replay "$sample" --mode monitor --fail-at 50% --out "$work/replay"
grep -q '"failover_snapshot": *{' "$work/replay/replay.json" 2>/dev/null \
  || grep -q '"failover_snapshot":{' "$work/replay/replay.json" || fail "replay monitor wrote no failover snapshot"
# results.json is the results contract of 'run' (docs/RESULTS.md): every mandatory key, null where not measured
for key in '"schema": "offloadlab-results/1"' '"experiment": "replay-monitor:' '"seed": 0' '"version": ' \
  '"connections_established": [0-9]' '"host_adapter_interactions": null' \
  '"host_adapter_interactions_per_connection": null' '"interrupts": null' '"dma_transactions": null' \
  '"host_memory_bytes_peak": null' '"bytes_delivered": [0-9]' '"failovers": \[\]' \
  '"integrity": {"ok": null, "connections": null, "bytes_lost": null, "bytes_duplicated": null, "bytes_reordered": null, "connections_reset": null}' \
  '"run_info": {"started": '; do
  grep -q "$key" "$work/replay/results.json" || fail "replay monitor results.json lacks $key"
done
expect_exit 0 "$launcher" replay "$sample" --mode conformance
grep -q ' 0 non-conformance(s)$' "$work/out.txt" || fail "replay conformance: $(tail -1 "$work/out.txt")"
# trace mode wires sim, nic and host inside the product: every octet of the sample's 205 connections re-simulated
expect_exit 0 "$launcher" replay "$sample" --mode trace --out "$work/replay-trace"
grep -q 'every octet delivered intact' "$work/out.txt" || fail "replay trace: $(cat "$work/out.txt")"
for key in '"interrupts": [0-9]' '"dma_transactions": [0-9]' '"integrity": {"ok": true'; do
  grep -q "$key" "$work/replay-trace/results.json" || fail "replay trace results.json lacks $key"
done
passed=$((passed + 1))

# experiments: EMF must resolve in the lean CLI configuration; a template runs and recovers with integrity intact
expect_exit 0 "$launcher" new --template failover "$work/failover.offload"
expect_exit 0 "$launcher" run "$work/failover.offload" --out "$work/experiment"
grep -q '"ok": true' "$work/experiment/results.json" || fail "failover experiment: integrity not ok"
grep -q '^integrity OK' "$work/out.txt" || fail "run printed no integrity verdict: $(tail -1 "$work/out.txt")"
expect_exit 2 "$launcher" run "$work/failover.offload" --set warp=9
printf '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>' > "$work/xxe.offload"
expect_exit 1 "$launcher" run "$work/xxe.offload"
# the replay template names the shipped sample by its absolute path, so it runs from any folder
mkdir -p "$work/elsewhere"
expect_exit 0 "$launcher" new --template replay "$work/elsewhere/replay.offload"
grep -q "$product/samples/offloadlab-sample.pcap" "$work/elsewhere/replay.offload" \
  || fail "replay template does not name the shipped sample: $(grep -o 'capturePath="[^"]*"' "$work/elsewhere/replay.offload")"
expect_exit 0 "$launcher" run "$work/elsewhere/replay.offload" --out "$work/replay-run"
grep -q '"ok": true' "$work/replay-run/results.json" || fail "replay template run: integrity not ok"
passed=$((passed + 1))

if [ -n "${DISPLAY:-}" ]; then
  expect_exit 0 "$launcher" --open "$sample" --screenshot "$work/workbench.png"
  [ "$(head -c 8 "$work/workbench.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
    || fail "the workbench screenshot is not a PNG"
  passed=$((passed + 1))
else
  echo "product smoke test: no DISPLAY, workbench start not tested" >&2
fi
echo "product smoke test: $passed passed, 0 failed"
