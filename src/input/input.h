/* input.h: where documents come from.  A reader walks its inputs (files,
 * folders, archives, standard input) and hands out one document at a time;
 * the formats (JSON Lines, text, HTML, WARC) sit on a byte stream that
 * hides compression.  Internal. */
#ifndef ATT_INPUT_H
#define ATT_INPUT_H

#include "../util/util.h"

#include <archive.h>
#include <archive_entry.h>
#include <attache.h>
#include <json-c/json.h>
#include <stdio.h>

/* A byte stream with its own buffer: a plain file, standard input, or an
 * entry of a libarchive handle (a compressed file, a tar or zip member). */
typedef struct {
    FILE *f;
    struct archive *ar;         /* borrowed from the source when set */
    char buf[65536];
    size_t pos, len;
    uint64_t offset;            /* bytes consumed so far */
    int eof, error;
} att_stream;

size_t att_stream_read(att_stream *s, void *dst, size_t n);
/* Reads a line (without its \n) into line.  Returns 1, or 0 at the end.
 * A line longer than max is skipped to its end: *too_long gets its length
 * and line is left empty. */
int att_stream_getline(att_stream *s, att_buf *line, size_t max, uint64_t *too_long);
/* Peeks at the next byte without consuming it, or -1 at the end. */
int att_stream_peek(att_stream *s);

enum { ATT_FMT_JSONL = 1, ATT_FMT_TEXT, ATT_FMT_HTML, ATT_FMT_WARC };

/* The format a file name implies, after its compression suffix. */
int att_format_of(const char *name, int *compressed, int *archive);

/* per-format state */
typedef struct {
    json_tokener *tok;
    json_object *obj;
    att_buf line;
    att_buf strs;               /* the fast path's decoded strings (jsonl.c) */
    int seen;                   /* a non-blank line was read in this source */
} att_jsonl_state;

struct att_reader;
/* jsonl.c */
int att_jsonl_next(struct att_reader *rd, att_input *in, att_error *err);
/* warc.c */
int att_warc_next(struct att_reader *rd, att_input *in, att_error *err);

/* reader.c: what the formats share */
typedef struct {
    int fmt;
    char name[512];             /* input name for messages */
    att_stream st;
    uint64_t line;
    int started;
} att_source;

struct att_reader {
    att_reader_options opt;
    char **paths;               /* pending files, in order */
    size_t npaths, ipath;
    char *top;                  /* the path given to att_reader_open */
    const void *mem;            /* att_reader_open_buffer: the bytes */
    size_t mem_len;
    struct archive *ar;         /* open archive (compressed file or tar/zip) */
    int ar_multi;               /* tar/zip: iterate members */
    char ar_name[512];
    att_source src;
    int have_src;
    att_jsonl_state js;
    att_buf doc;                /* text of the current document */
    att_buf id, url, published, source, title;
};

void att_reader_error(struct att_reader *rd, att_error *err, att_status code, const char *msg, uint64_t offset,
                      const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* A stable id from the content when the input gives none. */
void att_content_id(att_buf *out, const char *text, size_t len);

#endif
