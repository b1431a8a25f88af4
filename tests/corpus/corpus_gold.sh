#!/usr/bin/env bash
# The project's own test reports (tests/data/corpus: eight fictional reports
# on four regions, written before the rules) and examples/reports, each
# scored against its gold file by tests/corpus/score_gold.py (rdflib), from
# the repository alone. Each set must yield at least 90% of its must
# assertions, every must entity of type State, and no must_not reading.
set -u
bin=${STANCEGRAPH_BIN:-build/stancegraph}
src=${SOURCE_DIR:-.}
scorer="$src/tests/corpus/score_gold.py"
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
if ! /usr/bin/python3 -c 'import rdflib' 2>/dev/null; then
  echo "FAIL: python3-rdflib is missing; run scripts/install-deps.sh --test"; exit 1
fi
bad=0
score() {  # name graph gold
  /usr/bin/python3 "$scorer" "$2" "$3" || true
  /usr/bin/python3 "$scorer" "$2" "$3" --json > "$t/$1.json" || { echo "FAIL $1: scorer failed"; bad=$((bad + 1)); return; }
  /usr/bin/python3 - "$1" "$t/$1.json" <<'PY' || bad=$((bad + 1))
import json, sys
name, t = sys.argv[1], json.load(open(sys.argv[2]))["total"]
core, total = t["must_core"], t["must_total"]
ratio = core / total if total else 0
ok = total > 0 and ratio >= 0.9 and t["must_not_violations"] == 0
print(("ok  " if ok else "FAIL") + f" {name}: must assertions {core}/{total} ({ratio:.0%}, all fields {t['must_full']}), "
      f"should {t['should_core']}/{t['should_total']}, entities {t['entity_hits']}/{t['entity_total']}, "
      f"must_not violations {t['must_not_violations']}")
sys.exit(0 if ok else 1)
PY
}
# Each report's date comes from its file name or its date line.
"$bin" build "$src"/tests/data/corpus/*.txt -o "$t/corpus.ttl" || { echo "FAIL corpus build"; exit 1; }
score corpus "$t/corpus.ttl" "$src/tests/data/corpus.gold.json"
"$bin" build "$src"/examples/reports/*.txt -o "$t/examples.ttl" || { echo "FAIL examples build"; exit 1; }
score examples "$t/examples.ttl" "$src/tests/data/examples.gold.json"
[ "$bad" = 0 ]
