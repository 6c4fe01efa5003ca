/* jsonl.c: JSON Lines, one document per line:
 * {"id", "text", "published", "source", "url", "title"}; only "text" is
 * required.  A line that is not a JSON object with a string "text" is
 * reported (line and byte offset) and skipped.
 *
 * Lines as documents come (one flat object of strings) are read by a parser
 * of our own, in one pass without building objects; anything else (numbers,
 * nested values, surrogate escapes, any error) goes to json-c, which decides
 * and words the error.  Both give the same fields for the same line. */
#include "input.h"

#include "../text/text.h"

static const char *get_str(json_object *o, const char *k, size_t *len)
{
    json_object *v;
    if (!json_object_object_get_ex(o, k, &v) || !v) return NULL;
    if (json_object_is_type(v, json_type_string)) {
        if (len) *len = (size_t)json_object_get_string_len(v);
        return json_object_get_string(v);
    }
    if (json_object_is_type(v, json_type_int) || json_object_is_type(v, json_type_double)) {
        const char *s = json_object_get_string(v);
        if (len) *len = strlen(s);
        return s;
    }
    return NULL;
}

/* ---- the fast path ---- */

enum { F_ID, F_TEXT, F_PUBLISHED, F_SOURCE, F_URL, F_TITLE, F_LANG, F_N };
static const char *const field_names[F_N] = {"id", "text", "published", "source", "url", "title", "lang"};

static size_t skip_ws(const char *l, size_t n, size_t i)
{
    while (i < n && (l[i] == ' ' || l[i] == '\t' || l[i] == '\r' || l[i] == '\n')) i++;
    return i;
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
}

/* The string at l[i] == '"' decoded onto out (NUL-terminated); returns the
 * index after its closing quote, or 0 to leave the line to json-c (a
 * control byte, a surrogate or NUL escape, no closing quote). */
static size_t fast_string(const char *l, size_t n, size_t i, att_buf *out)
{
    i++;
    for (;;) {
        size_t run = att_json_plain_end((const unsigned char *)l, i, n, 0);
        att_buf_put(out, l + i, run - i);
        i = run;
        if (i >= n || (unsigned char)l[i] < 0x20) return 0;
        if (l[i] == '"') break;
        if (i + 1 >= n) return 0;
        char e = l[i + 1], c;
        i += 2;
        switch (e) {
        case '"': c = '"'; break;
        case '\\': c = '\\'; break;
        case '/': c = '/'; break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        case 'u': {
            if (i + 4 > n) return 0;
            int v = 0;
            for (int k = 0; k < 4; k++) {
                int h = hexval(l[i + k]);
                if (h < 0) return 0;
                v = v << 4 | h;
            }
            if (v == 0 || (v >= 0xD800 && v <= 0xDFFF)) return 0;
            i += 4;
            char u[3];   /* below U+10000: at most three bytes */
            if (v < 0x80) u[0] = (char)v, att_buf_put(out, u, 1);
            else if (v < 0x800) u[0] = (char)(0xC0 | v >> 6), u[1] = (char)(0x80 | (v & 0x3F)), att_buf_put(out, u, 2);
            else
                u[0] = (char)(0xE0 | v >> 12), u[1] = (char)(0x80 | ((v >> 6) & 0x3F)), u[2] = (char)(0x80 | (v & 0x3F)),
                att_buf_put(out, u, 3);
            continue;
        }
        default: return 0;
        }
        att_buf_putc(out, c);
    }
    att_buf_putc(out, 0);
    return i + 1;
}

/* One line as a flat object of strings (and null or true/false values,
 * which no field takes): the fields' offsets into rd->js.strs, -1 where
 * absent; 0 to leave the line to json-c. */
static int fast_object(const char *l, size_t n, att_buf *strs, int64_t off[F_N], size_t len[F_N])
{
    strs->n = 0;
    for (int f = 0; f < F_N; f++) off[f] = -1, len[f] = 0;
    size_t i = skip_ws(l, n, 0);
    if (i >= n || l[i] != '{') return 0;
    i = skip_ws(l, n, i + 1);
    if (i < n && l[i] == '}') return skip_ws(l, n, i + 1) == n;
    for (;;) {
        if (i >= n || l[i] != '"') return 0;
        size_t ks = i + 1, ke = ks;
        while (ke < n && l[ke] != '"' && l[ke] != '\\' && (unsigned char)l[ke] >= 0x20) ke++;
        if (ke >= n || l[ke] != '"') return 0;
        int f = F_N;
        for (int k = 0; k < F_N; k++)
            if (strlen(field_names[k]) == ke - ks && memcmp(field_names[k], l + ks, ke - ks) == 0) f = k;
        i = skip_ws(l, n, ke + 1);
        if (i >= n || l[i] != ':') return 0;
        i = skip_ws(l, n, i + 1);
        if (i >= n) return 0;
        if (l[i] == '"') {
            size_t at = strs->n;
            size_t j = fast_string(l, n, i, strs);
            if (!j) return 0;
            if (f < F_N) off[f] = (int64_t)at, len[f] = strs->n - at - 1;   /* a repeated key: the last wins */
            i = j;
        } else {
            static const char *const words[] = {"null", "true", "false"};
            size_t w = 0;
            for (size_t k = 0; k < 3 && !w; k++)
                if (n - i >= strlen(words[k]) && memcmp(l + i, words[k], strlen(words[k])) == 0) w = strlen(words[k]);
            if (!w) return 0;                  /* numbers, objects, arrays: json-c */
            if (f < F_N) off[f] = -1, len[f] = 0;
            i += w;
        }
        i = skip_ws(l, n, i);
        if (i >= n) return 0;
        if (l[i] == '}') return skip_ws(l, n, i + 1) == n;
        if (l[i] != ',') return 0;
        i = skip_ws(l, n, i + 1);
    }
}

int att_jsonl_next(struct att_reader *rd, att_input *in, att_error *err)
{
    att_source *src = &rd->src;
    if (!rd->js.tok) rd->js.tok = json_tokener_new_ex(JSON_TOKENER_DEFAULT_DEPTH);
    if (rd->js.obj) {
        json_object_put(rd->js.obj);
        rd->js.obj = NULL;
    }
    for (;;) {
        uint64_t line_off = src->st.offset, too_long;
        if (!att_stream_getline(&src->st, &rd->js.line, rd->opt.max_doc_bytes, &too_long)) {
            if (!src->started || !rd->js.seen) {
                src->started = 1;
                rd->js.seen = 1;
                src->line = 0;
                att_reader_error(rd, err, ATT_ERR_EMPTY, "empty file", 0, "empty file: no documents");
                return -1;
            }
            if (src->st.error) {
                att_reader_error(rd, err, ATT_ERR_IO, "read error", src->st.offset, "read error or damaged compressed data");
                src->st.error = 0;
                return -1;
            }
            return 0;
        }
        int first = !src->started;
        src->started = 1;
        src->line++;
        if (too_long) {
            att_reader_error(rd, err, ATT_ERR_TOO_LONG, "line too long", line_off,
                             "line of %llu bytes exceeds the limit of %zu bytes; skipped",
                             (unsigned long long)too_long, rd->opt.max_doc_bytes);
            return -1;
        }
        const char *l = rd->js.line.p;
        size_t n = rd->js.line.n;
        size_t k = 0;
        while (k < n && (l[k] == ' ' || l[k] == '\t' || l[k] == '\r')) k++;
        if (k == n) continue;   /* blank line */
        rd->js.seen = 1;
        const char *nul = memchr(l, 0, n);
        if (nul) {
            if (first) {
                att_reader_error(rd, err, ATT_ERR_BINARY, "binary file", line_off + (uint64_t)(nul - l),
                                 "binary data, not JSON Lines; file skipped");
                src->st.eof = 1;
                src->st.pos = src->st.len = 0;
                return -1;
            }
            att_reader_error(rd, err, ATT_ERR_JSON, "invalid JSON", line_off + (uint64_t)(nul - l),
                             "NUL byte inside a JSON line; line skipped");
            return -1;
        }
        int64_t off[F_N];
        size_t flen[F_N];
        if (fast_object(l, n, &rd->js.strs, off, flen) && off[F_TEXT] >= 0) {
            const char *v[F_N];
            for (int f = 0; f < F_N; f++) v[f] = off[f] >= 0 ? rd->js.strs.p + off[f] : NULL;
            memset(in, 0, sizeof *in);
            if (!v[F_ID] || !flen[F_ID]) {
                att_content_id(&rd->id, v[F_TEXT], flen[F_TEXT]);
                v[F_ID] = rd->id.p;
            }
            in->id = v[F_ID];
            in->text = v[F_TEXT];
            in->len = flen[F_TEXT];
            in->published = v[F_PUBLISHED];
            in->source = v[F_SOURCE];
            in->url = v[F_URL];
            in->title = v[F_TITLE];
            in->lang = v[F_LANG];
            goto done;
        }
        json_tokener_reset(rd->js.tok);
        json_object *o = json_tokener_parse_ex(rd->js.tok, l, (int)n);
        enum json_tokener_error je = json_tokener_get_error(rd->js.tok);
        size_t end = json_tokener_get_parse_end(rd->js.tok);
        if (!o && je == json_tokener_continue) {
            att_reader_error(rd, err, ATT_ERR_JSON, "invalid JSON", line_off + n,
                             "truncated JSON: the line ends inside an unfinished value; line skipped");
            return -1;
        }
        if (!o || je != json_tokener_success) {
            if (o) json_object_put(o);
            att_reader_error(rd, err, ATT_ERR_JSON, "invalid JSON", line_off + end, "invalid JSON: %s; line skipped",
                             json_tokener_error_desc(je));
            return -1;
        }
        while (end < n && (l[end] == ' ' || l[end] == '\t' || l[end] == '\r')) end++;
        if (end < n) {
            json_object_put(o);
            att_reader_error(rd, err, ATT_ERR_JSON, "invalid JSON", line_off + end,
                             "text after the JSON object; line skipped");
            return -1;
        }
        if (!json_object_is_type(o, json_type_object)) {
            json_object_put(o);
            att_reader_error(rd, err, ATT_ERR_JSON, "invalid JSON", line_off + k, "not a JSON object; line skipped");
            return -1;
        }
        size_t tl = 0;
        const char *text = NULL;
        json_object *tv;
        if (json_object_object_get_ex(o, "text", &tv) && json_object_is_type(tv, json_type_string)) {
            text = json_object_get_string(tv);
            tl = (size_t)json_object_get_string_len(tv);
        }
        if (!text) {
            json_object_put(o);
            att_reader_error(rd, err, ATT_ERR_JSON, "invalid document", line_off + k,
                             "no \"text\" string in the object; line skipped");
            return -1;
        }
        rd->js.obj = o;
        memset(in, 0, sizeof *in);
        size_t idl = 0;
        const char *id = get_str(o, "id", &idl);
        if (!id || !idl) {
            att_content_id(&rd->id, text, tl);
            id = rd->id.p;
        }
        in->id = id;
        in->text = text;
        in->len = tl;
        in->published = get_str(o, "published", NULL);
        in->source = get_str(o, "source", NULL);
        in->url = get_str(o, "url", NULL);
        in->title = get_str(o, "title", NULL);
        in->lang = get_str(o, "lang", NULL);
    done:
        in->is_html = 0;
        in->input = src->name;
        in->line = src->line;
        in->offset = line_off;
        size_t bad = att_utf8_first_invalid(l, n);
        in->invalid_at = bad < n ? (int64_t)(line_off + bad) : -1;
        return 1;
    }
}
