/* reader.c: inputs -> documents.  Paths are expanded (folders recursively,
 * in name order), each file is opened as a stream (plain, or through
 * libarchive for .gz .zst .xz .bz2 and .tar/.zip), and its format reader
 * hands out documents.  A bad file or line is reported with its name, line
 * and byte offset, and reading goes on with the next one. */
#include "input.h"

#include "../text/text.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/stat.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#define DEFAULT_MAX_DOC (16u << 20)

/* ---- errors ---- */

const char *att_error_format(const att_error *err, char *buf, size_t size)
{
    if (!err->line && !err->offset && err->code == ATT_ERR_IO)
        snprintf(buf, size, "%s: %s", err->input, err->detail[0] ? err->detail : (err->message ? err->message : "error"));
    else if (err->line)
        snprintf(buf, size, "%s: line %llu, byte %llu: %s", err->input, (unsigned long long)err->line,
                 (unsigned long long)err->offset, err->detail[0] ? err->detail : (err->message ? err->message : "error"));
    else
        snprintf(buf, size, "%s: byte %llu: %s", err->input, (unsigned long long)err->offset,
                 err->detail[0] ? err->detail : (err->message ? err->message : "error"));
    return buf;
}

void att_reader_error(struct att_reader *rd, att_error *err, att_status code, const char *msg, uint64_t offset,
                      const char *fmt, ...)
{
    if (!err) return;
    memset(err, 0, sizeof *err);
    err->code = code;
    err->message = msg;
    snprintf(err->input, sizeof err->input, "%s", rd->src.name);
    err->line = rd->src.line;
    err->offset = offset;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->detail, sizeof err->detail, fmt, ap);
    va_end(ap);
}

void att_content_id(att_buf *out, const char *text, size_t len)
{
    att_buf_reset(out);
    att_buf_printf(out, "doc-%016llx", (unsigned long long)XXH3_64bits(text, len));
}

/* ---- streams ---- */

static void fill(att_stream *s)
{
    if (s->eof || s->pos < s->len) return;
    s->pos = s->len = 0;
    if (s->ar) {
        la_ssize_t r = archive_read_data(s->ar, s->buf, sizeof s->buf);
        if (r < 0) s->error = 1, s->eof = 1;
        else if (r == 0) s->eof = 1;
        else s->len = (size_t)r;
    } else if (s->f) {
        size_t r = fread(s->buf, 1, sizeof s->buf, s->f);
        if (r == 0) {
            if (ferror(s->f)) s->error = 1;
            s->eof = 1;
        }
        s->len = r;
    } else {
        s->eof = 1;
    }
}

int att_stream_peek(att_stream *s)
{
    fill(s);
    return s->pos < s->len ? (unsigned char)s->buf[s->pos] : -1;
}

size_t att_stream_read(att_stream *s, void *dst, size_t n)
{
    size_t got = 0;
    while (got < n) {
        fill(s);
        if (s->pos >= s->len) break;
        size_t k = ATT_MIN(n - got, s->len - s->pos);
        if (dst) memcpy((char *)dst + got, s->buf + s->pos, k);
        s->pos += k;
        got += k;
    }
    s->offset += got;
    return got;
}

int att_stream_getline(att_stream *s, att_buf *line, size_t max, uint64_t *too_long)
{
    att_buf_reset(line);
    *too_long = 0;
    uint64_t total = 0;
    int any = 0;
    for (;;) {
        fill(s);
        if (s->pos >= s->len) break;
        any = 1;
        char *start = s->buf + s->pos;
        char *nl = memchr(start, '\n', s->len - s->pos);
        size_t k = nl ? (size_t)(nl - start) : s->len - s->pos;
        total += k;
        if (total <= max) att_buf_put(line, start, k);
        s->pos += k + (nl ? 1 : 0);
        s->offset += k + (nl ? 1 : 0);
        if (nl) break;
    }
    if (total > max) {
        *too_long = total;
        att_buf_reset(line);
    }
    if (line->n && line->p[line->n - 1] == '\r') line->p[--line->n] = 0;
    return any;
}

/* ---- formats by name ---- */

static int ends_with(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    if (a < b) return 0;
    for (size_t i = 0; i < b; i++) {
        char c = s[a - b + i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != suf[i]) return 0;
    }
    return 1;
}

int att_format_of(const char *name, int *compressed, int *archive)
{
    char base[1024];
    snprintf(base, sizeof base, "%s", name);
    *compressed = 0;
    *archive = 0;
    static const char *const comp[] = {".gz", ".zst", ".xz", ".bz2", ".zstd", NULL};
    for (int i = 0; comp[i]; i++) {
        if (ends_with(base, comp[i])) {
            base[strlen(base) - strlen(comp[i])] = 0;
            *compressed = 1;
            break;
        }
    }
    if (ends_with(base, ".tar") || ends_with(base, ".zip") || ends_with(name, ".tgz")) {
        *archive = 1;
        return 0;
    }
    if (ends_with(base, ".jsonl") || ends_with(base, ".json") || ends_with(base, ".ndjson")) return ATT_FMT_JSONL;
    if (ends_with(base, ".html") || ends_with(base, ".htm") || ends_with(base, ".xhtml")) return ATT_FMT_HTML;
    if (ends_with(base, ".warc")) return ATT_FMT_WARC;
    return ATT_FMT_TEXT;
}

/* ---- paths ---- */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_path(att_reader *rd, const char *p, size_t *cap)
{
    if (rd->npaths == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        rd->paths = att_xrealloc(rd->paths, *cap * sizeof *rd->paths);
    }
    rd->paths[rd->npaths++] = att_xstrdup(p);
}

static void walk_dir(att_reader *rd, const char *dir, size_t *cap, int depth)
{
    DIR *d = opendir(dir);
    if (!d || depth > 32) {
        if (d) closedir(d);
        return;
    }
    char **names = NULL;
    size_t n = 0, ncap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        if (n == ncap) {
            ncap = ncap ? ncap * 2 : 32;
            names = att_xrealloc(names, ncap * sizeof *names);
        }
        names[n++] = att_xstrdup(de->d_name);
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", dir, names[i]);
        struct stat sb;
        if (stat(p, &sb) == 0) {
            if (S_ISDIR(sb.st_mode)) walk_dir(rd, p, cap, depth + 1);
            else if (S_ISREG(sb.st_mode)) add_path(rd, p, cap);
        }
        free(names[i]);
    }
    free(names);
}

att_reader *att_reader_open(const char *path, const att_reader_options *opts, att_error *err)
{
    if (err) memset(err, 0, sizeof *err);
    att_reader *rd = att_xcalloc(1, sizeof *rd);
    if (opts) rd->opt = *opts;
    if (!rd->opt.max_doc_bytes) rd->opt.max_doc_bytes = DEFAULT_MAX_DOC;
    rd->top = att_xstrdup(path);
    att_buf_init(&rd->js.line);
    att_buf_init(&rd->js.strs);
    att_buf_init(&rd->doc);
    att_buf_init(&rd->id);
    att_buf_init(&rd->url);
    att_buf_init(&rd->published);
    att_buf_init(&rd->source);
    att_buf_init(&rd->title);
    size_t cap = 0;
    if (strcmp(path, "-") == 0) {
        add_path(rd, "-", &cap);
        return rd;
    }
    struct stat sb;
    if (stat(path, &sb) != 0) {
        if (err) {
            err->code = ATT_ERR_IO;
            err->message = "cannot open input";
            snprintf(err->input, sizeof err->input, "%s", path);
            snprintf(err->detail, sizeof err->detail, "cannot open: %s", strerror(errno));
        }
        att_reader_free(rd);
        return NULL;
    }
    if (S_ISDIR(sb.st_mode)) walk_dir(rd, path, &cap, 0);
    else add_path(rd, path, &cap);
    return rd;
}

att_reader *att_reader_open_buffer(const char *name, const void *data, size_t len, const att_reader_options *opts,
                                   att_error *err)
{
    if (err) memset(err, 0, sizeof *err);
    att_reader *rd = att_reader_open("-", opts, err);
    free(rd->paths[0]);
    rd->paths[0] = att_xstrdup(name && *name ? name : "buffer.txt");
    rd->mem = data;
    rd->mem_len = len;
    return rd;
}

static void close_source(att_reader *rd)
{
    if (rd->src.st.f && rd->src.st.f != stdin) fclose(rd->src.st.f);
    rd->src.st.f = NULL;
    rd->src.st.ar = NULL;
    if (rd->ar && !rd->ar_multi) {
        archive_read_free(rd->ar);
        rd->ar = NULL;
    }
    rd->have_src = 0;
}

static void start_source(att_reader *rd, const char *name, int fmt)
{
    memset(&rd->src.st, 0, offsetof(att_stream, buf));
    rd->src.st.pos = rd->src.st.len = 0;
    rd->src.st.offset = 0;
    rd->src.st.eof = rd->src.st.error = 0;
    rd->src.fmt = fmt;
    rd->src.line = 0;
    rd->src.started = 0;
    rd->js.seen = 0;
    snprintf(rd->src.name, sizeof rd->src.name, "%s", name);
    rd->have_src = 1;
}

static struct archive *new_archive(int multi)
{
    struct archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    if (multi) {
        archive_read_support_format_tar(a);
        archive_read_support_format_zip(a);
    } else {
        archive_read_support_format_raw(a);
    }
    return a;
}

/* Opens the next archive member as a source; 0 when the archive is done. */
static int next_member(att_reader *rd, att_error *err)
{
    struct archive_entry *e;
    for (;;) {
        int r = archive_read_next_header(rd->ar, &e);
        if (r == ARCHIVE_EOF) break;
        if (r < ARCHIVE_WARN) {
            snprintf(rd->src.name, sizeof rd->src.name, "%s", rd->ar_name);
            rd->src.line = 0;
            att_reader_error(rd, err, ATT_ERR_FORMAT, "bad archive", 0, "archive is damaged: %s",
                             archive_error_string(rd->ar));
            archive_read_free(rd->ar);
            rd->ar = NULL;
            rd->ar_multi = 0;
            return -1;
        }
        if (archive_entry_filetype(e) != AE_IFREG) continue;
        const char *mn = archive_entry_pathname(e);
        int comp, arch;
        int fmt = att_format_of(mn ? mn : "", &comp, &arch);
        if (!fmt || comp) continue;   /* nested archives are not opened */
        char name[1024];
        snprintf(name, sizeof name, "%s:%s", rd->ar_name, mn ? mn : "?");
        start_source(rd, name, fmt);
        rd->src.st.ar = rd->ar;
        return 1;
    }
    archive_read_free(rd->ar);
    rd->ar = NULL;
    rd->ar_multi = 0;
    return 0;
}

/* Opens the next path as a source.  1 = opened, 0 = no more, -1 = error. */
static int open_next(att_reader *rd, att_error *err)
{
    if (rd->ar && rd->ar_multi) {
        int r = next_member(rd, err);
        if (r != 0) return r;
    }
    while (rd->ipath < rd->npaths) {
        const char *p = rd->paths[rd->ipath++];
        if (strcmp(p, "-") == 0) {
            start_source(rd, "-", 0);
            rd->src.st.f = stdin;
            int c;
            while ((c = att_stream_peek(&rd->src.st)) == ' ' || c == '\n' || c == '\r' || c == '\t')
                att_stream_read(&rd->src.st, NULL, 1);
            int f = rd->opt.stdin_format;
            rd->src.fmt = f == 'j' ? ATT_FMT_JSONL : f == 't' ? ATT_FMT_TEXT : (c == '{' ? ATT_FMT_JSONL : ATT_FMT_TEXT);
            return 1;
        }
        int comp, arch;
        int fmt = att_format_of(p, &comp, &arch);
        if (rd->mem && rd->ipath == 1) {
            start_source(rd, p, fmt ? fmt : ATT_FMT_TEXT);
            if (comp || arch) {
                rd->ar = new_archive(0);
                struct archive_entry *e;
                if (archive_read_open_memory(rd->ar, rd->mem, rd->mem_len) != ARCHIVE_OK ||
                    archive_read_next_header(rd->ar, &e) != ARCHIVE_OK) {
                    att_reader_error(rd, err, ATT_ERR_FORMAT, "cannot decompress", 0, "cannot decompress: %s",
                                     archive_error_string(rd->ar));
                    archive_read_free(rd->ar);
                    rd->ar = NULL;
                    rd->have_src = 0;
                    return -1;
                }
                rd->src.st.ar = rd->ar;
                return 1;
            }
            rd->src.st.f = rd->mem_len ? fmemopen((void *)rd->mem, rd->mem_len, "rb") : NULL;
            if (!rd->src.st.f) rd->src.st.eof = 1;
            return 1;
        }
        if (arch) {
            rd->ar = new_archive(1);
            rd->ar_multi = 1;
            snprintf(rd->ar_name, sizeof rd->ar_name, "%s", p);
            if (archive_read_open_filename(rd->ar, p, 65536) != ARCHIVE_OK) {
                start_source(rd, p, 0);
                att_reader_error(rd, err, ATT_ERR_IO, "cannot open input", 0, "cannot open archive: %s",
                                 archive_error_string(rd->ar));
                rd->have_src = 0;
                archive_read_free(rd->ar);
                rd->ar = NULL;
                rd->ar_multi = 0;
                return -1;
            }
            int r = next_member(rd, err);
            if (r == 0) continue;
            return r;
        }
        start_source(rd, p, fmt);
        if (comp) {
            rd->ar = new_archive(0);
            struct archive_entry *e;
            if (archive_read_open_filename(rd->ar, p, 65536) != ARCHIVE_OK ||
                archive_read_next_header(rd->ar, &e) != ARCHIVE_OK) {
                att_reader_error(rd, err, ATT_ERR_FORMAT, "cannot decompress", 0, "cannot decompress: %s",
                                 archive_error_string(rd->ar));
                archive_read_free(rd->ar);
                rd->ar = NULL;
                rd->have_src = 0;
                return -1;
            }
            rd->src.st.ar = rd->ar;
        } else {
            rd->src.st.f = fopen(p, "rb");
            if (!rd->src.st.f) {
                att_reader_error(rd, err, ATT_ERR_IO, "cannot open input", 0, "cannot open: %s", strerror(errno));
                rd->have_src = 0;
                return -1;
            }
            /* a name that says nothing of its format (`notes`, `/tmp/tmp.X3fa`):
             * JSON Lines when it opens with `{`, as on standard input; `.txt`
             * stays text */
            if (fmt == ATT_FMT_TEXT && !ends_with(p, ".txt") && !ends_with(p, ".text") &&
                att_stream_peek(&rd->src.st) == '{')
                rd->src.fmt = ATT_FMT_JSONL;
        }
        return 1;
    }
    return 0;
}

static const char *base_id(const char *name, att_buf *out)
{
    const char *s = strrchr(name, '/');
    const char *c = strrchr(name, ':');
    if (c && (!s || c > s)) s = c;
    s = s ? s + 1 : name;
    att_buf_reset(out);
    att_buf_puts(out, s);
    /* drop compression and format extensions */
    for (int k = 0; k < 2; k++) {
        char *dot = strrchr(out->p, '.');
        if (dot && dot != out->p) {
            *dot = 0;
            out->n = (size_t)(dot - out->p);
        }
        int comp, arch;
        att_format_of(name, &comp, &arch);
        if (!comp) break;
    }
    return out->p;
}

static int looks_binary(const char *p, size_t n, size_t *at)
{
    size_t lim = ATT_MIN(n, (size_t)8192), bad = 0;
    for (size_t i = 0; i < lim; i++) {
        if (p[i] == 0) {
            *at = i;
            return 1;
        }
    }
    size_t inv = att_utf8_first_invalid(p, lim);
    if (inv < lim) {
        /* count invalid bytes in the sample */
        for (size_t i = 0; i < lim;) {
            int l = att_utf8_seqlen((const unsigned char *)p + i, lim - i);
            if (!l) bad++, i++;
            else i += (size_t)l;
        }
        if (bad * 10 > lim && lim - inv > 4) {
            *at = inv;
            return 1;
        }
    }
    return 0;
}

/* A whole file is one document (text or HTML). */
static int whole_file(att_reader *rd, att_input *in, att_error *err)
{
    att_buf_reset(&rd->doc);
    char tmp[65536];
    size_t got;
    uint64_t total = 0;
    while ((got = att_stream_read(&rd->src.st, tmp, sizeof tmp)) > 0) {
        total += got;
        if (total <= rd->opt.max_doc_bytes) att_buf_put(&rd->doc, tmp, got);
    }
    if (rd->src.st.error) {
        att_reader_error(rd, err, ATT_ERR_IO, "read error", rd->src.st.offset, "read error");
        return -1;
    }
    if (total > rd->opt.max_doc_bytes) {
        att_reader_error(rd, err, ATT_ERR_TOO_LONG, "document too long", 0,
                         "document of %llu bytes exceeds the limit of %zu bytes; skipped", (unsigned long long)total,
                         rd->opt.max_doc_bytes);
        return -1;
    }
    size_t k = 0;
    while (k < rd->doc.n && (rd->doc.p[k] == ' ' || rd->doc.p[k] == '\n' || rd->doc.p[k] == '\r' || rd->doc.p[k] == '\t')) k++;
    if (k == rd->doc.n) {
        att_reader_error(rd, err, ATT_ERR_EMPTY, "empty file", 0, "empty file: no text");
        return -1;
    }
    size_t at;
    if (looks_binary(rd->doc.p, rd->doc.n, &at)) {
        att_reader_error(rd, err, ATT_ERR_BINARY, "binary file", at, "binary data, not text; skipped");
        return -1;
    }
    memset(in, 0, sizeof *in);
    in->id = strcmp(rd->src.name, "-") == 0 ? "stdin" : base_id(rd->src.name, &rd->id);
    in->text = rd->doc.p ? rd->doc.p : "";
    in->len = rd->doc.n;
    in->is_html = rd->src.fmt == ATT_FMT_HTML;
    in->input = rd->src.name;
    in->line = 0;
    in->offset = 0;
    return 1;
}

int att_reader_next(att_reader *rd, att_input *in, att_error *err)
{
    if (err) memset(err, 0, sizeof *err);
    for (;;) {
        if (!rd->have_src) {
            int r = open_next(rd, err);
            if (r <= 0) return r;
        }
        int r = 0;
        switch (rd->src.fmt) {
        case ATT_FMT_JSONL: r = att_jsonl_next(rd, in, err); break;
        case ATT_FMT_WARC: r = att_warc_next(rd, in, err); break;
        default:
            if (rd->src.started) {
                r = 0;
            } else {
                rd->src.started = 1;
                r = whole_file(rd, in, err);
                if (r != 0) {
                    /* one document per file: the next call moves on */
                    return r;
                }
            }
        }
        if (r != 0) return r;
        close_source(rd);
    }
}

void att_reader_free(att_reader *rd)
{
    if (!rd) return;
    close_source(rd);
    if (rd->ar) archive_read_free(rd->ar);
    for (size_t i = 0; i < rd->npaths; i++) free(rd->paths[i]);
    free(rd->paths);
    free(rd->top);
    if (rd->js.tok) json_tokener_free(rd->js.tok);
    if (rd->js.obj) json_object_put(rd->js.obj);
    att_buf_free(&rd->js.line);
    att_buf_free(&rd->js.strs);
    att_buf_free(&rd->doc);
    att_buf_free(&rd->id);
    att_buf_free(&rd->url);
    att_buf_free(&rd->published);
    att_buf_free(&rd->source);
    att_buf_free(&rd->title);
    free(rd);
}
