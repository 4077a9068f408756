#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz (clang, ASan+UBSan) in build-fuzz, replays every regression and
# generated hostile input, then fuzzes each parser for SECONDS (default 60). Exits non-zero on any finding:
# a crash, a sanitizer report, a leak, a hang (-timeout) or a memory blowup (-rss_limit_mb/-malloc_limit_mb).
#
#   bash scripts/fuzz.sh [SECONDS_PER_FUZZER=60]
#   ONRAMP_FUZZERS="fuzz_arn fuzz_awsxml" bash scripts/fuzz.sh 600   # a subset
#   ONRAMP_FUZZ_JOBS=2 bash scripts/fuzz.sh 600                      # run two fuzzers at a time
#   ONRAMP_FUZZ_REPLAY=0 bash scripts/fuzz.sh 1200                   # a long session without the replay step
#
# A finding leaves its input in build-fuzz/artifacts/<fuzzer>/; reproduce it with
#   build-fuzz/tests/fuzz/<fuzzer> <file>
# and, once fixed, keep it in tests/fuzz/regressions/<fuzzer>/ so every later run replays it.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh || exit 1 # clang, libclang-rt (libFuzzer, sanitizer runtimes), llvm: idempotent
secs="${1:-60}"
build="${ONRAMP_FUZZ_BUILD_DIR:-build-fuzz}"
jobs="${ONRAMP_FUZZ_JOBS:-1}"
read -r -a fuzzers <<<"${ONRAMP_FUZZERS:-fuzz_arn fuzz_awsxml fuzz_rdsxml fuzz_awsjson fuzz_awsconfigfile fuzz_stdinkeys}"
src="$PWD/tests/fuzz"

# Largest input each fuzzer may generate: past every size limit the parser enforces.
max_len() {
    case "$1" in
    fuzz_awsxml) echo 1048576 ;;         # 1 MiB of XML (AwsXml refuses > 64 MiB: hostile.py covers that)
    fuzz_rdsxml) echo 1048576 ;;         # 1 MiB: past the 1,000-database and 200-tag bounds (a page is ~250 KiB)
    fuzz_awsjson) echo 262144 ;;         # 256 KiB of JSON (a 20-account page is ~6 KiB)
    fuzz_awsconfigfile) echo 1100000 ;;  # just over AwsConfigFile's 1 MiB bound
    fuzz_stdinkeys) echo 16384 ;;        # 4x KeyInput::MaxLineLength
    *) echo 65536 ;;                     # ARNs: 100x the longest valid role ARN
    esac
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1:check_initialization_order=1:strict_string_checks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0}"

echo "== configure and build ($build)"
mkdir -p "$build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="${CXX_FUZZ:-clang++-14}" \
    -DONRAMP_FUZZ=ON -DONRAMP_BUILD_TESTS=OFF -DONRAMP_BUILD_BENCH=OFF >"$build/configure.log" 2>&1 \
    || { cat "$build/configure.log"; echo "fuzz.sh: configure failed"; exit 1; }
cmake --build "$build" -j2 --target "${fuzzers[@]}" || { echo "fuzz.sh: build failed"; exit 1; }

echo "== generate hostile inputs"
/usr/bin/python3 "$src/hostile.py" "$build/hostile" || { echo "fuzz.sh: hostile.py failed"; exit 1; }

failures=()

echo "== replay regressions, seed corpus and hostile inputs"
[ "${ONRAMP_FUZZ_REPLAY:-1}" = 0 ] && echo "(skipped: ONRAMP_FUZZ_REPLAY=0)" && fuzzers_to_replay=() \
    || fuzzers_to_replay=("${fuzzers[@]}")
for f in "${fuzzers_to_replay[@]}"; do
    bin="$build/tests/fuzz/$f"
    mapfile -t inputs < <(find "$src/regressions/$f" "$src/corpus/$f" "$build/hostile/$f" -type f 2>/dev/null | sort)
    log="$build/logs/$f.replay.log"
    mkdir -p "$build/logs" "$build/artifacts/$f"
    # No -max_len: a file is replayed whole, however big. Generous time and memory, but still bounded.
    if "$bin" -rss_limit_mb=4096 -malloc_limit_mb=4096 -timeout=120 -artifact_prefix="$build/artifacts/$f/" \
        "${inputs[@]}" >"$log" 2>&1; then
        echo "$f: ${#inputs[@]} inputs replayed, no finding"
    else
        echo "$f: REGRESSION FAILED (log: $log)"
        grep -E "ERROR:|Running:|SUMMARY|runtime error" "$log" | tail -n 8
        failures+=("$f(replay)")
    fi
done

echo "== fuzz ${secs}s per fuzzer, $jobs at a time"
run_fuzzer() {
    local f="$1" bin="$build/tests/fuzz/$1" corpus="$build/corpus/$1" log="$build/logs/$1.fuzz.log"
    local dict=()
    [ -f "$src/dict/$f.dict" ] && dict=(-dict="$src/dict/$f.dict")
    mkdir -p "$corpus"
    # The first directory collects new inputs; the seed corpus in git stays untouched.
    "$bin" "${dict[@]}" -max_total_time="$secs" -max_len="$(max_len "$f")" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$f/" "$corpus" "$src/corpus/$f" >"$log" 2>&1
    echo "$?" >"$build/logs/$f.rc"
}
for f in "${fuzzers[@]}"; do
    rm -f "$build/logs/$f.rc"
    run_fuzzer "$f" &
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
done
wait
printf '%-20s %8s %14s %10s %8s  %s\n' fuzzer seconds executions exec/s corpus result
for f in "${fuzzers[@]}"; do
    rc=$(cat "$build/logs/$f.rc" 2>/dev/null || echo 99)
    log="$build/logs/$f.fuzz.log"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
    corpus=$(find "$build/corpus/$f" -type f | wc -l)
    if [ "$rc" -eq 0 ] && ! grep -qE "^==[0-9]+==ERROR|runtime error:|^SUMMARY:" "$log"; then
        result=ok
    else
        result="FINDING (exit $rc, log $log)"
        failures+=("$f")
    fi
    printf '%-20s %8s %14s %10s %8s  %s\n' "$f" "${took:-?}" "${execs:-?}" "${rate:-?}" "$corpus" "$result"
    if [ "$result" != ok ]; then
        grep -E "ERROR:|SUMMARY|runtime error|Test unit written to" "$log" | tail -n 6
    fi
done

if [ "${#failures[@]}" -ne 0 ]; then
    echo "fuzz.sh: findings in ${failures[*]} (inputs in $build/artifacts/)"
    exit 1
fi
echo "fuzz.sh: no findings"
