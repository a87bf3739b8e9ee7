#!/usr/bin/env bash
# Runs every libFuzzer target for a bounded time with a seed corpus from the test data.
#   tests/fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET]
# BUILD_DIR is configured with clang, -DKUMO_FUZZ=ON -DKUMO_SANITIZE=ON (build.sh does it).
# A crash, a broken promise or a hang fails the run and leaves the input in BUILD_DIR/fuzz-findings;
# keep it as a regression test in tests/data/crashes (a design as NAME.kumo, a Terraform state or plan
# as NAME.tfstate, a usage file as NAME.usage.json, a configuration file as NAME.tf; a CIDR as a row
# of tst_cidr).
set -uo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${1:?usage: tests/fuzz/run.sh BUILD_DIR [SECONDS]}
SECONDS_PER_TARGET=${2:-45}
FINDINGS="$BUILD_DIR/fuzz-findings"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$FINDINGS"

# seeds: every design the tests and templates hold, a list of CIDR texts, the Terraform states
# and plans of the import tests, usage files; every input that once crashed a target
mkdir -p "$WORK/designs" "$WORK/cidrs" "$WORK/lessons" "$WORK/terraform" "$WORK/usage" "$WORK/hcl"
find tests/data resources/templates -name '*.kumo' -exec cp -t "$WORK/designs" {} +
find tests/data resources/lessons -name '*.kumo-lesson' -exec cp -t "$WORK/lessons" {} +
cp -t "$WORK/terraform" tests/data/import/*.tfstate tests/data/import/*.json
find tests/data/crashes -name '*.tfstate' -exec cp -t "$WORK/terraform" {} +
cp -t "$WORK/usage" tests/fuzz/usage-seeds/*.json tests/data/cost/*.json
find tests/data/crashes -name '*.usage.json' -exec cp -t "$WORK/usage" {} +
# configuration files: each .tf of the test configurations, under a name unique to its path
find tests/data/hcl tests/data/crashes -name '*.tf' -o -name '*.tf.json' -o -name '*.tfvars' | while IFS= read -r f; do
  cp "$f" "$WORK/hcl/$(printf '%s' "$f" | tr '/' '_')"
done
n=0
while IFS= read -r line; do
  printf '%s' "$line" > "$WORK/cidrs/seed$((n++))"
done < tests/fuzz/cidr-seeds.txt

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# the targets run side by side, one per core (KUMO_FUZZ_JOBS), each for SECONDS_PER_TARGET
JOBS=${KUMO_FUZZ_JOBS:-$(nproc)}
run_one() {
  local target=$1 corpus=$2; shift 2
  if ! "$BUILD_DIR/tests/fuzz/$target" -max_total_time="$SECONDS_PER_TARGET" -timeout=30 -rss_limit_mb=2560 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$FINDINGS/$target-" "$@" "$corpus" \
        >"$WORK/$target.log" 2>&1; then
    { echo "== $target: ${SECONDS_PER_TARGET}s: FAILED"; tail -n 60 "$WORK/$target.log"; } >"$WORK/$target.report"
    touch "$WORK/$target.failed"
  else
    { echo "== $target: ${SECONDS_PER_TARGET}s"
      grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^Done' "$WORK/$target.log" || tail -n 3 "$WORK/$target.log"
    } >"$WORK/$target.report"
  fi
}
targets=()
run() {
  while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
  targets+=("$1")
  run_one "$@" &
}
run fuzz_designloader "$WORK/designs" -dict=tests/fuzz/design.dict
run fuzz_cidr "$WORK/cidrs"
run fuzz_lessonloader "$WORK/lessons"
run fuzz_pipeline "$WORK/designs" -dict=tests/fuzz/design.dict
run fuzz_terraformimport "$WORK/terraform" -dict=tests/fuzz/terraform.dict
run fuzz_usagefile "$WORK/usage"
run fuzz_merge "$WORK/designs" -dict=tests/fuzz/design.dict
run fuzz_hcl "$WORK/hcl" -dict=tests/fuzz/hcl.dict

wait
failed=()
for t in "${targets[@]}"; do
  cat "$WORK/$t.report"
  [ -e "$WORK/$t.failed" ] && failed+=("$t")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}; inputs in $FINDINGS" >&2
  ls -l "$FINDINGS" >&2
  exit 1
fi
echo "fuzzing: no crash, hang or broken promise"
