#!/usr/bin/env python3
"""Checks the people and offices files (data/common/people-*.tsv,
offices-*.tsv) and the titles' sectors:

- every person has an id, a Latin name (name_en: no Cyrillic, no
  Vietnamese-only letters that English drops), a Russian and a Vietnamese
  name, a gender (m/f), and a country that is an ISO alpha-3 code of
  data/common/countries.gen.tsv (or XKX) -- or, for the few who hold only
  posts of an international body (EU, UN, NATO...), offices that name it;
- every person has offices, each with a role, a PLOVER sector code, a
  valid start date (YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date), an
  end date that is empty or valid and not before the start; an office row
  belongs to a person of the people files, and a person's offices are one
  run of rows (tools/gen_people_phrases.py points to them by row range);
- no two records collide: ids are unique; no two people share a name_en
  (compared without case and diacritics); two people with the same Russian
  or Vietnamese name do not hold offices at the same time (a reader could
  not tell them apart); an alias is not another person's name;
- the generated tables are up to date with the data they come from.

usage: people_check.py [DATA_DIR]
prints `people: N checked, M problems`; exit status 1 on any problem."""
import calendar
import glob
import os
import re
import subprocess
import sys
import unicodedata

# PLOVER sector codes (PLOVER manual, "Sector Codes")
SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
           "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def read(path):
    rows, hdr = [], None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if hdr is None:
            hdr = cells
            continue
        cells += [""] * (len(hdr) - len(cells))
        r = dict(zip(hdr, cells))
        r["_where"] = "%s:%d" % (os.path.relpath(path), n)
        rows.append(r)
    return rows


def fold(s):
    s = unicodedata.normalize("NFKD", s).replace("đ", "d").replace("Đ", "D")
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().replace("-", " ").split())


def date_range(s):
    """(first day, last day) as comparable tuples, or None if invalid"""
    m = DATE.match(s)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None and not 1 <= d <= calendar.monthrange(y, mo)[1]:
        return None
    lo = (y, mo or 1, d or 1)
    hi = (y, mo or 12, d or (calendar.monthrange(y, mo)[1] if mo else 31))
    return lo, hi


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "data")
    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    countries = {r["iso3"] for r in read(os.path.join(data, "common", "countries.gen.tsv")) if r.get("iso3")}
    countries.add("XKX")
    people = []
    for p in sorted(glob.glob(os.path.join(data, "common", "people-*.tsv"))):
        people += read(p)
    offices = []
    for p in sorted(glob.glob(os.path.join(data, "common", "offices-*.tsv"))):
        offices += read(p)

    by_id = {}
    for r in people:
        w = r["_where"]
        if not r["id"]:
            bad(w, "no id")
            continue
        if r["id"] in by_id:
            bad(w, "id %s already at %s" % (r["id"], by_id[r["id"]]["_where"]))
        by_id[r["id"]] = r
        en = r["name_en"]
        if not en:
            bad(w, "%s: no Latin name" % r["id"])
        elif any("\u0400" <= ch <= "\u04ff" for ch in en) or not any("a" <= ch.lower() <= "z" for ch in en):
            bad(w, "%s: name_en %r is not in Latin letters" % (r["id"], en))
        if not r["name_ru"] or not any("\u0400" <= ch <= "\u04ff" for ch in r["name_ru"]):
            bad(w, "%s: no Russian name" % r["id"])
        if not r["name_vi"]:
            bad(w, "%s: no Vietnamese name" % r["id"])
        if r["gender"] not in ("m", "f"):
            bad(w, "%s: gender %r" % (r["id"], r["gender"]))
        if r["country"] and r["country"] not in countries:
            bad(w, "%s: country %r is not an ISO alpha-3 code" % (r["id"], r["country"]))

    # offices: rows, dates, runs
    runs = {}
    last = None
    held = {}
    for i, o in enumerate(offices):
        w, pid = o["_where"], o["person"]
        if pid not in by_id:
            bad(w, "office of %r, who is not in the people files" % pid)
        if pid != last:
            if pid in runs:
                bad(w, "offices of %s are not one run of rows (also at %s)" % (pid, runs[pid]))
            runs[pid] = w
        last = pid
        if not o["role"]:
            bad(w, "%s: office without a role" % pid)
        if o["sector"] not in SECTORS:
            bad(w, "%s: sector %r is not a PLOVER sector code" % (pid, o["sector"]))
        if o["country"] and o["country"] not in countries:
            bad(w, "%s: office country %r" % (pid, o["country"]))
        s = date_range(o["start"]) if o["start"] else None
        if not s:
            bad(w, "%s: start date %r" % (pid, o["start"]))
            continue
        e = None
        if o["end"]:
            e = date_range(o["end"])
            if not e:
                bad(w, "%s: end date %r" % (pid, o["end"]))
                continue
            if e[1] < s[0]:
                bad(w, "%s: ends (%s) before it starts (%s)" % (pid, o["end"], o["start"]))
        held.setdefault(pid, []).append((s[0], e[1] if e else (9999, 12, 31), o))
    for pid, r in by_id.items():
        if pid not in held:
            bad(r["_where"], "%s: no offices" % pid)
        elif not r["country"] and not any(o["org"] for _, _, o in held[pid]):
            bad(r["_where"], "%s: no country, and no office names the body it belongs to" % pid)

    # collisions
    seen = {}
    for r in people:
        k = fold(r["name_en"])
        if k in seen and seen[k]["id"] != r["id"]:
            bad(r["_where"], "%s: name_en %r is also %s's" % (r["id"], r["name_en"], seen[k]["id"]))
        seen.setdefault(k, r)
    for col in ("name_ru", "name_vi"):
        same = {}
        for r in people:
            same.setdefault(fold(r[col]), []).append(r)
        for k, rs in same.items():
            for i in range(len(rs)):
                for j in range(i + 1, len(rs)):
                    a, b = rs[i], rs[j]
                    for s1, e1, o1 in held.get(a["id"], []):
                        for s2, e2, o2 in held.get(b["id"], []):
                            if s1 <= e2 and s2 <= e1:
                                bad(b["_where"], "%s and %s share the %s %r and hold offices at the same time"
                                    % (a["id"], b["id"], col, a[col]))
                                break
                        else:
                            continue
                        break
    names = {}
    for r in people:
        for col in ("name_en", "name_ru", "name_vi"):
            names.setdefault(fold(r[col]), set()).add(r["id"])
    for r in people:
        for a in r["aliases"].split("|"):
            a = a.strip()
            if not a:
                continue
            owners = names.get(fold(a), set()) - {r["id"]}
            if owners:
                bad(r["_where"], "%s: alias %r is the name of %s" % (r["id"], a, ", ".join(sorted(owners))))

    # titles: sectors
    for p in sorted(glob.glob(os.path.join(data, "*", "titles.tsv"))):
        for t in read(p):
            if t.get("kind") == "title" and t.get("sector") and t["sector"] not in SECTORS:
                bad(t["_where"], "sector %r is not a PLOVER sector code" % t["sector"])

    # the generated tables
    gen = os.path.join(root, "tools", "gen_people_phrases.py")
    r = subprocess.run([sys.executable, gen, "--data", data, "--check"], capture_output=True, text=True)
    if r.returncode:
        bad("tools/gen_people_phrases.py", "generated tables are stale, run `make regen`: " + r.stderr.strip())

    for p in problems:
        print(p)
    print("people: %d checked, %d problems" % (len(people), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
