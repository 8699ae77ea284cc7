#!/usr/bin/env bash
# Regenerates app-files/dockwise.classlist, the classes the wizard loads up to its main window, from
# the built app image (mvn -Pinstaller -DskipTests package) started under Xvfb. Run it after changes
# that alter start-up; a stale list still works (missing classes load from the jars as usual).
set -euo pipefail
cd "$(dirname "$0")/../.."
image=target/installer/Dockwise
[ -x "$image/bin/Dockwise" ] || { echo "build first: mvn -Pinstaller -DskipTests package" >&2; exit 2; }
work=$(mktemp -d)
Xvfb :95 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
DISPLAY=:95 XDG_CONFIG_HOME="$work" \
  JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$work/classlist -Ddockwise.startupProbe=$work/probe" \
  "$image/bin/Dockwise" >/dev/null 2>&1 &
app=$!
for _ in $(seq 1 600); do [ -s "$work/probe" ] && break; sleep 0.05; done
[ -s "$work/probe" ] || { kill "$app"; echo "the wizard did not show a frame" >&2; exit 1; }
sleep 3   # the main window, made once the first frame is painted (about 1.5 s later on 2 cores), and its first interactions
kill "$app"; wait "$app" 2>/dev/null || true
cp "$work/classlist" installer/linux/app-files/dockwise.classlist
echo "installer/linux/app-files/dockwise.classlist: $(grep -vc '^[#@]' installer/linux/app-files/dockwise.classlist) classes"
