#!/usr/bin/env bash
# The fleet planner's cost next to one recommendation, as the issue states its target: whole-process
# wall time of `dockwise plan` over N generated profiles (default 5,000) against one `dockwise
# recommend`, median of interleaved runs, and the ratio; then the peak memory (RSS) of planning
# a larger fleet (default 50,000).
# Usage: src/test/scripts/plan-ratio.sh [runs] [hosts] [big-fleet]   (after mvn package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
hosts=${2:-5000}
big=${3:-50000}
[ -f target/dockwise.jar ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
mvn -q -B test-compile >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "target/test-classes:target/dockwise.jar" dev.dockwise.fleet.FleetGenerator "$hosts" "$work/fleet.jsonl"
head -n 1 "$work/fleet.jsonl" > "$work/one.json"
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# one warm-up of each, so that neither pays for making its class-data archive in the timed runs
java -jar target/dockwise.jar recommend --profile "$work/one.json" >/dev/null
java -jar target/dockwise.jar plan --profiles "$work/fleet.jsonl" --out "$work/warm" >/dev/null 2>&1
one=(); plan=()
for i in $(seq 1 "$runs"); do
  t=$(now); java -jar target/dockwise.jar recommend --profile "$work/one.json" >/dev/null; one+=("$(ms "$t" "$(now)")")
  t=$(now); java -jar target/dockwise.jar plan --profiles "$work/fleet.jsonl" --out "$work/plan-$i" >/dev/null 2>&1; plan+=("$(ms "$t" "$(now)")")
done
o=$(printf '%s\n' "${one[@]}" | median)
p=$(printf '%s\n' "${plan[@]}" | median)
echo "recommend (1 profile): median ${o} ms   [${one[*]}]"
echo "plan (${hosts} profiles): median ${p} ms   [${plan[*]}]"
echo "ratio plan/recommend: $(awk "BEGIN {printf \"%.2f\", $p/$o}")"
if [ "$big" -gt 0 ]; then
  java -cp "target/test-classes:target/dockwise.jar" dev.dockwise.fleet.FleetGenerator "$big" "$work/big.jsonl"
  # plan runs in a child JVM (BatchJvm): the peak is that of the whole process tree, sampled every 50 ms
  java -jar target/dockwise.jar plan --profiles "$work/big.jsonl" --out "$work/big" >/dev/null 2>&1 &
  top=$!
  peak=0
  while kill -0 "$top" 2>/dev/null; do
    kb=0
    for pid in $top $(pgrep -P "$top" || true); do
      rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      kb=$(( kb + ${rss:-0} ))
    done
    [ "$kb" -gt "$peak" ] && peak=$kb
    sleep 0.05
  done
  wait "$top" || true
  echo "plan (${big} profiles): peak RSS of the process tree $(( peak / 1024 )) MB"
fi
