/* store.c: opening and migrating the store, and ingest: one document's
 * record into rows, idempotent by id + content hash, replaced whole in one
 * transaction when its text changes. */
#include "store.h"

#include "../core/doc.h"

#include <ctype.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <utf8proc.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

extern const char att_schema_sql[];
extern const size_t att_schema_sql_len;

/* ------------------------------------------------------------- helpers */

void att_store_error(att_error *err, att_status code, const char *what, const char *detail)
{
    if (!err) return;
    memset(err, 0, sizeof *err);
    err->code = code;
    err->message = code == ATT_ERR_USAGE ? "invalid query" : "store error";
    snprintf(err->input, sizeof err->input, "%.500s", what ? what : "store");
    snprintf(err->detail, sizeof err->detail, "%.250s", detail ? detail : "");
}

uint64_t att_hash63(const char *s, size_t n) { return XXH3_64bits(s, n) & 0x7fffffffffffffffULL; }

char *att_fold(const char *s, size_t n)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &out,
                                      UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    if (r < 0 || !out) {
        free(out);
        return att_xstrndup(s, n);
    }
    /* đ (U+0111, what Đ folds to) is a letter of its own in Unicode, a d
     * to a reader searching without diacritics */
    char *o = (char *)out, *w = o;
    for (char *p = o; *p;) {
        if ((unsigned char)p[0] == 0xC4 && (unsigned char)p[1] == 0x91) {
            *w++ = 'd';
            p += 2;
        } else {
            *w++ = *p++;
        }
    }
    *w = 0;
    return o;
}

static int days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return d[m - 1];
}

/* days since 1970-01-01 (H. Hinnant's algorithm) */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

static void fmt_day(char out[11], long days)
{
    int y, m, d;
    civil_from_days(days, &y, &m, &d);
    char tmp[48];
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", ((y % 10000) + 10000) % 10000, m % 100, d % 100);
    memcpy(out, tmp, 10);
    out[10] = 0;
}

static int num(const char *s, int n, int *v)
{
    *v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i])) return -1;
        *v = *v * 10 + (s[i] - '0');
    }
    return 0;
}

/* one side of a date value: first and last day as day numbers */
static int span1(const char *s, size_t n, long *first, long *last)
{
    int y, m, d;
    if (n < 4 || num(s, 4, &y) != 0) return -1;
    if (n == 4) {
        *first = days_from_civil(y, 1, 1), *last = days_from_civil(y, 12, 31);
        return 0;
    }
    if (s[4] != '-') return -1;
    if (n == 8 && (s[5] == 'W' || s[5] == 'w')) {
        int w;
        if (num(s + 6, 2, &w) != 0 || w < 1 || w > 53) return -1;
        long jan4 = days_from_civil(y, 1, 4);
        long wd = ((jan4 + 3) % 7 + 7) % 7;     /* 1970-01-01 was a Thursday: 0 = Monday */
        long monday = jan4 - wd + 7L * (w - 1);
        *first = monday, *last = monday + 6;
        return 0;
    }
    if (n < 7 || num(s + 5, 2, &m) != 0 || m < 1 || m > 12) return -1;
    if (n == 7) {
        *first = days_from_civil(y, m, 1), *last = days_from_civil(y, m, days_in_month(y, m));
        return 0;
    }
    if (n != 10 || s[7] != '-' || num(s + 8, 2, &d) != 0 || d < 1 || d > days_in_month(y, m)) return -1;
    *first = *last = days_from_civil(y, m, d);
    return 0;
}

int att_date_span(const char *v, char first[11], char last[11])
{
    if (!v || !*v) return -1;
    const char *slash = strchr(v, '/');
    long f, l, f2, l2;
    if (slash) {
        if (span1(v, (size_t)(slash - v), &f, &l) != 0 || span1(slash + 1, strlen(slash + 1), &f2, &l2) != 0) return -1;
        l = l2;
        if (l < f) return -1;
    } else if (span1(v, strlen(v), &f, &l) != 0) {
        return -1;
    }
    fmt_day(first, f);
    fmt_day(last, l);
    return 0;
}

long att_date_days(const char *first, const char *last)
{
    long f, l, x;
    if (span1(first, strlen(first), &f, &x) != 0 || span1(last, strlen(last), &x, &l) != 0) return -1;
    return l - f + 1;
}

int att_plover_quad(const char *type)
{
    static const char *const q[4][6] = {
        {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", NULL, NULL},
        {"COOPERATE", "AID", "RETREAT", NULL, NULL, NULL},
        {"REQUEST", "ACCUSE", "REJECT", "THREATEN", NULL, NULL},
        {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", NULL},
    };
    if (!type) return 0;
    for (int i = 0; i < 4; i++)
        for (int j = 0; q[i][j]; j++)
            if (strcmp(q[i][j], type) == 0) return i + 1;
    return 0;
}

/* --------------------------------------------------------- statements */

static char *ins_sql(const char *table, const char *cols, const char *last_value)
{
    att_buf b;
    att_buf_init(&b);
    att_buf_printf(&b, "INSERT INTO %s (%s) VALUES (", table, cols);
    int n = 1;
    for (const char *p = cols; *p; p++) n += *p == ',';
    for (int i = 0; i < n; i++) {
        if (i == n - 1 && last_value) att_buf_printf(&b, "%s%s", i ? ", " : "", last_value);
        else att_buf_puts(&b, i ? ", ?" : "?");
    }
    att_buf_putc(&b, ')');
    return att_buf_detach(&b, NULL);
}

#define MENTION_COLS                                                                                         \
    "id, doc, idx, event, block, mergeable, sentence, type, mode, context, cameo, goldstein, quad, "          \
    "src_country, src_name, src_role, src_sector, tgt_country, tgt_name, tgt_role, tgt_sector, date, "        \
    "date_first, date_last, place_name, place_country, lat, lon, ev_start, ev_end, evidence, trig_start, "    \
    "trig_end, trigger_text, confidence, published, source_key, actor_key"
#define EVENT_COLS                                                                                           \
    "id, block, type, mode, context, cameo, goldstein, quad, src_country, src_name, src_role, src_sector, "   \
    "tgt_country, tgt_name, tgt_role, tgt_sector, date, date_first, date_last, place_name, place_country, "   \
    "lat, lon, confidence, n_mentions, n_sources, n_articles, first_doc, first_sentence, published"
#define DOC_COLS                                                                                             \
    "id, key, content_hash, extractor, lang, published, published_from, source, url, title, source_key, "     \
    "countries, text_len, body, record, ingested_at, text_map"

att_stmt *att_store_stmt(att_store *st, int which)
{
    if (st->q[which]) return st->q[which];
    int pg = att_db_kind(st->db) == ATT_DB_PG;
    char *owned = NULL;
    const char *sql = NULL;
    switch (which) {
    case Q_UNCHANGED: sql = "SELECT 1 FROM documents WHERE id = ? AND content_hash = ? AND extractor = ?"; break;
    case Q_DOC_HASH: sql = "SELECT content_hash, extractor, key FROM documents WHERE id = ?"; break;
    case Q_DOC_MENTIONS:
        sql = "SELECT DISTINCT event, block, date_first, date_last, mergeable FROM mentions WHERE doc = ?";
        break;
    case Q_DEL_EVENT: sql = "DELETE FROM events WHERE id = ?"; break;
    case Q_DEL_MENTIONS: sql = "DELETE FROM mentions WHERE doc = ?"; break;
    case Q_DEL_PARTIES: sql = "DELETE FROM agreement_parties WHERE doc = ?"; break;
    case Q_DEL_AGREEMENTS: sql = "DELETE FROM agreements WHERE doc = ?"; break;
    case Q_DEL_RELATIONS: sql = "DELETE FROM relations WHERE doc = ?"; break;
    case Q_DEL_PERSONS: sql = "DELETE FROM persons WHERE doc = ?"; break;
    case Q_DEL_DATES: sql = "DELETE FROM dates WHERE doc = ?"; break;
    case Q_DEL_COUNTRIES: sql = "DELETE FROM doc_countries WHERE doc = ?"; break;
    case Q_DEL_FTS: sql = pg ? "SELECT ?" : "DELETE FROM documents_fts WHERE rowid = ?"; break;
    case Q_DEL_DOC: sql = "DELETE FROM documents WHERE id = ?"; break;
    case Q_INS_DOC:
        sql = owned = pg ? ins_sql("documents", DOC_COLS ", search", "to_tsvector('simple', ?)")
                         : ins_sql("documents", DOC_COLS, NULL);
        break;
    case Q_INS_FTS: sql = pg ? "SELECT ?, ?, ?" : "INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)"; break;
    case Q_INS_COUNTRY: sql = "INSERT INTO doc_countries (doc, country) VALUES (?, ?)"; break;
    case Q_INS_MENTION: sql = owned = ins_sql("mentions", MENTION_COLS, NULL); break;
    case Q_INS_EVENT: sql = owned = ins_sql("events", EVENT_COLS, NULL); break;
    case Q_INS_AGREEMENT:
        sql = owned = ins_sql("agreements",
                              "doc, idx, kind, sector, title, date, date_first, date_last, place_name, "
                              "place_country, ev_start, ev_end, evidence, countries",
                              NULL);
        break;
    case Q_INS_PARTY: sql = owned = ins_sql("agreement_parties", "doc, idx, n, country, org", NULL); break;
    case Q_INS_RELATION:
        sql = owned = ins_sql("relations", "doc, idx, country_a, country_b, level, since, ev_start, ev_end, evidence",
                              NULL);
        break;
    case Q_INS_PERSON:
        sql = owned = ins_sql("persons", "doc, idx, name, native, country, role, aliases, mentions, name_key", NULL);
        break;
    case Q_INS_DATE: sql = owned = ins_sql("dates", "doc, idx, span_start, span_end, text, value", NULL); break;
    case Q_PREFETCH: {
        att_buf b;
        att_buf_init(&b);
        att_buf_puts(&b, "SELECT id, content_hash, extractor, key FROM documents WHERE id IN (");
        for (int i = 0; i < ATT_PREFETCH; i++) att_buf_puts(&b, i ? ", ?" : "?");
        att_buf_putc(&b, ')');
        sql = owned = att_buf_detach(&b, NULL);
        break;
    }
    case Q_REGION_ROWS:
        sql = "SELECT id, event, doc, block, type, mode, context, cameo, goldstein, quad, src_country, src_name, "
              "src_role, src_sector, tgt_country, tgt_name, tgt_role, tgt_sector, date, date_first, date_last, "
              "place_name, place_country, lat, lon, confidence, published, source_key, sentence FROM mentions "
              "WHERE block = ? AND mergeable = 1 AND date_first <= ? AND date_last >= ?";
        break;
    case Q_SET_EVENT: sql = "UPDATE mentions SET event = ? WHERE id = ?"; break;
    }
    st->q[which] = att_db_prepare(st->db, sql);
    free(owned);
    return st->q[which];
}

static void forget_known(att_store *st);

/* ------------------------------------------------------- open, migrate */

static int schema_version(att_store *st)
{
    att_stmt *s = att_db_prepare(st->db, "SELECT max(version) FROM attache_schema");
    if (!s) return -1;
    int v = 0;
    if (att_stmt_step(s) == 1) v = (int)att_stmt_col_int(s, 0);
    att_stmt_reset(s);
    att_stmt_free(s);
    return v;
}

/* Runs the statements of one migration for this back end. */
static int run_migration(att_store *st, const char *body, size_t len)
{
    int pg = att_db_kind(st->db) == ATT_DB_PG;
    att_buf stmt;
    att_buf_init(&stmt);
    int skip = 0, rc = 0;
    const char *p = body, *end = body + len;
    while (p < end && rc == 0) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        size_t n = (size_t)(le - p);
        const char *t = p;
        while (t < le && (*t == ' ' || *t == '\t')) t++;
        if (strncmp(t, "-- @sqlite", 10) == 0) skip = pg;
        else if (strncmp(t, "-- @postgres", 12) == 0) skip = !pg;
        else if (strncmp(t, "-- @end", 7) == 0) skip = 0;
        else if (!skip && !(le - t >= 2 && t[0] == '-' && t[1] == '-')) {
            /* strip a trailing comment */
            const char *c = NULL;
            char q = 0;
            for (const char *x = p; x < le; x++) {
                if (q) {
                    if (*x == q) q = 0;
                } else if (*x == '\'' || *x == '"') {
                    q = *x;
                } else if (x + 1 < le && x[0] == '-' && x[1] == '-') {
                    c = x;
                    break;
                }
            }
            size_t m = c ? (size_t)(c - p) : n;
            while (m && (p[m - 1] == ' ' || p[m - 1] == '\t' || p[m - 1] == '\r')) m--;
            if (m) {
                att_buf_put(&stmt, p, m);
                att_buf_putc(&stmt, '\n');
                if (p[m - 1] == ';') {
                    if (att_db_exec(st->db, stmt.p) != 0) rc = -1;
                    att_buf_reset(&stmt);
                }
            }
        }
        p = nl ? nl + 1 : end;
    }
    if (rc == 0 && stmt.n && att_db_exec(st->db, stmt.p) != 0) rc = -1;
    att_buf_free(&stmt);
    return rc;
}

/* the highest migration schema.sql defines */
static int latest_migration(void)
{
    static const char mark[] = "-- @migration ";
    int v = 0;
    for (const char *m = strstr(att_schema_sql, mark); m; m = strstr(m + 1, mark)) {
        int n = atoi(m + sizeof mark - 1);
        v = n > v ? n : v;
    }
    return v;
}

/* the stored version, or 0 when the store is new; no locks taken */
static int quick_version(att_store *st)
{
    const char *sql = att_db_kind(st->db) == ATT_DB_PG
                          ? "SELECT to_regclass('attache_schema') IS NOT NULL"
                          : "SELECT count(*) FROM sqlite_master WHERE name = 'attache_schema'";
    att_stmt *s = att_db_prepare(st->db, sql);
    int have = 0;
    if (s && att_stmt_step(s) == 1) {
        const char *v = att_stmt_col_text(s, 0);
        have = v && (v[0] == 't' || v[0] == '1');
        att_stmt_reset(s);
    }
    att_stmt_free(s);
    return have ? schema_version(st) : 0;
}

static int migrate(att_store *st, att_error *err)
{
    /* readers and writers of a store that is up to date take no lock here */
    int latest = latest_migration(), stored = quick_version(st);
    if (stored >= latest) {
        st->version = stored;
        if (stored > latest) {
            char msg[128];
            snprintf(msg, sizeof msg, "the store is at schema version %d; this attache knows up to %d", stored, latest);
            att_store_error(err, ATT_ERR_IO, st->url, msg);
            return -1;
        }
        return 0;
    }
    if (att_db_exec(st->db, "CREATE TABLE IF NOT EXISTS attache_schema (version INTEGER PRIMARY KEY, "
                            "description TEXT NOT NULL, applied_at TEXT NOT NULL)") != 0) {
        att_store_error(err, ATT_ERR_IO, st->url, att_db_error(st->db));
        return -1;
    }
    const char *s = att_schema_sql, *end = att_schema_sql + att_schema_sql_len;
    static const char mark[] = "-- @migration ";
    const char *m = strstr(s, mark);
    while (m) {
        int num = atoi(m + sizeof mark - 1);
        const char *colon = strchr(m, ':'), *nl = strchr(m, '\n');
        if (!nl) nl = end;
        char desc[256] = "";
        if (colon && colon < nl) {
            colon++;
            while (*colon == ' ') colon++;
            snprintf(desc, sizeof desc, "%.*s", (int)(nl - colon), colon);
        }
        const char *next = strstr(nl, mark);
        const char *body_end = next ? next : end;
        if (att_db_begin(st->db) != 0) {
            att_store_error(err, ATT_ERR_IO, st->url, att_db_error(st->db));
            return -1;
        }
        if (att_db_kind(st->db) == ATT_DB_PG) att_db_exec(st->db, "SELECT pg_advisory_xact_lock(7405)");
        int have = schema_version(st);
        if (have < 0) {
            att_store_error(err, ATT_ERR_IO, st->url, att_db_error(st->db));
            att_db_rollback(st->db);
            return -1;
        }
        if (num > have) {
            if (run_migration(st, nl, (size_t)(body_end - nl)) != 0) {
                char msg[256];
                snprintf(msg, sizeof msg, "migration %d: %s", num, att_db_error(st->db));
                att_db_rollback(st->db);
                att_store_error(err, ATT_ERR_IO, st->url, msg);
                return -1;
            }
            att_stmt *ins = att_db_prepare(st->db, "INSERT INTO attache_schema (version, description, applied_at) "
                                                   "VALUES (?, ?, ?)");
            char now[32];
            time_t t = time(NULL);
            strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", gmtime(&t));
            int rc = -1;
            if (ins) {
                att_stmt_int(ins, 1, num);
                att_stmt_text(ins, 2, desc);
                att_stmt_text(ins, 3, now);
                rc = att_stmt_run(ins);
                att_stmt_free(ins);
            }
            if (rc != 0 || att_db_commit(st->db) != 0) {
                att_store_error(err, ATT_ERR_IO, st->url, att_db_error(st->db));
                att_db_rollback(st->db);
                return -1;
            }
        } else {
            att_db_rollback(st->db);
        }
        st->version = num > st->version ? num : st->version;
        m = next;
    }
    int v = schema_version(st);
    if (v > st->version) {
        char msg[128];
        snprintf(msg, sizeof msg, "the store is at schema version %d; this attache knows up to %d", v, st->version);
        att_store_error(err, ATT_ERR_IO, st->url, msg);
        return -1;
    }
    st->version = v;
    return 0;
}

att_store *att_store_open(const char *url, att_error *err)
{
    if (!url || !*url) url = "attache.db";
    char msg[1024];
    att_db *db = att_db_open(url, msg, sizeof msg);
    if (!db) {
        att_store_error(err, ATT_ERR_IO, url, msg);
        return NULL;
    }
    att_store *st = att_xcalloc(1, sizeof *st);
    st->db = db;
    snprintf(st->url, sizeof st->url, "%s", url);
    /* never show a password in a message */
    char *at = strchr(st->url, '@'), *scheme = strstr(st->url, "://");
    if (at && scheme && scheme < at) {
        char *colon = memchr(scheme + 3, ':', (size_t)(at - scheme - 3));
        if (colon) memmove(colon, at, strlen(at) + 1);
    }
    if (migrate(st, err) != 0) {
        att_store_close(st);
        return NULL;
    }
    return st;
}

void att_store_close(att_store *st)
{
    if (!st) return;
    if (st->in_batch) att_db_rollback(st->db);
    for (int i = 0; i < Q_COUNT; i++) att_stmt_free(st->q[i]);
    for (size_t i = 0; i < st->ntouched; i++) free(st->touched[i].block);
    free(st->touched);
    forget_known(st);
    att_db_close(st->db);
    free(st);
}

int att_store_connected(const att_store *st) { return st && att_db_connected(st->db); }

const char *att_store_backend(const att_store *st)
{
    return att_db_kind(st->db) == ATT_DB_PG ? "postgresql" : "sqlite";
}

int att_store_schema_version(att_store *st) { return st->version; }

/* ------------------------------------------------------------- ingest */

static void hash_field(XXH3_state_t *h, const char *s, size_t n)
{
    uint64_t len = s ? (uint64_t)n : UINT64_MAX;
    XXH3_128bits_update(h, &len, sizeof len);
    if (s) XXH3_128bits_update(h, s, n);
}

void att_input_hash(const att_input *in, char out[33])
{
    XXH3_state_t *h = XXH3_createState();
    XXH3_128bits_reset(h);
    hash_field(h, in->text, in->len);
    const char *f[] = {in->published, in->source, in->url, in->title, in->lang};
    for (size_t i = 0; i < sizeof f / sizeof *f; i++) hash_field(h, f[i], f[i] ? strlen(f[i]) : 0);
    uint32_t html = in->is_html ? 1 : 0;
    XXH3_128bits_update(h, &html, sizeof html);
    XXH128_hash_t v = XXH3_128bits_digest(h);
    XXH3_freeState(h);
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)v.high64, (unsigned long long)v.low64);
}

int att_store_unchanged(att_store *st, const char *id, const char *hash)
{
    att_stmt *s = att_store_stmt(st, Q_UNCHANGED);
    if (!s) return -1;
    att_stmt_text(s, 1, id);
    att_stmt_text(s, 2, hash);
    att_stmt_text(s, 3, ATT_VERSION);
    int r = att_stmt_step(s);
    if (r == 1) att_stmt_reset(s);
    return r;
}

static const char *js(json_object *o, const char *k)
{
    json_object *v;
    if (!o || !json_object_object_get_ex(o, k, &v) || !v) return NULL;
    if (json_object_is_type(v, json_type_null)) return NULL;
    return json_object_get_string(v);
}

static json_object *jo(json_object *o, const char *k)
{
    json_object *v;
    if (!o || !json_object_object_get_ex(o, k, &v) || !v || json_object_is_type(v, json_type_null)) return NULL;
    return v;
}

static int jnum(json_object *o, const char *k, double *out)
{
    json_object *v = jo(o, k);
    if (!v || !(json_object_is_type(v, json_type_int) || json_object_is_type(v, json_type_double))) return 0;
    *out = json_object_get_double(v);
    return 1;
}

static size_t jlen(json_object *a) { return a && json_object_is_type(a, json_type_array) ? json_object_array_length(a) : 0; }

static void bind_num(att_stmt *s, int i, json_object *o, const char *k)
{
    double v;
    if (jnum(o, k, &v)) att_stmt_double(s, i, v);
    else att_stmt_null(s, i);
}

static void bind_int(att_stmt *s, int i, json_object *o, const char *k)
{
    double v;
    if (jnum(o, k, &v)) att_stmt_int(s, i, (int64_t)v);
    else att_stmt_null(s, i);
}

/* the information source of a document: source, else URL host, else id */
static char *source_key(const char *source, const char *url, const char *id)
{
    if (source && *source) return att_xstrdup(source);
    if (url) {
        const char *h = strstr(url, "://");
        h = h ? h + 3 : url;
        size_t n = strcspn(h, "/?#");
        if (n) {
            char *k = att_xstrndup(h, n);
            for (char *p = k; *p; p++) *p = (char)tolower((unsigned char)*p);
            return strncmp(k, "www.", 4) == 0 ? (memmove(k, k + 4, strlen(k + 4) + 1), k) : k;
        }
    }
    att_buf b;
    att_buf_init(&b);
    att_buf_printf(&b, "doc:%s", id);
    return att_buf_detach(&b, NULL);
}

static int begin_batch(att_store *st, att_error *err)
{
    if (st->in_batch) return 0;
    if (att_db_begin(st->db) != 0) {
        att_store_error(err, ATT_ERR_IO, st->url, att_db_error(st->db));
        return -1;
    }
    /* writers take turns on PostgreSQL: merging reads and rewrites regions */
    if (att_db_kind(st->db) == ATT_DB_PG && att_db_exec(st->db, "SELECT pg_advisory_xact_lock(7405)") != 0) {
        att_store_error(err, ATT_ERR_IO, st->url, att_db_error(st->db));
        att_db_rollback(st->db);
        return -1;
    }
    st->in_batch = 1;
    return 0;
}

#define FAIL()                                                                                              \
    do {                                                                                                    \
        att_store_error(err, ATT_ERR_IO, st->url, att_db_error(st->db));                                    \
        goto fail;                                                                                          \
    } while (0)

/* deletes every row of document `id` (key = its full-text row id) */
static int delete_doc(att_store *st, const char *id, int64_t key)
{
    att_stmt *s = att_store_stmt(st, Q_DOC_MENTIONS);
    if (!s) return -1;
    att_stmt_text(s, 1, id);
    int r;
    int64_t *dead = NULL;
    size_t ndead = 0, cap = 0;
    while ((r = att_stmt_step(s)) == 1) {
        if (ndead == cap) dead = att_xrealloc(dead, (cap = cap ? cap * 2 : 16) * sizeof *dead);
        dead[ndead++] = att_stmt_col_int(s, 0);
        if (att_stmt_col_int(s, 4))
            att_touch_add(st, att_stmt_col_text(s, 1), att_stmt_col_text(s, 2), att_stmt_col_text(s, 3));
    }
    if (r < 0) {
        free(dead);
        return -1;
    }
    att_stmt *de = att_store_stmt(st, Q_DEL_EVENT);
    for (size_t i = 0; i < ndead && de; i++) {
        att_stmt_int(de, 1, dead[i]);
        if (att_stmt_send(de) != 0) de = NULL;
    }
    free(dead);
    if (!de) return -1;
    static const int order[] = {Q_DEL_MENTIONS, Q_DEL_PARTIES, Q_DEL_AGREEMENTS, Q_DEL_RELATIONS, Q_DEL_PERSONS,
                                Q_DEL_DATES, Q_DEL_COUNTRIES};
    for (size_t i = 0; i < sizeof order / sizeof *order; i++) {
        att_stmt *d = att_store_stmt(st, order[i]);
        if (!d) return -1;
        att_stmt_text(d, 1, id);
        if (att_stmt_send(d) != 0) return -1;
    }
    if (att_db_kind(st->db) == ATT_DB_SQLITE) {
        att_stmt *f = att_store_stmt(st, Q_DEL_FTS);
        if (!f) return -1;
        att_stmt_int(f, 1, key);
        if (att_stmt_send(f) != 0) return -1;
    }
    att_stmt *d = att_store_stmt(st, Q_DEL_DOC);
    if (!d) return -1;
    att_stmt_text(d, 1, id);
    return att_stmt_send(d);
}

/* actor names for --person: the names in the event, and the native forms
 * and aliases of the document's persons of those names */
static char *actor_key(json_object *ev, json_object *persons)
{
    att_buf b;
    att_buf_init(&b);
    const char *sides[] = {"source", "target"};
    for (int s = 0; s < 2; s++) {
        json_object *a = jo(ev, sides[s]);
        const char *name = js(a, "name");
        if (!name) continue;
        att_buf_printf(&b, "|%s", name);
        for (size_t i = 0; i < jlen(persons); i++) {
            json_object *p = json_object_array_get_idx(persons, i);
            const char *pn = js(p, "name");
            if (!pn || strcmp(pn, name) != 0) continue;
            const char *nat = js(p, "native");
            if (nat) att_buf_printf(&b, "|%s", nat);
            json_object *al = jo(p, "aliases");
            for (size_t k = 0; k < jlen(al); k++)
                att_buf_printf(&b, "|%s", json_object_get_string(json_object_array_get_idx(al, k)));
        }
    }
    if (!b.n) {
        att_buf_free(&b);
        return NULL;
    }
    att_buf_putc(&b, '|');
    char *f = att_fold(b.p, b.n);
    att_buf_free(&b);
    return f;
}

static int is_symmetric(const char *type)
{
    return strcmp(type, "CONSULT") == 0 || strcmp(type, "AGREE") == 0 || strcmp(type, "COOPERATE") == 0;
}

/* the modality of a report: what it says of the event's having happened */
static const char *modality(const char *context)
{
    static const char *const m[] = {"negation", "hypothetical", "future"};
    if (!context) return "";
    for (size_t i = 0; i < 3; i++) {
        const char *p = context;
        size_t n = strlen(m[i]);
        while ((p = strstr(p, m[i])) != NULL) {
            if ((p == context || p[-1] == ',') && (p[n] == 0 || p[n] == ',')) return m[i];
            p += n;
        }
    }
    return "";
}

static int by_id(const void *a, const void *b) { return strcmp(((const att_known *)a)->id, ((const att_known *)b)->id); }

static void forget_known(att_store *st)
{
    for (size_t i = 0; i < st->nknown; i++) free(st->known[i].id);
    free(st->known);
    st->known = NULL;
    st->nknown = 0;
}

static att_known *known(att_store *st, const char *id)
{
    if (!st->nknown) return NULL;
    att_known k = {.id = (char *)id};
    return bsearch(&k, st->known, st->nknown, sizeof k, by_id);
}

int att_store_expect(att_store *st, const char *const *ids, size_t n, att_error *err)
{
    forget_known(st);
    if (!n) return 0;
    st->known = att_xcalloc(n, sizeof *st->known);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (ids[i]) st->known[k++].id = att_xstrdup(ids[i]);
    qsort(st->known, k, sizeof *st->known, by_id);
    /* one row per id */
    size_t w = 0;
    for (size_t i = 0; i < k; i++) {
        if (w && strcmp(st->known[w - 1].id, st->known[i].id) == 0) {
            free(st->known[i].id);
            continue;
        }
        st->known[w++] = st->known[i];
    }
    st->nknown = w;
    att_stmt *s = att_store_stmt(st, Q_PREFETCH);
    if (!s) goto fail;
    for (size_t i = 0; i < w; i += ATT_PREFETCH) {
        for (int j = 0; j < ATT_PREFETCH; j++)
            att_stmt_text(s, j + 1, i + (size_t)j < w ? st->known[i + (size_t)j].id : NULL);
        int r;
        while ((r = att_stmt_step(s)) == 1) {
            att_known *e = known(st, att_stmt_col_text(s, 0));
            if (!e) continue;
            e->present = 1;
            snprintf(e->hash, sizeof e->hash, "%s", att_stmt_col_text(s, 1));
            snprintf(e->extractor, sizeof e->extractor, "%s", att_stmt_col_text(s, 2));
            e->key = att_stmt_col_int(s, 3);
        }
        if (r < 0) goto fail;
    }
    return 0;
fail:
    att_store_error(err, ATT_ERR_IO, st->url, att_db_error(st->db));
    forget_known(st);
    return -1;
}

static int put_json(att_store *st, json_object *rec, const char *record, size_t rlen, const char *body, size_t blen,
                    const char *text_map, const char *hash, att_error *err)
{
    const char *id = js(rec, "doc");
    if (!id) {
        att_store_error(err, ATT_ERR_JSON, st->url, "a record without \"doc\"");
        return -1;
    }
    if (begin_batch(st, err) != 0) return -1;
    int64_t key = (int64_t)att_hash63(id, strlen(id));
    int replaced = 0, rc = -1;
    char *skey = NULL, *folded = NULL, *ftitle = NULL;
    att_buf tmp;
    att_buf_init(&tmp);

    att_stmt *s;
    int r;
    att_known *kn = known(st, id);
    if (kn) {
        /* looked up with the rest of the batch */
        if (kn->present) {
            if (strcmp(kn->hash, hash) == 0 && strcmp(kn->extractor, ATT_VERSION) == 0) {
                att_buf_free(&tmp);
                return 0;
            }
            if (delete_doc(st, id, kn->key) != 0) FAIL();
            replaced = 1;
        }
    } else {
        s = att_store_stmt(st, Q_DOC_HASH);
        if (!s) FAIL();
        att_stmt_text(s, 1, id);
        r = att_stmt_step(s);
        if (r < 0) FAIL();
        if (r == 1) {
            int same = strcmp(att_stmt_col_text(s, 0), hash) == 0 && strcmp(att_stmt_col_text(s, 1), ATT_VERSION) == 0;
            int64_t oldkey = att_stmt_col_int(s, 2);
            att_stmt_reset(s);
            if (same) {
                att_buf_free(&tmp);
                return 0;
            }
            if (delete_doc(st, id, oldkey) != 0) FAIL();
            replaced = 1;
        }
    }

    const char *source = js(rec, "source"), *url = js(rec, "url"), *title = js(rec, "title");
    const char *published = js(rec, "published");
    skey = source_key(source, url, id);
    json_object *countries = jo(rec, "countries");
    for (size_t i = 0; i < jlen(countries); i++)
        att_buf_printf(&tmp, "%s%s", i ? " " : "", json_object_get_string(json_object_array_get_idx(countries, i)));
    char now[32];
    time_t t = time(NULL);
    strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", gmtime(&t));

    s = att_store_stmt(st, Q_INS_DOC);
    if (!s) FAIL();
    int pg = att_db_kind(st->db) == ATT_DB_PG;
    att_stmt_text(s, 1, id);
    att_stmt_int(s, 2, key);
    att_stmt_text(s, 3, hash);
    att_stmt_text(s, 4, ATT_VERSION);
    att_stmt_text(s, 5, js(rec, "lang"));
    att_stmt_text(s, 6, published);
    att_stmt_text(s, 7, js(rec, "published_from"));
    att_stmt_text(s, 8, source);
    att_stmt_text(s, 9, url);
    att_stmt_text(s, 10, title);
    att_stmt_text(s, 11, skey);
    att_stmt_text(s, 12, tmp.p ? tmp.p : "");
    att_stmt_int(s, 13, (int64_t)blen);
    att_stmt_textn(s, 14, body, blen);
    att_stmt_textn(s, 15, record, rlen);
    att_stmt_text(s, 16, now);
    att_stmt_text(s, 17, text_map);
    folded = body ? att_fold(body, blen) : NULL;
    ftitle = title ? att_fold(title, strlen(title)) : NULL;
    if (pg) {
        att_buf_reset(&tmp);
        if (ftitle) att_buf_printf(&tmp, "%s\n", ftitle);
        if (folded) att_buf_puts(&tmp, folded);
        att_stmt_text(s, 18, tmp.p ? tmp.p : "");
    }
    if (att_stmt_send(s) != 0) FAIL();
    if (!pg) {
        s = att_store_stmt(st, Q_INS_FTS);
        if (!s) FAIL();
        att_stmt_int(s, 1, key);
        att_stmt_text(s, 2, ftitle ? ftitle : "");
        att_stmt_text(s, 3, folded ? folded : "");
        if (att_stmt_send(s) != 0) FAIL();
    }

    s = att_store_stmt(st, Q_INS_COUNTRY);
    if (!s) FAIL();
    for (size_t i = 0; i < jlen(countries); i++) {
        const char *c = json_object_get_string(json_object_array_get_idx(countries, i));
        int dup = 0;
        for (size_t k = 0; k < i; k++)
            dup |= strcmp(c, json_object_get_string(json_object_array_get_idx(countries, k))) == 0;
        if (dup) continue;
        att_stmt_text(s, 1, id);
        att_stmt_text(s, 2, c);
        if (att_stmt_send(s) != 0) FAIL();
    }

    /* events: one mention each */
    json_object *events = jo(rec, "events"), *sentences = jo(rec, "sentences"), *persons = jo(rec, "persons");
    size_t nev = jlen(events);
    int64_t *ids = nev ? att_xcalloc(nev, sizeof *ids) : NULL;
    for (size_t i = 0; i < nev; i++) {
        json_object *ev = json_object_array_get_idx(events, i);
        const char *type = js(ev, "type");
        if (!type) continue;
        json_object *src = jo(ev, "source"), *tgt = jo(ev, "target"), *evd = jo(ev, "evidence"),
                    *place = jo(ev, "place"), *trig = jo(ev, "trigger");
        const char *date = js(ev, "date");
        double evs = -1;
        jnum(evd, "start", &evs);
        /* context list as text */
        att_buf ctx;
        att_buf_init(&ctx);
        json_object *ca = jo(ev, "context");
        for (size_t k = 0; k < jlen(ca); k++)
            att_buf_printf(&ctx, "%s%s", k ? "," : "", json_object_get_string(json_object_array_get_idx(ca, k)));
        const char *sc = js(src, "country"), *tc = js(tgt, "country");
        /* stable id: document, evidence start, type, source, target, date */
        att_buf_reset(&tmp);
        att_buf_printf(&tmp, "%s\x1f%.0f\x1f%s\x1f%s\x1f%s\x1f%s", id, evs, type, sc ? sc : "", tc ? tc : "",
                       date ? date : "");
        size_t base = tmp.n;
        int64_t mid = (int64_t)att_hash63(tmp.p, tmp.n);
        for (int k = 2;; k++) {
            int dup = 0;
            for (size_t j = 0; j < i; j++) dup |= ids[j] == mid;
            if (!dup) break;
            tmp.n = base;
            tmp.p[base] = 0;
            att_buf_printf(&tmp, "\x1f#%d", k);
            mid = (int64_t)att_hash63(tmp.p, tmp.n);
        }
        ids[i] = mid;
        /* merge block */
        const char *a = sc ? sc : "-", *b = tc ? tc : "-";
        if (is_symmetric(type) && strcmp(a, b) > 0) {
            const char *x = a;
            a = b, b = x;
        }
        att_buf_reset(&tmp);
        att_buf_printf(&tmp, "%s|%s|%s|%s", type, a, b, modality(ctx.p));
        char first[11] = "", last[11] = "";
        int dated = att_date_span(date, first, last) == 0;
        int mergeable = dated && att_date_days(first, last) <= 31;
        int sentence = -1;
        for (size_t k = 0; k < jlen(sentences); k++) {
            json_object *sp = json_object_array_get_idx(sentences, k);
            if (jlen(sp) == 2 && json_object_get_int64(json_object_array_get_idx(sp, 0)) == (int64_t)evs) {
                sentence = (int)k;
                break;
            }
        }
        char *akey = actor_key(ev, persons);
        int quad = att_plover_quad(type);
        s = att_store_stmt(st, Q_INS_MENTION);
        if (!s) {
            att_buf_free(&ctx);
            free(akey);
            free(ids);
            FAIL();
        }
        int c = 1;
        att_stmt_int(s, c++, mid);
        att_stmt_text(s, c++, id);
        att_stmt_int(s, c++, (int64_t)i);
        att_stmt_int(s, c++, mid);
        att_stmt_text(s, c++, tmp.p);
        att_stmt_int(s, c++, mergeable);
        if (sentence >= 0) att_stmt_int(s, c++, sentence);
        else att_stmt_null(s, c++);
        att_stmt_text(s, c++, type);
        att_stmt_text(s, c++, js(ev, "mode"));
        att_stmt_text(s, c++, ctx.p ? ctx.p : "");
        att_stmt_text(s, c++, js(ev, "cameo"));
        bind_num(s, c++, ev, "goldstein");
        if (quad) att_stmt_int(s, c++, quad);
        else att_stmt_null(s, c++);
        static const char *const fields[] = {"country", "name", "role", "sector"};
        for (int k = 0; k < 4; k++) att_stmt_text(s, c++, js(src, fields[k]));
        for (int k = 0; k < 4; k++) att_stmt_text(s, c++, js(tgt, fields[k]));
        att_stmt_text(s, c++, date);
        att_stmt_text(s, c++, dated ? first : NULL);
        att_stmt_text(s, c++, dated ? last : NULL);
        att_stmt_text(s, c++, js(place, "name"));
        att_stmt_text(s, c++, js(place, "country"));
        bind_num(s, c++, place, "lat");
        bind_num(s, c++, place, "lon");
        bind_int(s, c++, evd, "start");
        bind_int(s, c++, evd, "end");
        att_stmt_text(s, c++, js(evd, "text"));
        bind_int(s, c++, trig, "start");
        bind_int(s, c++, trig, "end");
        att_stmt_text(s, c++, js(trig, "text"));
        bind_num(s, c++, ev, "confidence");
        att_stmt_text(s, c++, published);
        att_stmt_text(s, c++, skey);
        att_stmt_text(s, c++, akey);
        r = att_stmt_send(s);
        free(akey);
        if (r != 0) {
            att_buf_free(&ctx);
            free(ids);
            FAIL();
        }
        if (mergeable) {
            att_touch_add(st, tmp.p, first, last);
        } else {
            /* an undated or vague report is an event of its own */
            att_mention m;
            memset(&m, 0, sizeof m);
            m.id = m.event = mid;
            m.doc = (char *)id;
            m.block = tmp.p;
            m.type = (char *)type;
            m.mode = (char *)js(ev, "mode");
            m.context = ctx.p ? ctx.p : (char *)"";
            m.cameo = (char *)js(ev, "cameo");
            m.has_goldstein = jnum(ev, "goldstein", &m.goldstein);
            m.quad = quad;
            for (int k = 0; k < 4; k++) m.src[k] = (char *)js(src, fields[k]), m.tgt[k] = (char *)js(tgt, fields[k]);
            m.date = (char *)date;
            if (dated) memcpy(m.first, first, 11), memcpy(m.last, last, 11);
            m.place_name = (char *)js(place, "name");
            m.place_country = (char *)js(place, "country");
            m.has_ll = jnum(place, "lat", &m.lat) & jnum(place, "lon", &m.lon);
            jnum(ev, "confidence", &m.confidence);
            m.published = (char *)published;
            m.source_key = skey;
            m.sentence = sentence;
            att_mention *one = &m;
            int64_t eid;
            if (att_merge_write_event(st, &one, 1, &eid) != 0) {
                att_buf_free(&ctx);
                free(ids);
                FAIL();
            }
        }
        att_buf_free(&ctx);
    }
    free(ids);

    /* agreements and their parties */
    json_object *ags = jo(rec, "agreements");
    for (size_t i = 0; i < jlen(ags); i++) {
        json_object *ag = json_object_array_get_idx(ags, i), *parties = jo(ag, "parties"), *evd = jo(ag, "evidence"),
                    *place = jo(ag, "place");
        att_buf_reset(&tmp);
        for (size_t k = 0; k < jlen(parties); k++) {
            const char *c = js(json_object_array_get_idx(parties, k), "country");
            if (c) att_buf_printf(&tmp, "%s%s", tmp.n ? " " : "", c);
        }
        const char *date = js(ag, "date");
        char first[11], last[11];
        int dated = att_date_span(date, first, last) == 0;
        s = att_store_stmt(st, Q_INS_AGREEMENT);
        if (!s) FAIL();
        att_stmt_text(s, 1, id);
        att_stmt_int(s, 2, (int64_t)i);
        att_stmt_text(s, 3, js(ag, "kind"));
        att_stmt_text(s, 4, js(ag, "sector"));
        att_stmt_text(s, 5, js(ag, "title"));
        att_stmt_text(s, 6, date);
        att_stmt_text(s, 7, dated ? first : NULL);
        att_stmt_text(s, 8, dated ? last : NULL);
        att_stmt_text(s, 9, js(place, "name"));
        att_stmt_text(s, 10, js(place, "country"));
        bind_int(s, 11, evd, "start");
        bind_int(s, 12, evd, "end");
        att_stmt_text(s, 13, js(evd, "text"));
        att_stmt_text(s, 14, tmp.p ? tmp.p : "");
        if (att_stmt_send(s) != 0) FAIL();
        s = att_store_stmt(st, Q_INS_PARTY);
        if (!s) FAIL();
        for (size_t k = 0; k < jlen(parties); k++) {
            json_object *p = json_object_array_get_idx(parties, k);
            att_stmt_text(s, 1, id);
            att_stmt_int(s, 2, (int64_t)i);
            att_stmt_int(s, 3, (int64_t)k);
            att_stmt_text(s, 4, js(p, "country"));
            att_stmt_text(s, 5, js(p, "org"));
            if (att_stmt_send(s) != 0) FAIL();
        }
    }

    json_object *rels = jo(rec, "relations");
    for (size_t i = 0; i < jlen(rels); i++) {
        json_object *rl = json_object_array_get_idx(rels, i), *cs = jo(rl, "countries"), *evd = jo(rl, "evidence");
        s = att_store_stmt(st, Q_INS_RELATION);
        if (!s) FAIL();
        att_stmt_text(s, 1, id);
        att_stmt_int(s, 2, (int64_t)i);
        att_stmt_text(s, 3, jlen(cs) > 0 ? json_object_get_string(json_object_array_get_idx(cs, 0)) : NULL);
        att_stmt_text(s, 4, jlen(cs) > 1 ? json_object_get_string(json_object_array_get_idx(cs, 1)) : NULL);
        att_stmt_text(s, 5, js(rl, "level"));
        att_stmt_text(s, 6, js(rl, "since"));
        bind_int(s, 7, evd, "start");
        bind_int(s, 8, evd, "end");
        att_stmt_text(s, 9, js(evd, "text"));
        if (att_stmt_send(s) != 0) FAIL();
    }

    for (size_t i = 0; i < jlen(persons); i++) {
        json_object *p = json_object_array_get_idx(persons, i), *al = jo(p, "aliases"), *mn = jo(p, "mentions");
        att_buf_reset(&tmp);
        const char *nm = js(p, "name"), *nat = js(p, "native");
        att_buf_printf(&tmp, "|%s|%s|", nm ? nm : "", nat ? nat : "");
        for (size_t k = 0; k < jlen(al); k++)
            att_buf_printf(&tmp, "%s|", json_object_get_string(json_object_array_get_idx(al, k)));
        char *nk = att_fold(tmp.p, tmp.n);
        s = att_store_stmt(st, Q_INS_PERSON);
        if (!s) {
            free(nk);
            FAIL();
        }
        att_stmt_text(s, 1, id);
        att_stmt_int(s, 2, (int64_t)i);
        att_stmt_text(s, 3, nm);
        att_stmt_text(s, 4, nat);
        att_stmt_text(s, 5, js(p, "country"));
        att_stmt_text(s, 6, js(p, "role"));
        att_stmt_text(s, 7, al ? json_object_to_json_string_ext(al, JSON_C_TO_STRING_PLAIN) : "[]");
        att_stmt_text(s, 8, mn ? json_object_to_json_string_ext(mn, JSON_C_TO_STRING_PLAIN) : "[]");
        att_stmt_text(s, 9, nk);
        r = att_stmt_send(s);
        free(nk);
        if (r != 0) FAIL();
    }

    json_object *dates = jo(rec, "dates");
    for (size_t i = 0; i < jlen(dates); i++) {
        json_object *d = json_object_array_get_idx(dates, i);
        s = att_store_stmt(st, Q_INS_DATE);
        if (!s) FAIL();
        att_stmt_text(s, 1, id);
        att_stmt_int(s, 2, (int64_t)i);
        bind_int(s, 3, d, "start");
        bind_int(s, 4, d, "end");
        att_stmt_text(s, 5, js(d, "text"));
        att_stmt_text(s, 6, js(d, "value"));
        if (att_stmt_send(s) != 0) FAIL();
    }
    rc = replaced ? 2 : 1;
    if (kn) {
        kn->present = 1;
        snprintf(kn->hash, sizeof kn->hash, "%s", hash);
        snprintf(kn->extractor, sizeof kn->extractor, "%s", ATT_VERSION);
        kn->key = key;
    }
fail:
    free(skey);
    free(folded);
    free(ftitle);
    att_buf_free(&tmp);
    return rc;
}

int att_store_put(att_store *st, att_doc *doc, const char *hash, att_error *err)
{
    size_t rlen, blen;
    const char *record = att_doc_json(doc, &rlen);
    const char *body = att_doc_text(doc, &blen);
    json_object *rec = json_tokener_parse(record);
    if (!rec) {
        att_store_error(err, ATT_ERR_JSON, st->url, "the record of a document is not JSON");
        return -1;
    }
    /* an HTML page: the runs that tie the text to it (schema.sql, migration 3) */
    att_buf map;
    att_buf_init(&map);
    size_t nruns = att_doc_run_count(doc);
    for (size_t i = 0; i < nruns; i++) {
        size_t t = 0, tl = 0, sr = 0, sl = 0;
        att_doc_run(doc, i, &t, &tl, &sr, &sl);
        att_buf_printf(&map, "%s%zu %zu %zu %zu", i ? ";" : "", t, sr, tl, sl);
    }
    int r = put_json(st, rec, record, rlen, body, blen, nruns ? map.p : NULL, hash, err);
    att_buf_free(&map);
    json_object_put(rec);
    return r;
}

int att_store_put_record(att_store *st, const char *json, size_t len, const char *hash, att_error *err)
{
    json_tokener *tok = json_tokener_new();
    json_object *rec = json_tokener_parse_ex(tok, json, (int)len);
    json_tokener_free(tok);
    if (!rec || !json_object_is_type(rec, json_type_object)) {
        if (rec) json_object_put(rec);
        att_store_error(err, ATT_ERR_JSON, st->url, "a line is not a JSON record");
        return -1;
    }
    char own[33];
    if (!hash) {
        XXH128_hash_t v = XXH3_128bits(json, len);
        snprintf(own, sizeof own, "%016llx%016llx", (unsigned long long)v.high64, (unsigned long long)v.low64);
        hash = own;
    }
    int r = put_json(st, rec, json, len, NULL, 0, NULL, hash, err);
    json_object_put(rec);
    return r;
}

int att_store_commit(att_store *st, att_error *err)
{
    if (!st->in_batch) return 0;
    if (att_merge_touched(st, err) != 0) {
        att_store_rollback(st);
        return -1;
    }
    if (att_db_commit(st->db) != 0) {
        att_store_error(err, ATT_ERR_IO, st->url, att_db_error(st->db));
        att_store_rollback(st);
        return -1;
    }
    st->in_batch = 0;
    forget_known(st);
    return 0;
}

void att_store_rollback(att_store *st)
{
    if (st->in_batch) att_db_rollback(st->db);
    st->in_batch = 0;
    for (size_t i = 0; i < st->ntouched; i++) free(st->touched[i].block);
    st->ntouched = 0;
    forget_known(st);
}

int att_store_count(att_store *st, att_store_counts *out, att_error *err)
{
    static const char *const tables[] = {"documents", "mentions", "events", "agreements",
                                         "relations", "persons",  "dates"};
    long long *v[] = {&out->documents, &out->mentions, &out->events, &out->agreements,
                      &out->relations, &out->persons, &out->dates};
    for (size_t i = 0; i < 7; i++) {
        char sql[64];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", tables[i]);
        att_stmt *s = att_db_prepare(st->db, sql);
        if (!s || att_stmt_step(s) != 1) {
            att_store_error(err, ATT_ERR_IO, st->url, att_db_error(st->db));
            att_stmt_free(s);
            return -1;
        }
        *v[i] = att_stmt_col_int(s, 0);
        att_stmt_reset(s);
        att_stmt_free(s);
    }
    return 0;
}
