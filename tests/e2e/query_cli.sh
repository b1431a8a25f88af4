#!/usr/bin/env bash
# `stancegraph query` (SPARQL through Rasqal, in the process) checked
# against Oxigraph, a second, independent SPARQL engine:
#   - every question in queries/*.rq, and a few more below (GRAPH ?g over
#     the report graphs, aggregates, a sort key unbound in some rows), on
#     the seed and on the examples, gives Oxigraph's answer over the union
#     graph as SPARQL CSV, byte for byte, rows in the same order;
#   - the graph read from N-Quads, JSON-LD and Turtle gives the same bytes
#     (Turtle has no named graphs, so not for the GRAPH ?g questions);
#   - the JSON (SPARQL 1.1 results: head.vars, results.bindings), TSV and
#     table outputs parse and hold the same rows as the CSV (python3);
#   - rows of a query without ORDER BY come in the same order on every run,
#     from every format, and whatever the order of the report files;
#   - ASK prints true/false; CONSTRUCT prints N-Triples rapper reads.
set -u
. "$(dirname "$0")/lib.sh"
require_tools node python3 rapper
require_inputs
[ -d "$e2e_dir/node_modules" ] || { echo "FAIL: $e2e_dir/node_modules is missing: run scripts/install-deps.sh --test"; exit 1; }

# Questions beyond queries/: written here so that both engines get them.
mkdir -p "$tmp/extra"
prefixes='PREFIX sg: <https://w3id.org/stancegraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>'
printf '%s\nSELECT ?g (COUNT(?a) AS ?assertions) WHERE { GRAPH ?g { ?a a sg:Assertion } } GROUP BY ?g ORDER BY ?g\n' \
  "$prefixes" > "$tmp/extra/graph-per-report.rq"
printf '%s\nSELECT ?g ?label WHERE { GRAPH ?g { ?a sg:actor ?x } ?x rdfs:label ?label } ORDER BY ?label ?g\n' \
  "$prefixes" > "$tmp/extra/graph-join.rq"
printf '%s\nSELECT ?type (COUNT(?a) AS ?n) WHERE { ?a sg:eventType ?type } GROUP BY ?type ORDER BY DESC(?n) ?type\n' \
  "$prefixes" > "$tmp/extra/event-types.rq"
printf '%s\nSELECT ?place ?date ?a WHERE { ?a sg:eventType ?t . OPTIONAL { ?a sg:date ?date }\n  OPTIONAL { ?a sg:location ?w . ?w rdfs:label ?place } } ORDER BY ?place DESC(?date) ?a\n' \
  "$prefixes" > "$tmp/extra/unbound-sort-key.rq"
# Every question of queries/, co-occurring-actors.rq included (it counts
# its distinct rows in a sub-query: COUNT(DISTINCT ...) Rasqal miscounts).
questions=("$src"/queries/*.rq "$tmp"/extra/*.rq)

[ "$have_seed" = 1 ] || skip "stancegraph query against Oxigraph on the seed" "$no_seed"
for corpus in "${corpora[@]}"; do
  if [ "$corpus" = seed ]; then args=("$seed" --date 2025-09-04); else args=("${examples[@]}"); fi
  for f in nq jsonld ttl; do
    case $f in nq) format=nquads ;; jsonld) format=jsonld ;; ttl) format=turtle ;; esac
    sg_build "$tmp/$corpus.$f" "$format" "${args[@]}" || finish
  done
  mkdir -p "$tmp/ox-$corpus"
  node "$e2e_dir/oxigraph_csv.mjs" "$tmp/$corpus.nq" "$tmp/ox-$corpus" "${questions[@]}" >"$tmp/node.out" 2>&1 ||
    { bad "$corpus: Oxigraph did not answer"; sed 's/^/     /' "$tmp/node.out" | head -5; continue; }
  for q in "${questions[@]}"; do
    name=$(basename "$q" .rq)
    out="$tmp/$corpus-$name"
    for f in nq jsonld ttl; do
      if ! "$bin" query "$tmp/$corpus.$f" --query "$q" -f csv -o "$out.$f.csv" 2>"$tmp/err" || [ -s "$tmp/err" ]; then
        bad "$corpus: stancegraph query $name.rq on the .$f failed or wrote to stderr"
        sed 's/^/     /' "$tmp/err" | head -5
      fi
    done
    same "$corpus: $name.rq gives Oxigraph's CSV, byte for byte" "$out.nq.csv" "$tmp/ox-$corpus/$name.csv"
    same "$corpus: $name.rq on the JSON-LD graph gives the N-Quads answer" "$out.jsonld.csv" "$out.nq.csv"
    # Turtle has no named graphs: GRAPH ?g finds nothing there.
    [[ $name == graph-* ]] || same "$corpus: $name.rq on the Turtle graph gives the N-Quads answer" "$out.ttl.csv" "$out.nq.csv"
    for f in json tsv table; do "$bin" query "$tmp/$corpus.nq" --query "$q" -f "$f" -o "$out.$f" 2>/dev/null; done
    verdict=$(python3 - "$out" <<'PY'
import csv, io, json, sys
base = sys.argv[1]
with open(base + ".nq.csv", newline="", encoding="utf-8") as f:
    raw = f.read()
rows = list(csv.reader(io.StringIO(raw, newline=""), strict=True))
header, body = rows[0], rows[1:]
problems = []
if raw and not raw.endswith("\r\n"):
    problems.append("CSV lines do not end in CRLF")
j = json.load(open(base + ".json", encoding="utf-8"))
if j.get("head", {}).get("vars") != header:
    problems.append("JSON head.vars %s, CSV header %s" % (j.get("head", {}).get("vars"), header))
bindings = j.get("results", {}).get("bindings")
if not isinstance(bindings, list) or len(bindings) != len(body):
    problems.append("JSON has %s bindings, CSV %d rows" % (len(bindings) if isinstance(bindings, list) else "no", len(body)))
else:
    for b, r in zip(bindings, body):
        for var, value in zip(header, r):
            t = b.get(var)
            if t is None:
                if value != "":
                    problems.append("JSON leaves %s unbound, CSV has %r" % (var, value))
                continue
            if t.get("type") not in ("uri", "literal", "bnode") or "value" not in t:
                problems.append("JSON term of %s is not a SPARQL results term: %s" % (var, t))
                continue
            if (("_:" + t["value"]) if t["type"] == "bnode" else t["value"]) != value:
                problems.append("JSON %s = %r, CSV %r" % (var, t["value"], value))
tsv = open(base + ".tsv", encoding="utf-8").read().split("\n")
if tsv[0] != "\t".join("?" + v for v in header):
    problems.append("TSV header %r" % tsv[0])
if tsv[-1] != "" or len(tsv) - 2 != len(body):
    problems.append("TSV has %d lines for %d rows" % (len(tsv) - 2, len(body)))
table = open(base + ".table", encoding="utf-8").read().split("\n")
if table[0].split() != header or len(table) != len(body) + 4 or table[-2] != "%d row%s" % (len(body), "" if len(body) == 1 else "s"):
    problems.append("table: header %r, %d lines, last %r" % (table[0], len(table), table[-2:]))
print("ok %d" % len(body) if not problems else "; ".join(problems[:3]))
PY
)
    if [[ "$verdict" == ok* ]]; then
      ok "$corpus: $name.rq as JSON, TSV and table: the CSV's ${verdict#ok } rows"
    else
      bad "$corpus: $name.rq as JSON, TSV and table: $verdict"
    fi
  done
done

# Without ORDER BY: Rasqal's order, the same on every run, from every format,
# whatever the order of the report files.
noorder='PREFIX sg: <https://w3id.org/stancegraph/ontology#>
SELECT ?a ?type ?actor WHERE { ?a sg:eventType ?type ; sg:actor ?actor }'
reversed=()
for ((i = ${#examples[@]} - 1; i >= 0; i--)); do reversed+=("${examples[i]}"); done
sg_build "$tmp/reversed.nq" nquads "${reversed[@]}" || finish
for f in examples.nq examples.nq examples.jsonld examples.ttl reversed.nq; do
  "$bin" query "$tmp/$f" "$noorder" -f tsv
done >"$tmp/noorder.all" 2>&1
"$bin" query "$tmp/examples.nq" "$noorder" -f tsv >"$tmp/noorder.one"
lines=$(wc -l <"$tmp/noorder.one")
if [ "$lines" -gt 10 ] && cmp -s "$tmp/noorder.all" <(for _ in 1 2 3 4 5; do cat "$tmp/noorder.one"; done); then
  ok "a query without ORDER BY gives the same $((lines - 1)) rows in the same order from every run, format and file order"
else
  bad "a query without ORDER BY changes order between runs, formats or file orders ($lines lines)"
fi

# ASK and CONSTRUCT, on the first corpus.
first="$tmp/${corpora[0]}.nq"
ask() { "$bin" query "$first" "$prefixes ASK { $1 }" 2>&1; }
[ "$(ask '?s sg:iso3166 "RU"')" = true ] && [ "$(ask '?s sg:iso3166 "XX"')" = false ] &&
  ok "ASK prints true and false" || bad "ASK does not print true/false"
"$bin" query "$first" "$prefixes CONSTRUCT { ?a sg:eventType ?t } WHERE { ?a sg:eventType ?t }" >"$tmp/construct.nt" 2>"$tmp/err"
want=$("$bin" query "$first" "$prefixes SELECT DISTINCT ?a ?t WHERE { ?a sg:eventType ?t }" -f tsv | tail -n +2 | wc -l)
got=$(rapper -i ntriples -c "$tmp/construct.nt" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')
[ -n "$got" ] && [ "$got" = "$want" ] && [ "$want" -gt 0 ] &&
  ok "CONSTRUCT writes N-Triples that rapper reads: $got triples, one per assertion type" ||
  bad "CONSTRUCT: rapper counts '$got' triples, the SELECT $want rows"
finish
