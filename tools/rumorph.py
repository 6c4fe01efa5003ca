"""Russian declension of geographic names, adjectives and demonyms.

Used at build time only (by tools/gen_countries.py, and to prepare the
hand-written tables): attache itself never runs this. Rules are the
school-grammar ones for the patterns that occur in country, capital,
region and organisation names; hunspell-ru forms are merged in by the
caller where a lemma is in the reference table.

All functions keep the spelling (capitals, ё) of their input and return
forms in the order nom, gen, dat, acc, ins, prep.
"""

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
            "пермь", "гавань", "ассамблея"}
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
ADJ_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")

_hunspell_indecl = set()


def set_indeclinable(words):
    """Lemmas that hunspell-ru lists without forms (lower case)."""
    _hunspell_indecl.update(w.lower() for w in words)


def _is_vowel(ch):
    return ch.lower() in VOWELS


def is_adjective(word):
    last = word.split("-")[-1].lower()
    if len(last) < 4:
        return False
    if last.endswith(("овы", "евы", "ины")) and last[0] != last[0].lower():
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


def phrase_case_forms(name):
    """Six forms of a (multi-word) name, words agreeing; None if nothing in
    it declines."""
    words = name.split()
    if len(words) == 1:
        f = noun_case_forms(words[0])
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
    if not any_decl:
        return None
    out = []
    for k in range(6):
        s = results[0][k]
        for sep, r in zip(mseps, results[1:]):
            s += ("," if sep == "," else " " + sep) + " " + r[k]
        out.append(s)
    return out


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
    elif low.endswith("ин") and gen_pl is not None and not gen_pl.endswith("ов"):
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
