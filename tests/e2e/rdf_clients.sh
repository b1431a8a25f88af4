#!/usr/bin/env bash
# Every RDF format the CLI writes, read back by two independent clients,
# Raptor's `rapper` and serd's `serdi`, for the seed report (when ../shared
# is there) and for the example reports:
#   - each parse exits 0 and says nothing on stderr (no warning, no error);
#   - relative IRIs never leak: parsed against an odd base IRI, no term
#     comes out under that base;
#   - every format holds the same set of distinct triples as the Turtle
#     output, statement for statement (not only the same count);
#   - the N-Quads hold as many distinct quads as the Turtle has triples
#     (each statement sits in exactly one graph);
#   - the JSON-LD, read by rdflib, gives the same number of distinct
#     triples (jsonld_roundtrip.mjs compares it statement for statement).
# Besides the reports, a merged graph of hostile terms (tests/data/hostile/:
# local names Turtle cannot write bare, IRIs and literals full of characters
# to escape, numbers whose lexical form must survive, a subject and a triple
# in several graphs) goes through the same checks, except RDF/XML (XML 1.0
# cannot hold its control characters) and the one-graph-per-statement count.
set -u
. "$(dirname "$0")/lib.sh"
require_tools rapper serdi
require_inputs
export LC_ALL=C
base="http://base.invalid/e2e/"

# parse_clean NAME COMMAND...: runs a client, keeping stdout in $tmp/out;
# it must exit 0 and write nothing to stderr.
parse_clean() {
  local name=$1
  shift
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ "$rc" != 0 ] || [ -s "$tmp/err" ]; then
    bad "$name: exit $rc"
    sed 's/^/     /' "$tmp/err" | head -8
    return 1
  fi
  return 0
}

# same_set NAME FILE REFERENCE: sorted, deduplicated N-Triples must match.
same_set() {
  if cmp -s "$2" "$3"; then
    ok "$1: the same $(wc -l <"$3") distinct triples as the Turtle"
  else
    bad "$1: $(wc -l <"$2") distinct triples, Turtle has $(wc -l <"$3"); first differences (< this, > Turtle):"
    diff "$2" "$3" | grep '^[<>]' | head -10 | cut -c1-300 | sed 's/^/     /'
  fi
}

no_base_leak() {
  if grep -qF -e "$base" -e "<file:" "$2"; then
    bad "$1: relative IRIs resolved against the parser's base:"
    grep -F -e "$base" -e "<file:" "$2" | head -3 | cut -c1-300 | sed 's/^/     /'
  else
    ok "$1: no relative IRI"
  fi
}

# check_corpus NAME BUILD-ARGS...; with hostile=1, the hostile graph's exceptions.
check_corpus() {
  local name=$1
  shift
  local stem="$tmp/$name" fmt syntax formats=(turtle ntriples nquads rdfxml jsonld)
  [ "${hostile:-0}" = 1 ] && formats=(turtle ntriples nquads jsonld)
  for fmt in "${formats[@]}"; do
    sg_build "$stem.$fmt" "$fmt" "$@" || return 0
  done
  ok "$name: built in ${#formats[@]} formats (${formats[*]})"

  # The reference: the Turtle output's distinct triples, as Raptor writes N-Triples.
  parse_clean "$name: rapper -i turtle (reference)" rapper -q -i turtle -o ntriples "$stem.turtle" "$base" || return 0
  sort -u "$tmp/out" >"$stem.ref.nt"
  local want
  want=$(wc -l <"$stem.ref.nt")
  if [ "$want" -gt 0 ]; then ok "$name: Turtle holds $want distinct triples"; else bad "$name: Turtle output is empty"; fi

  for syntax in "${formats[@]}"; do
    [ "$syntax" = jsonld ] && continue
    # rapper -c, as a user would run it: only the two informational lines on stderr.
    rapper -i "$syntax" -c "$stem.$syntax" >"$tmp/out" 2>"$tmp/err"
    local rc=$?
    if [ "$rc" = 0 ] && ! grep -qv -e '^rapper: Parsing URI ' -e '^rapper: Parsing returned [0-9]* triples$' "$tmp/err"; then
      ok "$name: rapper -i $syntax -c: $(sed -n 's/^rapper: Parsing returned \([0-9]*\) triples$/\1/p' "$tmp/err") statements, no warning"
    else
      bad "$name: rapper -i $syntax -c: exit $rc"
      grep -v '^rapper: Parsing ' "$tmp/err" | head -8 | sed 's/^/     /'
    fi
    if parse_clean "$name: rapper -i $syntax -o ntriples" rapper -q -i "$syntax" -o ntriples "$stem.$syntax" "$base"; then
      sort -u "$tmp/out" >"$stem.rapper-$syntax.nt"
      same_set "$name: rapper $syntax" "$stem.rapper-$syntax.nt" "$stem.ref.nt"
      no_base_leak "$name: rapper $syntax" "$stem.rapper-$syntax.nt"
    fi
  done

  # serd reads only the line formats and Turtle; -a writes the same \u
  # escapes as Raptor, so the sets compare byte for byte.
  for syntax in turtle ntriples nquads; do
    if parse_clean "$name: serdi -i $syntax" serdi -a -i "$syntax" -o ntriples "$stem.$syntax" "$base"; then
      sort -u "$tmp/out" >"$stem.serdi-$syntax.nt"
      same_set "$name: serdi $syntax" "$stem.serdi-$syntax.nt" "$stem.ref.nt"
      no_base_leak "$name: serdi $syntax" "$stem.serdi-$syntax.nt"
    fi
  done

  # Quads: the graph term kept, each statement in one graph only.
  if parse_clean "$name: serdi -i nquads -o nquads" serdi -a -i nquads -o nquads "$stem.nquads" "$base"; then
    local quads
    quads=$(sort -u "$tmp/out" | wc -l)
    if [ "${hostile:-0}" = 1 ] && [ "$quads" -gt "$want" ]; then
      ok "$name: $quads distinct quads for $want triples (one triple sits in two graphs)"
    elif [ "$quads" = "$want" ]; then
      ok "$name: $quads distinct quads, as many as the Turtle's triples"
    else
      bad "$name: $quads distinct quads, but the Turtle has $want triples"
    fi
    if grep -q '> <https\?://[^>]*> \.$' "$tmp/out"; then
      ok "$name: N-Quads use named graphs"
    else
      bad "$name: N-Quads hold no statement in a named graph (each report's assertions should be in the report's graph)"
    fi
  fi

  # JSON-LD through a third client, rdflib (Debian's python3-rdflib).
  if ! /usr/bin/python3 -c 'import rdflib' 2>/dev/null; then
    bad "$name: python3-rdflib is missing; run scripts/install-deps.sh --test"
  else
    local got
    if got=$(/usr/bin/python3 - "$stem.jsonld" 2>"$tmp/err" <<'PY'
import sys
import rdflib
ds = rdflib.ConjunctiveGraph()
ds.parse(sys.argv[1], format="json-ld")
print(len({(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}))
PY
    ) && [ "$got" = "$want" ]; then
      ok "$name: rdflib reads $got distinct triples from the JSON-LD"
    else
      bad "$name: rdflib reads '${got:-nothing}' distinct triples from the JSON-LD, the Turtle has $want"
      head -5 "$tmp/err" | sed 's/^/     /'
    fi
  fi
}

if [ "$have_seed" = 1 ]; then check_corpus seed "$seed" --date 2025-09-04; else skip "the seed in every format" "$no_seed"; fi
check_corpus examples "${examples[@]}"
check_corpus awkward "$src/tests/data/awkward/2025-01-10_awkward-urls-and-literals.txt"
hostile=1 check_corpus hostile --merge "$src/tests/data/hostile/hostile-terms.nq"
finish
