/* json.c: the output record (spec/OUTPUT.md) written as one JSON object.
 * A streaming writer of our own: the schema is fixed, numbers need no
 * locale, and every string is escaped here and nowhere else.  Strings that
 * come from the input unchecked (ids, titles) are made valid UTF-8 on the
 * way out. */
#include "../core/doc.h"

#include <stdio.h>

void att_json_str(att_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    att_buf_reserve(b, n + 2);
    att_buf_putc(b, '"');
    size_t i = 0;
    while (i < n) {
        /* a run of bytes that go out as they are: printable ASCII but the
         * quote and the backslash, and whole valid UTF-8 sequences */
        size_t run = i;
        for (;;) {
            while (run < n && (unsigned char)s[run] >= 0x20 && (unsigned char)s[run] < 0x7f && s[run] != '"' &&
                   s[run] != '\\')
                run++;
            if (run >= n || (unsigned char)s[run] < 0x80) break;
            int l = att_utf8_seqlen((const unsigned char *)s + run, n - run);
            if (!l) break;
            run += (size_t)l;
        }
        if (run > i) {
            att_buf_put(b, s + i, run - i);
            i = run;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            int l = att_utf8_seqlen((const unsigned char *)s + i, n - i);
            if (!l) {
                att_buf_puts(b, "\\ufffd");
                i++;
                continue;
            }
            att_buf_put(b, s + i, (size_t)l);
            i += (size_t)l;
            continue;
        }
        switch (c) {
        case '"': att_buf_puts(b, "\\\""); break;
        case '\\': att_buf_puts(b, "\\\\"); break;
        case '\n': att_buf_puts(b, "\\n"); break;
        case '\r': att_buf_puts(b, "\\r"); break;
        case '\t': att_buf_puts(b, "\\t"); break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char e[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
                att_buf_puts(b, e);
            } else {
                att_buf_putc(b, (char)c);
            }
        }
        i++;
    }
    att_buf_putc(b, '"');
}

void att_json_num(att_buf *b, long long sv)
{
    if (sv < 0) {
        att_buf_putc(b, '-');
        sv = -sv;
    }
    unsigned long long v = (unsigned long long)sv;
    char tmp[24];
    int i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    att_buf_put(b, tmp + i, sizeof tmp - (size_t)i);
}

static void cstr(att_buf *b, const char *s)
{
    if (!s) att_buf_puts(b, "null");
    else att_json_str(b, s, strlen(s));
}

static void key(att_buf *b, const char *k)
{
    att_buf_putc(b, ',');
    att_json_str(b, k, strlen(k));
    att_buf_putc(b, ':');
}

void att_output_json(att_doc *doc)
{
    att_buf *b = &doc->json;
    att_buf_reset(b);
    att_buf_puts(b, "{\"doc\":");
    cstr(b, doc->id);
    key(b, "lang");
    cstr(b, doc->lang);
    key(b, "published");
    cstr(b, doc->published[0] ? doc->published : NULL);
    key(b, "published_from");
    cstr(b, doc->published_from);
    if (doc->source) key(b, "source"), cstr(b, doc->source);
    if (doc->url) key(b, "url"), cstr(b, doc->url);
    if (doc->title) key(b, "title"), cstr(b, doc->title);
    att_output_events(doc, b);      /* "events", "agreements", "relations" */
    att_output_persons(doc, b);     /* "persons" */
    att_output_dates(doc, b);       /* "dates" */
    key(b, "countries");
    att_buf_putc(b, '[');
    for (size_t i = 0; i < doc->ncodes; i++) {
        if (i) att_buf_putc(b, ',');
        cstr(b, doc->country_codes[i]);
    }
    att_buf_putc(b, ']');
    /* attache's own: every country mention with its evidence span */
    key(b, "country_mentions");
    att_buf_putc(b, '[');
    for (size_t i = 0; i < doc->ncountries; i++) {
        const att_country_mention *m = &doc->countries[i];
        uint32_t s = doc->tok[m->tok].start, e = doc->tok[m->end - 1].end;
        if (i) att_buf_putc(b, ',');
        att_buf_puts(b, "{\"code\":");
        cstr(b, m->code);
        att_buf_puts(b, ",\"kind\":");
        cstr(b, m->kind);
        att_buf_puts(b, ",\"start\":");
        att_json_num(b, (long long)att_doc_src_offset(doc, s));
        att_buf_puts(b, ",\"end\":");
        att_json_num(b, (long long)att_doc_src_end(doc, e));
        att_buf_puts(b, ",\"text\":");
        att_json_str(b, doc->txt + s, e - s);
        att_buf_putc(b, '}');
    }
    att_buf_putc(b, ']');
    /* attache's own: sentence spans, the evidence unit */
    key(b, "sentences");
    att_buf_putc(b, '[');
    for (size_t i = 0; i < doc->nsent; i++) {
        att_buf_puts(b, i ? ",[" : "[");
        att_json_num(b, (long long)att_doc_src_offset(doc, doc->sent[i].start));
        att_buf_putc(b, ',');
        att_json_num(b, (long long)att_doc_src_end(doc, doc->sent[i].end));
        att_buf_putc(b, ']');
    }
    att_buf_putc(b, ']');
    if (doc->warnings.n) key(b, "warnings"), att_buf_putc(b, '['), att_json_str(b, doc->warnings.p, doc->warnings.n), att_buf_putc(b, ']');
    att_buf_putc(b, '}');
}
