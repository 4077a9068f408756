#!/usr/bin/env bash
# Organization discovery benchmark (bench/e2e/org_run.py): `onrampctl org verify` of an organization of 100
# accounts x 17 regions, 10,000 instances, vs a boto3 peer going account by account and region by region, vs the
# floor (the longest chain of round trips), against the local fake AWS endpoint with 50 ms per request. Builds
# nothing: BUILD_DIR must hold app/onrampctl.
# Usage: bench/parts/org.sh BUILD_DIR OUT_DIR    (writes OUT_DIR/org.json and OUT_DIR/org.md; about 5 minutes,
#   most of it the peer's ~2 minutes per run)
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR OUT_DIR" >&2
    exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
exec /usr/bin/python3 "$here/../e2e/org_run.py" "$1" "$2"
