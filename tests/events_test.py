#!/usr/bin/env python3
"""Event-coding spec: tests/spec/events.txt through the command.

usage: events_test.py <attache> [spec]     (spec defaults to tests/spec/events.txt)

Reads the spec (format: tests/spec/events-README.md), writes every case as one
JSON Lines document {"id", "lang", "published", "text"}, runs
`<attache> extract -q -j 2 -` on them, and compares for each case the set of
predicted events with the expected set.  An event is the key

    (type, sorted country pair, date, modal contexts)

where the pair is (source.country, target.country or None) sorted (None last),
so reciprocal readings share a key (ORDERED=1 in the environment keeps the
pair in source, target order instead, to see which cases get the direction
wrong: 1 of 838 today), and the modal contexts are the subset of
{negation, hypothetical, future, historical} the event carries.  A case passes
when the two sets are equal.  Prints `FAIL <title>` with expected and got for
each failure, pass-rate tables per language, per type and per special
category, and `events: N passed, M failed, K known failures`.  A case with a
`known: <why>` line is a failure the engine is known to make: it is reported
as KNOWN and does not fail the run (NOW PASSES when it does pass, so the line
can go).  Exits 1 on any other failure, 2 on a
malformed spec or a command that could not run.
"""
import json
import os
import re
import subprocess
import sys
from collections import OrderedDict

TYPES = ("ACCUSE AGREE AID ASSAULT COERCE CONCEDE CONSULT COOPERATE MOBILIZE "
         "PROTEST REJECT REQUEST RETREAT SANCTION SUPPORT THREATEN").split()
MODAL = ("negation", "hypothetical", "future", "historical")
LANGS = ("ru", "vi", "en")
# special categories counted from the `=== <category>:` title
TITLE_CATEGORIES = ("passive", "coordinated", "none")

DAY = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
DATE_RE = re.compile(r"^%s(?:/%s)?$" % (DAY, DAY))
CODE_RE = re.compile(r"^(?:[A-Z]{3}|-)$")


class SpecError(Exception):
    pass


def known_codes():
    """ISO alpha-3 codes from the project's country table, plus XKX."""
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "data", "common", "countries.gen.tsv")
    codes = {"XKX"}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("iso3\t"):
                    continue
                cell = line.split("\t", 1)[0].strip()
                if len(cell) == 3:
                    codes.add(cell)
    except OSError:
        return None          # no table: accept any three capitals
    return codes


def pair_key(a, b):
    if os.environ.get("ORDERED"):
        return (a, b)
    return tuple(sorted((a, b), key=lambda c: (c is None, c or "")))


def parse_expect(value, lineno, codes):
    parts = value.split()
    if len(parts) < 4:
        raise SpecError("line %d: expect needs TYPE SOURCE TARGET DATE" % lineno)
    typ, src, tgt, date = parts[:4]
    ctx = parts[4:]
    if typ not in TYPES:
        raise SpecError("line %d: unknown type %r" % (lineno, typ))
    for c in (src, tgt):
        if not CODE_RE.match(c) or (codes and c != "-" and c not in codes):
            raise SpecError("line %d: bad country code %r" % (lineno, c))
    if src == "-" and tgt == "-":
        raise SpecError("line %d: an event needs at least one country" % lineno)
    if not DATE_RE.match(date):
        raise SpecError("line %d: bad date %r" % (lineno, date))
    for c in ctx:
        if c not in MODAL:
            raise SpecError("line %d: unknown context %r (use %s)"
                            % (lineno, c, ", ".join(MODAL)))
    src = None if src == "-" else src
    tgt = None if tgt == "-" else tgt
    return (typ, pair_key(src, tgt), date, tuple(sorted(set(ctx))))


def parse_spec(path):
    codes = known_codes()
    cases, cur = [], None

    def close():
        if cur is None:
            return
        for field in ("lang", "published", "text"):
            if not cur.get(field):
                raise SpecError("line %d: case %r has no %s"
                                % (cur["line"], cur["title"], field))
        if cur["lang"] not in LANGS:
            raise SpecError("line %d: lang must be one of %s"
                            % (cur["line"], ", ".join(LANGS)))
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", cur["published"]):
            raise SpecError("line %d: published must be YYYY-MM-DD" % cur["line"])
        if not cur["none"] and not cur["expect"]:
            raise SpecError("line %d: case %r has no expect line"
                            % (cur["line"], cur["title"]))
        if cur["none"] and cur["expect"]:
            raise SpecError("line %d: case %r mixes `expect: none` with events"
                            % (cur["line"], cur["title"]))
        cases.append(cur)

    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("=== "):
                close()
                title = line[4:].strip()
                cat = title.split(":", 1)[0].strip() if ":" in title else ""
                cur = {"title": title, "category": cat, "line": lineno,
                       "expect": [], "none": False}
                continue
            if cur is None:
                raise SpecError("line %d: text before the first `===`" % lineno)
            m = re.match(r"^(lang|published|text|expect|known):\s?(.*)$", line)
            if not m:
                raise SpecError("line %d: expected lang/published/text/expect/known"
                                % lineno)
            key, value = m.group(1), m.group(2).strip()
            if key == "expect":
                if value == "none":
                    cur["none"] = True
                else:
                    cur["expect"].append(parse_expect(value, lineno, codes))
            elif key == "text" and cur.get("text"):
                cur["text"] += " " + value
            else:
                cur[key] = value
    close()
    if not cases:
        raise SpecError("no cases in %s" % path)
    return cases


def predicted(doc):
    out = set()
    for ev in doc.get("events") or []:
        src = (ev.get("source") or {}).get("country")
        tgt = (ev.get("target") or {}).get("country")
        ctx = tuple(sorted(c for c in (ev.get("context") or []) if c in MODAL))
        out.add((ev.get("type"), pair_key(src, tgt), ev.get("date"), ctx))
    return out


def show(key):
    typ, pair, date, ctx = key
    s = "%s %s %s %s" % (typ, pair[0] or "-", pair[1] or "-", date)
    return s + (" " + " ".join(ctx) if ctx else "")


def run(attache, cases):
    lines = []
    for i, c in enumerate(cases):
        c["id"] = "ev%04d" % (i + 1)
        lines.append(json.dumps({"id": c["id"], "lang": c["lang"],
                                 "published": c["published"], "text": c["text"]},
                                ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    try:
        proc = subprocess.run([attache, "extract", "-q", "-j", "2", "-"],
                              input=data, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        sys.exit("events: cannot run %s: %s" % (attache, e))
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        sys.exit("events: %s exited with status %d" % (attache, proc.returncode))
    docs = {}
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        docs[obj.get("doc")] = obj
    return docs


def table(title, rows):
    print("\n%-14s %6s %6s %6s" % (title, "cases", "pass", "rate"))
    for name, (tot, ok) in rows.items():
        if tot:
            print("%-14s %6d %6d %5.0f%%" % (name, tot, ok, 100.0 * ok / tot))


def main(argv):
    if len(argv) < 2:
        sys.exit("usage: events_test.py <attache> [spec]")
    attache = argv[1]
    spec = argv[2] if len(argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "spec", "events.txt")
    try:
        cases = parse_spec(spec)
    except (SpecError, OSError) as e:
        print("events: malformed spec: %s" % e, file=sys.stderr)
        return 2
    docs = run(attache, cases)

    by_lang = OrderedDict((l, [0, 0]) for l in LANGS)
    by_type = OrderedDict((t, [0, 0]) for t in TYPES)
    by_special = OrderedDict((k, [0, 0]) for k in MODAL + TITLE_CATEGORIES)
    passed = failed = known = 0
    for c in cases:
        want = set(c["expect"])
        got = predicted(docs.get(c["id"], {}))
        ok = want == got
        if ok:
            passed += 1
            if c.get("known"):
                print("NOW PASSES [%s %s] %s: remove its `known:` line" % (c["lang"], c["id"], c["title"]))
        elif c.get("known"):
            known += 1
            print("KNOWN [%s %s] %s: %s" % (c["lang"], c["id"], c["title"], c["known"]))
        else:
            failed += 1
            print("FAIL [%s %s] %s" % (c["lang"], c["id"], c["title"]))
            print("  text:     %s" % c["text"])
            print("  expected: %s" % ("; ".join(sorted(map(show, want))) or "none"))
            print("  got:      %s" % ("; ".join(sorted(map(show, got))) or "none"))
        buckets = [by_lang[c["lang"]]]
        buckets += [by_type[t] for t in sorted({k[0] for k in want})]
        buckets += [by_special[m] for m in MODAL
                    if any(m in k[3] for k in want)]
        if c["category"] in TITLE_CATEGORIES:
            buckets.append(by_special[c["category"]])
        elif c["none"]:
            buckets.append(by_special["none"])
        for b in buckets:
            b[0] += 1
            b[1] += ok
    table("language", by_lang)
    table("type", by_type)
    table("special", by_special)
    total = passed + failed + known
    print("\nevents: %d passed, %d failed, %d known failures (%.1f%% pass)"
          % (passed, failed, known, 100.0 * passed / total if total else 0))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
