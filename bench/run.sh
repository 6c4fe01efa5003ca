#!/bin/sh
# The benchmarks, run on purpose (`make bench`), never by the test suite.
set -eu
cd "$(dirname "$0")/.."
python3 bench/extract.py build/attache "${BENCH_MB:-60}" 1 2
