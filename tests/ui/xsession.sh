# Sourced by the scripts in tests/ui: a real X display for a real window.
# Starts Xvfb on a free display of WIDTHxHEIGHT (default 1600x1000) and openbox on it, and stops
# both on exit. Exits 77 (ctest: skipped) when Xvfb, xdotool or openbox is missing.
#   . tests/ui/xsession.sh 1366x768
for tool in Xvfb xdotool openbox; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (apt-get install xvfb xdotool openbox)"
    exit 77
  fi
done
UI_SCREEN=${1:-1600x1000}
UI_PIDS=()
ui_stop() { for p in "${UI_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap ui_stop EXIT
# Xvfb chooses a free display itself and writes its number once it listens (-displayfd), so that
# several of these tests can run at once without taking the same display
UI_DISPLAY_FILE=$(mktemp)
Xvfb -displayfd 3 -screen 0 "${UI_SCREEN}x24" -nolisten tcp 3>"$UI_DISPLAY_FILE" >/dev/null 2>&1 &
UI_PIDS+=($!)
for _ in $(seq 1 100); do grep -q '^[0-9][0-9]*$' "$UI_DISPLAY_FILE" && break; sleep 0.1; done
UI_DISPLAY=:$(head -1 "$UI_DISPLAY_FILE")
rm -f "$UI_DISPLAY_FILE"
if [ "$UI_DISPLAY" = : ]; then
  echo "FAILED: Xvfb did not start"
  exit 1
fi
export DISPLAY=$UI_DISPLAY
for _ in $(seq 1 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done
openbox >/dev/null 2>&1 &
UI_PIDS+=($!)
sleep 0.5
# the application draws on this display, whatever the test run asked of other tests
export QT_QPA_PLATFORM=xcb
# Under AddressSanitizer: libxkbcommon-x11 (not Kumo) reads keymap names with strndup past their
# end, which strict string checks report; the rest of the checks stay on
[ -n "${ASAN_OPTIONS:-}" ] && export ASAN_OPTIONS="$ASAN_OPTIONS:strict_string_checks=0"
# ui_window PID LOG: the editor's window id, once it shows; if the editor ends first, its log and exit 1
ui_window() {
  local id
  for _ in $(seq 1 600); do
    id=$(xdotool search --onlyvisible --name Kumo 2>/dev/null | head -1)
    [ -n "$id" ] && { echo "$id"; return 0; }
    if ! kill -0 "$1" 2>/dev/null; then
      echo "FAILED: the editor ended before its window showed; its log:" >&2
      cat "$2" >&2
      exit 1
    fi
    sleep 0.2
  done
  echo "FAILED: no window after two minutes" >&2
  exit 1
}
# a screenshot of the whole screen (nothing when ImageMagick's import is missing)
shot() { command -v import >/dev/null 2>&1 && import -window root "$OUT/$1.png" || true; }
