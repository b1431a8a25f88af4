#!/usr/bin/env bash
# The command line as a user meets it: help, wrong usage, bad input, exit
# codes (docs/errors.md), output that is never half-written or clobbered,
# and byte-identical output whatever the file order and number of jobs.
set -u
bin=${STANCEGRAPH_BIN:-build/stancegraph}
src=${SOURCE_DIR:-.}
# A report of the repository's own: this test needs nothing beside it.
report="$src/tests/data/corpus/01_ukraine-frontline_2025-11-20.txt"
t=$(mktemp -d)
trap 'chmod -R u+w "$t"; rm -rf "$t"' EXIT
failures=0
passed=0

check() {  # check NAME EXPECTED_EXIT COMMAND...; stderr in $t/err, stdout in $t/out
  local name=$1 want=$2
  shift 2
  "$@" >"$t/out" 2>"$t/err"
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL $name: exit $got, expected $want"; sed 's/^/  stderr: /' "$t/err" | head -5
    failures=$((failures + 1))
    return 1
  fi
  passed=$((passed + 1))
  return 0
}
expect_in() {  # expect_in NAME FILE TEXT
  if ! grep -qF -- "$3" "$2"; then
    echo "FAIL $1: '$3' not in $(basename "$2")"; head -5 "$2" | sed 's/^/  /'
    failures=$((failures + 1))
  else
    passed=$((passed + 1))
  fi
}

check "no arguments" 2 "$bin"
check "top help" 0 "$bin" --help && expect_in "top help" "$t/out" "build REPORT..."
check "unknown command" 2 "$bin" frobnicate && expect_in "unknown command" "$t/err" "unknown command 'frobnicate'"
for cmd in build explain; do
  check "$cmd --help" 0 "$bin" $cmd --help && expect_in "$cmd --help" "$t/out" "Usage: stancegraph $cmd"
done
check "rules --help" 0 "$bin" rules --help
check "rules check --help" 0 "$bin" rules check --help
check "build without report" 2 "$bin" build && expect_in "no report" "$t/err" "no report given"
check "unknown option" 2 "$bin" build "$report" --colour && expect_in "unknown option" "$t/err" "unrecognised option '--colour'"
check "impossible date" 2 "$bin" build "$report" --date 2025-02-30 && expect_in "impossible date" "$t/err" "--date '2025-02-30' is not a real date"
check "unknown format" 2 "$bin" build "$report" -f n3 && expect_in "unknown format" "$t/err" "unknown format 'n3'"
# The Neo4j formats, chosen by the output's extension as the RDF ones are.
check "cypher by extension" 0 "$bin" build "$report" --date 2025-09-04 -o "$t/g.cypher" && expect_in "cypher by extension" "$t/g.cypher" "CREATE CONSTRAINT stancegraph_iri IF NOT EXISTS"
check "neo4j-csv by extension" 0 "$bin" build "$report" --date 2025-09-04 -o "$t/g.tar" && check "neo4j-csv is a tar" 0 tar -tf "$t/g.tar" && expect_in "neo4j-csv is a tar" "$t/out" "neo4j-import/nodes.csv"
# Event data: coded with tables of the data directory; a broken one stops the run first, with no output.
mkdir -p "$t/data" && cp -r "$src/ontologies/." "$t/data/"
printf 'kind\tsector\tcode\ngovernment\tGOVERNMENT\t\n' >"$t/data/plover-sectors.tsv"
check "event codes broken" 4 env STANCEGRAPH_DATA="$t/data" "$bin" build "$src/examples/reports" -o "$t/events.csv" &&
  expect_in "event codes broken" "$t/err" "$t/data/plover-sectors.tsv:2: error: sector 'GOVERNMENT' is not a three-letter PLOVER sector code"
[ ! -e "$t/events.csv" ] && passed=$((passed + 1)) || { echo "FAIL broken event codes left an output file"; failures=$((failures + 1)); }
check "event data by extension" 0 "$bin" build "$src/examples/reports" -o "$t/events.plover.jsonl" &&
  expect_in "event data by extension" "$t/events.plover.jsonl" '"source":[{"actorText":'
check "merge refuses event data" 3 "$bin" build --merge "$t/events.plover.jsonl" -o "$t/x.nq" &&
  expect_in "merge refuses event data" "$t/err" "holds no RDF (it is plover output)"
rm -rf "$t/data" "$t/events.plover.jsonl"  # $t is a directory with no report in it, below
check "bad base" 2 "$bin" build "$report" --base "http://example.org/no-slash" && expect_in "bad base" "$t/err" "must end with '/' or '#'"
check "bad jobs" 2 "$bin" build "$report" -j 0
# -j's default is the CPUs the process may run on (its affinity mask), at
# most 8: one under taskset to one CPU, two under taskset to two.
if command -v taskset >/dev/null; then
  check "default jobs, one CPU" 0 taskset -c 0 "$bin" build --help && expect_in "default jobs, one CPU" "$t/out" "here 1)"
  if [ "$(nproc --all)" -ge 2 ]; then
    check "default jobs, two CPUs" 0 taskset -c 0,1 "$bin" build --help && expect_in "default jobs, two CPUs" "$t/out" "here 2)"
  fi
else
  echo "skipped: the default of -j (no taskset here)"
fi

# Bad input: a clear message naming the file, exit 3, and no output file.
check "missing report" 3 "$bin" build "$t/nope.txt" -o "$t/a.ttl" && expect_in "missing report" "$t/err" "$t/nope.txt: error: cannot read report"
[ ! -e "$t/a.ttl" ] && passed=$((passed + 1)) || { echo "FAIL missing report left an output file"; failures=$((failures + 1)); }
check "directory without reports" 3 "$bin" build "$t" && expect_in "directory" "$t/err" "is a directory with no report files"
head -c 2048 /dev/urandom | tr '\n' '\0' > "$t/blob.bin"
check "binary report" 3 "$bin" build "$t/blob.bin" && expect_in "binary" "$t/err" "binary file"
: > "$t/empty.txt"
check "empty report" 0 "$bin" build "$t/empty.txt" --date 2025-09-04 -o "$t/empty.ttl"
rapper -q -i turtle -c "$t/empty.ttl" 2>"$t/rapper" >/dev/null && [ ! -s "$t/rapper" ] && passed=$((passed + 1)) || { echo "FAIL empty report output"; failures=$((failures + 1)); }
printf 'Iran condemned \xff the strike.\n' > "$t/bad-utf8.txt"
check "invalid utf-8" 0 "$bin" build "$t/bad-utf8.txt" --date 2025-09-04 -o "$t/bad.nt" && expect_in "invalid utf-8" "$t/err" "$t/bad-utf8.txt: warning: invalid UTF-8 at byte offset 15"

# A failing run leaves the previous graph as it was.
echo "previous graph" > "$t/keep.ttl"
check "failed run keeps output" 3 "$bin" build "$t/nope.txt" -o "$t/keep.ttl"
[ "$(cat "$t/keep.ttl")" = "previous graph" ] && passed=$((passed + 1)) || { echo "FAIL previous output was clobbered"; failures=$((failures + 1)); }
# A device or a pipe is written into, never replaced by a file (as root,
# `-o /dev/null` once turned /dev/null into a regular file).
check "output to /dev/null" 0 "$bin" build "$report" --date 2025-09-04 -f nquads -o /dev/null
[ -c /dev/null ] && passed=$((passed + 1)) || { echo "FAIL /dev/null is no longer a device"; failures=$((failures + 1)); }
mkfifo "$t/pipe.nq"
"$bin" build "$report" --date 2025-09-04 -o "$t/pipe.nq" & writer=$!
timeout 60 cat "$t/pipe.nq" > "$t/from-pipe.nq"  # a writer that missed the pipe would leave cat waiting
if wait "$writer" && [ -p "$t/pipe.nq" ] && "$bin" build "$report" --date 2025-09-04 -o - -f nquads | cmp -s - "$t/from-pipe.nq"; then
  passed=$((passed + 1))
else
  echo "FAIL output through a named pipe"; failures=$((failures + 1))
fi
"$bin" build "$report" --date 2025-09-04 -f nquads -o /dev/stdout | cmp -s - "$t/from-pipe.nq" && passed=$((passed + 1)) || { echo "FAIL -o /dev/stdout into a pipe"; failures=$((failures + 1)); }
mkdir "$t/ro" && chmod a-w "$t/ro"
if [ "$(id -u)" != 0 ]; then
  check "unwritable output" 5 "$bin" build "$report" --date 2025-09-04 -o "$t/ro/x.ttl"
fi
mkdir "$t/a-dir"
check "output onto a directory" 5 "$bin" build "$report" --date 2025-09-04 -o "$t/a-dir" && expect_in "output onto a directory" "$t/err" "$t/a-dir: error: the output path names a directory"
[ -d "$t/a-dir" ] && [ -z "$(ls -A "$t/a-dir")" ] && passed=$((passed + 1)) || { echo "FAIL the directory given as output was touched"; failures=$((failures + 1)); }
check "output into missing dir" 5 "$bin" build "$report" --date 2025-09-04 -o "$t/missing/dir/x.ttl" && expect_in "missing dir" "$t/err" "$t/missing/dir/x.ttl: error: cannot create the output file: No such file or directory"

# Broken rules: file:line:column and exit 4, for rules check and for build.
cp -r "$src/ontologies/rules" "$t/rules"
printf 'rule broken\n  event REJECT\n  match actor:@Actor VG $NOPE\n' > "$t/rules/zz-broken.rules"
check "rules check ok" 0 "$bin" rules check && expect_in "rules check ok" "$t/out" "ok: 197 states"
check "rules check broken" 4 "$bin" rules check --rules "$t/rules" && expect_in "broken rules" "$t/err" "$t/rules/zz-broken.rules:3:25: error: unknown word class '\$NOPE'"
check "build with broken rules" 4 "$bin" build "$report" --rules "$t/rules"
# Broken rules and an unreadable report together: the rules are loaded
# before any report is read, so the run ends as broken rules do (exit 4,
# the rule file's line, nothing of the report's), and no output is left.
check "broken rules and a binary report" 4 "$bin" build "$report" "$t/blob.bin" --rules "$t/rules" -o "$t/both.ttl" &&
  expect_in "broken rules first" "$t/err" "$t/rules/zz-broken.rules:3:25: error: unknown word class '\$NOPE'"
if grep -q 'binary file' "$t/err" || [ -e "$t/both.ttl" ]; then
  echo "FAIL broken rules and a binary report: the report's error was printed or an output was left"; failures=$((failures + 1))
else
  passed=$((passed + 1))
fi

# explain shows the rule that fired and what it made.
check "explain" 0 "$bin" explain "Russia rejected the proposal on August 18." --date 2025-09-04
expect_in "explain rule" "$t/out" "REJECT (reject.verb) actor=state/RU"
expect_in "explain date" "$t/out" "date=2025-08-18"

# Determinism: same bytes across runs, file orders and job counts.
cp "$report" "$t/2025-11-20_report.txt"
printf 'Toplines\nIran condemned the strike on Damascus on June 2.[1]\nEndnotes\n[1] https://example.org/1\n' > "$t/2025-06-05_iran.txt"
for f in nquads turtle jsonld; do
  "$bin" build "$t/2025-11-20_report.txt" "$t/2025-06-05_iran.txt" -f $f -j 1 -o "$t/one.$f" 2>/dev/null
  "$bin" build "$t/2025-06-05_iran.txt" "$t/2025-11-20_report.txt" -f $f -j 2 -o "$t/two.$f" 2>/dev/null
  "$bin" build "$t/2025-11-20_report.txt" "$t/2025-06-05_iran.txt" -f $f -j 1 -o "$t/three.$f" 2>/dev/null
  if cmp -s "$t/one.$f" "$t/two.$f" && cmp -s "$t/one.$f" "$t/three.$f" && [ -s "$t/one.$f" ]; then
    passed=$((passed + 1))
  else
    echo "FAIL $f output differs with file order or -j"; failures=$((failures + 1))
  fi
done
# The same report twice is one report.
"$bin" build "$t/2025-11-20_report.txt" "$t/2025-11-20_report.txt" -f nquads -o "$t/twice.nq" 2>/dev/null
"$bin" build "$t/2025-11-20_report.txt" -f nquads -o "$t/once.nq" 2>/dev/null
cmp -s "$t/once.nq" "$t/twice.nq" && passed=$((passed + 1)) || { echo "FAIL re-adding a report changed the graph"; failures=$((failures + 1)); }

# A person an earlier report introduced is the person a later report names
# by surname alone, whatever the number of jobs (the later report alone
# knows no Varkova).
mkdir -p "$t/people"
printf 'Regional Assessment, March 1, 2025\n\nUkrainian Foreign Minister Olena Varkova rejected the Russian proposal for a ceasefire on March 1.[1]\n\n[1] https://example.org/one\n' > "$t/people/2025-03-01_a.txt"
printf 'Regional Assessment, March 3, 2025\n\nVarkova accused Russia of violating the ceasefire on March 3.[1]\n\n[1] https://example.org/two\n' > "$t/people/2025-03-03_b.txt"
for j in 1 2; do
  "$bin" build "$t/people" -f nquads -j $j -o "$t/people-$j.nq" 2>/dev/null
  # In the report graphs: the summaries graph holds the same predicates.
  grep -v '/graph/summaries> \.$' "$t/people-$j.nq" > "$t/people-$j.reports.nq"
  n=$(grep -c 'ontology#eventType> <https://w3id.org/stancegraph/ontology#ACCUSE> <' "$t/people-$j.reports.nq")
  accuser=$(grep -F 'ontology#actor> <https://w3id.org/stancegraph/id/person/ua/olena-varkova> <' "$t/people-$j.reports.nq" | wc -l)
  if [ "$n" = 1 ] && [ "$accuser" = 2 ]; then passed=$((passed + 1)); else
    echo "FAIL -j $j: the later report's Varkova is not the earlier report's (ACCUSE $n, her assertions $accuser)"; failures=$((failures + 1))
  fi
done

# Standard input and the format taken from the output's extension.
check "stdin" 0 sh -c "'$bin' build - --date 2025-09-04 < '$report' -o '$t/stdin.nt'"
head -1 "$t/stdin.nt" | grep -q '^<https://w3id.org/stancegraph/id/' && passed=$((passed + 1)) || { echo "FAIL -o x.nt did not write N-Triples"; failures=$((failures + 1)); }
grep -q '"stdin"' "$t/stdin.nt" && passed=$((passed + 1)) || { echo "FAIL stdin report not named stdin"; failures=$((failures + 1)); }

# A report without any date: a warning, and no guessed dates.
printf 'Toplines\nRussia rejected the proposal on May 3.\n' > "$t/undated.txt"
check "undated" 0 "$bin" build "$t/undated.txt" -f ntriples -o "$t/undated.nt"
expect_in "undated warning" "$t/err" "no report date"
if grep -q 'ontology#date>' "$t/undated.nt"; then echo "FAIL a date was guessed"; failures=$((failures + 1)); else passed=$((passed + 1)); fi

# explain --report reads a report as build does: its date from the file name.
printf 'Toplines\nRussia rejected the proposal on December 30.[1]\n' > "$t/2026-01-05_r.txt"
check "explain report" 0 "$bin" explain --report "$t/2026-01-05_r.txt" &&
  expect_in "explain report" "$t/out" "=> REJECT (reject.verb) actor=state/RU date=2025-12-30"
check "explain missing report" 3 "$bin" explain --report "$t/none.txt" && expect_in "explain missing report" "$t/err" "none.txt"
check "explain both" 2 "$bin" explain "Russia rejected it." --report "$t/2026-01-05_r.txt"

echo "$passed passed, $failures failed"
[ "$failures" = 0 ]
