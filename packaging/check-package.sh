#!/usr/bin/env bash
# Builds the .deb in a configured and built build directory and checks what it holds:
#   packaging/check-package.sh BUILD_DIR
# Exits non-zero, with the reason on stderr, when something is missing or wrong.
set -euo pipefail

app_id=org.ordo.Ordo
fail() { echo "check-package: FAIL: $*" >&2; exit 1; }

build=${1:-}
[ -n "$build" ] || { echo "usage: check-package.sh BUILD_DIR" >&2; exit 2; }
[ -f "$build/CPackConfig.cmake" ] || fail "$build is not a configured Ordo build directory (no CPackConfig.cmake)"
# scripts/debian-packages.txt installs every one of these; setup_packages_complete checks that it does.
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli xmllint; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (./scripts/ordo deps installs it)"
done
cd "$build"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

rm -f ordo_*.deb
if ! cpack -G DEB >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    fail "cpack -G DEB failed in $PWD"
fi
debs=(ordo_*.deb)
[ -f "${debs[0]}" ] || { cat "$tmp/cpack.log" >&2; fail "cpack made no ordo_*.deb in $PWD"; }
deb=${debs[0]}

# --- contents ------------------------------------------------------------------------------
contents=$(dpkg-deb -c "$deb") || fail "dpkg-deb -c cannot read $deb"
has() { awk '{print $NF}' <<<"$contents" | grep -qxF "$1"; }
for file in ./usr/bin/ordo \
            ./usr/share/applications/$app_id.desktop \
            ./usr/share/metainfo/$app_id.metainfo.xml \
            ./usr/share/mime/packages/$app_id.mime.xml \
            ./usr/share/icons/hicolor/scalable/apps/$app_id.svg; do
    has "$file" || fail "$deb lacks $file; it holds:
$contents"
done
grep -E ' \./usr/bin/ordo$' <<<"$contents" | grep -q '^-rwxr-xr-x' \
    || fail "./usr/bin/ordo in $deb is not an executable (mode 0755)"
if grep -q ' \./usr/local/' <<<"$contents"; then
    fail "$deb installs under /usr/local; CPACK_PACKAGING_INSTALL_PREFIX should be /usr"
fi

# --- control fields ------------------------------------------------------------------------
dpkg-deb -I "$deb" >"$tmp/info" || fail "dpkg-deb -I cannot read $deb"
field() { dpkg-deb -f "$deb" "$1"; }
fail_control() { echo "--- dpkg-deb -I $deb:" >&2; cat "$tmp/info" >&2; fail "$@"; }
[ "$(field Package)" = ordo ] || fail_control "Package is '$(field Package)', not ordo"
version=$(field Version)
[ -n "$version" ] || fail_control "$deb has no Version"
depends=$(field Depends)
grep -qE '(^|[ ,])libqt6sql6-sqlite([ ,(]|$)' <<<"$depends" \
    || fail_control "Depends lacks libqt6sql6-sqlite (Qt's SQLite driver is a plugin shlibdeps cannot see): $depends"
grep -q 'libqt6widgets6' <<<"$depends" \
    || fail_control "Depends lacks the Qt libraries, so dpkg-shlibdeps did not run: $depends"
grep -q 'libqt6svg6' <<<"$(field Recommends)" \
    || fail_control "Recommends lacks libqt6svg6 (the SVG icon engine): $(field Recommends)"

# --- the data files themselves -------------------------------------------------------------
dpkg-deb -x "$deb" "$tmp/root"
metainfo=$tmp/root/usr/share/metainfo/$app_id.metainfo.xml
grep -q '@[A-Za-z_]*@' "$metainfo" && fail "the metainfo has unsubstituted @VARIABLES@: $(grep -o '@[A-Za-z_]*@' "$metainfo" | sort -u | tr '\n' ' ')"
grep -qE "<release version=\"$version\" date=\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"" "$metainfo" \
    || fail "the metainfo carries no release $version with a date: $(grep '<release ' "$metainfo")"
grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo's id is not $app_id"

# The validators (desktop-file-utils, appstream, libxml2-utils); errors fail.
desktop-file-validate "$tmp/root/usr/share/applications/$app_id.desktop" >"$tmp/v.log" 2>&1 \
    || { cat "$tmp/v.log" >&2; fail "desktop-file-validate rejects the desktop file"; }
appstreamcli validate --no-net "$metainfo" >"$tmp/v.log" 2>&1 \
    || { cat "$tmp/v.log" >&2; fail "appstreamcli validate rejects the metainfo"; }
for xml in "$tmp/root/usr/share/mime/packages/$app_id.mime.xml" \
           "$tmp/root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    xmllint --noout "$xml" 2>"$tmp/v.log" || { cat "$tmp/v.log" >&2; fail "${xml#"$tmp"/root} is not well-formed XML"; }
done

echo "check-package: OK: $deb ($version) holds /usr/bin/ordo, the desktop file, the metainfo," \
     "the MIME type and the icon; Depends: $depends"
