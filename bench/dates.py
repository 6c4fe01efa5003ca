#!/usr/bin/env python3
"""The dates stage against Debian's dateparser, on the same sentences.

    apt-get install python3-dateparser        # the peer (Debian's package)
    python3 bench/dates.py [ATTACHE] [REPEAT]

Both read every case of tests/spec/dates.txt (sentence, language,
publication date).  dateparser runs as
    dateparser.search.search_dates(text, languages=[lang],
        settings={'RELATIVE_BASE': <published>, 'PREFER_DATES_FROM': 'past'})
and attache as `attache extract` on a JSON Lines file of the same sentences
(the file repeated REPEAT times, default 20, for the timing; one process,
one thread, start-up included).

A case is right when every expected value is found among the system's
dates at dateparser's natural precision: a found date (for attache: the
first and the last day of each value) falls in the expected day, ISO week,
month or year; an interval needs both its ends found.  A case expecting no
date is right when the system finds none.  Extra dates are not counted
against a case.  attache's exact score (span and value as the spec writes
them) is printed beside it.  Times are per 1,000 sentences, same machine,
same run."""
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings

warnings.filterwarnings("ignore")   # dateparser 1.1's pytz deprecation notices
try:
    import dateparser.search
except ImportError:   # Debian's package lives with the system Python
    sys.path.append("/usr/lib/python3/dist-packages")
    import dateparser.search

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
EXE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "attache")
REPEAT = int(sys.argv[2]) if len(sys.argv) > 2 else 20
SPEC = os.path.join(ROOT, "tests", "spec", "dates.txt")


def cases():
    out = []
    for ln in open(SPEC, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if ln.startswith("=== "):
            out.append({"title": ln[4:], "exp": []})
        elif out and ln.startswith(("lang: ", "published: ", "text: ")):
            k, v = ln.split(": ", 1)
            out[-1][k] = v
        elif out and ln.startswith("expect: ") and ln[8:] != "none":
            span, value = ln[8:].rsplit(" => ", 1)
            out[-1]["exp"].append((span, value))
    return out


def days(value):
    """first and last day a single value names"""
    if "-W" in value:
        y, w = value.split("-W")
        d = dt.date.fromisocalendar(int(y), int(w), 1)
        return d, d + dt.timedelta(days=6)
    p = [int(x) for x in value.split("-")]
    if len(p) == 3:
        d = dt.date(*p)
        return d, d
    if len(p) == 2:
        first = dt.date(p[0], p[1], 1)
        nxt = dt.date(p[0] + (p[1] == 12), p[1] % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    return dt.date(p[0], 1, 1), dt.date(p[0], 12, 31)


def found(expected, points):
    """every end of the expected value has a found date inside it"""
    return all(any(lo <= d <= hi for d in points) for lo, hi in (days(v) for v in expected.split("/")))


def right(case, points):
    if not case["exp"]:
        return not points
    return all(found(v, points) for _, v in case["exp"])


def run_attache(cs):
    docs = [json.dumps({"id": "c%d" % i, "lang": c["lang"], "published": c["published"], "text": c["text"]},
                       ensure_ascii=False) for i, c in enumerate(cs)]
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "dates.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for _ in range(REPEAT):
                f.write("\n".join(docs) + "\n")
        t0 = time.perf_counter()
        r = subprocess.run([EXE, "extract", "-q", "-j", "1", path], capture_output=True, text=True)
        t = time.perf_counter() - t0
    recs = [json.loads(x) for x in r.stdout.splitlines()[:len(cs)]]
    return recs, t / (len(cs) * REPEAT) * 1000


def run_dateparser(cs):
    got = []
    t0 = time.perf_counter()
    for c in cs:
        base = dt.datetime.fromisoformat(c["published"])
        try:
            res = dateparser.search.search_dates(
                c["text"], languages=[c["lang"]],
                settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}) or []
        except Exception:   # a crash is a miss
            res = []
        got.append(res)
    t = time.perf_counter() - t0
    return got, t / len(cs) * 1000


def main():
    cs = cases()
    recs, t_att = run_attache(cs)
    dps, t_dp = run_dateparser(cs)
    langs = ["ru", "vi", "en"]
    score = {k: {l: 0 for l in langs + ["all"]} for k in ("attache", "exact", "dateparser")}
    total = {l: 0 for l in langs + ["all"]}
    for c, rec, dp in zip(cs, recs, dps):
        a_points = [d for x in rec["dates"] for v in x["value"].split("/") for d in days(v)]
        d_points = [d.date() for _, d in dp]
        exact = [(x["text"], x["value"]) for x in rec["dates"]] == c["exp"]
        for l in (c["lang"], "all"):
            total[l] += 1
            score["attache"][l] += right(c, a_points)
            score["exact"][l] += exact
            score["dateparser"][l] += right(c, d_points)
    print("dates: %d cases of tests/spec/dates.txt (ru %d, vi %d, en %d); dateparser %s"
          % (total["all"], total["ru"], total["vi"], total["en"], getattr(dateparser, "__version__", "?")))
    print("%-34s %7s %7s %7s %7s %16s" % ("", "ru", "vi", "en", "all", "ms / 1000 sent."))
    rows = [("attache (values found)", "attache", "%.0f" % (t_att * 1000)),
            ("attache (exact span and value)", "exact", ""),
            ("dateparser search_dates", "dateparser", "%.0f" % (t_dp * 1000))]
    for name, k, t in rows:
        print("%-34s %7d %7d %7d %7d %16s" % (name, score[k]["ru"], score[k]["vi"], score[k]["en"], score[k]["all"], t))
    print("attache timed on %d sentences (the cases x %d, one process, -j 1); dateparser on %d"
          % (len(cs) * REPEAT, REPEAT, len(cs)))


main()
