#!/usr/bin/env bash
# Developer inner loop: compile the given bundles and their .tests fragments with plain javac and run the JUnit 5
# tests outside OSGi. Much faster than Tycho; the real verdict is still `./offloadlab test` (tests inside OSGi).
# Usage: releng/dev/quicktest.sh org.offloadlab.pcap [org.offloadlab.analysis ...] [-- extra JUnit console args]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
m2=${M2_REPO:-$HOME/.m2/repository}
bundles=(); extra=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; extra=("$@"); break; fi
  bundles+=("$1"); shift
done
jar() { find "$m2" -path "*$1*" -name "*.jar" ! -name "*sources*" 2>/dev/null | sort -V | tail -1; }
cp=""
for j in org/junit/platform/junit-platform-console-standalone/1.14.4 org/pcap4j/pcap4j-core/1.8.2 \
  org/pcap4j/pcap4j-packetfactory-static/1.8.2 net/java/dev/jna/jna/5.19.1 org/slf4j/slf4j-api/1.7.36 \
  org/jfree/jfreechart/1.5.6 org/jfree/jfreesvg/3.4.4 org/osgi/org.osgi.service.component.annotations/1.5.1 \
  org/eclipse/platform/org.eclipse.equinox.app/1.7.600 net/jqwik/jqwik-api/1.9.3 net/jqwik/jqwik-engine/1.9.3 \
  org/apiguardian/apiguardian-api/1.1.2 org/eclipse/emf/org.eclipse.emf.common/2.46.0 \
  org/eclipse/emf/org.eclipse.emf.ecore/2.43.0 org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.41.0; do
  f=$(jar "$j/"); [ -n "$f" ] && cp="$cp:$f"
done
out=$(mktemp -d /tmp/quicktest.XXXX)
srcs=()
for b in "${bundles[@]}"; do
  for d in "$root/bundles/$b/src" "$root/bundles/$b/src-gen" "$root/bundles/$b.tests/src"; do
    [ -d "$d" ] && while IFS= read -r f; do srcs+=("$f"); done < <(find "$d" -name '*.java')
  done
done
"$java_home/bin/javac" -nowarn -d "$out" -cp "$cp" "${srcs[@]}"
for b in "${bundles[@]}"; do
  for d in "$root/bundles/$b/src" "$root/bundles/$b.tests/src"; do
    [ -d "$d" ] && (cd "$d" && find . -type f ! -name '*.java' -exec cp --parents {} "$out" \;)
  done
done
exec "$java_home/bin/java" -Doffloadlab.root="$root" -jar "$(jar org/junit/platform/junit-platform-console-standalone/1.14.4/)" \
  execute --class-path "$out$cp" --scan-class-path "$out" --disable-banner --details=summary \
  --config jqwik.database="$out/jqwik-database" "${extra[@]}"
