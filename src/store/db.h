/* db.h: the two back ends of the store behind one small interface.
 * SQL is written once with `?` placeholders; for PostgreSQL they become
 * $1, $2, ... when the statement is prepared.  Every statement that takes
 * a value is a prepared statement with bound parameters: text from
 * articles never becomes SQL.  Internal. */
#ifndef ATT_STORE_DB_H
#define ATT_STORE_DB_H

#include <stddef.h>
#include <stdint.h>

enum { ATT_DB_SQLITE = 1, ATT_DB_PG = 2 };

typedef struct att_db att_db;
typedef struct att_stmt att_stmt;

/* Opens a store URL: "postgresql://..." or "postgres://..." (libpq
 * connection URI), "sqlite:PATH", "file:PATH" or a plain PATH (SQLite).
 * Returns NULL and writes a message to errbuf on failure. */
att_db *att_db_open(const char *url, char *errbuf, size_t errsize);
void att_db_close(att_db *db);
int att_db_kind(const att_db *db);
/* The last error message of this connection. */
const char *att_db_error(const att_db *db);
/* 1 while the connection is usable (SQLite: always); 0 once PostgreSQL's
 * was lost. */
int att_db_connected(const att_db *db);

/* Runs SQL without parameters (one or more statements).  0 or -1. */
int att_db_exec(att_db *db, const char *sql);
int att_db_begin(att_db *db);       /* a write transaction */
int att_db_commit(att_db *db);
int att_db_rollback(att_db *db);

/* Prepares a statement; NULL on error (att_db_error says why). */
att_stmt *att_db_prepare(att_db *db, const char *sql);
void att_stmt_free(att_stmt *st);
/* Parameters are 1-based; a NULL string binds SQL NULL. */
void att_stmt_text(att_stmt *st, int i, const char *s);
void att_stmt_textn(att_stmt *st, int i, const char *s, size_t n);
void att_stmt_int(att_stmt *st, int i, int64_t v);
void att_stmt_double(att_stmt *st, int i, double v);
void att_stmt_null(att_stmt *st, int i);
/* 1 a row, 0 done, -1 error.  After 0 or -1 the statement is reset and
 * may be bound and stepped again. */
int att_stmt_step(att_stmt *st);
/* Abandons the rest of the rows of a running statement. */
void att_stmt_reset(att_stmt *st);
/* Runs a statement that returns no rows (or ignores them): 0 or -1. */
int att_stmt_run(att_stmt *st);
/* Like att_stmt_run for a statement whose result is not needed now: on
 * PostgreSQL it is sent ahead (pipeline mode) and its result read, with
 * its error if any, by the next statement that waits for an answer, or by
 * commit.  On SQLite it simply runs. */
int att_stmt_send(att_stmt *st);
/* Columns are 0-based.  Text is valid until the next step; NULL for NULL. */
int att_stmt_ncols(att_stmt *st);
const char *att_stmt_colname(att_stmt *st, int i);
const char *att_stmt_col_text(att_stmt *st, int i);
int att_stmt_col_isnull(att_stmt *st, int i);
int64_t att_stmt_col_int(att_stmt *st, int i);
double att_stmt_col_double(att_stmt *st, int i);

#endif
