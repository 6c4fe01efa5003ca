#!/usr/bin/env python3
"""Write tests/data/country_names.tsv: texts in which the compiled lexicon
must find a country, taken straight from the reference data and
independently of data/*/countries*.tsv.

    tools/gen_country_tests.py [--ref DIR] [--out FILE]

Rows (lang, text, iso3):
  - every ISO 3166-1 country and Kosovo, in en, ru and vi, by its CLDR 41
    standard name;
  - Russian: the genitive, dative, instrumental and prepositional of that
    name where hunspell-ru has the lemma (the forms are picked from its
    unlabelled list by their endings);
  - for each language 40 hand-picked adjectives, demonyms, abbreviations,
    capitals and seats of government.
Python 3 standard library only.
"""

import argparse
import csv
import os
import sys

# Hand-picked cases: text | ISO3. Written for the project.
PICKED = {
    "en": """
Vietnamese|VNM
Russian|RUS
American|USA
Chinese|CHN
British|GBR
South Korean|KOR
North Korean|PRK
Azerbaijani|AZE
Iranian|IRN
Israeli|ISR
Ukrainian|UKR
Laotian|LAO
Cambodian|KHM
Turkish|TUR
Saudi|SAU
Russians|RUS
Americans|USA
Britons|GBR
Azerbaijanis|AZE
Filipinos|PHL
Palestinians|PSE
Emiratis|ARE
US|USA
U.S.|USA
UK|GBR
UAE|ARE
DPRK|PRK
PRC|CHN
Kremlin|RUS
White House|USA
Pentagon|USA
Downing Street|GBR
Zhongnanhai|CHN
Hanoi|VNM
Beijing|CHN
Moscow|RUS
Baku|AZE
Kyiv|UKR
Seoul|KOR
Pyongyang|PRK
""",
    "ru": """
вьетнамский|VNM
вьетнамской|VNM
азербайджанского|AZE
российско-вьетнамские|RUS
американо-китайских|USA
китайская|CHN
японскими|JPN
южнокорейских|KOR
северокорейской|PRK
британскому|GBR
французском|FRA
германо-французский|DEU
азербайджанцы|AZE
азербайджанцев|AZE
азербайджанка|AZE
вьетнамцами|VNM
россияне|RUS
американцев|USA
китайцы|CHN
израильтяне|ISR
палестинцев|PSE
РФ|RUS
СРВ|VNM
США|USA
КНР|CHN
КНДР (Северная Корея)|PRK
Эмиратов|ARE
ФРГ|DEU
ЮАР|ZAF
Кремль|RUS
Кремле|RUS
Белого дома|USA
Пентагона|USA
Москве|RUS
Ханоя|VNM
Пекином|CHN
Вашингтону|USA
Молдавии|MDA
Белоруссии|BLR
Соединенных Штатов|USA
""",
    "vi": """
người Nga|RUS
người Việt|VNM
người Hàn|KOR
người Mỹ|USA
người Trung Quốc|CHN
người Nhật|JPN
người Pháp|FRA
người Anh|GBR
người Lào|LAO
người Campuchia|KHM
người Palestine|PSE
người Israel|ISR
người Azerbaijan|AZE
Mỹ|USA
Liên bang Nga|RUS
Anh|GBR
Ý|ITA
Úc|AUS
Nhật|JPN
Đại Hàn Dân Quốc|KOR
Bắc Triều Tiên|PRK
Vương quốc Anh và Bắc Ireland|GBR
Cộng hòa Liên bang Đức|DEU
Cộng hòa Pháp|FRA
Trung Hoa|CHN
Miến Điện|MMR
Ucraina|UKR
A-rập Xê-út|SAU
Nhà Trắng|USA
Điện Kremlin|RUS
Lầu Năm Góc|USA
Bắc Kinh|CHN
Hà Nội|VNM
Mát-xcơ-va|RUS
Bình Nhưỡng|PRK
Viêng Chăn|LAO
Phnôm Pênh|KHM
UAE|ARE
LB Nga|RUS
CHLB Đức|DEU
""",
}

# Endings of the genitive, dative, instrumental and prepositional by the
# ending of the nominative (the first that matches).
RU_ENDINGS = [
    ("ия", {"gen": ["ии"], "dat": ["ии"], "ins": ["ией"], "prep": ["ии"]}),
    ("я", {"gen": ["и"], "dat": ["е"], "ins": ["ей"], "prep": ["е"]}),
    ("а", {"gen": ["ы", "и"], "dat": ["е"], "ins": ["ой", "ей"], "prep": ["е"]}),
    ("ь", {"gen": ["я", "и"], "dat": ["ю", "и"], "ins": ["ем", "ью"],
           "prep": ["е", "и"]}),
    ("й", {"gen": ["я"], "dat": ["ю"], "ins": ["ем"], "prep": ["е", "и"]}),
    ("ы", {"gen": ["ов", ""], "dat": ["ам"], "ins": ["ами"], "prep": ["ах"]}),
    ("", {"gen": ["а"], "dat": ["у"], "ins": ["ом", "ем"], "prep": ["е"]}),
]


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def ru_case_forms(lemma, forms):
    """Genitive, dative, instrumental, prepositional of `lemma` found in
    the hunspell form list, in that order, without repeats."""
    low = lemma.lower()
    have = {f.lower(): f for f in forms}
    for end, cases in RU_ENDINGS:
        if low.endswith(end) and (end or low[-1:] not in "аеёиоуыэюя"):
            stem = low[: len(low) - len(end)]
            out = []
            for case in ("gen", "dat", "ins", "prep"):
                for e in cases[case]:
                    f = have.get(stem + e)
                    if f and f not in out:
                        out.append(f)
                        break
            return out
    return []


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ref", default=os.path.join(root, "..", "shared", "reference"))
    ap.add_argument("--out", default=os.path.join(root, "tests", "data",
                                                   "country_names.tsv"))
    args = ap.parse_args()
    ref = args.ref

    iso = read_tsv(os.path.join(ref, "countries", "isocodes_3166-1_en_ru_vi.tsv"))
    a2to3 = {r["alpha2"]: r["alpha3"] for r in iso}
    a2to3["XK"] = "XKX"
    cldr = {r["code"]: r for r in
            read_tsv(os.path.join(ref, "countries", "cldr41_territories_en_ru_vi.tsv"))}
    hun = {r["lemma"]: [f for f in r["forms"].split("|") if f] for r in
           read_tsv(os.path.join(ref, "morphology", "ru_geo_inflections_hunspell.tsv"))}

    rows = []
    seen = set()

    def add(lang, text, iso3):
        if (lang, text) not in seen:
            seen.add((lang, text))
            rows.append((lang, text, iso3))

    missing = []
    for a2, iso3 in sorted(a2to3.items(), key=lambda kv: kv[1]):
        c = cldr.get(a2)
        for lang in ("en", "ru", "vi"):
            name = c and c[f"{lang}_std"]
            if not name:
                missing.append(f"{lang}:{iso3}")
                continue
            add(lang, name, iso3)
            if lang == "ru" and name in hun:
                for f in ru_case_forms(name, hun[name]):
                    add("ru", f, iso3)
    for lang in ("en", "ru", "vi"):
        n = 0
        for line in PICKED[lang].strip().splitlines():
            text, iso3 = line.rsplit("|", 1)
            add(lang, text.strip(), iso3.strip())
            n += 1
        assert n == 40, (lang, n)

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# generated by tools/gen_country_tests.py from "
                "countries/cldr41_territories_en_ru_vi.tsv, "
                "countries/isocodes_3166-1_en_ru_vi.tsv, "
                "morphology/ru_geo_inflections_hunspell.tsv — do not edit\n")
        f.write("# CLDR 41: Unicode-DFS-2016; iso-codes: LGPL-2.1-or-later; "
                "hunspell-ru (A. I. Lebedev): BSD-style — see data/LICENSES/\n")
        f.write("lang\ttext\tiso3\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    if missing:
        print("no CLDR name: " + " ".join(missing), file=sys.stderr)
    print(f"{args.out}: {len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
