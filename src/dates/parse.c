/* parse.c: temporal expressions as the text writes them.  The temporal
 * vocabulary (data/<lang>/dates.tsv) is laid on the tokens once; a small
 * grammar then reads, from a token, a governing preposition and one date:
 * explicit (25 декабря 2025 года, 25/12, May 7, 2025), partial, relative
 * (в прошлую субботу, tuần trước, last month), ago, approximate (в конце
 * октября), quarters, decades, or an interval of two (с 5 по 12 мая,
 * 25-26/10, between 2019 and 2023).  The words are data; the code knows
 * digits, punctuation and the order of the pieces.  Every parse looks a
 * bounded number of tokens ahead: the scan is linear in the text.
 * Resolution against the publication date is relative.c's. */
#include "dates_int.h"

/* ---- the vocabulary on the tokens ---- */

static const char *const kind_names[DK_N] = {
    "month", "weekday", "relday", "unit", "rel", "daypart", "yearword", "approx", "ago",
    "range_from", "range_to", "num", "ordinal", "era", "prep", "link", "yearprep", "habitual",
    "dayword", "day_suffix", "decade_suffix", "now", "vague", "conj"};

static int eq(const char *v, size_t l, const char *s)
{
    return v && l == strlen(s) && memcmp(v, s, l) == 0;
}

/* a small signed number, or a code for the word values of unit, approx, link */
static int8_t entry_val(const att_lexicon *lex, const att_lex_entry *e, int dk)
{
    static const uint8_t valued[DK_N] = {[DK_MONTH] = 1, [DK_WEEKDAY] = 1, [DK_RELDAY] = 1, [DK_UNIT] = 1, [DK_REL] = 1,
                                         [DK_APPROX] = 1, [DK_AGO] = 1, [DK_NUM] = 1, [DK_ORDINAL] = 1, [DK_ERA] = 1,
                                         [DK_LINK] = 1};
    if (dk == DK_DAYPART) return 1;
    if (!valued[dk]) return 0;
    size_t l;
    const char *v = att_lex_attr(lex, e, "value", &l);
    if (!v || !l) return 0;
    switch (dk) {
    case DK_UNIT:
        return eq(v, l, "day") ? 'd' : eq(v, l, "week") ? 'w' : eq(v, l, "weekend") ? 'e' : eq(v, l, "month") ? 'm'
               : eq(v, l, "quarter") ? 'q' : eq(v, l, "half") ? 'h' : eq(v, l, "year") ? 'y'
               : eq(v, l, "decade") ? 'D' : 0;
    case DK_APPROX:   /* 's' from the start, 'e' earlier, 'l' later, 'm' mid, 'z' late or end, 'o' other */
        return eq(v, l, "start") || eq(v, l, "early") ? 's' : eq(v, l, "earlier") ? 'e' : eq(v, l, "later") ? 'l'
               : eq(v, l, "mid") ? 'm' : eq(v, l, "late") || eq(v, l, "end") ? 'z' : 'o';
    case DK_LINK:
        return eq(v, l, "of") ? 'o' : 't';
    default: {
        int neg = 0, x = 0;
        size_t i = 0;
        if (v[0] == '-' || v[0] == '+') neg = v[0] == '-', i = 1;
        for (; i < l && v[i] >= '0' && v[i] <= '9'; i++) x = x * 10 + (v[i] - '0');
        if (x > 100) x = 100;
        return (int8_t)(neg ? -x : x);
    }
    }
}

/* The kinds the stage reads, by lexicon kind id: DK_*, or DK_FUTURE,
 * DK_REPORT, or -1.  Resolved lazily, for the kinds a document's matches
 * carry, from the names above (most documents carry a dozen kinds). */
enum { DK_FUTURE = DK_N, DK_REPORT, DK_UNSEEN = 127 };

static int8_t kind_of(const att_lexicon *lex, int8_t *kmap, uint16_t id)
{
    if (id >= 256) return -1;
    if (kmap[id] != DK_UNSEEN) return kmap[id];
    const char *name = att_lex_kind_name(lex, id);
    int8_t k = -1;
    if (strcmp(name, "future") == 0) k = DK_FUTURE;
    else if (strcmp(name, "report") == 0) k = DK_REPORT;
    else
        for (int i = 0; i < DK_N; i++)
            if (name[0] == kind_names[i][0] && strcmp(name, kind_names[i]) == 0) k = (int8_t)i;
    return kmap[id] = k;
}

void att_dates_tag(att_workspace *ws, att_doc *doc, dctx *c)
{
    memset(c, 0, sizeof *c);
    c->doc = doc;
    c->n = (uint32_t)doc->ntok;
    int8_t *kmap = ws->date_kinds;   /* resolved once a workspace */
    if (!ws->date_kinds_ready) {
        memset(kmap, DK_UNSEEN, sizeof ws->date_kinds);
        ws->date_kinds_ready = 1;
    }
    const att_lexicon *lex = ws->lex;
    const att_lex_entry *es = att_lex_entries(lex);
    uint32_t *tix = att_arena_alloc(&doc->arena, (doc->ntok + 1) * sizeof *tix);
    c->sfuture = att_arena_alloc(&doc->arena, doc->nsent + 1);
    c->tmark = att_arena_alloc(&doc->arena, doc->ntok + 1);
    dtag *tags = NULL;
    uint32_t nt = 0, cap = 0;
    for (size_t i = 0; i < doc->nmatches; i++) {
        const att_match *m = &doc->matches[i];
        for (uint32_t k = 0; k < m->en; k++) {      /* the entries usable in this document */
            uint32_t ei = doc->mentries[m->efirst + k];
            const att_lex_entry *e = &es[ei];
            int dk = kind_of(lex, kmap, e->kind);
            if (dk < 0) continue;
            if (dk == DK_FUTURE) {
                uint32_t s = doc->tok[m->tok].sent;
                if (s < doc->nsent) c->sfuture[s] = 1;
                c->tmark[m->tok] |= 1;
                continue;
            }
            if (dk == DK_REPORT) {
                c->tmark[m->tok] |= 2;
                continue;
            }
            if (!tix[m->tok]) {
                if (nt == cap) {                     /* grows in the arena */
                    uint32_t nc = cap ? cap * 2 : 32;
                    dtag *nv = att_arena_alloc(&doc->arena, nc * sizeof *nv);
                    if (cap) memcpy(nv, tags, cap * sizeof *nv);
                    tags = nv;
                    cap = nc;
                }
                tix[m->tok] = ++nt;
            }
            dtag *t = &tags[tix[m->tok] - 1];
            int s = 0;
            while (s < t->n && t->kind[s] != dk) s++;
            if (s == t->n) {
                if (t->n < DT_SLOTS) {
                    t->n++;
                } else {                             /* full: the shortest phrase goes */
                    s = 0;
                    for (int q = 1; q < DT_SLOTS; q++)
                        if (t->end[q] < t->end[s]) s = q;
                    if (t->end[s] >= m->end) continue;
                }
                t->kind[s] = (uint8_t)dk;
                t->end[s] = 0;
            }
            if (m->end <= t->end[s]) continue;
            t->end[s] = m->end;
            t->entry[s] = ei;
        }
    }
    /* keep the kinds whose phrase is the longest at the token */
    for (uint32_t i = 0; i < nt; i++) {
        dtag *t = &tags[i];
        uint32_t mx = 0;
        for (int q = 0; q < t->n; q++)
            if (t->end[q] > mx) mx = t->end[q];
        int w = 0;
        t->mask = 0;
        for (int q = 0; q < t->n; q++) {
            if (t->end[q] < mx) continue;
            t->kind[w] = t->kind[q], t->end[w] = t->end[q], t->entry[w] = t->entry[q];
            t->mask |= 1u << t->kind[w];
            w++;
        }
        t->n = (uint8_t)w;
    }
    c->lex = lex;
    c->entries = es;
    c->tags = tags;
    c->tix = tix;
}

/* ---- token helpers ---- */

static inline const dtag *T(const dctx *c, uint32_t i)
{
    return i < c->n && c->tix[i] ? &c->tags[c->tix[i] - 1] : NULL;
}

static inline int slot(const dtag *t, int k)
{
    if (!t || !(t->mask & (1u << k))) return -1;
    for (int q = 0; q < t->n; q++)
        if (t->kind[q] == k) return q;
    return -1;
}

/* end of the phrase of kind k at token i, or 0 */
static inline uint32_t E(const dctx *c, uint32_t i, int k)
{
    const dtag *t = T(c, i);
    int q = slot(t, k);
    return q < 0 ? 0 : t->end[q];
}

/* the slot's value and guards, read from its entry once */
static const dtag *decoded(const dctx *c, uint32_t i, int k, int *q)
{
    dtag *t = (dtag *)T(c, i);   /* c->tags is the document's, writable */
    *q = slot(t, k);
    if (*q < 0) return NULL;
    if (!(t->meta[*q] & DT_DECODED)) {
        const att_lex_entry *e = &c->entries[t->entry[*q]];
        uint8_t m = DT_DECODED;
        size_t l;
        t->val[*q] = entry_val(c->lex, e, k);
        if (k == DK_MONTH || k == DK_WEEKDAY || k == DK_YEARWORD) {
            const char *v = att_lex_attr(c->lex, e, "needs", &l);
            m |= eq(v, l, "number") ? 1 : eq(v, l, "context") ? 2 : eq(v, l, "context_or_capital") ? 3 : 0;
        } else if (k == DK_REL) {
            const char *v = att_lex_attr(c->lex, e, "place", &l);
            if (eq(v, l, "after")) m |= DT_AFTER;
        }
        t->meta[*q] = m;
    }
    return t;
}

/* the value of the phrase of kind k at token i (which has one) */
static int V(const dctx *c, uint32_t i, int k)
{
    int q;
    const dtag *t = decoded(c, i, k, &q);
    return t ? t->val[q] : 0;
}

/* the guard of a month, weekday or year word: 'n' number, 'c' context, 'C' context or capital */
static int needs(const dctx *c, uint32_t i, int k)
{
    int q;
    const dtag *t = decoded(c, i, k, &q);
    static const char code[4] = {0, 'n', 'c', 'C'};
    return t ? code[t->meta[q] & 3] : 0;
}

/* a rel word that follows what it modifies (tuần trước) */
static int after(const dctx *c, uint32_t i)
{
    int q;
    const dtag *t = decoded(c, i, DK_REL, &q);
    return t && (t->meta[q] & DT_AFTER);
}

static const att_token *tk(const dctx *c, uint32_t i)
{
    return &c->doc->tok[i];
}

/* a token that may belong to the expression: in the sentence it started in */
static int joins(const dctx *c, uint32_t i)
{
    return i < c->lim;
}

static int num(const dctx *c, uint32_t i, int *v, int *digits)
{
    if (!joins(c, i) || tk(c, i)->type != ATT_TOK_NUM || tk(c, i)->keylen > 9) return 0;
    unsigned u;
    if (!att_parse_uint(tk(c, i)->key, tk(c, i)->keylen, &u)) return 0;
    *v = (int)u;
    if (digits) *digits = tk(c, i)->keylen;
    return 1;
}

static int is_punct(const dctx *c, uint32_t i, const char *s)
{
    if (!joins(c, i) || tk(c, i)->type != ATT_TOK_PUNCT) return 0;
    size_t l = strlen(s);
    return tk(c, i)->keylen == l && memcmp(tk(c, i)->key, s, l) == 0;
}

static int glued(const dctx *c, uint32_t i)
{
    return i < c->n && !(tk(c, i)->flags & ATT_TF_SPACE);
}

/* a mark written between two numbers with nothing around it: 25/12 */
static int glued_punct(const dctx *c, uint32_t i, const char *s)
{
    return is_punct(c, i, s) && glued(c, i) && glued(c, i + 1);
}

static int is_dash(const dctx *c, uint32_t i)
{
    return is_punct(c, i, "-") || is_punct(c, i, "\xE2\x80\x93") || is_punct(c, i, "\xE2\x80\x94");
}

static int glued_dash(const dctx *c, uint32_t i)
{
    return is_dash(c, i) && glued(c, i) && glued(c, i + 1);
}

static int valid_dm(int d, int m)
{
    static const int mdays[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m >= 1 && m <= 12 && d >= 1 && d <= mdays[m];
}

static int valid_year(int y)
{
    return y >= 1800 && y <= 2200;
}

static int num4(const dctx *c, uint32_t i, int *y)
{
    int d;
    return num(c, i, y, &d) && d == 4 && valid_year(*y);
}

/* the unit of the phrase at i, or 0 */
static int unit_at(const dctx *c, uint32_t i)
{
    return E(c, i, DK_UNIT) ? V(c, i, DK_UNIT) : 0;
}

static int link_at(const dctx *c, uint32_t i, int which)
{
    return E(c, i, DK_LINK) && V(c, i, DK_LINK) == which;
}

/* a rel word placed before what it modifies (прошлой, last), or after (trước) */
static int rel_before(const dctx *c, uint32_t i)
{
    return E(c, i, DK_REL) && !after(c, i);
}

static int rel_after(const dctx *c, uint32_t i)
{
    return E(c, i, DK_REL) && after(c, i);
}

/* a year word after k, and the full stop of an abbreviated one (г.) */
static uint32_t after_yearword(const dctx *c, uint32_t k)
{
    uint32_t e = E(c, k, DK_YEARWORD);
    if (!e || !joins(c, k)) return k;
    if (needs(c, k, DK_YEARWORD) == 'n' && is_punct(c, e, ".") && glued(c, e)) e++;
    return e;
}

/* a year at k: `2025 года`, `2025 г.`, `năm 2025`, `, 2025` (comma only
 * where allowed: after a day number).  Returns its end or 0. */
static uint32_t year_at(const dctx *c, uint32_t k, int comma, int *y)
{
    uint32_t j = k;
    if (comma && is_punct(c, j, ",")) j++;
    if (num4(c, j, y)) {
        uint32_t e = after_yearword(c, j + 1);
        /* not the start of a full date */
        if (glued_punct(c, e, "/") || glued_punct(c, e, ".")) {
            int z;
            if (num(c, e + 1, &z, NULL)) return 0;
        }
        return e;
    }
    if (E(c, j, DK_YEARWORD) && num4(c, E(c, j, DK_YEARWORD), y)) return E(c, j, DK_YEARWORD) + 1;
    return 0;
}

/* a year relative to P at k: `прошлого года`, `last year`, `năm ngoái` */
static uint32_t yearrel_at(const dctx *c, uint32_t k, int *rel)
{
    if (rel_before(c, k) && unit_at(c, E(c, k, DK_REL)) == 'y') {
        *rel = V(c, k, DK_REL);
        return E(c, E(c, k, DK_REL), DK_UNIT);
    }
    if (unit_at(c, k) == 'y' && rel_after(c, E(c, k, DK_UNIT))) {
        uint32_t r = E(c, k, DK_UNIT);
        *rel = V(c, r, DK_REL);
        return E(c, r, DK_REL);
    }
    return 0;
}

/* the end of a month word, with the full stop of an abbreviation (Dec.) */
static uint32_t month_end(const dctx *c, uint32_t i)
{
    uint32_t e = E(c, i, DK_MONTH);
    if (needs(c, i, DK_MONTH) == 'n' && is_punct(c, e, ".") && glued(c, e)) e++;
    return e;
}

static int month_at(const dctx *c, uint32_t i)
{
    return joins(c, i) && E(c, i, DK_MONTH) ? V(c, i, DK_MONTH) : 0;
}

/* does a phrase of one of these kinds end right before token j? */
static int ends_before(const dctx *c, uint32_t j, const int *kinds, int nk)
{
    for (uint32_t t = j >= 3 ? j - 3 : 0; t < j; t++)
        for (int k = 0; k < nk; k++)
            if (E(c, t, kinds[k]) == j) return 1;
    return 0;
}

static int ends_before_punct(const dctx *c, uint32_t j, const char *s)
{
    return j > 0 && is_punct(c, j - 1, s);
}

enum { PF_YEARPREP = 1, PF_RANGE_A = 2, PF_INTRO = 4, PF_APPROX = 8, PF_RANGE_B = 16 };

static void pt_init(dpt *p, uint32_t a, char kind)
{
    memset(p, 0, sizeof *p);
    p->a = a;
    p->kind = kind;
}

static int core(const dctx *c, uint32_t j, int fl, dpt *p);

/* ---- numbers: 25/12/2025, 25 декабря, 25-26 октября, 2025-2027, 1990-е ---- */

static int core_num(const dctx *c, uint32_t j, int fl, dpt *p)
{
    int a, da, b, db, x, dx;
    if (!num(c, j, &a, &da)) return 0;
    const char *sep = NULL;
    if (glued_punct(c, j + 1, "/")) sep = "/";
    else if (glued_punct(c, j + 1, ".")) sep = ".";
    else if (glued_dash(c, j + 1)) sep = "-";
    /* a word that announces a day; a bracket and range words too, but not
     * before a decimal point (to 3.2 percent, 3.1 miles) */
    static const int intro_kinds[] = {DK_DAYWORD, DK_DAYPART, DK_WEEKDAY, DK_FROM, DK_TO};
    int intro = (fl & PF_INTRO) || ends_before(c, j, intro_kinds, 3);
    if (sep && num(c, j + 2, &b, &db)) {
        int weak_intro = ends_before_punct(c, j, "(") || ends_before(c, j, intro_kinds, 5);
        /* the second of two days: 22 và 23/12 (a bare number before the conjunction) */
        if (j >= 2 && E(c, j - 1, DK_CONJ) == j && tk(c, j - 2)->type == ATT_TOK_NUM && tk(c, j - 2)->keylen <= 2 &&
            !(j >= 3 && tk(c, j - 3)->type == ATT_TOK_PUNCT && glued(c, j - 2)))
            weak_intro = 1;
        int same3 = sep[0] == '-' ? glued_dash(c, j + 3) : glued_punct(c, j + 3, sep);
        if (same3 && num(c, j + 4, &x, &dx)) {
            if (da == 4 && sep[0] == '-' && valid_year(a) && db <= 2 && dx <= 2 && valid_dm(x, b)) {
                pt_init(p, j, 'D');                      /* 2025-11-14 */
                p->y = a, p->m = b, p->d = x, p->b = j + 5;
                return 1;
            }
            if (da <= 2 && db <= 2 && (dx == 4 || dx == 2) && valid_dm(a, b)) {
                int y = dx == 2 ? 2000 + x : x;         /* 25.12.2025, 15-8-2024 */
                if (valid_year(y)) {
                    pt_init(p, j, 'D');
                    p->y = y, p->m = b, p->d = a, p->b = j + 5;
                    return 1;
                }
            }
        }
        /* 25-26/10, 22-23/10/2024 */
        if (sep[0] == '-' && da <= 2 && db <= 2 && glued_punct(c, j + 3, "/") && num(c, j + 4, &x, &dx) && dx <= 2 &&
            valid_dm(a, x) && valid_dm(b, x) && a < b) {
            pt_init(p, j, 'D');
            p->d = a, p->d2 = b, p->m = x, p->b = j + 5;
            int y;
            if (glued_punct(c, j + 5, "/") && num4(c, j + 6, &y)) p->y = y, p->b = j + 7;
            return 1;
        }
        /* 2025-2027 гг., 1941-1945 */
        if (sep[0] == '-' && da == 4 && db == 4 && valid_year(a) && valid_year(b) && b > a && b - a <= 100) {
            pt_init(p, j, 'Y');
            p->y = a, p->y2 = b, p->b = after_yearword(c, j + 3);
            return 1;
        }
        /* 9/2023, (11.2023): a month and a four-digit year; with a dot only
         * in brackets (`to 10.2022 percent` is a decimal) */
        if ((sep[0] == '/' || (sep[0] == '.' && ends_before_punct(c, j, "("))) && da <= 2 && a >= 1 && a <= 12 && db == 4 &&
            valid_year(b) && !glued_punct(c, j + 3, sep) && !glued_dash(c, j + 3)) {
            pt_init(p, j, 'M');
            p->m = a, p->y = b, p->b = j + 3;
            return 1;
        }
        /* 25/12 and Ngày 24-12, after a word that announces a day */
        if ((intro || (weak_intro && sep[0] != '.')) && da <= 2 && db <= 2 && valid_dm(a, b) && !is_punct(c, j + 3, "%") && !glued_punct(c, j + 3, "/") &&
            !glued_punct(c, j + 3, ".") && !glued_dash(c, j + 3) && !(sep[0] == '-' && month_at(c, j + 3))) {
            pt_init(p, j, 'D');
            p->m = b, p->d = a, p->b = j + 3;
            return 1;
        }
    }
    /* 1990-е годы, 1990s */
    if (da == 4 && valid_year(a) && a % 10 == 0) {
        uint32_t k = j + 1;
        if (glued_dash(c, k)) k++;
        if (k < c->n && glued(c, k) && E(c, k, DK_DECADESUFFIX)) {
            pt_init(p, j, 'X');
            p->y = a, p->b = after_yearword(c, E(c, k, DK_DECADESUFFIX));
            return 1;
        }
    }
    /* 25-26 октября, 17–18 ноября */
    if (da <= 2 && is_dash(c, j + 1) && num(c, j + 2, &b, &db) && db <= 2 && b > a && month_at(c, j + 3) &&
        valid_dm(b, month_at(c, j + 3))) {
        pt_init(p, j, 'D');
        p->d = a, p->d2 = b, p->m = month_at(c, j + 3);
        uint32_t e = month_end(c, j + 3);
        int y;
        uint32_t ye = year_at(c, e, 0, &y);
        if (ye) p->y = y, e = ye;
        p->b = e;
        return 1;
    }
    /* 25 декабря [2025 года], 3rd of February 2023 */
    if (da <= 2) {
        uint32_t k = j + 1;
        if (glued(c, k) && E(c, k, DK_DAYSUFFIX)) k = E(c, k, DK_DAYSUFFIX);
        if (link_at(c, k, 'o')) k = E(c, k, DK_LINK);
        int mv = month_at(c, k);
        if (mv && valid_dm(a, mv)) {
            pt_init(p, j, 'D');
            p->d = a, p->m = mv;
            uint32_t e = month_end(c, k);
            int y, r;
            uint32_t ye = year_at(c, e, 0, &y);
            if (ye) p->y = y, e = ye;
            else if ((ye = yearrel_at(c, e, &r))) p->yrel = r, p->has_yrel = 1, e = ye;
            p->b = e;
            return 1;
        }
        /* vi: 25 tháng 12 [năm 2025] */
        if (unit_at(c, j + 1) == 'm' && num(c, E(c, j + 1, DK_UNIT), &b, &db) && db <= 2 && valid_dm(a, b)) {
            pt_init(p, j, 'D');
            p->d = a, p->m = b;
            uint32_t e = E(c, j + 1, DK_UNIT) + 1;
            int y, r;
            uint32_t ye = year_at(c, e, 0, &y);
            if (ye) p->y = y, e = ye;
            else if ((ye = yearrel_at(c, e, &r))) p->yrel = r, p->has_yrel = 1, e = ye;
            p->b = e;
            return 1;
        }
    }
    /* the first of two days sharing a month: 22 и 23 декабря, 22 và 23/12 */
    if (da <= 2 && E(c, j + 1, DK_CONJ) && joins(c, j + 1)) {
        dpt s;
        if (core_num(c, E(c, j + 1, DK_CONJ), fl | (intro ? PF_INTRO : 0), &s) && s.kind == 'D' && s.d && !s.d2 &&
            valid_dm(a, s.m)) {
            pt_init(p, j, 'D');
            p->d = a, p->m = s.m, p->y = s.y, p->yrel = s.yrel, p->has_yrel = s.has_yrel, p->b = j + 1;
            return 1;
        }
    }
    /* 1959 году, 2025 г. */
    if (da == 4 && valid_year(a) && E(c, j + 1, DK_YEARWORD) && joins(c, j + 1)) {
        pt_init(p, j, 'Y');
        p->y = a, p->b = after_yearword(c, j + 1);
        return 1;
    }
    /* 3 дня назад, 30 năm trước */
    if (unit_at(c, j + 1) && E(c, E(c, j + 1, DK_UNIT), DK_AGO)) {
        uint32_t u = j + 1, g = E(c, u, DK_UNIT);
        pt_init(p, j, 'A');
        p->n = a, p->unit = (char)V(c, u, DK_UNIT), p->b = E(c, g, DK_AGO);
        return p->n > 0 && p->n < 1000;
    }
    /* a bare year after `in`, or at an end of an interval */
    if (da == 4 && valid_year(a) && ((fl & (PF_YEARPREP | PF_RANGE_B)) || ((fl & PF_RANGE_A) && E(c, j + 1, DK_TO)))) {
        pt_init(p, j, 'Y');
        p->y = a, p->b = j + 1;
        return 1;
    }
    /* the bare first day of `с 5 по 12 мая` */
    if ((fl & PF_RANGE_A) && da <= 2 && a >= 1 && a <= 31 && E(c, j + 1, DK_TO)) {
        pt_init(p, j, 'D');
        p->d = a, p->b = j + 1;
        return 1;
    }
    return 0;
}

/* ---- month words: May 7, 2025; Dec. 18-19; в мае 2025 года; ноябре прошлого года ---- */

static int core_month(const dctx *c, uint32_t j, int fl, dpt *p)
{
    int mv = month_at(c, j);
    int abbr = needs(c, j, DK_MONTH) == 'n';
    uint32_t k = month_end(c, j);
    int a, da, b, db, y, r;
    pt_init(p, j, 'M');
    p->m = mv;
    if (num(c, k, &a, &da) && da <= 2 && valid_dm(a, mv)) {
        uint32_t q = k + 1;
        p->kind = 'D';
        p->d = a;
        if (is_dash(c, q) && num(c, q + 1, &b, &db) && db <= 2 && b > a && valid_dm(b, mv)) p->d2 = b, q += 2;
        if (glued(c, q) && E(c, q, DK_DAYSUFFIX)) q = E(c, q, DK_DAYSUFFIX);
        uint32_t ye = year_at(c, q, 1, &y);
        if (ye) p->y = y, q = ye;
        p->b = q;
        return 1;
    }
    uint32_t q = k;
    if (link_at(c, q, 'o')) q = E(c, q, DK_LINK);
    uint32_t ye = year_at(c, q, 0, &y);
    if (ye) {
        p->y = y, p->b = ye;
        return 1;
    }
    if ((ye = yearrel_at(c, k, &r))) {
        p->yrel = r, p->has_yrel = 1, p->b = ye;
        return 1;
    }
    if (rel_after(c, k)) {   /* tháng Mười Một vừa qua */
        p->rel = V(c, k, DK_REL), p->has_rel = 1, p->b = E(c, k, DK_REL);
        return 1;
    }
    if (abbr) return 0;
    p->b = E(c, j, DK_MONTH);
    return 1;
}

/* ---- weekdays: в среду, thứ Ba tuần trước, Tuesday of last week ---- */

/* the week a weekday is in: `на прошлой неделе`, `of last week`, `tuần trước`, `tới` */
static uint32_t week_rel(const dctx *c, uint32_t k, int *rel)
{
    uint32_t q = k;
    if (E(c, q, DK_PREP)) q = E(c, q, DK_PREP);
    else if (link_at(c, q, 'o')) q = E(c, q, DK_LINK);
    if (rel_before(c, q) && unit_at(c, E(c, q, DK_REL)) == 'w') {
        *rel = V(c, q, DK_REL);
        return E(c, E(c, q, DK_REL), DK_UNIT);
    }
    if (unit_at(c, k) == 'w' && rel_after(c, E(c, k, DK_UNIT))) {
        uint32_t r = E(c, k, DK_UNIT);
        *rel = V(c, r, DK_REL);
        return E(c, r, DK_REL);
    }
    if (rel_after(c, k)) {
        *rel = V(c, k, DK_REL);
        return E(c, k, DK_REL);
    }
    return 0;
}

static int core_weekday(const dctx *c, uint32_t j, int fl, dpt *p)
{
    pt_init(p, j, 'W');
    p->wd = V(c, j, DK_WEEKDAY);
    p->needs = needs(c, j, DK_WEEKDAY);
    uint32_t k = E(c, j, DK_WEEKDAY), e;
    int r;
    if (p->wd < 1 || p->wd > 7) return 0;
    p->b = k;
    if (p->needs == 'n' && is_punct(c, k, ".") && glued(c, k)) p->b = k + 1;
    if (p->needs != 'n' && (e = week_rel(c, k, &r))) {
        p->rel = r, p->has_rel = 1, p->b = e, p->needs = 0;
        return 1;
    }
    static const int ctx_kinds[] = {DK_PREP, DK_DAYWORD, DK_DAYPART, DK_REL, DK_FROM, DK_TO};
    if ((p->needs == 'c' || p->needs == 'C') && ((fl & PF_INTRO) || ends_before(c, j, ctx_kinds, 6))) p->needs = 0;
    if (p->needs == 'C' && (tk(c, k - 1)->flags & ATT_TF_UPPER)) p->needs = 0;
    return 1;
}

/* ---- the core of an expression ---- */

static int core(const dctx *c, uint32_t j, int fl, dpt *p)
{
    if (!joins(c, j)) return 0;
    const dtag *t = T(c, j);
    if (!t) return core_num(c, j, fl, p);
    if (E(c, j, DK_HABITUAL) || E(c, j, DK_VAGUE)) return 0;
    if (E(c, j, DK_RELDAY)) {
        pt_init(p, j, 'R');
        p->n = V(c, j, DK_RELDAY), p->b = E(c, j, DK_RELDAY);
        return 1;
    }
    if (E(c, j, DK_DAYWORD)) {
        dpt s;
        if (core(c, E(c, j, DK_DAYWORD), fl | PF_INTRO, &s) && (s.kind == 'D' || s.kind == 'W' || s.kind == 'R')) {
            *p = s;
            p->a = j;
            return 1;
        }
    }
    if (E(c, j, DK_MONTH) && core_month(c, j, fl, p)) return 1;
    if (E(c, j, DK_WEEKDAY)) return core_weekday(c, j, fl, p);
    if (E(c, j, DK_REL) && !after(c, j)) {
        uint32_t k = E(c, j, DK_REL);
        int r = V(c, j, DK_REL);
        if (E(c, k, DK_WEEKDAY) && joins(c, k) && needs(c, k, DK_WEEKDAY) != 'n') {
            pt_init(p, j, 'W');
            p->wd = V(c, k, DK_WEEKDAY), p->rel = r, p->has_rel = 1, p->b = E(c, k, DK_WEEKDAY);
            return p->wd >= 1 && p->wd <= 7;
        }
        if (month_at(c, k) && needs(c, k, DK_MONTH) != 'n') {   /* last November */
            pt_init(p, j, 'M');
            p->m = month_at(c, k), p->rel = r, p->has_rel = 1, p->b = E(c, k, DK_MONTH);
            return 1;
        }
        int u = unit_at(c, k);
        if (u && u != 'd' && joins(c, k)) {
            pt_init(p, j, 'U');
            p->unit = (char)u, p->n = r, p->b = E(c, k, DK_UNIT);
            return 1;
        }
    }
    if (E(c, j, DK_APPROX)) {
        int av = V(c, j, DK_APPROX);
        uint32_t k = E(c, j, DK_APPROX);
        if (glued_dash(c, k)) k++;                    /* mid-December */
        while (link_at(c, k, 't') || link_at(c, k, 'o')) k = E(c, k, DK_LINK);
        if ((av == 'e' || av == 'l') && E(c, k, DK_PREP) && month_at(c, E(c, k, DK_PREP)))
            k = E(c, k, DK_PREP);                      /* earlier in December, ранее в декабре */
        dpt s;
        int ok = core(c, k, (fl & PF_YEARPREP) | PF_APPROX, &s) && s.kind != 'W' && s.kind != 'R' && s.kind != 'A';
        if (ok && (av == 'e' || av == 'l')) {       /* earlier this year, later this month, ранее в декабре */
            ok = (s.kind == 'U' && s.n == 0) || (s.kind == 'M' && !s.y && !s.has_yrel && !s.has_rel);
            s.approx = (char)av;
        } else if (ok && (av == 's' || av == 'm' || av == 'z')) {
            s.approx = (char)av;                       /* в конце июня: its last third */
        }
        if (ok) {
            *p = s;
            p->a = j;
            return 1;
        }
    }
    if (E(c, j, DK_ORDINAL) && (unit_at(c, E(c, j, DK_ORDINAL)) == 'q' || unit_at(c, E(c, j, DK_ORDINAL)) == 'h') &&
        joins(c, E(c, j, DK_ORDINAL))) {               /* third quarter [of 2025], первом полугодии */
        int o = V(c, j, DK_ORDINAL);
        uint32_t k = E(c, j, DK_ORDINAL);
        int u = unit_at(c, k);
        if (o < 1 || o > (u == 'q' ? 4 : 2)) return 0;
        pt_init(p, j, 'Q');
        p->m = u == 'q' ? (o - 1) * 3 + 1 : (o - 1) * 6 + 1;
        p->m2 = p->m + (u == 'q' ? 2 : 5);
        uint32_t q = E(c, k, DK_UNIT), ye;
        int y, r;
        p->b = q;
        if (link_at(c, q, 'o') && (ye = year_at(c, E(c, q, DK_LINK), 0, &y))) p->y = y, p->b = ye;
        else if ((ye = year_at(c, q, 0, &y))) p->y = y, p->b = ye;
        else if ((ye = yearrel_at(c, q, &r))) p->yrel = r, p->has_yrel = 1, p->b = ye;
        return 1;
    }
    if (E(c, j, DK_UNIT)) {
        int u = V(c, j, DK_UNIT), a, da, y, r;
        uint32_t k = E(c, j, DK_UNIT), ye;
        if (u == 'm' && num(c, k, &a, &da) && da <= 2 && a >= 1 && a <= 12) {   /* tháng 5[/2025] */
            pt_init(p, j, 'M');
            p->m = a, p->b = k + 1;
            if ((glued_punct(c, k + 1, "/") || glued_dash(c, k + 1)) && num4(c, k + 2, &y)) p->y = y, p->b = k + 3;
            else if ((ye = year_at(c, k + 1, 0, &y))) p->y = y, p->b = ye;
            else if ((ye = yearrel_at(c, k + 1, &r))) p->yrel = r, p->has_yrel = 1, p->b = ye;
            else if (rel_after(c, k + 1)) p->rel = V(c, k + 1, DK_REL), p->has_rel = 1, p->b = E(c, k + 1, DK_REL);
            return 1;
        }
        if ((u == 'q' || u == 'h') && (E(c, k, DK_ORDINAL) || (num(c, k, &a, &da) && da == 1))) {   /* quý III/2025 */
            int o = E(c, k, DK_ORDINAL) ? V(c, k, DK_ORDINAL) : a;
            uint32_t q = E(c, k, DK_ORDINAL) ? E(c, k, DK_ORDINAL) : k + 1;
            if (o < 1 || o > (u == 'q' ? 4 : 2)) return 0;
            pt_init(p, j, 'Q');
            p->m = u == 'q' ? (o - 1) * 3 + 1 : (o - 1) * 6 + 1;
            p->m2 = p->m + (u == 'q' ? 2 : 5);
            p->b = q;
            if (glued_punct(c, q, "/") && num4(c, q + 1, &y)) p->y = y, p->b = q + 2;
            else if ((ye = year_at(c, q, 0, &y))) p->y = y, p->b = ye;
            else if ((ye = yearrel_at(c, q, &r))) p->yrel = r, p->has_yrel = 1, p->b = ye;
            return 1;
        }
        if (u == 'D' && num4(c, k, &y) && y % 10 == 0) {                       /* thập niên 1990 */
            pt_init(p, j, 'X');
            p->y = y, p->b = k + 1;
            return 1;
        }
        if (u == 'y' && num4(c, k, &y)) {                                       /* năm 1995 */
            pt_init(p, j, 'Y');
            p->y = y, p->b = k + 1;
            return 1;
        }
        static const int count[] = {DK_NUM};
        if (u != 'd' && rel_after(c, k) && joins(c, k) &&                      /* tuần trước */
            !(j > 0 && (tk(c, j - 1)->type == ATT_TOK_NUM || ends_before(c, j, count, 1)))) {  /* not 10 năm qua */
            pt_init(p, j, 'U');
            p->unit = (char)u, p->n = V(c, k, DK_REL), p->b = E(c, k, DK_REL);
            return 1;
        }
        if (u != 'd' && E(c, k, DK_AGO) && joins(c, k)) {                      /* год назад */
            static const int vague[] = {DK_VAGUE, DK_NUM};
            if (ends_before(c, j, vague, 2)) return 0;
            pt_init(p, j, 'A');
            p->unit = (char)u, p->n = 1, p->b = E(c, k, DK_AGO);
            return 1;
        }
        if (u == 'e') {                                                         /* в выходные */
            pt_init(p, j, 'E');
            p->b = k;
            return 1;
        }
        if ((fl & PF_APPROX) && u != 'd') {                                     /* в начале года */
            pt_init(p, j, 'U');
            p->unit = (char)u, p->b = k;
            return 1;
        }
        return 0;
    }
    if (E(c, j, DK_NUM)) {                                                       /* two years ago */
        uint32_t k = E(c, j, DK_NUM);
        if (unit_at(c, k) && joins(c, k) && E(c, E(c, k, DK_UNIT), DK_AGO)) {
            pt_init(p, j, 'A');
            p->n = V(c, j, DK_NUM), p->unit = (char)unit_at(c, k), p->b = E(c, E(c, k, DK_UNIT), DK_AGO);
            return 1;
        }
    }
    if (E(c, j, DK_AGO)) {                                                       /* cách đây 10 năm */
        uint32_t k = E(c, j, DK_AGO);
        int a = 0, da;
        uint32_t q = 0;
        if (num(c, k, &a, &da) && da <= 3) q = k + 1;
        else if (E(c, k, DK_NUM)) a = V(c, k, DK_NUM), q = E(c, k, DK_NUM);
        if (q && unit_at(c, q) && joins(c, q) && a > 0) {
            pt_init(p, j, 'A');
            p->n = a, p->unit = (char)unit_at(c, q), p->b = E(c, q, DK_UNIT);
            return 1;
        }
    }
    return core_num(c, j, fl, p);
}

/* a day-precise point: what a daypart or a weekday may sit beside */
static int day_point(const dpt *p)
{
    return (p->kind == 'D' && p->d && !p->d2) || p->kind == 'W' || p->kind == 'R';
}

/* a point: [daypart [of|on]] core [, date] [daypart] */
static int point(const dctx *c, uint32_t j, int fl, dpt *p)
{
    if (!joins(c, j)) return 0;
    if (E(c, j, DK_DAYPART)) {                       /* Вечером 24 декабря, Sáng thứ Ba */
        uint32_t k = E(c, j, DK_DAYPART);
        if (link_at(c, k, 'o')) k = E(c, k, DK_LINK);
        else if (E(c, k, DK_PREP)) k = E(c, k, DK_PREP);
        if (!core(c, k, fl | PF_INTRO, p) || !(day_point(p) || (p->kind == 'D' && p->d2))) return 0;
        p->a = j;
        if (p->kind == 'W' && p->needs != 'n') p->needs = 0;
    } else if (!core(c, j, fl, p)) {
        return 0;
    }
    if (p->kind == 'W') {                            /* В пятницу, 19 декабря */
        uint32_t q = p->b;
        if (is_punct(c, q, ",")) q++;
        dpt s;
        if (core(c, q, PF_INTRO, &s) && s.kind == 'D' && s.d) {
            s.a = p->a;
            *p = s;
        } else if (p->needs) {
            return 0;
        }
    }
    if (day_point(p) && E(c, p->b, DK_DAYPART) && joins(c, p->b)) p->b = E(c, p->b, DK_DAYPART);
    if ((p->kind == 'Y' || p->kind == 'D') && E(c, p->b, DK_ERA)) {
        if (V(c, p->b, DK_ERA) < 0) return 0;       /* before the common era: not a calendar date here */
        p->b = E(c, p->b, DK_ERA);
    }
    return 1;
}

/* ---- intervals: с 5 по 12 мая, from 2021 to 2025, Từ đầu năm đến nay ---- */

static int compatible(dpt *a, const dpt *b)
{
    if (a->kind == 'D' && b->kind == 'D') {
        if (!a->m) {
            if (!b->m) return 0;
            a->m = b->m;
        }
        return !a->d2 && !b->d2 && valid_dm(a->d, a->m);
    }
    if (a->kind == 'Y' && b->kind == 'Y') return !a->y2 && !b->y2;
    return a->kind == b->kind && (a->kind == 'M' || a->kind == 'W' || a->kind == 'Q');
}

static int interval(const dctx *c, uint32_t j, dexpr *x)
{
    uint32_t k = E(c, j, DK_FROM);
    while (link_at(c, k, 't')) k = E(c, k, DK_LINK);
    if (E(c, k, DK_APPROX) && V(c, k, DK_APPROX) == 's') {   /* С начала года, since the start of the year */
        dpt s;
        if (!point(c, k, 0, &s) || (s.kind != 'U' && s.kind != 'Y' && s.kind != 'M')) return 0;
        if (s.kind == 'U' && s.n != 0) return 0;
        uint32_t e = s.b;
        if (E(c, e, DK_TO) && E(c, E(c, e, DK_TO), DK_NOW)) e = E(c, E(c, e, DK_TO), DK_NOW);
        memset(x, 0, sizeof *x);
        x->a = j, x->b = e, x->p = s, x->since = 1;
        return 1;
    }
    dpt a, b;
    if (!point(c, k, PF_RANGE_A, &a)) return 0;
    uint32_t t = a.b;
    if (!E(c, t, DK_TO) || !joins(c, t)) return 0;
    if (E(c, E(c, t, DK_TO), DK_NOW) && joins(c, E(c, t, DK_TO))) {   /* с 2019 года по настоящее время */
        if (a.kind == 'W' || a.kind == 'R' || (a.kind == 'D' && !a.m)) return 0;
        memset(x, 0, sizeof *x);
        x->a = j, x->b = E(c, E(c, t, DK_TO), DK_NOW), x->p = a, x->since = 1;
        return 1;
    }
    uint32_t u = E(c, t, DK_TO);
    int n, dn;
    if (a.kind == 'D' && a.m && a.d && !a.d2 && num(c, u, &n, &dn) && dn <= 2 && n > a.d && valid_dm(n, a.m) &&
        !month_at(c, u + 1)) {
        /* from January 12 to 14, 2026: the second day shares the month,
         * and the year written after it is both days' */
        b = a;
        b.a = u, b.d = n, b.b = u + 1;
        int y;
        uint32_t ye = year_at(c, u + 1, 1, &y);
        if (ye) {
            b.y = y, b.b = ye;
            if (!a.y) a.y = y;
        }
    } else if (!point(c, u, a.kind == 'Y' ? PF_RANGE_B : 0, &b))
        return 0;
    if (!compatible(&a, &b)) return 0;
    memset(x, 0, sizeof *x);
    x->a = j, x->b = b.b, x->p = a, x->q = b;
    return 1;
}

int att_dates_parse(const dctx *c0, uint32_t i, dexpr *x)
{
    dctx cc = *c0;
    const dctx *c = &cc;
    uint32_t s = c0->doc->tok[i].sent;
    cc.lim = s < c0->doc->nsent ? c0->doc->sent[s].tok + c0->doc->sent[s].ntok : c0->n;
    if (cc.lim > c0->n || cc.lim <= i) cc.lim = c0->n;
    uint32_t j = i, start = i;
    int fl = 0;
    if (E(c, j, DK_PREP)) {
        if (E(c, j, DK_YEARPREP)) fl |= PF_YEARPREP;
        j = E(c, j, DK_PREP);
    } else if (E(c, j, DK_YEARPREP) && !E(c, j, DK_FROM)) {
        fl |= PF_YEARPREP;                           /* since 2019: the word stays outside */
        j = start = E(c, j, DK_YEARPREP);
    }
    while (link_at(c, j, 't') && joins(c, E(c, j, DK_LINK))) j = E(c, j, DK_LINK);
    if (E(c, j, DK_FROM)) {
        if (interval(c, j, x)) {
            x->a = start;
            return 1;
        }
        if (j != i || !E(c, j, DK_YEARPREP)) return 0;
        fl |= PF_YEARPREP;
        j = start = E(c, j, DK_FROM);
    }
    dpt p;
    if (!point(c, j, fl, &p)) return 0;
    /* `the` with no preposition heads a noun phrase (the previous month), but
     * not a year or month used as an adjective (the 2025-2027 plan, the May
     * 2025 agreement) */
    if (start == i && !E(c, i, DK_PREP) && p.a == j && (p.kind == 'Y' || p.kind == 'M' || p.kind == 'D') &&
        (month_at(c, j) || (tk(c, j)->type == ATT_TOK_NUM && tk(c, j)->keylen == 4)))
        start = j;
    memset(x, 0, sizeof *x);
    x->a = start, x->b = p.b, x->p = p;
    return 1;
}

uint32_t att_dates_skip(const dctx *c0, uint32_t i)
{
    dctx cc = *c0;
    const dctx *c = &cc;
    cc.lim = c0->n;
    uint32_t j = i;
    if (E(c, j, DK_HABITUAL)) {                      /* các ngày thứ Bảy, every Monday */
        j = E(c, j, DK_HABITUAL);
        if (E(c, j, DK_DAYWORD)) j = E(c, j, DK_DAYWORD);
        if (E(c, j, DK_WEEKDAY)) return E(c, j, DK_WEEKDAY);
        return i + 1;
    }
    if (E(c, j, DK_VAGUE)) {                         /* несколько лет назад */
        j = E(c, j, DK_VAGUE);
        if (unit_at(c, j) && E(c, E(c, j, DK_UNIT), DK_AGO)) return E(c, E(c, j, DK_UNIT), DK_AGO);
    }
    return i + 1;
}

int att_dates_future(const dctx *c, uint32_t a, uint32_t b)
{
    const att_doc *doc = c->doc;
    uint32_t s = doc->tok[a].sent;
    if (s >= doc->nsent || !c->sfuture[s]) return 0;
    uint32_t s0 = doc->sent[s].tok, s1 = s0 + doc->sent[s].ntok;
    if (s1 > c->n) s1 = c->n;
    /* said on Monday (that ... will): the day of the saying */
    if ((a >= s0 + 1 && (c->tmark[a - 1] & 2)) || (a >= s0 + 2 && (c->tmark[a - 2] & 2))) return 0;
    /* the nearest future phrase before, with no verb of saying after it */
    int seen = 0;
    for (uint32_t t = s0; t < a; t++) {
        if (c->tmark[t] & 1) seen = 1;
        else if (c->tmark[t] & 2) seen = 0;
    }
    if (seen) return 1;
    /* the first future phrase after, before any verb of saying: close
     * after the date (`on Wednesday will sign`), or anywhere when the date
     * opens the sentence (`On Wednesday, the leaders will meet`); not a
     * plan named far on (`marched on Wednesday against Japan's plans to`) */
    int opens = a <= s0 + 1;
    for (uint32_t t = b; t < s1 && (opens || t < b + 4); t++) {
        if (c->tmark[t] & 1) return 1;
        if (c->tmark[t] & 2) return 0;
    }
    return 0;
}
