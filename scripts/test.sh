#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds Onramp, and runs the whole test suite (CTest: unit, integration, gui).
# Extra arguments go to ctest, e.g. `bash scripts/test.sh -L unit`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2
bash scripts/with-keyring.sh ctest --test-dir build --output-on-failure -j2 "$@"
