#!/usr/bin/env python3
"""api_test.py: `attache serve`'s HTTP API through a real HTTP client.

    python3 tests/serve/api_test.py sqlite|postgres ATTACHE SRCDIR [WEBDIR]

A store is ingested from the example corpus (examples/) and texts written
here; a real server is started on a free loopback port, and every endpoint
is asked, with its filters and paging (the events must be those `attache
query` lists for the same filters), the write token (missing 401, wrong
403, writes disabled without one), malformed requests (bad JSON, a huge
body, bad parameters, unknown paths, path traversal, garbage on the
socket) and the rate limit.  Every error must be JSON with its status,
and the server must stay up with every committed document still there.
Exits 77 (skipped) for postgres when PostgreSQL is not installed."""
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, "..", "store"))
from common import Backend  # noqa: E402

TOKEN = "api-test-token-0123"

PASSED, FAILED = [], []


def case(fn):
    try:
        fn()
        PASSED.append(fn.__name__)
        print("ok   " + fn.__name__)
    except Exception:  # noqa: BLE001
        FAILED.append(fn.__name__)
        print("FAIL " + fn.__name__)
        traceback.print_exc(file=sys.stdout)


class Server:
    """attache serve on a free port; stopped with SIGTERM."""

    def __init__(self, exe, db, *args, env=None):
        self.p = subprocess.Popen([exe, "serve", "--db", db, "--listen", "127.0.0.1:0", *args],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                  env=dict(os.environ, **env) if env else None)
        line = ""
        deadline = time.time() + 15
        while time.time() < deadline:
            line = self.p.stderr.readline()
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if m:
                self.port = int(m.group(1))
                return
            if self.p.poll() is not None:
                break
        raise AssertionError("attache serve did not start: %s" % line)

    def request(self, method, path, body=None, headers=None):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            c.putrequest(method, path, skip_accept_encoding=True)
            hs = dict(headers or {})
            if body is not None and "Content-Length" not in hs and "Transfer-Encoding" not in hs:
                hs["Content-Length"] = str(len(body))
            for k, v in hs.items():
                c.putheader(k, v)
            c.endheaders()
            if body is not None:
                try:
                    c.send(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass    # the server answered early (413) and closed: read its answer
            r = c.getresponse()
            data = r.read()
            return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data
        finally:
            c.close()

    def get(self, path, **params):
        if params:
            path += "?" + urllib.parse.urlencode(params)
        status, headers, data = self.request("GET", path)
        return status, headers, data

    def json(self, path, want=200, **params):
        status, headers, data = self.get(path, **params)
        assert headers.get("content-type", "").startswith("application/json"), (path, headers)
        body = json.loads(data)
        assert status == want, (path, params, status, body)
        if status >= 400:
            assert body.get("status") == status and body.get("error"), body
        return body

    def post(self, body, token=TOKEN, **headers):
        hs = {"Content-Type": "application/json"}
        if token:
            hs["Authorization"] = "Bearer " + token
        hs.update(headers)
        if isinstance(body, (dict, list)):
            body = json.dumps(body, ensure_ascii=False)
        if isinstance(body, str):
            body = body.encode()
        status, headers, data = self.request("POST", "/api/documents", body, hs)
        return status, json.loads(data)

    def alive(self):
        return self.p.poll() is None and self.get("/api/health")[0] == 200

    def stop(self):
        if self.p.poll() is None:
            self.p.terminate()
            try:
                self.p.wait(10)
            except subprocess.TimeoutExpired:
                self.p.kill()
                self.p.wait()
        rest = self.p.stderr.read()
        self.p.stderr.close()
        # under ASan/UBSan (a sanitizer build): any report fails the test
        if "Sanitizer" in rest or "runtime error:" in rest:
            print(rest)
            FAILED.append("sanitizer report from attache serve")
        if self.p.returncode not in (0, -15):
            FAILED.append("attache serve exited %s" % self.p.returncode)


# texts written for this test, in the style of wire reports
OWN = [
    {"id": "own-en-1", "published": "2025-11-18", "source": "Test Wire", "title": "Vietnam, Russia hold talks in Hanoi",
     "text": "HANOI, Nov 18 — Vietnamese Foreign Minister Bui Thanh Son held talks with Russian Foreign Minister "
             "Sergei Lavrov in Hanoi on Tuesday. The two ministers signed a plan of consultations between the two "
             "foreign ministries for 2026-2027."},
    {"id": "own-vi-1", "published": "2025-11-19", "source": "Báo Thử",
     "title": "Việt Nam và Nga hội đàm",
     "text": "Hà Nội, ngày 19/11 — Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại giao Nga "
             "Sergei Lavrov tại Hà Nội hôm thứ Tư."},
]


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    global SRC
    kind, exe, src = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3]
    SRC = src
    web = sys.argv[4] if len(sys.argv) > 4 else os.path.join(os.path.dirname(exe), "web")
    backend = Backend(kind)
    tmp = tempfile.mkdtemp(prefix="attache-serve-")
    servers = []
    try:
        db = backend.new()
        r = subprocess.run([exe, "ingest", "--db", db, "-q", os.path.join(src, "examples")], capture_output=True, text=True)
        assert r.returncode in (0, 1), r.stderr
        own = os.path.join(tmp, "own.jsonl")
        with open(own, "w", encoding="utf-8") as f:
            for d in OWN:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        r = subprocess.run([exe, "ingest", "--db", db, "-q", own], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        # a web folder of our own, with a symbolic link that leads out of it
        webdir = os.path.join(tmp, "web")
        os.mkdir(webdir)
        if os.path.isdir(web):
            for name in os.listdir(web):
                if os.path.isfile(os.path.join(web, name)):
                    shutil.copy(os.path.join(web, name), webdir)
        if not os.path.exists(os.path.join(webdir, "index.html")):
            with open(os.path.join(webdir, "index.html"), "w") as f:
                f.write("<!doctype html><title>attache</title>")
        secret = os.path.join(tmp, "secret.txt")
        with open(secret, "w") as f:
            f.write("SECRET-OUTSIDE-WEB\n")
        os.symlink(secret, os.path.join(webdir, "leak.txt"))
        os.mkdir(os.path.join(webdir, "sub"))
        os.symlink(tmp, os.path.join(webdir, "sub", "up"))

        s = Server(exe, db, "--token", TOKEN, "--web", webdir, "--rate", "0", "--max-body", "1048576")
        servers.append(s)
        run_cases(s, exe, db, kind)
        if backend.server:
            case_restart = lambda: pg_restart(s, backend.server)  # noqa: E731
            case_restart.__name__ = "pg_restart_reconnects"
            case(case_restart)
        # the rate limit, on a server of its own
        limited = Server(exe, db, "--rate", "5", "--web", webdir)
        servers.append(limited)
        case_rate = lambda: rate_limit(limited)  # noqa: E731
        case_rate.__name__ = "rate_limit_429"
        case(case_rate)
        # writes disabled without a token
        ro = Server(exe, db, "--rate", "0", "--web", webdir)
        servers.append(ro)

        def writes_disabled():
            st, body = ro.post({"text": "x"}, token="anything-at-all")
            assert st == 403 and "disabled" in body["error"], (st, body)
        case(writes_disabled)
        # the token from the environment
        envs = Server(exe, db, "--rate", "0", "--web", webdir, env={"ATTACHE_TOKEN": "env-token-4567"})
        servers.append(envs)

        def token_from_environment():
            st, body = envs.post({"text": "x"}, token=None)
            assert st == 401, (st, body)
            st, body = envs.post({"text": "x"}, token=TOKEN)
            assert st == 403, (st, body)
            st, body = envs.post({"id": "env-1", "text": "HANOI, Dec 6 — Vietnam and Laos held talks."},
                                 token="env-token-4567")
            assert st == 201, (st, body)
        case(token_from_environment)

        def pages_stored_before_schema_3():
            # a store as an older attache left it (schema 2: no runs): the
            # migration marks its documents, and ingesting a page again
            # stores it anew, with its runs
            if kind != "sqlite":
                return
            import sqlite3
            old = os.path.join(tmp, "schema2.db")
            con = sqlite3.connect(old)
            con.execute("PRAGMA journal_mode=WAL")
            con.close()
            r = subprocess.run([exe, "ingest", "--db", old, "-q", os.path.join(src, "examples")], capture_output=True, text=True)
            assert r.returncode in (0, 1), r.stderr
            con = sqlite3.connect(old)
            con.execute("ALTER TABLE documents DROP COLUMN text_map")
            con.execute("DELETE FROM attache_schema WHERE version = 3")
            con.commit()
            con.close()
            r = subprocess.run([exe, "ingest", "--db", old, "-q", os.path.join(src, "examples", "html")],
                               capture_output=True, text=True)
            assert r.returncode in (0, 1), r.stderr
            con = sqlite3.connect(old)
            rows = dict(con.execute("SELECT id, text_map IS NOT NULL FROM documents WHERE id IN "
                                    "('ru-lavrov-laos', 'en-australia-vietnam', 'ru-01')").fetchall())
            marked = con.execute("SELECT count(*) FROM documents WHERE extractor LIKE '%before schema 3%'").fetchone()[0]
            con.close()
            assert rows == {"ru-lavrov-laos": 1, "en-australia-vietnam": 1, "ru-01": 0}, rows
            assert marked > 0, "the documents not ingested again stay marked"
            o = Server(exe, old, "--rate", "0", "--web", webdir)
            servers.append(o)
            assert o.json("/api/documents/ru-lavrov-laos")["offsets"] == "page"
            assert o.json("/api/documents/ru-01")["offsets"] == "input"
        case(pages_stored_before_schema_3)

        def bad_options():
            for args in (["--listen", "nohost"], ["--listen", "127.0.0.1:99999"], ["--threads", "0"],
                         ["--rate", "-1"], ["--token", "short"], ["--max-body", "12"], ["extra"]):
                r = subprocess.run([exe, "serve", "--db", db] + args, capture_output=True, text=True, timeout=10)
                assert r.returncode == 2 and r.stderr.strip(), (args, r.returncode, r.stderr)
            r = subprocess.run([exe, "serve", "--db", os.path.join(tmp, "no", "such", "dir", "x.db")],
                               capture_output=True, text=True, timeout=10)
            assert r.returncode == 3 and "attache" in r.stderr, (r.returncode, r.stderr)
        case(bad_options)
    finally:
        for s in servers:
            s.stop()
        backend.close()
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (len(PASSED), len(FAILED)))
    sys.exit(1 if FAILED else 0)


def pg_restart(s, pg):
    """The PostgreSQL server the test started goes away and comes back:
    while it is down, requests get a clear 503 (JSON, Retry-After); once it
    is back, every server thread reconnects and reads and writes work,
    with nothing lost; a restart between two requests is not even seen."""
    pg_ctl = os.path.join(pg.bin, "pg_ctl")
    before = s.json("/api/health")["counts"]
    events = s.json("/api/events", pair="RUS,VNM", limit=1000)["events"]

    def burst():
        # requests at once, so that every thread's connection is used
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(16) as ex:
            got = list(ex.map(lambda _: s.get("/api/events", pair="RUS,VNM", limit=1000), range(64)))
        assert all(g[0] == 200 and [e["id"] for e in json.loads(g[2])["events"]] == [e["id"] for e in events]
                   for g in got), [g[0] for g in got]

    def start():
        pg._run([pg_ctl, "-D", pg.data, "-l", os.path.join(pg.root, "log"), "-w", "-t", "60", "start"])

    # a restart while the server is idle: its connections are dead, the
    # next requests (more than there are threads) still answer 200
    pg._run([pg_ctl, "-D", pg.data, "-m", "fast", "-w", "restart", "-l", os.path.join(pg.root, "log")])
    for _ in range(12):
        assert s.json("/api/health")["counts"] == before
    assert s.json("/api/events", pair="RUS,VNM", limit=1000)["events"] == events
    burst()
    # down: 503 for reads and writes, and the server stays up
    pg._run([pg_ctl, "-D", pg.data, "-m", "immediate", "-w", "stop"])
    try:
        for _ in range(6):
            st, h, data = s.get("/api/events", pair="RUS,VNM")
            b = json.loads(data)
            assert st == 503 and b["status"] == 503 and "cannot be reached" in b["error"], (st, b)
            assert h.get("retry-after") == "2", h
            assert "postgresql://" not in b["error"], b
        st, b = s.post({"id": "while-down", "text": "HANOI, Dec 5 — Vietnam and Laos held talks."})
        assert st == 503 and b["status"] == 503, (st, b)
        assert s.p.poll() is None, "the server is still up"
        # the page's files do not need the store
        assert s.get("/")[0] == 200
    finally:
        start()
    # back: reads, and a write that lands
    for _ in range(12):
        assert s.json("/api/health")["counts"] == before
    assert s.json("/api/events", pair="RUS,VNM", limit=1000)["events"] == events
    burst()
    st, b = s.post({"id": "after-restart", "published": "2025-12-05",
                    "text": "HANOI, Dec 5 — Vietnamese Prime Minister Pham Minh Chinh held talks with Lao Prime "
                            "Minister Sonexay Siphandone in Hanoi on Friday."})
    assert st == 201, (st, b)
    assert s.json("/api/documents/after-restart")["text"].startswith("HANOI, Dec 5")
    s.json("/api/documents/while-down", want=404)


def rate_limit(s):
    codes = [s.get("/api/health")[0] for _ in range(40)]
    assert codes.count(200) >= 5 and codes.count(429) > 0, codes
    st, headers, data = s.get("/api/health")
    if st == 429:
        assert json.loads(data)["status"] == 429 and headers.get("retry-after") == "1"
    time.sleep(1.2)
    assert s.get("/api/health")[0] == 200, "the bucket refills"


def query_ids(exe, db, *args):
    r = subprocess.run([exe, "query", "--db", db, "--format", "jsonl", *args], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return [str(json.loads(l)["id"]) for l in r.stdout.splitlines() if l.strip()]


PAGES = {"en-australia-vietnam": "en-australia-vietnam.html", "ru-lavrov-laos": "ru-lavrov-laos.html"}


def run_cases(s, exe, db, kind):
    kind_ = kind
    before = s.json("/api/health")["counts"]

    def health():
        h = s.json("/api/health")
        assert h["backend"] == ("sqlite" if kind == "sqlite" else "postgresql"), h
        assert h["counts"]["documents"] >= 20 and h["counts"]["events"] > 0, h
        codes = [c["code"] for c in h["countries"]]
        assert "VNM" in codes and "RUS" in codes, codes
        assert s.json("/api/")["counts"] == h["counts"]

    def events_are_query_rows():
        for params, args in (({}, []), ({"pair": "RUS,VNM"}, ["--pair", "RUS,VNM"]),
                             ({"country": "vnm", "from": "2025-11", "to": "2025-12"},
                              ["--country", "VNM", "--from", "2025-11", "--to", "2025-12"]),
                             ({"type": "CONSULT,AGREE"}, ["--type", "CONSULT,AGREE"]),
                             ({"quad": "3"}, ["--quad", "3"]),
                             ({"person": "Lavrov"}, ["--person", "Lavrov"]),
                             ({"text": "hoi dam"}, ["--text", "hoi dam"]),
                             ({"doc": "ru-01"}, ["--doc", "ru-01"])):
            got = s.json("/api/events", limit=1000, **params)
            want = query_ids(exe, db, *args)
            assert [e["id"] for e in got["events"]] == want, (params, len(got["events"]), len(want))
            assert got["next_offset"] is None
        e = s.json("/api/events", pair="RUS,VNM", limit=1)["events"][0]
        for k in ("id", "date", "type", "quad", "goldstein", "source", "target", "first_doc", "evidence", "mentions"):
            assert k in e, k
        assert isinstance(e["id"], str) and e["id"].isdigit(), "ids are strings (63 bits)"

    def events_paging():
        full = [e["id"] for e in s.json("/api/events", limit=1000)["events"]]
        assert len(full) > 10
        pages, off = [], 0
        while off is not None:
            p = s.json("/api/events", limit=7, offset=off)
            assert p["limit"] == 7 and p["offset"] == off and len(p["events"]) <= 7
            pages += [e["id"] for e in p["events"]]
            off = p["next_offset"]
        assert pages == full, "pages of 7 make the whole list"
        assert s.json("/api/events", offset=100000)["events"] == []

    def one_event():
        e = s.json("/api/events", pair="RUS,VNM", limit=1)["events"][0]
        one = s.json("/api/events/" + e["id"])
        assert one["event"]["id"] == e["id"] and one["event"]["type"] == e["type"]
        assert one["event"]["evidence"] == e["evidence"] and e["evidence"]
        assert len(one["mentions"]) == e["mentions"] >= 1
        m = one["mentions"][0]
        assert m["doc"] and m["evidence"] and m["start"] is not None and "title" in m
        s.json("/api/events/123", want=404)
        s.json("/api/events/abc", want=400)

    def dyads():
        d = s.json("/api/dyads")
        pairs = {tuple(x["pair"]): x for x in d["dyads"]}
        assert ("RUS", "VNM") in pairs, list(pairs)[:10]
        rv = pairs[("RUS", "VNM")]
        assert sum(rv["quad"].values()) <= rv["events"] and rv["level"], rv
        counts = [x["events"] for x in d["dyads"]]
        assert counts == sorted(counts, reverse=True)
        only = s.json("/api/dyads", country="VNM")["dyads"]
        assert only and all("VNM" in x["pair"] for x in only)
        assert len(s.json("/api/dyads", limit=2)["dyads"]) == 2
        # recent: the 90 days up to `to`
        r = s.json("/api/dyads", to="2025-11-30")
        assert r["recent_from"] == "2025-09-02", r["recent_from"]
        for x in r["dyads"]:
            assert 0 <= x["recent_events"] <= x["events"]
            assert (x["recent_goldstein_mean"] is None) == (x["recent_events"] == 0), x

    def dyad_timeline():
        for iv in ("day", "week", "month"):
            t = s.json("/api/dyads/RUS-VNM", interval=iv)
            assert t["pair"] == ["RUS", "VNM"] and t["interval"] == iv
            placed = sum(p["events"] for p in t["series"])
            assert placed + t["imprecise"] == t["events"], (iv, placed, t["imprecise"], t["events"])
            assert sum(t["types"].values()) == t["events"] and sum(t["quad"].values()) <= t["events"]
            assert t["relation"] and t["relation"]["level"] and t["relations"]
            starts = [p["start"] for p in t["series"]]
            assert starts == sorted(starts) and len(set(starts)) == len(starts)
        # a period asked for is covered whole, empty weeks included
        p = s.json("/api/dyads/RUS-VNM", interval="week", **{"from": "2020-01-01", "to": "2020-03-31"})
        assert p["series"][0]["period"] == "2020-W01" and p["series"][-1]["period"] == "2020-W14", p["series"][-1]
        assert all(x["events"] == 0 for x in p["series"]) and len(p["series"]) == 14
        w = s.json("/api/dyads/VNM,RUS", interval="week")
        assert all(re.fullmatch(r"\d{4}-W\d\d", p["period"]) for p in w["series"])
        assert w["events"] == s.json("/api/dyads/rus-vnm")["events"]
        # the same pair as a filter of the timeline
        t = s.json("/api/timeline", pair="RUS,VNM")
        assert t["events"] == w["events"]
        c = s.json("/api/timeline", country="VNM", interval="month")
        assert c["events"] >= w["events"]
        s.json("/api/dyads/RUS", want=400)
        s.json("/api/dyads/RUS-VNM", want=400, interval="year")

    def relations():
        r = s.json("/api/relations", country="VNM", limit=1000)["relations"]
        assert r and all("VNM" in (x["country_a"], x["country_b"]) for x in r)
        h = s.json("/api/relations/VNM-CHL")
        assert h["relation"]["level"] == "strategic_partnership", h
        assert h["history"] and h["history"][0]["evidence"]
        none = s.json("/api/relations/ISL-NZL")
        assert none["relation"] is None and none["history"] == []

    def agreements():
        a = s.json("/api/agreements", limit=1000)["agreements"]
        assert a and all(x["evidence"] and x["kind"] for x in a)
        sec = a[0]["sector"]
        only = s.json("/api/agreements", sector=sec, limit=1000)["agreements"]
        assert only and all(x["sector"] == sec for x in only)
        assert all("VNM" in x["countries"].split() for x in s.json("/api/agreements", country="VNM")["agreements"])

    def persons():
        p = s.json("/api/persons", limit=1000)["persons"]
        names = [x["name"] for x in p]
        assert "Sergei Lavrov" in names, names
        lav = s.json("/api/persons", name="лавров")["persons"]
        assert [x["name"] for x in lav] == ["Sergei Lavrov"], lav
        one = s.json("/api/persons/Sergei Lavrov".replace(" ", "%20"))
        assert one["name"] == "Sergei Lavrov" and len(one["documents"]) >= 2
        assert one["events"] and all(isinstance(x["id"], str) for x in one["events"])
        assert all(isinstance(d["aliases"], list) for d in one["documents"])
        s.json("/api/persons/Nobody%20Atall", want=404)
        assert s.json("/api/persons", country="RUS")["persons"]
        # his events: those `attache query --person` lists, each with him as an actor
        assert [e["id"] for e in one["events"]] == query_ids(exe, db, "--person", "Sergei Lavrov")
        assert all("Lavrov" in (e["source_name"] or "") + (e["target_name"] or "") for e in one["events"]), one["events"]
        # by his native name too, and within a period
        assert s.json("/api/persons/" + urllib.parse.quote("Сергей Лавров"))["name"] == "Сергей Лавров"
        late = s.json("/api/persons/Sergei%20Lavrov", **{"from": "2025-12"})["events"]
        assert [e["id"] for e in late] == query_ids(exe, db, "--person", "Sergei Lavrov", "--from", "2025-12")
        assert all(e["date_last"] >= "2025-12" for e in late), late
        # each document naming him: the record's person idx, with his mentions' spans in the text
        for d in one["documents"]:
            doc = s.json("/api/documents/" + urllib.parse.quote(d["doc"], safe=""))
            p = doc["persons"][d["idx"]]
            assert p["name"] == "Sergei Lavrov" and p["spans"], (d["doc"], p)
            text = doc["text"].encode()
            for sp in p["spans"]:
                piece = text[sp["start"]:sp["end"]].decode()
                assert "Lavrov" in piece or "Лавров" in piece, (d["doc"], piece)
        # persons of the documents of a period
        every = s.json("/api/persons", limit=1000)["persons"]
        dec = s.json("/api/persons", limit=1000, **{"from": "2025-12"})["persons"]
        allp = {x["name"]: x for x in every}
        assert dec and len(dec) < len(every) and all(x["documents"] <= allp[x["name"]]["documents"] for x in dec), dec
        dec_docs = {x["id"] for x in s.json("/api/documents", limit=1000, **{"from": "2025-12"})["documents"]}
        for x in dec:
            named = {d["doc"] for d in s.json("/api/persons/" + urllib.parse.quote(x["name"]))["documents"]}
            assert x["documents"] == len(named & dec_docs), (x, named & dec_docs)
        upto = s.json("/api/persons", limit=1000, to="2025-11-30")["persons"]
        assert upto and len(upto) < len(every)
        s.json("/api/persons", want=400, **{"from": "soon"})
        s.json("/api/persons", want=400, limit="0")
        s.json("/api/persons/Sergei%20Lavrov", want=400, bogus="1")

    def documents_list():
        d = s.json("/api/documents", limit=1000)["documents"]
        ids = {x["id"] for x in d}
        assert {"ru-01", "vi-01", "en-01", "own-en-1", "own-vi-1", "en-australia-vietnam"} <= ids
        assert [x["id"] for x in s.json("/api/documents", text="hoi dam", limit=1000)["documents"]] == \
            query_ids(exe, db, "-l", "documents", "--text", "hoi dam")

    def document_spans():
        for doc in ("ru-01", "vi-01", "en-01", "own-en-1", "own-vi-1", "en-australia-vietnam", "ru-lavrov-laos"):
            d = s.json("/api/documents/" + doc)
            text = d["text"].encode()
            assert d["text"] and d["countries"], doc
            n = 0
            for kind in ("events", "agreements", "relations"):
                for f in d[kind]:
                    sp = f["span"]
                    assert sp, (doc, kind, f["evidence"])
                    assert text[sp["start"]:sp["end"]].decode() == f["evidence"]["text"], (doc, kind)
                    n += 1
            for p in d["persons"]:
                # a mention is a name, or a title the record ties to the
                # person ("главой МИД Лаоса"): the span is the record's
                assert len(p["spans"]) == len(p["mentions"]), (doc, p["name"])
                for sp in p["spans"]:
                    piece = text[sp["start"]:sp["end"]].decode()
                    assert piece.strip() and piece[0].isalpha(), (doc, p["name"], piece)
            for x in d["dates"]:
                if x["span"]:
                    assert text[x["span"]["start"]:x["span"]["end"]].decode() == x["text"], (doc, x)
            assert all(e["event"] is None or e["event"].isdigit() for e in d["events"])
            assert d["offsets"] == ("page" if doc in PAGES else "input"), doc
            assert n > 0, doc
        s.json("/api/documents/no-such-doc", want=404)

    def document_spans_of_pages():
        # an HTML page: every offset of the record (into the page) is carried
        # into the stored text through the runs the store keeps, exactly: a
        # person's mention or a date shows what the page holds there
        import html as htmlmod
        for doc, path in PAGES.items():
            d = s.json("/api/documents/" + doc)
            assert d["offsets"] == "page", d["offsets"]
            page = open(os.path.join(SRC, "examples", "html", path), "rb").read()
            text = d["text"].encode()
            as_written = lambda a, b: htmlmod.unescape(page[a:b].decode()).replace("\u00a0", " ")  # noqa: E731
            n = 0
            for kind in ("events", "agreements", "relations"):
                for f in d[kind]:
                    sp, ev = f["span"], f["evidence"]
                    assert text[sp["start"]:sp["end"]].decode() == ev["text"], (doc, kind)
                    n += 1
            for p in d["persons"]:
                assert len(p["spans"]) == len(p["mentions"]), (doc, p["name"])
                for (a, b), sp in zip(p["mentions"], p["spans"]):
                    assert text[sp["start"]:sp["end"]].decode() == as_written(a, b), (doc, p["name"], a, b)
                    n += 1
            for x in d["dates"]:
                assert x["span"] and text[x["span"]["start"]:x["span"]["end"]].decode() == x["text"], (doc, x)
                assert as_written(x["start"], x["end"]) == x["text"], (doc, x)
                n += 1
            assert n >= 5, (doc, n)
        if kind_ == "sqlite":
            # a page stored before the runs were kept (schema 2): its evidence
            # sentences are found in the text, and it says so
            import sqlite3
            con = sqlite3.connect(db)
            con.execute("UPDATE documents SET text_map = NULL WHERE id = 'ru-lavrov-laos'")
            con.commit()
            con.close()
            d = s.json("/api/documents/ru-lavrov-laos")
            assert d["offsets"] == "mapped", d["offsets"]
            text = d["text"].encode()
            for f in d["events"]:
                assert text[f["span"]["start"]:f["span"]["end"]].decode() == f["evidence"]["text"]

    def post_token():
        st, b = s.post({"text": "x"}, token=None)
        assert st == 401 and b["status"] == 401, b
        st, b = s.post({"text": "x"}, token="wrong-token-xxxx")
        assert st == 403 and b["status"] == 403, b
        st, b = s.post({"text": "x"}, token=TOKEN + "x")
        assert st == 403
        # the other header form
        st, b = s.post({"text": "Hanoi hosted no talks today."}, token=None, **{"X-Attache-Token": TOKEN})
        assert st in (200, 201), (st, b)

    def post_malformed():
        for body, what in ((b"", "empty"), (b"{", "not JSON"), (b"{\"text\": }", "not JSON"),
                           (b"[]", "1 to"), (b"42", "object"), (b"{\"text\": 5}", "text"),
                           (b"{\"title\": \"x\"}", "text"), (b"{\"text\": \"\"}", "text"),
                           (b"{\"text\": \"a\", \"bogus\": 1}", "unknown field"),
                           (b"{\"text\": \"a\", \"published\": 7}", "not a string"),
                           (b"[{\"text\": \"a\"}, 3]", "document 1"),
                           (b"{\"text\": \"a\"} trailing", "not JSON"),
                           (b"\xff\xfe{}", "not JSON"),
                           (b"[" * 100000, "not JSON")):
            st, b = s.post(body)
            assert st == 400 and b["status"] == 400 and what in b["error"], (body[:40], st, b)
        # too big: refused from the header, and when it arrives in chunks
        # (the answer comes before the body is sent: a client that sent it
        # all first might see the connection reset under the answer)
        st, h, data = s.request("POST", "/api/documents", None,
                                {"Authorization": "Bearer " + TOKEN, "Content-Length": str(2 << 20)})
        b = json.loads(data)
        assert st == 413 and "larger" in b["error"], (st, b)
        c = http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
        c.putrequest("POST", "/api/documents")
        c.putheader("Authorization", "Bearer " + TOKEN)
        c.putheader("Transfer-Encoding", "chunked")
        c.endheaders()
        chunk = b"a" * 65536
        try:
            for _ in range(40):
                c.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            c.send(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
        r = c.getresponse()
        assert r.status == 413 and json.loads(r.read())["status"] == 413
        c.close()
        assert s.alive()

    def post_documents():
        doc = {"id": "post-1", "published": "2025-12-01", "source": "Test Wire",
               "text": "MOSCOW, Dec 1 — Russian President Vladimir Putin held talks with Vietnamese President "
                       "Luong Cuong in Moscow on Monday."}
        st, b = s.post(doc)
        assert st == 201 and b["documents"][0]["id"] == "post-1" and b["documents"][0]["status"] == "new", b
        assert b["documents"][0]["events"] >= 1, b
        st, b = s.post(doc)
        assert st == 200 and b["documents"][0]["status"] == "unchanged", b
        doc["text"] += " The two presidents signed a joint statement."
        st, b = s.post({"documents": [doc, {"text": "Hà Nội, ngày 2/12 — Việt Nam và Nga hội đàm."}]})
        assert st == 201 and [x["status"] for x in b["documents"]][0] == "replaced", b
        assert b["documents"][1]["id"], "an id from the content"
        d = s.json("/api/documents/post-1")
        assert d["text"] == doc["text"] and d["published"] == "2025-12-01"
        ev = s.json("/api/events", doc="post-1")["events"]
        assert ev and all(e["first_doc"] == "post-1" or e["mentions"] > 1 for e in ev)
        # an id with a slash, a space and Cyrillic, percent-encoded in the path
        st, b = s.post({"id": "wire/2025 дело-1", "text": "MOSCOW, Dec 2 — Russia and Vietnam held talks."})
        assert st == 201, b
        d = s.json("/api/documents/" + urllib.parse.quote("wire/2025 дело-1", safe=""))
        assert d["id"] == "wire/2025 дело-1"
        # a batch with one bad document stores nothing
        n0 = s.json("/api/health")["counts"]["documents"]
        st, b = s.post([{"id": "post-ok", "text": "Hanoi, Dec 3."}, {"id": "post-bad", "text": 3}])
        assert st == 400
        assert s.json("/api/health")["counts"]["documents"] == n0
        s.json("/api/documents/post-ok", want=404)

    def bad_params():
        for path, params in (("/api/events", {"limit": "0"}), ("/api/events", {"limit": "abc"}),
                             ("/api/events", {"limit": "100000"}), ("/api/events", {"offset": "-1"}),
                             ("/api/events", {"quad": "9"}), ("/api/events", {"from": "yesterday"}),
                             ("/api/events", {"to": "2025-13-45x"}), ("/api/events", {"pair": "XX"}),
                             ("/api/events", {"type": "HUG"}), ("/api/events", {"contry": "VNM"}),
                             ("/api/events", {"country": "V'; DROP TABLE events; --"}),
                             ("/api/agreements", {"type": "AGREE"}), ("/api/dyads", {"limit": "-5"}),
                             ("/api/persons", {"country": "<script>"}), ("/api/documents/ru-01", {"x": "1"}),
                             ("/api/relations/VNM-CHL", {"from": "2025"})):
            b = s.json(path, want=400, **params)
            assert "<script>" not in b["error"] or params.get("country") == "<script>"
        b = s.json("/api/events?type=AGREE&type=CONSULT", want=400)
        assert "twice" in b["error"]
        many = "&".join("p%d=1" % i for i in range(70))
        s.json("/api/events?" + many, want=400)
        assert s.json("/api/events", country="", pair="", limit=1)["events"], "empty values are no filter"

    def not_found_and_methods():
        s.json("/api/nope", want=404)
        s.json("/api/events/1/2", want=404)
        for m in ("PUT", "DELETE", "PATCH"):
            st, h, data = s.request(m, "/api/events")
            assert st == 405 and json.loads(data)["status"] == 405, (m, st)
        st, h, data = s.request("POST", "/api/events", b"{}", {"Authorization": "Bearer " + TOKEN})
        assert st == 405
        st, h, data = s.request("HEAD", "/api/health")
        assert st == 200 and data == b""

    def static_files():
        st, h, data = s.get("/")
        assert st == 200 and h["content-type"].startswith("text/html"), (st, h)
        csp = h.get("content-security-policy", "")
        assert "script-src 'self'" in csp and "default-src 'none'" in csp, csp
        assert h.get("x-content-type-options") == "nosniff"
        for name, ctype in (("app.js", "text/javascript"), ("app.css", "text/css"), ("favicon.svg", "image/svg+xml")):
            if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(sys.argv[2])), "web", name)):
                st, h, data = s.get("/" + name)
                assert st == 200 and h["content-type"].startswith(ctype) and data, (name, st, h)
        st, h, data = s.get("/missing.js")
        assert st == 404 and json.loads(data)["status"] == 404

    def path_traversal():
        for raw in ("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
                    "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "//etc/passwd", "/index.html/../../secret.txt",
                    "/leak.txt", "/sub/up/secret.txt", "/sub/up", "/sub", "/.hidden", "/%00", "/index.html%00.js",
                    "/..\\..\\etc\\passwd", "/%5c..%5c..%5cetc%5cpasswd", "/etc/passwd", "/%252e%252e/etc/passwd",
                    "/" + "a/" * 400 + "x"):
            st, h, data = s.request("GET", raw)
            assert st in (400, 404, 414), (raw, st)
            assert b"SECRET-OUTSIDE-WEB" not in data and b"root:" not in data, raw
            if st != 414:
                assert json.loads(data)["status"] == st, raw
        assert s.alive()

    def garbage_on_the_socket():
        for junk in (b"GARBAGE\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n", b"\x00\xff" * 100 + b"\r\n\r\n",
                     b"GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
                     b"GET /api/" + b"a" * 200000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"):
            with socket.create_connection(("127.0.0.1", s.port), timeout=10) as so:
                try:
                    so.sendall(junk)
                    so.recv(4096)
                except OSError:
                    pass
        # a client that sends half a request and goes away
        so = socket.create_connection(("127.0.0.1", s.port), timeout=10)
        so.sendall(b"POST /api/documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN.encode() +
                   b"\r\nContent-Length: 1000\r\n\r\n{\"text\":")
        so.close()
        assert s.alive()

    def still_all_there():
        after = s.json("/api/health")["counts"]
        assert after["documents"] >= before["documents"] + 3, (before, after)
        for doc in ("ru-01", "own-en-1", "post-1"):
            s.json("/api/documents/" + doc)
        r = subprocess.run([exe, "query", "--db", db, "-l", "documents", "--format", "jsonl"], capture_output=True, text=True)
        assert r.returncode == 0 and len(r.stdout.splitlines()) == after["documents"]

    for fn in (health, events_are_query_rows, events_paging, one_event, dyads, dyad_timeline, relations,
               agreements, persons, documents_list, document_spans, document_spans_of_pages, post_token, post_malformed, post_documents,
               bad_params, not_found_and_methods, static_files, path_traversal, garbage_on_the_socket,
               still_all_there):
        case(fn)
    assert s.alive(), "the server survived every case"


if __name__ == "__main__":
    main()
