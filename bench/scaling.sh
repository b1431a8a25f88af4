#!/usr/bin/env bash
# Does matching cost grow with the size of the gazetteer and the rule set?
# Times `build --stream` on the 1 MB benchmark corpus with the shipped
# ontologies, then with copies of them grown by synthetic entries that the
# corpus never names:
#   names   +100,000 people in people.tsv (the gazetteer is one token trie)
#   rules   +2,000 event rules, each anchored on its own word that no
#           report holds (rules are tried only where their trigger words occur)
#   shared  +500 event rules anchored on "said", a word the corpus holds
#           often: each is tried in every sentence that has it, so this
#           cost does grow with the number of rules sharing a trigger
# and prints, for each, the CPU seconds (median of RUNS, default 3) of
# loading the ontologies alone (`rules check`) and of the whole run, and
# the ratio of the run less its loading to the shipped ontologies' (the
# matching). The outputs of `names` and `rules` are checked to be the same
# bytes as the shipped ontologies' (nothing added matches); `shared` adds
# assertions.
# Usage: bench/scaling.sh   (RUNS=5 bench/scaling.sh for more runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
scripts/install-deps.sh --bench >&2
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DSTANCEGRAPH_TESTS=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" --target stancegraph >/dev/null
bin=build-bench/stancegraph
corpus=build-bench/corpus-1
if [ ! -f "$corpus.jsonl" ]; then
  rm -rf "$corpus"
  python3 bench/gen_corpus.py --mb 1 --out "$corpus" --jsonl "$corpus.jsonl" >&2
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# The grown ontologies, each a copy of ontologies/.
python3 - "$out" <<'EOF'
import os, shutil, sys
out = sys.argv[1]
def word(k, letters="bcdfghjklmnpqrstvwxz"):
    s = ""
    while True:
        s += letters[k % len(letters)]
        k //= len(letters)
        if k == 0:
            return "q" + s  # "qb", "qc", ...: no English word, no name in the corpus
for name in ("shipped", "names", "rules", "shared"):
    shutil.copytree("ontologies", os.path.join(out, name))
with open(os.path.join(out, "names", "gazetteer", "people.tsv"), "a", encoding="utf-8") as f:
    for k in range(100000):
        first, last = word(k).capitalize() + "o", word(k * 7 + 3).capitalize() + "ev"
        f.write(f"synthetic-{k}\t{first} {last}\t{last}\tRU\n")
with open(os.path.join(out, "rules", "rules", "90-synthetic.rules"), "w", encoding="utf-8") as f:
    f.write("# Synthetic rules for bench/scaling.sh: each anchored on a word no report holds.\n")
    for k in range(2000):
        f.write(f"rule synthetic.{k}\n  event REJECT\n  match actor:@Actor VG {word(k)}ed target:@Actor? topic:REST?\n\n")
with open(os.path.join(out, "shared", "rules", "90-synthetic.rules"), "w", encoding="utf-8") as f:
    f.write("# Synthetic rules for bench/scaling.sh: all anchored on 'said'.\n")
    for k in range(500):
        f.write(f"rule synthetic.{k}\n  event REJECT\n  match actor:@Actor VG said {word(k)}? topic:REST?\n\n")
EOF

# cpu COMMAND: the median CPU seconds (user + system) of RUNS runs of the shell COMMAND.
cpu() {
  local times=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%U %S' -o "$out/time" sh -c "$1"
    times+=("$(awk '{ printf "%.3f", $1 + $2 }' "$out/time")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
data() { echo "--gazetteer '$out/$1/gazetteer' --rules '$out/$1/rules'"; }
load() { cpu "'$bin' rules check $(data "$1") > /dev/null"; }
run() { cpu "'$bin' build --stream --quiet $(data "$1") < '$corpus.jsonl' > '$out/$1.nq'"; }
echo "# Matching against the size of the gazetteer and the rule set, $(date -u +%Y-%m-%d), $(git rev-parse --short HEAD)"
echo
echo "Command: \`bench/scaling.sh\` (build --stream on the 1 MB corpus, CPU seconds, median of $runs runs)"
echo
echo "| ontologies | names | rules | loading, CPU s | whole run, CPU s | run less loading, ratio to shipped | output |"
echo "|---|---|---|---|---|---|---|"
base=""
for name in shipped names rules shared; do
  l=$(load "$name")
  r=$(run "$name")
  matching=$(awk -v r="$r" -v l="$l" 'BEGIN { printf "%.3f", r - l }')
  [ -n "$base" ] || base=$matching
  summary=$("$bin" rules check $(eval echo "$(data "$name")") 2>/dev/null | tr '\n' ' ')
  names=$(grep -o '[0-9]* names' <<<"$summary" | head -1 | cut -d' ' -f1)
  rules=$(grep -o '[0-9]* rules' <<<"$summary" | head -1 | cut -d' ' -f1)
  same=$(cmp -s "$out/shipped.nq" "$out/$name.nq" && echo "same bytes" || echo "$(wc -l < "$out/$name.nq") quads")
  echo "| $name | ${names:-?} | ${rules:-?} | $l | $r | $(awk -v a="$matching" -v b="$base" 'BEGIN { printf "%.2f", a / b }') | $same |"
done
