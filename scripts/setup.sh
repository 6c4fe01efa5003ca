#!/bin/sh
# Installs what attache needs to build and test on Debian 12 (run as root).
# Every package here is from Debian's archive; nothing else is downloaded.
set -eu
PKGS="build-essential cmake pkg-config python3 clang llvm libclang-rt-14-dev
  libutf8proc-dev libstemmer-dev libjson-c-dev libarchive-dev libxxhash-dev
  libgumbo-dev libpcre2-dev libsqlite3-dev libpq-dev postgresql libcmocka-dev scdoc iso-codes zstd
  xz-utils gzip"
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
fi
