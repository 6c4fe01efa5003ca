/*
 * attache.h: the one public header of libattache.
 *
 * attache turns news articles (Russian, Vietnamese, English) into a record
 * a person can check: language, publication date, countries, and (as the
 * later stages land) persons, dates, events, agreements and relations, each
 * tied to byte offsets of the input.
 *
 * Shape of a program that uses it:
 *
 *     att_error err;
 *     att_lexicon *lex = att_lexicon_open("build/attache.lex", &err);
 *     att_workspace *ws = att_workspace_new(lex);       // one per thread
 *     att_reader *rd = att_reader_open("news.jsonl", NULL, &err);
 *     att_input in;
 *     int r;
 *     while ((r = att_reader_next(rd, &in, &err)) != 0) {
 *         if (r < 0) { report(&err); continue; }       // bad input: go on
 *         att_doc *doc = att_extract(ws, &in, &err);
 *         fwrite(att_doc_json(doc, NULL), ...);
 *         att_doc_free(doc);
 *     }
 *     att_reader_free(rd); att_workspace_free(ws); att_lexicon_free(lex);
 *
 * Ownership is stated on every function.  Every _free(NULL) is a no-op.
 * The library keeps no global mutable state: a lexicon is read-only and may
 * be shared by any number of threads; a workspace, a reader and a document
 * belong to one thread at a time.
 */
#ifndef ATTACHE_H
#define ATTACHE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(ATT_BUILDING_LIBRARY) && defined(__GNUC__)
#define ATT_EXPORT __attribute__((visibility("default")))
#else
#define ATT_EXPORT
#endif

#define ATT_VERSION "0.1.0"

/* ---------------------------------------------------------------- errors */

/* Error codes.  ATT_OK is zero; every failure is negative. */
typedef enum {
    ATT_OK = 0,
    ATT_ERR_IO = -1,          /* a file could not be opened or read */
    ATT_ERR_NOMEM = -2,       /* not used: out of memory aborts (see src/util/oom.c) */
    ATT_ERR_JSON = -3,        /* a JSON Lines line is not a JSON object */
    ATT_ERR_UTF8 = -4,        /* invalid UTF-8 (repaired; the document is still extracted) */
    ATT_ERR_BINARY = -5,      /* a file is binary data, not text */
    ATT_ERR_TOO_LONG = -6,    /* a line or document exceeds the size limit */
    ATT_ERR_EMPTY = -7,       /* a file or document has no text */
    ATT_ERR_FORMAT = -8,      /* a WARC/HTML/archive is malformed */
    ATT_ERR_LANG = -9,        /* the language is none attache reads (warning) */
    ATT_ERR_LEXICON = -10,    /* the compiled lexicon is missing or corrupt */
    ATT_ERR_USAGE = -11       /* an argument is invalid */
} att_status;

/*
 * An error about untrusted input: what went wrong and where.  `input` is the
 * name of the input (a path, "-" for standard input, or path:member for a
 * file inside an archive), `line` is 1-based (0 when lines do not apply) and
 * `offset` is the byte offset in that input (in the decompressed stream for
 * compressed input).  `message` is a static string; `detail` holds the
 * formatted one-line message that att_error_format() prints.
 */
typedef struct {
    att_status code;
    const char *message;
    char input[512];
    uint64_t line;
    uint64_t offset;
    char detail[256];
} att_error;

/* Formats `err` as one line, "input:line: byte offset N: message (detail)",
 * into buf (always NUL-terminated).  Returns buf. */
ATT_EXPORT const char *att_error_format(const att_error *err, char *buf, size_t size);

/* --------------------------------------------------------------- lexicon */

typedef struct att_lexicon att_lexicon;

/* Maps the compiled lexicon at `path` read-only.  Returns NULL and fills
 * err on failure.  Caller frees with att_lexicon_free().  Thread-safe to
 * share once opened. */
ATT_EXPORT att_lexicon *att_lexicon_open(const char *path, att_error *err);
ATT_EXPORT void att_lexicon_free(att_lexicon *lex);

/* Where the command looks for the lexicon when none is given: $ATTACHE_LEXICON,
 * then next to the executable, then the install data dir.  Returns a
 * pointer to a static string or NULL. */
ATT_EXPORT const char *att_lexicon_default_path(const char *argv0, char *buf, size_t size);

/* ------------------------------------------------------------- workspace */

typedef struct att_workspace att_workspace;

/* A per-thread workspace (stemmers, scratch buffers, caches).  Borrows
 * `lex`, which must outlive it.  Caller frees. */
ATT_EXPORT att_workspace *att_workspace_new(const att_lexicon *lex);
ATT_EXPORT void att_workspace_free(att_workspace *ws);

/* ---------------------------------------------------------------- inputs */

/* One document as read from an input.  All pointers are borrowed: owned by
 * the reader and valid until the next att_reader_next() or att_reader_free().
 * `text` may contain invalid UTF-8 and NUL bytes: att_extract repairs it. */
typedef struct {
    const char *id;           /* document id (never NULL after a reader) */
    const char *text;         /* the text, or the page when is_html */
    size_t len;
    const char *published;    /* the input's "published" field, or NULL */
    const char *source, *url, *title;  /* or NULL */
    int is_html;              /* text is an HTML page: reduce it to the article */
    const char *lang;         /* "ru", "vi", "en": skip language identification; or NULL */
    const char *input;        /* name of the input it came from */
    uint64_t line;            /* 1-based line in that input (0 if none) */
    uint64_t offset;          /* byte offset of the document in that input */
    int64_t invalid_at;       /* byte offset in that input of the first invalid
                                 UTF-8 byte the reader saw, or -1 (0 = unknown
                                 when zero-initialised: set it to -1) */
} att_input;

typedef struct att_reader att_reader;

/* How the reader reads. Zero-initialise and set what you need. */
typedef struct {
    size_t max_doc_bytes;     /* longest line or document accepted; 0 = 16 MiB */
    int stdin_format;         /* for "-": 0 = sniff, 'j' = JSON Lines, 't' = text */
} att_reader_options;

/* Opens an input: a JSON Lines file (.jsonl .json .ndjson), a text file
 * (.txt or any other), an HTML page (.html .htm), a WARC file (.warc), any of
 * these compressed (.gz .zst .xz .bz2), a .tar/.zip archive of them, a
 * folder of them (recursively, in name order), or "-" for standard input.
 * opts may be NULL.  Returns NULL and fills err when the input cannot be
 * opened at all.  Caller frees. */
ATT_EXPORT att_reader *att_reader_open(const char *path, const att_reader_options *opts,
                                       att_error *err);

/* Opens a buffer as an input named `name`; the name's extension says the
 * format as for files (".jsonl", ".html", ".warc", ".txt"; compressed ones
 * too).  The buffer is borrowed and must outlive the reader.  Caller frees. */
ATT_EXPORT att_reader *att_reader_open_buffer(const char *name, const void *data, size_t len,
                                              const att_reader_options *opts, att_error *err);

/* Reads the next document into *in.  Returns 1 on a document, 0 at the end,
 * -1 on bad input (err says what and where); after -1 the caller may call
 * again: the reader has skipped the bad part. */
ATT_EXPORT int att_reader_next(att_reader *rd, att_input *in, att_error *err);
ATT_EXPORT void att_reader_free(att_reader *rd);

/* ------------------------------------------------------------- documents */

typedef struct att_doc att_doc;

/* Extracts everything from one document.  Never returns NULL.  When the
 * input needed repair or is in an unknown language, err->code is set to
 * the (non-fatal) problem and the document is still extracted; otherwise
 * err->code is ATT_OK.  err may be NULL.  Caller frees with att_doc_free(). */
ATT_EXPORT att_doc *att_extract(att_workspace *ws, const att_input *in, att_error *err);
ATT_EXPORT void att_doc_free(att_doc *doc);

/* The document as one JSON object (the output contract, spec/OUTPUT.md),
 * with no trailing newline.  Owned by the document. */
ATT_EXPORT const char *att_doc_json(att_doc *doc, size_t *len);

/* Accessors.  Strings are owned by the document. */
ATT_EXPORT const char *att_doc_id(const att_doc *doc);
ATT_EXPORT const char *att_doc_lang(const att_doc *doc);
/* Publication date ("YYYY-MM-DD", "YYYY-MM" or "YYYY") or NULL; *from gets
 * one of "input", "metadata", "dateline", "text", "none". */
ATT_EXPORT const char *att_doc_published(const att_doc *doc, const char **from);
ATT_EXPORT size_t att_doc_country_count(const att_doc *doc);
ATT_EXPORT const char *att_doc_country(const att_doc *doc, size_t i);
/* Sentences as byte spans of the input text. */
ATT_EXPORT size_t att_doc_sentence_count(const att_doc *doc);
ATT_EXPORT void att_doc_sentence(const att_doc *doc, size_t i, size_t *start, size_t *end);
/* The text the stages read (after HTML reduction and UTF-8 repair), owned
 * by the document; offsets in the output point into the input, not here. */
ATT_EXPORT const char *att_doc_text(const att_doc *doc, size_t *len);
/* The runs that tie that text to the input, in text order: run i says text
 * bytes [txt, txt + txt_len) came from input bytes [src, src + src_len).
 * The lengths differ only for an HTML entity (the whole run maps to the
 * whole run); text between runs (line breaks between blocks) has no input.
 * The count is 0 when text offsets are input offsets (plain text, JSON
 * Lines: UTF-8 repair keeps lengths). */
ATT_EXPORT size_t att_doc_run_count(const att_doc *doc);
ATT_EXPORT void att_doc_run(const att_doc *doc, size_t i, size_t *txt, size_t *txt_len, size_t *src, size_t *src_len);

/* ---------------------------------------------------------- text helpers */

/* Language of a text: "ru", "vi", "en" or "und".  Static string. */
ATT_EXPORT const char *att_detect_language(att_workspace *ws, const char *text, size_t len);

/* Repairs mixed-script homoglyphs word by word (a Cyrillic С inside a
 * Vietnamese word becomes a Latin C) and writes NFC text to out (always
 * NUL-terminated, truncated at size).  Returns the length written. */
ATT_EXPORT size_t att_repair_homoglyphs(const char *text, size_t len, char *out, size_t size);

/* The matching key of a word: NFC, case-folded, ё = е, one Vietnamese tone
 * placement, homoglyphs repaired.  Writes into out (NUL-terminated).  Returns
 * the length written. */
ATT_EXPORT size_t att_normalize_word(const char *word, size_t len, char *out, size_t size);

/* Looks a phrase up in the lexicon as the engine would match it in running
 * text of language `lang` and returns the code of the longest entry of
 * `kind` covering the whole phrase, or NULL.  Static or lexicon-owned. */
ATT_EXPORT const char *att_lexicon_lookup(att_workspace *ws, const char *lang, const char *kind,
                                          const char *phrase, size_t len);

/* ----------------------------------------------------------------- store */

/*
 * The store keeps extracted documents, events (merged across reports),
 * agreements, relations, persons and dates in SQLite (default, one file in
 * WAL mode) or PostgreSQL, with one schema (src/store/schema.sql, versioned
 * with migrations).  docs/STORE.md describes the tables and the merging of
 * reports into events.  A store handle belongs to one thread at a time.
 */
typedef struct att_store att_store;

/* Opens (creating and migrating as needed) the store at `url`:
 * "postgresql://..." / "postgres://..." (a libpq URI), "sqlite:PATH" or a
 * plain PATH; NULL means "attache.db".  Returns NULL and fills err
 * (ATT_ERR_IO) on failure.  Caller closes. */
ATT_EXPORT att_store *att_store_open(const char *url, att_error *err);
ATT_EXPORT void att_store_close(att_store *st);
/* "sqlite" or "postgresql". */
ATT_EXPORT const char *att_store_backend(const att_store *st);
/* 1 while the store's connection is usable; 0 once a PostgreSQL connection
 * was lost (the server restarted, the network dropped), which the failing
 * call reported as a store error: close the handle and open a new one.
 * SQLite: always 1. */
ATT_EXPORT int att_store_connected(const att_store *st);
/* The schema version the store is at (the highest migration applied). */
ATT_EXPORT int att_store_schema_version(att_store *st);

/* The content hash of an input (XXH3-128 of its text and its published,
 * source, url, title and lang fields) as 32 hex digits and a NUL. */
ATT_EXPORT void att_input_hash(const att_input *in, char out[33]);
/* 1 when document `id` is stored with this content hash by this version of
 * attache (ingesting it again would change nothing), 0 when not, -1 on a
 * store error. */
ATT_EXPORT int att_store_unchanged(att_store *st, const char *id, const char *hash);

/* Stores one extracted document inside the current batch (a transaction,
 * begun by the first put).  A document already stored with the same id and
 * hash is left as it is (returns 0); one with another hash is replaced, its
 * old rows deleted in the same transaction (returns 2); a new one returns
 * 1.  -1 on a store error (err says what; roll back).  `hash` is
 * att_input_hash() of the input the document came from. */
ATT_EXPORT int att_store_put(att_store *st, att_doc *doc, const char *hash, att_error *err);
/* The same for a record `attache extract` wrote (one JSON object), when
 * the text itself is not at hand; `hash` may be NULL (the record's own
 * hash is used). */
ATT_EXPORT int att_store_put_record(att_store *st, const char *json, size_t len, const char *hash,
                                    att_error *err);
/* Optional: tells the store the ids of the documents the next puts of this
 * batch will store, so that it looks them all up at once (one round trip
 * for the batch instead of one a document).  The hint lasts until commit
 * or rollback.  0, or -1 with err filled. */
ATT_EXPORT int att_store_expect(att_store *st, const char *const *ids, size_t n, att_error *err);
/* Merges the batch's event reports into events and commits the batch.
 * 0, or -1 (the batch is rolled back). */
ATT_EXPORT int att_store_commit(att_store *st, att_error *err);
ATT_EXPORT void att_store_rollback(att_store *st);

typedef struct {
    long long documents, mentions, events, agreements, relations, persons, dates;
} att_store_counts;
ATT_EXPORT int att_store_count(att_store *st, att_store_counts *out, att_error *err);

/* What to read from the store.  Zero-initialise; every field is optional.
 * Values are bound to prepared statements, never written into SQL. */
typedef struct {
    const char *what;       /* "events" (default), "mentions", "documents",
                               "agreements", "relations", "persons" */
    const char *country;    /* ISO alpha-3: either side of the event/party */
    const char *pair;       /* "RUS,VNM": the two sides, either way round */
    const char *types;      /* PLOVER types, comma-separated ("CONSULT,AGREE") */
    int quad;               /* PLOVER quad class 1..4 (0 = any) */
    const char *from, *to;  /* YYYY[-MM[-DD]]: dates overlapping [from, to] */
    const char *person;     /* a person's name, any script, part of it */
    const char *text;       /* full-text search of title and text (all words) */
    const char *doc;        /* one document id */
    const char *sector;     /* agreements: sector */
    long long limit;        /* 0 = no limit */
    long long offset;       /* rows to skip first (paging); 0 = none */
} att_query;

typedef struct att_rows att_rows;
/* Runs a query.  NULL and err filled (ATT_ERR_USAGE for a bad filter,
 * ATT_ERR_IO for a store error).  Caller frees. */
ATT_EXPORT att_rows *att_store_query(att_store *st, const att_query *q, att_error *err);
/* 1 a row, 0 the end, -1 a store error (att_rows_error). */
ATT_EXPORT int att_rows_next(att_rows *r);
ATT_EXPORT int att_rows_ncols(const att_rows *r);
ATT_EXPORT const char *att_rows_name(const att_rows *r, int col);
/* 's' text, 'i' integer, 'f' number */
ATT_EXPORT char att_rows_type(const att_rows *r, int col);
/* The value as text, NULL for SQL NULL; valid until the next att_rows_next. */
ATT_EXPORT const char *att_rows_value(att_rows *r, int col);
ATT_EXPORT const char *att_rows_error(const att_rows *r);
ATT_EXPORT void att_rows_free(att_rows *r);

/* Writes the events of the store (filtered by q, which may be NULL) in an
 * exchange format: "jsonl" (the records as extract writes them), "plover"
 * (PLOVER JSON Lines), "polecat" (40-column TSV), "gdelt" (GDELT 2.0
 * Events, 61 columns), "gdelt-mentions" (16 columns), "icews" (20-column
 * TSV); docs/EXPORTS.md describes every column.  `lex` gives country names
 * and CAMEO labels (may be NULL: those columns stay empty).  `write` gets
 * the bytes; it returns 0, or -1 to stop.  Returns the number of rows
 * written, or -1 with err filled. */
typedef int (*att_write_fn)(void *ctx, const char *p, size_t n);
ATT_EXPORT long long att_store_export(att_store *st, const att_lexicon *lex, const char *format,
                                      const att_query *q, att_write_fn write, void *ctx, att_error *err);

/* -------------------------------------------------------------- HTTP API */

/*
 * The answers of `attache serve`'s JSON API (docs/API.md), without the
 * HTTP: the server passes a request's path and query parameters and sends
 * back the body and status these return.  Every body is one JSON object;
 * an error is {"error": message, "status": N}.
 */
typedef struct {
    const char *name, *value;   /* percent-decoded */
} att_api_param;

/* Answers a GET of the read API.  `path` is the part after "/api"
 * ("/events", "/dyads/RUS-VNM", "/documents/ID"...).  Unknown or repeated
 * parameters are errors (400).  Writes a NUL-terminated JSON body to
 * *body (caller frees with free()) and its length to *len; returns the
 * HTTP status (200, 400 bad parameter, 404 no such path or id, 500 store
 * error). */
ATT_EXPORT int att_api_get(att_store *st, const char *path, const att_api_param *params, size_t nparams,
                           char **body, size_t *len);

/* POST /api/documents: `data` is one JSON object {"text", "id",
 * "published", "source", "url", "title", "lang"} (only text required),
 * an array of up to 1,000 of them, or {"documents": [...]}.  Every
 * document is checked first, then extracted with `ws` and stored in one
 * transaction (all or none), as `attache ingest` would.  Returns 201 (something stored),
 * 200 (every document was already stored unchanged), 400 or 500; the
 * body lists each document's id, status (new, replaced, unchanged) and
 * counts.  Caller frees *body. */
ATT_EXPORT int att_api_post_documents(att_store *st, att_workspace *ws, const char *data, size_t n,
                                      char **body, size_t *len);

/* An error body {"error": message, "status": status}; returns status.
 * Caller frees *body. */
ATT_EXPORT int att_api_error(int status, const char *message, char **body, size_t *len);

#ifdef __cplusplus
}
#endif
#endif /* ATTACHE_H */
