#!/usr/bin/env bash
# Runs one Node end-to-end test (tests/e2e/*.mjs), failing with the fix
# when Node.js or the npm packages of tests/e2e are missing: a missing
# client is a failure, never a skipped test.
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null; then
  echo "FAIL: Node.js is not installed; run scripts/install-deps.sh --test"
  exit 1
fi
if [ ! -d "$here/node_modules" ]; then
  echo "FAIL: $here/node_modules is missing; run scripts/install-deps.sh --test (it runs npm ci in tests/e2e)"
  exit 1
fi
exec node "$here/$1"
