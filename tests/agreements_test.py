#!/usr/bin/env python3
"""Agreements and relationship levels: tests/spec/agreements.txt through the command.

usage: agreements_test.py <attache> [spec]

A case is a block:

    === <title>
    lang: ru | vi | en
    published: YYYY-MM-DD
    text: <one or two sentences written for the project>
    agreement: KIND SECTOR AAA BBB DATE      (one line per document signed)
    relation: LEVEL AAA BBB [SINCE|-]        (one line per level stated)
    expect: none                             (no agreement and no relation)

The case passes when the multiset of (kind, sector, sorted pair, date) of the
output's agreements equals the agreement lines, and the set of (level, sorted
pair, since) of its relations equals the relation lines (`-`: since is null;
with no SINCE the since is not compared).  Prints FAIL blocks, per-language
counts and `agreements: N passed, M failed`; exits 1 on a failure, 2 on a
malformed spec.
"""
import sys
from collections import Counter, OrderedDict

from spec_blocks import SpecError, load, read_cases


def field(cur, key, val, where):
    f = val.split()
    if key == "agreement":
        if len(f) != 5:
            raise SpecError("%s: agreement: KIND SECTOR AAA BBB DATE" % where)
        cur["agreements"].append((f[0], f[1], tuple(sorted(f[2:4])), f[4]))
    elif key == "relation":
        if len(f) not in (3, 4):
            raise SpecError("%s: relation: LEVEL AAA BBB [SINCE|-]" % where)
        cur["relations"].append((f[0], tuple(sorted(f[1:3])), f[3] if len(f) == 4 else None))
    elif key == "expect" and val == "none":
        cur["none"] = True
    else:
        raise SpecError("%s: unknown line %s: %s" % (where, key, val))


def parse(path):
    cases = read_cases(path, field, lambda: {"agreements": [], "relations": [], "none": False})
    for c in cases:
        if c["none"] == bool(c["agreements"] or c["relations"]):
            raise SpecError("%s:%d: case %r: expect none, or agreement/relation lines" % (path, c["line"], c["title"]))
    return cases


def main():
    got = load(sys.argv, __doc__, "agreements.txt", parse)
    if isinstance(got, int):
        return got
    _, cases, out = got
    per = OrderedDict((l, [0, 0]) for l in ("ru", "vi", "en"))
    failed = 0
    for i, c in enumerate(cases):
        d = out.get(i, {})
        got_a = Counter()
        for a in d.get("agreements", []):
            pair = tuple(sorted(p.get("country") or "-" for p in a.get("parties", [])[:2]))
            got_a[(a.get("kind"), a.get("sector"), pair, a.get("date"))] += 1
        got_r = set()
        for rel in d.get("relations", []):
            got_r.add((rel.get("level"), tuple(sorted(rel.get("countries", []))), rel.get("since")))
        want_r = set()
        for lvl, pair, since in c["relations"]:
            if since is None:
                match = [g for g in got_r if g[0] == lvl and g[1] == pair]
                want_r.add(match[0] if match else (lvl, pair, "?"))
            else:
                want_r.add((lvl, pair, None if since == "-" else since))
        ok = got_a == Counter(c["agreements"]) and got_r == want_r
        per.setdefault(c["lang"], [0, 0])[0 if ok else 1] += 1
        if not ok:
            failed += 1
            print("FAIL %s (%s)" % (c["title"], c["lang"]))
            print("  text:     %s" % c["text"])
            print("  expected: %s | %s" % (sorted(c["agreements"]), sorted(want_r, key=str)))
            print("  got:      %s | %s" % (sorted(got_a.elements()), sorted(got_r, key=str)))
    for lang, (p, f) in per.items():
        print("  %s: %d passed, %d failed" % (lang, p, f))
    print("agreements: %d passed, %d failed" % (len(cases) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
