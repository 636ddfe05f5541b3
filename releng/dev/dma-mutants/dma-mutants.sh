#!/usr/bin/env bash
# Mutation check of the DMA invariant tests: plants each bug of mutants.py into a copy of the DMA bundle's sources,
# compiles it with the test fragment's workload generator (WorkloadArbitraries, the one InvariantPropertiesTest's
# jqwik properties use), DmaWorkload and DmaInvariantChecker, and reports how many of a seeded sample of generated
# workloads catch it (CatchRate.java; the sample runs without shrinking, so each workload counts once).
# The real sources are never touched.
# Usage: releng/dev/dma-mutants/dma-mutants.sh [sample seed [workloads]]   (defaults 20261124 300)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
m2=${M2_REPO:-$HOME/.m2/repository}
jqwik=$m2/net/jqwik/jqwik-api/1.9.3/jqwik-api-1.9.3.jar:$m2/net/jqwik/jqwik-engine/1.9.3/jqwik-engine-1.9.3.jar
console=$(find "$m2/org/junit/platform/junit-platform-console-standalone" -name '*.jar' | sort -V | tail -1)
jqwik=$jqwik:$console
args=("${@}")
work=$(mktemp -d /tmp/dma-mutants.XXXX)
run() { # $1 = name, $2 = source dir
  local out="$work/classes-$RANDOM"
  mkdir -p "$out"
  find "$2" "$root/bundles/org.offloadlab.dma.tests/src" -name '*.java' ! -name '*Test.java' > "$work/srcs"
  "$java_home/bin/javac" -nowarn -cp "$jqwik" -d "$out" @"$work/srcs" "$here/CatchRate.java" \
    "$root/bundles/org.offloadlab.dma.tests/src/org/offloadlab/dma/InvariantPropertiesTest.java"
  printf '%-62s %s\n' "$1" "$("$java_home/bin/java" -cp "$out:$jqwik" CatchRate "${args[@]}")"
  # the property itself, as CI runs it (fixed seed, shrinking on): its verdict and the shrunk counterexample's size
  "$java_home/bin/java" -jar "$console" execute --class-path "$out:$jqwik" --disable-banner --details=none \
    --select-method org.offloadlab.dma.InvariantPropertiesTest#everyInvariantHoldsAfterEveryOperation"(org.offloadlab.dma.WorkloadArbitraries\$Scenario)" \
    --config jqwik.database="$out/jqwik-database" --config jqwik.shrinking.bounded.seconds="${SHRINK_SECONDS:-10}" > "$out/property.txt" 2>&1 && rc=0 || rc=$?
  python3 - "$out/property.txt" "$rc" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
m = re.search(r"Shrunk Sample \((\d+) steps\)\s*-+\s*arg0:\s*(.*)", text)
if not m:
    print("%62s %s" % ("property:", {"0": "passes", "1": "fails, nothing shrunk"}.get(sys.argv[2], "ERROR, see " + sys.argv[1])))
else:
    ops = len(re.findall(r"\b[A-Z]+\(", m.group(2)))
    print("%62s fails, shrunk in %s steps to %d operations: %s" % ("property:", m.group(1), ops, m.group(2)[:160]))
PY
}
run "no bug planted" "$root/bundles/org.offloadlab.dma/src"
python3 - "$here" "$root" "$work" <<'PY' | while IFS=$'\t' read -r name dir; do run "$name" "$dir"; done
import sys, shutil, os
here, root, work = sys.argv[1:4]
sys.path.insert(0, here)
from mutants import MUTANTS
for i, (name, (f, old, new)) in enumerate(MUTANTS.items()):
    d = os.path.join(work, "m%d" % i)
    shutil.copytree(os.path.join(root, "bundles/org.offloadlab.dma/src"), d)
    p = os.path.join(d, "org/offloadlab/dma", f)
    s = open(p).read()
    if s.count(old) != 1:
        sys.exit("mutant '%s': the original text is not found exactly once in %s" % (name, f))
    open(p, "w").write(s.replace(old, new))
    print(name + "\t" + d)
PY
