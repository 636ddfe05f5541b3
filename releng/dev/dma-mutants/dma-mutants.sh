#!/usr/bin/env bash
# Mutation check of the DMA invariant tests: plants each bug of mutants.py into a copy of the DMA bundle's sources,
# compiles it with the test fragment's RandomWorkload/DmaInvariantChecker and reports how many of InvariantTest's
# 240 seeded workloads catch it (CatchRate.java). The real sources are never touched.
# Usage: releng/dev/dma-mutants/dma-mutants.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=$(mktemp -d /tmp/dma-mutants.XXXX)
run() { # $1 = name, $2 = source dir
  local out="$work/classes-$RANDOM"
  mkdir -p "$out"
  find "$2" "$root/bundles/org.offloadlab.dma.tests/src" -name '*.java' ! -name '*Test.java' > "$work/srcs"
  "$java_home/bin/javac" -nowarn -d "$out" @"$work/srcs" "$here/CatchRate.java"
  printf '%-62s %s\n' "$1" "$("$java_home/bin/java" -cp "$out" CatchRate)"
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
