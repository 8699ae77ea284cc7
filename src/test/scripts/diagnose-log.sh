#!/usr/bin/env bash
# What `dockwise diagnose --log` costs on the largest logs it reads (16 MB, the documented limit):
# wall time and peak memory (RSS) of the whole process, in a 512 MB heap, for three logs made here:
# 8 million one-character lines, 300,000 distinct log lines, and a Docker Desktop style log with the
# error at its end. Median of the runs.
# Usage: src/test/scripts/diagnose-log.sh [runs] [jar]   (after mvn package; needs GNU time)
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-3}
jar=${2:-target/dockwise.jar}
[ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import sys, random
w = sys.argv[1]
open(f"{w}/one-char-lines.log", "w").write("a\n" * (8 * 1024 * 1024))
random.seed(5)
with open(f"{w}/distinct-lines.log", "w") as f:
    n = 0
    while f.tell() < 16 * 1024 * 1024:
        f.write(f"2026-12-05T10:{n // 3600 % 60:02d}:{n % 60:02d}.{n % 1000:03d}Z [backend] info polling engine state {random.getrandbits(48):x} ok\n")
        n += 1
with open(f"{w}/desktop.log", "w") as f:
    while f.tell() < 16 * 1024 * 1024 - 4096:
        f.write("[2026-12-05T10:22:31.512Z][com.docker.backend.exe][I] proxy >> GET /forwards/list\n")
    f.write("[2026-12-05T10:22:32.001Z][com.docker.backend.exe][E] starting engine: WSL 2 requires an update to its kernel component. "
            "For information please visit https://aka.ms/wsl2kernel\n")
PY
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-22s %10s %12s\n' log "wall (s)" "peak RSS (MB)"
for log in one-char-lines distinct-lines desktop; do
  : > "$work/times"
  for _ in $(seq 1 "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/t" java -Xmx512m -jar "$jar" diagnose --log "$work/$log.log" > /dev/null
    cat "$work/t" >> "$work/times"
  done
  wall=$(cut -d' ' -f1 "$work/times" | median)
  rss=$(cut -d' ' -f2 "$work/times" | median)
  printf '%-22s %10s %12d\n' "$log" "$wall" $((rss / 1024))
done
