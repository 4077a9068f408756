#!/usr/bin/env bash
# The whole `onrampctl verify` (bench/e2e/verify.py): Onramp's process start to exit vs a boto3 peer doing the same
# steps one after another vs the floor (AssumeRole + the longest page chain), against the local fake AWS endpoint
# with 50 ms added latency per request, 10,000 instances over 17 regions. Builds nothing.
# Usage: bench/parts/verify.sh BUILD_DIR OUT_DIR
#   writes OUT_DIR/verify.json and OUT_DIR/verify.md; ONRAMP_BENCH_QUICK=1: fewer runs (about half a minute)
#   ONRAMP_BENCH_BASELINE_CTL=PATH: also time another onrampctl (e.g. main's build) the same way
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR OUT_DIR" >&2
    exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
exec /usr/bin/python3 "$here/../e2e/verify.py" "$1" "$2"
