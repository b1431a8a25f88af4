#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (AddressSanitizer and
# UndefinedBehaviorSanitizer on: scripts/sanitized-build.sh, in build-asan/)
# and runs each for a bounded time on a copy of its seed corpus in
# tests/fuzz/corpus/. A crash, leak, sanitizer finding or hang fails the
# run; the input that caused it is kept in build-fuzz/findings/ — turn it
# into a regression test.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
scripts/install-deps.sh --fuzz
scripts/sanitized-build.sh fuzz_report fuzz_html fuzz_rules fuzz_graph
mkdir -p build-fuzz/findings
rm -f build-fuzz/verdict-*
# Leaks inside Raptor itself are known and listed, with reasons.
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
# fuzz TARGET: one harness for $seconds; its verdict in build-fuzz/verdict-TARGET.
fuzz() {
  local target=$1 work=build-fuzz/corpus-$1 options=""
  # Raptor is built without frame pointers: the fast unwinder stops a
  # leak's stack inside Raptor, before the frame a suppression names. Only
  # the graph harness parses with Raptor, and full unwinding makes every
  # allocation slower, so only it unwinds fully.
  [ "$target" = graph ] && options=fast_unwind_on_malloc=0
  rm -rf "$work"
  cp -r tests/fuzz/corpus/$target "$work"
  find tests/fuzz/regressions/$target -type f ! -name README -exec cp {} "$work"/ \;  # past findings seed too
  if ASAN_OPTIONS=$options build-asan/tests/fuzz/fuzz_$target "$work" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=3072 -max_len=65536 -artifact_prefix=build-fuzz/findings/$target- -print_final_stats=1 \
      >build-fuzz/fuzz-$target.log 2>&1; then
    echo ok > build-fuzz/verdict-$target
  else
    echo failed > build-fuzz/verdict-$target
  fi
}
# Two harnesses at a time, one per core of a 2-core machine.
status=0
for pair in "report html" "rules graph"; do
  echo "fuzzing $pair for ${seconds}s each, side by side"
  pids=()
  for target in $pair; do
    fuzz "$target" &
    pids+=($!)
  done
  wait "${pids[@]}"
  for target in $pair; do
    if [ "$(cat build-fuzz/verdict-$target 2>/dev/null)" != ok ]; then
      echo "FAIL fuzz_$target: see build-fuzz/fuzz-$target.log and build-fuzz/findings/"
      grep -E "ERROR|SUMMARY|Test unit written" build-fuzz/fuzz-$target.log | head -5
      status=1
    else
      grep -E "stat::number_of_executed_units" build-fuzz/fuzz-$target.log | sed "s/^/  $target: /"
    fi
  done
done
exit $status
