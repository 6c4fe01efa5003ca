#!/bin/sh
# Bundles the page into OUT (default ../build/web): src/app.js with its npm
# libraries (uplot, cytoscape) by esbuild, index.html and the styles.  Runs
# offline from node_modules; only when node_modules is missing does it run
# `npm ci` (the versions pinned in package-lock.json).  Without node, it
# says so and stops without failing the build: attache serve then serves the
# API only.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../build/web}
if ! command -v node >/dev/null 2>&1; then
  echo "web/build.sh: node is not installed (sh scripts/setup.sh): the web page is not built" >&2
  exit 0
fi
if [ ! -x "$here/node_modules/.bin/esbuild" ]; then
  if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2); then
    echo "web/build.sh: npm ci failed: the web page is not built" >&2
    exit 0
  fi
fi
exec node "$here/build.mjs" "$out"
