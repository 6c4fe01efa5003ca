/* jsonl.c: JSON Lines, one document per line:
 * {"id", "text", "published", "source", "url", "title"}; only "text" is
 * required.  Parsed with json-c; a line that is not a JSON object with a
 * string "text" is reported (line and byte offset) and skipped. */
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
        in->is_html = 0;
        in->input = src->name;
        in->line = src->line;
        in->offset = line_off;
        size_t bad = att_utf8_first_invalid(l, n);
        in->invalid_at = bad < n ? (int64_t)(line_off + bad) : -1;
        return 1;
    }
}
