#!/usr/bin/env bash
# The event-data writers (-f csv, tsv, plover; docs/event-data.md) against
# the N-Quads writer, on the graph of bench/writers.sh (the 1 MB benchmark
# corpus's graph copied to about TRIPLES quads, default 10,000,000). Each
# writer runs in its own process; the four run in turn, RUNS rounds
# (default 3), and each event writer's CPU seconds (user + system: on a
# shared machine wall time counts the others' work too) are divided by
# N-Quads' of the same round: the median of those paired ratios is the
# figure, so a machine that slows down between rounds does not move it.
# Below 1.00x an event writer is faster than N-Quads.
# Usage: bench/event_writers.sh [TRIPLES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-10000000}
runs=${2:-3}
. bench/writers_graph.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "# stancegraph event-data writers, $(date -u +%Y-%m-%d), $(nproc) cores, $(git rev-parse --short HEAD)"
echo
echo "Command: \`bench/event_writers.sh $target $runs\` — the 1 MB corpus's graph ($per_copy quads) copied $copies times, $runs rounds."
echo
for round in $(seq "$runs"); do
  for w in nquads csv tsv plover; do
    # Written to a file, not /dev/null: its size is part of the answer.
    build-bench/stancegraph_writers "$base" "$copies" "$w" "$out/$w.out" | sed "s/^/$round /"
  done
done >"$out/runs"
python3 - "$out/runs" <<'PY'
import json, statistics, sys
rows = [(int(line.split(" ", 1)[0]), json.loads(line.split(" ", 1)[1])) for line in open(sys.argv[1])]
by = {}
for r, j in rows:
    by.setdefault(j["writer"], {})[r] = j
names = {"nquads": "N-Quads (baseline)", "csv": "CSV", "tsv": "TSV", "plover": "PLOVER JSON Lines"}
print("| writer | quads | CPU s (median) | quads/CPU s | CPU ratio to N-Quads (median of rounds) | ratios by round | output MB | writer MB |")
print("|---|---|---|---|---|---|---|---|")
for w in ("nquads", "csv", "tsv", "plover"):
    runs = by[w]
    cpu = statistics.median(j["cpu_seconds"] for j in runs.values())
    ratios = [runs[r]["cpu_seconds"] / by["nquads"][r]["cpu_seconds"] for r in sorted(runs)]
    any_run = next(iter(runs.values()))
    writer_mb = statistics.median(j["peak_mb"] - j["graph_peak_mb"] for j in runs.values())
    print("| %s | %d | %.2f | %.0f | %.2fx | %s | %.0f | %.0f |" % (
        names[w], any_run["quads"], cpu, any_run["quads"] / cpu, statistics.median(ratios),
        " ".join("%.2f" % x for x in ratios), any_run["bytes"] / 1e6, writer_mb))
PY
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
