# Sourced by the benchmark scripts: uses $DISPLAY if set, otherwise starts Xvfb on display $1 and
# stops it on exit.
if [ -z "${DISPLAY:-}" ]; then
  Xvfb ":$1" -screen 0 1280x800x24 >/dev/null 2>&1 &
  display_xvfb=$!
  trap 'kill $display_xvfb' EXIT
  export DISPLAY=":$1"
  sleep 1
fi

# Stops a started app and its children (Dockwise's wizard runs in a child JVM, which otherwise outlives
# its parent for a moment) and waits until they are gone, so the next start timed has the processor.
stop_tree() { # pid
  local kids; kids=$(pgrep -P "$1" || true)
  kill "$1" $kids 2>/dev/null; wait "$1" 2>/dev/null || true
  for k in $kids; do while kill -0 "$k" 2>/dev/null; do sleep 0.02; done; done
}
