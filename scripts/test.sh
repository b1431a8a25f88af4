#!/usr/bin/env bash
# Builds stancegraph with its tests and runs them all: GoogleTest units,
# the command line, and the end-to-end checks with real RDF, JSON-LD,
# SHACL and SPARQL clients.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
# Release, as scripts/demo.sh builds build/: the two share it without
# rebuilding, and -O2 without debug information compiles a third faster.
cmake -S . -B build -DSTANCEGRAPH_TESTS=ON -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 600
