#!/usr/bin/env bash
# Whole-process time of `dockwise plan` over a generated fleet of 10,000 profiles (4% invalid):
# wall, user and system seconds per run, into a fresh folder on disk and, to separate the disk's
# share, into tmpfs (/dev/shm) when there is one.
# Usage: src/test/scripts/plan-benchmark.sh [runs] [hosts]   (after mvn package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-3}
hosts=${2:-10000}
[ -f target/dockwise.jar ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
mvn -q -B test-compile >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work" /dev/shm/dockwise-plan-bench-*' EXIT
java -cp "target/test-classes:target/dockwise.jar" dev.dockwise.fleet.FleetGenerator "$hosts" "$work/fleet.jsonl"

TIMEFORMAT='%R %U %S'
run() { # out-dir ; prints "wall user sys"
  { time java -jar target/dockwise.jar plan --profiles "$work/fleet.jsonl" --out "$1" >/dev/null 2>&1; } 2>&1
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for target in disk tmpfs; do
  if [ "$target" = tmpfs ] && [ ! -d /dev/shm ]; then continue; fi
  walls=()
  for i in $(seq 1 "$runs"); do
    out=$([ "$target" = disk ] && echo "$work/plan-$i" || echo "/dev/shm/dockwise-plan-bench-$i")
    read -r wall user sys < <(run "$out")
    echo "$target run $i: ${wall} s wall, ${user} s user, ${sys} s system"
    walls+=("$wall")
  done
  echo "$target: median ${hosts} hosts planned in $(printf '%s\n' "${walls[@]}" | median) s whole-process"
done
du -sh "$work/plan-1" | awk '{print "output per run: " $1}'
