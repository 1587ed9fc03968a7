#!/usr/bin/env bash
# Builds the .deb in a build directory and checks what it holds.
#   packaging/check-package.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: check-package.sh BUILD_DIR}
cd "$build"
rm -f ordo_*.deb
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log; exit 1; }
deb=$(ls ordo_*.deb | head -n 1)
contents=$(dpkg-deb -c "$deb")
fail() { echo "check-package: $*" >&2; exit 1; }
for file in ./usr/bin/ordo \
            ./usr/share/applications/org.ordo.Ordo.desktop \
            ./usr/share/metainfo/org.ordo.Ordo.metainfo.xml \
            ./usr/share/mime/packages/org.ordo.Ordo.mime.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.ordo.Ordo.svg; do
    grep -q " $file\$" <<<"$contents" || fail "$deb lacks $file"
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q libqt6sql6-sqlite <<<"$depends" || fail "Depends lacks libqt6sql6-sqlite: $depends"
grep -q libqt6widgets6 <<<"$depends" || fail "Depends lacks the Qt libraries (shlibdeps): $depends"
tmp=$(mktemp -d)
dpkg-deb -x "$deb" "$tmp"
version=$(dpkg-deb -f "$deb" Version)
grep -q "release version=\"$version\"" "$tmp/usr/share/metainfo/org.ordo.Ordo.metainfo.xml" \
    || fail "the metainfo does not carry version $version"
rm -rf "$tmp"
echo "check-package: $deb holds ordo, its desktop file, metainfo $version, MIME type and icon"
