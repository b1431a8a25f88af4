#!/usr/bin/env bash
# The data flows one way (docs/architecture.md): no include runs back up
# from extract/ to graph/, export/ or query/, nor from graph/ to export/ or
# query/, nor from the corpus build to export/ or query/. Checked on the
# source tree.
set -u
src=${SOURCE_DIR:-.}
bad=0
check() {  # folder forbidden-folder...
  local dir=$1
  shift
  for up in "$@"; do
    if hits=$(grep -rnE "#include +[\"<]($up)/" "$src/$dir" --include='*.h' --include='*.cpp'); then
      echo "FAIL $dir/ includes $up/:"
      echo "$hits" | sed 's/^/     /'
      bad=$((bad + 1))
    else
      echo "ok   $dir/ includes nothing of $up/"
    fi
  done
}
check extract graph export query cli
check graph export query cli
check export cli
# The corpus build (cli/corpus.h) and the inputs it reads sit on extract/
# and graph/: the library stancegraph_corpus links nothing of export/.
for file in corpus.h corpus.cpp inputs.h inputs.cpp; do
  if hits=$(grep -nE '#include +["<](export|query)/' "$src/cli/$file"); then
    echo "FAIL cli/$file includes export/ or query/:"
    echo "$hits" | sed 's/^/     /'
    bad=$((bad + 1))
  else
    echo "ok   cli/$file includes nothing of export/ or query/"
  fi
done
[ "$bad" = 0 ]
