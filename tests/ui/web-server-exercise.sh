#!/usr/bin/env bash
# Builds the seed documents' first exercise (region, VPC, availability zone, public subnet, EC2,
# security group, internet gateway, Elastic IP) from an empty canvas with the mouse only, in
# Japanese, as a workshop newcomer would; saves it and checks that every component lies inside
# its container with no sibling overlaps. Screenshots of every step go to OUT (default /tmp/kumo-ui).
#   tests/ui/web-server-exercise.sh [build/app/kumo] [OUT]
# Needs: xvfb xdotool openbox (screenshots also imagemagick); exits 77 (skipped) without them.
set -euo pipefail
KUMO=$(realpath "${1:-build/app/kumo}")
OUT=${2:-/tmp/kumo-ui}
mkdir -p "$OUT"
rm -f "$OUT/exercise.kumo"
. "$(dirname "$0")/xsession.sh" 1600x1000
HOME_DIR=$(mktemp -d)
HOME=$HOME_DIR KUMO_LANGUAGE=ja "$KUMO" >"$OUT/kumo.log" 2>&1 &
APP=$!
UI_PIDS+=($APP)
sleep 4
WIN=$(ui_window "$APP" "$OUT/kumo.log")
xdotool windowmove "$WIN" 0 0
xdotool windowsize "$WIN" 1600 1000
sleep 1


# drag from the palette entry at (x1, y1) to the canvas point (x2, y2) in small steps
drag() {
  xdotool mousemove "$1" "$2"; sleep 0.3; xdotool mousedown 1; sleep 0.3
  xdotool mousemove $(($1 + 5)) $(($2 + 5)); sleep 0.2
  xdotool mousemove $(($1 + 15)) $(($2 + 10)); sleep 0.2
  for i in 1 2 3 4 5 6 7 8 9 10; do
    xdotool mousemove $(($1 + ($3 - $1) * i / 10)) $(($2 + ($4 - $2) * i / 10)); sleep 0.12
  done
  sleep 0.3; xdotool mouseup 1; sleep 0.8
}

# the palette rows (window at 0,0, 1600x1000, default docks)
palette_row() { # index of the kind in the palette's Network/Compute groups
  echo $((158 + 26 * $1))
}
PX=160
REGION=$(palette_row 0); VPC=$(palette_row 1); AZ=$(palette_row 2); SUBNET=$(palette_row 3)
IGW=$(palette_row 4); SG=$(palette_row 6); EIP=$(palette_row 7); EC2=$(( $(palette_row 8) + 14 ))

CX=720; CY=420 # the middle of the canvas
shot 00-empty
drag $PX $REGION $CX $((CY - 200)); shot 01-region
drag $PX $VPC $CX $((CY - 150)); shot 02-vpc
drag $PX $AZ $CX $((CY - 100)); shot 03-az
drag $PX $SUBNET $CX $((CY - 50)); shot 04-subnet
drag $PX $EC2 $CX $CY; shot 05-ec2
drag $PX $EIP $((CX + 120)) $CY; shot 06-eip
drag $PX $SG $((CX - 240)) $((CY + 60)); shot 07-sg
drag $PX $IGW $((CX - 240)) $((CY + 60)); shot 08-igw
# a refused drop: a subnet straight onto the region
drag $PX $SUBNET $((CX - 300)) $((CY - 190)); shot 09-refused

# save: focus the canvas (a click on empty space), Ctrl+S, type the path into the dialog
sleep 4 # the refusal note fades
xdotool mousemove 1080 600 click 1; sleep 0.5
xdotool key ctrl+s; sleep 2.5
shot 10-save-dialog
xdotool type --delay 20 "$OUT/exercise.kumo"; sleep 0.3; xdotool key Return; sleep 1.5
shot 11-saved

python3 - "$OUT/exercise.kumo" <<'PY'
import json, sys
design = json.load(open(sys.argv[1], encoding="utf-8"))
comps = {c["id"]: c for c in design["components"]}
kinds = sorted(c["kind"] for c in comps.values())
expected = sorted(["region", "vpc", "availability_zone", "subnet", "ec2_instance", "elastic_ip", "security_group", "internet_gateway"])
problems = []
if kinds != expected:
    problems.append("components: %s, expected %s" % (kinds, expected))
for c in comps.values():
    g = c.get("geometry")
    p = comps.get(c.get("parent", ""))
    if g and p and p.get("geometry"):
        pg = p["geometry"]
        if g["x"] < 0 or g["y"] < 34 or g["x"] + g["w"] > pg["w"] or g["y"] + g["h"] > pg["h"]:
            problems.append("%s spills out of %s" % (c["id"], p["id"]))
for a in comps.values():
    for b in comps.values():
        if a["id"] < b["id"] and a.get("parent") == b.get("parent") and a.get("geometry") and b.get("geometry"):
            ga, gb = a["geometry"], b["geometry"]
            if ga["x"] < gb["x"] + gb["w"] and gb["x"] < ga["x"] + ga["w"] and ga["y"] < gb["y"] + gb["h"] and gb["y"] < ga["y"] + ga["h"]:
                problems.append("%s overlaps %s" % (a["id"], b["id"]))
for p in problems:
    print("PROBLEM:", p)
print("%d components, %d problems" % (len(comps), len(problems)))
sys.exit(1 if problems else 0)
PY
