#!/usr/bin/env python3
"""Places of events: tests/spec/places.txt through the command.

usage: places_test.py <attache> [spec]

A case is a block:

    === <title>
    lang: ru | vi | en
    published: YYYY-MM-DD
    text: <one sentence written for the project>
    place: NAME ISO3 LAT LON | none     (NAME with _ for spaces)
    countries: AAA BBB ...              (optional: the document's countries)

The case passes when the text gives at least one event, every event and
agreement has that place (name and country equal, coordinates within 0.01
degrees), or none has one for `place: none`, and the document's countries
are the listed ones.  Prints FAIL blocks and `places: N passed, M failed`;
exits 1 on a failure, 2 on a malformed spec.
"""
import sys

from spec_blocks import SpecError, load, read_cases


def field(cur, key, val, where):
    if key == "place":
        f = val.split()
        if f == ["none"]:
            cur["place"] = None
        elif len(f) == 4:
            cur["place"] = (f[0].replace("_", " "), f[1], float(f[2]), float(f[3]))
        else:
            raise SpecError("%s: place: NAME ISO3 LAT LON | none" % where)
    elif key == "countries":
        cur["countries"] = sorted(val.split())
    else:
        raise SpecError("%s: unknown line %s: %s" % (where, key, val))


def parse(path):
    cases = read_cases(path, field)
    for c in cases:
        if "place" not in c:
            raise SpecError("%s:%d: a case needs a place line" % (path, c["line"]))
    return cases


def check(case, doc):
    evs = doc.get("events", []) + doc.get("agreements", [])
    if not doc.get("events"):
        return "no event"
    want = case["place"]
    for e in evs:
        p = e.get("place")
        if want is None:
            if p is not None:
                return "place %r, want none" % (p,)
            continue
        if p is None:
            return "no place, want %r" % (want,)
        if p.get("name") != want[0] or p.get("country") != want[1]:
            return "place %s %s, want %s %s" % (p.get("name"), p.get("country"), want[0], want[1])
        if p.get("lat") is None or abs(p["lat"] - want[2]) > 0.01 or abs(p["lon"] - want[3]) > 0.01:
            return "coordinates %s %s, want %s %s" % (p.get("lat"), p.get("lon"), want[2], want[3])
    if "countries" in case and sorted(doc.get("countries", [])) != case["countries"]:
        return "countries %s, want %s" % (doc.get("countries"), case["countries"])
    return None


def main():
    got = load(sys.argv, __doc__, "places.txt", parse)
    if isinstance(got, int):
        return got
    spec, cases, docs = got
    failed = 0
    for i, c in enumerate(cases):
        why = check(c, docs.get(i, {}))
        if why:
            failed += 1
            print("FAIL %s (%s:%d)\n  %s\n  %s" % (c["title"], spec, c["line"], c["text"], why))
    print("places: %d passed, %d failed" % (len(cases) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
