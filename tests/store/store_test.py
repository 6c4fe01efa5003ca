"""store_test.py BACKEND ATTACHE SRCDIR: ingest, query and export against a
real store: BACKEND is sqlite (a file) or postgres (a private server this
script starts and stops).  Both back ends run the same tests and must give
the same answers."""
import csv
import io
import json
import os
import sys

sys.dont_write_bytecode = True
from common import Attache, Backend, run_tests

kind, exe, src = sys.argv[1], sys.argv[2], sys.argv[3]
A = Attache(exe)
B = Backend(kind)
EXAMPLES = os.path.join(src, "examples")
MERGE = os.path.join(src, "tests", "store", "merge.jsonl")
TMP = B.tmp


def write(name, lines):
    path = os.path.join(TMP, name)
    with open(path, "w", encoding="utf-8") as f:
        for l in lines:
            f.write((l if isinstance(l, str) else json.dumps(l, ensure_ascii=False)) + "\n")
    return path


# the records attache extract writes for the examples, by document
EXTRACTED = {}
for line in A.run("extract", EXAMPLES).stdout.splitlines():
    EXTRACTED[json.loads(line)["doc"]] = line

# one store with the examples, shared by the read-only tests
DB = B.new()
A.run("ingest", "--db", DB, EXAMPLES)


def test_ingest_examples():
    c = A.counts(DB)
    assert c["documents"] == len(EXTRACTED), c
    n_events = sum(len(json.loads(l)["events"]) for l in EXTRACTED.values())
    assert c["mentions"] == n_events, (c, n_events)
    assert 0 < c["events"] <= c["mentions"], c


def test_ingest_again_changes_nothing():
    db = B.new()
    A.run("ingest", "--db", db, EXAMPLES)
    before = (A.counts(db), A.query(db, "-l", "documents"), A.query(db), A.query(db, "-l", "mentions"))
    r = A.run("ingest", "--db", db, EXAMPLES)
    assert r.stderr == "", r.stderr          # quiet in a pipe
    after = (A.counts(db), A.query(db, "-l", "documents"), A.query(db), A.query(db, "-l", "mentions"))
    assert before == after


def test_changed_text_replaces():
    db = B.new()
    v1 = {"id": "chg", "published": "2025-11-03", "source": "Wire A",
          "text": "HANOI, Nov 3 - Vietnamese Foreign Minister Le Hoai Trung held talks with Russian Foreign "
                  "Minister Sergei Lavrov in Hanoi on November 3."}
    v2 = {"id": "chg", "published": "2025-11-05", "source": "Wire A",
          "text": "TOKYO, Nov 5 - Vietnamese Defence Minister Phan Van Giang held talks with Japanese Defence "
                  "Minister Shinjiro Koizumi in Tokyo on November 5."}
    A.run("ingest", "--db", db, write("v1.jsonl", [v1]))
    m1 = A.query(db, "-l", "mentions")
    assert m1 and all(m["doc"] == "chg" for m in m1)
    assert any({m["source"], m["target"]} == {"VNM", "RUS"} for m in m1), m1
    A.run("ingest", "--db", db, write("v2.jsonl", [v2]))
    m2 = A.query(db, "-l", "mentions")
    assert A.count(db, "documents") == 1
    assert m2 and not any("RUS" in (m["source"], m["target"]) for m in m2), m2
    assert any({m["source"], m["target"]} == {"VNM", "JPN"} for m in m2), m2
    ev = A.query(db)
    assert len(ev) == len({m["event"] for m in m2}) and not any("RUS" in (e["source"], e["target"]) for e in ev)
    docs = A.query(db, "-l", "documents")
    assert docs[0]["published"] == "2025-11-05"


def test_round_trip_extract_query():
    """query's mentions are extract's events, field by field"""
    rows = A.query(DB, "-l", "mentions")
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r["doc"], []).append(r)
    for doc, line in EXTRACTED.items():
        rec = json.loads(line)
        got = sorted(by_doc.get(doc, []), key=lambda r: r["idx"])
        assert len(got) == len(rec["events"]), doc
        for e, m in zip(rec["events"], got):
            want = (e["type"], e["mode"], ",".join(e["context"]), e["cameo"], e["goldstein"],
                    (e["source"] or {}).get("country"), (e["target"] or {}).get("country"), e["date"],
                    (e["place"] or {}).get("name"), e["evidence"]["start"], e["evidence"]["end"],
                    e["evidence"]["text"], e["confidence"])
            have = (m["type"], m["mode"], m["context"], m["cameo"], m["goldstein"], m["source"], m["target"],
                    m["date"], m["place"], m["start"], m["end"], m["evidence"], m["confidence"])
            assert want == have, (doc, want, have)
    # and the stored records are extract's, byte for byte
    exported = A.run("export", "--db", DB, "--format", "jsonl").stdout.splitlines()
    assert sorted(exported) == sorted(EXTRACTED.values())
    docs = {d["id"]: d for d in A.query(DB, "-l", "documents")}
    for doc, line in EXTRACTED.items():
        rec = json.loads(line)
        assert docs[doc]["lang"] == rec["lang"] and docs[doc]["published"] == rec["published"]
        assert docs[doc]["countries"] == " ".join(rec["countries"])


def test_coded_ingest_equals_direct():
    db = B.new()
    coded = write("coded.jsonl", EXTRACTED.values())
    A.run("ingest", "--db", db, "--coded", coded)
    assert A.counts(db) == A.counts(DB)
    assert A.query(db) == A.query(DB)


def test_merge_one_event_many_reports():
    db = B.new()
    A.run("ingest", "--db", db, MERGE)
    hanoi = A.query(db, "--type", "CONSULT", "--pair", "RUS,VNM")
    assert len(hanoi) == 1, hanoi
    e = hanoi[0]
    assert (e["mentions"], e["sources"], e["articles"]) == (3, 3, 3), e
    assert e["date"] == "2025-11-03" and e["place"] == "Hanoi", e
    # the first report gives the id: earliest publication, then smallest id
    ms = A.query(db, "-l", "mentions", "--type", "CONSULT", "--pair", "RUS,VNM")
    assert {m["doc"] for m in ms} == {"merge-en", "merge-ru", "merge-vi"}
    assert all(m["event"] == e["id"] for m in ms)
    first = min((m for m in ms), key=lambda m: (m["published"], m["id"]))
    assert e["id"] == first["id"]
    # two meetings of the same pair on one day, in Tokyo and in Hanoi: two events
    two = A.query(db, "--type", "CONSULT", "--pair", "VNM,JPN")
    assert len(two) == 2, two
    assert sorted(x["place"] for x in two) == ["Hanoi", "Tokyo"]
    assert all(x["mentions"] == 1 for x in two)


def test_merge_order_independent():
    lines = open(MERGE, encoding="utf-8").read().splitlines()
    a, b = B.new(), B.new()
    A.run("ingest", "--db", a, write("fwd.jsonl", lines))
    for i, l in enumerate(reversed(lines)):     # one at a time, newest first
        A.run("ingest", "--db", b, write("one%d.jsonl" % i, [l]))
    assert A.query(a) == A.query(b)
    # removing a report (its text changed) splits it off again
    changed = json.loads(lines[1])
    changed["text"] = "ХАНОЙ, 3 ноября. Погода в Ханое была теплой."
    A.run("ingest", "--db", b, write("chg.jsonl", [changed]))
    hanoi = A.query(b, "--type", "CONSULT", "--pair", "RUS,VNM")
    assert len(hanoi) == 1 and hanoi[0]["mentions"] == 2, hanoi


def test_filters():
    allev = A.query(DB)
    assert allev
    for e in A.query(DB, "--country", "VNM"):
        assert "VNM" in (e["source"], e["target"])
    pair = A.query(DB, "--pair", "vnm,rus")
    assert pair and all({e["source"], e["target"]} == {"VNM", "RUS"} for e in pair)
    assert len(pair) == len([e for e in allev if {e["source"], e["target"]} == {"VNM", "RUS"}])
    cons = A.query(DB, "--type", "CONSULT,AGREE")
    assert cons and all(e["type"] in ("CONSULT", "AGREE") for e in cons)
    q4 = A.query(DB, "--quad", "4")
    assert q4 and all(e["type"] in ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT") for e in q4)
    nov = A.query(DB, "--from", "2025-11", "--to", "2025-11-30")
    assert nov and all(e["date"] and e["date"][:7] <= "2025-11" for e in nov)
    assert all(not (e["date"] and e["date"][:7] == "2025-11") or e in nov for e in allev)
    one = A.query(DB, "--doc", "ru-01")
    assert one and len(one) == len(json.loads(EXTRACTED["ru-01"])["events"])
    assert len(A.query(DB, "--limit", "3")) == 3
    # full text: case and diacritics ignored, every word required
    vi = A.query(DB, "-l", "documents", "--text", "hoi dam")
    assert vi and all(d["lang"] == "vi" for d in vi), vi
    assert [d["id"] for d in A.query(DB, "-l", "documents", "--text", "HỘI ĐÀM")] == [d["id"] for d in vi]
    ru = A.query(DB, "-l", "documents", "--text", "переговоры")
    assert ru and all(d["lang"] == "ru" for d in ru)
    assert A.query(DB, "-l", "documents", "--text", "переговоры zzzunknownword") == []
    ev = A.query(DB, "--text", "prisoners")
    assert ev and {e["first_doc"] for e in ev} <= {d["id"] for d in A.query(DB, "-l", "documents", "--text",
                                                                              "prisoners")}
    # bad filters are usage errors
    for bad in (["--type", "HUG"], ["--pair", "VNM"], ["--from", "November"], ["-l", "cats"]):
        r = A.run("query", "--db", DB, *bad, check=False)
        assert r.returncode == 2, (bad, r.returncode, r.stderr)


CODED = {
    "doc": "coded-1", "lang": "en", "published": "2025-12-01", "published_from": "input", "source": "Wire E",
    "url": None, "title": "Defence minister visits Laos",
    "events": [{"type": "CONSULT", "mode": "visit", "context": [], "cameo": "042", "goldstein": 1.9,
                "source": {"country": "VNM", "name": "Phan Van Giang", "role": "Minister of National Defence",
                           "sector": "MIL"},
                "target": {"country": "LAO", "name": None, "role": None, "sector": None},
                "date": "2025-12-01", "place": {"name": "Vientiane", "country": "LAO", "lat": 17.97, "lon": 102.6},
                "evidence": {"start": 0, "end": 70, "text": "Defence Minister Phan Van Giang arrived in "
                                                          "Vientiane on 1 December."},
                "trigger": {"start": 31, "end": 38, "text": "arrived"}, "confidence": 0.9}],
    "agreements": [{"kind": "memorandum", "sector": "energy",
                    "parties": [{"country": "VNM", "org": "Ministry of Industry and Trade"},
                                {"country": "LAO", "org": None}],
                    "title": None, "date": "2025-12-01", "place": None,
                    "evidence": {"start": 71, "end": 120, "text": "The two sides signed a memorandum on energy."}}],
    "relations": [{"countries": ["LAO", "VNM"], "level": "comprehensive_strategic_partnership", "since": None,
                   "evidence": {"start": 121, "end": 180, "text": "Relations are a comprehensive strategic "
                                                                  "partnership."}}],
    "persons": [{"name": "Phan Van Giang", "native": "Phan Văn Giang", "aliases": ["Фан Ван Зянг"],
                 "country": "VNM", "role": "Minister of National Defence", "role_span": None,
                 "role_org_span": None, "roles": [], "mentions": [[17, 31]]}],
    "dates": [{"start": 58, "end": 68, "text": "1 December", "value": "2025-12-01"}],
    "countries": ["VNM", "LAO"],
}


def test_persons_agreements_relations():
    db = B.new()
    A.run("ingest", "--db", db, "--coded", write("c1.jsonl", [CODED]))
    c = A.counts(db)
    assert (c["documents"], c["mentions"], c["events"], c["agreements"], c["relations"], c["persons"]) == \
        (1, 1, 1, 1, 1, 1), c
    for name in ("Phan Van Giang", "phan van", "Фан Ван Зянг", "Phan Văn Giang"):
        ev = A.query(db, "--person", name)
        assert len(ev) == 1 and ev[0]["source_name"] == "Phan Van Giang", (name, ev)
    assert A.query(db, "--person", "Lavrov") == []
    assert A.query(db, "--person", "%") == []
    p = A.query(db, "-l", "persons", "--person", "giang")
    assert len(p) == 1 and p[0]["native"] == "Phan Văn Giang"
    ag = A.query(db, "-l", "agreements", "--country", "VNM", "--sector", "energy")
    assert len(ag) == 1 and ag[0]["kind"] == "memorandum" and ag[0]["countries"] == "VNM LAO"
    assert A.query(db, "-l", "agreements", "--sector", "defense") == []
    rel = A.query(db, "-l", "relations", "--pair", "VNM,LAO")
    assert len(rel) == 1 and rel[0]["level"] == "comprehensive_strategic_partnership"


def test_prepared_statements_only():
    hostile = ["'; DROP TABLE documents; --", "\" OR 1=1 --", "%' OR '1'='1", "NEAR(a b)", "a OR b", "*"]
    for h in hostile:
        for opt in ("--text", "--person", "--doc", "--sector"):
            lst = ["-l", "agreements"] if opt == "--sector" else []
            r = A.run("query", "--db", DB, *lst, opt, h, check=False)
            assert r.returncode in (0, 2), (opt, h, r.returncode, r.stderr)
            if r.returncode == 0 and opt != "--text":
                assert r.stdout == "", (opt, h, r.stdout)
    assert A.count(DB, "documents") == len(EXTRACTED)


def test_formats():
    rows = A.query(DB, "-n", "5")
    out = A.run("query", "--db", DB, "-n", "5", "--format", "csv").stdout
    parsed = list(csv.DictReader(io.StringIO(out)))
    assert len(parsed) == 5 and [r["id"] for r in parsed] == [str(r["id"]) for r in rows]
    table = A.run("query", "--db", DB, "-n", "5", "--format", "table").stdout.splitlines()
    assert table[0].split()[:3] == ["id", "date", "type"] and table[-1] == "(5 rows)"


def test_exports():
    events = A.query(DB)
    n = len(events)
    def tsv(fmt):
        return [l.split("\t") for l in A.run("export", "--db", DB, "--format", fmt).stdout.splitlines()]
    g = tsv("gdelt")
    assert len(g) == n and all(len(r) == 61 for r in g)
    assert [int(r[0]) for r in g] == [e["id"] for e in events]
    for r, e in zip(g, events):
        assert r[26] == (e["cameo"] or "") and r[31] == str(e["mentions"]) and r[33] == str(e["articles"])
        if e["date"] and len(e["date"]) == 10:
            assert r[1] == e["date"].replace("-", "")
    m = tsv("gdelt-mentions")
    assert len(m) == A.count(DB, "mentions") and all(len(r) == 16 for r in m)
    assert {int(r[0]) for r in m} == {e["id"] for e in events}
    i = tsv("icews")
    assert i[0][0] == "Event ID" and len(i) == n + 1 and all(len(r) == 20 for r in i)
    p = tsv("polecat")
    assert p[0][0] == "Event ID" and len(p) == n + 1 and all(len(r) == 40 for r in p)
    pl = [json.loads(l) for l in A.run("export", "--db", DB, "--format", "plover").stdout.splitlines()]
    assert len(pl) == n
    for rec, e in zip(pl, events):
        assert rec["id"] == str(e["id"]) and rec["event"] == [e["type"]] and rec["actor"][0]["code"] == e["source"]
        assert rec["attache"]["mentions"] == e["mentions"]
    vn = A.run("export", "--db", DB, "--format", "gdelt", "--country", "VNM").stdout.splitlines()
    assert len(vn) == len(A.query(DB, "--country", "VNM"))
    # ids are stable: a fresh store of the same documents gives the same rows
    db2 = B.new()
    A.run("ingest", "--db", db2, "-j", "1", "--batch", "3", EXAMPLES)
    g2 = A.run("export", "--db", db2, "--format", "gdelt").stdout.splitlines()
    strip = lambda rows: [r.split("\t")[:59] for r in rows]     # less DATEADDED and URL
    assert strip(g2) == strip(["\t".join(r) for r in g])
    r = A.run("export", "--db", DB, "--format", "phoenix", check=False)
    assert r.returncode == 2


def without_time(fmt, line):
    """an export row less the moment it was stored"""
    if fmt == "gdelt":
        return line.split("\t")[:59] + line.split("\t")[60:]
    if fmt == "gdelt-mentions":
        return line.split("\t")[:1] + line.split("\t")[3:]
    if fmt == "plover":
        rec = json.loads(line)
        rec.pop("coded_date"), rec.pop("coded_time")
        return rec
    return line


def test_same_answers_as_sqlite():
    """the other back end, given the same documents, answers the same"""
    if kind == "sqlite":
        return
    ref = os.path.join(TMP, "reference.db")
    A.run("ingest", "--db", ref, EXAMPLES)
    A.run("ingest", "--db", ref, MERGE)
    db = B.new()
    A.run("ingest", "--db", db, EXAMPLES)
    A.run("ingest", "--db", db, MERGE)
    for args in ([], ["-l", "mentions"], ["-l", "documents"], ["--text", "hoi dam"], ["--pair", "RUS,VNM"]):
        assert A.query(db, *args) == A.query(ref, *args), args
    for fmt in ("gdelt", "gdelt-mentions", "icews", "polecat", "plover", "jsonl"):
        a = A.run("export", "--db", db, "--format", fmt).stdout.splitlines()
        b = A.run("export", "--db", ref, "--format", fmt).stdout.splitlines()
        a, b = [without_time(fmt, l) for l in a], [without_time(fmt, l) for l in b]
        assert a == b, fmt


def test_bad_input_goes_on():
    db = B.new()
    path = write("bad.jsonl", ['{"id": "ok1", "text": "HANOI, Nov 3 - Vietnam and Laos held talks in Hanoi."}',
                               '{"id": "broken", "text": ',
                               '{"id": "ok2", "text": "MOSCOW, Nov 4 - Russia and Vietnam held talks."}'])
    r = A.run("ingest", "--db", db, path, check=False)
    assert r.returncode == 1 and "bad.jsonl: line 2" in r.stderr, (r.returncode, r.stderr)
    assert A.count(db, "documents") == 2


def test_unreachable_store():
    r = A.run("query", "--db", "postgresql://nobody@127.0.0.1:1/none", check=False)
    assert r.returncode == 3 and "attache" in r.stderr


try:
    rc = run_tests([test_ingest_examples, test_ingest_again_changes_nothing, test_changed_text_replaces,
                    test_round_trip_extract_query, test_coded_ingest_equals_direct, test_merge_one_event_many_reports,
                    test_merge_order_independent, test_filters, test_persons_agreements_relations,
                    test_prepared_statements_only, test_formats, test_exports, test_same_answers_as_sqlite,
                    test_bad_input_goes_on,
                    test_unreachable_store])
finally:
    B.close()
sys.exit(rc)
