#!/usr/bin/env python3
"""Throughput and memory of `attache extract` against `wc -w` on the same
file, in the same run.  The corpus is built from the project's own example
articles (examples/articles.jsonl), repeated with fresh ids to SIZE_MB.
Memory is the peak resident size of each process (getrusage), measured at
two corpus sizes to show it does not grow with the corpus.
usage: bench/extract.py [ATTACHE] [SIZE_MB] [JOBS...]"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
EXE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "attache")
SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 60
JOBS = [int(x) for x in sys.argv[3:]] or [1, 2]


def corpus(path, mb):
    docs = [json.loads(x) for x in open(os.path.join(ROOT, "examples", "articles.jsonl"), encoding="utf-8")]
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        i = 0
        while n < mb << 20:
            d = dict(docs[i % len(docs)])
            d["id"] = "bench-%d" % i
            line = json.dumps(d, ensure_ascii=False) + "\n"
            f.write(line)
            n += len(line.encode("utf-8"))
            i += 1
    return n, i


def timed(cmd, path):
    """wall seconds and peak RSS (KiB) of one run, output discarded"""
    pid_t0 = time.perf_counter()
    with open(path, "rb") as fin, open(os.devnull, "wb") as fout:
        p = subprocess.Popen(cmd, stdin=fin, stdout=fout, stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
    return time.perf_counter() - pid_t0, ru.ru_maxrss, status


def main():
    with tempfile.TemporaryDirectory() as d:
        small, big = os.path.join(d, "small.jsonl"), os.path.join(d, "big.jsonl")
        sb, sd = corpus(small, max(1, SIZE // 6))
        bb, bd = corpus(big, SIZE)
        print("corpus: %.1f MB, %d documents (from examples/articles.jsonl); small corpus %.1f MB" % (bb / 1e6, bd, sb / 1e6))
        t_wc, m_wc, _ = min(timed(["wc", "-w"], big) for _ in range(3))
        print("%-28s %8.2f s %9.1f MB/s %8.1f MB peak" % ("wc -w", t_wc, bb / 1e6 / t_wc, m_wc / 1024))
        for j in JOBS:
            runs = [timed([EXE, "extract", "-q", "-j", str(j), "-"], big) for _ in range(3)]
            t, m, st = min(runs)
            _, ms, _ = timed([EXE, "extract", "-q", "-j", str(j), "-"], small)
            print("%-28s %8.2f s %9.1f MB/s %8.1f MB peak (%.1f MB on the small corpus)  = %.3f x wc -w time"
                  % ("attache extract -j %d" % j, t, bb / 1e6 / t, m / 1024, ms / 1024, t / t_wc))


main()
