#!/usr/bin/env bash
# A whole lesson (vpc-network) in Japanese with the mouse and the keyboard only, as a learner
# follows the Lesson panel: each component comes from the palette's filter box (type, Enter: it lands
# in the middle of the canvas, inside what the search box found and centred), the public subnets
# get their box ticked in the Properties panel. After every step the design is saved (Ctrl+S) and
# `kumo lesson check` must report that step done: the step has turned green. The window is a
# workshop laptop's, 1366×768, in the lesson layout. Screenshots of every step go to OUT.
#   tests/ui/lesson-japanese.sh [build/app/kumo] [OUT]
# Needs: xvfb xdotool openbox (screenshots also imagemagick); exits 77 (skipped) without them.
set -euo pipefail
KUMO=$(realpath "${1:-build/app/kumo}")
OUT=$(realpath -m "${2:-/tmp/kumo-ui-lesson}")
SOURCE=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$OUT"
DESIGN="$OUT/vpc-lesson.kumo"
rm -f "$DESIGN"
. "$(dirname "$0")/xsession.sh" 1366x768
HOME_DIR=$(mktemp -d)
HOME=$HOME_DIR KUMO_LANGUAGE=ja "$KUMO" "$SOURCE/resources/lessons/vpc-network.kumo-lesson" >"$OUT/kumo.log" 2>&1 &
APP=$!
UI_PIDS+=($APP)
sleep 4
WIN=$(ui_window "$APP" "$OUT/kumo.log")
xdotool windowmove "$WIN" 0 24
xdotool windowsize "$WIN" 1366 744
sleep 2
shot 00-start

FILTER_X=100; FILTER_Y=114 # the palette's filter box in the lesson layout at 1366×768
CANVAS_X=520; CANVAS_Y=400 # an empty place of the canvas

# find TEXT: the search box (Ctrl+F) selects what matches and centres it
find_component() {
  xdotool mousemove $CANVAS_X $CANVAS_Y click 1; sleep 0.3
  xdotool key ctrl+f; sleep 0.3; xdotool key ctrl+a; xdotool type --delay 30 "$1"; xdotool key Return; sleep 0.8
}
# add KIND: typed into the palette's filter, Enter adds it in the middle of the canvas
add_kind() {
  xdotool mousemove $FILTER_X $FILTER_Y click 1; sleep 0.3
  xdotool key ctrl+a; xdotool type --delay 30 "$1"; sleep 0.3; xdotool key Return; sleep 0.8
  xdotool mousemove $FILTER_X $FILTER_Y click 1; xdotool key ctrl+a BackSpace; sleep 0.3
}
save() {
  xdotool key ctrl+s; sleep 1.5
  if [ ! -e "$DESIGN" ]; then
    xdotool type --delay 20 "$DESIGN"; sleep 0.3; xdotool key Return; sleep 1.5
  fi
}
# expect N: after saving, steps 1..N of the lesson are done
expect_done() {
  save
  local json
  json=$("$KUMO" lesson check vpc-network "$DESIGN" --format json)
  if ! python3 - "$1" "$json" <<'PY'
import json, sys
n = int(sys.argv[1]); report = json.loads(sys.argv[2])
open_steps = [s["id"] + ": " + s.get("why", "") for s in report["steps"][:n] if not s["done"]]
if open_steps:
    print("NOT GREEN after step %d:" % n, *open_steps, sep="\n  ")
    sys.exit(1)
print("step %d green (%d of %d done)" % (n, report["done"], report["total"]))
PY
  then
    shot "fail-step-$1"
    exit 1
  fi
  shot "step-$1"
}
tick_public() { xdotool mousemove 997 609 click 1; sleep 0.6; } # the Properties panel's "public subnet" box

# 1. a region (a new one is Tokyo, ap-northeast-1)
add_kind region;                                               expect_done 1
# 2. a VPC in it (a new one takes 10.0.0.0/16, a private range)
find_component region-1; add_kind vpc;                         expect_done 2
# 3. two availability zones
find_component vpc-1; add_kind availability_zone
find_component vpc-1; add_kind availability_zone;             expect_done 3
# 4. a public subnet in each zone
find_component northeast-1a; add_kind subnet; tick_public
find_component northeast-1b; add_kind subnet; tick_public;     expect_done 4
# 5. a private subnet in each zone
find_component northeast-1a; add_kind subnet
find_component northeast-1b; add_kind subnet;                  expect_done 5
# 6. an internet gateway in the VPC
find_component vpc-1; add_kind internet_gateway;               expect_done 6
# 7. a NAT gateway in a public subnet
find_component subnet-1; add_kind nat_gateway;                 expect_done 7
"$KUMO" lesson check vpc-network "$DESIGN"
echo "every step turned green"
