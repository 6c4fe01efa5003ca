#!/bin/sh
# Builds the libFuzzer targets (JSON Lines, HTML, WARC readers) with ASan and
# UBSan and runs each for FUZZ_RUNS inputs (default 3000) from a seed corpus
# made of the project's examples.  `make fuzz`; CI runs it with the default.
set -eu
cd "$(dirname "$0")/.."
RUNS=${FUZZ_RUNS:-3000}
B=build-fuzz
cmake -S . -B $B -DCMAKE_C_COMPILER=clang -DATT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
make --no-print-directory -C $B -j"$(nproc)" attache_static lexicon >/dev/null
LIBS="$(pkg-config --libs libutf8proc json-c libarchive libxxhash gumbo) -lstemmer -lpthread"
mkdir -p fuzz/corpus-jsonl fuzz/corpus-html fuzz/corpus-warc
cp examples/articles.jsonl fuzz/corpus-jsonl/ 2>/dev/null || true
cp examples/html/*.html fuzz/corpus-html/ 2>/dev/null || true
python3 fuzz/make_warc.py examples/html fuzz/corpus-warc/seed.warc
status=0
for t in jsonl html warc; do
  clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Iinclude \
    -DFUZZ_NAME="\"input.$t\"" fuzz/fuzz_reader.c $B/libattache.a $LIBS -o $B/fuzz_$t
  if ATTACHE_LEXICON=$B/attache.lex $B/fuzz_$t -runs="$RUNS" -max_len=65536 -timeout=10 \
       fuzz/corpus-$t >$B/fuzz_$t.log 2>&1; then
    echo "fuzz_$t: $(grep -o 'Done [0-9]* runs' $B/fuzz_$t.log || echo done): clean"
  else
    echo "fuzz_$t: FAILED"; tail -40 $B/fuzz_$t.log; status=1
  fi
done
exit $status
