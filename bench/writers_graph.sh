# shellcheck shell=bash
# Shared by bench/writers.sh and bench/event_writers.sh (sourced, not run):
# a Release stancegraph and stancegraph_writers in build-bench/, and the
# graph both copy to the size asked: the 1 MB benchmark corpus's N-Quads.
# Takes $target (quads wanted); sets $base (the N-Quads file), $per_copy
# (its quads) and $copies (how many copies make $target).
scripts/install-deps.sh --bench >&2
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DSTANCEGRAPH_TESTS=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" --target stancegraph stancegraph_writers >/dev/null
corpus=build-bench/corpus-1
if [ ! -f "$corpus.jsonl" ]; then
  rm -rf "$corpus"
  python3 bench/gen_corpus.py --mb 1 --out "$corpus" --jsonl "$corpus.jsonl" >&2
fi
base=build-bench/writers-base.nq
[ -f "$base" ] || build-bench/stancegraph build "$corpus"/*.txt -f nquads -o "$base"
per_copy=$(wc -l <"$base")
copies=$(((target + per_copy - 1) / per_copy))
