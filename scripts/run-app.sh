#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds Onramp, and launches the desktop app (under Xvfb when there is no display).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target onramp onrampctl
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec ./build/app/onramp "$@"
else
    echo "run-app: no display; starting Onramp under Xvfb (screen :99)" >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" ./build/app/onramp "$@"
fi
