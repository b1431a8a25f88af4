#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (AddressSanitizer and
# UndefinedBehaviorSanitizer on) and runs each for a bounded time on a copy
# of its seed corpus in tests/fuzz/corpus/. A crash, leak, sanitizer finding
# or hang fails the run; the input that caused it is kept in
# build-fuzz/findings/ — turn it into a regression test.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
scripts/install-deps.sh --fuzz
CXX=clang++ cmake -S . -B build-fuzz -DSTANCEGRAPH_FUZZ=ON -DSTANCEGRAPH_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_report fuzz_html fuzz_rules fuzz_graph >/dev/null
mkdir -p build-fuzz/findings
# Leaks inside Raptor itself are known and listed, with reasons.
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
# Raptor is built without frame pointers: the fast unwinder stops a leak's
# stack inside Raptor, before the frame a suppression names.
export ASAN_OPTIONS=fast_unwind_on_malloc=0
status=0
for target in report html rules graph; do
  work=build-fuzz/corpus-$target
  rm -rf "$work"
  cp -r tests/fuzz/corpus/$target "$work"
  find tests/fuzz/regressions/$target -type f ! -name README -exec cp {} "$work"/ \;  # past findings seed too
  echo "fuzzing $target for ${seconds}s"
  if ! build-fuzz/tests/fuzz/fuzz_$target "$work" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 \
      -max_len=65536 -artifact_prefix=build-fuzz/findings/$target- -print_final_stats=1 >build-fuzz/fuzz-$target.log 2>&1; then
    echo "FAIL fuzz_$target: see build-fuzz/fuzz-$target.log and build-fuzz/findings/"
    grep -E "ERROR|SUMMARY|Test unit written" build-fuzz/fuzz-$target.log | head -5
    status=1
  else
    grep -E "stat::number_of_executed_units" build-fuzz/fuzz-$target.log | sed "s/^/  $target: /"
  fi
done
exit $status
