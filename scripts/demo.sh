#!/usr/bin/env bash
# Builds stancegraph and runs it on the bundled example reports, writing
# the graph as Turtle, N-Quads and JSON-LD to build/examples.*
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DSTANCEGRAPH_TESTS=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
for f in turtle nquads jsonld; do
  build/stancegraph build examples/reports/*.txt -f $f -o build/examples.$f
done
mv build/examples.turtle build/examples.ttl
mv build/examples.nquads build/examples.nq
echo "wrote build/examples.ttl, build/examples.nq, build/examples.jsonld from $(ls examples/reports/*.txt | wc -l) reports"
grep -c 'a sg:Assertion' build/examples.ttl | sed 's/^/assertions: /'
