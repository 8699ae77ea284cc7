#!/usr/bin/env bash
# Prints the wizard's performance figures under a real X display (Xvfb):
#  1. time from process start to the first frame, Dockwise vs a hello-world JavaFX app, side by side;
#  2. input change to laid-out frame (p50/p95) and memory after walking every step.
# Usage: src/test/scripts/ui-benchmarks.sh [runs]   (after mvn package; needs xvfb)
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-7}
[ -f target/dockwise.jar ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
mvn -q -B test-compile >/dev/null
cp=$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)

. src/test/scripts/display.sh 97

probe=$(mktemp)
config=$(mktemp -d)
first_frame() { # command... ; prints ms
  rm -f "$probe"
  JAVA_TOOL_OPTIONS="-Ddockwise.startupProbe=$probe" "$@" >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 1 300); do [ -s "$probe" ] && break; sleep 0.05; done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  cat "$probe" 2>/dev/null || echo 99999
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# one untimed start of each: Dockwise makes its class-data archive on its first start (see ClassDataSharing)
first_frame java -cp "target/dockwise.jar:target/test-classes" -Dprism.order=sw dev.dockwise.perf.HelloFx\$Launcher >/dev/null
first_frame java -Ddockwise.config.dir="$config" -Dprism.order=sw -jar target/dockwise.jar >/dev/null
hello=(); dockwise=()
for i in $(seq 1 "$runs"); do
  hello+=("$(first_frame java -cp "target/dockwise.jar:target/test-classes" -Dprism.order=sw dev.dockwise.perf.HelloFx\$Launcher)")
  dockwise+=("$(first_frame java -Ddockwise.config.dir="$config" -Dprism.order=sw -jar target/dockwise.jar)")
done
h=$(printf '%s\n' "${hello[@]}" | median)
d=$(printf '%s\n' "${dockwise[@]}" | median)
echo "first frame, median of $runs: hello-world ${h} ms, dockwise ${d} ms, ratio $(awk "BEGIN {printf \"%.2f\", $d/$h}")"
echo "  hello-world runs: ${hello[*]}"
echo "  dockwise runs:    ${dockwise[*]}"

java -cp "target/classes:target/test-classes:$cp" -Dprism.order=sw -Ddockwise.config.dir="$config" dev.dockwise.perf.UiResponsiveness 2>/dev/null
