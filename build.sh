#!/usr/bin/env bash
# Sets up, builds and runs Kumo on Debian 12.
#   ./build.sh run    install what is missing, build, open the editor on the bundled three-tier design
#   ./build.sh test   install what is missing, build, run the whole test suite, build the Debian
#                     package and check it (packaging/check-package.sh); then build again
#                     with clang, AddressSanitizer and UndefinedBehaviorSanitizer in build-asan,
#                     run the test suite there and each fuzzer for a bounded time
#                     (KUMO_SANITIZERS=0 skips that second part, e.g. for a quick local run;
#                     KUMO_FUZZ_SECONDS sets the time per fuzzer, 20 by default)
#   ./build.sh build  install what is missing and build only
set -euo pipefail
cd "$(dirname "$0")"
# ccache (when installed) finds objects compiled in any other checkout of the project
export CCACHE_BASEDIR="$PWD"

BUILD_DIR=${KUMO_BUILD_DIR:-build}
SANITIZER_BUILD_DIR=${KUMO_SANITIZER_BUILD_DIR:-build-asan}
SANITIZERS=${KUMO_SANITIZERS:-1}
PACKAGES=(build-essential cmake pkg-config ccache
          qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          nlohmann-json3-dev libgl-dev fonts-noto-cjk mold
          poppler-utils  # pdftotext: tst_hostilecontent reads exported PDFs back
          desktop-file-utils appstream libxml2-utils shared-mime-info # packaging/check-package.sh
          xvfb xdotool openbox) # tests/ui: real windows under Xvfb
# clang with its sanitizer and libFuzzer runtimes (Debian 12: libclang-rt-14-dev)
SANITIZER_PACKAGES=(clang-14 libclang-rt-14-dev)

install_dependencies() {
  local missing=() wanted=("${PACKAGES[@]}")
  [ "${1:-}" = with-sanitizers ] && wanted+=("${SANITIZER_PACKAGES[@]}")
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Each step says how long it took, so that a slow one is seen (README "Build times").
step() {
  local name=$1 start=$SECONDS; shift
  "$@"
  echo "== $name: $((SECONDS - start)) s"
}

# build [TARGET...]: everything, or only the named targets (run needs only the kumo executable)
build() {
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  local targets=()
  for t in "$@"; do targets+=(--target "$t"); done
  cmake --build "$BUILD_DIR" -j"$(nproc)" "${targets[@]}"
}

# One test more than cores: several tests spend much of their time waiting for a child process
test_jobs() { echo $(( $(nproc) + 1 )); }

# One extra configuration serves the sanitizer run of the tests and the fuzzers.
sanitizer_build() {
  # -O1 and line tables only: enough for the sanitizers' stack traces, and quick to compile
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$SANITIZER_BUILD_DIR" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1 -DNDEBUG -DQT_NO_DEBUG" \
    -DKUMO_SANITIZE=ON -DKUMO_FUZZ=ON >/dev/null
  cmake --build "$SANITIZER_BUILD_DIR" -j"$(nproc)"
}

sanitizer_test() {
  # leaks in Qt's and fontconfig's caches are not ours: tests/sanitizers/lsan.supp names them
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1 \
  LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  QT_QPA_PLATFORM=offscreen ctest --test-dir "$SANITIZER_BUILD_DIR" --output-on-failure -j"$(test_jobs)" --timeout 900
  tests/fuzz/run.sh "$SANITIZER_BUILD_DIR" "${KUMO_FUZZ_SECONDS:-20}"
}

case "${1:-}" in
  run)
    install_dependencies
    step "build kumo" build kumo
    exec "$BUILD_DIR/app/kumo" resources/templates/three-tier.kumo
    ;;
  test)
    if [ "$SANITIZERS" = 1 ]; then install_dependencies with-sanitizers; else install_dependencies; fi
    step build build
    step tests env QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(test_jobs)"
    step "package check" packaging/check-package.sh "$BUILD_DIR"
    if [ "$SANITIZERS" = 1 ]; then
      step "sanitizer build" sanitizer_build
      step "sanitizer tests and fuzzers" sanitizer_test
    fi
    ;;
  build)
    install_dependencies
    step build build
    ;;
  *)
    echo "usage: $0 run|test|build" >&2
    exit 2
    ;;
esac
