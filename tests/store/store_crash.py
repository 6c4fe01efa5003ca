"""store_crash.py BACKEND ATTACHE SRCDIR [N]: kill -9 an ingest part way.

N documents (default 6000) are built from examples/articles.jsonl with
fresh ids.  One store gets them in one uninterrupted run; another gets the
same command, killed with SIGKILL once a few batches are committed.  Then:
every committed batch is whole, every committed document is intact (its
record and rows equal the uninterrupted run's), and running the same
command again completes the rest with no duplicates: the counts, and the
merged events themselves, equal the uninterrupted run's."""
import json
import os
import signal
import subprocess
import sys
import time

sys.dont_write_bytecode = True
from common import Attache, Backend, run_tests

kind, exe, src = sys.argv[1], sys.argv[2], sys.argv[3]
N = int(sys.argv[4]) if len(sys.argv) > 4 else 6000
BATCH = 100
A = Attache(exe)
B = Backend(kind)

articles = [json.loads(l) for l in open(os.path.join(src, "examples", "articles.jsonl"), encoding="utf-8")]
INPUT = os.path.join(B.tmp, "many.jsonl")
with open(INPUT, "w", encoding="utf-8") as f:
    for i in range(N):
        d = dict(articles[i % len(articles)])
        d["id"] = "%s-copy%05d" % (d.get("id", "doc"), i)
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
CMD = ["ingest", "--batch", str(BATCH), "-j", "2", INPUT]

REF = B.new()
A.run("ingest", "--db", REF, *CMD[1:])
REF_COUNTS = A.counts(REF)
VICTIM = B.new()
state = {}


def mentions_by_doc(db):
    out = {}
    for m in A.query(db, "-l", "mentions"):
        m.pop("event")                  # which event a report is under depends on the others stored
        out.setdefault(m["doc"], []).append(m)
    return out


def test_uninterrupted_run():
    assert REF_COUNTS["documents"] == N, REF_COUNTS
    assert REF_COUNTS["mentions"] > N and REF_COUNTS["events"] > 0, REF_COUNTS


def test_kill_part_way():
    # The documents arrive through a pipe that is never closed, as from a
    # feed: the ingest cannot finish, however fast it is, so it is always
    # killed part way, once a batch or more is committed.
    p = subprocess.Popen([exe, "ingest", "--db", VICTIM] + CMD[1:-1] + ["-"], stdin=subprocess.PIPE,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    lines = open(INPUT, "rb").read().splitlines(keepends=True)
    committed, sent = 0, 0
    deadline = time.time() + 120
    while time.time() < deadline and p.poll() is None:
        if sent < N // 2:
            p.stdin.write(b"".join(lines[sent:sent + BATCH // 2]))
            p.stdin.flush()
            sent += BATCH // 2
        r = A.run("query", "--db", VICTIM, "--count", "-l", "documents", check=False)
        if r.returncode == 0 and r.stdout.strip():
            committed = int(r.stdout)
        if committed >= BATCH:
            break
        time.sleep(0.02)
    assert p.poll() is None, "the ingest stopped before it was killed"
    assert committed >= BATCH, "no batch was committed within two minutes"
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    p.stdin.close()
    state["killed"] = True


def test_committed_batches_whole_and_intact():
    assert state.get("killed")
    n = A.count(VICTIM, "documents")
    assert 0 < n < N, n
    assert n % BATCH == 0, "a batch was committed in part: %d documents" % n
    ref_records = {json.loads(l)["doc"]: l for l in A.run("export", "--db", REF, "--format", "jsonl").stdout.splitlines()}
    got = A.run("export", "--db", VICTIM, "--format", "jsonl").stdout.splitlines()
    assert len(got) == n
    for l in got:
        assert ref_records[json.loads(l)["doc"]] == l
    ref_m, got_m = mentions_by_doc(REF), mentions_by_doc(VICTIM)
    for doc, rows in got_m.items():
        assert rows == ref_m[doc], doc
    # every report is under exactly one stored event
    events = A.query(VICTIM)
    assert sum(e["mentions"] for e in events) == A.count(VICTIM, "mentions")
    if kind == "sqlite":
        import sqlite3
        assert sqlite3.connect(VICTIM).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_rerun_completes_without_duplicates():
    r = A.run("ingest", "--db", VICTIM, *CMD[1:])
    assert r.returncode == 0
    assert A.counts(VICTIM) == REF_COUNTS, (A.counts(VICTIM), REF_COUNTS)
    # the same events, the same ids, the same numbers of reports
    assert A.query(VICTIM) == A.query(REF)
    assert A.run("export", "--db", VICTIM, "--format", "icews").stdout == \
        A.run("export", "--db", REF, "--format", "icews").stdout


try:
    rc = run_tests([test_uninterrupted_run, test_kill_part_way, test_committed_batches_whole_and_intact,
                    test_rerun_completes_without_duplicates])
finally:
    B.close()
sys.exit(rc)
