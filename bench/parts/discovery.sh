#!/usr/bin/env bash
# End-to-end discovery benchmark (bench/e2e): Onramp vs a boto3 peer vs the floor against the local fake AWS
# endpoint with 50 ms added latency per request, and Onramp in team mode beside it (a throwaway local PostgreSQL
# cluster started here through tests/models/pgcluster.sh; the row says why when it cannot start). Builds nothing.
# Usage: bench/parts/discovery.sh BUILD_DIR OUT_DIR
#   writes OUT_DIR/discovery.json, OUT_DIR/discovery.md and the chart bench/discovery.png
#   ONRAMP_BENCH_QUICK=1: sizes 1,000 and 10,000 only (about a minute); full run: 1k, 10k, 30k, 100k (< 8 min)
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR OUT_DIR" >&2
    exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
exec /usr/bin/python3 "$here/../e2e/run.py" "$1" "$2"
