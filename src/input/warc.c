/* warc.c: WARC files of crawled pages (ISO 28500), plain or .warc.gz.
 * Each `response` record with an HTML (or text) payload, and each
 * `resource` record, becomes one document: the id is the record id, the url
 * the target URI, and the text the HTTP body (HTML is reduced to the
 * article by the text stage).  Requests, metadata and warcinfo records are
 * skipped; a damaged record is reported and reading resumes at the next
 * `WARC/` header. */
#include "input.h"

#include <ctype.h>
#include <stdlib.h>

static int header_is(const char *line, const char *name, const char **value)
{
    size_t n = strlen(name);
    if (strncasecmp(line, name, n) != 0 || line[n] != ':') return 0;
    const char *v = line + n + 1;
    while (*v == ' ' || *v == '\t') v++;
    *value = v;
    return 1;
}

/* Decodes a chunked HTTP body in place; returns the new length. */
static size_t unchunk(char *p, size_t n)
{
    size_t r = 0, w = 0;
    while (r < n) {
        char *end;
        unsigned long sz = strtoul(p + r, &end, 16);
        if (end == p + r) return w ? w : n;
        char *nl = memchr(end, '\n', n - (size_t)(end - p));
        if (!nl) break;
        r = (size_t)(nl - p) + 1;
        if (sz == 0) break;
        if (sz > n - r) sz = n - r;
        memmove(p + w, p + r, sz);
        w += sz;
        r += sz;
        while (r < n && (p[r] == '\r' || p[r] == '\n')) r++;
    }
    return w;
}

int att_warc_next(struct att_reader *rd, att_input *in, att_error *err)
{
    att_source *src = &rd->src;
    att_buf *line = &rd->js.line;
    for (;;) {
        uint64_t rec_off = src->st.offset, too_long;
        /* find the version line, skipping blank lines between records */
        int found = 0;
        while (att_stream_getline(&src->st, line, 65536, &too_long)) {
            src->line++;
            if (line->n == 0 && !too_long) {
                rec_off = src->st.offset;
                continue;
            }
            if (!too_long && strncmp(line->p, "WARC/", 5) == 0) {
                found = 1;
                break;
            }
            if (!src->started) {
                src->started = 1;
                att_reader_error(rd, err, ATT_ERR_FORMAT, "not a WARC file", rec_off,
                                 "not a WARC file: expected a WARC/1.x version line; file skipped");
                src->st.eof = 1;
                src->st.pos = src->st.len = 0;
                return -1;
            }
            att_reader_error(rd, err, ATT_ERR_FORMAT, "bad WARC record", rec_off,
                             "expected a WARC/1.x version line; skipping to the next record");
            /* resynchronise: skip lines until a version line */
            while (att_stream_getline(&src->st, line, 65536, &too_long)) {
                src->line++;
                if (!too_long && strncmp(line->p, "WARC/", 5) == 0) break;
            }
            return -1;
        }
        if (!found) {
            if (!src->started) {
                src->started = 1;
                att_reader_error(rd, err, ATT_ERR_EMPTY, "empty file", 0, "empty file: no WARC records");
                return -1;
            }
            return 0;
        }
        src->started = 1;
        uint64_t rec_line = src->line;
        long long clen = -1;
        char type[64] = "", ctype[128] = "";
        att_buf_reset(&rd->url);
        att_buf_reset(&rd->id);
        att_buf_reset(&rd->published);
        while (att_stream_getline(&src->st, line, 65536, &too_long)) {
            src->line++;
            if (line->n == 0) break;
            const char *v;
            if (header_is(line->p, "Content-Length", &v)) clen = strtoll(v, NULL, 10);
            else if (header_is(line->p, "WARC-Type", &v)) snprintf(type, sizeof type, "%s", v);
            else if (header_is(line->p, "WARC-Target-URI", &v)) att_buf_puts(&rd->url, v);
            else if (header_is(line->p, "WARC-Record-ID", &v)) att_buf_puts(&rd->id, v);
            else if (header_is(line->p, "Content-Type", &v)) snprintf(ctype, sizeof ctype, "%s", v);
        }
        if (clen < 0) {
            src->line = rec_line;
            att_reader_error(rd, err, ATT_ERR_FORMAT, "bad WARC record", rec_off,
                             "WARC record without Content-Length; skipping to the next record");
            return -1;
        }
        if ((unsigned long long)clen > rd->opt.max_doc_bytes) {
            att_stream_read(&src->st, NULL, (size_t)clen);
            src->line = rec_line;
            att_reader_error(rd, err, ATT_ERR_TOO_LONG, "record too long", rec_off,
                             "WARC record of %lld bytes exceeds the limit of %zu bytes; skipped", clen,
                             rd->opt.max_doc_bytes);
            return -1;
        }
        att_buf_reset(&rd->doc);
        att_buf_reserve(&rd->doc, (size_t)clen);
        size_t got = att_stream_read(&src->st, rd->doc.p, (size_t)clen);
        rd->doc.n = got;
        rd->doc.p[got] = 0;
        for (size_t i = 0; i < got; i++)
            if (rd->doc.p[i] == '\n') src->line++;
        if (got < (size_t)clen) {
            src->line = rec_line;
            att_reader_error(rd, err, ATT_ERR_FORMAT, "truncated WARC record", rec_off,
                             "WARC record truncated: %zu of %lld bytes", got, clen);
            return -1;
        }
        int response = strcasecmp(type, "response") == 0, resource = strcasecmp(type, "resource") == 0;
        if (!response && !resource) continue;
        const char *body = rd->doc.p;
        size_t blen = rd->doc.n;
        char payload_type[128] = "";
        int chunked = 0;
        if (response && strncasecmp(ctype, "application/http", 16) == 0) {
            /* HTTP status line and headers */
            const char *p = body, *end = body + blen;
            if (end - p < 5 || strncmp(p, "HTTP/", 5) != 0) continue;
            while (p < end) {
                const char *nl = memchr(p, '\n', (size_t)(end - p));
                if (!nl) {
                    p = end;
                    break;
                }
                size_t ll = (size_t)(nl - p);
                if (ll && p[ll - 1] == '\r') ll--;
                if (ll == 0) {
                    p = nl + 1;
                    break;
                }
                char h[256];
                snprintf(h, sizeof h, "%.*s", (int)ATT_MIN(ll, sizeof h - 1), p);
                const char *v;
                if (header_is(h, "Content-Type", &v)) snprintf(payload_type, sizeof payload_type, "%s", v);
                else if (header_is(h, "Transfer-Encoding", &v) && strncasecmp(v, "chunked", 7) == 0) chunked = 1;
                p = nl + 1;
            }
            body = p;
            blen = (size_t)(end - p);
        } else {
            snprintf(payload_type, sizeof payload_type, "%s", ctype);
        }
        int html = strcasestr(payload_type, "html") != NULL;
        int text = strncasecmp(payload_type, "text/plain", 10) == 0;
        if (!html && !text) continue;
        if (chunked) blen = unchunk((char *)body, blen);
        memset(in, 0, sizeof *in);
        const char *id = rd->id.p;
        if (id && id[0] == '<') {
            size_t l = strlen(id);
            if (l > 2 && id[l - 1] == '>') rd->id.p[l - 1] = 0, id++;
        }
        if (id && strncmp(id, "urn:uuid:", 9) == 0) id += 9;
        if (!id || !*id) {
            att_content_id(&rd->id, body, blen);
            id = rd->id.p;
        }
        in->id = id;
        in->text = body;
        in->len = blen;
        in->url = rd->url.n ? rd->url.p : NULL;
        in->is_html = html;
        in->input = src->name;
        in->line = rec_line;
        in->offset = rec_off + (uint64_t)(src->st.offset - rec_off - (uint64_t)rd->doc.n) + (uint64_t)(body - rd->doc.p);
        in->invalid_at = -1;
        return 1;
    }
}
