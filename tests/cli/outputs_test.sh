#!/usr/bin/env bash
# What a new user trips over (issue 22), from the repository alone:
#  - -o with an extension no format has is refused, not written as Turtle;
#    -f and extensions in any case, the aliases; .nt.gz and .nq.gz gzip;
#    TriG written and read back;
#  - a write error names the file and the cause; -o into a missing
#    directory fails before any work; -o naming a report is refused;
#  - - is standard input for --merge, stats and query;
#  - --help shows no internal option; `stancegraph help build` works;
#  - the first query of docs/query.md counts what stats counts;
#  - --merge of a Turtle graph into N-Quads puts the assertions back in
#    their report graphs;
#  - --verbose prints each file's line when that file is done.
set -u
# shellcheck source=../e2e/lib.sh
. "$(dirname "$0")/../e2e/lib.sh"
t=$tmp
[ -x "$bin" ] || { echo "FAIL: no stancegraph binary at $bin"; exit 1; }
require_tools rapper serdi gzip
factor=${STANCEGRAPH_TIME_FACTOR:-1}

# run NAME EXPECTED_EXIT COMMAND...: stdout in $t/out, stderr in $t/err
run() {
  local name=$1 want=$2
  shift 2
  "$@" >"$t/out" 2>"$t/err"
  local got=$?
  if [ "$got" = "$want" ]; then ok "$name: exit $got"; return 0; fi
  bad "$name: exit $got, expected $want"
  head -3 "$t/err" | sed 's/^/     /'
  return 1
}
says() {  # says NAME TEXT: stderr holds TEXT
  if grep -qF -- "$2" "$t/err"; then ok "$1: says '$2'"; else bad "$1: does not say '$2'"; head -3 "$t/err" | sed 's/^/     /'; fi
}
report=$src/examples/reports/sudan-sahel.txt
"$bin" build "$report" -o "$t/ref.nq" 2>/dev/null || { bad "the reference build failed"; finish; }

# -o: an unknown extension is refused and the known ones named; nothing is written.
for name in graph.json graph.xml graph.svg graph.gz; do
  run "-o $name" 2 "$bin" build "$report" -o "$t/$name" && says "-o $name" "use one of .ttl .trig .nt .nq"
  [ "$name" = graph.json ] && says "-o $name" "(.jsonld for JSON-LD, .cyjs for Cytoscape)"
  [ ! -e "$t/$name" ] && ok "-o $name: nothing written" || bad "-o $name: a file was written"
done
run "-o graph.ttl.gz" 2 "$bin" build "$report" -o "$t/graph.ttl.gz" && says "-o graph.ttl.gz" "gzip is written for N-Triples and N-Quads only"
run "-o graph.NQ" 0 "$bin" build "$report" -o "$t/upper.NQ" && same "-o graph.NQ is N-Quads" "$t/upper.NQ" "$t/ref.nq"
run "-o noextension" 0 "$bin" build "$report" -o "$t/noextension" &&
  rapper -q -i turtle -c "$t/noextension" 2>/dev/null && ok "no extension: Turtle, the documented default" || bad "no extension: not Turtle"
for alias in NQUADS n-quads NQ; do
  run "-f $alias" 0 "$bin" build "$report" -f "$alias" -o "$t/alias.out" && same "-f $alias is N-Quads" "$t/alias.out" "$t/ref.nq"
done
"$bin" build "$report" -f nt -o "$t/ref.nt" 2>/dev/null
run "-f N-Triples" 0 "$bin" build "$report" -f N-Triples -o "$t/alias.nt" && same "-f N-Triples is N-Triples" "$t/alias.nt" "$t/ref.nt"
run "-f json-ld" 0 "$bin" build "$report" -f json-ld -o "$t/alias.jsonld" && grep -q '"@context"' "$t/alias.jsonld" &&
  ok "-f json-ld is JSON-LD" || bad "-f json-ld is not JSON-LD"
run "-f unknown" 2 "$bin" build "$report" -f n3 -o "$t/n3.out" &&
  says "-f unknown" "unknown format 'n3' (turtle (ttl), trig, ntriples (nt, n-triples), nquads (nq, n-quads)"

# .gz: gzip for the line formats, read back by every command.
for f in nq nt; do
  run "-o graph.$f.gz" 0 "$bin" build "$report" -o "$t/graph.$f.gz"
  [ "$(head -c 2 "$t/graph.$f.gz" | od -An -tx1 | tr -d ' ')" = 1f8b ] && ok "graph.$f.gz is gzip" || bad "graph.$f.gz is not gzip"
  gzip -dc "$t/graph.$f.gz" > "$t/unzipped.$f"
  same "graph.$f.gz holds the $f output" "$t/unzipped.$f" "$t/ref.$f"
done
run "--merge graph.nq.gz" 0 "$bin" build --merge "$t/graph.nq.gz" -o "$t/from-gz.nq" && same "--merge graph.nq.gz gives the graph" "$t/from-gz.nq" "$t/ref.nq"
run "stats graph.nq.gz" 0 "$bin" stats "$t/graph.nq.gz" --json
cp "$t/out" "$t/stats-gz.json"
"$bin" stats "$t/ref.nq" --json > "$t/stats-ref.json"
same "stats graph.nq.gz counts what stats graph.nq does" "$t/stats-gz.json" "$t/stats-ref.json"
head -c 3000 "$t/graph.nq.gz" > "$t/cut.nq.gz"
run "a truncated .gz" 3 "$bin" stats "$t/cut.nq.gz" && says "a truncated .gz" "$t/cut.nq.gz: error: not a complete gzip file"

# TriG: the N-Quads' graphs in Turtle's syntax, read by rapper and serdi, and by stancegraph.
run "-o graph.trig" 0 "$bin" build "$report" -o "$t/graph.trig"
grep -q '^<https://w3id.org/stancegraph/id/report/[0-9a-f]*> {$' "$t/graph.trig" && ok "TriG: a block per report graph" || bad "TriG: no report graph block"
grep -q '^<https://w3id.org/stancegraph/id/graph/summaries> {$' "$t/graph.trig" && ok "TriG: the summaries' graph" || bad "TriG: no summaries graph block"
rapper -q -i trig -c "$t/graph.trig" 2>"$t/rapper.err" && [ ! -s "$t/rapper.err" ] && ok "rapper reads the TriG cleanly" || bad "rapper: $(head -2 "$t/rapper.err")"
serdi -i trig -o nquads "$t/graph.trig" 2>/dev/null | sort > "$t/trig.nq"
sort "$t/ref.nq" > "$t/ref.sorted.nq"
same "serdi reads the TriG as the N-Quads, quad for quad" "$t/trig.nq" "$t/ref.sorted.nq"
run "--merge graph.trig" 0 "$bin" build --merge "$t/graph.trig" -o "$t/from-trig.nq" && same "--merge graph.trig gives the graph" "$t/from-trig.nq" "$t/ref.nq"

# Write errors name the file and the cause; the output's directory is checked before any work.
if [ -w /dev/full ]; then
  run "-o /dev/full" 5 "$bin" build "$report" -o /dev/full && says "-o /dev/full" "/dev/full: error: cannot write: No space left on device"
  run "query -o /dev/full" 5 "$bin" query "$t/ref.nq" 'SELECT * WHERE { ?s ?p ?o }' -o /dev/full &&
    says "query -o /dev/full" "/dev/full: error: cannot write: No space left on device"
fi
# A missing report would stop the run at reading (exit 3): the missing
# directory is found first.
run "-o into a missing directory" 5 "$bin" build "$t/no-such-report.txt" -o "$t/no/such/dir/g.nq" &&
  says "-o into a missing directory" "$t/no/such/dir/g.nq: error: cannot create the output file: No such file or directory"
cp "$report" "$t/mine.txt"
run "-o naming the report" 2 "$bin" build "$t/mine.txt" -f nquads -o "$t/mine.txt" && says "-o naming the report" "is the report"
cmp -s "$report" "$t/mine.txt" && ok "-o naming the report: the report is intact" || bad "-o naming the report: the report changed"
mkdir -p "$t/dir" && cp "$report" "$t/dir/r.txt"
run "-o naming a report of a directory" 2 "$bin" build "$t/dir" -f nquads -o "$t/dir/./r.txt"
cmp -s "$report" "$t/dir/r.txt" && ok "-o naming a report of a directory: intact" || bad "-o naming a report of a directory: changed"
"$bin" build "$report" -o "$t/day.nq" 2>/dev/null
run "--merge g.nq -o g.nq (the day-by-day way)" 0 "$bin" build "$report" --merge "$t/day.nq" -o "$t/day.nq"

# - is standard input for --merge, stats and query.
run "--merge -" 0 sh -c "'$bin' build --merge - -o '$t/stdin-merge.nq' < '$t/ref.nq'" && same "--merge - reads standard input" "$t/stdin-merge.nq" "$t/ref.nq"
run "stats -" 0 sh -c "'$bin' stats - --json < '$t/ref.nq' > '$t/stats-stdin.json'" && same "stats - counts standard input" "$t/stats-stdin.json" "$t/stats-ref.json"
q='PREFIX sg: <https://w3id.org/stancegraph/ontology#> SELECT (COUNT(?a) AS ?n) WHERE { ?a a sg:Assertion }'
run "query -" 0 sh -c "'$bin' query - '$q' -f csv < '$t/ref.nq' > '$t/q-stdin.csv'"
"$bin" query "$t/ref.nq" "$q" -f csv > "$t/q-file.csv"
same "query - answers over standard input" "$t/q-stdin.csv" "$t/q-file.csv"
run "query - --query -" 2 "$bin" query - --query - && says "query - --query -" "standard input can be read only once"
run "build - --merge -" 2 "$bin" build - --merge - && says "build - --merge -" "standard input can be read only once"

# --help shows the options a user types, not the slots of the positional words.
for pair in "build --report" "explain --sentence" "stats --graph" "query --word" "rules --dir"; do
  set -- $pair
  if [ "$1" = rules ]; then "$bin" rules check --help > "$t/help" 2>&1; else "$bin" "$1" --help > "$t/help" 2>&1; fi
  grep -qE -- "^ +$2( |$)" "$t/help" && bad "$1 --help shows $2" || ok "$1 --help shows no $2"
done
run "help build" 0 "$bin" help build && { "$bin" build --help > "$t/build-help"; same "help build = build --help" "$t/out" "$t/build-help"; }
run "help query" 0 "$bin" help query && grep -q "Usage: stancegraph query" "$t/out" && ok "help query: the query help" || bad "help query: not the query help"
run "help frobnicate" 2 "$bin" help frobnicate && says "help frobnicate" "unknown command 'frobnicate'"

# docs/query.md's first query counts what stats counts (the summaries have
# the assertions' predicates, in a graph of their own).
examples=("$src"/examples/reports/*.txt)
"$bin" build "${examples[@]}" -o "$t/examples.nq" 2>/dev/null
first=$(awk '/^build\/stancegraph query graph.jsonld -f json/{on=1; sub(/.*-f json /, ""); } on{print} /ORDER BY DESC\(\?n\) \?type.$/{exit}' "$src/docs/query.md" |
  sed -e "s/^'//" -e "s/'\$//")
if [ -z "$first" ]; then bad "docs/query.md: its first query was not found"; else
  "$bin" query "$t/examples.nq" "$first" -f csv | tail -n +2 | tr -d '\r' | sed 's|^https://w3id.org/stancegraph/ontology#||' | sort > "$t/doc-counts"
  "$bin" stats "$t/examples.nq" --json | /usr/bin/python3 -c 'import json, sys
for k, v in sorted(json.load(sys.stdin)["eventTypes"].items()): print(f"{k},{v}")' | sort > "$t/stats-counts"
  same "docs/query.md's first query counts what stats counts" "$t/doc-counts" "$t/stats-counts"
fi

# --merge of a Turtle graph (no named graphs) into N-Quads: every
# assertion, evidence and endnote goes back to its report's graph.
"$bin" build "${examples[@]}" -o "$t/day1.ttl" 2>/dev/null
run "--merge day1.ttl -o all.nq" 0 "$bin" build --merge "$t/day1.ttl" -o "$t/all.nq"
same "--merge day1.ttl -o all.nq = the N-Quads built at once" "$t/all.nq" "$t/examples.nq"

# --verbose: a file's line as soon as that file is done, not when the run
# ends. The first report is small and early; the second (a late date) is
# a long one that takes a while, so the first line comes well before it.
{ printf 'Long Assessment\nDecember 1, 2025\n\n'; for i in $(seq 1 $((24000 / ${STANCEGRAPH_SIZE_DIVISOR:-1}))); do
  printf 'Russia rejected the proposal on November %d.[1] Ukraine accused Russia of shelling Kherson on November %d.[2]\n' $((i % 28 + 1)) $((i % 28 + 1)); done; } > "$t/2025-12-01_long.txt"
cp "$src/examples/reports/sudan-sahel.txt" "$t/2025-03-18_short.txt"
"$bin" build "$t/2025-03-18_short.txt" "$t/2025-12-01_long.txt" -f nquads -o "$t/verbose.nq" --verbose 2>&1 >/dev/null |
  while IFS= read -r line; do echo "$(date +%s.%N) $line"; done > "$t/verbose.log"
# The long report's own line says how long its extraction took: the short
# report's line must come before it by at least half that (printed at the
# end, the two came together), however loaded the machine.
short=$(grep -F "_short.txt: 1 report, " "$t/verbose.log" | cut -d' ' -f1)
long=$(grep -F "_long.txt: 1 report, " "$t/verbose.log" | cut -d' ' -f1)
took=$(grep -F "_long.txt: 1 report, " "$t/verbose.log" | sed -n 's/.*, \([0-9.]*\) s$/\1/p')
if [ -z "$short" ] || [ -z "$long" ] || [ -z "$took" ]; then bad "--verbose: the lines are missing"; sed 's/^/     /' "$t/verbose.log" | head -5
else
  awk -v s="$short" -v l="$long" -v x="$took" 'BEGIN { exit !(x > 0.1 && l - s >= x / 2) }' &&
    ok "--verbose: the short report's line came $(awk -v s="$short" -v l="$long" 'BEGIN { printf "%.1f", l - s }') s before the long one's (${took} s of extraction)" ||
    bad "--verbose: the short report's line did not come while the long one was extracted ($short, $long; ${took} s)"
fi
finish
