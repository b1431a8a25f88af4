#!/usr/bin/env bash
# Installs what building and testing stancegraph needs on Debian 12, and
# only what is missing. Usage: scripts/install-deps.sh [--test] [--fuzz] [--bench]
#   (no flag) the build: compiler, CMake, Raptor 2, Rasqal, libxml2, Boost.Program_options, nlohmann_json,
#             jemalloc
#   --fuzz    also clang and libFuzzer (scripts/fuzz.sh)
#   --bench   also GNU time, Python 3, serd (bench/writers.sh compares its Turtle
#             writer), Node.js and the peer of bench/run.sh (wink-nlp, in bench/)
#   --test    also the test clients: GoogleTest, rapper, serdi, roqet, rdflib, pandas (event data),
#             networkx and Graphviz (for the visualization views), Chromium
#             (headless, for the HTML view), iso-codes, Virtuoso (with curl for
#             its endpoint), Node.js with the npm packages of tests/e2e, and the
#             inputs of scripts/gen-places.py (unicode-cldr-core, wamerican,
#             wbritish, the npm packages of scripts/places)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
test=0 fuzz=0 bench=0
for flag in "$@"; do
  case $flag in
    --test) test=1 ;;
    --fuzz) fuzz=1 ;;
    --bench) bench=1 ;;
    *) echo "install-deps.sh: unknown flag $flag (use --test, --fuzz, --bench)" >&2; exit 2 ;;
  esac
done
packages=(g++ cmake make pkg-config libraptor2-dev librasqal3-dev libxml2-dev libboost-program-options-dev
          nlohmann-json3-dev libjemalloc-dev)
if [ $test = 1 ]; then
  packages+=(libgtest-dev python3 raptor2-utils serdi rasqal-utils python3-rdflib python3-networkx python3-pandas graphviz
             chromium iso-codes virtuoso-opensource curl unicode-cldr-core wamerican wbritish)
fi
if [ $fuzz = 1 ]; then
  packages+=(clang libclang-rt-14-dev)
fi
if [ $bench = 1 ]; then
  packages+=(time python3 libserd-dev)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm are often installed outside Debian's packages (NodeSource
# ships npm inside its nodejs, which conflicts with Debian's npm): ask for
# them only when the commands are missing.
if [ $test = 1 ] || [ $bench = 1 ]; then
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ $test = 1 ]; then
  for dir in tests/e2e scripts/places; do
    cd "$here/$dir"
    if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
      npm ci --no-audit --no-fund --loglevel=error
      touch node_modules
    fi
  done
fi
if [ $bench = 1 ]; then
  cd "$here/bench"
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund --loglevel=error
    touch node_modules
  fi
fi
