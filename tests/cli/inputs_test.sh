#!/usr/bin/env bash
# Report formats and inputs of `build` (README "Report formats"):
#  - an HTML page gives the graph its text version gives (plus its URL);
#  - a directory is walked in a fixed order, links followed once, other
#    files passed over (said with --verbose), an empty one refused;
#  - a .jsonl file is one report per line, a bad line named and skipped
#    with exit 3, the rest written;
#  - --quiet prints errors only, --verbose a line per file;
#  - the progress bar never shows outside a terminal, and on a terminal
#    (script(1)) it goes to stderr and leaves the output as it was.
set -u
# shellcheck source=../e2e/lib.sh
. "$(dirname "$0")/../e2e/lib.sh"
require_tools python3
t=$tmp
html="$src/tests/data/html/sudan-sahel.html"
txt="$src/examples/reports/sudan-sahel.txt"

# run NAME EXPECTED_EXIT COMMAND...: stdout in $t/out, stderr in $t/err
run() {
  local name=$1 want=$2
  shift 2
  "$@" >"$t/out" 2>"$t/err"
  local got=$?
  if [ "$got" = "$want" ]; then ok "$name: exit $got"; else bad "$name: exit $got, expected $want"; head -3 "$t/err" | sed 's/^/     /'; fi
}
says() {  # says NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then ok "$1"; else bad "$1: no '$3'"; head -5 "$2" | sed 's/^/     /'; fi
}
never() {  # never NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then bad "$1: '$3' is there"; else ok "$1"; fi
}

# HTML = text: the same quads but for the file name and the page's URL.
"$bin" build "$txt" -f nquads -o "$t/txt.nq"
run "an HTML page" 0 "$bin" build "$html" -f nquads -o "$t/html.nq"
[ -s "$t/err" ] && bad "the HTML page gave messages: $(head -1 "$t/err")" || ok "the HTML page gives no message"
diff <(grep -v '/terms/identifier>' "$t/txt.nq") <(grep -v '/terms/identifier>' "$t/html.nq") > "$t/html.diff"
if [ "$(grep -c '^[<>]' "$t/html.diff")" = 1 ] &&
  grep -q '^> .*/report/[0-9a-f]*> <http://purl.org/dc/terms/source> <https://www.example.org/research/sudan-sahel' "$t/html.diff"; then
  ok "the HTML page gives the quads of its text version, plus its URL"
else
  bad "the HTML page and its text differ"; head -6 "$t/html.diff" | sed 's/^/     /'
fi
for noise in 'rejected the proposal' 'agreed to talks' 'agreed to nothing'; do
  never "no navigation, script, aside or footer text in the graph: '$noise'" "$t/html.nq" "$noise"
done
says "the page's title" "$t/html.nq" '<http://purl.org/dc/terms/title> "Sudan and Sahel Conflict Update"'
cat "$html" | "$bin" build - -f nquads -o "$t/stdin.nq"
diff <(grep -v '/terms/identifier>' "$t/html.nq") <(grep -v '/terms/identifier>' "$t/stdin.nq") >/dev/null &&
  ok "an HTML page on standard input is known by its first bytes" || bad "HTML on standard input read as text"
run "explain --report page.html" 0 "$bin" explain --report "$html"
says "explain reads the page" "$t/out" 'REJECT (reject.verb) actor=person/abdel-fattah-al-burhan'

# Directories.
mkdir -p "$t/d/b-sub/deeper" "$t/d/.git" "$t/empty" "$t/nothing"
cp "$src"/examples/reports/taiwan-strait-2025-06-03.txt "$t/d/c-2025-06-03.txt"
cp "$html" "$t/d/b-sub/page.HTM"
cp "$src"/examples/reports/2025-10-14_red-sea-and-gaza.txt "$t/d/b-sub/deeper/a-2025-10-14.txt"
echo 'Russia rejected the proposal on May 3.' > "$t/d/.git/x.txt"
printf 'notes\n' > "$t/d/notes.md"
printf 'notes\n' > "$t/nothing/notes.md"
ln -s .. "$t/d/b-sub/deeper/up"
run "a directory" 0 "$bin" build "$t/d" -f nquads -o "$t/dir.nq" --verbose
"$bin" build "$t/d/b-sub/deeper/a-2025-10-14.txt" "$t/d/b-sub/page.HTM" "$t/d/c-2025-06-03.txt" -f nquads -o "$t/files.nq"
same "a directory = its report files named one by one" "$t/dir.nq" "$t/files.nq"
grep -E '^/.*: [0-9]+ reports?, [0-9]+ assertions? extracted, [0-9.]+ s$' "$t/err" | cut -d: -f1 > "$t/order"
# Each file's line comes as its reports go into the graph: by report date
# (the page is of March 18, c of June 3, a of October 14), not in the
# order the walk found them.
printf '%s\n' "$t/d/b-sub/page.HTM" "$t/d/c-2025-06-03.txt" "$t/d/b-sub/deeper/a-2025-10-14.txt" > "$t/order.expected"
same "--verbose: a line per file, as each is done (by report date)" "$t/order.expected" "$t/order"
says "--verbose: a hidden folder passed over" "$t/err" "passed over $t/d/.git (hidden)"
says "--verbose: a file of another kind passed over" "$t/err" "passed over $t/d/notes.md (not .txt, .html, .htm or .jsonl)"
says "--verbose: a link loop walked once" "$t/err" "passed over $t/d/b-sub/deeper/up (a directory already walked"
says "--verbose: the totals, extracted and after de-duplication" "$t/err" 'stancegraph: 3 files, 3 reports: '
grep -qE '^stancegraph: 3 files, 3 reports: [0-9]+ assertions extracted, [0-9]+ in the graph after de-duplication; [0-9]+ quads in [0-9.]+ s$' "$t/err" &&
  ok "--verbose: says which count is which" || bad "--verbose: the totals do not say which count is which"
grep -qE '^stancegraph: reading and merging [0-9.]+ s, extracting [0-9.]+ s, finishing the graph [0-9.]+ s, writing [0-9.]+ s$' "$t/err" &&
  ok "--verbose: the time of each phase" || bad "--verbose: no line with the time of each phase"
run "a directory, quietly" 0 "$bin" build "$t/d" -f nquads -o "$t/dir2.nq"
[ -s "$t/err" ] && bad "a plain run printed: $(head -1 "$t/err")" || ok "without --verbose, nothing on stderr"
run "an empty directory" 3 "$bin" build "$t/empty" -o "$t/o.ttl"
says "an empty directory is named" "$t/err" "$t/empty: error: is a directory with no report files"
run "a directory with no report in it" 3 "$bin" build "$t/nothing" -o "$t/o.ttl"
[ -e "$t/o.ttl" ] && bad "an output was written" || ok "nothing was written"

# JSON Lines files.
python3 - "$t/c.jsonl" "$src"/examples/reports/*.txt <<'EOF'
import json, os, re, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sys.argv[2:]:
        doc = {"id": os.path.basename(path), "text": open(path, encoding="utf-8").read()}
        date = re.search(r"\d{4}-\d\d-\d\d", path)
        if date:
            doc["date"] = date.group(0)
        out.write(json.dumps(doc) + "\n")
    out.write('{"id": "broken", "text": \n')
    out.write('\n')
    out.write('{"id": "x", "date": "2025-02-30", "text": "x"}\n')
EOF
run "a JSON Lines file with two bad lines" 3 "$bin" build "$t/c.jsonl" -f nquads -o "$t/c.nq"
says "bad line 4 named" "$t/err" "$t/c.jsonl:4: error: not a JSON document"
says "bad line 6 named" "$t/err" "$t/c.jsonl:6: error: \"date\" '2025-02-30' is not a date"
[ "$(grep -c '#Report>' "$t/c.nq")" = 3 ] && ok "the three good documents are written" || bad "good documents lost"
"$bin" build "$t/c.jsonl" -f nquads -o "$t/c2.nq" 2>/dev/null
same "a JSON Lines build is deterministic" "$t/c.nq" "$t/c2.nq"
head -3 "$t/c.jsonl" > "$t/good.jsonl"
"$bin" build "$src"/examples/reports/*.txt -f nquads -o "$t/ex.nq"
run "a good JSON Lines file" 0 "$bin" build "$t/good.jsonl" -f nquads -o "$t/good.nq"
diff <(grep -v '/terms/identifier>' "$t/ex.nq") <(grep -v '/terms/identifier>' "$t/good.nq") >/dev/null &&
  ok "JSON Lines documents give what their text files give" || bad "JSON Lines documents differ from their files"

# --quiet and --verbose.
printf 'Undated\n\nRussia rejected the proposal on May 3.\n' > "$t/undated.txt"
run "a report without a date" 0 "$bin" build "$t/undated.txt" -o "$t/u.ttl"
says "it is warned about" "$t/err" "$t/undated.txt: warning: no report date"
run "--quiet" 0 "$bin" build "$t/undated.txt" -o "$t/u.ttl" --quiet
[ -s "$t/err" ] && bad "--quiet printed: $(head -1 "$t/err")" || ok "--quiet: no warning"
run "--quiet still names errors" 3 "$bin" build "$t/c.jsonl" -q -o "$t/c.ttl"
says "--quiet: the bad line named" "$t/err" "$t/c.jsonl:4: error:"
run "--quiet with --verbose" 2 "$bin" build "$t/undated.txt" -q -v
printf '%s\n' '{"text": "Russia rejected\u0001 the plan on May 3."}' '{"text": 1}' > "$t/warn.jsonl"
run "--stream --quiet" 3 "$bin" build --stream -q < "$t/warn.jsonl"
says "--stream --quiet: the bad line named" "$t/err" "stdin:2: error:"
never "--stream --quiet: no warning" "$t/err" "warning"
run "--stream --verbose" 2 "$bin" build --stream -v < "$t/warn.jsonl"

# Progress: never outside a terminal, even when it would show at once.
STANCEGRAPH_PROGRESS_DELAY_MS=0 "$bin" build "$t/d" -f nquads -o "$t/p.nq" 2>"$t/p.err"
if grep -q $'\r' "$t/p.err" || grep -q 'extracting' "$t/p.err"; then bad "a progress bar in a file"; else ok "no progress bar when stderr is a file"; fi
STANCEGRAPH_PROGRESS_DELAY_MS=0 "$bin" build "$t/d" -f nquads 2>&1 >/dev/null | cat > "$t/p.err"
[ -s "$t/p.err" ] && bad "a progress bar in a pipe" || ok "no progress bar when stderr is a pipe"
if command -v script >/dev/null; then
  STANCEGRAPH_PROGRESS_DELAY_MS=0 script -qec "'$bin' build '$t/d' -f nquads -o '$t/tty.nq'" /dev/null > "$t/tty.log"
  grep -q $'\r\e\\[Kextracting \\[' "$t/tty.log" && ok "on a terminal, a progress bar" || { bad "no progress bar on a terminal"; od -c "$t/tty.log" | head -3; }
  same "on a terminal, the same output" "$t/dir.nq" "$t/tty.nq"
  STANCEGRAPH_PROGRESS_DELAY_MS=0 script -qec "'$bin' build '$t/d' -f nquads -q -o '$t/tty.nq'" /dev/null > "$t/tty.log"
  [ -s "$t/tty.log" ] && bad "--quiet drew on the terminal" || ok "--quiet: no bar on a terminal either"
  if [ -z "${STANCEGRAPH_TIME_FACTOR:-}" ]; then  # a sanitizer build may take a second
    script -qec "'$bin' build '$t/d' -f nquads -o '$t/tty.nq'" /dev/null > "$t/tty.log"
    [ -s "$t/tty.log" ] && bad "a short run drew a bar" || ok "a run shorter than a second draws nothing"
  fi
else
  echo "skip the terminal checks: no script(1) (bsdutils)"
fi

finish
