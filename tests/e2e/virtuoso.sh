#!/usr/bin/env bash
# The researcher's questions in queries/, asked of OpenLink Virtuoso (Debian
# virtuoso-opensource) over its SPARQL HTTP endpoint, after the N-Quads
# output is bulk-loaded as docs/scale.md tells users to (ld_dir,
# rdf_loader_run, checkpoint): every answer must be the answer file of
# queries/expected/<corpus>/, as for Oxigraph and roqet.
#
# A private server: its own virtuoso.ini, database and ports (free random
# ones, bound to 127.0.0.1) in a temporary folder, killed and removed
# whatever happens.
#   1. The seed alone is loaded (its entities into the graph given to
#      ld_dir, its assertions into the report's graph from the N-Quads);
#      queries name no dataset, so Virtuoso answers from the union of all
#      its graphs, as Oxigraph's use_default_graph_as_union does.
#   2. The examples are loaded beside it, into a graph of their own; the
#      queries now name their dataset with the protocol's default-graph-uri
#      (that graph, the three report graphs and the examples' summaries),
#      so the seed stays out.
# Virtuoso writes xsd:boolean values as 1 and 0; sparql_answers.py reads
# them as true and false. Nothing else is evened out.
set -u
. "$(dirname "$0")/lib.sh"
require_tools virtuoso-t isql-vt curl
require_inputs
require_python

server_pid=
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
    server_pid=
  fi
}
trap 'stop_server; rm -rf "$tmp"' EXIT

mkdir -p "$tmp/db" "$tmp/seed" "$tmp/examples" "$tmp/results"
if [ "$have_seed" = 1 ]; then sg_build "$tmp/seed/seed.nq" nquads "$seed" --date 2025-09-04 || finish
else skip "Virtuoso on the seed" "$no_seed"; fi
sg_build "$tmp/examples/built.nq" nquads "${examples[@]}" || finish
# Both builds name their summaries' graph <{base}graph/summaries>: the
# examples' goes into a graph of their own, as docs/scale.md says, so that
# the seed's summaries stay out of the examples' answers.
examples_summaries=urn:stancegraph:examples:summaries
sed "s|<https://w3id.org/stancegraph/id/graph/summaries> \.\$|<$examples_summaries> .|" "$tmp/examples/built.nq" \
  >"$tmp/examples/examples.nq" && rm "$tmp/examples/built.nq"

# Two free ports on the loopback interface, the second one above the first.
port_free() { /usr/bin/python3 -c 'import socket,sys; s=socket.socket(); s.bind(("127.0.0.1", int(sys.argv[1])))' "$1" 2>/dev/null; }
sql_port=
for _ in $(seq 1 50); do
  p=$((20000 + RANDOM % 40000))
  if port_free "$p" && port_free $((p + 1)); then sql_port=$p; break; fi
done
[ -n "$sql_port" ] || { bad "no two free ports found on 127.0.0.1"; finish; }
http_port=$((sql_port + 1))

cat >"$tmp/db/virtuoso.ini" <<EOF
[Database]
DatabaseFile       = $tmp/db/virtuoso.db
ErrorLogFile       = $tmp/db/virtuoso.log
LockFile           = $tmp/db/virtuoso.lck
TransactionFile    = $tmp/db/virtuoso.trx
xa_persistent_file = $tmp/db/virtuoso.pxa
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $tmp/db/virtuoso-temp.db
TransactionFile    = $tmp/db/virtuoso-temp.trx
Striping           = 0

[Parameters]
ServerPort         = 127.0.0.1:$sql_port
DisableUnixSocket  = 1
CheckpointInterval = 0
DirsAllowed        = $tmp/seed, $tmp/examples
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
ThreadsPerQuery    = 2

[HTTPServer]
ServerPort           = 127.0.0.1:$http_port
ServerRoot           = $tmp/db
ServerThreads        = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows      = 100000
MaxQueryExecutionTime = 30
EOF

(cd "$tmp/db" && exec virtuoso-t -f -c "$tmp/db/virtuoso.ini") >"$tmp/db/server.out" 2>&1 &
server_pid=$!

# isql SQL: runs SQL as dba (a new database's password is "dba"); fails on
# any error Virtuoso reports.
isql() {
  isql-vt "127.0.0.1:$sql_port" dba dba exec="$1" >"$tmp/isql.out" 2>&1 && ! grep -q '\*\*\* Error' "$tmp/isql.out"
}

endpoint="http://127.0.0.1:$http_port/sparql"
up=
for _ in $(seq 1 150); do
  kill -0 "$server_pid" 2>/dev/null || break
  if isql "select 1;" && curl -sf -o /dev/null "$endpoint?query=ASK%7B%7D"; then up=1; break; fi
  sleep 0.2
done
if [ -z "$up" ]; then
  bad "virtuoso-t did not come up on 127.0.0.1:$sql_port and :$http_port within 30 s"
  tail -5 "$tmp/db/virtuoso.log" "$tmp/db/server.out" 2>/dev/null | sed 's/^/     /'
  finish
fi
ok "virtuoso-t serves SQL on 127.0.0.1:$sql_port and SPARQL on 127.0.0.1:$http_port"

# load DIR GRAPH: bulk-loads DIR/*.nq, the lines without a graph into GRAPH.
load() {
  if isql "ld_dir('$1', '*.nq', '$2'); rdf_loader_run(); checkpoint;" &&
    isql "select ll_file from DB.DBA.LOAD_LIST where ll_state <> 2 or ll_error is not null;" &&
    grep -q '^0 Rows' "$tmp/isql.out"; then
    ok "the bulk loader reads $(basename "$1")/*.nq into <$2> and the report graphs"
  else
    bad "the bulk loader fails on $1"
    sed 's/^/     /' "$tmp/isql.out" | tail -6
    return 1
  fi
}

# ask CORPUS [default-graph-uri...]: every question, its answer compared.
ask() {
  local corpus=$1 q name args=()
  shift
  for g in "$@"; do args+=(--data-urlencode "default-graph-uri=$g"); done
  for q in "$src"/queries/*.rq; do
    name=$(basename "$q" .rq)
    if ! curl -sf -H 'Accept: application/sparql-results+json' "${args[@]}" --data-urlencode "query@$q" \
      "$endpoint" >"$tmp/results/$corpus-$name.json" 2>"$tmp/err"; then
      bad "$corpus: Virtuoso's endpoint rejects queries/$name.rq"
      head -c 400 "$tmp/results/$corpus-$name.json" | sed 's/^/     /'
      continue
    fi
    same_answer "$corpus: Virtuoso answers queries/$name.rq as queries/expected/$corpus/$name.tsv says" \
      "$tmp/results/$corpus-$name.json" "$src/queries/expected/$corpus/$name.tsv"
  done
}

if [ "$have_seed" = 1 ] && load "$tmp/seed" "urn:stancegraph:seed:entities"; then
  ask seed
fi

if load "$tmp/examples" "urn:stancegraph:examples:entities"; then
  # The report graphs, as the entity graph lists the reports.
  curl -sf -H 'Accept: text/tab-separated-values' --data-urlencode \
    'query=SELECT ?r FROM <urn:stancegraph:examples:entities> WHERE { ?r a <https://w3id.org/stancegraph/ontology#Report> }' \
    "$endpoint" >"$tmp/reports.tsv"
  mapfile -t reports < <(tail -n +2 "$tmp/reports.tsv" | tr -d '"<>' | sort)
  if [ "${#reports[@]}" = "${#examples[@]}" ]; then
    ok "the examples' entity graph lists their ${#reports[@]} report graphs"
    ask examples "urn:stancegraph:examples:entities" "$examples_summaries" "${reports[@]}"
  else
    bad "the examples' entity graph lists ${#reports[@]} reports, not ${#examples[@]}"
  fi
fi

stop_server
finish
