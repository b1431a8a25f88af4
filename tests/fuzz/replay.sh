#!/usr/bin/env bash
# Replays the fuzz seeds and every past finding (tests/fuzz/regressions/)
# through the command line of the normal build: each must end with a
# documented exit code, never a signal or a hang.
set -u
# Under AddressSanitizer (scripts/sanitize.sh): Raptor has no frame
# pointers, and a fast-unwound leak stack stops inside it, before the frame
# a suppression in tests/lsan.supp names. The graph inputs here are the
# ones that make Raptor's parsers leak, so those are unwound fully (which
# makes every allocation ten times slower: only those).
full_unwind="${ASAN_OPTIONS:+$ASAN_OPTIONS:}fast_unwind_on_malloc=0"
bin=${STANCEGRAPH_BIN:-build/stancegraph}
src=${SOURCE_DIR:-.}
here="$src/tests/fuzz"
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
failures=0
passed=0
expect() {  # expect NAME ALLOWED_CODES COMMAND...
  local name=$1 allowed=$2
  shift 2
  timeout 60 "$@" >/dev/null 2>"$t/err"
  local got=$?
  if [[ " $allowed " == *" $got "* ]]; then passed=$((passed + 1)); else
    failures=$((failures + 1)); echo "FAIL $name: exit $got (allowed: $allowed)"; head -3 "$t/err"; fi
}
for f in "$here"/corpus/report/* "$here"/regressions/report/*; do
  [ -f "$f" ] && [ "$(basename "$f")" != README ] || continue
  expect "report $(basename "$f")" "0 3" "$bin" build "$f" --date 2025-09-04 -o "$t/out.ttl"
done
for f in "$here"/corpus/html/* "$here"/regressions/html/*; do
  [ -f "$f" ] && [ "$(basename "$f")" != README ] || continue
  cp "$f" "$t/page.html"  # by name: libFuzzer's findings have none
  expect "html $(basename "$f")" "0 3" "$bin" build "$t/page.html" --date 2025-09-04 -o "$t/out.ttl"
done
for f in "$here"/corpus/rules/* "$here"/regressions/rules/*; do
  [ -f "$f" ] && [ "$(basename "$f")" != README ] || continue
  rm -rf "$t/rules"; mkdir "$t/rules"; cp "$src/ontologies/rules/lexicon.txt" "$t/rules/"; cp "$f" "$t/rules/50-fuzz.rules"
  expect "rules $(basename "$f")" "0 4" "$bin" rules check --rules "$t/rules"
done
for f in "$here"/corpus/graph/* "$here"/regressions/graph/*; do
  [ -f "$f" ] && [ "$(basename "$f")" != README ] || continue
  kind=$(( $(od -An -tu1 -N1 "$f" | tr -d ' ') % 3 ))
  ext=(nq ttl jsonld)
  tail -c +2 "$f" > "$t/g.${ext[$kind]}"
  expect "graph $(basename "$f")" "0 3" env ASAN_OPTIONS="$full_unwind" "$bin" build --merge "$t/g.${ext[$kind]}" -o "$t/out.nq"
done
echo "$passed passed, $failures failed"
[ "$failures" = 0 ] && [ "$passed" -gt 0 ]
