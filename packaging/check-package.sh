#!/usr/bin/env bash
# Builds the Debian package and checks it the way a desktop and a distribution reviewer would:
#   - `cmake --install --prefix DIR` installs the same files as the package;
#   - the package depends on the Qt libraries it links and on its font;
#   - the desktop entry, the AppStream metainfo and the MIME type pass their validators with no
#     warning (desktop-file-validate; appstreamcli validate --no-net --strict --pedantic; xmllint,
#     update-mime-database), and the icon is in the hicolor theme at every size;
#   - the executable from the extracted package runs its command line: --version, templates,
#     a new design exported as SVG, and in Japanese (the translation is compiled in).
# Usage: packaging/check-package.sh [BUILD_DIR]   (after a build of at least the kumo target)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=$(cd "${1:-build}" && pwd)
APP_ID=org.example.kumo # KUMO_APP_ID in packaging/packaging.cmake
ICON_SIZES=(16 22 24 32 48 64 128 256)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "check-package: FAILED: $*" >&2
  exit 1
}
ok() { echo "check-package: ok: $*"; }

# -- the package ------------------------------------------------------------------------------
# (cpack installs through the "preinstall" step, which builds every target first: quick after the
# full build of ./build.sh test)
rm -f "$BUILD_DIR"/kumo_*.deb
(cd "$BUILD_DIR" && cpack -G DEB >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack"; }
debs=("$BUILD_DIR"/kumo_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack wrote no kumo_*.deb"
deb=${debs[0]}
root=$work/root
dpkg-deb -x "$deb" "$root"
ok "$(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# -- cmake --install installs the same tree -----------------------------------------------------
cmake --install "$BUILD_DIR" --prefix "$work/prefix" >/dev/null
(cd "$root/usr" && find . -type f -o -type l | sort) >"$work/package.txt"
(cd "$work/prefix" && find . -type f -o -type l | sort) >"$work/install.txt"
diff -u "$work/package.txt" "$work/install.txt" || fail "the package and cmake --install differ (above: - package, + install)"
ok "cmake --install installs the package's $(wc -l <"$work/package.txt") files"

# -- what the package needs ---------------------------------------------------------------------
depends=$(dpkg-deb -f "$deb" Depends)
for p in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 fonts-noto-cjk; do
  [[ ", $depends," == *", $p "* || ", $depends," == *", $p,"* ]] || fail "Depends lacks $p: $depends"
done
ok "Depends: $depends"

# -- the desktop entry --------------------------------------------------------------------------
desktop=$root/usr/share/applications/$APP_ID.desktop
[ -f "$desktop" ] || fail "no desktop entry usr/share/applications/$APP_ID.desktop"
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate: $out"
grep -qx 'MimeType=application/x-kumo-design;' "$desktop" || fail "the desktop entry does not handle .kumo files"
grep -qx 'Exec=kumo %f' "$desktop" || fail "the desktop entry does not start kumo with the file"
grep -qx 'Icon=kumo' "$desktop" || fail "the desktop entry's icon is not kumo"
grep -q '^Comment\[ja\]=' "$desktop" || fail "the desktop entry has no Japanese comment"
ok "desktop-file-validate: no errors, warnings or hints"

# -- the AppStream metainfo ---------------------------------------------------------------------
metainfo=$root/usr/share/metainfo/$APP_ID.metainfo.xml
[ -f "$metainfo" ] || fail "no usr/share/metainfo/$APP_ID.metainfo.xml"
out=$(appstreamcli validate --no-net --strict --pedantic "$metainfo" 2>&1) || fail "appstreamcli validate: $out"
# --strict fails on errors, warnings and infos; pedantic hints are only listed: none is allowed either
if grep -qE '^[EWIP]: ' <<<"$out"; then fail "appstreamcli validate: $out"; fi
grep -q '<launchable type="desktop-id">'"$APP_ID"'.desktop</launchable>' "$metainfo" || fail "metainfo: launchable"
grep -q '<binary>kumo</binary>' "$metainfo" || fail "metainfo: provides no binary"
grep -q '<mediatype>application/x-kumo-design</mediatype>' "$metainfo" || fail "metainfo: provides no media type"
# the whole tree as a software centre reads it: the metainfo with the desktop entry it launches
out=$(appstreamcli validate-tree --no-net --strict --pedantic "$root" 2>&1) || fail "appstreamcli validate-tree: $out"
if grep -qE '^[EWIP]: ' <<<"$out"; then fail "appstreamcli validate-tree: $out"; fi
version=$("$root/usr/bin/kumo" --version | awk '{print $2}')
grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo: no release $version"
ok "appstreamcli validate and validate-tree --no-net --strict --pedantic: $(tail -n1 <<<"$out")"

# -- the MIME type ------------------------------------------------------------------------------
mime=$root/usr/share/mime/packages/kumo.xml
[ -f "$mime" ] || fail "no usr/share/mime/packages/kumo.xml"
xmllint --noout "$mime" || fail "xmllint $mime"
# shared-mime-info reads it as a desktop would: *.kumo is a Kumo design
mkdir -p "$work/mime/packages"
cp "$mime" "$work/mime/packages/"
out=$(XDG_DATA_HOME="$work" XDG_DATA_DIRS="$work" update-mime-database "$work/mime" 2>&1) || fail "update-mime-database: $out"
[ -z "$out" ] || fail "update-mime-database: $out"
grep -q 'application/x-kumo-design:\*\.kumo' "$work/mime/globs2" || fail "update-mime-database: no *.kumo glob"
ok "xmllint and update-mime-database: *.kumo is application/x-kumo-design"

# -- the icon in the hicolor theme --------------------------------------------------------------
[ -f "$root/usr/share/icons/hicolor/scalable/apps/kumo.svg" ] || fail "no scalable icon"
xmllint --noout "$root/usr/share/icons/hicolor/scalable/apps/kumo.svg" || fail "the scalable icon is not XML"
for size in "${ICON_SIZES[@]}"; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/kumo.png
  [ -f "$png" ] || fail "no ${size}x${size} icon"
  # the PNG signature, then IHDR's width and height (big-endian)
  [ "$(od -An -tx1 -N8 "$png" | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$png is not a PNG"
  read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
  width=$(((w1 << 24) | (w2 << 16) | (w3 << 8) | w4))
  height=$(((h1 << 24) | (h2 << 16) | (h3 << 8) | h4))
  [ "$width" = "$size" ] && [ "$height" = "$size" ] || fail "the ${size}x${size} icon is ${width}x${height}"
done
ok "icons: scalable and ${ICON_SIZES[*]}"

# -- the installed command line -----------------------------------------------------------------
kumo() { XDG_RUNTIME_DIR="$work" env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/kumo" "$@"; }
[ "$(kumo --version)" = "kumo $version" ] || fail "kumo --version"
kumo templates | grep -q '^web-server' || fail "kumo templates lists no web-server"
kumo new --template web-server -o "$work/web.kumo" || fail "kumo new"
kumo export svg "$work/web.kumo" -o "$work/web.svg" --lang en || fail "kumo export svg"
grep -q '<svg' "$work/web.svg" && grep -q '>Internet gateway<' "$work/web.svg" || fail "the SVG has no English kind name"
kumo export svg "$work/web.kumo" -o "$work/web-ja.svg" --lang ja || fail "kumo export svg --lang ja"
# the kind name of the internet, and the subtitle of the public subnet
grep -q '>インターネット<' "$work/web-ja.svg" && grep -q '>(パブリック)<' "$work/web-ja.svg" \
  || fail "the SVG exported with --lang ja has no Japanese kind name"
ok "the packaged kumo: --version, templates, new, export svg (English and Japanese)"
echo "check-package: all checks passed"
