#!/usr/bin/env python3
"""Runs tests/spec/persons.txt through the `attache extract` command: one
JSON Lines input from the cases, one run, and a check of each case's
persons (format: tests/spec/persons-README.md).

usage: persons_test.py FILE ATTACHE [-v]
prints `persons: N passed, M failed`; exit status 1 if any failed."""
import json
import os
import subprocess
import sys
import tempfile
import unicodedata


def cases(path):
    out, cur = [], None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if line.startswith("=== "):
            cur = {"title": line[4:], "line": n, "lang": None, "published": None, "text": [],
                   "expect": [], "absent": [], "count": None}
            out.append(cur)
            continue
        if cur is None or not line.strip() or line.startswith("#"):
            continue
        key, _, val = line.partition(": ")
        if key in ("lang", "published"):
            cur[key] = val.strip()
        elif key == "text":
            cur["text"].append(val)
        elif key == "expect":
            cur["expect"].append(parse_expect(val))
        elif key == "absent":
            cur["absent"].append(val.strip())
        elif key == "count":
            cur["count"] = int(val)
        else:
            raise SystemExit("%s:%d: cannot read %r" % (path, n, line))
    return out


def parse_expect(val):
    """`name | country | role [| native=... | alias=... | mentions=N | org=... | span=...]`"""
    parts = [p.strip() for p in val.split("|")]
    e = {"name": parts[0], "country": parts[1] if len(parts) > 1 else "*",
         "role": parts[2] if len(parts) > 2 else "*", "extra": {}}
    for p in parts[3:]:
        k, _, v = p.partition("=")
        e["extra"].setdefault(k.strip(), []).append(v.strip())
    return e


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")
    return " ".join(s.casefold().replace("ё", "е").split())


def check(case, doc):
    errs = []
    text = doc["_text"].encode("utf-8")
    persons = doc.get("persons", [])
    used = set()
    for e in case["expect"]:
        hit = None
        for i, p in enumerate(persons):
            if i not in used and p.get("name") == e["name"]:
                hit = i
                break
        if hit is None:
            errs.append("no person %r (got %s)" % (e["name"], [p.get("name") for p in persons]))
            continue
        used.add(hit)
        p = persons[hit]
        want_c = None if e["country"] == "-" else e["country"]
        if e["country"] != "*" and p.get("country") != want_c:
            errs.append("%s: country %r, expected %r" % (e["name"], p.get("country"), want_c))
        want_r = None if e["role"] == "-" else e["role"]
        if e["role"] != "*" and p.get("role") != want_r:
            errs.append("%s: role %r, expected %r" % (e["name"], p.get("role"), want_r))
        x = e["extra"]
        for v in x.get("native", []):
            if p.get("native") != v:
                errs.append("%s: native %r, expected %r" % (e["name"], p.get("native"), v))
        for v in x.get("alias", []):
            if v not in (p.get("aliases") or []):
                errs.append("%s: no alias %r in %s" % (e["name"], v, p.get("aliases")))
        for v in x.get("mentions", []):
            if len(p.get("mentions") or []) != int(v):
                got = [text[a:b].decode("utf-8", "replace") for a, b in p.get("mentions") or []]
                errs.append("%s: %d mentions %s, expected %s" % (e["name"], len(got), got, v))
        for v in x.get("mention", []):
            got = [text[a:b].decode("utf-8", "replace") for a, b in p.get("mentions") or []]
            if v not in got:
                errs.append("%s: no mention %r in %s" % (e["name"], v, got))
        for k, field in (("span", "role_span"), ("org", "role_org_span")):
            for v in x.get(k, []):
                sp = p.get(field)
                got = text[sp["start"]:sp["end"]].decode("utf-8", "replace") if sp else None
                if got != (None if v == "-" else v):
                    errs.append("%s: %s %r, expected %r" % (e["name"], field, got, v))
        for v in x.get("roles", []):
            got = [r.get("role") for r in p.get("roles") or []]
            if v not in got:
                errs.append("%s: no role %r in %s" % (e["name"], v, got))
    for a in case["absent"]:
        for p in persons:
            names = [p.get("name"), p.get("native")] + list(p.get("aliases") or [])
            if any(fold(n) == fold(a) for n in names if n):
                errs.append("%r is not a person here (got %s)" % (a, p.get("name")))
    if case["count"] is not None and len(persons) != case["count"]:
        errs.append("%d persons %s, expected %d" % (len(persons), [p.get("name") for p in persons], case["count"]))
    # offsets: every mention is a span of the input
    for p in persons:
        for a, b in p.get("mentions") or []:
            if not (0 <= a < b <= len(text)):
                errs.append("%s: mention [%d, %d] outside the text" % (p.get("name"), a, b))
    return errs


def main():
    path, exe = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv[3:]
    cs = cases(path)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, c in enumerate(cs):
            d = {"id": "p%04d" % i, "text": "\n".join(c["text"])}
            if c["published"]:
                d["published"] = c["published"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
        inp = f.name
    try:
        r = subprocess.run([exe, "extract", "-j", "2", inp], capture_output=True, check=False)
    finally:
        os.unlink(inp)
    docs = {}
    for line in r.stdout.decode("utf-8").splitlines():
        d = json.loads(line)
        docs[d["doc"]] = d
    passed = failed = 0
    for i, c in enumerate(cs):
        doc = docs.get("p%04d" % i)
        if doc is None:
            errs = ["no output"]
        else:
            doc["_text"] = "\n".join(c["text"])
            errs = check(c, doc)
            if c["lang"] and doc.get("lang") != c["lang"]:
                errs.append("language %r, expected %r" % (doc.get("lang"), c["lang"]))
        if errs:
            failed += 1
            print("FAIL %s:%d %s" % (os.path.basename(path), c["line"], c["title"]))
            for e in errs:
                print("     " + e)
        else:
            passed += 1
            if verbose:
                print("ok   %s" % c["title"])
    print("persons: %d passed, %d failed" % (passed, failed))
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
