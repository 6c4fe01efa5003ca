"""common.py: what the store's tests share: running the command, a fresh
store on either back end, counting rows, a tiny test runner that prints
'N passed, N failed' (and exits 77, ctest's skip, when PostgreSQL is
absent)."""
import json
import os
import subprocess
import sys
import tempfile
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import pgserver  # noqa: E402

SKIP = 77


class Backend:
    """Fresh stores of one kind: backend.new() gives a URL."""

    def __init__(self, kind):
        self.kind = kind
        self.tmp = tempfile.mkdtemp(prefix="attache-store-")
        self.n = 0
        self.server = None
        if kind == "postgres":
            if not pgserver.find_bin():
                print("SKIP: PostgreSQL server binaries (initdb, pg_ctl) not found; "
                      "install Debian's postgresql (scripts/setup.sh) to run this test")
                sys.exit(SKIP)
            self.server = pgserver.Server()
        elif kind != "sqlite":
            raise SystemExit("backend is sqlite or postgres")

    def new(self):
        self.n += 1
        if self.server:
            return self.server.new_db("t%d" % self.n)
        return os.path.join(self.tmp, "t%d.db" % self.n)

    def close(self):
        if self.server:
            self.server.stop()
        subprocess.run(["rm", "-rf", self.tmp])


class Attache:
    def __init__(self, exe):
        self.exe = exe

    def run(self, *args, input=None, check=True):
        r = subprocess.run([self.exe] + [str(a) for a in args], input=input, capture_output=True, text=True)
        if check and r.returncode != 0:
            raise AssertionError("attache %s exited %d:\n%s" % (" ".join(map(str, args)), r.returncode, r.stderr))
        return r

    def query(self, db, *args):
        out = self.run("query", "--db", db, "--format", "jsonl", *args).stdout
        return [json.loads(l) for l in out.splitlines() if l.strip()]

    def count(self, db, what, *args):
        return int(self.run("query", "--db", db, "--count", "-l", what, *args).stdout.strip())

    def counts(self, db):
        return {w: self.count(db, w) for w in ("documents", "mentions", "events", "agreements", "relations",
                                                "persons")}


def run_tests(tests):
    """Runs test functions; prints one line each and the closing count."""
    passed = failed = 0
    for t in tests:
        try:
            t()
            print("ok   %s" % t.__name__)
            passed += 1
        except Exception:
            print("FAIL %s" % t.__name__)
            traceback.print_exc()
            failed += 1
        sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0
