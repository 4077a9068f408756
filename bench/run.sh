#!/usr/bin/env bash
# Runs Onramp's benchmarks and their peers side by side and writes bench/RESULTS.md (and bench/discovery.png).
# Usage: bash bench/run.sh [BUILD_DIR]     (default: build-bench; configures and builds what it needs, Release)
#        ONRAMP_BENCH_ONLY="sigv4 parse" bash bench/run.sh    runs only those parts (RESULTS.md gets only them)
#        ONRAMP_BENCH_QUICK=1 bash bench/run.sh                smaller discovery sizes, fewer repeats
# Parts (bench/parts/NAME.*) each write OUT/NAME.md (a section with its table, ratios and targets) and
# OUT/NAME.json (raw figures). A part that fails is reported in RESULTS.md, and the run exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
build="${1:-build-bench}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac

bash scripts/setup-debian.sh --bench
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target onramp onrampctl onramp-screenshots bench_sigv4 bench_awsxml bench_instancemodel bench_startup_floor bench_merge

out="$(mktemp -d -t onramp-bench.XXXXXX)"
trap 'rm -rf "$out"' EXIT
parts=(${ONRAMP_BENCH_ONLY:-sigv4 parse discovery verify org merge model memory startup})
failed=()
for part in "${parts[@]}"; do
    echo "== bench part: $part" >&2
    start=$SECONDS
    case "$part" in
        startup | memory) cmd=(bash scripts/with-keyring.sh /usr/bin/python3 "bench/parts/$part.py" "$build" "$out") ;;
        discovery | verify | org) cmd=(bash scripts/with-keyring.sh bash "bench/parts/$part.sh" "$build" "$out") ;;
        *) cmd=(bash "bench/parts/$part.sh" "$build" "$out") ;;
    esac
    if "${cmd[@]}" && [ -s "$out/$part.md" ]; then
        echo "== $part: $((SECONDS - start)) s" >&2
    else
        failed+=("$part")
        printf '## %s\n\nThis part failed in this run (see the output of bench/run.sh).\n' "$part" >"$out/$part.md"
    fi
done

cpu="$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
{
    echo "# Benchmark results"
    echo
    echo "Machine: $cpu, $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB RAM; $(. /etc/os-release && echo "$PRETTY_NAME"), Qt $(qmake6 -query QT_VERSION 2>/dev/null || echo 6), OpenSSL $(openssl version | cut -d' ' -f2)."
    echo "Date: $(date -u +%Y-%m-%d). Commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- aws models ui app bench || echo ' (with local changes)')."
    echo "Command: \`bash bench/run.sh\`. The machine is shared and noisy: compare the ratios measured in the same run,"
    echo "not absolute times across runs. CPU-bound figures are CPU time; discovery and start-up are wall time."
    echo
    for part in "${parts[@]}"; do cat "$out/$part.md"; echo; done
} >bench/RESULTS.md
echo "bench/RESULTS.md written" >&2
if [ ${#failed[@]} -gt 0 ]; then
    echo "bench parts failed: ${failed[*]}" >&2
    exit 1
fi
