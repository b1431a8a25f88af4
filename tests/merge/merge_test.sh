#!/usr/bin/env bash
# Day-by-day graphs: `build --merge` on the project's 13 reports (corpus,
# examples, and two reports that name one person first by full title, then
# by surname alone).
#  - all at once = one by one in date order (bytes, and isomorphism in rdflib);
#  - merging a graph with itself, or re-adding a report, changes nothing;
#  - file order and -j change no byte;
#  - a user's own triples survive three merges;
#  - the surname in one report and the full title in another are one person;
#  - Turtle and JSON-LD graphs merge like N-Quads; bad graphs are refused
#    with file and line, and the output is left untouched;
#  - stance summaries count repeated observations; `stats` counts the graph.
set -u
# shellcheck source=../e2e/lib.sh
. "$(dirname "$0")/../e2e/lib.sh"
t=$tmp
fail() { bad "$@"; }

# The reports, named so that their names sort by date.
mkdir -p "$t/r"
n=0
for f in "$src"/tests/data/corpus/*.txt "$src"/examples/reports/*.txt; do
  d=$(grep -o '20[0-9][0-9]-[01][0-9]-[0-3][0-9]' <<<"$(basename "$f")" | head -1)
  if [ -z "$d" ]; then  # a date line instead: "March 18, 2025"
    d=$(python3 -c 'import re,sys,datetime
t=open(sys.argv[1]).read()
m=re.search(r"(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})",t)
print(datetime.datetime.strptime(m.group(0),"%B %d, %Y").date())' "$f")
  fi
  n=$((n + 1))
  cp "$f" "$t/r/${d}_$(basename "$f")"
done
printf '%s\n' 'Chad Update' '' 'Chadian Foreign Minister Abderaman Koulamallah stated on March 2 that Chad will not allow RSF fighters to cross its border.[1]' \
  '' 'Endnotes' '[1] https://example.org/chad/1' > "$t/r/2025-03-03_chad-a.txt"
printf '%s\n' 'Chad Update' '' 'Koulamallah claimed on April 7 that the RSF attacked Adre with drones.[1]' \
  '' 'Endnotes' '[1] https://example.org/chad/2' > "$t/r/2025-04-08_chad-b.txt"
reports=$(ls "$t"/r/*.txt)
count=$(wc -l <<<"$reports")
[ "$count" -ge 10 ] && ok "$count reports" || fail "only $count reports"

# All at once, and one by one in date order.
"$bin" build $reports -f nquads -o "$t/all.nq" 2>"$t/err" || { fail "build all"; cat "$t/err"; }
first=1
for f in $reports; do
  if [ $first = 1 ]; then "$bin" build "$f" -f nquads -o "$t/daily.nq" 2>/dev/null; first=0
  else "$bin" build "$f" --merge "$t/daily.nq" -f nquads -o "$t/daily.nq" 2>/dev/null || fail "merge $(basename "$f")"; fi
done
same "all at once = one by one (bytes)" "$t/all.nq" "$t/daily.nq"
/usr/bin/python3 - "$t/all.nq" "$t/daily.nq" <<'PY' && ok "all at once = one by one (rdflib isomorphism, graph by graph)" || fail "rdflib finds the graphs different"
import sys
from rdflib import Dataset
from rdflib.compare import isomorphic
a, b = Dataset(), Dataset()
a.parse(sys.argv[1], format="nquads", publicID="urn:x-default")
b.parse(sys.argv[2], format="nquads", publicID="urn:x-default")
ga = {g.identifier: g for g in a.graphs()}; gb = {g.identifier: g for g in b.graphs()}
sys.exit(0 if set(ga) == set(gb) and all(isomorphic(ga[k], gb[k]) for k in ga) else 1)
PY

# Idempotence.
"$bin" build --merge "$t/all.nq" --merge "$t/all.nq" -f nquads -o "$t/self.nq"
same "a graph merged with itself" "$t/all.nq" "$t/self.nq"
"$bin" build "$t/r/2025-03-03_chad-a.txt" "$t/r/2025-04-08_chad-b.txt" --merge "$t/all.nq" -f nquads -o "$t/again.nq" 2>/dev/null
same "reports already in the graph added again" "$t/all.nq" "$t/again.nq"

# Order and jobs.
"$bin" build $(ls -r "$t"/r/*.txt) -j 2 -f nquads -o "$t/reversed.nq" 2>/dev/null
same "reversed file order with -j 2" "$t/all.nq" "$t/reversed.nq"

# The surname alone (in the later report) is the person of the earlier one.
person=$(grep -c '<https://w3id.org/stancegraph/id/person/td/abderaman-koulamallah> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>' "$t/all.nq")
[ "$person" = 1 ] && ok "one node for Abderaman Koulamallah" || fail "Koulamallah is $person nodes"
grep -q 'ontology#actor> <https://w3id.org/stancegraph/id/person/td/abderaman-koulamallah>.*report/' "$t/all.nq" &&
  grep 'person/koulamallah>' "$t/all.nq" >/dev/null && fail "a second node person/koulamallah" || ok "no node for the surname alone"
claims=$(grep -c 'ontology#attributedTo> <https://w3id.org/stancegraph/id/person/td/abderaman-koulamallah>' "$t/all.nq")
[ "$claims" -ge 2 ] && ok "both reports' statements are his ($claims)" || fail "only $claims statements attributed to him"

# The other order: first a title with the surname alone, then the full name.
# The node keeps the IRI minted first, and gets the full name as a label.
mkdir -p "$t/s"
printf '%s\n' 'Chad Update' '' 'Foreign Minister Koulamallah stated on March 2 that Chad will not allow RSF fighters to cross its border.[1]' \
  '' 'Endnotes' '[1] https://example.org/chad/1' > "$t/s/2025-03-03_a.txt"
printf '%s\n' 'Chad Update' '' 'Chadian Foreign Minister Abderaman Koulamallah claimed on April 7 that the RSF attacked Adre with drones.[1]' \
  '' 'Endnotes' '[1] https://example.org/chad/2' > "$t/s/2025-04-08_b.txt"
"$bin" build "$t/s/2025-03-03_a.txt" -f nquads -o "$t/s/daily.nq" 2>/dev/null
"$bin" build "$t/s/2025-04-08_b.txt" --merge "$t/s/daily.nq" -f nquads -o "$t/s/daily.nq" 2>/dev/null
"$bin" build "$t"/s/2025-*.txt -f nquads -o "$t/s/all.nq" 2>/dev/null
same "surname first: all at once = day by day" "$t/s/all.nq" "$t/s/daily.nq"
nodes=$(grep -o 'id/person/[a-z/-]*>' "$t/s/all.nq" | sort -u | tr '\n' ' ')
[ "$nodes" = "id/person/koulamallah> " ] && ok "surname first: one node, the IRI minted first" || fail "surname first: nodes $nodes"
grep -q 'person/koulamallah> <http://www.w3.org/2004/02/skos/core#altLabel> "Abderaman Koulamallah"@en' "$t/s/all.nq" &&
  ok "surname first: the full name is a label of the node" || fail "surname first: the full name is missing"

# A surname the report itself gives a person is that person, even when
# earlier reports named someone else with it: "Varga" after "Prime Minister
# Ines Varga" is Ines Varga, not the Dara Varga of the day before (who sorts
# first among the earlier reports' Vargas).
mkdir -p "$t/v"
printf '%s\n' 'Update' '' 'Lebanese Prime Minister Ines Varga met with French officials in Beirut on April 30.[1]' \
  '' 'Endnotes' '[1] https://example.org/v/0' > "$t/v/2025-05-01_a.txt"
printf '%s\n' 'Update' '' 'Hungarian Foreign Minister Dara Varga met with Slovak officials in Bratislava on May 1.[1]' \
  '' 'Endnotes' '[1] https://example.org/v/1' > "$t/v/2025-05-02_b.txt"
printf '%s\n' 'Update' '' 'Lebanese Prime Minister Ines Varga met with US officials in Beirut on May 2.[1] Varga claimed that the cabinet agreed to disarm Hezbollah.[1]' \
  '' 'Endnotes' '[1] https://example.org/v/2' > "$t/v/2025-05-03_c.txt"
"$bin" build "$t"/v/2025-*.txt -f nquads -o "$t/v/all.nq" 2>/dev/null
first=1
for f in "$t"/v/2025-*.txt; do
  if [ $first = 1 ]; then "$bin" build "$f" -f nquads -o "$t/v/daily.nq" 2>/dev/null; first=0
  else "$bin" build "$f" --merge "$t/v/daily.nq" -f nquads -o "$t/v/daily.nq" 2>/dev/null; fi
done
same "a report's own surname: all at once = day by day" "$t/v/all.nq" "$t/v/daily.nq"
claim=$(grep 'ontology#attributionVerb> "claimed"' "$t/v/all.nq" | head -1 | cut -d' ' -f1)
grep -q "^$claim <https://w3id.org/stancegraph/ontology#attributedTo> <https://w3id.org/stancegraph/id/person/lb/ines-varga>" "$t/v/all.nq" &&
  ok "\"Varga claimed\" is the report's own Ines Varga" || fail "the claim is not Ines Varga's"
grep -q 'ontology#attributedTo> <https://w3id.org/stancegraph/id/person/hu/dara-varga>' "$t/v/all.nq" &&
  fail "the claim went to the Dara Varga of an earlier report" || ok "not the earlier report's Dara Varga"

# A person whose IRI is percent-encoded (an accented name) is known to the
# later reports day by day as all at once: "Ouédraogo" alone is Émile
# Ouédraogo in both.
mkdir -p "$t/acc"
printf '%s\n' 'Sahel Update' '' 'Burkinabe Prime Minister Émile Ouédraogo stated on March 2 that Burkina Faso will not allow French troops to return.[1]' \
  '' 'Endnotes' '[1] https://example.org/bf/1' > "$t/acc/2025-03-03_a.txt"
printf '%s\n' 'Sahel Update' '' 'Ouédraogo claimed on April 7 that ECOWAS rejected the proposal.[1]' \
  '' 'Endnotes' '[1] https://example.org/bf/2' > "$t/acc/2025-04-08_b.txt"
"$bin" build "$t"/acc/2025-*.txt -f nquads -o "$t/acc/all.nq" 2>/dev/null
"$bin" build "$t/acc/2025-03-03_a.txt" -f nquads -o "$t/acc/daily.nq" 2>/dev/null
"$bin" build "$t/acc/2025-04-08_b.txt" --merge "$t/acc/daily.nq" -f nquads -o "$t/acc/daily.nq" 2>/dev/null
same "an accented person: all at once = day by day" "$t/acc/all.nq" "$t/acc/daily.nq"
claims=$(grep -c 'ontology#attributedTo> <https://w3id.org/stancegraph/id/person/bf/%C3%A9mile-ou%C3%A9draogo>' "$t/acc/daily.nq")
[ "$claims" -ge 2 ] && ok "day by day, both reports' statements are his ($claims)" || fail "only $claims statements attributed to Émile Ouédraogo"

# A user's own triples survive three merges.
cp "$t/daily.nq" "$t/annotated.nq"
printf '%s\n' '<https://w3id.org/stancegraph/id/state/RU> <https://example.org/my#note> "checked by hand" .' \
  '<https://example.org/my#source> <https://example.org/my#about> <https://w3id.org/stancegraph/id/org/kremlin> <https://example.org/my#graph> .' \
  '_:mine <https://example.org/my#flag> "blank" .' >> "$t/annotated.nq"
for i in 1 2 3; do
  "$bin" build "$t/r/2025-03-03_chad-a.txt" --merge "$t/annotated.nq" -f nquads -o "$t/annotated.nq" 2>/dev/null
done
for triple in 'my#note> "checked by hand"' 'my#about> <https://w3id.org/stancegraph/id/org/kremlin> <https://example.org/my#graph>' 'my#flag> "blank"'; do
  grep -qF "$triple" "$t/annotated.nq" && ok "foreign triple kept: $triple" || fail "foreign triple lost: $triple"
done
[ "$(grep -c 'my#flag' "$t/annotated.nq")" = 1 ] && ok "the blank node stays one node" || fail "the blank node multiplied"

# Turtle and JSON-LD graphs merge too (Turtle has no named graphs, so
# compare what the triples say, not where they are).
"$bin" build --merge "$t/all.nq" -f jsonld -o "$t/all.jsonld"
"$bin" build --merge "$t/all.jsonld" -f nquads -o "$t/from-jsonld.nq"
same "JSON-LD read back = N-Quads" "$t/all.nq" "$t/from-jsonld.nq"
"$bin" build --merge "$t/all.nq" -f turtle -o "$t/all.ttl"
"$bin" build --merge "$t/all.ttl" -f ntriples -o "$t/from-ttl.nt"
"$bin" build --merge "$t/all.nq" -f ntriples -o "$t/all.nt"
sort -u "$t/all.nt" > "$t/all.sorted.nt"
sort -u "$t/from-ttl.nt" > "$t/from-ttl.sorted.nt"
same "Turtle read back = N-Triples (the same triples)" "$t/all.sorted.nt" "$t/from-ttl.sorted.nt"

# Bad graphs: refused with file and line, output untouched.
cp "$t/all.nq" "$t/out.nq"
head -c 5000 "$t/all.nq" > "$t/truncated.nq"
"$bin" build "$t/r/2025-03-03_chad-a.txt" --merge "$t/truncated.nq" -o "$t/out.nq" 2>"$t/err"
code=$?
[ "$code" = 3 ] && ok "a truncated graph: exit 3" || fail "a truncated graph: exit $code"
grep -q "truncated.nq:[0-9]" "$t/err" && ok "the message names the file and line" || { fail "no file:line"; cat "$t/err"; }
same "the output is untouched" "$t/all.nq" "$t/out.nq"
printf '{"@context": {"sg": "https://w3id.org/stancegraph/ontology#"},\n "@graph": [\n  {"@id": "https://x.org/a", "sg:p": }\n ]}\n' > "$t/bad.jsonld"
"$bin" build --merge "$t/bad.jsonld" -o "$t/out.nq" 2>"$t/err"
[ $? = 3 ] && grep -q "bad.jsonld:3" "$t/err" && ok "malformed JSON-LD: exit 3 at line 3" || { fail "malformed JSON-LD"; cat "$t/err"; }
printf '{"@context": "https://example.org/remote-context.jsonld", "@id": "https://x.org/a"}\n' > "$t/remote.jsonld"
"$bin" build --merge "$t/remote.jsonld" -o "$t/out.nq" 2>"$t/err"
[ $? = 3 ] && grep -q "not loaded" "$t/err" && ok "a remote context is refused, not fetched" || { fail "remote context"; cat "$t/err"; }
printf '{"@id": "https://x.org/a", "undefinedTerm": 1}\n' > "$t/lossy.jsonld"
"$bin" build --merge "$t/lossy.jsonld" -o "$t/out.nq" 2>"$t/err"
[ $? = 3 ] && grep -q "would be lost" "$t/err" && ok "a key no context defines is refused, not dropped" || { fail "lossy JSON-LD"; cat "$t/err"; }
same "the output is still untouched" "$t/all.nq" "$t/out.nq"

# Summaries: repeated observations, first and last date, count.
/usr/bin/python3 - "$t/all.nq" <<'PY' && ok "summaries count repeated ADVANCEs by Russian forces" || fail "summaries"
import sys
from rdflib import Dataset
d = Dataset(default_union=True)
d.parse(sys.argv[1], format="nquads")
# One summary per target (Ukraine where a place in it is named, none
# where none is): each counts its members; the busiest counts at least
# 10; one spans more than one day (its first date before its last).
q = """PREFIX sg: <https://w3id.org/stancegraph/ontology#>
SELECT ?s ?first ?last ?n (COUNT(?a) AS ?members) WHERE {
  ?s a sg:StanceSummary ; sg:actor <https://w3id.org/stancegraph/id/org/ru-forces> ;
     sg:eventType sg:ADVANCE ; sg:negated false ; sg:firstDate ?first ; sg:lastDate ?last ;
     sg:assertionCount ?n ; sg:summarizes ?a .
} GROUP BY ?s ?first ?last ?n ORDER BY DESC(?n)"""
rows = [r[1:] for r in d.query(q)]
ok = (len(rows) >= 1 and all(int(r[2]) == int(r[3]) for r in rows) and int(rows[0][2]) >= 10 and
      any(str(r[0]) < str(r[1]) and int(r[2]) >= 2 for r in rows))
print("    ", [tuple(str(x) for x in r) for r in rows])
sys.exit(0 if ok else 1)
PY
summaries=$(grep -c 'ontology#StanceSummary> \.' "$t/all.nq")
"$bin" build "$t/r/2025-03-03_chad-a.txt" --merge "$t/all.nq" -f nquads -o "$t/resum.nq" 2>/dev/null
[ "$(grep -c 'ontology#StanceSummary> \.' "$t/resum.nq")" = "$summaries" ] && ok "a merge recomputes summaries, never doubles them" || fail "summaries doubled"

# stats
"$bin" stats "$t/all.nq" --json > "$t/stats.json" || fail "stats"
/usr/bin/python3 - "$t/stats.json" "$count" <<'PY' && ok "stats --json counts reports, types, months and actors" || fail "stats --json"
import json, sys
s = json.load(open(sys.argv[1]))
ok = s["reports"] == int(sys.argv[2]) and s["eventTypes"]["ADVANCE"] > 0 and "2025-11" in s["months"] \
     and s["topActors"][0]["label"] == "Russian forces" and s["classes"]["State"] > 10
sys.exit(0 if ok else 1)
PY
"$bin" stats "$t/all.nq" > "$t/stats.txt" && grep -q "assertions by event type" "$t/stats.txt" && ok "stats table" || fail "stats table"

finish
