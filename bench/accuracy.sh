#!/usr/bin/env bash
# Accuracy on prose nobody here wrote: builds the shared sets of real text
# (../shared/dev-real: 48 passages from news sites and think-tank reports;
# ../shared/plover-gsr: PLOVER's 322 gold-standard records) and scores them
# with the shared scorer (rdflib, through /usr/bin/python3). Prints one line
# per set and, with --table, the row for bench/ACCURACY.md; with --types,
# PLOVER's recall per event type.
# Usage: bench/accuracy.sh [--table] [--types] [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
table=0 types=0 bin=build/stancegraph
for a in "$@"; do
  case $a in
    --table) table=1 ;;
    --types) types=1 ;;
    *) bin=$a ;;
  esac
done
shared=${SHARED_DIR:-../shared}
if [ ! -d "$shared/dev-real" ] || [ ! -d "$shared/plover-gsr" ]; then
  echo "skipped: $shared/dev-real and $shared/plover-gsr are not here (they sit beside the repository in the team's checkout)"
  exit 0
fi
[ -x "$bin" ] || { echo "no binary $bin: build first (scripts/demo.sh)" >&2; exit 2; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
"$bin" build "$shared/dev-real" -f nquads -q -o "$t/dev.nq"
"$bin" build "$shared/plover-gsr/records" --date 2000-01-01 -f nquads -q -o "$t/plover.nq"
/usr/bin/python3 "$shared/tools/score.py" "$t/dev.nq" "$shared/dev-real/gold.json" --json > "$t/dev.json"
/usr/bin/python3 "$shared/tools/score.py" "$t/plover.nq" "$shared/plover-gsr/gold.json" --json > "$t/plover.json"
/usr/bin/python3 - "$t/dev.json" "$t/plover.json" "$table" "$(git rev-parse --short HEAD)" <<'PY'
import json, sys
dev, plover = (json.load(open(p))["total"] for p in sys.argv[1:3])
table, commit = sys.argv[3] == "1", sys.argv[4]
pct = lambda a, b: f"{100.0 * a / b:.0f}%" if b else "-"
d, p = dev, plover
n_dev, n_pl = 48, 316
if table:
    print(f"| {commit} | {pct(d['entity_hits'], d['entity_total'])} | {pct(d['position_hits'], d['position_total'])} "
          f"| {pct(d['must_core'], d['must_total'])} | {pct(d['must_full'], d['must_total'])} | {d['must_not_violations']} "
          f"| {d['predicted'] / n_dev:.1f} | {pct(p['must_core'], p['must_total'])} | {pct(p['must_full'], p['must_total'])} "
          f"| {p['predicted'] / n_pl:.2f} |")
else:
    print(f"dev-real: entities {d['entity_hits']}/{d['entity_total']} ({pct(d['entity_hits'], d['entity_total'])}), "
          f"positions {d['position_hits']}/{d['position_total']} ({pct(d['position_hits'], d['position_total'])}), "
          f"must-core {d['must_core']}/{d['must_total']} ({pct(d['must_core'], d['must_total'])}), "
          f"must-full {d['must_full']}/{d['must_total']} ({pct(d['must_full'], d['must_total'])}), "
          f"traps violated {d['must_not_violations']}, predictions {d['predicted']} ({d['predicted'] / n_dev:.1f} per passage, "
          f"{d['unmatched_predictions']} matching no gold item)")
    print(f"plover-gsr: must-core {p['must_core']}/{p['must_total']} ({pct(p['must_core'], p['must_total'])}), "
          f"must-full {p['must_full']}/{p['must_total']} ({pct(p['must_full'], p['must_total'])}), "
          f"predictions {p['predicted']} ({p['unmatched_predictions']} matching no record)")
PY
if [ "$types" = 1 ]; then
  /usr/bin/python3 "$shared/tools/score_by_type.py" "$t/plover.json" "$shared/plover-gsr/gold.json" --graph "$t/plover.nq"
fi
