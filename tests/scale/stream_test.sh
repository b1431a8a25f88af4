#!/usr/bin/env bash
# build --stream, the map step of a distributed run (docs/scale.md):
#  - a corpus in 4 shards, each run on its own, concatenated = one run
#    (bytes), and -j 2 = -j 1;
#  - each document gives what `build` gives for the same report, less the
#    stance summaries (which count over a whole graph), plus its url;
#  - the output parses in rapper and serdi with no warning;
#  - `build --merge` on the union adds the summaries;
#  - a bad line is named by line number and skipped, the run ends with 3;
#  - wrong usage is refused with 2.
set -u
# shellcheck source=../e2e/lib.sh
. "$(dirname "$0")/../e2e/lib.sh"
require_tools python3 rapper serdi split
t=$tmp
fail() { bad "$@"; }

# The corpus and the examples as JSON Lines, with an id, a url and, where the
# file name has one, a date.
python3 - "$t/corpus.jsonl" "$src"/tests/data/corpus/*.txt "$src"/examples/reports/*.txt <<'EOF'
import json, os, re, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sys.argv[2:]:
        name = os.path.basename(path)
        doc = {"id": name, "url": "https://example.org/reports/" + name,
               "text": open(path, encoding="utf-8").read()}
        date = re.search(r"\d{4}-\d\d-\d\d", name)
        if date:
            doc["date"] = date.group(0)
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
EOF
docs=$(wc -l < "$t/corpus.jsonl")
[ "$docs" -ge 10 ] && ok "$docs documents" || fail "only $docs documents"

"$bin" build --stream < "$t/corpus.jsonl" > "$t/all.nq" 2>"$t/err"
[ $? = 0 ] && ok "one run exits 0" || { fail "one run failed"; cat "$t/err"; }
split -n l/4 -d "$t/corpus.jsonl" "$t/shard-"
for s in "$t"/shard-0?; do "$bin" build --stream < "$s" > "$s.nq"; done
cat "$t"/shard-0?.nq > "$t/union.nq"
[ "$(ls "$t"/shard-0?.nq | wc -l)" = 4 ] && ok "4 shards" || fail "not 4 shards"
same "4 shards concatenated = one run" "$t/all.nq" "$t/union.nq"
"$bin" build --stream -j 2 < "$t/corpus.jsonl" > "$t/j2.nq"
same "-j 2 = -j 1" "$t/all.nq" "$t/j2.nq"

rapper -q -i nquads -c "$t/all.nq" 2>"$t/rapper.err" && [ ! -s "$t/rapper.err" ] && ok "rapper reads it without a warning" ||
  { fail "rapper"; head -3 "$t/rapper.err"; }
serdi -i nquads "$t/all.nq" >/dev/null 2>"$t/serdi.err" && [ ! -s "$t/serdi.err" ] && ok "serdi reads it without a warning" ||
  { fail "serdi"; head -3 "$t/serdi.err"; }
grep -q 'StanceSummary' "$t/all.nq" && fail "a stream run wrote summaries" || ok "no summaries in a stream run"

# A document = `build` of the same report, less summaries, plus its url.
f="$src/tests/data/corpus/03_israel-iran-lebanon_2025-08-27.txt"
"$bin" build "$f" -f nquads -o "$t/file.nq"
grep -v '/id/summary/' "$t/file.nq" | sort > "$t/file.sorted"
grep -F '"id": "03_israel-iran-lebanon_2025-08-27.txt"' "$t/corpus.jsonl" | "$bin" build --stream | sort > "$t/doc.sorted"
diff "$t/file.sorted" "$t/doc.sorted" > "$t/doc.diff"
if [ "$(grep -c '^[<>]' "$t/doc.diff")" = 1 ] &&
  grep -q '^> .*/report/[0-9a-f]*> <http://purl.org/dc/terms/source> <https://example.org/reports/03_israel' "$t/doc.diff"; then
  ok "a document gives what build gives, plus its url"
else
  fail "a document differs from build"; head -6 "$t/doc.diff" | sed 's/^/     /'
fi

# The union merged: summaries are computed over all of it.
"$bin" build --merge "$t/union.nq" -f nquads -o "$t/merged.nq"
n=$(grep -c '#StanceSummary>' "$t/merged.nq")
[ "$n" -gt 10 ] && ok "build --merge on the union adds $n summaries" || fail "no summaries after the merge ($n)"

# Dates: the document's, else a date line, else --date.
printf '%s\n' '{"id":"a","text":"Russia rejected the proposal on May 3."}' > "$t/nodate.jsonl"
"$bin" build --stream --date 2025-05-04 < "$t/nodate.jsonl" > "$t/nodate.nq"
grep -q '"2025-05-03"^^<http://www.w3.org/2001/XMLSchema#date>' "$t/nodate.nq" && ok "--date dates a document without one" ||
  fail "--date not used"
printf '%s\n' '{"id":"a","date":"2024-05-04T10:00:00Z","text":"Russia rejected the proposal on May 3."}' > "$t/stamp.jsonl"
"$bin" build --stream --date 2025-05-04 < "$t/stamp.jsonl" > "$t/stamp.nq"
grep -q '"2024-05-03"^^<http://www.w3.org/2001/XMLSchema#date>' "$t/stamp.nq" && ok "a timestamp's date wins over --date" ||
  fail "the document's own date was not used"

# Bad lines: named, skipped, exit 3; the good documents still come out.
{ head -1 "$t/corpus.jsonl"; echo '{"id": "x", "text": '; echo '[1, 2]'; echo '{"id": "y"}';
  echo '{"id": "z", "date": "2025-02-30", "text": "x"}'; sed -n 2p "$t/corpus.jsonl"; } > "$t/bad.jsonl"
"$bin" build --stream < "$t/bad.jsonl" > "$t/bad.nq" 2>"$t/bad.err"
code=$?
[ $code = 3 ] && ok "bad lines: exit 3" || fail "bad lines: exit $code"
for l in 2 3 4 5; do grep -q "^stdin:$l: error:" "$t/bad.err" && ok "bad line $l named" || fail "bad line $l not named"; done
[ "$(grep -c '#Report>' "$t/bad.nq")" = 2 ] && ok "the two good documents still come out" || fail "good documents lost"

# Usage.
for args in "--stream x.txt" "--stream -o out.nq" "--stream -f turtle" "--stream --merge g.nq"; do
  "$bin" build $args < /dev/null > /dev/null 2>&1
  code=$?
  [ $code = 2 ] && ok "build $args: exit 2" || fail "build $args: exit $code"
done

finish
