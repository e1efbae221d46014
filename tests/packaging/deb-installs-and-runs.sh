#!/usr/bin/env bash
# Builds the .deb with CPack from the build folder, installs it with apt-get (so its Depends are
# checked against the system), checks what it put where and that the installed binary runs, then
# removes it. Needs root; skips (77) without it or when a proxydeck package is already installed,
# so a developer's own installation is never replaced by a test.
#   deb-installs-and-runs.sh <build dir> <expected version>
set -euo pipefail
build_dir=$1 version=$2

if [[ $(id -u) -ne 0 ]]; then
    echo "SKIP: installing a .deb needs root"
    exit 77
fi
if dpkg-query -W -f='${Status}' proxydeck 2>/dev/null | grep -q "install ok installed"; then
    echo "SKIP: a proxydeck package is already installed; not replacing it"
    exit 77
fi

work=$(mktemp -d)
trap 'dpkg -r proxydeck >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
(cd "$build_dir" && cpack -G DEB -B "$work" >"$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/proxydeck_*.deb)
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"
dpkg-deb --field "$deb" Package Version Depends

# What the package holds, against what a desktop expects.
listing=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in ./usr/bin/proxydeck \
            ./usr/share/applications/org.proxydeck.ProxyDeck.desktop \
            ./usr/share/metainfo/org.proxydeck.ProxyDeck.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/proxydeck.svg \
            ./usr/share/icons/hicolor/48x48/apps/proxydeck.png \
            ./usr/share/icons/hicolor/256x256/apps/proxydeck.png; do
    grep -qxF "$path" <<<"$listing" || { echo "FAIL: the package lacks $path"; exit 1; }
done

DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; exit 1; }
out=$(/usr/bin/proxydeck --version)
echo "installed: $out"
[[ $out == *"$version"* ]] || { echo "FAIL: '/usr/bin/proxydeck --version' says '$out', expected $version"; exit 1; }
desktop-file-validate /usr/share/applications/org.proxydeck.ProxyDeck.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.proxydeck.ProxyDeck.metainfo.xml >/dev/null
dpkg -r proxydeck >/dev/null
[[ ! -e /usr/bin/proxydeck ]] || { echo "FAIL: dpkg -r left /usr/bin/proxydeck behind"; exit 1; }
echo "PASS: installs, runs and uninstalls"
