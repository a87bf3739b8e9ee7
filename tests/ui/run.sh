#!/usr/bin/env bash
# Runs one real-window test for ctest: tests/ui/run.sh SCRIPT KUMO OUT
# The screenshots stay in OUT (a CI artefact) when the test fails, and are removed when it passes.
# Exit 77 (skipped) comes from the script when Xvfb, xdotool or openbox is missing.
set -uo pipefail
SCRIPT=$1; KUMO=$2; OUT=$3
rm -rf "$OUT"; mkdir -p "$OUT"
bash "$SCRIPT" "$KUMO" "$OUT"
rc=$?
if [ $rc -eq 0 ]; then
  rm -rf "$OUT"
elif [ $rc -ne 77 ]; then
  echo "FAILED: screenshots and the editor's log kept in $OUT"
fi
exit $rc
