#!/usr/bin/env python3
"""Load test of `attache serve`: requests a second and latency of the events
endpoint over a store of 100,000 events, from a second process on loopback,
with the server's memory sampled all along.

    python3 bench/serve_load.py [ATTACHE] [--events N] [--seconds S]
                                [--connections C] [--threads T] [--db URL | --pg]

The store (SQLite, bench/out/serve_load.db, kept between runs) is filled
with `attache ingest --coded` from synthetic records: 10 events a
document, each a distinct (PLOVER type, country pair, day) so that none
merge, between 60 countries over 2019-2025.  The server runs with the
rate limit off (--rate 0) and T threads (default: cores).  --pg: the same
on a private PostgreSQL server started for the run (tests/store/pgserver.py,
Debian's postgresql; filled anew each time); --db URL: any store.  The client is
`wrk` (Debian's package) with bench/serve_load.lua: every request is a
GET of /api/events with a random mix of what the page asks: a page of all
events at a random offset, a pair, a country in a period, a type and quad.
Without wrk a small Python client of threads is used instead (slower: it
measures itself as much as the server).

Memory: the server's resident set (VmRSS of /proc/PID/status) every 0.25 s;
the report gives it after the warm-up and at the end, and the most it
reached.  Results are printed and written to bench/out/serve_load.json.
Not part of `make check`: run it on purpose."""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
OUT = os.path.join(ROOT, "bench", "out")

TYPES = [("AGREE", 1, "030", 4.0), ("CONSULT", 1, "040", 1.0), ("SUPPORT", 1, "051", 3.4), ("CONCEDE", 2, "080", 5.0),
         ("COOPERATE", 2, "061", 6.4), ("AID", 2, "070", 7.0), ("RETREAT", 2, "087", 9.0), ("REQUEST", 3, "020", 3.0),
         ("ACCUSE", 3, "111", -2.0), ("REJECT", 3, "120", -4.0), ("THREATEN", 3, "130", -4.4), ("PROTEST", 3, "140", -6.5),
         ("SANCTION", 4, "163", -8.0), ("MOBILIZE", 4, "150", -7.2), ("COERCE", 4, "170", -7.0), ("ASSAULT", 4, "190", -10.0)]
COUNTRIES = ["AFG", "ARE", "ARG", "AUS", "AUT", "BGD", "BLR", "BRA", "CAN", "CHE", "CHL", "CHN", "CUB", "DEU", "EGY",
             "ESP", "EST", "FIN", "FRA", "GBR", "GRC", "HUN", "IDN", "IND", "IRN", "IRQ", "ISR", "ITA", "JPN", "KAZ",
             "KHM", "KOR", "LAO", "LBN", "MEX", "MMR", "MNG", "MYS", "NGA", "NLD", "NOR", "NZL", "PAK", "PHL", "POL",
             "PRK", "QAT", "RUS", "SAU", "SGP", "SRB", "SWE", "SYR", "THA", "TUR", "TWN", "UKR", "USA", "VNM", "ZAF"]
DAY0 = 17897   # 2019-01-01 as days since 1970-01-01
DAYS = 7 * 365


def day(z):
    return time.strftime("%Y-%m-%d", time.gmtime(z * 86400))


def make_records(path, n_events, seed=7):
    """JSON Lines records as `attache extract` writes them, 10 events each"""
    rnd = random.Random(seed)
    seen = set()
    per_doc = 10
    with open(path, "w", encoding="utf-8") as f:
        for d in range((n_events + per_doc - 1) // per_doc):
            pub = DAY0 + rnd.randrange(DAYS)
            events, countries, text, off = [], set(), [], 0
            for k in range(min(per_doc, n_events - d * per_doc)):
                while True:
                    t = rnd.randrange(len(TYPES))
                    a, b = rnd.sample(COUNTRIES, 2)
                    z = pub - rnd.randrange(30)
                    key = (t, a, b, z) if TYPES[t][0] not in ("AGREE", "CONSULT", "COOPERATE") else (t, min(a, b), max(a, b), z)
                    if key not in seen:
                        seen.add(key)
                        break
                ty, quad, cameo, g = TYPES[t]
                sent = "Sentence %d of document %d: %s and %s, %s, on %s." % (k, d, a, b, ty.lower(), day(z))
                start = off
                off += len(sent.encode()) + 1
                text.append(sent)
                countries.update((a, b))
                events.append({"type": ty, "mode": None, "context": [], "cameo": cameo, "goldstein": g,
                               "source": {"country": a, "name": None, "role": None, "sector": None},
                               "target": {"country": b, "name": None, "role": None, "sector": None},
                               "date": day(z), "place": None,
                               "evidence": {"start": start, "end": start + len(sent.encode()), "text": sent},
                               "confidence": 0.9})
            rec = {"doc": "load-%06d" % d, "lang": "en", "published": day(pub), "published_from": "input",
                   "source": "Load Wire %d" % (d % 40), "title": "Load test document %d" % d,
                   "events": events, "agreements": [], "relations": [], "persons": [], "dates": [],
                   "countries": sorted(countries)}
            f.write(json.dumps(rec) + "\n")


def rss_kb(pid, field="VmRSS"):
    """VmRSS, or RssAnon (heap and stacks: what a leak grows), or RssFile
    (pages of the store file SQLite maps: bounded by the file's size)"""
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def mem(pid):
    return {k: rss_kb(pid, k) for k in ("VmRSS", "RssAnon", "RssFile")}


def python_client(base, seconds, conns):
    """fallback: threads of keep-alive connections, latencies measured here"""
    import http.client
    lat, lock, stop = [], threading.Lock(), time.time() + seconds
    errors = [0]

    def worker(seed):
        rnd = random.Random(seed)
        c = http.client.HTTPConnection("127.0.0.1", int(base.rsplit(":", 1)[1]), timeout=30)
        mine = []
        while time.time() < stop:
            path = random_path(rnd)
            t0 = time.perf_counter()
            try:
                c.request("GET", path)
                r = c.getresponse()
                r.read()
                ok = r.status == 200
            except OSError:
                ok = False
                c = http.client.HTTPConnection("127.0.0.1", int(base.rsplit(":", 1)[1]), timeout=30)
            mine.append(time.perf_counter() - t0)
            if not ok:
                errors[0] += 1
        with lock:
            lat.extend(mine)

    ts = [threading.Thread(target=worker, args=(i,)) for i in range(conns)]
    t0 = time.time()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    el = time.time() - t0
    lat.sort()
    q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else None  # noqa: E731
    return {"client": "python", "requests": len(lat), "seconds": round(el, 2), "rps": round(len(lat) / el, 1),
            "p50_ms": q(0.50), "p90_ms": q(0.90), "p99_ms": q(0.99), "errors": errors[0]}


def random_path(rnd):
    k = rnd.randrange(4)
    if k == 0:
        return "/api/events?limit=100&offset=%d" % rnd.randrange(0, 99900)
    if k == 1:
        a, b = rnd.sample(COUNTRIES, 2)
        return "/api/events?pair=%s,%s&limit=100" % (a, b)
    if k == 2:
        y = 2019 + rnd.randrange(7)
        return "/api/events?country=%s&from=%d-%02d&to=%d-%02d&limit=100" % (rnd.choice(COUNTRIES), y, 1 + rnd.randrange(6), y, 7 + rnd.randrange(6))
    return "/api/events?type=%s&quad=%d&from=%d&limit=50" % (rnd.choice(TYPES)[0], 1 + rnd.randrange(4), 2019 + rnd.randrange(7))


def wrk_client(base, seconds, conns, threads):
    lua = os.path.join(ROOT, "bench", "serve_load.lua")
    r = subprocess.run(["wrk", "-t%d" % threads, "-c%d" % conns, "-d%ds" % seconds, "--latency", "--timeout", "10s",
                        "-s", lua, base + "/api/events"], capture_output=True, text=True)
    out = r.stdout
    if r.returncode != 0:
        raise SystemExit("wrk failed: " + r.stderr + out)

    def ms(s):
        m = re.match(r"([\d.]+)(us|ms|s)", s)
        v = float(m.group(1))
        return v / 1000 if m.group(2) == "us" else v * 1000 if m.group(2) == "s" else v
    res = {"client": "wrk", "raw": out}
    for p in ("50", "90", "99"):
        m = re.search(r"^\s+%s%%\s+(\S+)" % p, out, re.M)
        res["p%s_ms" % p] = round(ms(m.group(1)), 2) if m else None
    m = re.search(r"(\d+) requests in ([\d.]+)(\w+)", out)
    res["requests"] = int(m.group(1))
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    res["rps"] = float(m.group(1))
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    res["errors"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: (.*)", out)
    res["socket_errors"] = m.group(1) if m else None
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("attache", nargs="?", default=os.path.join(ROOT, "build", "attache"))
    ap.add_argument("--events", type=int, default=100000)
    ap.add_argument("--seconds", type=int, default=30)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--db", default=None)
    ap.add_argument("--pg", action="store_true", help="on a private PostgreSQL server started for the run")
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    exe = os.path.abspath(args.attache)
    pg = None
    if args.pg:
        sys.path.insert(0, os.path.join(ROOT, "tests", "store"))
        import pgserver  # noqa: E402
        pg = pgserver.Server()
        args.db = pg.new_db("serve_load")
    db = args.db or os.path.join(OUT, "serve_load.db")

    def count_events():
        r = subprocess.run([exe, "query", "--db", db, "--count", "-l", "events"], capture_output=True, text=True)
        return int(r.stdout.strip()) if r.returncode == 0 and r.stdout.strip().isdigit() else 0

    # the store: built once, kept
    have = 0
    if db.startswith("postgres"):
        have = count_events()
    elif os.path.exists(db):
        import sqlite3
        try:
            have = sqlite3.connect(db).execute("SELECT count(*) FROM events").fetchone()[0]
        except sqlite3.Error:
            have = 0
    if have != args.events:
        if db.startswith("postgres") and have:
            raise SystemExit("%s holds %d events, not %d: give an empty database" % (db, have, args.events))
        for suffix in ("", "-wal", "-shm"):
            if not db.startswith("postgres") and os.path.exists(db + suffix):
                os.remove(db + suffix)
        recs = os.path.join(OUT, "serve_load.jsonl")
        t0 = time.time()
        make_records(recs, args.events)
        r = subprocess.run([exe, "ingest", "--db", db, "--coded", "--batch", "2000", "--no-progress", recs],
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit("ingest failed: " + r.stderr)
        os.remove(recs)
        have = count_events()
        print("store: %d events ingested in %.1f s" % (have, time.time() - t0))
    print("store: %s, %d events" % (db, have))

    srv = subprocess.Popen([exe, "serve", "--db", db, "--listen", "127.0.0.1:0", "--rate", "0",
                            "--threads", str(args.threads)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    line = srv.stderr.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not m:
        srv.kill()
        raise SystemExit("attache serve did not start: " + line)
    base = "http://127.0.0.1:%s" % m.group(1)
    samples = []
    stop = threading.Event()

    def sample():
        t0 = time.time()
        while not stop.is_set():
            v = mem(srv.pid)
            if v["VmRSS"]:
                samples.append((round(time.time() - t0, 2), v["VmRSS"], v["RssAnon"]))
            time.sleep(0.25)
    th = threading.Thread(target=sample)
    try:
        idle = mem(srv.pid)
        th.start()
        # warm-up: the store's pages into the cache, every thread's connection used
        rnd = random.Random(1)
        for _ in range(200):
            urllib.request.urlopen(base + random_path(rnd)).read()
        warm = mem(srv.pid)
        if shutil.which("wrk"):
            res = wrk_client(base, args.seconds, args.connections, max(1, min(2, args.threads)))
        else:
            res = python_client(base, args.seconds, args.connections)
        end = mem(srv.pid)
        # and once more, as long: memory must not keep growing
        res2 = wrk_client(base, args.seconds, args.connections, max(1, min(2, args.threads))) if shutil.which("wrk") else None
        end2 = mem(srv.pid)
    finally:
        stop.set()
        if th.is_alive():
            th.join()
        srv.terminate()
        srv.wait()
    raw = res.pop("raw", None)
    rss = [v for _, v, _a in samples]
    anon = [a for _, _v, a in samples if a]
    report = {
        "backend": "postgresql" if db.startswith("postgres") else "sqlite",
        "events": have, "seconds": args.seconds, "connections": args.connections, "server_threads": args.threads,
        "cpus": os.cpu_count(), **res,
        "second_run": {k: v for k, v in (res2 or {}).items() if k != "raw"} or None,
        "rss_kb": {"idle": idle, "after_warmup": warm, "after_run_1": end, "after_run_2": end2,
                   "max_VmRSS": max(rss) if rss else None, "max_RssAnon": max(anon) if anon else None,
                   "samples": len(rss)},
    }
    if pg:
        pg.stop()
    with open(os.path.join(OUT, "serve_load%s.json" % ("_pg" if pg else "")), "w") as f:
        json.dump({**report, "rss_samples": samples}, f, indent=1)
    if raw:
        print(raw)
    print("events endpoint (%s), %d events, %ds x 2 runs, %d connections, %d server threads on %d cores:" %
          (report["backend"], have, args.seconds, args.connections, args.threads, os.cpu_count()))
    print("  run 1: %.0f requests/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, %d errors" %
          (res["rps"], res["p50_ms"], res["p90_ms"], res["p99_ms"], res["errors"]))
    if res2:
        print("  run 2: %.0f requests/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, %d errors" %
              (res2["rps"], res2["p50_ms"], res2["p90_ms"], res2["p99_ms"], res2["errors"]))
    r = report["rss_kb"]
    for k in ("VmRSS", "RssAnon", "RssFile"):
        print("  server %-7s idle %7s KB, after warm-up %7s KB, after run 1 %7s KB, after run 2 %7s KB" %
              (k, r["idle"][k], r["after_warmup"][k], r["after_run_1"][k], r["after_run_2"][k]))
    print("  most during the runs: VmRSS %s KB, RssAnon %s KB (%d samples, every 0.25 s)" %
          (r["max_VmRSS"], r["max_RssAnon"], r["samples"]))
    print("  written to bench/out/serve_load%s.json" % ("_pg" if pg else ""))


if __name__ == "__main__":
    main()
