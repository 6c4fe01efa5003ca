#!/usr/bin/env python3
"""Generate attache's city phrase tables from GeoNames.

    tools/gen_cities.py [--ref DIR] [--out DIR]

Reads (under --ref, default ../shared/reference from the repository root)
the GeoNames cities (places/geonames_cities_en_ru_vi.tsv), Debian
iso-codes (for the alpha-3 codes) and hunspell-ru inflections, and writes
(under --out, default data):

    en|ru|vi/cities.gen.tsv   lookup rows `attidx city <name>`, kind `city`:
                              code = GeoNames id; name (the English name),
                              country (ISO 3166-1 alpha-3), lat, lon; every
                              Russian case form

A city is a place, never an actor: the event coder reads it only after a
locative preposition (`в Дананге`, `tại Đà Nẵng`, `in Johannesburg`), when
no capital stands there (src/code/actors.c, att_code_place).  The rows are
lookup rows, which never match running text, so a city hides no person's
name and no trigger word; the coder takes one only when its first word is
capitalised as written (`Nice`, `Mobile`, `Bath` are words in lower case).
A name that is a country, capital, region or organisation of the language
is left to those tables.  Kept: seats of first-order divisions (PPLA) and capitals of
any size, other populated places of POP_MIN people or more; not sections,
historical, abandoned or destroyed places.  Of two cities with one name, the
more populous one.

Python 3 standard library only; reuses the Russian declension of
tools/gen_countries.py.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_countries as gc  # noqa: E402

POP_MIN = 50000
# lookup rows: no text has the token `attidx`, so a city never matches
# running text (it is no actor, hides no person and no trigger word); the
# event coder walks the trie from `attidx city` after a locative
INDEX = "attidx city "
ALWAYS = {"PPLA", "PPLC"}
NEVER = {"PPLX", "PPLH", "PPLQ", "PPLW"}

# Names the GeoNames extract lacks, as the press writes them:
# geonameid | lang | names separated by ;
EXTRA = """
1583992 | ru | Дананг
1586203 | ru | Кантхо
1587923 | ru | Бьенхоа
1566083 | vi | TP Hồ Chí Minh; TP. Hồ Chí Minh; Hồ Chí Minh; Sài Gòn
1566083 | ru | Хошимин; Сайгон
1566083 | en | Saigon; HCMC
1562798 | vi | Vinh
"""


# kinds of the phrases a city name must not be: a country, a capital, a
# region or an organisation is read as such after a locative
NOT_CITY = {"country", "country_adj", "country_abbr", "country_prefix", "demonym",
            "capital", "region", "org", "outlet"}

# words between the preposition and the city (`tại thành phố Đà Nẵng`, `в
# городе Дананг`, `in the city of Johannesburg`): lookup rows `attidx
# cityword <words>`, kind city_word
CITY_WORDS = {
    "en": ["the city of", "the port city of", "the coastal city of",
           "the resort city of", "the southern city of", "the northern city of",
           "the eastern city of", "the western city of", "the central city of"],
    "ru": ["г", "городе", "городе-герое", "портовом городе", "курортном городе",
           "южном городе", "северном городе", "приморском городе"],
    "vi": ["thành phố", "TP", "thị xã", "thành phố cảng"],
}


def existing_keys(data, lang):
    """Normalised phrases of the kinds NOT_CITY in the language's and the
    common phrase tables."""
    keys = set()
    for d in (os.path.join(data, lang), os.path.join(data, "common")):
        for f in sorted(os.listdir(d)):
            if not f.endswith(".tsv") or f.startswith("cities"):
                continue
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                header = None
                for line in fh:
                    if line.startswith("#"):
                        continue
                    cells = line.rstrip("\n").split("\t")
                    if header is None:
                        header = cells
                        if header[:2] != ["phrase", "kind"]:
                            break
                        continue
                    if len(cells) > 1 and cells[1] in NOT_CITY:
                        k = gc.norm_key(cells[0], lang)
                        if k:
                            keys.add(k)
    return keys


def ru_forms(ref, name):
    full = gc.ru_expand(name)
    forms = gc.name_forms(full)
    if " " not in full:
        h = ref.hunspell_forms(full)
        if h:
            # hunspell declines the common noun too: a city has no plural
            # (Орёл: Орле, not Орлы, Орлов, Орлам)
            low = full.lower()
            plural = ("ам", "ям", "ами", "ями", "ах", "ях")
            if low[-1:] not in "аеёиоуыэюяь":
                plural += ("ов", "ев", "ы", "и")
            forms = forms + [f for f in h if f not in forms and not (
                f.lower().endswith(plural) and not low.endswith(plural))]
    return gc.uniq([name] + forms)


def vi_name(r):
    v = r["vi"].strip()
    for p in ("Thành phố ", "Thành Phố ", "Thị xã ", "Thị Xã "):
        if v.startswith(p):
            v = v[len(p):]
    if not v and r["country"] == "VN":
        v = r["name"]
    return v


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ref", default=os.path.join(root, "..", "shared", "reference"))
    ap.add_argument("--out", default=os.path.join(root, "data"))
    args = ap.parse_args()

    ref = gc.Ref(args.ref)
    iso3 = {c["iso2"]: c["iso3"] for c in gc.country_list(ref)}
    extra = {}
    for gid, lang, names in gc.parse_table(EXTRA, 3):
        extra.setdefault((gid, lang), []).extend(gc.split_semis(names))

    cities = []
    for r in ref.cities:
        fc = r["feature_code"]
        pop = int(r["population"] or 0)
        if fc in NEVER or r["country"] not in iso3:
            continue
        if fc not in ALWAYS and pop < POP_MIN:
            continue
        if not r["lat"] or not r["lon"]:
            continue
        cities.append((pop, r))
    cities.sort(key=lambda x: (-x[0], int(x[1]["geonameid"])))

    status = 0
    for lang in gc.LANGS:
        taken = existing_keys(args.out, lang)
        mine = set()
        rows = []
        for pop, r in cities:
            gid = r["geonameid"]
            names = []
            if lang == "en":
                names = [r["name"], gc.ascii_fold(r["name"])]
            elif lang == "vi":
                names = [vi_name(r), r["name"]]
            elif r["ru"]:
                names = [r["ru"]]
            names += extra.get((gid, lang), [])
            phrases = []
            for n in names:
                if not n:
                    continue
                if lang == "ru":
                    phrases += ru_forms(ref, n)
                else:
                    phrases.append(n)
                    if n.startswith("Saint "):
                        phrases.append("St " + n[6:])   # St. Petersburg: the dot is skipped
            attrs = [r["name"], iso3[r["country"]], r["lat"], r["lon"]]
            for p in gc.uniq(phrases):
                k = gc.norm_key(p, lang)
                if not k or k in taken or k in mine:
                    continue
                if not p[:1].isupper():
                    continue
                mine.add(k)
                rows.append([INDEX + p, "city", gid] + attrs)
        words = [["attidx cityword " + w, "city_word", ""] + [""] * 4
                 for w in CITY_WORDS[lang]]
        rows = words + rows
        keys = ("geonames", "isocodes") + (("hunspell",) if lang == "ru" else ())
        ins = "; ".join(gc.INPUTS[k] for k in keys)
        comments = [f"# generated by tools/gen_cities.py from {ins} — do not edit"]
        for key, fname, notice in gc.LICENCES:
            if key in keys:
                comments.append(f"# {notice} — see data/LICENSES/{fname}")
        comments.append("# Lookup rows (never match text): a city after a locative "
                        "preposition is an event's place (src/code/actors.c), never an actor.")
        gc.write(os.path.join(args.out, lang, "cities.gen.tsv"), comments,
                 ["phrase", "kind", "code", "name", "country", "lat", "lon"], rows)
        print(f"{lang}/cities.gen.tsv: {len(rows)} rows", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
