#!/usr/bin/env bash
# Time to the wizard's first frame, side by side, under a real X display (Xvfb):
#   java -jar target/dockwise.jar         (the system JDK, its default CDS archive)
#   target/installer/Dockwise/bin/Dockwise (the jpackage launcher, jlinked runtime, app CDS archive)
#   the same launcher with -Xshare:off     (what the CDS archive is worth)
# Wall time is from spawning the process to the first painted frame (StartupProbe), so the native
# launcher's own work counts too. Runs are interleaved so that machine noise hits all three alike.
# Usage: src/test/scripts/installer-startup.sh [runs]   (after mvn -Pinstaller -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-9}
launcher=${LAUNCHER:-target/installer/Dockwise/bin/Dockwise}
[ -x "$launcher" ] || { echo "build first: mvn -Pinstaller -DskipTests package" >&2; exit 2; }

. src/test/scripts/display.sh 96

probe=$(mktemp)
config=$(mktemp -d)
first_frame() { # extra-java-options command... ; prints wall ms
  local options=$1; shift
  rm -f "$probe"
  local start; start=$(date +%s%N)
  XDG_CONFIG_HOME="$config" JAVA_TOOL_OPTIONS="-Ddockwise.startupProbe=$probe $options" "$@" >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 1 1500); do [ -s "$probe" ] && break; sleep 0.01; done
  local end; end=$(date +%s%N)
  stop_tree "$pid"
  if [ -s "$probe" ]; then echo $(( (end - start) / 1000000 )); else echo 99999; fi
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# one untimed start of the jar: under java -jar Dockwise makes its class-data archive on its first start
first_frame "" java -jar target/dockwise.jar >/dev/null
[ -d target/test-classes/dev/dockwise/perf ] || mvn -q -B test-compile >/dev/null
hello=(); jar=(); app=(); nocds=()
for _ in $(seq 1 "$runs"); do
  hello+=("$(first_frame "" java -cp "target/dockwise.jar:target/test-classes" dev.dockwise.perf.HelloFx\$Launcher)")
  jar+=("$(first_frame "" java -jar target/dockwise.jar)")
  app+=("$(first_frame "" "$launcher")")
  nocds+=("$(first_frame "-Xshare:off" "$launcher")")
done
h=$(printf '%s\n' "${hello[@]}" | median)
j=$(printf '%s\n' "${jar[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
n=$(printf '%s\n' "${nocds[@]}" | median)
ratio() { awk "BEGIN {printf \"%.2fx\", $1/$h}"; }
echo "first frame, wall ms, median of $runs runs (ratio to a hello-world JavaFX window):"
echo "  hello-world JavaFX (java -cp)      $h   (${hello[*]})"
echo "  java -jar target/dockwise.jar      $j $(ratio "$j")  (${jar[*]})"
echo "  app launcher, app CDS archive      $a $(ratio "$a")  (${app[*]})"
echo "  app launcher, -Xshare:off          $n   (${nocds[*]})"
echo "sizes: app image $(du -sh target/installer/Dockwise | cut -f1), runtime $(du -sh target/installer/Dockwise/lib/runtime | cut -f1)," \
     "package $(ls -s --block-size=M target/installer/*.deb 2>/dev/null | awk '{print $1}' | head -1)"

# The command line: whole-process time of one recommendation, jar vs the dockwise launcher.
profile=$(mktemp)
python3 -c 'import json,sys; json.dump(json.load(open(sys.argv[1]))["profile"], open(sys.argv[2], "w"))' \
  src/test/resources/scenarios/win11-pro-linux-dev.json "$profile"
cli() { local start end; start=$(date +%s%N); "$@" recommend --profile "$profile" >/dev/null; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
cj=(); ca=()
for _ in $(seq 1 "$runs"); do
  cj+=("$(cli java -jar target/dockwise.jar)")
  ca+=("$(cli target/installer/Dockwise/bin/dockwise)")
done
echo "dockwise recommend, wall ms, median: java -jar $(printf '%s\n' "${cj[@]}" | median), launcher $(printf '%s\n' "${ca[@]}" | median)"
