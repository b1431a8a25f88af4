#!/usr/bin/env bash
# The researcher's questions in queries/, run by a second SPARQL engine,
# Raptor/Rasqal's `roqet`, straight on the Turtle output of the seed and of
# the examples, as queries/README.md tells users to: the answers must be
# the answer files of queries/expected/ (the same files sparql_questions.mjs
# holds Oxigraph and virtuoso.sh holds Virtuoso to).
#
# Rasqal 0.9.33 (Debian 12) knows neither property paths nor FILTER NOT
# EXISTS, and it mis-joins some groups with several OPTIONALs: on these
# reports it loses rows of rejections.rq and agreements.rq, multiplies those
# of footnotes.rq on the seed, and needs minutes for meetings.rq,
# co-occurring-actors.rq and, on the examples, rejections.rq. state-stances.rq
# it answers right, but in half a minute. So only the questions below are
# asked of it; every answer it gives must be exact.
set -u
. "$(dirname "$0")/lib.sh"
require_tools roqet
require_inputs
require_python

questions=(advances recurring-stances russian-officials spokesperson-claims threats-and-sanctions)

if [ "$have_seed" = 1 ]; then sg_build "$tmp/seed.ttl" turtle "$seed" --date 2025-09-04 || finish
else skip "roqet on the seed" "$no_seed"; fi
sg_build "$tmp/examples.ttl" turtle "${examples[@]}" || finish

for corpus in "${corpora[@]}"; do
  for q in "${questions[@]}"; do
    if ! roqet -q -r xml -D "$tmp/$corpus.ttl" "$src/queries/$q.rq" >"$tmp/result.xml" 2>"$tmp/err" || [ -s "$tmp/err" ]; then
      bad "$corpus: roqet cannot run queries/$q.rq"
      head -5 "$tmp/err" | sed 's/^/     /'
      continue
    fi
    # roqet names no variables when there is no solution.
    same_answer "$corpus: roqet answers queries/$q.rq as queries/expected/$corpus/$q.tsv says" \
      "$tmp/result.xml" "$src/queries/expected/$corpus/$q.tsv" --headless-empty
  done
done
finish
