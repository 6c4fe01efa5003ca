/* relative.c: every temporal expression, resolved against the publication
 * date P (dates-README.md in tests/spec is the contract).  parse.c finds
 * the expressions; here a day or month without a year, a bare weekday,
 * weekend or quarter takes the most recent one on or before P, or the first
 * one on or after P when the sentence speaks of the future; rel words move
 * by ISO weeks, months and years; intervals share the month and year written
 * once.  Without P, relative expressions are left out. */
#include "dates_int.h"

#include <stdio.h>

int32_t att_days_from_civil(int y, int m, int d)
{
    /* Howard Hinnant's days_from_civil */
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int32_t)doe - 719468;
}

void att_civil_from_days(int32_t z, int *y, int *m, int *d)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int yy = (int)yoe + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yy + (*m <= 2);
}


/* ---- calendar ---- */

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int mdays(int y, int m)
{
    static const int d[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[m];
}

/* ISO weekday, Monday = 1 (1970-01-01 was a Thursday) */
static int wday(int32_t z)
{
    return (int)(((z % 7) + 7 + 3) % 7) + 1;
}

static int32_t monday(int32_t z)
{
    return z - (wday(z) - 1);
}

static void iso_week(int32_t z, int *wy, int *wn)
{
    int32_t th = monday(z) + 3;
    int y, m, d;
    att_civil_from_days(th, &y, &m, &d);
    *wy = y;
    *wn = (int)((th - att_days_from_civil(y, 1, 1)) / 7) + 1;
}

/* month index: y * 12 + m - 1 */
static void month_of(int mi, int *y, int *m)
{
    *y = mi >= 0 ? mi / 12 : (mi - 11) / 12;
    *m = mi - *y * 12 + 1;
}

/* ---- resolved values ---- */

typedef struct {
    int32_t first, last;
    char prec;              /* d w m y */
    int y, m, d;
} rv;

typedef struct {
    int32_t z;              /* P as a day */
    int y, m, d, wd;
    int ok;
} pub;

static rv day_rv(int32_t z)
{
    rv r = {z, z, 'd', 0, 0, 0};
    att_civil_from_days(z, &r.y, &r.m, &r.d);
    return r;
}

static rv month_rv(int y, int m)
{
    rv r = {att_days_from_civil(y, m, 1), att_days_from_civil(y, m, mdays(y, m)), 'm', y, m, 0};
    return r;
}

static rv year_rv(int y)
{
    rv r = {att_days_from_civil(y, 1, 1), att_days_from_civil(y, 12, 31), 'y', y, 0, 0};
    return r;
}

static rv week_rv(int32_t z)
{
    rv r = {monday(z), monday(z) + 6, 'w', 0, 0, 0};
    iso_week(z, &r.y, &r.m);   /* m holds the week number */
    return r;
}

/* n digits of v, zero-padded, at o */
static char *digits(char *o, int v, int n)
{
    for (int i = n - 1; i >= 0; i--, v /= 10) o[i] = (char)('0' + v % 10);
    return o + n;
}

/* The ISO text of r: YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY (formatted by
 * hand: it is written for every date) */
static size_t fmt(char *out, size_t n, const rv *r)
{
    char tmp[24], *o = tmp;
    int y = r->y < 0 ? 0 : r->y, yl = 4;
    for (int v = y / 10000; v; v /= 10) yl++;
    o = digits(o, y, yl);
    if (r->prec == 'd' || r->prec == 'm' || r->prec == 'w') {
        *o++ = '-';
        if (r->prec == 'w') *o++ = 'W';
        o = digits(o, r->m < 0 ? 0 : r->m % 100, 2);
        if (r->prec == 'd') *o++ = '-', o = digits(o, r->d < 0 ? 0 : r->d % 100, 2);
    }
    size_t k = (size_t)(o - tmp);
    if (!n) return k;
    size_t c = k < n ? k : n - 1;
    memcpy(out, tmp, c);
    out[c] = 0;
    return k;
}

/* A resolved point: one value, or two (an interval written as one point:
 * a quarter, a weekend, 25-26 октября, 2025-2027). */
typedef struct {
    rv a, b;
    int two;
    int relative, future;
} res;

static int valid_date(int y, int m, int d)
{
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= mdays(y, m);
}

/* the year of a day and month without one: the most recent on or before P,
 * or the first on or after it */
static int day_year(const pub *P, int m, int d, int fut)
{
    for (int k = 0; k < 9; k++) {
        int y = fut ? P->y + k : P->y - k;
        if (!valid_date(y, m, d)) continue;
        int32_t z = att_days_from_civil(y, m, d);
        if (fut ? z >= P->z : z <= P->z) return y;
    }
    return 0;
}

static int month_year(const pub *P, int m, int fut)
{
    return fut ? (m >= P->m ? P->y : P->y + 1) : (m <= P->m ? P->y : P->y - 1);
}

/* the unit containing day z shifted by n: weeks, months, quarters, halves, years, decades */
static int unit_rv(const pub *P, char unit, int n, rv *a, rv *b, int *two)
{
    int mi = P->y * 12 + P->m - 1, y, m, y2, m2;
    *two = 0;
    switch (unit) {
    case 'd': *a = day_rv(P->z + n); return 1;
    case 'w': *a = week_rv(P->z + 7 * n); return 1;
    case 'e':
        *a = day_rv(monday(P->z) + 7 * n + 5);
        *b = day_rv(monday(P->z) + 7 * n + 6);
        *two = 1;
        return 1;
    case 'm': month_of(mi + n, &y, &m); *a = month_rv(y, m); return 1;
    case 'q':
    case 'h': {
        int len = unit == 'q' ? 3 : 6;
        int qi = (P->y * 12 + P->m - 1) / len + n;
        month_of(qi * len, &y, &m);
        month_of(qi * len + len - 1, &y2, &m2);
        *a = month_rv(y, m);
        *b = month_rv(y2, m2);
        *two = 1;
        return 1;
    }
    case 'y': *a = year_rv(P->y + n); return 1;
    case 'D': {
        int d0 = (P->y / 10 + n) * 10;
        *a = year_rv(d0);
        *b = year_rv(d0 + 9);
        *two = 1;
        return 1;
    }
    }
    return 0;
}

/* resolves one point; y0 > 0 gives a year to a day or month written without one */
static int resolve_pt_(const dpt *p, const pub *P, int fut, int y0, res *r);

/* The start, middle or end of a month is its first, second or last third
 * (`đầu tháng 11` = November 1-10, `mid-June` = June 11-20, `в конце
 * июня` = June 21-30, as thượng, trung and hạ tuần count them); years and
 * other spans keep their extent. */
static int resolve_pt(const dpt *p, const pub *P, int fut, int y0, res *r)
{
    if (!resolve_pt_(p, P, fut, y0, r)) return 0;
    /* `ранее в декабре`, `earlier in December`: the month's start to the day
     * before P when P is in it, the whole month when it is over; `later in
     * December`: P to the month's end */
    if (p->kind == 'M' && (p->approx == 'e' || p->approx == 'l') && !r->two && P->ok && r->a.first <= P->z &&
        P->z <= r->a.last) {
        rv m = r->a;   /* earlier: before the day of the report, when the month has one */
        r->a = day_rv(p->approx == 'e' ? m.first : P->z);
        r->b = day_rv(p->approx == 'e' ? (P->z > m.first ? P->z - 1 : P->z) : m.last);
        r->two = 1;
        return 1;
    }
    if ((p->approx == 's' || p->approx == 'm' || p->approx == 'z') && !r->two && r->a.prec == 'm') {
        int y = r->a.y, m = r->a.m, last = mdays(y, m);
        int d0 = p->approx == 's' ? 1 : p->approx == 'm' ? 11 : 21, d1 = p->approx == 's' ? 10 : p->approx == 'm' ? 20 : last;
        r->a = day_rv(att_days_from_civil(y, m, d0));
        r->b = day_rv(att_days_from_civil(y, m, d1));
        r->two = 1;
    }
    return 1;
}

static int resolve_pt_(const dpt *p, const pub *P, int fut, int y0, res *r)
{
    memset(r, 0, sizeof *r);
    int y = p->y;
    switch (p->kind) {
    case 'D':
        if (!y && y0) y = y0;
        if (!y && p->has_yrel) {
            if (!P->ok) return 0;
            y = P->y + p->yrel;
            r->relative = 1;
        }
        if (!y) {
            if (!P->ok) return 0;
            y = day_year(P, p->m, p->d, fut);
            r->relative = 1;
            r->future = fut;
        }
        if (!valid_date(y, p->m, p->d)) return 0;
        r->a = day_rv(att_days_from_civil(y, p->m, p->d));
        if (p->d2) {
            if (!valid_date(y, p->m, p->d2)) return 0;
            r->b = day_rv(att_days_from_civil(y, p->m, p->d2));
            r->two = 1;
        }
        return 1;
    case 'M':
        if (!y && y0) y = y0;
        if (!y) {
            if (!P->ok) return 0;
            r->relative = 1;
            if (p->has_yrel) y = P->y + p->yrel;
            else if (p->has_rel && p->rel < 0) y = p->m < P->m ? P->y : P->y - 1;   /* last November */
            else if (p->has_rel && p->rel > 0) y = p->m > P->m ? P->y : P->y + 1;   /* next March */
            else if (p->has_rel) y = P->y;
            else y = month_year(P, p->m, fut), r->future = fut;
        }
        r->a = month_rv(y, p->m);
        return 1;
    case 'Y':
        r->a = year_rv(p->y);
        if (p->y2) r->b = year_rv(p->y2), r->two = 1;
        return 1;
    case 'X':
        r->a = year_rv(p->y);
        r->b = year_rv(p->y + 9);
        r->two = 1;
        return 1;
    case 'Q':
        if (!y && y0) y = y0;
        if (!y) {
            if (!P->ok) return 0;
            r->relative = 1;
            if (p->has_yrel) y = P->y + p->yrel;
            else if (fut) y = p->m2 >= P->m ? P->y : P->y + 1, r->future = 1;
            else y = p->m <= P->m ? P->y : P->y - 1;
        }
        r->a = month_rv(y, p->m);
        r->b = month_rv(y, p->m2);
        r->two = 1;
        return 1;
    }
    if (!P->ok) return 0;
    r->relative = 1;
    switch (p->kind) {
    case 'W':
        if (p->has_rel) r->a = day_rv(monday(P->z) + 7 * p->rel + p->wd - 1);
        else if (fut) r->a = day_rv(P->z + (p->wd - P->wd + 7) % 7), r->future = 1;
        else r->a = day_rv(P->z - (P->wd - p->wd + 7) % 7);
        return 1;
    case 'R':
        r->a = day_rv(P->z + p->n);
        return 1;
    case 'E': {
        int32_t sat = fut ? (P->wd == 7 ? P->z - 1 : P->z + (6 - P->wd)) : P->z - (P->wd - 6 + 7) % 7;
        r->a = day_rv(sat);
        r->b = day_rv(sat + 1);
        r->two = 1;
        r->future = fut;
        return 1;
    }
    case 'U':
        if (!unit_rv(P, p->unit, p->n, &r->a, &r->b, &r->two)) return 0;
        if (p->approx == 'e' || p->approx == 'l') {   /* earlier this year: its start to P */
            int32_t f = r->a.first, l = r->two ? r->b.last : r->a.last;
            r->a = day_rv(p->approx == 'e' ? f : P->z);
            r->b = day_rv(p->approx == 'e' ? P->z : l);
            r->two = 1;
        }
        return 1;
    case 'A': {
        int n = p->n;
        switch (p->unit) {
        case 'd': r->a = day_rv(P->z - n); return 1;
        case 'D': r->a = year_rv(P->y - 10 * n); return 1;
        case 'e': return unit_rv(P, 'e', -n, &r->a, &r->b, &r->two);
        default: return unit_rv(P, p->unit, -n, &r->a, &r->b, &r->two);
        }
    }
    }
    return 0;
}

static int32_t res_first(const res *r)
{
    return r->a.first;
}

static int resolve(const dexpr *x, const pub *P, int fut, att_date_expr *o)
{
    res a, b;
    memset(&b, 0, sizeof b);
    if (x->since) {                                  /* С начала года: the period's start to P */
        if (!P->ok || !resolve_pt(&x->p, P, 0, 0, &a) || a.a.first > P->z) return 0;
        a.a = day_rv(a.a.first);
        b.a = day_rv(P->z);
        a.relative = 1;
    } else if (x->q.kind) {
        dpt p = x->p, q = x->q;
        int yb = q.y ? q.y : 0;
        /* a year written once belongs to both ends */
        if (!p.y && yb && (p.kind == 'D' || p.kind == 'M' || p.kind == 'Q')) {
            int before = p.kind == 'D' ? (p.m > q.m || (p.m == q.m && p.d > q.d)) : p.m > q.m;
            p.y = before ? yb - 1 : yb;
        }
        if (!resolve_pt(&p, P, fut, 0, &a)) return 0;
        int y0 = 0;
        if (!q.y && (q.kind == 'D' || q.kind == 'M' || q.kind == 'Q')) {
            y0 = a.a.y;                              /* the end in the start's year, or the next */
            int after = q.kind == 'D' ? (q.m < p.m || (q.m == p.m && q.d < p.d)) : q.m < p.m;
            if (after) y0++;
        }
        if (!resolve_pt(&q, P, fut, y0, &b)) return 0;
        if (y0) b.relative = a.relative, b.future = a.future;
        if (a.two || b.two || res_first(&b) < res_first(&a)) return 0;
    } else {
        if (!resolve_pt(&x->p, P, fut, 0, &a)) return 0;
        if (a.two) b.a = a.b, b.two = 0;
    }
    int two = x->since || x->q.kind || a.two;
    char v[64];
    size_t n = fmt(v, sizeof v, &a.a);
    if (two) {
        v[n++] = '/';
        n += fmt(v + n, sizeof v - n, &b.a);
    }
    if (n >= sizeof o->value) return 0;
    memcpy(o->value, v, n + 1);
    o->first = a.a.first;
    o->last = two ? b.a.last : a.a.last;
    if (o->last < o->first) return 0;
    o->precision = two ? 'i' : (uint8_t)a.a.prec;
    o->relative = (uint8_t)(a.relative || b.relative);
    o->future = (uint8_t)(a.future || b.future);
    return 1;
}

static void parse_pub(const char *s, pub *P)
{
    memset(P, 0, sizeof *P);
    unsigned y, m = 12, d = 0;
    size_t n = strlen(s);
    if (n < 4 || !att_parse_uint(s, 4, &y)) return;
    if (n >= 7 && (s[4] != '-' || !att_parse_uint(s + 5, 2, &m))) return;
    if (n >= 10 && (s[7] != '-' || !att_parse_uint(s + 8, 2, &d))) return;
    if (y < 1 || y > 9999 || m < 1 || m > 12) return;
    if (!d) d = (unsigned)mdays((int)y, (int)m);   /* a month or year only: its last day */
    if (!valid_date((int)y, (int)m, (int)d)) return;
    P->y = (int)y, P->m = (int)m, P->d = (int)d;
    P->z = att_days_from_civil(P->y, P->m, P->d);
    P->wd = wday(P->z);
    P->ok = 1;
}

void att_dates_resolve(att_workspace *ws, att_doc *doc)
{
    ATT_UNUSED(ws);
    doc->ndexprs = 0;
    doc->dexprs = NULL;
    const dstate *st = dates_state(doc);   /* the expressions att_dates_find parsed */
    if (!st || !st->nx) return;
    pub P;
    parse_pub(doc->published, &P);
    doc->dexprs = att_arena_alloc(&doc->arena, st->nx * sizeof *doc->dexprs);
    for (uint32_t k = 0; k < st->nx; k++) {
        const dexpr *x = &st->x[k];
        if (doc->tok[x->a].start < doc->body_start) continue;   /* the metadata line */
        att_date_expr *o = &doc->dexprs[doc->ndexprs];
        memset(o, 0, sizeof *o);
        if (!resolve(x, &P, x->future, o)) continue;
        o->tok = x->a;
        o->end = x->b;
        o->start = doc->tok[x->a].start;
        o->stop = doc->tok[x->b - 1].end;
        doc->ndexprs++;
    }
}

void att_output_dates(const att_doc *doc, att_buf *b)
{
    att_buf_puts(b, ",\"dates\":[");
    for (size_t i = 0; i < doc->ndexprs; i++) {
        const att_date_expr *x = &doc->dexprs[i];
        if (i) att_buf_putc(b, ',');
        att_buf_puts(b, "{\"start\":");
        att_json_num(b, (long long)att_doc_src_offset(doc, x->start));
        att_buf_puts(b, ",\"end\":");
        att_json_num(b, (long long)att_doc_src_end(doc, x->stop));
        att_buf_puts(b, ",\"text\":");
        att_json_text(b, doc->txt + x->start, x->stop - x->start);
        att_buf_puts(b, ",\"value\":");
        att_json_str(b, x->value, strlen(x->value));
        att_buf_putc(b, '}');
    }
    att_buf_putc(b, ']');
}
