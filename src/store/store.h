/* store.h: the store's internal pieces shared by store.c (ingest and
 * schema), merge.c (one event, many reports), query.c and export.c.
 * Internal. */
#ifndef ATT_STORE_H
#define ATT_STORE_H

#include "db.h"

#include <attache.h>

enum {
    Q_UNCHANGED, Q_DOC_HASH, Q_DOC_MENTIONS, Q_DEL_EVENT,
    Q_DEL_MENTIONS, Q_DEL_PARTIES, Q_DEL_AGREEMENTS, Q_DEL_RELATIONS, Q_DEL_PERSONS, Q_DEL_DATES,
    Q_DEL_COUNTRIES, Q_DEL_FTS, Q_DEL_DOC,
    Q_INS_DOC, Q_INS_FTS, Q_INS_COUNTRY, Q_INS_MENTION, Q_INS_EVENT, Q_INS_AGREEMENT, Q_INS_PARTY,
    Q_INS_RELATION, Q_INS_PERSON, Q_INS_DATE,
    Q_REGION_ROWS, Q_SET_EVENT, Q_PREFETCH,
    Q_COUNT
};

/* A region to merge again: mentions of `block` overlapping [lo, hi]. */
typedef struct {
    char *block;
    char lo[11], hi[11];
} att_touch;

/* what the store holds of a document the batch will put (att_store_expect) */
typedef struct {
    char *id;
    char hash[33], extractor[24];
    int64_t key;
    int present;
} att_known;

#define ATT_PREFETCH 64

struct att_store {
    att_db *db;
    char url[1024];
    int version;
    att_stmt *q[Q_COUNT];
    int in_batch;
    att_touch *touched;
    size_t ntouched, cap_touched;
    att_known *known;           /* sorted by id */
    size_t nknown;
};

/* A report of an event, as merging reads it. */
typedef struct {
    int64_t id, event;
    char *doc, *block, *type, *mode, *context, *cameo;
    double goldstein, lat, lon, confidence;
    int has_goldstein, has_ll, quad, sentence;
    char *src[4], *tgt[4];      /* country, name, role, sector */
    char *date;
    char first[11], last[11];
    char *place_name, *place_country;
    char *published, *source_key;
} att_mention;

/* query.c: a column of a query's result: SQL expression, name, type
 * ('s' text, 'i' integer, 'f' number) */
typedef struct {
    const char *expr, *name;
    char type;
} att_colspec;
/* att_store_query with other columns (NULL-terminated list; their table
 * alias must be the one of q->what: e, m, d, a, r, p); cols NULL = the
 * usual ones.  Used by the HTTP API (api.c). */
att_rows *att_store_query_cols(att_store *st, const att_query *q, const att_colspec *cols, att_error *err);

/* store.c */
att_stmt *att_store_stmt(att_store *st, int which);
void att_store_error(att_error *err, att_status code, const char *what, const char *detail);
uint64_t att_hash63(const char *s, size_t n);
/* Folds text for search: NFC, case-folded, marks removed, đ = d.  Caller
 * frees. */
char *att_fold(const char *s, size_t n);
/* The days a date value covers: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or
 * A/B.  0, or -1 when it is not a date. */
int att_date_span(const char *v, char first[11], char last[11]);
/* Number of days in [first, last]. */
long att_date_days(const char *first, const char *last);
/* PLOVER quad class of a type (1..4), 0 if unknown. */
int att_plover_quad(const char *type);

/* merge.c */
void att_touch_add(att_store *st, const char *block, const char *lo, const char *hi);
/* Merges every touched region again (inside the open transaction). */
int att_merge_touched(att_store *st, att_error *err);
/* Writes the event of a cluster of reports (members[0..n)) */
int att_merge_write_event(att_store *st, att_mention *const *members, size_t n, int64_t *event_id);

#endif
