#!/usr/bin/env bash
# The one sanitized build, in build-asan/, that scripts/sanitize.sh runs
# the test suite on and scripts/fuzz.sh takes its libFuzzer harnesses from:
# clang with AddressSanitizer and UndefinedBehaviorSanitizer, the harnesses'
# coverage instrumentation (inert outside libFuzzer), the tests when
# GoogleTest is installed. -O1 with line tables only: sanitizer reports keep
# their file and line, and the build takes a third of g++'s -O2 -g (clang's
# sanitized code also compiles much faster than g++'s). One build instead
# of two keeps CI well inside its time.
# Usage: scripts/sanitized-build.sh [TARGET...]   (all targets when none)
set -euo pipefail
cd "$(dirname "$0")/.."
tests=OFF
[ -f /usr/include/gtest/gtest.h ] && tests=ON
# A build-asan/ left by an older g++ configuration is started afresh.
if [ -f build-asan/CMakeCache.txt ] && ! grep -q '^STANCEGRAPH_FUZZ:BOOL=ON' build-asan/CMakeCache.txt; then
  rm -rf build-asan
fi
CXX=clang++ cmake -S . -B build-asan -DSTANCEGRAPH_FUZZ=ON -DSTANCEGRAPH_TESTS=$tests -DSTANCEGRAPH_UNIT_TESTS_AS_ONE=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG" >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build build-asan -j"$(nproc)" "${targets[@]}" >/dev/null
