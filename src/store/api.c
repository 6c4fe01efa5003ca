/* api.c: the HTTP API's answers (docs/API.md), computed from the store as
 * JSON.  Transport-free: `attache serve` (cli/serve.c) hands over the path
 * and the query parameters of a request and sends back what comes out, so
 * the library needs no HTTP server and the answers can be tested without
 * one.  Every list is read through att_store_query (the filters of
 * `attache query`, values bound, never written into SQL); aggregates
 * (timelines, dyads) are summed here over the rows it returns.  JSON is
 * written with json-c. */
#include "store.h"

#include "../util/util.h"

#include <ctype.h>
#include <json-c/json.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define JFLAGS (JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)
#define DEFAULT_LIMIT 100
#define MAX_LIMIT 1000
#define MAX_OFFSET 1000000000LL
#define MAX_POST_DOCS 1000

/* ------------------------------------------------------------ replies */

typedef struct {
    int status;
    json_object *obj;
} reply;

static int finish(json_object *obj, int status, char **body, size_t *len)
{
    size_t n = 0;
    const char *s = json_object_to_json_string_length(obj, JFLAGS, &n);
    *body = att_xstrndup(s, n);
    if (len) *len = n;
    json_object_put(obj);
    return status;
}

static int fail(char **body, size_t *len, int status, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* the store's messages name the command's options: say parameters */
    char clean[512];
    size_t k = 0;
    for (const char *p = msg; *p && k + 1 < sizeof clean; p++) {
        if (p[0] == '-' && p[1] == '-' && isalpha((unsigned char)p[2]) && (p == msg || p[-1] == ' ')) {
            p++;
            continue;
        }
        clean[k++] = *p;
    }
    clean[k] = 0;
    json_object *o = json_object_new_object();
    json_object_object_add(o, "error", json_object_new_string(clean));
    json_object_object_add(o, "status", json_object_new_int(status));
    return finish(o, status, body, len);
}

int att_api_error(int status, const char *message, char **body, size_t *len)
{
    return fail(body, len, status, "%s", message ? message : "error");
}

/* ------------------------------------------------------------ params */

typedef struct {
    const att_api_param *p;
    size_t n;
} plist;

static const char *param(const plist *pl, const char *name)
{
    for (size_t i = 0; i < pl->n; i++)
        if (strcmp(pl->p[i].name, name) == 0) return pl->p[i].value;
    return NULL;
}

/* every parameter is one this endpoint knows, given once; 0 or -1 (msg) */
static int check_params(const plist *pl, const char *const *known, char *msg, size_t size)
{
    for (size_t i = 0; i < pl->n; i++) {
        int ok = 0;
        for (const char *const *k = known; *k && !ok; k++) ok = strcmp(*k, pl->p[i].name) == 0;
        if (!ok) {
            snprintf(msg, size, "unknown parameter '%.80s' (this endpoint takes:", pl->p[i].name);
            for (const char *const *k = known; *k; k++) {
                size_t n = strlen(msg);
                snprintf(msg + n, size - n, " %s", *k);
            }
            size_t n = strlen(msg);
            snprintf(msg + n, size - n, ")");
            return -1;
        }
        for (size_t j = 0; j < i; j++)
            if (strcmp(pl->p[j].name, pl->p[i].name) == 0) {
                snprintf(msg, size, "parameter '%.80s' given twice", pl->p[i].name);
                return -1;
            }
    }
    return 0;
}

static int parse_count(const char *v, long long lo, long long hi, long long *out)
{
    if (!v || !*v) return -1;
    char *end;
    long long x = strtoll(v, &end, 10);
    if (*end || x < lo || x > hi) return -1;
    *out = x;
    return 0;
}

/* the filters of `attache query` from parameters; 0 or -1 (msg) */
static int read_filters(const plist *pl, att_query *q, char *msg, size_t size)
{
    q->country = param(pl, "country");
    q->pair = param(pl, "pair");
    q->types = param(pl, "type");
    q->from = param(pl, "from");
    q->to = param(pl, "to");
    q->person = param(pl, "person");
    q->text = param(pl, "text");
    q->doc = param(pl, "doc");
    q->sector = param(pl, "sector");
    const char *v = param(pl, "quad");
    if (v) {
        long long x;
        if (parse_count(v, 1, 4, &x) != 0) {
            snprintf(msg, size, "quad is 1 (verbal cooperation) to 4 (material conflict), not '%.40s'", v);
            return -1;
        }
        q->quad = (int)x;
    }
    /* empty values mean "no filter" (an HTML form sends them) */
    const char **all[] = {&q->country, &q->pair, &q->types, &q->from, &q->to, &q->person, &q->text, &q->doc, &q->sector};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        if (*all[i] && !**all[i]) *all[i] = NULL;
    return 0;
}

static int read_paging(const plist *pl, att_query *q, char *msg, size_t size)
{
    long long limit = DEFAULT_LIMIT, offset = 0;
    const char *v = param(pl, "limit");
    if (v && parse_count(v, 1, MAX_LIMIT, &limit) != 0) {
        snprintf(msg, size, "limit is a number from 1 to %d, not '%.40s'", MAX_LIMIT, v);
        return -1;
    }
    v = param(pl, "offset");
    if (v && parse_count(v, 0, MAX_OFFSET, &offset) != 0) {
        snprintf(msg, size, "offset is a number from 0 to %lld, not '%.40s'", MAX_OFFSET, v);
        return -1;
    }
    q->limit = limit + 1;      /* one more: is there a next page? */
    q->offset = offset;
    return 0;
}

/* ------------------------------------------------------------ rows */

static json_object *value_json(const char *v, char type, const char *name)
{
    if (!v) return NULL;
    /* 63-bit ids do not fit a JavaScript number: strings */
    if (type == 'i' && strcmp(name, "id") != 0 && strcmp(name, "event") != 0)
        return json_object_new_int64(strtoll(v, NULL, 10));
    if (type == 'f') return json_object_new_double_s(strtod(v, NULL), v);
    return json_object_new_string(v);
}

static json_object *rows_obj(att_rows *r)
{
    json_object *o = json_object_new_object();
    for (int i = 0; i < att_rows_ncols(r); i++)
        json_object_object_add(o, att_rows_name(r, i),
                               value_json(att_rows_value(r, i), att_rows_type(r, i), att_rows_name(r, i)));
    return o;
}

static json_object *stmt_obj(att_stmt *s, const att_colspec *cols)
{
    json_object *o = json_object_new_object();
    for (int i = 0; cols[i].expr; i++)
        json_object_object_add(o, cols[i].name, value_json(att_stmt_col_text(s, i), cols[i].type, cols[i].name));
    return o;
}

static int store_fail(att_store *st, const att_error *err, char **body, size_t *len)
{
    if (err->code == ATT_ERR_USAGE) return fail(body, len, 400, "%s", err->detail);
    return fail(body, len, 500, "store error: %s", err->detail[0] ? err->detail : att_db_error(st->db));
}

/* Each listed event gets "evidence": the sentence of its first report.
 * One query for the page, after it is cut: a column with a subquery
 * would be computed for every row the page skips. */
static void add_evidence(att_store *st, json_object *arr)
{
    size_t n = json_object_array_length(arr);
    if (!n) return;
    att_buf sql;
    att_buf_init(&sql);
    att_buf_puts(&sql, "SELECT m.event, m.doc, m.evidence FROM mentions m WHERE m.event IN (");
    for (size_t i = 0; i < n; i++) att_buf_puts(&sql, i ? ", ?" : "?");
    att_buf_puts(&sql, ") ORDER BY m.event, m.idx");
    att_stmt *s = att_db_prepare(st->db, sql.p);
    att_buf_free(&sql);
    int64_t *ids = att_xcalloc(n, sizeof *ids);
    for (size_t i = 0; i < n; i++) {
        json_object *e = json_object_array_get_idx(arr, i), *v;
        ids[i] = json_object_object_get_ex(e, "id", &v) && v ? strtoll(json_object_get_string(v), NULL, 10) : -1;
        if (s) att_stmt_int(s, (int)i + 1, ids[i]);
    }
    int k = 0;
    while (s && (k = att_stmt_step(s)) == 1) {
        int64_t ev = att_stmt_col_int(s, 0);
        const char *doc = att_stmt_col_text(s, 1), *txt = att_stmt_col_text(s, 2);
        for (size_t i = 0; i < n; i++) {
            if (ids[i] != ev) continue;
            json_object *e = json_object_array_get_idx(arr, i), *have, *fd;
            if (json_object_object_get_ex(e, "evidence", &have)) continue;
            const char *first = json_object_object_get_ex(e, "first_doc", &fd) && fd ? json_object_get_string(fd) : "";
            if (doc && strcmp(doc, first) == 0)
                json_object_object_add(e, "evidence", txt ? json_object_new_string(txt) : NULL);
        }
    }
    att_stmt_free(s);
    for (size_t i = 0; i < n; i++) {
        json_object *e = json_object_array_get_idx(arr, i), *have;
        if (!json_object_object_get_ex(e, "evidence", &have)) json_object_object_add(e, "evidence", NULL);
    }
    free(ids);
}

/* A page of rows: {"<key>": [...], "limit", "offset", "next_offset"} */
static int list_page(att_store *st, att_query *q, const att_colspec *cols, const char *key, char **body, size_t *len)
{
    att_error err;
    att_rows *r = att_store_query_cols(st, q, cols, &err);
    if (!r) return store_fail(st, &err, body, len);
    long long want = q->limit - 1, n = 0;
    int more = 0, k;
    json_object *arr = json_object_new_array();
    while ((k = att_rows_next(r)) == 1) {
        if (n == want) {
            more = 1;
            break;
        }
        json_object_array_add(arr, rows_obj(r));
        n++;
    }
    if (k < 0) {
        char m[512];
        snprintf(m, sizeof m, "%s", att_rows_error(r));
        att_rows_free(r);
        json_object_put(arr);
        return fail(body, len, 500, "store error: %s", m);
    }
    att_rows_free(r);
    if (strcmp(key, "events") == 0) add_evidence(st, arr);
    json_object *o = json_object_new_object();
    json_object_object_add(o, key, arr);
    json_object_object_add(o, "limit", json_object_new_int64(want));
    json_object_object_add(o, "offset", json_object_new_int64(q->offset));
    json_object_object_add(o, "next_offset", more ? json_object_new_int64(q->offset + want) : NULL);
    return finish(o, 200, body, len);
}

/* ------------------------------------------------------------ columns */

static const att_colspec EVENT_API_COLS[] = {
    {"e.id", "id", 'i'},
    {"e.date", "date", 's'},
    {"e.date_first", "date_first", 's'},
    {"e.date_last", "date_last", 's'},
    {"e.type", "type", 's'},
    {"e.mode", "mode", 's'},
    {"e.quad", "quad", 'i'},
    {"e.cameo", "cameo", 's'},
    {"e.goldstein", "goldstein", 'f'},
    {"e.src_country", "source", 's'},
    {"e.src_name", "source_name", 's'},
    {"e.src_role", "source_role", 's'},
    {"e.tgt_country", "target", 's'},
    {"e.tgt_name", "target_name", 's'},
    {"e.tgt_role", "target_role", 's'},
    {"e.place_name", "place", 's'},
    {"e.n_mentions", "mentions", 'i'},
    {"e.n_sources", "sources", 'i'},
    {"e.n_articles", "articles", 'i'},
    {"e.context", "context", 's'},
    {"e.confidence", "confidence", 'f'},
    {"e.first_doc", "first_doc", 's'},
    {NULL, NULL, 0},
};

static const att_colspec MENTION_API_COLS[] = {
    {"m.id", "id", 'i'},
    {"m.doc", "doc", 's'},
    {"m.idx", "idx", 'i'},
    {"m.date", "date", 's'},
    {"m.type", "type", 's'},
    {"m.src_country", "source", 's'},
    {"m.src_name", "source_name", 's'},
    {"m.tgt_country", "target", 's'},
    {"m.tgt_name", "target_name", 's'},
    {"m.ev_start", "start", 'i'},
    {"m.ev_end", "end", 'i'},
    {"m.evidence", "evidence", 's'},
    {"m.confidence", "confidence", 'f'},
    {"m.published", "published", 's'},
    {"m.source_key", "outlet", 's'},
    {"d.title", "title", 's'},
    {"d.lang", "lang", 's'},
    {NULL, NULL, 0},
};

static const att_colspec DOC_API_COLS[] = {
    {"d.id", "id", 's'},
    {"d.lang", "lang", 's'},
    {"d.published", "published", 's'},
    {"d.published_from", "published_from", 's'},
    {"d.source", "source", 's'},
    {"d.url", "url", 's'},
    {"d.title", "title", 's'},
    {"d.countries", "countries", 's'},
    {"d.text_len", "text_len", 'i'},
    {"(SELECT count(*) FROM mentions m WHERE m.doc = d.id)", "events", 'i'},
    {NULL, NULL, 0},
};

static const att_colspec AGREEMENT_API_COLS[] = {
    {"a.doc", "doc", 's'},
    {"a.idx", "idx", 'i'},
    {"a.date", "date", 's'},
    {"a.kind", "kind", 's'},
    {"a.sector", "sector", 's'},
    {"a.countries", "countries", 's'},
    {"a.title", "title", 's'},
    {"a.place_name", "place", 's'},
    {"a.ev_start", "start", 'i'},
    {"a.ev_end", "end", 'i'},
    {"a.evidence", "evidence", 's'},
    {"(SELECT d.published FROM documents d WHERE d.id = a.doc)", "published", 's'},
    {NULL, NULL, 0},
};

static const att_colspec RELATION_API_COLS[] = {
    {"r.doc", "doc", 's'},
    {"r.idx", "idx", 'i'},
    {"r.country_a", "country_a", 's'},
    {"r.country_b", "country_b", 's'},
    {"r.level", "level", 's'},
    {"r.since", "since", 's'},
    {"(SELECT d.published FROM documents d WHERE d.id = r.doc)", "published", 's'},
    {"r.ev_start", "start", 'i'},
    {"r.ev_end", "end", 'i'},
    {"r.evidence", "evidence", 's'},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------ dates */

static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int parse_day(const char *s, long *z)
{
    int y, m, d;
    if (!s || strlen(s) < 10 || sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31) return -1;
    *z = days_from_civil(y, m, d);
    return 0;
}

enum { IV_DAY, IV_WEEK, IV_MONTH };

/* the first day of the period holding day z */
static long period_start(long z, int iv)
{
    int y, m, d;
    if (iv == IV_DAY) return z;
    if (iv == IV_WEEK) return z - (((z + 3) % 7) + 7) % 7;   /* Monday */
    civil_from_days(z, &y, &m, &d);
    return days_from_civil(y, m, 1);
}

static long period_next(long start, int iv)
{
    int y, m, d;
    if (iv == IV_DAY) return start + 1;
    if (iv == IV_WEEK) return start + 7;
    civil_from_days(start, &y, &m, &d);
    return m == 12 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, m + 1, 1);
}

static long period_days(int iv) { return iv == IV_DAY ? 1 : iv == IV_WEEK ? 7 : 31; }

static void period_name(long start, int iv, char *out, size_t size)
{
    int y, m, d;
    civil_from_days(start, &y, &m, &d);
    if (iv == IV_DAY) snprintf(out, size, "%04d-%02d-%02d", y, m, d);
    else if (iv == IV_MONTH) snprintf(out, size, "%04d-%02d", y, m);
    else {
        /* ISO week: the year of its Thursday */
        int ty, tm, td;
        civil_from_days(start + 3, &ty, &tm, &td);
        long w = (start + 3 - days_from_civil(ty, 1, 1)) / 7 + 1;
        snprintf(out, size, "%04d-W%02d", ty, (int)w);
    }
}

static void day_name(long z, char *out, size_t size)
{
    int y, m, d;
    civil_from_days(z, &y, &m, &d);
    snprintf(out, size, "%04d-%02d-%02d", y, m, d);
}

/* ------------------------------------------------------------ timeline */

typedef struct {
    long start;
    long events, quad[5];
    double goldstein;
} bucket;

static int modal(const char *context)
{
    return context && (strstr(context, "negation") || strstr(context, "hypothetical") || strstr(context, "future"));
}

static json_object *quad_obj(const long q[5])
{
    json_object *o = json_object_new_object();
    char k[2] = "0";
    for (int i = 1; i <= 4; i++) {
        k[0] = (char)('0' + i);
        json_object_object_add(o, k, json_object_new_int64(q[i]));
    }
    return o;
}

static json_object *gold_json(double g)
{
    char b[32];
    snprintf(b, sizeof b, "%.2f", g);
    /* trim: 12.50 -> 12.5, 3.00 -> 3 */
    char *e = b + strlen(b) - 1;
    while (*e == '0') *e-- = 0;
    if (*e == '.') *e = 0;
    if (strcmp(b, "-0") == 0) snprintf(b, sizeof b, "0");
    return json_object_new_double_s(strtod(b, NULL), b);
}

static const att_colspec TIMELINE_COLS[] = {
    {"e.date_first", "date_first", 's'},
    {"e.date_last", "date_last", 's'},
    {"e.type", "type", 's'},
    {"e.quad", "quad", 'i'},
    {"e.goldstein", "goldstein", 'f'},
    {"e.context", "context", 's'},
    {NULL, NULL, 0},
};

/* Adds "events", "types", "quad", "goldstein", "interval", "series",
 * "imprecise", "modal" to o.  0, or -1 with status/body set. */
static int timeline_into(att_store *st, att_query *q, int iv, json_object *o, char **body, size_t *len, int *status)
{
    att_error err;
    q->limit = 0;
    q->offset = 0;
    att_rows *r = att_store_query_cols(st, q, TIMELINE_COLS, &err);
    if (!r) {
        *status = store_fail(st, &err, body, len);
        return -1;
    }
    bucket *b = NULL;
    size_t nb = 0, cap = 0;
    long total = 0, imprecise = 0, nmodal = 0, quads[5] = {0};
    double gsum = 0;
    json_object *types = json_object_new_object();
    int k;
    while ((k = att_rows_next(r)) == 1) {
        if (modal(att_rows_value(r, 5))) {
            nmodal++;
            continue;
        }
        const char *type = att_rows_value(r, 2);
        const char *qv = att_rows_value(r, 3), *gv = att_rows_value(r, 4);
        int quad = qv ? atoi(qv) : 0;
        double g = gv ? strtod(gv, NULL) : 0;
        total++;
        if (quad >= 1 && quad <= 4) quads[quad]++;
        gsum += g;
        if (type) {
            json_object *c = NULL;
            if (json_object_object_get_ex(types, type, &c)) json_object_set_int64(c, json_object_get_int64(c) + 1);
            else json_object_object_add(types, type, json_object_new_int64(1));
        }
        long z0, z1;
        if (parse_day(att_rows_value(r, 0), &z0) != 0 || parse_day(att_rows_value(r, 1), &z1) != 0 ||
            z1 - z0 + 1 > period_days(iv)) {
            imprecise++;      /* a date coarser than the period: counted, not placed */
            continue;
        }
        long s = period_start(z0, iv);
        if (!nb || b[nb - 1].start != s) {
            /* rows come in date order, so periods do too */
            if (nb == cap) b = att_xrealloc(b, (cap = cap ? cap * 2 : 64) * sizeof *b);
            memset(&b[nb], 0, sizeof *b);
            b[nb++].start = s;
        }
        bucket *x = &b[nb - 1];
        x->events++;
        if (quad >= 1 && quad <= 4) x->quad[quad]++;
        x->goldstein += g;
    }
    if (k < 0) {
        *status = fail(body, len, 500, "store error: %s", att_rows_error(r));
        att_rows_free(r);
        free(b);
        json_object_put(types);
        return -1;
    }
    att_rows_free(r);
    json_object *series = json_object_new_array();
    /* every period from the first to the last, empty ones too (at most
     * 20,000 of them), and over the whole of [from, to] when given */
    long first = nb ? b[0].start : -1, last = nb ? b[nb - 1].start : -1, z;
    char f10[11], l10[11];
    if (q->from && att_date_span(q->from, f10, l10) == 0 && parse_day(f10, &z) == 0) {
        z = period_start(z, iv);
        if (first < 0 || z < first) first = z;
        if (last < 0) last = z;
    }
    if (q->to && att_date_span(q->to, f10, l10) == 0 && parse_day(l10, &z) == 0) {
        z = period_start(z, iv);
        if (last < 0 || z > last) last = z;
        if (first < 0) first = z;
    }
    if (first >= 0 && last >= first) {
        size_t i = 0, emitted = 0;
        for (long s = first; s <= last && emitted < 20000; s = period_next(s, iv), emitted++) {
            bucket zero = {s, 0, {0}, 0}, *x = &zero;
            if (i < nb && b[i].start == s) x = &b[i++];
            else if (i < nb && b[i].start < s) { /* cannot happen: sorted */
                i++;
                continue;
            }
            char name[24], day[24];
            period_name(s, iv, name, sizeof name);
            day_name(s, day, sizeof day);
            json_object *p = json_object_new_object();
            json_object_object_add(p, "period", json_object_new_string(name));
            json_object_object_add(p, "start", json_object_new_string(day));
            json_object_object_add(p, "events", json_object_new_int64(x->events));
            json_object_object_add(p, "quad", quad_obj(x->quad));
            json_object_object_add(p, "goldstein", gold_json(x->goldstein));
            json_object_array_add(series, p);
        }
    }
    free(b);
    static const char *const IV[] = {"day", "week", "month"};
    json_object_object_add(o, "events", json_object_new_int64(total));
    json_object_object_add(o, "types", types);
    json_object_object_add(o, "quad", quad_obj(quads));
    json_object_object_add(o, "goldstein", gold_json(gsum));
    json_object_object_add(o, "interval", json_object_new_string(IV[iv]));
    json_object_object_add(o, "series", series);
    json_object_object_add(o, "imprecise", json_object_new_int64(imprecise));
    json_object_object_add(o, "modal", json_object_new_int64(nmodal));
    return 0;
}

static int read_interval(const plist *pl, int *iv, char *msg, size_t size)
{
    const char *v = param(pl, "interval");
    *iv = IV_WEEK;
    if (!v || strcmp(v, "week") == 0) return 0;
    if (strcmp(v, "day") == 0) *iv = IV_DAY;
    else if (strcmp(v, "month") == 0) *iv = IV_MONTH;
    else {
        snprintf(msg, size, "interval is day, week or month, not '%.40s'", v);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------ relations */

static const char *const LEVELS[] = {"diplomatic_relations", "partnership", "comprehensive_partnership",
                                     "strategic_partnership", "comprehensive_strategic_partnership",
                                     "extensive_strategic_partnership", "alliance", NULL};

static int level_rank(const char *l)
{
    for (int i = 0; l && LEVELS[i]; i++)
        if (strcmp(LEVELS[i], l) == 0) return i + 1;
    return 0;
}

typedef struct {
    char a[16], b[16];
    char *level, *date, *published;
} relrow;

static void relrow_free(relrow *v, size_t n)
{
    for (size_t i = 0; i < n; i++) free(v[i].level), free(v[i].date), free(v[i].published);
    free(v);
}

static void pair_key(const char *x, const char *y, char a[16], char b[16])
{
    if (!x) x = "";
    if (!y) y = "";
    if (strcmp(x, y) > 0) {
        const char *t = x;
        x = y, y = t;
    }
    snprintf(a, 16, "%s", x);
    snprintf(b, 16, "%s", y);
}

/* a relation statement's current standing: latest publication, then the
 * higher level */
static int rel_newer(const relrow *x, const relrow *y)
{
    int c = strcmp(x->published ? x->published : "", y->published ? y->published : "");
    if (c) return c > 0;
    return level_rank(x->level) > level_rank(y->level);
}

/* every relation statement matching q (country, pair, dates), newest
 * standing per pair found by the caller; NULL + -1 on error */
static relrow *read_relations(att_store *st, att_query *rq, size_t *n, att_error *err)
{
    rq->what = "relations";
    rq->limit = 0;
    rq->offset = 0;
    att_rows *r = att_store_query_cols(st, rq, RELATION_API_COLS, err);
    *n = 0;
    if (!r) return NULL;
    relrow *v = NULL;
    size_t cap = 0;
    int k;
    while ((k = att_rows_next(r)) == 1) {
        if (*n == cap) v = att_xrealloc(v, (cap = cap ? cap * 2 : 32) * sizeof *v);
        relrow *x = &v[(*n)++];
        memset(x, 0, sizeof *x);
        pair_key(att_rows_value(r, 2), att_rows_value(r, 3), x->a, x->b);
        const char *l = att_rows_value(r, 4), *s = att_rows_value(r, 5), *p = att_rows_value(r, 6);
        x->level = l ? att_xstrdup(l) : NULL;
        x->date = s ? att_xstrdup(s) : NULL;
        x->published = p ? att_xstrdup(p) : NULL;
    }
    if (k < 0) att_store_error(err, ATT_ERR_IO, st->url, att_rows_error(r));
    att_rows_free(r);
    if (k < 0) {
        relrow_free(v, *n);
        *n = 0;
        return NULL;
    }
    if (!v) v = att_xcalloc(1, sizeof *v);
    return v;
}

/* ------------------------------------------------------------ dyads */

typedef struct {
    char a[16], b[16];
    long events, quad[5];
    double goldstein;
    long recent;                /* events of the last RECENT_DAYS */
    double recent_goldstein;
    char last[11];
} dyad;

#define RECENT_DAYS 90

static int dyad_cmp_key(const void *x, const void *y)
{
    const dyad *p = x, *q = y;
    int c = strcmp(p->a, q->a);
    return c ? c : strcmp(p->b, q->b);
}

static int dyad_cmp_count(const void *x, const void *y)
{
    const dyad *p = x, *q = y;
    if (p->events != q->events) return p->events < q->events ? 1 : -1;
    return dyad_cmp_key(x, y);
}

static const att_colspec DYAD_COLS[] = {
    {"e.src_country", "source", 's'},
    {"e.tgt_country", "target", 's'},
    {"e.quad", "quad", 'i'},
    {"e.goldstein", "goldstein", 'f'},
    {"e.date_last", "date_last", 's'},
    {"e.context", "context", 's'},
    {NULL, NULL, 0},
};

static int get_dyads(att_store *st, const plist *pl, char **body, size_t *len)
{
    static const char *const known[] = {"country", "type", "quad", "from", "to", "person", "text", "limit", NULL};
    char msg[512];
    att_query q;
    memset(&q, 0, sizeof q);
    long long limit = 500;
    const char *lv = param(pl, "limit");
    if (check_params(pl, known, msg, sizeof msg) != 0 || read_filters(pl, &q, msg, sizeof msg) != 0)
        return fail(body, len, 400, "%s", msg);
    if (lv && parse_count(lv, 1, 10000, &limit) != 0) return fail(body, len, 400, "limit is a number from 1 to 10000");
    q.what = "events";
    att_error err;
    att_rows *r = att_store_query_cols(st, &q, DYAD_COLS, &err);
    if (!r) return store_fail(st, &err, body, len);
    dyad *v = NULL;
    size_t n = 0, cap = 0;
    int k;
    while ((k = att_rows_next(r)) == 1) {
        const char *s = att_rows_value(r, 0), *t = att_rows_value(r, 1);
        if (!s || !t || !*s || !*t || strcmp(s, t) == 0 || modal(att_rows_value(r, 5))) continue;
        if (n == cap) v = att_xrealloc(v, (cap = cap ? cap * 2 : 256) * sizeof *v);
        dyad *d = &v[n++];
        memset(d, 0, sizeof *d);
        pair_key(s, t, d->a, d->b);
        const char *qv = att_rows_value(r, 2), *gv = att_rows_value(r, 3), *lv2 = att_rows_value(r, 4);
        int quad = qv ? atoi(qv) : 0;
        d->events = 1;
        if (quad >= 1 && quad <= 4) d->quad[quad] = 1;
        d->goldstein = gv ? strtod(gv, NULL) : 0;
        snprintf(d->last, sizeof d->last, "%s", lv2 ? lv2 : "");
    }
    if (k < 0) {
        snprintf(msg, sizeof msg, "%s", att_rows_error(r));
        att_rows_free(r);
        free(v);
        return fail(body, len, 500, "store error: %s", msg);
    }
    att_rows_free(r);
    /* "recent": the RECENT_DAYS up to the end of the period (`to`), else
     * up to the latest event */
    long end_day = -1, z;
    char f10[11], l10[11];
    if (q.to && att_date_span(q.to, f10, l10) == 0 && parse_day(l10, &z) == 0) end_day = z;
    for (size_t i = 0; i < n && !q.to; i++)
        if (parse_day(v[i].last, &z) == 0 && z > end_day) end_day = z;
    for (size_t i = 0; i < n; i++)
        if (parse_day(v[i].last, &z) == 0 && z > end_day - RECENT_DAYS && z <= end_day)
            v[i].recent = 1, v[i].recent_goldstein = v[i].goldstein;
    char recent_from[16] = "";
    if (end_day >= 0) day_name(end_day - RECENT_DAYS + 1, recent_from, sizeof recent_from);
    /* one row a pair */
    if (n) qsort(v, n, sizeof *v, dyad_cmp_key);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m && dyad_cmp_key(&v[m - 1], &v[i]) == 0) {
            dyad *d = &v[m - 1];
            d->events += v[i].events;
            for (int j = 1; j <= 4; j++) d->quad[j] += v[i].quad[j];
            d->goldstein += v[i].goldstein;
            d->recent += v[i].recent;
            d->recent_goldstein += v[i].recent_goldstein;
            if (strcmp(v[i].last, d->last) > 0) memcpy(d->last, v[i].last, sizeof d->last);
        } else {
            v[m++] = v[i];
        }
    }
    if (m) qsort(v, m, sizeof *v, dyad_cmp_count);
    /* the standing of each pair's relationship, from the relations stated
     * up to the end of the period */
    att_query rq;
    memset(&rq, 0, sizeof rq);
    rq.country = q.country;
    rq.to = q.to;
    size_t nr = 0;
    relrow *rel = read_relations(st, &rq, &nr, &err);
    if (!rel) {
        free(v);
        return store_fail(st, &err, body, len);
    }
    json_object *arr = json_object_new_array();
    for (size_t i = 0; i < m && (long long)i < limit; i++) {
        dyad *d = &v[i];
        json_object *o = json_object_new_object();
        json_object *pr = json_object_new_array();
        json_object_array_add(pr, json_object_new_string(d->a));
        json_object_array_add(pr, json_object_new_string(d->b));
        json_object_object_add(o, "pair", pr);
        json_object_object_add(o, "events", json_object_new_int64(d->events));
        json_object_object_add(o, "quad", quad_obj(d->quad));
        json_object_object_add(o, "goldstein", gold_json(d->goldstein));
        json_object_object_add(o, "goldstein_mean", gold_json(d->events ? d->goldstein / (double)d->events : 0));
        json_object_object_add(o, "recent_events", json_object_new_int64(d->recent));
        json_object_object_add(o, "recent_goldstein_mean",
                               d->recent ? gold_json(d->recent_goldstein / (double)d->recent) : NULL);
        json_object_object_add(o, "last_date", d->last[0] ? json_object_new_string(d->last) : NULL);
        const relrow *best = NULL;
        for (size_t j = 0; j < nr; j++)
            if (strcmp(rel[j].a, d->a) == 0 && strcmp(rel[j].b, d->b) == 0 && rel[j].level &&
                (!best || rel_newer(&rel[j], best)))
                best = &rel[j];
        json_object_object_add(o, "level", best ? json_object_new_string(best->level) : NULL);
        json_object_array_add(arr, o);
    }
    relrow_free(rel, nr);
    json_object *o = json_object_new_object();
    json_object_object_add(o, "dyads", arr);
    json_object_object_add(o, "pairs", json_object_new_int64((int64_t)m));
    json_object_object_add(o, "recent_from", recent_from[0] ? json_object_new_string(recent_from) : NULL);
    free(v);
    return finish(o, 200, body, len);
}

/* "RUS-VNM", "RUS,VNM", "rus vnm" -> "RUS,VNM"; 0 or -1 */
static int parse_pair(const char *s, char a[16], char b[16])
{
    const char *sep = strpbrk(s, ",- /");
    if (!sep || sep == s || (size_t)(sep - s) >= 16 || strlen(sep + 1) >= 16 || !sep[1]) return -1;
    memcpy(a, s, (size_t)(sep - s));
    a[sep - s] = 0;
    snprintf(b, 16, "%s", sep + 1);
    for (char *x = a; *x; x++) {
        if (!isalnum((unsigned char)*x)) return -1;
        *x = (char)toupper((unsigned char)*x);
    }
    for (char *x = b; *x; x++) {
        if (!isalnum((unsigned char)*x)) return -1;
        *x = (char)toupper((unsigned char)*x);
    }
    return 0;
}

static json_object *history_json(att_store *st, const char *a, const char *b, const char *to, json_object **current,
                                 att_error *err)
{
    att_query rq;
    memset(&rq, 0, sizeof rq);
    char pr[40];
    snprintf(pr, sizeof pr, "%s,%s", a, b);
    rq.pair = pr;
    rq.to = to;
    rq.what = "relations";
    att_rows *r = att_store_query_cols(st, &rq, RELATION_API_COLS, err);
    if (!r) return NULL;
    json_object *arr = json_object_new_array();
    int k;
    while ((k = att_rows_next(r)) == 1) json_object_array_add(arr, rows_obj(r));
    if (k < 0) {
        att_store_error(err, ATT_ERR_IO, st->url, att_rows_error(r));
        att_rows_free(r);
        json_object_put(arr);
        return NULL;
    }
    att_rows_free(r);
    /* in time order: the date the level took effect, else the publication */
    size_t n = json_object_array_length(arr);
    json_object **items = att_xcalloc(n ? n : 1, sizeof *items);
    for (size_t i = 0; i < n; i++) items[i] = json_object_get(json_object_array_get_idx(arr, i));
    json_object_put(arr);
    for (size_t i = 1; i < n; i++) {
        json_object *x = items[i];
        size_t j = i;
        for (; j > 0; j--) {
            json_object *y = items[j - 1], *a1, *b1;
            const char *kx = json_object_object_get_ex(x, "since", &a1) && a1 ? json_object_get_string(a1) : NULL;
            const char *ky = json_object_object_get_ex(y, "since", &b1) && b1 ? json_object_get_string(b1) : NULL;
            if (!kx && json_object_object_get_ex(x, "published", &a1) && a1) kx = json_object_get_string(a1);
            if (!ky && json_object_object_get_ex(y, "published", &b1) && b1) ky = json_object_get_string(b1);
            if (strcmp(ky ? ky : "", kx ? kx : "") <= 0) break;
            items[j] = y;
        }
        items[j] = x;
    }
    json_object *out = json_object_new_array();
    json_object *best = NULL;
    const char *best_pub = "";
    int best_rank = 0;
    for (size_t i = 0; i < n; i++) {
        json_object *x = items[i], *l, *p;
        const char *lv = json_object_object_get_ex(x, "level", &l) && l ? json_object_get_string(l) : NULL;
        const char *pub = json_object_object_get_ex(x, "published", &p) && p ? json_object_get_string(p) : "";
        int c = strcmp(pub, best_pub);
        if (lv && (!best || c > 0 || (c == 0 && level_rank(lv) > best_rank))) {
            best = x, best_pub = pub, best_rank = level_rank(lv);
        }
        json_object_array_add(out, x);
    }
    *current = best ? json_object_get(best) : NULL;
    free(items);
    return out;
}

static int get_dyad(att_store *st, const char *pairs, const plist *pl, char **body, size_t *len)
{
    static const char *const known[] = {"type", "quad", "from", "to", "person", "text", "interval", NULL};
    char msg[512], a[16], b[16];
    if (parse_pair(pairs, a, b) != 0)
        return fail(body, len, 400, "a pair is two country codes, as /api/dyads/RUS-VNM, not '%.40s'", pairs);
    att_query q;
    memset(&q, 0, sizeof q);
    int iv;
    if (check_params(pl, known, msg, sizeof msg) != 0 || read_filters(pl, &q, msg, sizeof msg) != 0 ||
        read_interval(pl, &iv, msg, sizeof msg) != 0)
        return fail(body, len, 400, "%s", msg);
    char pr[40];
    snprintf(pr, sizeof pr, "%s,%s", a, b);
    q.pair = pr;
    q.what = "events";
    json_object *o = json_object_new_object();
    json_object *pa = json_object_new_array();
    json_object_array_add(pa, json_object_new_string(a));
    json_object_array_add(pa, json_object_new_string(b));
    json_object_object_add(o, "pair", pa);
    int status = 0;
    if (timeline_into(st, &q, iv, o, body, len, &status) != 0) {
        json_object_put(o);
        return status;
    }
    att_error err;
    json_object *cur = NULL;
    json_object *hist = history_json(st, a, b, q.to, &cur, &err);
    if (!hist) {
        json_object_put(o);
        return store_fail(st, &err, body, len);
    }
    json_object_object_add(o, "relation", cur);
    json_object_object_add(o, "relations", hist);
    return finish(o, 200, body, len);
}

static int get_timeline(att_store *st, const plist *pl, char **body, size_t *len)
{
    static const char *const known[] = {"country", "pair", "type", "quad", "from", "to", "person", "text", "interval", NULL};
    char msg[512];
    att_query q;
    memset(&q, 0, sizeof q);
    int iv;
    if (check_params(pl, known, msg, sizeof msg) != 0 || read_filters(pl, &q, msg, sizeof msg) != 0 ||
        read_interval(pl, &iv, msg, sizeof msg) != 0)
        return fail(body, len, 400, "%s", msg);
    q.what = "events";
    json_object *o = json_object_new_object();
    int status = 0;
    if (timeline_into(st, &q, iv, o, body, len, &status) != 0) {
        json_object_put(o);
        return status;
    }
    return finish(o, 200, body, len);
}

/* ------------------------------------------------------------ lists */

static int get_list(att_store *st, const char *what, const char *key, const att_colspec *cols,
                    const char *const *known, const plist *pl, char **body, size_t *len)
{
    char msg[512];
    att_query q;
    memset(&q, 0, sizeof q);
    if (check_params(pl, known, msg, sizeof msg) != 0 || read_filters(pl, &q, msg, sizeof msg) != 0 ||
        read_paging(pl, &q, msg, sizeof msg) != 0)
        return fail(body, len, 400, "%s", msg);
    q.what = what;
    return list_page(st, &q, cols, key, body, len);
}

static int get_relations(att_store *st, const plist *pl, char **body, size_t *len)
{
    static const char *const known[] = {"country", "pair", "from", "to", "person", "text", "doc", "limit", "offset", NULL};
    return get_list(st, "relations", "relations", RELATION_API_COLS, known, pl, body, len);
}

static int get_relation_history(att_store *st, const char *pairs, const plist *pl, char **body, size_t *len)
{
    static const char *const known[] = {"to", NULL};
    char msg[512], a[16], b[16];
    if (check_params(pl, known, msg, sizeof msg) != 0) return fail(body, len, 400, "%s", msg);
    if (parse_pair(pairs, a, b) != 0)
        return fail(body, len, 400, "a pair is two country codes, as /api/relations/RUS-VNM, not '%.40s'", pairs);
    const char *to = param(pl, "to");
    att_error err;
    json_object *cur = NULL;
    json_object *hist = history_json(st, a, b, to && *to ? to : NULL, &cur, &err);
    if (!hist) return store_fail(st, &err, body, len);
    json_object *o = json_object_new_object();
    json_object *pa = json_object_new_array();
    json_object_array_add(pa, json_object_new_string(a));
    json_object_array_add(pa, json_object_new_string(b));
    json_object_object_add(o, "pair", pa);
    json_object_object_add(o, "relation", cur);
    json_object_object_add(o, "history", hist);
    return finish(o, 200, body, len);
}

/* ------------------------------------------------------------ one event */

static int get_event(att_store *st, const char *id, char **body, size_t *len)
{
    char *end;
    long long v = strtoll(id, &end, 10);
    if (!*id || *end || v < 0) return fail(body, len, 400, "an event id is a number, not '%.40s'", id);
    att_buf sql;
    att_buf_init(&sql);
    att_buf_puts(&sql, "SELECT ");
    for (int i = 0; EVENT_API_COLS[i].expr; i++) att_buf_printf(&sql, "%s%s", i ? ", " : "", EVENT_API_COLS[i].expr);
    att_buf_puts(&sql, " FROM events e WHERE e.id = ?");
    att_stmt *s = att_db_prepare(st->db, sql.p);
    att_buf_free(&sql);
    if (!s) return fail(body, len, 500, "store error: %s", att_db_error(st->db));
    att_stmt_int(s, 1, v);
    int k = att_stmt_step(s);
    if (k <= 0) {
        att_stmt_free(s);
        return k < 0 ? fail(body, len, 500, "store error: %s", att_db_error(st->db))
                     : fail(body, len, 404, "no event %lld", v);
    }
    json_object *ev = stmt_obj(s, EVENT_API_COLS);
    att_stmt_reset(s);
    att_stmt_free(s);
    att_buf_init(&sql);
    att_buf_puts(&sql, "SELECT ");
    for (int i = 0; MENTION_API_COLS[i].expr; i++) att_buf_printf(&sql, "%s%s", i ? ", " : "", MENTION_API_COLS[i].expr);
    att_buf_printf(&sql, " FROM mentions m JOIN documents d ON d.id = m.doc WHERE m.event = ? ORDER BY m.published%s, m.id",
                   att_db_kind(st->db) == ATT_DB_PG ? " COLLATE \"C\"" : "");
    s = att_db_prepare(st->db, sql.p);
    att_buf_free(&sql);
    if (!s) {
        json_object_put(ev);
        return fail(body, len, 500, "store error: %s", att_db_error(st->db));
    }
    att_stmt_int(s, 1, v);
    json_object *arr = json_object_new_array();
    while ((k = att_stmt_step(s)) == 1) json_object_array_add(arr, stmt_obj(s, MENTION_API_COLS));
    att_stmt_free(s);
    if (k < 0) {
        json_object_put(ev);
        json_object_put(arr);
        return fail(body, len, 500, "store error: %s", att_db_error(st->db));
    }
    json_object *one = json_object_new_array();
    json_object_array_add(one, json_object_get(ev));
    add_evidence(st, one);
    json_object_put(one);
    json_object *o = json_object_new_object();
    json_object_object_add(o, "event", ev);
    json_object_object_add(o, "mentions", arr);
    return finish(o, 200, body, len);
}

/* ------------------------------------------------------------ persons */

static char *like_pattern(const char *s)
{
    char *f = att_fold(s, strlen(s));
    att_buf b;
    att_buf_init(&b);
    att_buf_putc(&b, '%');
    for (char *p = f; *p; p++) {
        if (*p == '%' || *p == '_' || *p == '\\') att_buf_putc(&b, '\\');
        att_buf_putc(&b, *p);
    }
    att_buf_putc(&b, '%');
    free(f);
    return att_buf_detach(&b, NULL);
}

static int get_persons(att_store *st, const plist *pl, char **body, size_t *len)
{
    static const char *const known[] = {"name", "country", "from", "to", "limit", "offset", NULL};
    char msg[512];
    att_query q;
    memset(&q, 0, sizeof q);
    if (check_params(pl, known, msg, sizeof msg) != 0 || read_paging(pl, &q, msg, sizeof msg) != 0)
        return fail(body, len, 400, "%s", msg);
    /* a period: persons of the documents published in it, as `attache
     * query -l documents --from --to` reads it */
    char dfrom[11] = "", dto[11] = "", dx[11];
    const char *from = param(pl, "from"), *to = param(pl, "to");
    if (from && *from && att_date_span(from, dfrom, dx) != 0)
        return fail(body, len, 400, "from wants a date, as 2025-11 or 2025-11-03, not '%.40s'", from);
    if (to && *to && att_date_span(to, dx, dto) != 0)
        return fail(body, len, 400, "to wants a date, as 2025-12 or 2025-12-31, not '%.40s'", to);
    const char *name = param(pl, "name"), *country = param(pl, "country");
    if (name && !*name) name = NULL;
    if (country && !*country) country = NULL;
    char cc[8] = "";
    if (country) {
        size_t n = strlen(country);
        if (n < 2 || n > 7) return fail(body, len, 400, "country wants a country code, as VNM");
        for (size_t i = 0; i < n; i++) {
            if (!isalnum((unsigned char)country[i])) return fail(body, len, 400, "country wants a country code, as VNM");
            cc[i] = (char)toupper((unsigned char)country[i]);
        }
        cc[n] = 0;
    }
    int pg = att_db_kind(st->db) == ATT_DB_PG;
    att_buf sql;
    att_buf_init(&sql);
    att_buf_puts(&sql, "SELECT p.name, min(p.country), min(p.role), count(DISTINCT p.doc), min(p.native) FROM persons p "
                       "WHERE p.name IS NOT NULL");
    if (name) att_buf_puts(&sql, " AND p.name_key LIKE ? ESCAPE '\\'");
    if (country) att_buf_puts(&sql, " AND p.country = ?");
    if (dfrom[0]) att_buf_puts(&sql, " AND p.doc IN (SELECT d2.id FROM documents d2 WHERE d2.published >= ?)");
    if (dto[0]) att_buf_puts(&sql, " AND p.doc IN (SELECT d2.id FROM documents d2 WHERE substr(d2.published, 1, 10) <= ?)");
    att_buf_printf(&sql, " GROUP BY p.name ORDER BY count(DISTINCT p.doc) DESC, p.name%s LIMIT ? OFFSET ?",
                   pg ? " COLLATE \"C\"" : "");
    att_stmt *s = att_db_prepare(st->db, sql.p);
    att_buf_free(&sql);
    if (!s) return fail(body, len, 500, "store error: %s", att_db_error(st->db));
    int i = 1;
    if (name) {
        char *pat = like_pattern(name);
        att_stmt_text(s, i++, pat);
        free(pat);
    }
    if (country) att_stmt_text(s, i++, cc);
    if (dfrom[0]) att_stmt_text(s, i++, dfrom);
    if (dto[0]) att_stmt_text(s, i++, dto);
    att_stmt_int(s, i++, q.limit);
    att_stmt_int(s, i++, q.offset);
    static const att_colspec cols[] = {{"", "name", 's'}, {"", "country", 's'}, {"", "role", 's'},
                                       {"", "documents", 'i'}, {"", "native", 's'}, {NULL, NULL, 0}};
    json_object *arr = json_object_new_array();
    long long want = q.limit - 1, n = 0;
    int k, more = 0;
    while ((k = att_stmt_step(s)) == 1) {
        if (n == want) {
            more = 1;
            att_stmt_reset(s);
            break;
        }
        json_object_array_add(arr, stmt_obj(s, cols));
        n++;
    }
    att_stmt_free(s);
    if (k < 0) {
        json_object_put(arr);
        return fail(body, len, 500, "store error: %s", att_db_error(st->db));
    }
    json_object *o = json_object_new_object();
    json_object_object_add(o, "persons", arr);
    json_object_object_add(o, "limit", json_object_new_int64(want));
    json_object_object_add(o, "offset", json_object_new_int64(q.offset));
    json_object_object_add(o, "next_offset", more ? json_object_new_int64(q.offset + want) : NULL);
    return finish(o, 200, body, len);
}

static int get_person(att_store *st, const char *name, const plist *pl, char **body, size_t *len)
{
    static const char *const known[] = {"from", "to", "type", "limit", "offset", NULL};
    char msg[512];
    if (!*name) return fail(body, len, 400, "a person's name is wanted, as /api/persons/Sergei%%20Lavrov");
    att_query q;
    memset(&q, 0, sizeof q);
    if (check_params(pl, known, msg, sizeof msg) != 0 || read_filters(pl, &q, msg, sizeof msg) != 0 ||
        read_paging(pl, &q, msg, sizeof msg) != 0)
        return fail(body, len, 400, "%s", msg);
    /* the person in each document: exact name, native name or alias */
    att_stmt *s = att_db_prepare(st->db, "SELECT p.doc, p.idx, p.name, p.native, p.country, p.role, p.aliases, d.published, "
                                         "d.title, d.lang FROM persons p JOIN documents d ON d.id = p.doc "
                                         "WHERE p.name = ? OR p.native = ? ORDER BY d.published, p.doc");
    if (!s) return fail(body, len, 500, "store error: %s", att_db_error(st->db));
    att_stmt_text(s, 1, name);
    att_stmt_text(s, 2, name);
    static const att_colspec cols[] = {{"", "doc", 's'},       {"", "idx", 'i'},       {"", "name", 's'},
                                       {"", "native", 's'},    {"", "country", 's'},   {"", "role", 's'},
                                       {"", "aliases", 's'},   {"", "published", 's'}, {"", "title", 's'},
                                       {"", "lang", 's'},      {NULL, NULL, 0}};
    json_object *docs = json_object_new_array();
    int k;
    while ((k = att_stmt_step(s)) == 1) {
        json_object *o = stmt_obj(s, cols), *al;
        /* aliases are stored as a JSON array */
        if (json_object_object_get_ex(o, "aliases", &al) && al) {
            json_object *parsed = json_tokener_parse(json_object_get_string(al));
            json_object_object_add(o, "aliases", parsed);
        }
        json_object_array_add(docs, o);
    }
    att_stmt_free(s);
    if (k < 0) {
        json_object_put(docs);
        return fail(body, len, 500, "store error: %s", att_db_error(st->db));
    }
    if (json_object_array_length(docs) == 0) {
        json_object_put(docs);
        return fail(body, len, 404, "no person named '%.80s'", name);
    }
    q.what = "events";
    q.person = name;
    att_error err;
    att_rows *r = att_store_query_cols(st, &q, EVENT_API_COLS, &err);
    if (!r) {
        json_object_put(docs);
        return store_fail(st, &err, body, len);
    }
    json_object *evs = json_object_new_array();
    long long want = q.limit - 1, n = 0;
    int more = 0;
    while ((k = att_rows_next(r)) == 1) {
        if (n == want) {
            more = 1;
            break;
        }
        json_object_array_add(evs, rows_obj(r));
        n++;
    }
    att_rows_free(r);
    add_evidence(st, evs);
    json_object *o = json_object_new_object();
    json_object_object_add(o, "name", json_object_new_string(name));
    json_object_object_add(o, "documents", docs);
    json_object_object_add(o, "events", evs);
    json_object_object_add(o, "limit", json_object_new_int64(want));
    json_object_object_add(o, "offset", json_object_new_int64(q.offset));
    json_object_object_add(o, "next_offset", more ? json_object_new_int64(q.offset + want) : NULL);
    return finish(o, 200, body, len);
}

/* ------------------------------------------------------------ one document */

/* Where the record's input offsets fall in the stored text.  For a text
 * or JSON Lines input they are the same.  For an HTML page the store keeps
 * the article text and the runs that tie it to the page (att_doc_run,
 * schema migration 3): an offset is carried through its run exactly.  A
 * page stored before the runs were kept has only its text: each fact's
 * evidence sentence is found in it (the record gives it) and the offsets
 * inside it move with it. */
typedef struct {
    long in_start, in_end;       /* the evidence's span in the input */
    long at, at_end;             /* the same sentence in the text */
} anchor;

typedef struct {
    long txt, src, tl, sl;       /* text [txt, txt+tl) came from input [src, src+sl) */
} run;

typedef struct {
    const char *text;
    size_t len;
    int same;                    /* the record's offsets are text offsets */
    anchor *a;
    size_t na;
    run *r;                      /* an HTML page's runs, or NULL */
    size_t nr;
} mapper;

/* "TXT SRC TXT_LEN SRC_LEN;..." (store.c) into m->r; -1 when malformed */
static int parse_runs(mapper *m, const char *s)
{
    size_t cap = 1;
    for (const char *p = s; *p; p++) cap += *p == ';';
    m->r = att_xmalloc(cap * sizeof *m->r);
    m->nr = 0;
    while (*s) {
        long long v[4];
        char *end;
        for (int i = 0; i < 4; i++) {
            v[i] = strtoll(s, &end, 10);
            if (end == s || v[i] < 0 || v[i] > (1LL << 40)) return -1;
            s = end;
            if (i < 3 && *s++ != ' ') return -1;
        }
        if (*s == ';') s++;
        else if (*s) return -1;
        if (m->nr == cap || v[0] + v[2] > (long long)m->len) return -1;
        m->r[m->nr++] = (run){(long)v[0], (long)v[1], (long)v[2], (long)v[3]};
    }
    return 0;
}

/* the text offset of input offset s, as a span's start: inside a run, where
 * it falls (an entity's run maps whole); between runs, the next run */
static long run_start(const mapper *m, long s)
{
    const run *next = NULL;
    for (size_t i = 0; i < m->nr; i++) {
        const run *x = &m->r[i];
        if (s >= x->src && s < x->src + x->sl)
            return x->tl == x->sl ? x->txt + (s - x->src) : s == x->src ? x->txt : x->txt + x->tl;
        if (x->src >= s && (!next || x->src < next->src)) next = x;
    }
    return next ? next->txt : -1;
}

/* the same for a span's end: inside a run, where it falls; between runs,
 * the end of the run before */
static long run_end(const mapper *m, long e)
{
    const run *prev = NULL;
    for (size_t i = 0; i < m->nr; i++) {
        const run *x = &m->r[i];
        if (e > x->src && e <= x->src + x->sl) return x->tl == x->sl ? x->txt + (e - x->src) : x->txt + x->tl;
        if (x->src + x->sl <= e && (!prev || x->src + x->sl > prev->src + prev->sl)) prev = x;
    }
    return prev ? prev->txt + prev->tl : -1;
}

static int utf8_boundary(const char *t, size_t len, long i)
{
    return i >= 0 && (size_t)i <= len && ((size_t)i == len || ((unsigned char)t[i] & 0xC0) != 0x80);
}

/* the occurrence of any of cands[] in text[lo, hi) nearest to `near` */
static int nearest(const mapper *m, long lo, long hi, long near, const char *const *cands, size_t nc, long *ts, long *te)
{
    if (lo < 0) lo = 0;
    if (hi > (long)m->len) hi = (long)m->len;
    long best = -1, bl = 0;
    for (size_t c = 0; c < nc; c++) {
        size_t cl = cands[c] ? strlen(cands[c]) : 0;
        if (!cl) continue;
        for (long at = lo; at + (long)cl <= hi;) {
            const char *f = memmem(m->text + at, (size_t)(hi - at), cands[c], cl);
            if (!f) break;
            long pos = f - m->text;
            if (best < 0 || labs(pos - near) < labs(best - near) || (pos == best && (long)cl > bl)) best = pos, bl = (long)cl;
            at = pos + 1;
        }
    }
    if (best < 0) return -1;
    *ts = best, *te = best + bl;
    return 0;
}

/* The span in the text of input span [s, e): 0, or -1 when it cannot be
 * placed.  `cands` are the strings the span may hold (a person's names, a
 * date as written): in a mapped document the span is the nearest of them
 * to where the sentence around it puts it. */
static int map_span(const mapper *m, long s, long e, const char *const *cands, size_t nc, long *ts, long *te)
{
    if (s < 0 || e < s) return -1;
    if (m->r) {
        long a = run_start(m, s), b = s == e ? a : run_end(m, e);
        if (a < 0 || b < a || (size_t)b > m->len || !utf8_boundary(m->text, m->len, a) ||
            !utf8_boundary(m->text, m->len, b))
            return -1;
        *ts = a, *te = b;
        return 0;
    }
    if (m->same) {
        if ((size_t)e > m->len || !utf8_boundary(m->text, m->len, s) || !utf8_boundary(m->text, m->len, e)) return -1;
        *ts = s, *te = e;
        return 0;
    }
    const anchor *in = NULL, *close = NULL;
    for (size_t i = 0; i < m->na; i++) {
        const anchor *x = &m->a[i];
        if (x->in_start == s && x->in_end == e) {    /* an evidence sentence itself */
            *ts = x->at, *te = x->at_end;
            return 0;
        }
        if (s >= x->in_start && e <= x->in_end && !in) in = x;
        if (!close || labs(x->in_start - s) < labs(close->in_start - s)) close = x;
    }
    if (!nc) return -1;
    if (in) return nearest(m, in->at, in->at_end, s - in->in_start + in->at, cands, nc, ts, te);
    if (close) {
        long guess = s - close->in_start + close->at;
        return nearest(m, guess - 600, guess + 600, guess, cands, nc, ts, te);
    }
    return -1;
}

static json_object *span_json(long s, long e)
{
    json_object *o = json_object_new_object();
    json_object_object_add(o, "start", json_object_new_int64(s));
    json_object_object_add(o, "end", json_object_new_int64(e));
    return o;
}

static long jint(json_object *o, const char *k, long dflt)
{
    json_object *v;
    return json_object_object_get_ex(o, k, &v) && v ? (long)json_object_get_int64(v) : dflt;
}

static const char *jstr(json_object *o, const char *k)
{
    json_object *v;
    return json_object_object_get_ex(o, k, &v) && v && json_object_is_type(v, json_type_string) ? json_object_get_string(v)
                                                                                               : NULL;
}

/* the evidence of every event, agreement and relation, and where it is */
static void build_anchors(mapper *m, json_object *rec)
{
    static const char *const lists[] = {"events", "agreements", "relations"};
    /* same offsets when every evidence is where the record says */
    int all = 1, any = 0;
    for (int l = 0; l < 3; l++) {
        json_object *arr;
        if (!json_object_object_get_ex(rec, lists[l], &arr) || !json_object_is_type(arr, json_type_array)) continue;
        long cursor = 0;
        for (size_t i = 0; i < json_object_array_length(arr); i++) {
            json_object *ev;
            if (!json_object_object_get_ex(json_object_array_get_idx(arr, i), "evidence", &ev) || !ev) continue;
            long s = jint(ev, "start", -1), e = jint(ev, "end", -1);
            const char *txt = jstr(ev, "text");
            if (!txt) continue;
            any = 1;
            size_t tl = strlen(txt);
            if (s < 0 || e < s || (size_t)e > m->len || (size_t)(e - s) != tl || memcmp(m->text + s, txt, tl) != 0) all = 0;
            if (!tl || s < 0 || e < s) continue;
            /* the next occurrence after the last one found, else the first */
            const char *f = (size_t)cursor < m->len ? memmem(m->text + cursor, m->len - (size_t)cursor, txt, tl) : NULL;
            if (!f) f = memmem(m->text, m->len, txt, tl);
            if (!f) continue;
            if (m->na % 16 == 0) m->a = att_xrealloc(m->a, (m->na + 16) * sizeof *m->a);
            anchor *x = &m->a[m->na++];
            x->in_start = s, x->in_end = e;
            x->at = f - m->text, x->at_end = x->at + (long)tl;
            cursor = x->at;
        }
    }
    m->same = all || !any;
}

static void add_mapped_span(json_object *o, const char *key, const mapper *m, json_object *span_obj,
                            const char *const *cands, size_t nc)
{
    long s = jint(span_obj, "start", -1), e = jint(span_obj, "end", -1), ts, te;
    json_object_object_add(o, key, map_span(m, s, e, cands, nc, &ts, &te) == 0 ? span_json(ts, te) : NULL);
}

static int get_document(att_store *st, const char *id, char **body, size_t *len)
{
    att_stmt *s = att_db_prepare(st->db, "SELECT d.id, d.lang, d.published, d.published_from, d.source, d.url, d.title, "
                                         "d.countries, d.body, d.record, d.ingested_at, d.text_map FROM documents d WHERE d.id = ?");
    if (!s) return fail(body, len, 500, "store error: %s", att_db_error(st->db));
    att_stmt_text(s, 1, id);
    int k = att_stmt_step(s);
    if (k <= 0) {
        att_stmt_free(s);
        return k < 0 ? fail(body, len, 500, "store error: %s", att_db_error(st->db))
                     : fail(body, len, 404, "no document '%.120s'", id);
    }
    static const att_colspec cols[] = {{"", "id", 's'},    {"", "lang", 's'},  {"", "published", 's'},
                                       {"", "published_from", 's'}, {"", "source", 's'},
                                       {"", "url", 's'},   {"", "title", 's'}, {NULL, NULL, 0}};
    json_object *o = stmt_obj(s, cols);
    const char *cs = att_stmt_col_text(s, 7);
    json_object *countries = json_object_new_array();
    for (const char *p = cs ? cs : ""; *p;) {
        size_t n = strcspn(p, " ");
        if (n) json_object_array_add(countries, json_object_new_string_len(p, (int)n));
        p += n;
        while (*p == ' ') p++;
    }
    json_object_object_add(o, "countries", countries);
    const char *bt = att_stmt_col_text(s, 8);
    char *text = bt ? att_xstrdup(bt) : NULL;
    const char *rt = att_stmt_col_text(s, 9);
    json_object *rec = rt ? json_tokener_parse(rt) : NULL;
    const char *ing = att_stmt_col_text(s, 10);
    json_object_object_add(o, "ingested_at", ing ? json_object_new_string(ing) : NULL);
    const char *tm = att_stmt_col_text(s, 11);
    char *text_map = tm && *tm ? att_xstrdup(tm) : NULL;
    att_stmt_reset(s);
    att_stmt_free(s);

    /* the merged event each of the record's events went into */
    s = att_db_prepare(st->db, "SELECT m.idx, m.event FROM mentions m WHERE m.doc = ? ORDER BY m.idx");
    int64_t *evid = NULL;
    size_t nev = 0;
    if (s) {
        att_stmt_text(s, 1, id);
        while ((k = att_stmt_step(s)) == 1) {
            int64_t idx = att_stmt_col_int(s, 0);
            if (idx < 0 || idx > 1000000) continue;
            if ((size_t)idx >= nev) {
                evid = att_xrealloc(evid, ((size_t)idx + 1) * sizeof *evid);
                for (size_t i = nev; i <= (size_t)idx; i++) evid[i] = -1;
                nev = (size_t)idx + 1;
            }
            evid[idx] = att_stmt_col_int(s, 1);
        }
        att_stmt_free(s);
    }

    json_object_object_add(o, "text", text ? json_object_new_string(text) : NULL);
    mapper m = {text ? text : "", text ? strlen(text) : 0, 1, NULL, 0, NULL, 0};
    if (text && text_map) {
        if (parse_runs(&m, text_map) == 0) {
            m.same = 0;
        } else {
            free(m.r);
            m.r = NULL, m.nr = 0;
        }
    }
    if (rec && text && !m.r) build_anchors(&m, rec);
    json_object_object_add(o, "offsets", json_object_new_string(!text ? "none" : m.r ? "page" : m.same ? "input" : "mapped"));

    json_object *events = json_object_new_array(), *agreements = json_object_new_array(),
                *relations = json_object_new_array(), *persons = json_object_new_array(),
                *dates = json_object_new_array();
    json_object *arr;
    if (rec && json_object_object_get_ex(rec, "events", &arr) && json_object_is_type(arr, json_type_array)) {
        for (size_t i = 0; i < json_object_array_length(arr); i++) {
            json_object *e = json_object_get(json_object_array_get_idx(arr, i)), *ev;
            if (i < nev && evid[i] >= 0) {
                char b[32];
                snprintf(b, sizeof b, "%lld", (long long)evid[i]);
                json_object_object_add(e, "event", json_object_new_string(b));
            } else {
                json_object_object_add(e, "event", NULL);
            }
            if (json_object_object_get_ex(e, "evidence", &ev) && ev) add_mapped_span(e, "span", &m, ev, NULL, 0);
            else json_object_object_add(e, "span", NULL);
            json_object_array_add(events, e);
        }
    }
    static const char *const plain[] = {"agreements", "relations"};
    json_object *outs[] = {agreements, relations};
    for (int l = 0; l < 2; l++) {
        if (!rec || !json_object_object_get_ex(rec, plain[l], &arr) || !json_object_is_type(arr, json_type_array)) continue;
        for (size_t i = 0; i < json_object_array_length(arr); i++) {
            json_object *e = json_object_get(json_object_array_get_idx(arr, i)), *ev;
            if (json_object_object_get_ex(e, "evidence", &ev) && ev) add_mapped_span(e, "span", &m, ev, NULL, 0);
            else json_object_object_add(e, "span", NULL);
            json_object_array_add(outs[l], e);
        }
    }
    if (rec && json_object_object_get_ex(rec, "persons", &arr) && json_object_is_type(arr, json_type_array)) {
        for (size_t i = 0; i < json_object_array_length(arr); i++) {
            json_object *p = json_object_get(json_object_array_get_idx(arr, i)), *ms, *rs;
            json_object *spans = json_object_new_array();
            /* what a mention may hold, for a mapped document */
            const char *names[34];
            size_t nn = 0;
            names[nn++] = jstr(p, "native");
            names[nn++] = jstr(p, "name");
            json_object *al;
            if (json_object_object_get_ex(p, "aliases", &al) && json_object_is_type(al, json_type_array))
                for (size_t j = 0; j < json_object_array_length(al) && nn < 34; j++)
                    names[nn++] = json_object_get_string(json_object_array_get_idx(al, j));
            /* the surname alone, as later mentions write it */
            const char *nat = names[0] ? strrchr(names[0], ' ') : NULL;
            if (nat && nn < 34) names[nn++] = nat + 1;
            if (json_object_object_get_ex(p, "mentions", &ms) && json_object_is_type(ms, json_type_array)) {
                for (size_t j = 0; j < json_object_array_length(ms); j++) {
                    json_object *pair = json_object_array_get_idx(ms, j);
                    if (!json_object_is_type(pair, json_type_array) || json_object_array_length(pair) != 2) continue;
                    long a = (long)json_object_get_int64(json_object_array_get_idx(pair, 0));
                    long b = (long)json_object_get_int64(json_object_array_get_idx(pair, 1)), ts, te;
                    if (map_span(&m, a, b, names, nn, &ts, &te) == 0) json_object_array_add(spans, span_json(ts, te));
                }
            }
            json_object_object_add(p, "spans", spans);
            if (json_object_object_get_ex(p, "role_span", &rs) && rs && (m.same || m.r))
                add_mapped_span(p, "role_text_span", &m, rs, NULL, 0);
            json_object_array_add(persons, p);
        }
    }
    if (rec && json_object_object_get_ex(rec, "dates", &arr) && json_object_is_type(arr, json_type_array)) {
        for (size_t i = 0; i < json_object_array_length(arr); i++) {
            json_object *d = json_object_get(json_object_array_get_idx(arr, i));
            const char *dt = jstr(d, "text");
            add_mapped_span(d, "span", &m, d, &dt, dt ? 1 : 0);
            json_object_array_add(dates, d);
        }
    }
    json_object_object_add(o, "events", events);
    json_object_object_add(o, "agreements", agreements);
    json_object_object_add(o, "relations", relations);
    json_object_object_add(o, "persons", persons);
    json_object_object_add(o, "dates", dates);
    free(m.a);
    free(m.r);
    free(text_map);
    free(evid);
    free(text);
    json_object_put(rec);
    return finish(o, 200, body, len);
}

/* ------------------------------------------------------------ overview */

static int get_stats(att_store *st, char **body, size_t *len)
{
    att_store_counts c;
    att_error err;
    if (att_store_count(st, &c, &err) != 0) return store_fail(st, &err, body, len);
    json_object *o = json_object_new_object(), *co = json_object_new_object();
    json_object_object_add(o, "version", json_object_new_string(ATT_VERSION));
    json_object_object_add(o, "backend", json_object_new_string(att_store_backend(st)));
    json_object_object_add(o, "schema", json_object_new_int(att_store_schema_version(st)));
    json_object_object_add(co, "documents", json_object_new_int64(c.documents));
    json_object_object_add(co, "mentions", json_object_new_int64(c.mentions));
    json_object_object_add(co, "events", json_object_new_int64(c.events));
    json_object_object_add(co, "agreements", json_object_new_int64(c.agreements));
    json_object_object_add(co, "relations", json_object_new_int64(c.relations));
    json_object_object_add(co, "persons", json_object_new_int64(c.persons));
    json_object_object_add(co, "dates", json_object_new_int64(c.dates));
    json_object_object_add(o, "counts", co);
    /* the period the events cover, and the countries they name */
    att_stmt *s = att_db_prepare(st->db, "SELECT min(date_first), max(date_last) FROM events");
    if (!s) {
        json_object_put(o);
        return fail(body, len, 500, "store error: %s", att_db_error(st->db));
    }
    int k = att_stmt_step(s);
    const char *f = k == 1 ? att_stmt_col_text(s, 0) : NULL, *l = k == 1 ? att_stmt_col_text(s, 1) : NULL;
    json_object_object_add(o, "first", f ? json_object_new_string(f) : NULL);
    json_object_object_add(o, "last", l ? json_object_new_string(l) : NULL);
    att_stmt_reset(s);
    att_stmt_free(s);
    s = att_db_prepare(st->db, "SELECT c, count(*) FROM (SELECT src_country AS c FROM events UNION ALL "
                               "SELECT tgt_country AS c FROM events) x WHERE c IS NOT NULL GROUP BY c "
                               "ORDER BY count(*) DESC, c");
    if (!s) {
        json_object_put(o);
        return fail(body, len, 500, "store error: %s", att_db_error(st->db));
    }
    json_object *arr = json_object_new_array();
    while ((k = att_stmt_step(s)) == 1) {
        json_object *x = json_object_new_object();
        json_object_object_add(x, "code", json_object_new_string(att_stmt_col_text(s, 0)));
        json_object_object_add(x, "events", json_object_new_int64(att_stmt_col_int(s, 1)));
        json_object_array_add(arr, x);
    }
    att_stmt_free(s);
    json_object_object_add(o, "countries", arr);
    return finish(o, 200, body, len);
}

/* ------------------------------------------------------------ routing */

/* the segment after prefix ("/events/123" after "/events/" is "123") */
static const char *after(const char *path, const char *prefix)
{
    size_t n = strlen(prefix);
    return strncmp(path, prefix, n) == 0 && path[n] && !strchr(path + n, '/') ? path + n : NULL;
}

/* the same, the rest of the path whatever it holds (a document id may
 * hold '/', sent as %2F) */
static const char *after_all(const char *path, const char *prefix)
{
    size_t n = strlen(prefix);
    return strncmp(path, prefix, n) == 0 && path[n] ? path + n : NULL;
}

int att_api_get(att_store *st, const char *path, const att_api_param *params, size_t nparams, char **body, size_t *len)
{
    plist pl = {params, nparams};
    const char *rest;
    if (!path) path = "";
    /* a trailing slash is the same resource */
    char p[1024];
    size_t n = strlen(path);
    if (n >= sizeof p) return fail(body, len, 414, "path too long");
    memcpy(p, path, n + 1);
    while (n > 1 && p[n - 1] == '/') p[--n] = 0;
    static const char *const none[] = {NULL};
    char msg[512];
    if (strcmp(p, "/health") == 0 || strcmp(p, "/stats") == 0 || strcmp(p, "") == 0 || strcmp(p, "/") == 0) {
        if (check_params(&pl, none, msg, sizeof msg) != 0) return fail(body, len, 400, "%s", msg);
        return get_stats(st, body, len);
    }
    if (strcmp(p, "/events") == 0) {
        static const char *const known[] = {"country", "pair", "type", "quad", "from", "to", "person",
                                            "text", "doc", "limit", "offset", NULL};
        return get_list(st, "events", "events", EVENT_API_COLS, known, &pl, body, len);
    }
    if ((rest = after(p, "/events/"))) {
        if (check_params(&pl, none, msg, sizeof msg) != 0) return fail(body, len, 400, "%s", msg);
        return get_event(st, rest, body, len);
    }
    if (strcmp(p, "/dyads") == 0) return get_dyads(st, &pl, body, len);
    if ((rest = after(p, "/dyads/"))) return get_dyad(st, rest, &pl, body, len);
    if (strcmp(p, "/timeline") == 0) return get_timeline(st, &pl, body, len);
    if (strcmp(p, "/relations") == 0) return get_relations(st, &pl, body, len);
    if ((rest = after(p, "/relations/"))) return get_relation_history(st, rest, &pl, body, len);
    if (strcmp(p, "/agreements") == 0) {
        static const char *const known[] = {"country", "pair", "from", "to", "person", "text",
                                            "doc", "sector", "limit", "offset", NULL};
        return get_list(st, "agreements", "agreements", AGREEMENT_API_COLS, known, &pl, body, len);
    }
    if (strcmp(p, "/persons") == 0) return get_persons(st, &pl, body, len);
    if ((rest = after_all(p, "/persons/"))) return get_person(st, rest, &pl, body, len);
    if (strcmp(p, "/documents") == 0) {
        static const char *const known[] = {"country", "pair", "from", "to", "person", "text", "limit", "offset", NULL};
        return get_list(st, "documents", "documents", DOC_API_COLS, known, &pl, body, len);
    }
    if ((rest = after_all(p, "/documents/"))) {
        if (check_params(&pl, none, msg, sizeof msg) != 0) return fail(body, len, 400, "%s", msg);
        return get_document(st, rest, body, len);
    }
    return fail(body, len, 404, "no such endpoint: /api%.200s (see docs/API.md)", p);
}

/* ------------------------------------------------------------ writes */

static void put_field(att_buf *b, json_object *o)
{
    const char *s = json_object_to_json_string_ext(o, JFLAGS);
    att_buf_puts(b, s);
}

int att_api_post_documents(att_store *st, att_workspace *ws, const char *data, size_t n, char **body, size_t *len)
{
    if (!n) return fail(body, len, 400, "the request body is empty: send a JSON object {\"text\": ...} or an array of them");
    json_tokener *tok = json_tokener_new_ex(64);
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
    if (n > INT32_MAX) {
        json_tokener_free(tok);
        return fail(body, len, 413, "the request body is too large");
    }
    json_object *root = json_tokener_parse_ex(tok, data, (int)n);
    enum json_tokener_error je = json_tokener_get_error(tok);
    size_t used = json_tokener_get_parse_end(tok);
    if (!root && je == json_tokener_continue) {
        /* a number at the very end is complete only at the end of input */
        root = json_tokener_parse_ex(tok, "", 1);
        je = json_tokener_get_error(tok);
        used = n;
    }
    json_tokener_free(tok);
    if (!root || je != json_tokener_success) {
        json_object_put(root);
        if (je == json_tokener_continue) return fail(body, len, 400, "the request body is not JSON: it ends too early");
        return fail(body, len, 400, "the request body is not JSON: %s at byte %zu", json_tokener_error_desc(je), used);
    }
    for (size_t i = used; i < n; i++)
        if (!isspace((unsigned char)data[i])) {
            json_object_put(root);
            return fail(body, len, 400, "the request body is not JSON: extra data at byte %zu", i);
        }
    json_object *list = root, *inner;
    if (json_object_is_type(root, json_type_object) && json_object_object_get_ex(root, "documents", &inner)) list = inner;
    size_t count = json_object_is_type(list, json_type_array) ? json_object_array_length(list) : 1;
    if (!json_object_is_type(list, json_type_array) && !json_object_is_type(list, json_type_object)) {
        json_object_put(root);
        return fail(body, len, 400, "the request body is a JSON object {\"text\": ...} or an array of them");
    }
    if (count == 0 || count > MAX_POST_DOCS) {
        json_object_put(root);
        return fail(body, len, 400, "send 1 to %d documents at a time, not %zu", MAX_POST_DOCS, count);
    }
    /* check every document before anything is stored, and write them as
     * JSON Lines for the reader, which does what `attache ingest` does
     * with a line (ids from the content hash, UTF-8 repair, sizes) */
    static const char *const strs[] = {"id", "text", "published", "source", "url", "title", "lang", NULL};
    att_buf lines;
    att_buf_init(&lines);
    for (size_t i = 0; i < count; i++) {
        json_object *d = json_object_is_type(list, json_type_array) ? json_object_array_get_idx(list, i) : list;
        if (!json_object_is_type(d, json_type_object)) {
            att_buf_free(&lines);
            json_object_put(root);
            return fail(body, len, 400, "document %zu is not a JSON object", i);
        }
        json_object *t;
        if (!json_object_object_get_ex(d, "text", &t) || !json_object_is_type(t, json_type_string) ||
            json_object_get_string_len(t) == 0) {
            att_buf_free(&lines);
            json_object_put(root);
            return fail(body, len, 400, "document %zu has no \"text\" (a non-empty string)", i);
        }
        json_object *clean = json_object_new_object();
        json_object_object_foreach(d, key, val) {
            int known = 0;
            for (const char *const *k = strs; *k; k++) known |= strcmp(*k, key) == 0;
            if (!known) {
                json_object_put(clean);
                att_buf_free(&lines);
                char kb[64];
                snprintf(kb, sizeof kb, "%.60s", key);
                json_object_put(root);
                return fail(body, len, 400, "document %zu: unknown field \"%s\" (fields: id text published source url title lang)",
                            i, kb);
            }
            if (val && !json_object_is_type(val, json_type_string)) {
                json_object_put(clean);
                att_buf_free(&lines);
                char kb[64];
                snprintf(kb, sizeof kb, "%.60s", key);
                json_object_put(root);
                return fail(body, len, 400, "document %zu: \"%s\" is not a string", i, kb);
            }
            if (val) json_object_object_add(clean, key, json_object_get(val));
        }
        put_field(&lines, clean);
        att_buf_putc(&lines, '\n');
        json_object_put(clean);
    }
    json_object_put(root);

    att_error err;
    att_reader *rd = att_reader_open_buffer("request.jsonl", lines.p, lines.n, NULL, &err);
    if (!rd) {
        att_buf_free(&lines);
        return fail(body, len, 400, "%s", err.detail[0] ? err.detail : err.message);
    }
    json_object *results = json_object_new_array();
    att_doc **docs = att_xcalloc(count, sizeof *docs);
    char (*hashes)[33] = att_xcalloc(count, sizeof *hashes);
    int *state = att_xcalloc(count, sizeof *state);   /* -1 unchanged */
    size_t nd = 0;
    att_input in;
    int r;
    int status = 0;
    char msg[600] = "";
    while ((r = att_reader_next(rd, &in, &err)) != 0 && nd < count) {
        if (r < 0) {
            char b[512];
            snprintf(msg, sizeof msg, "document %zu: %s", nd, att_error_format(&err, b, sizeof b));
            status = 400;
            break;
        }
        att_input_hash(&in, hashes[nd]);
        int u = att_store_unchanged(st, in.id, hashes[nd]);
        if (u < 0) {
            snprintf(msg, sizeof msg, "store error: cannot read the store");
            status = 500;
            break;
        }
        att_error xe;
        docs[nd] = att_extract(ws, &in, &xe);
        state[nd] = u == 1 ? -1 : 0;
        nd++;
    }
    att_reader_free(rd);
    att_buf_free(&lines);
    /* one transaction for the request: all stored or none */
    for (size_t i = 0; i < nd && !status; i++) {
        if (state[i] == -1) continue;
        int k = att_store_put(st, docs[i], hashes[i], &err);
        if (k < 0) {
            char b[512];
            snprintf(msg, sizeof msg, "store error: %s", att_error_format(&err, b, sizeof b));
            status = 500;
            break;
        }
        state[i] = k;
    }
    int wrote = 0;
    for (size_t i = 0; i < nd; i++) wrote |= state[i] > 0;
    if (!status && wrote && att_store_commit(st, &err) != 0) {
        char b[512];
        snprintf(msg, sizeof msg, "store error: %s", att_error_format(&err, b, sizeof b));
        status = 500;
    }
    if (status) {
        att_store_rollback(st);
    } else {
        if (!wrote) att_store_rollback(st);   /* nothing to keep: close any batch */
        for (size_t i = 0; i < nd; i++) {
            json_object *o = json_object_new_object();
            const char *from = NULL;
            const char *pub = att_doc_published(docs[i], &from);
            json_object_object_add(o, "id", json_object_new_string(att_doc_id(docs[i])));
            json_object_object_add(o, "status", json_object_new_string(state[i] == -1 ? "unchanged"
                                                                       : state[i] == 2 ? "replaced"
                                                                       : state[i] == 1 ? "new" : "unchanged"));
            json_object_object_add(o, "lang", json_object_new_string(att_doc_lang(docs[i])));
            json_object_object_add(o, "published", pub ? json_object_new_string(pub) : NULL);
            /* how much was found: the lengths of the record's lists */
            json_object *rec = json_tokener_parse(att_doc_json(docs[i], NULL));
            static const char *const kinds[] = {"events", "agreements", "relations", "persons", "dates"};
            for (int k = 0; k < 5; k++) {
                json_object *a;
                long c = rec && json_object_object_get_ex(rec, kinds[k], &a) && json_object_is_type(a, json_type_array)
                             ? (long)json_object_array_length(a) : 0;
                json_object_object_add(o, kinds[k], json_object_new_int64(c));
            }
            json_object_put(rec);
            json_object_array_add(results, o);
        }
    }
    for (size_t i = 0; i < count; i++) att_doc_free(docs[i]);
    free(docs);
    free(hashes);
    free(state);
    if (status) {
        json_object_put(results);
        return fail(body, len, status, "%s", msg);
    }
    json_object *o = json_object_new_object();
    json_object_object_add(o, "documents", results);
    return finish(o, wrote ? 201 : 200, body, len);
}
