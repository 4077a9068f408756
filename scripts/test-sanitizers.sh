#!/usr/bin/env bash
# Builds the whole suite with AddressSanitizer + UndefinedBehaviorSanitizer (+ LeakSanitizer) in build-asan and
# runs it under CTest like scripts/test.sh does. Any sanitizer report fails the test that produced it.
#
#   bash scripts/test-sanitizers.sh            # everything (unit, integration, gui)
#   bash scripts/test-sanitizers.sh -L unit    # extra arguments go to ctest
#
# Compiler: clang++-14 by default (ASan's runtime is linked statically into each Onramp executable, so nothing
# is LD_PRELOADed and the Python fake AWS endpoint, dbus and gnome-keyring run uninstrumented); CXX_SANITIZE=g++
# works too. Leak reports from third-party libraries only are suppressed: see tests/sanitizers/lsan.supp.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh # clang, libclang-rt (libFuzzer, sanitizer runtimes), llvm: idempotent
build="${ONRAMP_ASAN_BUILD_DIR:-build-asan}"
started=$(date +%s)

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="${CXX_SANITIZE:-clang++-14}" \
    -DONRAMP_SANITIZE=ON -DONRAMP_BUILD_BENCH=OFF >/dev/null
# Keep going past a target that does not compile, so its failure does not hide the other tests' results; the run
# still fails (CTest reports the missing test executable, and the exit status below).
build_status=0
cmake --build "$build" -j2 -- -k 0 || build_status=$?
built=$(date +%s)

# halt_on_error/abort_on_error: the first report kills the test (a non-zero exit CTest counts as a failure).
# detect_leaks: LeakSanitizer at exit; the suppressions name third-party libraries only.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:check_initialization_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# Never instrument a child that is not ours (the fake AWS endpoint is Python).
unset LD_PRELOAD

status=0
bash scripts/with-keyring.sh ctest --test-dir "$build" --output-on-failure -j2 "$@" || status=$?
finished=$(date +%s)
echo "test-sanitizers.sh: build $((built - started)) s, tests $((finished - built)) s, total $((finished - started)) s"
if [ "$build_status" -ne 0 ]; then
    echo "test-sanitizers.sh: the build failed (see above)"
    exit "$build_status"
fi
exit $status
