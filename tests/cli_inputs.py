#!/usr/bin/env python3
"""Every input form `attache extract` reads, through the command: JSON Lines,
text, HTML, WARC, a folder, gzip/xz/zstd/bzip2, tar and zip, standard input,
-o, and -j N giving identical output.  Offsets are checked against the bytes
given: JSON text for JSON Lines, the page for HTML and WARC.
usage: cli_inputs.py ATTACHE SOURCE_DIR"""
import bz2
import gzip
import io
import json
import lzma
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile

EXE, SRC = os.path.abspath(sys.argv[1]), sys.argv[2]
EX = os.path.join(SRC, "examples")
passed = failed = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL", what)


def run(args, stdin=None, cwd=None):
    r = subprocess.run([EXE, "extract"] + args, input=stdin, capture_output=True, cwd=cwd)
    recs = [json.loads(x) for x in r.stdout.decode("utf-8").splitlines()]
    return r.returncode, recs, r.stderr.decode("utf-8", "replace")


def spans_ok(recs, texts, what):
    """every sentence and country span points at the bytes it claims"""
    for rec in recs:
        b = texts[rec["doc"]]
        for m in rec["country_mentions"]:
            got = b[m["start"]:m["end"]].decode("utf-8", "replace")
            if got != m["text"]:
                check(False, "%s: %s: mention %r at %d..%d reads %r" % (what, rec["doc"], m["text"], m["start"], m["end"], got))
                return
        for s, e in rec["sentences"]:
            if not (0 <= s < e <= len(b)):
                check(False, "%s: %s: sentence span %d..%d outside %d bytes" % (what, rec["doc"], s, e, len(b)))
                return
    check(True, what)


def warc_record(uri, html, rid):
    payload = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
            "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % (uri, rid, len(payload)))
    return head.encode() + payload + b"\r\n\r\n"


def main():
    d = tempfile.mkdtemp()
    try:
        jl = open(os.path.join(EX, "articles.jsonl"), "rb").read()
        docs = [json.loads(x) for x in jl.decode().splitlines()]
        texts = {x["id"]: x["text"].encode("utf-8") for x in docs}
        ids = [x["id"] for x in docs]

        rc, recs, err = run([os.path.join(EX, "articles.jsonl")])
        check(rc == 0 and [r["doc"] for r in recs] == ids, "jsonl: every document, in order (rc %d %s)" % (rc, err))
        check(all(r["lang"] == x["id"][:2] for r, x in zip(recs, docs)), "jsonl: languages of the examples")
        check(all(r.get("url") == x.get("url") and r.get("source") == x.get("source") and r.get("title") == x.get("title")
                  for r, x in zip(recs, docs)), "jsonl: url, source and title carried")
        spans_ok(recs, texts, "jsonl: offsets into the JSON text")

        # compressed forms
        for ext, comp in ((".gz", gzip.compress), (".xz", lzma.compress), (".bz2", bz2.compress)):
            p = os.path.join(d, "a.jsonl" + ext)
            open(p, "wb").write(comp(jl))
            rc, r2, err = run([p])
            check(rc == 0 and r2 == recs, "%s: same records as the plain file (%s)" % (ext, err))
        if shutil.which("zstd"):
            p = os.path.join(d, "a.jsonl")
            open(p, "wb").write(jl)
            subprocess.run(["zstd", "-q", "-f", p, "-o", p + ".zst"], check=True)
            rc, r2, err = run([p + ".zst"])
            check(rc == 0 and r2 == recs, ".zst: same records as the plain file (%s)" % err)

        # -j N and -o
        big = jl * 20
        rc1, r1, _ = run(["-j", "1", "-"], stdin=big)
        rc4, r4, _ = run(["-j", "4", "-"], stdin=big)
        check(rc1 == 0 and len(r1) == 20 * len(ids) and r1 == r4, "-j 4 output identical to -j 1")
        out = os.path.join(d, "out.jsonl")
        rc, r0, _ = run(["-o", out, os.path.join(EX, "articles.jsonl")])
        check(rc == 0 and not r0 and [json.loads(x) for x in open(out, encoding="utf-8")] == recs, "-o FILE")

        # a file whose name has no extension: JSON Lines when it opens with `{`
        for name in ("noext", "tmp.X3fa9q"):
            p = os.path.join(d, name)
            open(p, "wb").write(jl)
            rc, r2, err = run([p])
            check(rc == 0 and r2 == recs, "%s, JSON content: read as JSON Lines (%s)" % (name, err))
        p = os.path.join(d, "notes")
        open(p, "wb").write("Министр иностранных дел России провел переговоры.".encode())
        rc, r2, err = run([p])
        check(rc == 0 and len(r2) == 1 and r2[0]["doc"] == "notes", "no extension, plain text: one document")

        # standard input: plain text
        t = "МОСКВА, 3 ноября. /ТАСС/. Министр иностранных дел России провел переговоры с вьетнамским коллегой."
        rc, r, _ = run(["-"], stdin=t.encode())
        check(rc == 0 and len(r) == 1 and r[0]["doc"] == "stdin" and r[0]["lang"] == "ru", "stdin: plain text")

        # text files and a folder
        tdir = os.path.join(EX, "txt")
        rc, r, _ = run([tdir])
        names = sorted(os.path.splitext(f)[0] for f in os.listdir(tdir))
        check(rc == 0 and [x["doc"] for x in r] == names, "folder of .txt: one document each, ids from file names")
        spans_ok(r, {os.path.splitext(f)[0]: open(os.path.join(tdir, f), "rb").read() for f in os.listdir(tdir)},
                 "txt: offsets into the file")

        # HTML: the article, offsets into the page
        hdir = os.path.join(EX, "html")
        pages = {os.path.splitext(f)[0]: open(os.path.join(hdir, f), "rb").read() for f in os.listdir(hdir)}
        rc, r, _ = run([hdir])
        check(rc == 0 and len(r) == len(pages), "html: one document per page")
        spans_ok(r, pages, "html: offsets into the page")
        for x in r:
            page = pages[x["doc"]]
            sents = [page[s:e] for s, e in x["sentences"]]
            check(not any(b"<script" in s or b"cookie" in s.lower() or b"Subscribe" in s for s in sents),
                  "html: %s: no script, cookie banner or menu in the sentences" % x["doc"])
            check(len(x["sentences"]) >= 5, "html: %s: the article's sentences are there" % x["doc"])

        # WARC, plain and gzipped per record, and tar/zip members
        warc = b"".join(warc_record("https://example.org/%s" % k, v, "0000-%d" % i) for i, (k, v) in enumerate(sorted(pages.items())))
        req = b"WARC/1.0\r\nWARC-Type: request\r\nContent-Length: 5\r\n\r\nGET /\r\n\r\n"
        open(os.path.join(d, "c.warc"), "wb").write(req + warc)
        rc, rw, err = run([os.path.join(d, "c.warc")])
        check(rc == 0 and [x["doc"] for x in rw] == ["0000-0", "0000-1"] and
              [x["url"] for x in rw] == ["https://example.org/%s" % k for k in sorted(pages)], "warc: responses, ids and urls (%s)" % err)
        body = {x["doc"]: warc[warc.index(pages[k]):] for x, k in zip(rw, sorted(pages))}
        spans_ok(rw, {x["doc"]: b"" for x in rw} | {k: pages[n] for k, n in zip([x["doc"] for x in rw], sorted(pages))}, "warc: offsets into the page")
        gz = b"".join(gzip.compress(warc_record("https://example.org/%s" % k, v, "0000-%d" % i)) for i, (k, v) in enumerate(sorted(pages.items())))
        open(os.path.join(d, "c.warc.gz"), "wb").write(gz)
        rc, rg, err = run([os.path.join(d, "c.warc.gz")])
        check(rc == 0 and rg == rw, "warc.gz: one gzip member per record (%s)" % err)
        tp = os.path.join(d, "c.tar")
        with tarfile.open(tp, "w") as tf:
            for f in sorted(os.listdir(tdir)):
                tf.add(os.path.join(tdir, f), arcname="news/" + f)
        rc, rt, err = run([tp])
        check(rc == 0 and [x["doc"] for x in rt] == names, "tar: every member (%s)" % err)
        zp = os.path.join(d, "c.zip")
        with zipfile.ZipFile(zp, "w") as zf:
            for f in sorted(os.listdir(tdir)):
                zf.write(os.path.join(tdir, f), arcname=f)
        rc, rz, err = run([zp])
        check(rc == 0 and [x["doc"] for x in rz] == names, "zip: every member (%s)" % err)

        # JSON Lines: the fast reader and json-c (numbers, nested values,
        # surrogate pairs, NUL escapes) agree with Python's JSON on every field
        lines = [
            '{"id":"a\\u00e9\\/b","title":"T\\"x\\\\y","url":"https://e.org/\\u4e2d","published":"2025-03-04","text":"Hanoi hosted the talks.\\nLaos signed."}',
            '{ "text" : "Hanoi hosted\\tthe talks." , "id" : "dup-1", "id": "dup-2", "title": null, "extra": true }',
            '{"id": 17, "text": "Hanoi hosted the talks.", "title": "number id"}',
            '{"id": "nested", "meta": {"k": [1, 2, {"x": "y"}]}, "text": "Hanoi hosted the talks."}',
            '{"id": "pair", "title": "\\ud83d\\ude00 smile", "text": "Hanoi \\u0048osted the talks."}',
            '{"id": "upper-escape", "title": "\\u041C\\u0418\\u0414", "text": "\\u041C\\u0418\\u0414 \\u0420\\u043E\\u0441\\u0441\\u0438\\u0438 \\u0437\\u0430\\u044F\\u0432\\u0438\\u043B."}',
            '{"id":"tabs","text":"Hanoi hosted the talks."}\t ',
        ]
        rc, r, err = run(["-"], stdin=("\n".join(lines) + "\n").encode())
        want = [json.loads(x) for x in lines]
        got = {x["doc"]: x for x in r}
        for w in want:
            wid = w["id"] if isinstance(w["id"], str) else str(w["id"])
            x = got.get(wid)
            check(x is not None and x.get("title") == w.get("title") and x.get("url") == w.get("url") and
                  ("published" not in w or x.get("published") == w["published"]), "jsonl fields of %r as Python reads them (%s)" % (wid, err))
            if x and x["sentences"]:
                s, e = x["sentences"][0]
                check(s >= 0 and e > s, "jsonl %r: a sentence span" % wid)
        check(rc == 0 and len(r) == len(lines), "jsonl: every line read (%d of %d, %s)" % (len(r), len(lines), err))

        # an id is made from the content when the input has none
        rc, r, _ = run(["-"], stdin=b'{"text": "Hanoi hosted the talks."}\n{"text": "Hanoi hosted the talks."}\n')
        check(rc == 0 and r[0]["doc"] == r[1]["doc"] and r[0]["doc"].startswith("doc-"), "stable content ids")
    finally:
        shutil.rmtree(d)
    print("inputs: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


main()
