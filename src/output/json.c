/* json.c: the output record (spec/OUTPUT.md) written as one JSON object.
 * A streaming writer of our own: the schema is fixed, numbers need no
 * locale, and every string is escaped here and nowhere else.  Strings that
 * come from the input unchecked (ids, titles) are made valid UTF-8 on the
 * way out. */
#include "../core/doc.h"

#include <math.h>
#include <stdio.h>

/* Bytes that go out as they are: printable ASCII but the quote and the
 * backslash.  Lead bytes of UTF-8 sequences are checked one by one. */
static const unsigned char plain_ascii[256] = {
    [0x20 ... 0x21] = 1, [0x23 ... 0x5b] = 1, [0x5d ... 0x7e] = 1,   /* not '"' (0x22), '\\' (0x5c) */
};

/* An ASCII byte that cannot go out as it is: the quote, the backslash, a
 * control byte or DEL. */
static void escape_byte(att_buf *b, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    switch (c) {
    case '"': att_buf_put(b, "\\\"", 2); break;
    case '\\': att_buf_put(b, "\\\\", 2); break;
    case '\n': att_buf_put(b, "\\n", 2); break;
    case '\r': att_buf_put(b, "\\r", 2); break;
    case '\t': att_buf_put(b, "\\t", 2); break;
    default: {
        char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        att_buf_put(b, e, 6);
    }
    }
}

void att_json_str(att_buf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    att_buf_reserve(b, n + 2);
    b->p[b->n++] = '"';
    size_t i = 0;
    while (i < n) {
        /* a run of bytes that go out as they are: printable ASCII but the
         * quote and the backslash, and whole valid UTF-8 sequences */
        size_t run = i;
        for (;;) {
            while (run + 8 <= n) {   /* eight plain ASCII bytes at a time */
                uint64_t w;
                memcpy(&w, u + run, 8);
                if ((w & 0x8080808080808080ULL) || att_json_special8(w, 1)) break;
                run += 8;
            }
            while (run < n && plain_ascii[u[run]]) run++;
            if (run >= n || u[run] < 0x80) break;
            if (u[run] >= 0xC2 && u[run] < 0xE0 && run + 1 < n && (u[run + 1] & 0xC0) == 0x80) {
                run += 2;               /* two bytes: Cyrillic, the common case */
                continue;
            }
            int l = att_utf8_seqlen(u + run, n - run);
            if (!l) break;
            run += (size_t)l;
        }
        if (run > i) {
            att_buf_put(b, s + i, run - i);
            i = run;
            continue;
        }
        unsigned char c = u[i];
        if (c >= 0x80) {
            /* not a valid sequence: valid ones were in the run */
            att_buf_put(b, "\\ufffd", 6);
            i++;
            continue;
        }
        escape_byte(b, c);
        i++;
    }
    att_buf_putc(b, '"');
}

/* att_json_str for bytes known to be valid UTF-8 (the working text and
 * its slices): only the quote, the backslash and control bytes need a
 * look, eight bytes at a time. */
void att_json_text(att_buf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    att_buf_reserve(b, n + 2);
    b->p[b->n++] = '"';
    size_t i = 0;
    while (i < n) {
        size_t run = att_json_plain_end(u, i, n, 1);
        if (run > i) att_buf_put(b, s + i, run - i);
        i = run;
        if (i < n) escape_byte(b, u[i++]);
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

/* v as printf's "%.3g" would write it, without printf, for the values the
 * output holds (scores, confidences, degrees: 0.0001 <= |v| < 999.5 or 0);
 * 0 for any other value and where v lies too near a rounding tie to be
 * sure, which printf then writes. */
static size_t g3(char *out, double v)
{
    double a = v < 0 ? -v : v;
    if (v == 0 && !signbit(v)) {
        out[0] = '0';
        return 1;
    }
    if (!(a >= 1e-4 && a < 1000)) return 0;
    /* x: the decimal exponent of a (the comparisons are exact: each
     * constant is the double just above its power of ten) */
    int x = a >= 100 ? 2 : a >= 10 ? 1 : a >= 1 ? 0 : a >= 0.1 ? -1 : a >= 0.01 ? -2 : a >= 0.001 ? -3 : -4;
    static const double scale[] = {1e6, 1e5, 1e4, 1e3, 1e2, 1e1, 1e0};   /* 10^(2-x) for x = -4..2 */
    double sc = a * scale[x + 4];
    double fl = floor(sc), fr = sc - fl;
    if (fr > 0.5 - 1e-6 && fr < 0.5 + 1e-6) return 0;   /* near a tie: printf rounds exactly */
    unsigned r = (unsigned)fl + (fr > 0.5);
    if (r < 100 || r > 999) return 0;                   /* rounded up to the next power of ten */
    char d[3] = {(char)('0' + r / 100), (char)('0' + r / 10 % 10), (char)('0' + r % 10)};
    size_t n = 0;
    if (v < 0) out[n++] = '-';
    int nd = 3;                                         /* significant digits left, less trailing zeros */
    while (nd > 0 && d[nd - 1] == '0') nd--;
    if (x >= 0) {
        for (int k = 0; k <= x; k++) out[n++] = d[k];
        if (nd > x + 1) {
            out[n++] = '.';
            for (int k = x + 1; k < nd; k++) out[n++] = d[k];
        }
    } else {
        out[n++] = '0';
        out[n++] = '.';
        for (int k = 0; k < -x - 1; k++) out[n++] = '0';
        for (int k = 0; k < nd; k++) out[n++] = d[k];
    }
    return n;
}

void att_json_dbl(att_buf *b, double v, int digits)
{
    char tmp[40];
    size_t n = digits == 3 ? g3(tmp, v) : 0;
    if (!n) {
        int k = snprintf(tmp, sizeof tmp, "%.*g", digits, v);
        n = k < 0 ? 0 : ATT_MIN((size_t)k, sizeof tmp - 1);
        /* locale-proof: a comma never appears in %g under the C locale, but be sure */
        for (size_t i = 0; i < n; i++)
            if (tmp[i] == ',') tmp[i] = '.';
    }
    att_buf_put(b, tmp, n);
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
        att_json_text(b, doc->txt + s, e - s);
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
