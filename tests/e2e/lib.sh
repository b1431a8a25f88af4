# shellcheck shell=bash
# Shared set-up of the end-to-end shell tests; sourced, not run.
#
# Environment (ctest sets the first three; each has a default for running a
# test by hand from anywhere):
#   STANCEGRAPH_BIN   the CLI           (default: SOURCE_DIR/build/stancegraph)
#   SOURCE_DIR        the repository    (default: two folders above this file)
#   SHARED_DIR        shared/ with seed/ and gold/ (default: SOURCE_DIR/../shared);
#                     without it the checks on the seed are skipped, and say so
#   STANCEGRAPH_E2E_EXTRA_ARGS  extra words for every `stancegraph build`
#                     (empty by default; for development only, e.g.
#                     "--gazetteer DIR" to try a gazetteer being written)
#
# It defines $bin $src $shared $seed $examples $tmp (removed on exit),
# $have_seed (1 when the seed report is there) and $corpora (seed, when
# there, and examples), the counters pass/fail with ok/bad to bump them,
# skip to say a check was not run and why, same to compare two files,
# sg_build to run the CLI, add_tally to count a checker's own ok/FAIL lines,
# same_answer to compare a SPARQL engine's results with an answer file of
# queries/expected/, and
# finish to print the closing "N passed, N failed" line and exit.

e2e_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=${SOURCE_DIR:-$(cd "$e2e_dir/../.." && pwd)}
bin=${STANCEGRAPH_BIN:-$src/build/stancegraph}
shared=${SHARED_DIR:-$src/../shared}
seed="$shared/seed/000_5f64971f44c3bd14.txt"
examples=("$src"/examples/reports/*.txt)
# The seed report sits beside the repository (../shared), not in it.
no_seed="no seed report at $seed (SHARED_DIR, or ../shared beside the repository)"
if [ -r "$seed" ]; then have_seed=1; corpora=(seed examples); else have_seed=0; corpora=(examples); fi
read -r -a extra_args <<<"${STANCEGRAPH_E2E_EXTRA_ARGS:-}"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
skipped=0
ok() { passed=$((passed + 1)); echo "ok   $*"; }
bad() { failed=$((failed + 1)); echo "FAIL $*"; }
skip() { skipped=$((skipped + 1)); echo "skip $1: $2"; }  # skip WHAT WHY

# require_tools TOOL... fails the whole test, with the package to install, when one is missing.
require_tools() {
  local t missing=0
  for t in "$@"; do
    if ! command -v "$t" >/dev/null; then
      echo "FAIL: '$t' is not installed; run scripts/install-deps.sh --test"
      missing=1
    fi
  done
  [ "$missing" = 0 ] || exit 1
}

# require_inputs fails when the binary or the examples are missing.
require_inputs() {
  [ -x "$bin" ] || { echo "FAIL: no stancegraph binary at $bin (build first, or set STANCEGRAPH_BIN)"; exit 1; }
  [ -r "${examples[0]}" ] || { echo "FAIL: no example reports in $src/examples/reports"; exit 1; }
}

# sg_build OUT FORMAT REPORT... [OPTIONS]: runs `stancegraph build`; a
# non-zero exit or anything on stderr counts as a failure.
sg_build() {
  local out=$1 format=$2
  shift 2
  if ! "$bin" build "$@" -f "$format" -o "$out" "${extra_args[@]}" 2>"$tmp/build.err"; then
    bad "stancegraph build $* -f $format exited non-zero"
    sed 's/^/     /' "$tmp/build.err" | head -5
    return 1
  fi
  if [ -s "$tmp/build.err" ]; then
    bad "stancegraph build $* -f $format wrote to stderr"
    sed 's/^/     /' "$tmp/build.err" | head -5
    return 1
  fi
  return 0
}

# same NAME A B: the two files are byte-identical, else the first differing lines.
same() {
  if cmp -s "$2" "$3"; then ok "$1"; else bad "$1"; diff <(sort "$2") <(sort "$3") | head -6 | sed 's/^/     /'; fi
}

# add_tally OUTPUT WHAT: OUTPUT is a checker's "ok ..."/"FAIL ..." lines and,
# last, "PASSED FAILED"; prints the lines and adds the counts. Without that
# last line, one failure: "WHAT", with the end of OUTPUT.
add_tally() {
  local tally
  tally=$(echo "$1" | tail -1)
  if [[ "$tally" =~ ^([0-9]+)\ ([0-9]+)$ ]]; then
    echo "$1" | sed '$d'
    passed=$((passed + BASH_REMATCH[1]))
    failed=$((failed + BASH_REMATCH[2]))
  else
    bad "$2"
    echo "$1" | tail -5 | sed 's/^/     /'
  fi
}

# same_answer NAME RESULTS EXPECTED [--headless-empty]: the SPARQL results
# (JSON or XML) give the rows of the answer file EXPECTED (and of the known
# errors beside it), compared by tests/e2e/sparql_answers.py; needs
# /usr/bin/python3 (require_python).
same_answer() {
  local out
  if out=$(/usr/bin/python3 "$e2e_dir/sparql_answers.py" compare ${4:+"$4"} "$2" "$3" 2>&1); then
    ok "$1"
  else
    bad "$1"
    echo "$out" | head -12 | sed 's/^/     /'
  fi
}

require_python() {
  [ -x /usr/bin/python3 ] || { echo "FAIL: /usr/bin/python3 is missing; run scripts/install-deps.sh --test"; exit 1; }
}

finish() {
  echo "$passed passed, $failed failed$([ "$skipped" = 0 ] || echo ", $skipped skipped")"
  [ "$failed" = 0 ]
  exit
}
