# Sourced by the benchmark scripts: uses $DISPLAY if set, otherwise starts Xvfb on display $1 and
# stops it on exit.
if [ -z "${DISPLAY:-}" ]; then
  Xvfb ":$1" -screen 0 1280x800x24 >/dev/null 2>&1 &
  display_xvfb=$!
  trap 'kill $display_xvfb' EXIT
  export DISPLAY=":$1"
  sleep 1
fi
