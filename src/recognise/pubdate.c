/* pubdate.c: when the document was published, from (in this order) the
 * input's `published` field, a metadata first line (` date 2025-12-26`), a
 * dateline (`ХАНОЙ, 25 октября. /ТАСС/.`, `HÀ NỘI, ngày 12/11 (TTXVN)`,
 * `JAKARTA, Nov 4 (Reuters)`) with the year taken from the latest year the
 * text writes, or the latest full date written in the text. */
#include "../core/doc.h"

#include <stdio.h>
#include <time.h>

static int digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

/* Accepts YYYY, YYYY-MM, YYYY-MM-DD (optionally followed by a time);
 * writes the date part to out.  Returns its length or 0. */
static size_t parse_iso(const char *s, size_t n, char *out)
{
    if (n < 4 || !digits(s, 4)) return 0;
    size_t l = 4;
    if (n >= 7 && s[4] == '-' && digits(s + 5, 2)) {
        l = 7;
        if (n >= 10 && s[7] == '-' && digits(s + 8, 2)) l = 10;
    }
    if (l < n && ((s[l] >= '0' && s[l] <= '9') || s[l] == '-')) return 0;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    if (y < 1800 || y > 2200) return 0;
    if (l >= 7) {
        int m = (s[5] - '0') * 10 + (s[6] - '0');
        if (m < 1 || m > 12) return 0;
        if (l == 10) {
            int d = (s[8] - '0') * 10 + (s[9] - '0');
            if (d < 1 || d > 31) return 0;
        }
    }
    memcpy(out, s, l);
    out[l] = 0;
    return l;
}

static void set(att_doc *doc, int y, int m, int d, const char *from)
{
    if (m && d) snprintf(doc->published, sizeof doc->published, "%04d-%02d-%02d", y, m, d);
    else if (m) snprintf(doc->published, sizeof doc->published, "%04d-%02d", y, m);
    else snprintf(doc->published, sizeof doc->published, "%04d", y);
    doc->published_from = from;
}

/* ` date 2025-12-26 ...` at the very start: fills the date and body_start */
int att_text_metadata(att_doc *doc)
{
    const char *p = doc->txt, *end = doc->txt + doc->len;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    if (end - p < 9 || memcmp(p, "date", 4) != 0 || (p[4] != ' ' && p[4] != '\t' && p[4] != ':')) return 0;
    p += 5;
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    char out[11];
    size_t l = parse_iso(p, (size_t)(end - p), out);
    if (!l) return 0;
    memcpy(doc->published, out, l + 1);
    doc->published_from = "metadata";
    doc->body_start = (uint32_t)(p + l - doc->txt);
    return 1;
}

static int latest_year(const att_doc *doc)
{
    int best = 0;
    for (size_t i = 0; i < doc->ndates; i++)
        if (doc->dates[i].y > best) best = doc->dates[i].y;
    for (size_t i = 0; i < doc->ntok; i++) {
        const att_token *t = &doc->tok[i];
        unsigned v;
        if (t->type == ATT_TOK_NUM && t->keylen == 4 && att_parse_uint(t->key, 4, &v) && v >= 1900 && v <= 2100 &&
            (int)v > best)
            best = (int)v;
    }
    return best;
}

static int is_city_word(const att_token *t)
{
    return t->type == ATT_TOK_WORD && (t->flags & ATT_TF_UPPER);
}

/* CITY[/CITY], <date>  at the start of the body */
static int dateline(att_doc *doc)
{
    size_t i = 0;
    while (i < doc->ntok && doc->tok[i].start < doc->body_start) i++;
    size_t first = i, words = 0;
    while (i < doc->ntok && words < 6) {
        const att_token *t = &doc->tok[i];
        if (is_city_word(t)) {
            words++;
            i++;
            continue;
        }
        if (t->type == ATT_TOK_PUNCT && (t->key[0] == '/' || t->key[0] == '-' || t->key[0] == '.') && words) {
            i++;
            continue;
        }
        break;
    }
    if (!words || i >= doc->ntok || doc->tok[i].type != ATT_TOK_PUNCT) return 0;
    if (doc->tok[i].key[0] != ',') return 0;
    /* the city must be written in capitals (ХАНОЙ, HÀ NỘI) or be followed by
     * a date straight away */
    int caps = (doc->tok[first].flags & ATT_TF_ALLCAPS) != 0;
    size_t at = i + 1;
    for (size_t k = 0; k < doc->ndates; k++) {
        const att_date_atom *a = &doc->dates[k];
        if (a->tok < at || a->tok > at + 1) continue;
        if (!a->m || !a->d) return 0;
        if (!caps && a->tok != at) return 0;
        int y = a->y;
        if (!y) {
            y = latest_year(doc);
            if (!y) {
                time_t now = time(NULL);
                struct tm tm;
                gmtime_r(&now, &tm);
                y = tm.tm_year + 1900;
                if (a->m > tm.tm_mon + 1 || (a->m == tm.tm_mon + 1 && a->d > tm.tm_mday)) y--;
            }
        }
        set(doc, y, a->m, a->d, "dateline");
        return 1;
    }
    return 0;
}

static int latest_full_date(att_doc *doc)
{
    const att_date_atom *best = NULL;
    for (size_t i = 0; i < doc->ndates; i++) {
        const att_date_atom *a = &doc->dates[i];
        if (!a->y || !a->m || !a->d) continue;
        if (!best || a->y > best->y || (a->y == best->y && (a->m > best->m || (a->m == best->m && a->d > best->d))))
            best = a;
    }
    if (!best) return 0;
    set(doc, best->y, best->m, best->d, "text");
    return 1;
}

void att_recognise_published(att_workspace *ws, att_doc *doc)
{
    ATT_UNUSED(ws);
    doc->published[0] = 0;
    doc->published_from = "none";
    int meta = att_text_metadata(doc);
    if (doc->published_in) {
        char out[11];
        if (parse_iso(doc->published_in, strlen(doc->published_in), out)) {
            memcpy(doc->published, out, sizeof out);
            doc->published_from = "input";
            return;
        }
    }
    if (meta) return;
    if (dateline(doc)) return;
    latest_full_date(doc);
}
