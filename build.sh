#!/usr/bin/env bash
# Sets up, builds and runs Kumo on Debian 12.
#   ./build.sh run    install what is missing, build, open the editor on the bundled three-tier design
#   ./build.sh test   install what is missing, build, run the whole test suite
#   ./build.sh build  install what is missing and build only
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${KUMO_BUILD_DIR:-build}
PACKAGES=(build-essential cmake pkg-config
          qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          nlohmann-json3-dev libgl-dev fonts-noto-cjk)

install_dependencies() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD_DIR" -j"$(nproc)"
}

case "${1:-}" in
  run)
    install_dependencies
    build
    exec "$BUILD_DIR/app/kumo" resources/templates/three-tier.kumo
    ;;
  test)
    install_dependencies
    build
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)"
    ;;
  build)
    install_dependencies
    build
    ;;
  *)
    echo "usage: $0 run|test|build" >&2
    exit 2
    ;;
esac
