#!/usr/bin/env bash
# The visualization views (docs/visualization.md) read by the tools people
# open them with, and checked against the graph they were made from:
#   - the examples, then the seed (with its date; without ../shared, the
#     project's corpus) merged in, as N-Quads;
#     from those, each view through `build --merge` (no report: a
#     conversion), by -f and by the output's extension, twice, byte-identical;
#   - roqet answers from the N-Quads: the actors with their labels, the
#     sg:StanceSummary nodes, their targets, their dated assertions;
#   - viz_check.py reads GraphML and GEXF with networkx and the Cytoscape
#     JSON with Python's json: nodes are the actors, edges the targeted
#     summaries (GEXF: one per dated assertion, with its date), labels and
#     the seed's Coalition of the Willing -SANCTION-> Russia edge;
#   - Graphviz `dot -Tsvg` renders the DOT with nothing on stderr, one SVG
#     node per actor and one SVG edge per summary; the examples' picture
#     (the engine the file names, neato) is less than 3 times as long as
#     it is wide either way, with no two actors' boxes overlapping;
#   - a graph with an awkward label (quotes, <, &, backslash, emoji) and a
#     negated stance survives every view and renders in dot.
set -u
. "$(dirname "$0")/lib.sh"
require_tools roqet rapper dot
require_inputs
/usr/bin/python3 -c 'import networkx' 2>/dev/null ||
  { echo "FAIL: python3-networkx is missing; run scripts/install-deps.sh --test"; exit 1; }

sg_build "$tmp/examples.nq" nquads "${examples[@]}" || finish
if [ "$have_seed" = 1 ]; then
  sg_build "$tmp/all.nq" nquads "$seed" --date 2025-09-04 --merge "$tmp/examples.nq" || finish
else
  skip "the views of the seed" "$no_seed; the project's corpus is merged in instead"
  sg_build "$tmp/all.nq" nquads "$src"/tests/data/corpus/*.txt --merge "$tmp/examples.nq" || finish
fi
views=(graphml gexf cyjs dot)
for ext in "${views[@]}"; do
  format=$ext
  [ "$ext" = cyjs ] && format=cytoscape
  sg_build "$tmp/all.$ext" "$format" --merge "$tmp/all.nq" || finish
  if "$bin" build --merge "$tmp/all.nq" -o "$tmp/again.$ext" "${extra_args[@]}" 2>"$tmp/err"; then
    same "$ext: the same bytes again, the format taken from the extension" "$tmp/all.$ext" "$tmp/again.$ext"
  else
    bad "$ext: build -o again.$ext failed"
    head -3 "$tmp/err" | sed 's/^/     /'
  fi
done
"$bin" build --merge "$tmp/all.nq" -o "$tmp/again.cytoscape.json" "${extra_args[@]}" &&
  same "a .cytoscape.json output is the Cytoscape view" "$tmp/all.cyjs" "$tmp/again.cytoscape.json"

# What the graph says, through roqet on its N-Triples (rapper drops the graph
# names). roqet exits 2 on a warning even with -q (a variable bound but not
# selected is one), so every variable of a query is selected.
rapper -q -i nquads -o ntriples "$tmp/all.nq" >"$tmp/all.nt"
ask() {  # ask NAME QUERY: CSV rows in $tmp/NAME.csv
  if roqet -q -r csv -D "$tmp/all.nt" -e "PREFIX sg: <https://w3id.org/stancegraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
$2" >"$tmp/$1.csv" 2>"$tmp/err" && [ ! -s "$tmp/err" ]; then
    ok "roqet: $1 ($(($(wc -l <"$tmp/$1.csv") - 1)) rows)"
  else
    bad "roqet cannot answer $1"
    head -3 "$tmp/err" | sed 's/^/     /'
  fi
}
ask actors 'SELECT DISTINCT ?a ?label WHERE { ?a a ?c ; rdfs:label ?label .
  FILTER (?c = sg:State || ?c = sg:Organization || ?c = sg:ArmedForce || ?c = sg:Person || ?c = sg:ActorGroup) }'
ask summaries 'SELECT ?s ?src ?type ?neg ?n WHERE { ?s a sg:StanceSummary ; sg:actor ?src ; sg:eventType ?type ;
  sg:negated ?neg ; sg:assertionCount ?n }'
ask targets 'SELECT ?s ?tgt WHERE { ?s a sg:StanceSummary ; sg:target ?tgt }'
ask dated 'SELECT DISTINCT ?s ?t ?a ?d WHERE { ?s a sg:StanceSummary ; sg:target ?t ; sg:summarizes ?a . ?a sg:date ?d }'

# check_views MODE: viz_check.py's lines and tally.
check_views() {
  add_tally "$(/usr/bin/python3 "$e2e_dir/viz_check.py" "$1" "$tmp" "${@:2}" 2>&1)" "viz_check.py $1 gave no tally"
}
if [ "$have_seed" = 1 ]; then check_views graph seed; else check_views graph; fi

# render NAME DOT-FILE: dot -Tsvg exits 0 with an empty stderr; the SVG in $tmp/NAME.svg.
render() {
  if dot -Tsvg "$2" -o "$tmp/$1.svg" 2>"$tmp/err" && [ ! -s "$tmp/err" ]; then
    ok "dot -Tsvg renders $1 with no warning"
  else
    bad "dot -Tsvg on $1: exit or warnings"
    head -5 "$tmp/err" | sed 's/^/     /'
  fi
}
render all "$tmp/all.dot"
svg_nodes=$(grep -c 'class="node"' "$tmp/all.svg")
svg_edges=$(grep -c 'class="edge"' "$tmp/all.svg")
want_nodes=$(($(cut -d, -f1 "$tmp/actors.csv" | sort -u | wc -l) - 1))
want_edges=$(($(wc -l <"$tmp/targets.csv") - 1))
if [ "$svg_nodes" = "$want_nodes" ] && [ "$svg_edges" = "$want_edges" ]; then
  ok "the SVG draws $svg_nodes nodes and $svg_edges edges, as the N-Quads have actors and targeted summaries"
else
  bad "the SVG draws $svg_nodes nodes and $svg_edges edges; the N-Quads have $want_nodes actors and $want_edges targeted summaries"
fi
grep -q '>Russia (RU)<' "$tmp/all.svg" && ok "the SVG labels Russia" || bad "no 'Russia (RU)' label in the SVG"

# The examples alone, as a user draws them: most actors have no stance,
# and they must not make a column (dot's ranks did: 850 x 8267 px).
sg_build "$tmp/examples.dot" dot "${examples[@]}" || finish
render examples "$tmp/examples.dot"
read -r w h < <(sed -n 's/^<svg width="\([0-9.]*\)pt" height="\([0-9.]*\)pt".*/\1 \2/p' "$tmp/examples.svg")
if awk -v w="${w:-0}" -v h="${h:-0}" 'BEGIN { exit !(w > 0 && h > 0 && w / h < 3 && h / w < 3) }'; then
  ok "the examples' picture is ${w%.*} x ${h%.*} pt: an aspect ratio under 3"
else
  bad "the examples' picture is ${w:-?} x ${h:-?} pt: an aspect ratio of 3 or more"
fi
# -Tplain gives every node's centre, width and height (inches).
dot -Tplain "$tmp/examples.dot" >"$tmp/examples.plain"
overlaps=$(awk '$1 == "node" { x[n] = $3; y[n] = $4; w[n] = $5; h[n] = $6; n++ }
  END { c = 0; for (i = 0; i < n; i++) for (j = i + 1; j < n; j++)
          if ((x[i] - x[j])^2 < ((w[i] + w[j]) / 2)^2 && (y[i] - y[j])^2 < ((h[i] + h[j]) / 2)^2) c++
        print c + 0 }' "$tmp/examples.plain")
nodes_drawn=$(grep -c '^node ' "$tmp/examples.plain")
if [ "$overlaps" = 0 ] && [ "$nodes_drawn" -gt 50 ]; then
  ok "no two of the examples' $nodes_drawn actors overlap in the picture"
else
  bad "$overlaps pairs of the examples' $nodes_drawn actors overlap in the picture"
fi

# Awkward labels, from a merged Turtle graph: every view must keep them.
cat >"$tmp/awkward.ttl" <<'TTL'
@prefix sg: <https://w3id.org/stancegraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/stancegraph/id/state/AA> a sg:State ; sg:iso3166 "AA" ;
  rdfs:label "Say \"no\" <&> \\N back Z\u00FCrich \U0001F600 'done'"@en .
<https://w3id.org/stancegraph/id/person/q-b> a sg:Person ; rdfs:label "Line\nbreak\tand \"tab\""@en .
<https://w3id.org/stancegraph/id/assertion/1> a sg:Assertion ; sg:eventType sg:REJECT ;
  sg:actor <https://w3id.org/stancegraph/id/state/AA> ; sg:target <https://w3id.org/stancegraph/id/person/q-b> ;
  sg:negated true ; sg:date "2025-09-04"^^xsd:date .
TTL
for ext in "${views[@]}"; do
  format=$ext
  [ "$ext" = cyjs ] && format=cytoscape
  sg_build "$tmp/awkward.$ext" "$format" --merge "$tmp/awkward.ttl" || finish
done
check_views awkward
render awkward "$tmp/awkward.dot"
grep -q 'stroke-dasharray' "$tmp/awkward.svg" && ok "the negated edge is dashed in the SVG" ||
  bad "no dashed edge in the awkward SVG"
finish
