/* db.c: SQLite and PostgreSQL behind one interface (db.h). */
#include "db.h"

#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct att_db {
    int kind;
    sqlite3 *lite;
    PGconn *pg;
    unsigned next_name;
    int in_tx;
    int npending;           /* PostgreSQL: statements sent in pipeline mode, results unread */
    char err[1024];
};

struct att_stmt {
    att_db *db;
    /* SQLite */
    sqlite3_stmt *ls;
    /* PostgreSQL */
    char name[24];
    int nparams;
    char **values;          /* owned copies, NULL for SQL NULL */
    PGresult *row;          /* the current single-row result */
    int running;
    int ncols;
    char **colnames;
};

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fprintf(stderr, "attache: out of memory\n");
        abort();
    }
    return p;
}

static char *xstrndup(const char *s, size_t n)
{
    char *p = xcalloc(n + 1, 1);
    memcpy(p, s, n);
    return p;
}

static void set_err(att_db *db, const char *msg)
{
    snprintf(db->err, sizeof db->err, "%s", msg ? msg : "unknown error");
    size_t n = strlen(db->err);
    while (n && (db->err[n - 1] == '\n' || db->err[n - 1] == ' ')) db->err[--n] = 0;
}

static void quiet_notices(void *arg, const char *msg) { (void)arg, (void)msg; }

/* PostgreSQL: reads the results of the statements sent ahead (pipeline
 * mode) and leaves pipeline mode.  -1 when any of them failed. */
static int pg_sync(att_db *db)
{
    if (!db->pg || PQpipelineStatus(db->pg) == PQ_PIPELINE_OFF) return 0;
    int rc = 0;
    if (!PQpipelineSync(db->pg)) {
        set_err(db, PQerrorMessage(db->pg));
        rc = -1;
    }
    for (int i = 0; i < db->npending; i++) {
        PGresult *r;
        while ((r = PQgetResult(db->pg)) != NULL) {
            ExecStatusType s = PQresultStatus(r);
            if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK && rc == 0) {
                set_err(db, s == PGRES_PIPELINE_ABORTED ? "a statement before failed" : PQresultErrorMessage(r));
                rc = -1;
            }
            PQclear(r);
        }
    }
    for (;;) {
        PGresult *r = PQgetResult(db->pg);
        if (!r) continue;
        ExecStatusType s = PQresultStatus(r);
        PQclear(r);
        if (s == PGRES_PIPELINE_SYNC) break;
    }
    db->npending = 0;
    if (!PQexitPipelineMode(db->pg) && rc == 0) {
        set_err(db, PQerrorMessage(db->pg));
        rc = -1;
    }
    return rc;
}

att_db *att_db_open(const char *url, char *errbuf, size_t errsize)
{
    att_db *db = xcalloc(1, sizeof *db);
    if (strncmp(url, "postgresql://", 13) == 0 || strncmp(url, "postgres://", 11) == 0) {
        db->kind = ATT_DB_PG;
        db->pg = PQconnectdb(url);
        if (!db->pg || PQstatus(db->pg) != CONNECTION_OK) {
            snprintf(errbuf, errsize, "%s", db->pg ? PQerrorMessage(db->pg) : "cannot connect");
            size_t n = strlen(errbuf);
            while (n && errbuf[n - 1] == '\n') errbuf[--n] = 0;
            att_db_close(db);
            return NULL;
        }
        PQsetNoticeProcessor(db->pg, quiet_notices, NULL);
        if (att_db_exec(db, "SET client_min_messages = warning") != 0) {
            snprintf(errbuf, errsize, "%s", db->err);
            att_db_close(db);
            return NULL;
        }
        return db;
    }
    db->kind = ATT_DB_SQLITE;
    const char *path = url;
    if (strncmp(url, "sqlite://", 9) == 0) path = url + 9;
    else if (strncmp(url, "sqlite:", 7) == 0) path = url + 7;
    else if (strncmp(url, "file:", 5) == 0) path = url + 5;
    if (sqlite3_open_v2(path, &db->lite, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        snprintf(errbuf, errsize, "%s: %s", path, db->lite ? sqlite3_errmsg(db->lite) : "cannot open");
        att_db_close(db);
        return NULL;
    }
    sqlite3_busy_timeout(db->lite, 60000);
    /* WAL: readers never block the writer; synchronous=NORMAL: a committed
     * transaction survives a crash of the process (kill -9); FULL would
     * also survive a power cut at the cost of an fsync per commit. */
    if (att_db_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
                        "PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456; PRAGMA temp_store = MEMORY;") != 0) {
        snprintf(errbuf, errsize, "%s: %s", path, db->err);
        att_db_close(db);
        return NULL;
    }
    return db;
}

void att_db_close(att_db *db)
{
    if (!db) return;
    if (db->lite) sqlite3_close_v2(db->lite);
    if (db->pg) PQfinish(db->pg);
    free(db);
}

int att_db_kind(const att_db *db) { return db->kind; }
const char *att_db_error(const att_db *db) { return db->err; }
int att_db_connected(const att_db *db) { return db->kind != ATT_DB_PG || PQstatus(db->pg) == CONNECTION_OK; }

int att_db_exec(att_db *db, const char *sql)
{
    if (pg_sync(db) != 0) return -1;
    if (db->kind == ATT_DB_SQLITE) {
        char *msg = NULL;
        if (sqlite3_exec(db->lite, sql, NULL, NULL, &msg) != SQLITE_OK) {
            set_err(db, msg ? msg : sqlite3_errmsg(db->lite));
            sqlite3_free(msg);
            return -1;
        }
        return 0;
    }
    PGresult *r = PQexec(db->pg, sql);
    ExecStatusType s = PQresultStatus(r);
    int ok = s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK || s == PGRES_EMPTY_QUERY;
    if (!ok) set_err(db, PQresultErrorMessage(r));
    PQclear(r);
    return ok ? 0 : -1;
}

int att_db_begin(att_db *db)
{
    int r = att_db_exec(db, db->kind == ATT_DB_SQLITE ? "BEGIN IMMEDIATE" : "BEGIN");
    if (r == 0) db->in_tx = 1;
    return r;
}

int att_db_commit(att_db *db)
{
    int r = att_db_exec(db, "COMMIT");
    db->in_tx = 0;
    return r;
}

int att_db_rollback(att_db *db)
{
    char keep[sizeof db->err];
    memcpy(keep, db->err, sizeof keep);
    int r = att_db_exec(db, "ROLLBACK");
    memcpy(db->err, keep, sizeof keep);   /* the error that caused it matters more */
    db->in_tx = 0;
    return r;
}

/* `?` -> `$n` outside quotes and comments; counts the parameters */
static char *pg_sql(const char *sql, int *nparams)
{
    size_t n = strlen(sql);
    char *out = xcalloc(n * 4 + 1, 1), *o = out;
    int k = 0;
    char q = 0;
    for (const char *p = sql; *p; p++) {
        if (q) {
            if (*p == q) q = 0;
            *o++ = *p;
        } else if (*p == '\'' || *p == '"') {
            q = *p;
            *o++ = *p;
        } else if (*p == '?') {
            o += sprintf(o, "$%d", ++k);
        } else {
            *o++ = *p;
        }
    }
    *o = 0;
    *nparams = k;
    return out;
}

att_stmt *att_db_prepare(att_db *db, const char *sql)
{
    att_stmt *st = xcalloc(1, sizeof *st);
    st->db = db;
    if (db->kind == ATT_DB_SQLITE) {
        if (sqlite3_prepare_v2(db->lite, sql, -1, &st->ls, NULL) != SQLITE_OK) {
            set_err(db, sqlite3_errmsg(db->lite));
            free(st);
            return NULL;
        }
        st->ncols = sqlite3_column_count(st->ls);
        return st;
    }
    if (pg_sync(db) != 0) {
        free(st);
        return NULL;
    }
    char *q = pg_sql(sql, &st->nparams);
    snprintf(st->name, sizeof st->name, "att%u", db->next_name++);
    PGresult *r = PQprepare(db->pg, st->name, q, 0, NULL);
    free(q);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        set_err(db, PQresultErrorMessage(r));
        PQclear(r);
        free(st);
        return NULL;
    }
    PQclear(r);
    r = PQdescribePrepared(db->pg, st->name);
    if (PQresultStatus(r) == PGRES_COMMAND_OK) {
        st->ncols = PQnfields(r);
        st->colnames = xcalloc((size_t)st->ncols, sizeof *st->colnames);
        for (int i = 0; i < st->ncols; i++) {
            const char *f = PQfname(r, i);
            st->colnames[i] = xstrndup(f, strlen(f));
        }
    }
    PQclear(r);
    st->values = xcalloc((size_t)st->nparams, sizeof *st->values);
    return st;
}

static void pg_drain(att_stmt *st)
{
    if (st->row) PQclear(st->row), st->row = NULL;
    if (!st->running) return;
    PGresult *r;
    while ((r = PQgetResult(st->db->pg)) != NULL) PQclear(r);
    st->running = 0;
}

void att_stmt_free(att_stmt *st)
{
    if (!st) return;
    if (st->ls) sqlite3_finalize(st->ls);
    if (st->db->kind == ATT_DB_PG) {
        pg_drain(st);
        for (int i = 0; i < st->nparams; i++) free(st->values[i]);
        free(st->values);
        for (int i = 0; i < st->ncols && st->colnames; i++) free(st->colnames[i]);
        free(st->colnames);
        char sql[64];
        pg_sync(st->db);
        snprintf(sql, sizeof sql, "DEALLOCATE %s", st->name);
        PQclear(PQexec(st->db->pg, sql));
    }
    free(st);
}

static void pg_set(att_stmt *st, int i, char *v)
{
    if (i < 1 || i > st->nparams) {
        free(v);
        return;
    }
    free(st->values[i - 1]);
    st->values[i - 1] = v;
}

void att_stmt_textn(att_stmt *st, int i, const char *s, size_t n)
{
    if (!s) {
        att_stmt_null(st, i);
        return;
    }
    if (st->ls) sqlite3_bind_text(st->ls, i, s, (int)n, SQLITE_TRANSIENT);
    else pg_set(st, i, xstrndup(s, n));
}

void att_stmt_text(att_stmt *st, int i, const char *s) { att_stmt_textn(st, i, s, s ? strlen(s) : 0); }

void att_stmt_int(att_stmt *st, int i, int64_t v)
{
    if (st->ls) {
        sqlite3_bind_int64(st->ls, i, v);
        return;
    }
    char b[32];
    snprintf(b, sizeof b, "%lld", (long long)v);
    pg_set(st, i, xstrndup(b, strlen(b)));
}

void att_stmt_double(att_stmt *st, int i, double v)
{
    if (st->ls) {
        sqlite3_bind_double(st->ls, i, v);
        return;
    }
    char b[40];
    snprintf(b, sizeof b, "%.17g", v);
    pg_set(st, i, xstrndup(b, strlen(b)));
}

void att_stmt_null(att_stmt *st, int i)
{
    if (st->ls) sqlite3_bind_null(st->ls, i);
    else pg_set(st, i, NULL);
}

int att_stmt_step(att_stmt *st)
{
    att_db *db = st->db;
    if (st->ls) {
        int r = sqlite3_step(st->ls);
        if (r == SQLITE_ROW) return 1;
        if (r == SQLITE_DONE) {
            sqlite3_reset(st->ls);
            return 0;
        }
        set_err(db, sqlite3_errmsg(db->lite));
        sqlite3_reset(st->ls);
        return -1;
    }
    if (st->row) PQclear(st->row), st->row = NULL;
    if (!st->running) {
        if (pg_sync(db) != 0) return -1;
        if (!PQsendQueryPrepared(db->pg, st->name, st->nparams, (const char *const *)st->values, NULL, NULL, 0)) {
            set_err(db, PQerrorMessage(db->pg));
            return -1;
        }
        PQsetSingleRowMode(db->pg);
        st->running = 1;
    }
    PGresult *r = PQgetResult(db->pg);
    if (!r) {
        st->running = 0;
        return 0;
    }
    switch (PQresultStatus(r)) {
    case PGRES_SINGLE_TUPLE:
        st->row = r;
        return 1;
    case PGRES_TUPLES_OK:
    case PGRES_COMMAND_OK:
        PQclear(r);
        pg_drain(st);
        return 0;
    default:
        set_err(db, PQresultErrorMessage(r));
        PQclear(r);
        pg_drain(st);
        return -1;
    }
}

void att_stmt_reset(att_stmt *st)
{
    if (st->ls) sqlite3_reset(st->ls);
    else pg_drain(st);
}

int att_stmt_run(att_stmt *st)
{
    int r;
    while ((r = att_stmt_step(st)) == 1) {
    }
    return r;
}

int att_stmt_send(att_stmt *st)
{
    att_db *db = st->db;
    if (st->ls) return att_stmt_run(st);
    if (db->npending >= 256 && pg_sync(db) != 0) return -1;
    if (PQpipelineStatus(db->pg) == PQ_PIPELINE_OFF && !PQenterPipelineMode(db->pg)) {
        set_err(db, PQerrorMessage(db->pg));
        return -1;
    }
    if (!PQsendQueryPrepared(db->pg, st->name, st->nparams, (const char *const *)st->values, NULL, NULL, 0)) {
        set_err(db, PQerrorMessage(db->pg));
        return -1;
    }
    db->npending++;
    return 0;
}

int att_stmt_ncols(att_stmt *st) { return st->ncols; }

const char *att_stmt_colname(att_stmt *st, int i)
{
    if (st->ls) return sqlite3_column_name(st->ls, i);
    return st->colnames && i < st->ncols ? st->colnames[i] : "";
}

int att_stmt_col_isnull(att_stmt *st, int i)
{
    if (st->ls) return sqlite3_column_type(st->ls, i) == SQLITE_NULL;
    return !st->row || PQgetisnull(st->row, 0, i);
}

const char *att_stmt_col_text(att_stmt *st, int i)
{
    if (att_stmt_col_isnull(st, i)) return NULL;
    if (st->ls) return (const char *)sqlite3_column_text(st->ls, i);
    return PQgetvalue(st->row, 0, i);
}

int64_t att_stmt_col_int(att_stmt *st, int i)
{
    if (st->ls) return sqlite3_column_int64(st->ls, i);
    const char *s = att_stmt_col_text(st, i);
    return s ? strtoll(s, NULL, 10) : 0;
}

double att_stmt_col_double(att_stmt *st, int i)
{
    if (st->ls) return sqlite3_column_double(st->ls, i);
    const char *s = att_stmt_col_text(st, i);
    return s ? strtod(s, NULL) : 0;
}
