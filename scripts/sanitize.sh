#!/usr/bin/env bash
# The whole test suite on a build with AddressSanitizer and
# UndefinedBehaviorSanitizer (clang; scripts/sanitized-build.sh), in
# build-asan/. Any finding fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test --fuzz
scripts/sanitized-build.sh
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export STANCEGRAPH_TIME_FACTOR=6  # sanitized code runs several times slower
export STANCEGRAPH_SIZE_DIVISOR=5  # tests/hardening/bad_input.sh: its huge inputs, a fifth as big
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" --timeout 900
