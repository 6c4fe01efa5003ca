#!/usr/bin/env python3
"""Runs a tests/spec file through the `attache extract` command (the library
is tested by spec_runner on the same cases): builds one JSON Lines input
from the cases, runs the command with two threads, and compares.
usage: cli_spec.py sentences|langid|pubdate|dates FILE ATTACHE"""
import json
import os
import subprocess
import sys


def blocks(lines):
    i, out = 0, []
    while i < len(lines):
        if not lines[i].startswith("=== "):
            i += 1
            continue
        c = {"title": lines[i][4:], "lang": None, "published": None}
        i += 1
        while i < len(lines) and (lines[i].startswith("lang: ") or lines[i].startswith("published: ")):
            k, v = lines[i].split(": ", 1)
            c[k] = v
            i += 1
        body = []
        while i < len(lines) and lines[i] != "---":
            body.append(lines[i])
            i += 1
        while body and not body[0].strip(" \t"):
            body.pop(0)
        while body and not body[-1].strip(" \t"):
            body.pop()
        c["body"] = "\n".join(body)
        i += 1
        exp = []
        while i < len(lines) and not lines[i].startswith("=== "):
            if lines[i].strip(" \t") and not lines[i].startswith("#"):
                exp.append(lines[i])
            i += 1
        c["exp"] = exp
        out.append(c)
    return out


def date_cases(lines):
    """dates.txt: `=== title`, `lang:`, `published:`, `text:`, `expect: span => value` or `expect: none`"""
    out = []
    for ln in lines:
        if ln.startswith("=== "):
            out.append({"title": ln[4:], "lang": None, "published": None, "body": "", "exp": []})
        elif out and ln.startswith(("lang: ", "published: ", "text: ")):
            k, v = ln.split(": ", 1)
            out[-1]["body" if k == "text" else k] = v
        elif out and ln.startswith("expect: ") and ln[8:] != "none":
            out[-1]["exp"].append(ln[8:])
    return out


def main():
    kind, path, exe = sys.argv[1:4]
    lines = open(path, encoding="utf-8").read().split("\n")
    cases, docs = [], []
    if kind == "langid":
        for ln in lines:
            if ln.startswith("#") or "\t" not in ln:
                continue
            want, text = ln.split("\t", 1)
            cases.append({"title": "langid " + text[:60], "want": want, "body": text})
    elif kind == "dates":
        cases = date_cases(lines)
    else:
        cases = blocks(lines)
    for n, c in enumerate(cases):
        d = {"id": "case%d" % n, "text": c["body"]}
        if kind in ("sentences", "dates") and c.get("lang"):
            d["lang"] = c["lang"]
        if c.get("published"):
            d["published"] = c["published"]
        docs.append(json.dumps(d, ensure_ascii=False))
    r = subprocess.run([exe, "extract", "-j", os.environ.get("JOBS", "2"), "-q", "-"], input="\n".join(docs) + "\n",
                       capture_output=True, text=True)
    if r.returncode not in (0, 1):
        print("attache exited with %d: %s" % (r.returncode, r.stderr))
        sys.exit(1)
    out = [json.loads(x) for x in r.stdout.splitlines()]
    if len(out) != len(cases):
        print("expected %d records, got %d" % (len(cases), len(out)))
        sys.exit(1)
    passed = failed = 0
    for n, (c, o) in enumerate(zip(cases, out)):
        ok = o["doc"] == "case%d" % n
        if kind == "langid":
            got = o["lang"]
            ok = ok and got == c["want"]
        elif kind == "dates":
            b = c["body"].encode("utf-8")
            got = ["%s => %s" % (x["text"], x["value"]) for x in o["dates"]]
            # the offsets are the input's bytes, and text is what they hold
            ok = ok and got == c["exp"] and all(b[x["start"]:x["end"]].decode("utf-8") == x["text"] for x in o["dates"])
        elif kind == "pubdate":
            got = "%s\t%s" % (o["published"] if o["published"] else "null", o["published_from"])
            ok = ok and got == c["exp"][0]
        else:
            b = c["body"].encode("utf-8")
            got = [b[s:e].decode("utf-8").strip(" \t\r\n") for s, e in o["sentences"]]
            ok = ok and got == c["exp"]
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL %s\n  got: %r" % (c["title"], got))
    # dates keeps the closing line of its library runner: `dates: N passed, M failed`
    print("%s: %d passed, %d failed" % (kind if kind == "dates" else kind + " (cli)", passed, failed))
    sys.exit(1 if failed else 0)


main()
