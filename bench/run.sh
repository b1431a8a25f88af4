#!/usr/bin/env bash
# The benchmark of bench/RESULTS.md. For each corpus size (MB, default
# "1 20 200"): generates the corpus (bench/gen_corpus.py, cached in
# build-bench/corpus-N), times every stage in one process
# (stancegraph_stages), then the whole command line — build to N-Quads
# with -j 1 and -j 2 (to a file, and to /dev/null to leave the disk out),
# to Turtle and to JSON-LD, and build --stream on the
# same reports as JSON Lines — with wall time and peak memory from GNU
# time, and the peer, wink-nlp, on the same reports. Prints a Markdown
# report; figures are ratios against runs on the same machine in the same
# run, since shared machines are noisy.
# Usage: bench/run.sh [SIZE_MB...]   (RUNS=N to time each whole command N times)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 20 200)
# Runs of each whole command (the median is reported): RUNS, default 3 up
# to 20 MB and 1 beyond.
runs_for() { [ -n "${RUNS:-}" ] && echo "$RUNS" || { [ "$1" -le 20 ] && echo 3 || echo 1; }; }
scripts/install-deps.sh --bench >&2
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DSTANCEGRAPH_TESTS=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" --target stancegraph stancegraph_stages >/dev/null
bin=build-bench/stancegraph
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# run NAME COMMAND...: the median wall seconds of $runs runs and the peak
# RSS (MB) of the largest, as "S MB". Medians, since the machines are shared.
run() {
  local name=$1
  shift
  : > "$out/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$out/time" "$@" >"$out/stdout" 2>"$out/err" || { echo "$name failed:" >&2; tail -3 "$out/err" >&2; exit 1; }
    cat "$out/time" >> "$out/times"
  done
  sort -n "$out/times" | awk '{ s[NR] = $1; if ($2 > m) m = $2 } END { printf "%s %.0f\n", s[int((NR + 1) / 2)], m / 1024 }'
}
rate() { awk -v mb="$1" -v s="$2" 'BEGIN { printf "%.2f", (s > 0 ? mb / s : 0) }'; }

echo "# stancegraph benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(git rev-parse --short HEAD)"
echo
echo "Command: \`bench/run.sh ${sizes[*]}\`"
for size in "${sizes[@]}"; do
  runs=$(runs_for "$size")
  corpus=build-bench/corpus-$size
  if [ ! -f "$corpus.jsonl" ]; then
    rm -rf "$corpus"
    python3 bench/gen_corpus.py --mb "$size" --out "$corpus" --jsonl "$corpus.jsonl" >&2
  fi
  mb=$(cat "$corpus"/*.txt | wc -c | awk '{ printf "%.2f", $1 / 1e6 }')
  files=$(find "$corpus" -name '*.txt' | wc -l)
  echo
  echo "## $mb MB ($files reports)"
  echo
  echo "Stages, one thread, one process (\`build-bench/stancegraph_stages ontologies $corpus/*.txt\`):"
  echo
  echo "| stage | seconds | MB/s | sentences/s | assertions/s | quads/s | peak RSS MB |"
  echo "|---|---|---|---|---|---|---|"
  build-bench/stancegraph_stages ontologies "$corpus"/*.txt 2>/dev/null | python3 -c '
import json, sys
for line in sys.stdin:
    j = json.loads(line)
    f = lambda k, d=0: ("%.*f" % (d, j[k])) if k in j else ""
    print("| %s | %s | %s | %s | %s | %s | %s |" % (j["stage"], f("seconds", 3), f("mb_per_s", 2),
          f("sentences_per_s"), f("assertions_per_s"), f("quads_per_s"), f("peak_rss_mb")))'
  echo
  echo "Whole runs (median wall time of $runs):"
  echo
  echo "| run | seconds | MB/s | peak RSS MB | ratio to wink-nlp |"
  echo "|---|---|---|---|---|"
  read -r ws wm < <(run wink node bench/wink_peer.mjs "$corpus")
  cp "$out/stdout" "$out/wink.json"
  read -r n1 m1 < <(run nq1 "$bin" build "$corpus"/*.txt -f nquads -j 1 -o "$out/g.nq")
  read -r n2 m2 < <(run nq2 "$bin" build "$corpus"/*.txt -f nquads -j 2 -o "$out/g2.nq")
  # The same builds with the output thrown away: what the disk costs (the
  # temporary file's fsync waits for all of it) is the difference.
  read -r d1 md1 < <(run null1 sh -c "'$bin' build '$corpus'/*.txt -f nquads -j 1 -o - > /dev/null")
  read -r d2 md2 < <(run null2 sh -c "'$bin' build '$corpus'/*.txt -f nquads -j 2 -o - > /dev/null")
  read -r tt mt < <(run ttl "$bin" build "$corpus"/*.txt -f turtle -j 1 -o "$out/g.ttl")
  read -r jt mj < <(run jsonld "$bin" build "$corpus"/*.txt -f jsonld -j 1 -o "$out/g.jsonld")
  read -r st ms < <(run stream sh -c "'$bin' build --stream -j 1 < '$corpus.jsonl' > '$out/s.nq'")
  read -r s2 m22 < <(run stream2 sh -c "'$bin' build --stream -j 2 < '$corpus.jsonl' > '$out/s2.nq'")
  quads=$(wc -l < "$out/g.nq")
  wink=$(rate "$mb" "$ws")
  row() { echo "| $1 | $2 | $(rate "$mb" "$2") | $3 | $(awk -v a="$(rate "$mb" "$2")" -v b="$wink" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }') |"; }
  row "wink-nlp: sentences, tokens, entities (node bench/wink_peer.mjs)" "$ws" "$wm"
  row "build -f nquads -j 1" "$n1" "$m1"
  row "build -f nquads -j 2" "$n2" "$m2"
  row "build -f nquads -j 1 -o - > /dev/null" "$d1" "$md1"
  row "build -f nquads -j 2 -o - > /dev/null" "$d2" "$md2"
  row "build -f turtle -j 1" "$tt" "$mt"
  row "build -f jsonld -j 1" "$jt" "$mj"
  row "build --stream -j 1 (JSON Lines)" "$st" "$ms"
  row "build --stream -j 2" "$s2" "$m22"
  echo
  echo "Whole runs are wall time, start-up included (stancegraph loads its gazetteer and rules, wink-nlp its"
  echo "model). wink-nlp's own timing of its work alone: \`$(cat "$out/wink.json")\`."
  echo
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
  echo "$quads quads. -j 2 / -j 1: $(ratio "$n1" "$n2")x for build to a file, $(ratio "$d1" "$d2")x for build to /dev/null, $(ratio "$st" "$s2")x for --stream."
done
