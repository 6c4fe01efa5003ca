/* absolute.c: explicit calendar dates in the text — day, month and year as
 * far as the text writes them (`25 декабря 2025 года`, `25.12.2025`,
 * `ngày 25 tháng 12 năm 2025`, `tháng 5/2025`, `May 7, 2025`, `2025-12-25`).
 * Month words come from the lexicon (kind `month`, column `value`); so do the
 * words that announce a bare `25/12` (kinds `daypart`, `unit` = day,
 * `weekday`).  Relative expressions are resolved by the dates stage proper
 * (relative.c) from these atoms and the publication date. */
#include "../core/doc.h"

typedef struct {
    int month;          /* month word starting here: 1..12, 0 none */
    uint32_t month_end;
    int unit;           /* 'd' day, 'm' month, 'y' year word starting here */
    uint32_t unit_end;
    int intro;          /* a word that introduces a day: daypart, weekday, `ngày` */
} tokinfo;

static int num(const att_doc *doc, size_t i, unsigned *v, size_t *digits)
{
    if (i >= doc->ntok || doc->tok[i].type != ATT_TOK_NUM) return 0;
    const att_token *t = &doc->tok[i];
    if (!att_parse_uint(t->key, t->keylen, v)) return 0;
    if (digits) *digits = t->keylen;
    return 1;
}

static int glued_punct(const att_doc *doc, size_t i, const char *set)
{
    if (i >= doc->ntok) return 0;
    const att_token *t = &doc->tok[i];
    if (t->type != ATT_TOK_PUNCT || (t->flags & ATT_TF_SPACE) || t->keylen != 1) return 0;
    if (!strchr(set, t->key[0])) return 0;
    return i + 1 < doc->ntok && !(doc->tok[i + 1].flags & ATT_TF_SPACE);
}

static int valid_dm(unsigned d, unsigned m)
{
    static const unsigned mdays[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m >= 1 && m <= 12 && d >= 1 && d <= mdays[m];
}

static int valid_year(unsigned y)
{
    return y >= 1800 && y <= 2200;
}

static void add(att_vec *v, size_t a, size_t b, int y, int m, int d)
{
    att_date_atom *x = att_vec_push(v);
    x->tok = (uint32_t)a;
    x->end = (uint32_t)b;
    x->y = y;
    x->m = m;
    x->d = d;
}

/* `năm 2025`, `2025 года`, `2025 г.`: a year with its word; returns the end */
static size_t year_after(const att_doc *doc, const tokinfo *ti, size_t i, unsigned *y)
{
    size_t j = i;
    size_t digits;
    if (j < doc->ntok && ti[j].unit == 'y') j = ti[j].unit_end;        /* năm 2025 */
    else if (j < doc->ntok && doc->tok[j].type == ATT_TOK_PUNCT && doc->tok[j].key[0] == ',') j++;
    if (num(doc, j, y, &digits) && digits == 4 && valid_year(*y)) {
        j++;
        if (j < doc->ntok && ti[j].unit == 'y') j = ti[j].unit_end;    /* 2025 года */
        return j;
    }
    return 0;
}

/* a month word, and a full stop glued to it (`Dec.`): where the day starts */
static size_t after_month(const att_doc *doc, const tokinfo *ti, size_t i)
{
    size_t e = ti[i].month_end;
    if (e < doc->ntok && doc->tok[e].type == ATT_TOK_PUNCT && doc->tok[e].key[0] == '.' && !(doc->tok[e].flags & ATT_TF_SPACE))
        e++;
    return e;
}

void att_dates_find(att_workspace *ws, att_doc *doc)
{
    size_t n = doc->ntok;
    tokinfo *ti = att_arena_alloc(&doc->arena, (n + 1) * sizeof *ti);
    int k_unit = att_lex_kind(ws->lex, "unit"), k_daypart = att_lex_kind(ws->lex, "daypart"),
        k_weekday = att_lex_kind(ws->lex, "weekday"), k_yearword = att_lex_kind(ws->lex, "yearword");
    for (size_t i = 0; i < doc->nmatches; i++) {
        const att_match *m = &doc->matches[i];
        tokinfo *x = &ti[m->tok];
        ATT_FOR_ENTRIES(ws, doc, m, e)
        {
            if (e->kind == ws->k_month) {
                int v = att_entry_int(ws->lex, e, "value");
                if (v >= 1 && v <= 12 && m->end > x->month_end) x->month = v, x->month_end = m->end;
            } else if (e->kind == k_unit) {
                size_t l;
                const char *v = att_lex_attr(ws->lex, e, "value", &l);
                if (v && m->end > x->unit_end) {
                    if (l == 3 && memcmp(v, "day", 3) == 0) x->unit = 'd', x->unit_end = m->end, x->intro = 1;
                    else if (l == 5 && memcmp(v, "month", 5) == 0) x->unit = 'm', x->unit_end = m->end;
                    else if (l == 4 && memcmp(v, "year", 4) == 0) x->unit = 'y', x->unit_end = m->end;
                }
            } else if (e->kind == k_yearword) {
                if (m->end > x->unit_end) x->unit = 'y', x->unit_end = m->end;
            } else if (e->kind == k_daypart || e->kind == k_weekday) {
                x->intro = 1;
            }
        }
    }
    att_vec v;
    att_vec_init(&v, sizeof(att_date_atom));
    for (size_t i = 0; i < n; i++) {
        unsigned a, b, c, y;
        size_t da, db, dc, e;
        /* numeric: d.m.yyyy, d/m/yyyy, yyyy-mm-dd, d/m after an intro word, m/yyyy after `tháng` */
        if (num(doc, i, &a, &da) && glued_punct(doc, i + 1, "./-") && num(doc, i + 2, &b, &db)) {
            char sep = doc->tok[i + 1].key[0];
            if (glued_punct(doc, i + 3, "./-") && doc->tok[i + 3].key[0] == sep && num(doc, i + 4, &c, &dc)) {
                if (da == 4 && sep == '-' && valid_year(a) && valid_dm(c, b)) {
                    add(&v, i, i + 5, (int)a, (int)b, (int)c);
                    i += 4;
                    continue;
                }
                if (da <= 2 && db <= 2 && (dc == 4 || dc == 2) && valid_dm(a, b)) {
                    unsigned yy = dc == 2 ? 2000 + c : c;
                    if (valid_year(yy)) {
                        add(&v, i, i + 5, (int)yy, (int)b, (int)a);
                        i += 4;
                        continue;
                    }
                }
            }
            int intro = i > 0 && (ti[i - 1].intro || (doc->tok[i - 1].type == ATT_TOK_PUNCT && doc->tok[i - 1].key[0] == '('));
            if (i > 0 && ti[i - 1].unit == 'm' && ti[i - 1].unit_end == i && db == 4 && valid_year(b) && a >= 1 && a <= 12 &&
                sep != '.') {
                add(&v, i - 1, i + 3, (int)b, (int)a, 0);              /* tháng 5/2025 */
                i += 2;
                continue;
            }
            if (intro && da <= 2 && db <= 2 && sep != '-' && valid_dm(a, b) &&
                !(i + 3 < n && doc->tok[i + 3].type == ATT_TOK_PUNCT && doc->tok[i + 3].key[0] == '%')) {
                add(&v, i, i + 3, 0, (int)b, (int)a);
                i += 2;
                continue;
            }
        }
        /* d MONTH [yyyy]: 25 декабря 2025 года, 7 May 2025 */
        if (num(doc, i, &a, &da) && da <= 2 && i + 1 < n && ti[i + 1].month && valid_dm(a, (unsigned)ti[i + 1].month)) {
            size_t me = after_month(doc, ti, i + 1);
            if ((e = year_after(doc, ti, me, &y))) add(&v, i, e, (int)y, ti[i + 1].month, (int)a), i = e - 1;
            else add(&v, i, me, 0, ti[i + 1].month, (int)a), i = me - 1;
            continue;
        }
        /* vi: [ngày] d tháng m [năm yyyy] */
        if (num(doc, i, &a, &da) && da <= 2 && i + 1 < n && ti[i + 1].unit == 'm' &&
            num(doc, ti[i + 1].unit_end, &b, &db) && valid_dm(a, b)) {
            size_t me = ti[i + 1].unit_end + 1;
            size_t st = (i > 0 && ti[i - 1].unit == 'd' && ti[i - 1].unit_end == i) ? i - 1 : i;
            if ((e = year_after(doc, ti, me, &y))) add(&v, st, e, (int)y, (int)b, (int)a), i = e - 1;
            else add(&v, st, me, 0, (int)b, (int)a), i = me - 1;
            continue;
        }
        /* MONTH d[, yyyy]: May 7, 2025; ноябрь 23, 2010 */
        if (ti[i].month && num(doc, after_month(doc, ti, i), &a, &da) && da <= 2 && valid_dm(a, (unsigned)ti[i].month)) {
            size_t me = after_month(doc, ti, i) + 1;
            if ((e = year_after(doc, ti, me, &y))) add(&v, i, e, (int)y, ti[i].month, (int)a), i = e - 1;
            else add(&v, i, me, 0, ti[i].month, (int)a), i = me - 1;
            continue;
        }
        /* MONTH yyyy: в мае 2025 года, May 2025, tháng Mười Một năm 2025 */
        if (ti[i].month && (e = year_after(doc, ti, after_month(doc, ti, i), &y))) {
            add(&v, i, e, (int)y, ti[i].month, 0);
            i = e - 1;
            continue;
        }
        /* tháng m năm yyyy */
        if (ti[i].unit == 'm' && num(doc, ti[i].unit_end, &a, &da) && a >= 1 && a <= 12 &&
            (e = year_after(doc, ti, ti[i].unit_end + 1, &y))) {
            if (ti[ti[i].unit_end + 1].unit == 'y') {
                add(&v, i, e, (int)y, (int)a, 0);
                i = e - 1;
                continue;
            }
        }
        /* a year with its word: в 1959 году, năm 1992, 2025 г. */
        if (num(doc, i, &a, &da) && da == 4 && valid_year(a) &&
            ((i + 1 < n && ti[i + 1].unit == 'y') || (i > 0 && ti[i - 1].unit == 'y' && ti[i - 1].unit_end == i))) {
            size_t st = (i > 0 && ti[i - 1].unit == 'y' && ti[i - 1].unit_end == i) ? i - 1 : i;
            size_t en = (i + 1 < n && ti[i + 1].unit == 'y') ? ti[i + 1].unit_end : i + 1;
            add(&v, st, en, (int)a, 0, 0);
            i = en - 1;
            continue;
        }
    }
    doc->ndates = v.n;
    doc->dates = att_arena_alloc(&doc->arena, (v.n ? v.n : 1) * sizeof(att_date_atom));
    if (v.n) memcpy(doc->dates, v.p, v.n * sizeof(att_date_atom));
    att_vec_free(&v);
}
