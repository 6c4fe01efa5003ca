/* query.c: `attache query`: filters into one prepared statement.  The SQL
 * is put together from fixed fragments only; every value the user gives
 * is a bound parameter. */
#include "store.h"

#include "../util/util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef att_colspec colspec;

static const colspec EVENT_COLS[] = {
    {"e.id", "id", 'i'},
    {"e.date", "date", 's'},
    {"e.type", "type", 's'},
    {"e.mode", "mode", 's'},
    {"e.quad", "quad", 'i'},
    {"e.cameo", "cameo", 's'},
    {"e.goldstein", "goldstein", 'f'},
    {"e.src_country", "source", 's'},
    {"e.src_name", "source_name", 's'},
    {"e.tgt_country", "target", 's'},
    {"e.tgt_name", "target_name", 's'},
    {"e.place_name", "place", 's'},
    {"e.n_mentions", "mentions", 'i'},
    {"e.n_sources", "sources", 'i'},
    {"e.n_articles", "articles", 'i'},
    {"e.context", "context", 's'},
    {"e.confidence", "confidence", 'f'},
    {"e.first_doc", "first_doc", 's'},
    {NULL, NULL, 0},
};

static const colspec MENTION_COLS[] = {
    {"m.id", "id", 'i'},
    {"m.event", "event", 'i'},
    {"m.doc", "doc", 's'},
    {"m.idx", "idx", 'i'},
    {"m.sentence", "sentence", 'i'},
    {"m.date", "date", 's'},
    {"m.type", "type", 's'},
    {"m.mode", "mode", 's'},
    {"m.context", "context", 's'},
    {"m.cameo", "cameo", 's'},
    {"m.goldstein", "goldstein", 'f'},
    {"m.src_country", "source", 's'},
    {"m.src_name", "source_name", 's'},
    {"m.tgt_country", "target", 's'},
    {"m.tgt_name", "target_name", 's'},
    {"m.place_name", "place", 's'},
    {"m.ev_start", "start", 'i'},
    {"m.ev_end", "end", 'i'},
    {"m.evidence", "evidence", 's'},
    {"m.confidence", "confidence", 'f'},
    {"m.published", "published", 's'},
    {"m.source_key", "outlet", 's'},
    {NULL, NULL, 0},
};

static const colspec DOC_COLS[] = {
    {"d.id", "id", 's'},
    {"d.lang", "lang", 's'},
    {"d.published", "published", 's'},
    {"d.published_from", "published_from", 's'},
    {"d.source", "source", 's'},
    {"d.url", "url", 's'},
    {"d.title", "title", 's'},
    {"d.countries", "countries", 's'},
    {"(SELECT count(*) FROM mentions m WHERE m.doc = d.id)", "events", 'i'},
    {NULL, NULL, 0},
};

static const colspec AGREEMENT_COLS[] = {
    {"a.doc", "doc", 's'},
    {"a.idx", "idx", 'i'},
    {"a.date", "date", 's'},
    {"a.kind", "kind", 's'},
    {"a.sector", "sector", 's'},
    {"a.countries", "countries", 's'},
    {"a.title", "title", 's'},
    {"a.place_name", "place", 's'},
    {"a.evidence", "evidence", 's'},
    {NULL, NULL, 0},
};

static const colspec RELATION_COLS[] = {
    {"r.doc", "doc", 's'},
    {"r.idx", "idx", 'i'},
    {"r.country_a", "country_a", 's'},
    {"r.country_b", "country_b", 's'},
    {"r.level", "level", 's'},
    {"r.since", "since", 's'},
    {"r.evidence", "evidence", 's'},
    {NULL, NULL, 0},
};

static const colspec PERSON_COLS[] = {
    {"p.doc", "doc", 's'},
    {"p.idx", "idx", 'i'},
    {"p.name", "name", 's'},
    {"p.native", "native", 's'},
    {"p.country", "country", 's'},
    {"p.role", "role", 's'},
    {NULL, NULL, 0},
};

struct att_rows {
    att_store *st;
    att_stmt *s;
    const colspec *cols;
    int ncols;
    char err[512];
};

/* bound values, in order */
typedef struct {
    char *v[64];
    char isint[64];
    int n;
} params;

static void p_add(params *p, const char *v)
{
    if (p->n < 64) p->isint[p->n] = 0, p->v[p->n++] = att_xstrdup(v);
}

static void p_add_int(params *p, const char *v)
{
    if (p->n < 64) p->isint[p->n] = 1, p->v[p->n++] = att_xstrdup(v);
}

static void p_free(params *p)
{
    for (int i = 0; i < p->n; i++) free(p->v[i]);
}

static int valid_code(const char *c)
{
    size_t n = strlen(c);
    if (n < 2 || n > 8) return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)c[i]) && c[i] != '_') return 0;
    return 1;
}

/* the FTS5 query for a folded text: every word, each quoted */
static char *fts5_query(const char *folded)
{
    att_buf b;
    att_buf_init(&b);
    const unsigned char *p = (const unsigned char *)folded;
    while (*p) {
        while (*p && !(isalnum(*p) || *p >= 0x80)) p++;
        if (!*p) break;
        if (b.n) att_buf_putc(&b, ' ');
        att_buf_putc(&b, '"');
        while (*p && (isalnum(*p) || *p >= 0x80)) att_buf_putc(&b, (char)*p++);
        att_buf_putc(&b, '"');
    }
    if (!b.n) {
        att_buf_free(&b);
        return NULL;
    }
    return att_buf_detach(&b, NULL);
}

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

#define USAGE(...)                                                                                          \
    do {                                                                                                    \
        snprintf(msg, sizeof msg, __VA_ARGS__);                                                             \
        goto usage;                                                                                         \
    } while (0)

att_rows *att_store_query(att_store *st, const att_query *q, att_error *err)
{
    return att_store_query_cols(st, q, NULL, err);
}

att_rows *att_store_query_cols(att_store *st, const att_query *q, const att_colspec *cols_in, att_error *err)
{
    static const att_query none;
    if (!q) q = &none;
    char msg[256];
    const char *what = q->what ? q->what : "events";
    const colspec *cols;
    char t;        /* table alias */
    if (strcmp(what, "events") == 0) cols = EVENT_COLS, t = 'e';
    else if (strcmp(what, "mentions") == 0) cols = MENTION_COLS, t = 'm';
    else if (strcmp(what, "documents") == 0) cols = DOC_COLS, t = 'd';
    else if (strcmp(what, "agreements") == 0) cols = AGREEMENT_COLS, t = 'a';
    else if (strcmp(what, "relations") == 0) cols = RELATION_COLS, t = 'r';
    else if (strcmp(what, "persons") == 0) cols = PERSON_COLS, t = 'p';
    else {
        att_store_error(err, ATT_ERR_USAGE, "query",
                        "what to list is events, mentions, documents, agreements, relations or persons");
        return NULL;
    }
    if (cols_in) cols = cols_in;
    int pg = att_db_kind(st->db) == ATT_DB_PG;
    params P = {{0}, {0}, 0};
    att_buf sql;
    att_buf_init(&sql);
    att_buf_puts(&sql, "SELECT ");
    int ncols = 0;
    for (const colspec *c = cols; c->expr; c++, ncols++) att_buf_printf(&sql, "%s%s", ncols ? ", " : "", c->expr);
    static const char *const from[] = {"e", "events e", "m", "mentions m", "d", "documents d", "a", "agreements a",
                                       "r", "relations r", "p", "persons p"};
    for (size_t i = 0; i < sizeof from / sizeof *from; i += 2)
        if (from[i][0] == t) att_buf_printf(&sql, " FROM %s WHERE 1 = 1", from[i + 1]);
    /* the document column of each table, for document-level filters */
    const char *docref = t == 'e' ? NULL : t == 'd' ? "d.id" : t == 'm' ? "m.doc" : t == 'a' ? "a.doc" : t == 'r' ? "r.doc" : "p.doc";
    int evlike = t == 'e' || t == 'm';
    /* events reach documents through their mentions */
#define DOCS_OF(cond)                                                                                       \
    do {                                                                                                    \
        if (docref) att_buf_printf(&sql, " AND %s IN (SELECT d2.id FROM documents d2 WHERE %s)", docref, cond); \
        else att_buf_printf(&sql, " AND EXISTS (SELECT 1 FROM mentions m2 WHERE m2.event = e.id AND m2.doc IN " \
                                  "(SELECT d2.id FROM documents d2 WHERE %s))", cond);                      \
    } while (0)

    const char *pairv[2] = {NULL, NULL};
    char pa[16] = "", pb[16] = "";
    if (q->pair) {
        const char *comma = strpbrk(q->pair, ",-/ ");
        if (!comma || comma - q->pair >= (long)sizeof pa || strlen(comma + 1) >= sizeof pb)
            USAGE("--pair wants two country codes, as RUS,VNM");
        memcpy(pa, q->pair, (size_t)(comma - q->pair));
        snprintf(pb, sizeof pb, "%s", comma + 1);
        if (!valid_code(pa) || !valid_code(pb)) USAGE("--pair wants two country codes, as RUS,VNM");
        for (char *x = pa; *x; x++) *x = (char)toupper((unsigned char)*x);
        for (char *x = pb; *x; x++) *x = (char)toupper((unsigned char)*x);
        pairv[0] = pa, pairv[1] = pb;
    }
    char cc[16] = "";
    if (q->country) {
        if (!valid_code(q->country) || strlen(q->country) >= sizeof cc) USAGE("--country wants a country code, as VNM");
        snprintf(cc, sizeof cc, "%s", q->country);
        for (char *x = cc; *x; x++) *x = (char)toupper((unsigned char)*x);
    }

    if (q->country) {
        if (evlike) {
            att_buf_printf(&sql, " AND (%c.src_country = ? OR %c.tgt_country = ?)", t, t);
            p_add(&P, cc), p_add(&P, cc);
        } else if (t == 'd') {
            att_buf_puts(&sql, " AND EXISTS (SELECT 1 FROM doc_countries c WHERE c.doc = d.id AND c.country = ?)");
            p_add(&P, cc);
        } else if (t == 'a') {
            att_buf_puts(&sql, " AND EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.doc = a.doc AND ap.idx = a.idx "
                               "AND ap.country = ?)");
            p_add(&P, cc);
        } else if (t == 'r') {
            att_buf_puts(&sql, " AND (r.country_a = ? OR r.country_b = ?)");
            p_add(&P, cc), p_add(&P, cc);
        } else {
            att_buf_puts(&sql, " AND p.country = ?");
            p_add(&P, cc);
        }
    }
    if (pairv[0]) {
        if (evlike || t == 'r') {
            const char *a = evlike ? "src_country" : "country_a", *b = evlike ? "tgt_country" : "country_b";
            att_buf_printf(&sql, " AND ((%c.%s = ? AND %c.%s = ?) OR (%c.%s = ? AND %c.%s = ?))", t, a, t, b, t, a, t, b);
            p_add(&P, pa), p_add(&P, pb), p_add(&P, pb), p_add(&P, pa);
        } else if (t == 'a') {
            for (int i = 0; i < 2; i++) {
                att_buf_puts(&sql, " AND EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.doc = a.doc AND ap.idx = "
                                   "a.idx AND ap.country = ?)");
                p_add(&P, pairv[i]);
            }
        } else if (t == 'd') {
            for (int i = 0; i < 2; i++) {
                att_buf_puts(&sql, " AND EXISTS (SELECT 1 FROM doc_countries c WHERE c.doc = d.id AND c.country = ?)");
                p_add(&P, pairv[i]);
            }
        } else {
            USAGE("--pair does not apply to persons");
        }
    }
    if (q->types) {
        if (!evlike) USAGE("--type applies to events and mentions");
        att_buf_printf(&sql, " AND %c.type IN (", t);
        const char *p = q->types;
        int k = 0;
        while (*p) {
            size_t n = strcspn(p, ", ");
            if (n) {
                char ty[32];
                if (n >= sizeof ty) USAGE("unknown PLOVER type '%.*s'", (int)n, p);
                for (size_t i = 0; i < n; i++) ty[i] = (char)toupper((unsigned char)p[i]);
                ty[n] = 0;
                if (!att_plover_quad(ty)) USAGE("unknown PLOVER type '%s'", ty);
                att_buf_puts(&sql, k++ ? ", ?" : "?");
                p_add(&P, ty);
            }
            p += n;
            while (*p == ',' || *p == ' ') p++;
        }
        if (!k) USAGE("--type wants PLOVER types, as CONSULT,AGREE");
        att_buf_putc(&sql, ')');
    }
    if (q->quad) {
        if (!evlike) USAGE("--quad applies to events and mentions");
        if (q->quad < 1 || q->quad > 4) USAGE("--quad is 1 to 4");
        char v[4];
        snprintf(v, sizeof v, "%d", q->quad);
        att_buf_printf(&sql, " AND %c.quad = ?", t);
        p_add_int(&P, v);
    }
    if (q->from || q->to) {
        char f[11], l[11], x[11];
        if (q->from && att_date_span(q->from, f, x) != 0) USAGE("--from wants a date, as 2025-11 or 2025-11-03");
        if (q->to && att_date_span(q->to, x, l) != 0) USAGE("--to wants a date, as 2025-12 or 2025-12-31");
        if (evlike || t == 'a') {
            if (q->from) att_buf_printf(&sql, " AND %c.date_last >= ?", t), p_add(&P, f);
            if (q->to) att_buf_printf(&sql, " AND %c.date_first <= ?", t), p_add(&P, l);
        } else {
            if (q->from) {
                DOCS_OF("d2.published >= ?");
                p_add(&P, f);
            }
            if (q->to) {
                DOCS_OF("substr(d2.published, 1, 10) <= ?");
                p_add(&P, l);
            }
        }
    }
    if (q->person) {
        char *pat = like_pattern(q->person);
        if (t == 'e')
            att_buf_puts(&sql, " AND EXISTS (SELECT 1 FROM mentions m2 WHERE m2.event = e.id AND m2.actor_key LIKE ? "
                               "ESCAPE '\\')");
        else if (t == 'm') att_buf_puts(&sql, " AND m.actor_key LIKE ? ESCAPE '\\'");
        else if (t == 'p') att_buf_puts(&sql, " AND p.name_key LIKE ? ESCAPE '\\'");
        else att_buf_printf(&sql, " AND %s IN (SELECT p2.doc FROM persons p2 WHERE p2.name_key LIKE ? ESCAPE '\\')", docref);
        p_add(&P, pat);
        free(pat);
    }
    if (q->text) {
        char *f = att_fold(q->text, strlen(q->text));
        char *fq = fts5_query(f);
        if (!fq) {
            free(f);
            USAGE("--text wants at least one word");
        }
        if (pg) {
            DOCS_OF("d2.search @@ plainto_tsquery('simple', ?)");
            p_add(&P, f);
        } else {
            DOCS_OF("d2.key IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)");
            p_add(&P, fq);
        }
        free(f);
        free(fq);
    }
    if (q->doc) {
        if (t == 'e') att_buf_puts(&sql, " AND EXISTS (SELECT 1 FROM mentions m2 WHERE m2.event = e.id AND m2.doc = ?)");
        else att_buf_printf(&sql, " AND %s = ?", docref);
        p_add(&P, q->doc);
    }
    if (q->sector) {
        if (t != 'a') USAGE("--sector applies to agreements");
        att_buf_puts(&sql, " AND a.sector = ?");
        p_add(&P, q->sector);
    }
    /* the same order from both back ends: NULLs last, bytewise text */
    const char *C = pg ? " COLLATE \"C\"" : "";
    switch (t) {
    case 'e':
        att_buf_printf(&sql, " ORDER BY (e.date_first IS NULL), e.date_first%s, e.type%s, COALESCE(e.src_country, '')%s, "
                             "COALESCE(e.tgt_country, '')%s, e.id", C, C, C, C);
        break;
    case 'm': att_buf_printf(&sql, " ORDER BY m.doc%s, m.idx", C); break;
    case 'd': att_buf_printf(&sql, " ORDER BY (d.published IS NULL), d.published%s, d.id%s", C, C); break;
    default: att_buf_printf(&sql, " ORDER BY %c.doc%s, %c.idx", t, C, t); break;
    }
    if (q->limit > 0) {
        char v[32];
        snprintf(v, sizeof v, "%lld", q->limit);
        att_buf_puts(&sql, " LIMIT ?");
        p_add_int(&P, v);
    }
    if (q->offset > 0) {
        char v[32];
        snprintf(v, sizeof v, "%lld", q->offset);
        att_buf_puts(&sql, q->limit > 0 ? " OFFSET ?" : (pg ? " OFFSET ?" : " LIMIT -1 OFFSET ?"));
        p_add_int(&P, v);
    }
    att_stmt *s = att_db_prepare(st->db, sql.p);
    att_buf_free(&sql);
    if (!s) {
        att_store_error(err, ATT_ERR_IO, st->url, att_db_error(st->db));
        p_free(&P);
        return NULL;
    }
    for (int i = 0; i < P.n; i++) {
        if (P.isint[i]) att_stmt_int(s, i + 1, strtoll(P.v[i], NULL, 10));
        else att_stmt_text(s, i + 1, P.v[i]);
    }
    p_free(&P);
    att_rows *r = att_xcalloc(1, sizeof *r);
    r->st = st;
    r->s = s;
    r->cols = cols;
    r->ncols = ncols;
    return r;
usage:
    att_buf_free(&sql);
    p_free(&P);
    att_store_error(err, ATT_ERR_USAGE, "query", msg);
    return NULL;
}

int att_rows_next(att_rows *r)
{
    int k = att_stmt_step(r->s);
    if (k < 0) snprintf(r->err, sizeof r->err, "%s", att_db_error(r->st->db));
    return k;
}

int att_rows_ncols(const att_rows *r) { return r->ncols; }
const char *att_rows_name(const att_rows *r, int col) { return col >= 0 && col < r->ncols ? r->cols[col].name : NULL; }
char att_rows_type(const att_rows *r, int col) { return col >= 0 && col < r->ncols ? r->cols[col].type : 's'; }
const char *att_rows_value(att_rows *r, int col) { return att_stmt_col_text(r->s, col); }
const char *att_rows_error(const att_rows *r) { return r->err; }

void att_rows_free(att_rows *r)
{
    if (!r) return;
    att_stmt_reset(r->s);
    att_stmt_free(r->s);
    free(r);
}
