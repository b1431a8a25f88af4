#!/usr/bin/env bash
# Builds stancegraph with its tests and runs them all: GoogleTest units,
# the command line, and the end-to-end checks with real RDF, JSON-LD,
# SHACL and SPARQL clients.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
cmake -S . -B build -DSTANCEGRAPH_TESTS=ON >/dev/null
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 600
