#!/usr/bin/env bash
# Regenerates bundles/org.offloadlab.model/src-gen (and the genmodel) from model/offloadlab.ecore with the EMF
# generator (org.eclipse.emf.codegen.ecore 2.46.0 from Maven Central) run as a plain Java program: no Eclipse needed.
# The generator wants org.eclipse.core.resources and jdt.core on the class path even though it writes plain files.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=$(mktemp -d /tmp/emf-generate.XXXX)
cp "$root/releng/dev/emf-generate/pom.xml" "$work/"
(cd "$work" && mvn -q -B dependency:copy-dependencies -DoutputDirectory=lib)
"$JAVA_HOME/bin/javac" -cp "$work/lib/*" -d "$work/cls" "$root/releng/dev/emf-generate/Gen.java"
rm -rf "$root/bundles/org.offloadlab.model/src-gen"
bundle="$root/bundles/org.offloadlab.model"
# keep the hand-written plugin.xml/build.properties: the generator only writes them when missing
"$JAVA_HOME/bin/java" -cp "$work/cls:$work/lib/*" Gen "$bundle" | grep -v '^>>' || true
