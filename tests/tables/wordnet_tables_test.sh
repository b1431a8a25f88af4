#!/usr/bin/env bash
# The committed WordNet tables (ontologies/rules/wordnet-*.tsv) are what
# scripts/gen-wordnet.py makes of WordNet now: neither was edited by hand
# nor left behind by a change to the script. Needs Debian's wordnet-base,
# which users do not: without it the test is skipped (exit 77).
set -euo pipefail
src=${SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
if [ ! -f /usr/share/wordnet/index.verb ]; then
  echo "skipped: wordnet-base is not installed (apt-get install wordnet-base)"
  exit 77
fi
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
python3 "$src/scripts/gen-wordnet.py" --out "$t"
status=0
for f in wordnet-lemmas.tsv wordnet-irregular.tsv; do
  if cmp -s "$t/$f" "$src/ontologies/rules/$f"; then
    echo "ok   $f"
  else
    echo "FAIL $f differs from what scripts/gen-wordnet.py writes:"
    diff "$src/ontologies/rules/$f" "$t/$f" | head -20
    status=1
  fi
done
exit $status
