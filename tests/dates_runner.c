/* dates_runner.c: runs tests/spec/dates.txt through the library and checks
 * every temporal expression of each case, in order: its span (the bytes of
 * the text) and its value; and that the days the library says an expression
 * covers (first, last) are the days its value names.  Reads the dates
 * stage's data (internal), so it includes src/.  Prints one block per
 * failure and a closing "dates: N passed, M failed".
 * usage: dates_runner FILE LEXICON */
#include "core/doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char title[512], lang[8], published[16];
    char *text;
    char **exp;   /* "span => value", or none */
    size_t nexp;
} tcase;

static char *dupn(const char *s, size_t n)
{
    char *r = malloc(n + 1);
    memcpy(r, s, n);
    r[n] = 0;
    return r;
}

static tcase *read_cases(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    tcase *v = NULL;
    size_t k = 0, cap = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    while ((len = getline(&line, &lcap, f)) >= 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        if (strncmp(line, "=== ", 4) == 0) {
            if (k == cap) v = realloc(v, (cap = cap ? cap * 2 : 256) * sizeof *v);
            memset(&v[k], 0, sizeof v[k]);
            snprintf(v[k].title, sizeof v[k].title, "%s", line + 4);
            k++;
        } else if (!k) {
            continue;
        } else if (strncmp(line, "lang: ", 6) == 0) {
            snprintf(v[k - 1].lang, sizeof v[k - 1].lang, "%s", line + 6);
        } else if (strncmp(line, "published: ", 11) == 0) {
            snprintf(v[k - 1].published, sizeof v[k - 1].published, "%s", line + 11);
        } else if (strncmp(line, "text: ", 6) == 0) {
            v[k - 1].text = dupn(line + 6, strlen(line + 6));
        } else if (strncmp(line, "expect: ", 8) == 0) {
            if (strcmp(line + 8, "none") == 0) continue;
            tcase *c = &v[k - 1];
            c->exp = realloc(c->exp, (c->nexp + 1) * sizeof *c->exp);
            c->exp[c->nexp++] = dupn(line + 8, strlen(line + 8));
        }
    }
    free(line);
    fclose(f);
    *n = k;
    return v;
}

/* the days a value names, as att_date_expr does: first and last */
static int value_days(const char *s, int32_t *first, int32_t *last)
{
    const char *slash = strchr(s, '/');
    if (slash) {
        char a[32];
        int32_t f1, l1, f2, l2;
        snprintf(a, sizeof a, "%.*s", (int)(slash - s), s);
        if (!value_days(a, &f1, &l1) || !value_days(slash + 1, &f2, &l2)) return 0;
        *first = f1, *last = l2;
        return 1;
    }
    int y, m, d, w;
    static const int md[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (sscanf(s, "%4d-W%2d", &y, &w) == 2 && strchr(s, 'W')) {
        int32_t jan4 = att_days_from_civil(y, 1, 4);
        int wd = (int)(((jan4 % 7) + 7 + 3) % 7) + 1;
        *first = jan4 - (wd - 1) + 7 * (w - 1);
        *last = *first + 6;
        return 1;
    }
    size_t n = strlen(s);
    if (n == 10 && sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3) {
        *first = *last = att_days_from_civil(y, m, d);
        return 1;
    }
    if (n == 7 && sscanf(s, "%4d-%2d", &y, &m) == 2) {
        int last_d = md[m] + (m == 2 && ((y % 4 == 0 && y % 100) || y % 400 == 0));
        *first = att_days_from_civil(y, m, 1);
        *last = att_days_from_civil(y, m, last_d);
        return 1;
    }
    if (n == 4 && sscanf(s, "%4d", &y) == 1) {
        *first = att_days_from_civil(y, 1, 1);
        *last = att_days_from_civil(y, 12, 31);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: dates_runner FILE LEXICON\n");
        return 2;
    }
    size_t n;
    tcase *cs = read_cases(argv[1], &n);
    att_error err;
    att_lexicon *lex = att_lexicon_open(argv[2], &err);
    if (!lex) {
        char m[1024];
        fprintf(stderr, "%s\n", att_error_format(&err, m, sizeof m));
        return 2;
    }
    att_workspace *ws = att_workspace_new(lex);
    int passed = 0, failed = 0;
    struct { const char *lang; int pass, fail; } per[3] = {{"ru", 0, 0}, {"vi", 0, 0}, {"en", 0, 0}};
    for (size_t i = 0; i < n; i++) {
        tcase *c = &cs[i];
        if (!c->text) continue;
        att_input in;
        memset(&in, 0, sizeof in);
        in.id = "spec";
        in.text = c->text;
        in.len = strlen(c->text);
        in.lang = c->lang;
        in.published = c->published[0] ? c->published : NULL;
        in.input = "spec";
        in.invalid_at = -1;
        att_doc *d = att_extract(ws, &in, NULL);
        int ok = d->ndexprs == c->nexp;
        char got[4096] = "";
        for (size_t k = 0; k < d->ndexprs; k++) {
            const att_date_expr *x = &d->dexprs[k];
            char line[512];
            snprintf(line, sizeof line, "%.*s => %s", (int)(x->stop - x->start), d->txt + x->start, x->value);
            if (k < c->nexp && strcmp(line, c->exp[k]) != 0) ok = 0;
            int32_t f, l;
            if (!value_days(x->value, &f, &l) || f != x->first || l != x->last) {
                ok = 0;
                snprintf(line + strlen(line), sizeof line - strlen(line), "  [first/last %d/%d disagree]", x->first,
                         x->last);
            }
            size_t gl = strlen(got);
            snprintf(got + gl, sizeof got - gl, "    got:  %s\n", line);
        }
        for (int k = 0; k < 3; k++)
            if (strcmp(per[k].lang, c->lang) == 0) ok ? per[k].pass++ : per[k].fail++;
        if (ok) {
            passed++;
        } else {
            failed++;
            printf("FAIL %s (%s, %s)\n  %s\n", c->title, c->lang, c->published, c->text);
            for (size_t k = 0; k < c->nexp; k++) printf("    want: %s\n", c->exp[k]);
            if (!c->nexp) printf("    want: none\n");
            printf("%s", got);
        }
        att_doc_free(d);
    }
    for (int k = 0; k < 3; k++) printf("  %s: %d passed, %d failed\n", per[k].lang, per[k].pass, per[k].fail);
    printf("dates: %d passed, %d failed\n", passed, failed);
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < cs[i].nexp; k++) free(cs[i].exp[k]);
        free(cs[i].exp);
        free(cs[i].text);
    }
    free(cs);
    att_workspace_free(ws);
    att_lexicon_free(lex);
    return failed ? 1 : 0;
}
