/* query.c: `attache query`: what the store knows, filtered; a table on a
 * terminal, JSON Lines or CSV in a pipe.  Also the filter options that
 * `attache export` shares. */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* filter options, shared with export.c: returns 1 when it took c */
int att_cli_filter_opt(int c, const char *arg, att_query *q)
{
    char *end;
    switch (c) {
    case 'c': q->country = arg; return 1;
    case 'p': q->pair = arg; return 1;
    case 't': q->types = arg; return 1;
    case 'Q':
        q->quad = (int)strtol(arg, &end, 10);
        if (*end || q->quad < 1 || q->quad > 4) {
            fprintf(stderr, "attache: --quad is 1 (verbal cooperation) to 4 (material conflict)\n");
            return -1;
        }
        return 1;
    case 'F': q->from = arg; return 1;
    case 'T': q->to = arg; return 1;
    case 'P': q->person = arg; return 1;
    case 's': q->text = arg; return 1;
    case 'd': q->doc = arg; return 1;
    case 'S': q->sector = arg; return 1;
    case 'n':
        q->limit = strtoll(arg, &end, 10);
        if (*end || q->limit < 1) {
            fprintf(stderr, "attache: --limit wants a positive number\n");
            return -1;
        }
        return 1;
    }
    return 0;
}

const char *att_cli_filter_help =
    "  -c, --country CODE     events with this country on either side (ISO alpha-3)\n"
    "  -p, --pair A,B         events between A and B, either way round\n"
    "  -t, --type T[,T...]    PLOVER types (CONSULT, AGREE, ...)\n"
    "      --quad N           PLOVER quad class: 1 verbal cooperation, 2 material\n"
    "                         cooperation, 3 verbal conflict, 4 material conflict\n"
    "      --from DATE        events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)\n"
    "      --to DATE          events on or before DATE\n"
    "      --person NAME      events whose actors include NAME (any script, part of it)\n"
    "  -s, --text WORDS       reported in documents containing all WORDS (diacritics\n"
    "                         and case ignored)\n"
    "      --doc ID           reported in document ID\n"
    "      --sector S         agreements of sector S\n"
    "  -n, --limit N          at most N rows\n";

/* display width of UTF-8 text, one column a code point */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++) w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

/* the first `cols` columns of s, with an ellipsis when cut */
static void put_cut(FILE *out, const char *s, size_t cols)
{
    size_t w = width(s);
    if (w <= cols) {
        fputs(s, out);
        for (size_t i = w; i < cols; i++) fputc(' ', out);
        return;
    }
    size_t k = 0;
    const char *p = s;
    for (; *p; p++) {
        if (((unsigned char)*p & 0xC0) != 0x80) {
            if (k == cols - 1) break;
            k++;
        }
        fputc(*p, out);
    }
    fputs("…", out);
}

static void json_str(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (*p < 0x20) fprintf(out, "\\u%04x", *p);
            else fputc(*p, out);
        }
    }
    fputc('"', out);
}

static void csv_str(FILE *out, const char *s)
{
    if (!strpbrk(s, ",\"\n\r")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"') fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

/* numbers print the same from both back ends */
static const char *number(const char *v, char type, char *buf, size_t size)
{
    if (type == 'f') {
        snprintf(buf, size, "%.15g", strtod(v, NULL));
        return buf;
    }
    return v;
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: attache query [OPTIONS]\n"
            "\n"
            "Lists what the store holds: events (merged across reports: one row an\n"
            "event, with its numbers of mentions, sources and articles), or mentions\n"
            "(one row a report), documents, agreements, relations or persons.\n"
            "\n"
            "      --db URL           the store (default attache.db, or $ATTACHE_DB)\n"
            "  -l, --list WHAT        events (default), mentions, documents, agreements,\n"
            "                         relations or persons\n"
            "%s"
            "  -f, --format F         table, jsonl or csv (default: table on a terminal,\n"
            "                         jsonl in a pipe)\n"
            "  -o, --output FILE      write to FILE\n"
            "      --count            print only the number of rows\n"
            "  -h, --help             this help\n"
            "\n"
            "Exit status: 0 done (whether or not anything matched); 2 usage error;\n"
            "3 the store failed.\n",
            att_cli_filter_help);
}

int att_cmd_query(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, 0, 'D'},      {"list", required_argument, 0, 'l'},
        {"country", required_argument, 0, 'c'}, {"pair", required_argument, 0, 'p'},
        {"type", required_argument, 0, 't'},    {"quad", required_argument, 0, 'Q'},
        {"from", required_argument, 0, 'F'},    {"to", required_argument, 0, 'T'},
        {"person", required_argument, 0, 'P'},  {"text", required_argument, 0, 's'},
        {"doc", required_argument, 0, 'd'},     {"sector", required_argument, 0, 'S'},
        {"limit", required_argument, 0, 'n'},   {"format", required_argument, 0, 'f'},
        {"output", required_argument, 0, 'o'},  {"count", no_argument, 0, 'C'},
        {"help", no_argument, 0, 'h'},          {0, 0, 0, 0},
    };
    const char *db = getenv("ATTACHE_DB"), *format = NULL, *out_path = NULL;
    att_query q;
    memset(&q, 0, sizeof q);
    int c, count = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "l:c:p:t:s:n:f:o:h", opts, NULL)) != -1) {
        int k = att_cli_filter_opt(c, optarg, &q);
        if (k < 0) return 2;
        if (k) continue;
        switch (c) {
        case 'D': db = optarg; break;
        case 'l': q.what = optarg; break;
        case 'f': format = optarg; break;
        case 'o': out_path = optarg; break;
        case 'C': count = 1; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "attache query: unexpected argument '%s'\n", argv[optind]);
        return 2;
    }
    FILE *out = stdout;
    if (out_path && strcmp(out_path, "-") != 0) {
        out = fopen(out_path, "wb");
        if (!out) {
            fprintf(stderr, "attache: %s: %s\n", out_path, strerror(errno));
            return 3;
        }
    }
    if (!format) format = isatty(fileno(out)) ? "table" : "jsonl";
    int fmt = strcmp(format, "table") == 0 ? 't' : strcmp(format, "jsonl") == 0 ? 'j' : strcmp(format, "csv") == 0 ? 'c' : 0;
    if (!fmt) {
        fprintf(stderr, "attache query: --format is table, jsonl or csv\n");
        if (out != stdout) fclose(out);
        return 2;
    }
    att_error err;
    char msg[1024];
    att_store *st = att_store_open(db, &err);
    if (!st) {
        fprintf(stderr, "attache: %s\n", att_error_format(&err, msg, sizeof msg));
        if (out != stdout) fclose(out);
        return 3;
    }
    att_rows *r = att_store_query(st, &q, &err);
    if (!r) {
        fprintf(stderr, "attache query: %s\n", err.code == ATT_ERR_USAGE ? err.detail : att_error_format(&err, msg, sizeof msg));
        att_store_close(st);
        if (out != stdout) fclose(out);
        return err.code == ATT_ERR_USAGE ? 2 : 3;
    }
    int n = att_rows_ncols(r), k;
    char nb[64];
    /* a table needs every row to size its columns */
    char ***rows = NULL;
    size_t nrows = 0, cap = 0;
    if (count) {
        long long rows_n = 0;
        while ((k = att_rows_next(r)) == 1) rows_n++;
        int rc = 0;
        if (k < 0) {
            fprintf(stderr, "attache query: %s\n", att_rows_error(r));
            rc = 3;
        } else {
            fprintf(out, "%lld\n", rows_n);
        }
        att_rows_free(r);
        att_store_close(st);
        if (out != stdout) fclose(out);
        return rc;
    }
    if (fmt == 'c') {
        for (int i = 0; i < n; i++) fprintf(out, "%s%s", i ? "," : "", att_rows_name(r, i));
        fputc('\n', out);
    }
    while ((k = att_rows_next(r)) == 1) {
        if (fmt == 't') {
            if (nrows == cap) rows = realloc(rows, (cap = cap ? cap * 2 : 64) * sizeof *rows);
            char **row = calloc((size_t)n, sizeof *row);
            for (int i = 0; i < n; i++) {
                const char *v = att_rows_value(r, i);
                v = v ? number(v, att_rows_type(r, i), nb, sizeof nb) : "";
                row[i] = strdup(v);
                for (char *x = row[i]; *x; x++)
                    if (*x == '\n' || *x == '\t' || *x == '\r') *x = ' ';
            }
            rows[nrows++] = row;
        } else if (fmt == 'j') {
            fputc('{', out);
            for (int i = 0; i < n; i++) {
                const char *v = att_rows_value(r, i);
                fprintf(out, "%s\"%s\":", i ? "," : "", att_rows_name(r, i));
                if (!v) fputs("null", out);
                else if (att_rows_type(r, i) != 's') fputs(number(v, att_rows_type(r, i), nb, sizeof nb), out);
                else json_str(out, v);
            }
            fputs("}\n", out);
        } else {
            for (int i = 0; i < n; i++) {
                const char *v = att_rows_value(r, i);
                if (i) fputc(',', out);
                if (v) csv_str(out, att_rows_type(r, i) == 's' ? v : number(v, att_rows_type(r, i), nb, sizeof nb));
            }
            fputc('\n', out);
        }
    }
    int rc = 0;
    if (k < 0) {
        fprintf(stderr, "attache query: %s\n", att_rows_error(r));
        rc = 3;
    }
    if (fmt == 't') {
        size_t *w = calloc((size_t)n, sizeof *w);
        for (int i = 0; i < n; i++) {
            w[i] = width(att_rows_name(r, i));
            for (size_t j = 0; j < nrows; j++) {
                size_t x = width(rows[j][i]);
                if (x > w[i]) w[i] = x;
            }
            size_t maxw = strcmp(att_rows_name(r, i), "evidence") == 0 ? 60 : 32;
            if (w[i] > maxw) w[i] = maxw;
        }
        for (int i = 0; i < n; i++) {
            if (i) fputs("  ", out);
            put_cut(out, att_rows_name(r, i), w[i]);
        }
        fputc('\n', out);
        for (size_t j = 0; j < nrows; j++) {
            for (int i = 0; i < n; i++) {
                if (i) fputs("  ", out);
                put_cut(out, rows[j][i], w[i]);
            }
            fputc('\n', out);
            for (int i = 0; i < n; i++) free(rows[j][i]);
            free(rows[j]);
        }
        fprintf(out, "(%zu row%s)\n", nrows, nrows == 1 ? "" : "s");
        free(w);
        free(rows);
    }
    att_rows_free(r);
    att_store_close(st);
    if (fflush(out) != 0) rc = 3;
    if (out != stdout && fclose(out) != 0) rc = 3;
    return rc;
}
