#!/usr/bin/env bash
# Builds the .deb (build/onramp_VERSION_ARCH.deb) with CPack from build/ (the one scripts/test.sh builds), after
# validating the desktop entry and the AppStream metainfo and installing into a user prefix without root; then
# inspects it (dpkg-deb, every Depends known to Debian 12's archive, lintian). With --check-install (CI) it also
# installs the .deb with apt, runs what it installed (`onrampctl --version`, its help and man page, the GUI for a
# few seconds offscreen) and purges it again.
set -euo pipefail
cd "$(dirname "$0")/.."
check_install=0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
[ "${1:-}" = "--check-install" ] && check_install=1
bash scripts/setup-debian.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 >/dev/null

desktop-file-validate resources/io.onramp.Onramp.desktop
appstreamcli validate --no-net resources/io.onramp.Onramp.metainfo.xml

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# `cmake --install --prefix ~/.local` as a user would: everything lands under the prefix.
cmake --install build --prefix "$work/prefix" >/dev/null
expected=(bin/onramp bin/onrampctl share/applications/io.onramp.Onramp.desktop
    share/metainfo/io.onramp.Onramp.metainfo.xml share/icons/hicolor/scalable/apps/onramp.svg
    share/icons/hicolor/48x48/apps/onramp.png share/icons/hicolor/256x256/apps/onramp.png
    share/man/man1/onrampctl.1.gz share/man/man1/onramp.1.gz share/bash-completion/completions/onrampctl
    share/zsh/vendor-completions/_onrampctl share/doc/onramp/copyright)
for f in "${expected[@]}"; do
    [ -f "$work/prefix/$f" ] || { echo "package.sh: cmake --install did not install $f" >&2; exit 1; }
done
if [ -n "$(find "$work/prefix" -name 'tst_*' -o -name 'onramp-screenshots' -o -name 'bench_*')" ]; then
    echo "package.sh: a test, benchmark or developer tool was installed" >&2
    exit 1
fi

rm -f build/onramp_*.deb
(cd build && cpack -G DEB >/dev/null)
deb=$(ls build/onramp_*.deb)
dpkg-deb -I "$deb"
dpkg-deb -c "$deb" | awk '{ print $6 }' >"$work/contents"
cat "$work/contents"
for f in "${expected[@]}"; do
    grep -qx "./usr/$f" "$work/contents" || { echo "package.sh: $deb lacks /usr/$f" >&2; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for p in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1 libssl3 libqt6sql6-sqlite \
    qt6-qpa-plugins; do
    grep -qE "(^|, )$p( |,|$)" <<<"$depends" || { echo "package.sh: Depends lacks $p: $depends" >&2; exit 1; }
done

# Every package it depends on is one Debian 12's archive has, so that apt resolves it on a clean system.
apt-cache show libqt6core6 >/dev/null 2>&1 || $sudo apt-get update -qq
for p in $(tr ',' '\n' <<<"$depends" | sed -E 's/\(.*\)//; s/\|.*//; s/ //g'); do
    apt-cache show "$p" >/dev/null 2>&1 || { echo "package.sh: Depends names $p, which apt does not know" >&2; exit 1; }
done

# Lintian: every warning fixed except those listed in scripts/lintian-suppressed, each with its reason.
lintian --fail-on error,warning --suppress-tags-from-file scripts/lintian-suppressed "$deb"

if [ "$check_install" -eq 0 ]; then
    echo "package.sh: $deb built and checked; install it with: sudo apt-get install ./$deb"
    exit 0
fi

# Installed as a user installs it, then run from /usr/bin.
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -qq "./$deb" >/dev/null
trap '$sudo apt-get purge -y -qq onramp >/dev/null; rm -rf "$work"' EXIT
[ "$(/usr/bin/onrampctl --version)" = "onrampctl $(dpkg-deb -f "$deb" Version | cut -d- -f1)" ] ||
    { echo "package.sh: the installed onrampctl --version does not match the package" >&2; exit 1; }
grep -q -- '--role-arn' <<<"$(/usr/bin/onrampctl verify --help)" ||
    { echo "package.sh: the installed onrampctl has no help for verify" >&2; exit 1; }
grep -q 'org verify' <<<"$(man -P cat onrampctl 2>/dev/null)" ||
    { echo "package.sh: man onrampctl does not show the installed page" >&2; exit 1; }
# The GUI stays up until killed (exit 124), with a throwaway home and keyring; an early exit is a failure.
status=0
QT_QPA_PLATFORM=offscreen \
    bash scripts/with-keyring.sh timeout 5 /usr/bin/onramp >"$work/gui.log" 2>&1 || status=$?
if [ "$status" -ne 124 ]; then
    echo "package.sh: the installed onramp exited with $status before it was stopped:" >&2
    cat "$work/gui.log" >&2
    exit 1
fi
echo "package.sh: $deb validated, installed and started"
