#!/usr/bin/env bash
# The writers benchmark of bench/RESULTS.md ("Writers at scale"): each
# writer on a graph of about TRIPLES quads (default 10,000,000), one process
# per writer, reporting quads per second of CPU time (user + system: on a
# shared machine wall time counts the others' work too) and of wall time,
# and peak memory (VmHWM) before and after writing. The graph is the 1 MB benchmark corpus's real graph (built by
# `stancegraph build`, bench/gen_corpus.py's reports) copied with its
# instance IRIs renamed per copy (bench/writers.cpp). Raptor's Turtle
# serializer, the baseline, runs on about a tenth of the graph (it holds
# the whole document), next to ours on the same size for the ratio; serd's
# Turtle writer runs on the whole size, as the alternative to ours. Our
# Turtle of the small graph is also read back by serdi as a check.
# Usage: bench/writers.sh [TRIPLES]
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-10000000}
. bench/writers_graph.sh
small=$(((copies + 9) / 10))
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# run WRITER COPIES: the writer's JSON line.
run() { build-bench/stancegraph_writers "$base" "$2" "$1" "${3:-/dev/null}"; }

echo "# stancegraph writers, $(date -u +%Y-%m-%d), $(nproc) cores, $(git rev-parse --short HEAD)"
echo
echo "Command: \`bench/writers.sh $target\` — the 1 MB corpus's graph ($per_copy quads) copied $copies times (large) and $small times (small)."
echo
echo "| writer | graph | quads | CPU s | quads/CPU s | ratio to Raptor Turtle | wall s | quads/wall s | graph peak MB | peak MB | writer MB |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
{
  run turtle-raptor "$small" | sed 's/^/small /'
  run turtle "$small" "$out/small.ttl" | sed 's/^/small /'
  for w in sort-quads sort-triples nquads turtle turtle-serd jsonld; do run "$w" "$copies" | sed 's/^/large /'; done
} >"$out/runs"
python3 - "$out/runs" <<'PY'
import json, sys
rows = [(line.split(" ", 1)[0], json.loads(line.split(" ", 1)[1])) for line in open(sys.argv[1])]
baseline = next(j["quads_per_cpu_s"] for size, j in rows if j["writer"] == "turtle-raptor")
names = {"turtle-raptor": "Turtle, Raptor (baseline)", "turtle": "Turtle, ours", "turtle-serd": "Turtle, serd 0.30",
         "nquads": "N-Quads, ours", "jsonld": "JSON-LD, ours", "sort-quads": "sorted_quads() alone",
         "sort-triples": "sorted_triples() alone"}
for size, j in rows:
    print("| %s | %s | %d | %.2f | %.0f | %.2fx | %.2f | %.0f | %.0f | %.0f | %.0f |" % (
        names[j["writer"]], size, j["quads"], j["cpu_seconds"], j["quads_per_cpu_s"], j["quads_per_cpu_s"] / baseline,
        j["seconds"], j["quads_per_s"], j["graph_peak_mb"], j["peak_mb"], j["peak_mb"] - j["graph_peak_mb"]))
PY
echo
triples=$(serdi -i turtle -o ntriples "$out/small.ttl" 2>"$out/serdi.err" | wc -l)
echo "Load average during the run: $(cut -d' ' -f1-3 /proc/loadavg)."
echo "Check: serdi reads $triples triples from our small Turtle ($(wc -c <"$out/small.ttl") bytes), $(grep -c . "$out/serdi.err" || true) lines on stderr."
