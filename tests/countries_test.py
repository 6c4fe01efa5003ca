#!/usr/bin/env python3
"""Every country resolves from its name in each language, Russian case forms
included.  The cases (tests/data/country_names.tsv) are generated from the
reference data by tools/gen_country_tests.py, independently of the lexicon
tables, and run through the command with the language given.
usage: countries_test.py CASES.tsv ATTACHE"""
import json
import subprocess
import sys

rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#") or line.startswith("lang\t"):
        continue
    lang, text, iso3 = line.split("\t")
    rows.append((lang, text, iso3))
# each name inside a neutral sentence: a name alone on its line would be
# taken for page chrome (a city above a clock), which is another rule
CARRIER = {"en": "They spoke about %s again.", "ru": "Они снова говорили: %s и другие.", "vi": "Họ lại nói về %s hôm nay."}
inp = "".join(json.dumps({"id": "c%d" % i, "lang": l, "text": CARRIER[l] % t}, ensure_ascii=False) + "\n" for i, (l, t, _) in enumerate(rows))
r = subprocess.run([sys.argv[2], "extract", "-q", "-j", "2", "-"], input=inp, capture_output=True, text=True)
out = [json.loads(x) for x in r.stdout.splitlines()]
passed = failed = 0
by_lang = {}
for (lang, text, iso3), o in zip(rows, out):
    ok = iso3 in o["countries"]
    s = by_lang.setdefault(lang, [0, 0])
    s[0 if ok else 1] += 1
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL %s %r -> %s, got %s" % (lang, text, iso3, o["countries"]))
if len(out) != len(rows):
    print("FAIL: %d records for %d cases" % (len(out), len(rows)))
    failed += 1
for lang, (p, f) in sorted(by_lang.items()):
    print("  %s: %d of %d" % (lang, p, p + f))
print("countries: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
