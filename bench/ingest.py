#!/usr/bin/env python3
"""Ingest rate of `attache ingest` into SQLite and into PostgreSQL, beside
the rate of `attache extract` alone, in the same run on the same documents.

N documents (default 10,000) are built from the project's example articles
(examples/articles.jsonl) with fresh ids.  Each store starts empty; the
PostgreSQL server is a private one started here (tests/store/pgserver.py:
Debian's postgresql 15, default durability settings, a data folder under a
temporary directory) and stopped at the end.  A second ingest of the same
documents (all unchanged: skipped by id + content hash) is timed too.

Note: the documents are copies, so every report of an event merges with
its copies: a store of N documents holds N/18 copies of each event, the
hardest case for merging (docs/STORE.md).

usage: bench/ingest.py [ATTACHE] [N] [JOBS]"""
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(ROOT, "tests", "store"))
import pgserver  # noqa: E402

EXE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "attache")
N = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
JOBS = sys.argv[3] if len(sys.argv) > 3 else str(os.cpu_count() or 1)


def corpus(path):
    docs = [json.loads(x) for x in open(os.path.join(ROOT, "examples", "articles.jsonl"), encoding="utf-8")]
    size = 0
    with open(path, "w", encoding="utf-8") as f:
        for i in range(N):
            d = dict(docs[i % len(docs)])
            d["id"] = "bench-%06d" % i
            line = json.dumps(d, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
    return size


def timed(argv, stdout=subprocess.DEVNULL):
    t = time.perf_counter()
    r = subprocess.run(argv, stdout=stdout, stderr=subprocess.PIPE, text=True)
    dt = time.perf_counter() - t
    if r.returncode != 0:
        raise SystemExit("%s failed (%d): %s" % (" ".join(argv), r.returncode, r.stderr))
    return dt


def count(db, what):
    return int(subprocess.run([EXE, "query", "--db", db, "--count", "-l", what], capture_output=True, text=True,
                              check=True).stdout)


def main():
    tmp = tempfile.mkdtemp(prefix="attache-bench-")
    path = os.path.join(tmp, "docs.jsonl")
    size = corpus(path)
    rows = []
    rows.append(("extract only", timed([EXE, "extract", "-j", JOBS, path]), None))
    lite = os.path.join(tmp, "bench.db")
    rows.append(("ingest, SQLite", timed([EXE, "ingest", "-j", JOBS, "--db", lite, path]), lite))
    rows.append(("again (unchanged), SQLite", timed([EXE, "ingest", "-j", JOBS, "--db", lite, path]), None))
    server = None
    if pgserver.find_bin():
        server = pgserver.Server()
        pg = server.new_db("bench")
        rows.append(("ingest, PostgreSQL", timed([EXE, "ingest", "-j", JOBS, "--db", pg, path]), pg))
        rows.append(("again (unchanged), PostgreSQL", timed([EXE, "ingest", "-j", JOBS, "--db", pg, path]), None))
    else:
        print("(PostgreSQL server binaries not found: PostgreSQL rows skipped)")
    print("%d documents, %.1f MB, -j %s, %d cores" % (N, size / 1e6, JOBS, os.cpu_count() or 1))
    print("%-32s %9s %12s %8s   %s" % ("run", "seconds", "documents/s", "MB/s", "stored"))
    for name, dt, db in rows:
        stored = ""
        if db:
            stored = "%d documents, %d mentions, %d events" % (count(db, "documents"), count(db, "mentions"),
                                                               count(db, "events"))
        print("%-32s %9.2f %12.0f %8.1f   %s" % (name, dt, N / dt, size / 1e6 / dt, stored))
    if server:
        server.stop()
    subprocess.run(["rm", "-rf", tmp])


if __name__ == "__main__":
    main()
