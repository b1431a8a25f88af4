#!/usr/bin/env bash
# The seed report scored against ../shared/gold/seed.gold.json by the
# shared scorer (rdflib, a real client): every must entity, position and
# assertion, every should assertion, no must_not. The three sit beside the
# repository, not in it: without them the test is skipped (exit 77, which
# ctest reports as skipped) and says why.
set -u
bin=${STANCEGRAPH_BIN:-build/stancegraph}
src=${SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
shared=${SHARED_DIR:-$src/../shared}
for need in "$shared/seed/000_5f64971f44c3bd14.txt" "$shared/gold/seed.gold.json" "$shared/tools/score.py"; do
  [ -r "$need" ] || { echo "skipped: no $need (SHARED_DIR, or ../shared beside the repository)"; exit 77; }
done
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
if ! /usr/bin/python3 -c 'import rdflib' 2>/dev/null; then
  echo "FAIL: python3-rdflib is missing; run scripts/install-deps.sh"; exit 1
fi
"$bin" build "$shared/seed/000_5f64971f44c3bd14.txt" --date 2025-09-04 -o "$t/seed.ttl" || exit 1
/usr/bin/python3 "$shared/tools/score.py" "$t/seed.ttl" "$shared/gold/seed.gold.json"
/usr/bin/python3 "$shared/tools/score.py" "$t/seed.ttl" "$shared/gold/seed.gold.json" --json > "$t/score.json" || exit 1
/usr/bin/python3 - "$t/score.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))["total"]
checks = [
    ("entities", t["entity_hits"], t["entity_total"]),
    ("positions", t["position_hits"], t["position_total"]),
    ("must assertions (all fields)", t["must_full"], t["must_total"]),
    ("should assertions", t["should_core"], t["should_total"]),
]
bad = 0
for name, got, want in checks:
    ok = got == want and want > 0
    print(("ok  " if ok else "FAIL") + f" {name}: {got}/{want}")
    bad += not ok
print(("ok  " if t["must_not_violations"] == 0 else "FAIL") + f" must_not violations: {t['must_not_violations']}")
bad += t["must_not_violations"] != 0
print(f"{4 + 1 - bad} passed, {bad} failed")
sys.exit(1 if bad else 0)
PY
