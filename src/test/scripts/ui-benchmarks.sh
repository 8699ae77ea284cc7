#!/usr/bin/env bash
# Prints the wizard's performance figures under a real X display (Xvfb):
#  1. time from process start to the first frame, Dockwise vs a hello-world JavaFX app, side by side:
#     as the app reports it (the second pulse after Stage.show), and as a person sees it, measured by
#     pixels: screenshots polled until the window is mapped and until its first painted frame
#     (dev.dockwise.perf.FirstPaint; each on an X display of its own with nothing else on it);
#  2. input change to laid-out frame (p50/p95) and memory after walking every step.
# Usage: src/test/scripts/ui-benchmarks.sh [runs]   (after mvn package; needs xvfb)
#        JAR=/path/to/other/dockwise.jar ... measures another build the same way;
#        BEFORE=/path/to/old/dockwise.jar ... also paints that build in the same rounds, for a before/after
#        figure (each build keeps its own class-data archive: Dockwise keeps one per user, so two builds
#        started in turn from one cache would each start without it).
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-7}
jar=${JAR:-target/dockwise.jar}
[ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
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
  stop_tree "$pid"
  cat "$probe" 2>/dev/null || echo 99999
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# one untimed start of each: Dockwise makes its class-data archive on its first start (see ClassDataSharing)
first_frame java -cp "target/dockwise.jar:target/test-classes" -Dprism.order=sw dev.dockwise.perf.HelloFx\$Launcher >/dev/null
first_frame java -Ddockwise.config.dir="$config" -Dprism.order=sw -jar "$jar" >/dev/null
hello=(); dockwise=()
for i in $(seq 1 "$runs"); do
  hello+=("$(first_frame java -cp "target/dockwise.jar:target/test-classes" -Dprism.order=sw dev.dockwise.perf.HelloFx\$Launcher)")
  dockwise+=("$(first_frame java -Ddockwise.config.dir="$config" -Dprism.order=sw -jar "$jar")")
done
h=$(printf '%s\n' "${hello[@]}" | median)
d=$(printf '%s\n' "${dockwise[@]}" | median)
echo "first frame, median of $runs: hello-world ${h} ms, dockwise ${d} ms, ratio $(awk "BEGIN {printf \"%.2f\", $d/$h}")"
echo "  hello-world runs: ${hello[*]}"
echo "  dockwise runs:    ${dockwise[*]}"

# the first painted frame by pixels, on a display of its own (the screenshots see only the app measured)
Xvfb :95 -screen 0 1280x800x24 >/dev/null 2>&1 &
paint_xvfb=$!
trap 'kill $paint_xvfb ${display_xvfb:-} 2>/dev/null' EXIT
sleep 1
painted() { # command... ; prints "mapped painted" in ms
  DISPLAY=:95 java -cp target/test-classes dev.dockwise.perf.FirstPaint "$@" | awk '{print $2, $4}'
}
painted java -Ddockwise.config.dir="$config" -Dprism.order=sw -jar "$jar" >/dev/null
before=${BEFORE:-}
before_cache=$(mktemp -d)
[ -z "$before" ] || XDG_CACHE_HOME="$before_cache" painted java -Ddockwise.config.dir="$config" -Dprism.order=sw -jar "$before" >/dev/null
hmap=(); hpaint=(); dmap=(); dpaint=(); bpaint=()
for i in $(seq 1 "$runs"); do
  read -r m p < <(painted java -cp "target/dockwise.jar:target/test-classes" -Dprism.order=sw dev.dockwise.perf.HelloFx\$Launcher)
  hmap+=("$m"); hpaint+=("$p")
  read -r m p < <(painted java -Ddockwise.config.dir="$config" -Dprism.order=sw -jar "$jar")
  dmap+=("$m"); dpaint+=("$p")
  if [ -n "$before" ]; then
    read -r m p < <(XDG_CACHE_HOME="$before_cache" painted java -Ddockwise.config.dir="$config" -Dprism.order=sw -jar "$before")
    bpaint+=("$p")
  fi
done
hm=$(printf '%s\n' "${hmap[@]}" | median); hp=$(printf '%s\n' "${hpaint[@]}" | median)
dm=$(printf '%s\n' "${dmap[@]}" | median); dp=$(printf '%s\n' "${dpaint[@]}" | median)
echo "window mapped (pixels), median of $runs: hello-world ${hm} ms, dockwise ${dm} ms, ratio $(awk "BEGIN {printf \"%.2f\", $dm/$hm}")"
echo "first painted frame (pixels), median of $runs: hello-world ${hp} ms, dockwise ${dp} ms, ratio $(awk "BEGIN {printf \"%.2f\", $dp/$hp}")"
echo "  hello-world painted: ${hpaint[*]}"
echo "  dockwise painted:    ${dpaint[*]}"
if [ -n "$before" ]; then
  bp=$(printf '%s\n' "${bpaint[@]}" | median)
  echo "first painted frame (pixels) of BEFORE, same rounds: ${bp} ms, ratio $(awk "BEGIN {printf \"%.2f\", $bp/$hp}")"
  echo "  before painted:     ${bpaint[*]}"
fi

java -cp "target/classes:target/test-classes:$cp" -Dprism.order=sw -Ddockwise.config.dir="$config" dev.dockwise.perf.UiResponsiveness 2>/dev/null
