#!/bin/sh
# Installs what attache needs to build and test on Debian 12 (run as root).
# Every package here is from Debian's archive; the only other download is
# the web page's npm packages, at the versions web/package-lock.json pins.
set -eu
PKGS="build-essential cmake pkg-config python3 clang llvm libclang-rt-14-dev
  libutf8proc-dev libstemmer-dev libjson-c-dev libarchive-dev libxxhash-dev
  libgumbo-dev libpcre2-dev libsqlite3-dev libpq-dev postgresql libcmocka-dev scdoc iso-codes zstd
  xz-utils gzip
  libmicrohttpd-dev nodejs chromium wrk"
# npm comes with some builds of nodejs; Debian's comes as its own package
command -v npm >/dev/null 2>&1 || PKGS="$PKGS npm"
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
fi
# the web page's libraries and tools (web/package-lock.json): esbuild,
# uplot, cytoscape, playwright-core (which drives Debian's chromium in the
# tests; it downloads no browser)
if [ -f "$(dirname "$0")/../web/package-lock.json" ]; then
  (cd "$(dirname "$0")/../web" && { [ -x node_modules/.bin/esbuild ] || npm ci --no-audit --no-fund --loglevel=error; })
fi
