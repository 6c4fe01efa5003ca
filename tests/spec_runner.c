/* spec_runner.c: runs the plain-text spec files of tests/spec/ through the
 * library (include/attache.h only) and prints one line per failure and a
 * closing "N passed, M failed".  usage: spec_runner KIND FILE LEXICON
 * KIND: sentences | langid | pubdate | homoglyphs */
#include <attache.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char **read_lines(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    char **v = NULL, *line = NULL;
    size_t cap = 0, k = 0, vc = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) >= 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        if (k == vc) v = realloc(v, (vc = vc ? vc * 2 : 256) * sizeof *v);
        v[k++] = strdup(line);
    }
    free(line);
    fclose(f);
    *n = k;
    return v;
}

static int blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t') return 0;
    return 1;
}

static void trim(const char *s, size_t n, const char **o, size_t *on)
{
    while (n && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r')) n--;
    *o = s;
    *on = n;
}

static int passed, failed;

static void result(int ok, const char *title, const char *fmt, const char *a, const char *b)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL %s\n", title);
    if (fmt) printf(fmt, a, b);
}

/* a case block: title, key: value headers, body until ---, expected after */
typedef struct {
    char *title;
    char *lang, *published;
    char *body;
    char **exp;
    size_t nexp;
} block;

static size_t read_blocks(char **lines, size_t n, block **out)
{
    block *b = NULL;
    size_t nb = 0;
    size_t i = 0;
    while (i < n) {
        if (strncmp(lines[i], "=== ", 4) != 0) {
            i++;
            continue;
        }
        b = realloc(b, (nb + 1) * sizeof *b);
        block *c = &b[nb++];
        memset(c, 0, sizeof *c);
        c->title = lines[i] + 4;
        i++;
        for (; i < n; i++) {
            if (strncmp(lines[i], "lang: ", 6) == 0) c->lang = lines[i] + 6;
            else if (strncmp(lines[i], "published: ", 11) == 0) c->published = lines[i] + 11;
            else break;
        }
        size_t start = i;
        while (i < n && strcmp(lines[i], "---") != 0) i++;
        size_t end = i;
        while (start < end && blank(lines[start])) start++;
        while (end > start && blank(lines[end - 1])) end--;
        size_t len = 0;
        for (size_t k = start; k < end; k++) len += strlen(lines[k]) + 1;
        c->body = calloc(1, len + 1);
        for (size_t k = start; k < end; k++) {
            strcat(c->body, lines[k]);
            if (k + 1 < end) strcat(c->body, "\n");
        }
        i++;
        for (; i < n && strncmp(lines[i], "=== ", 4) != 0; i++) {
            if (blank(lines[i]) || lines[i][0] == '#') continue;
            c->exp = realloc(c->exp, (c->nexp + 1) * sizeof *c->exp);
            c->exp[c->nexp++] = lines[i];
        }
    }
    *out = b;
    return nb;
}

static att_doc *run(att_workspace *ws, const char *text, const char *lang, const char *published)
{
    att_input in;
    memset(&in, 0, sizeof in);
    in.id = "spec";
    in.text = text;
    in.len = strlen(text);
    in.lang = lang;
    in.published = published;
    in.input = "spec";
    in.invalid_at = -1;
    return att_extract(ws, &in, NULL);
}

static void sentences(att_workspace *ws, char **lines, size_t n)
{
    block *b;
    size_t nb = read_blocks(lines, n, &b);
    for (size_t i = 0; i < nb; i++) {
        att_doc *d = run(ws, b[i].body, b[i].lang, NULL);
        size_t ns = att_doc_sentence_count(d);
        int ok = ns == b[i].nexp;
        char got[8192] = "";
        for (size_t k = 0; k < ns; k++) {
            size_t s, e;
            att_doc_sentence(d, k, &s, &e);
            const char *t;
            size_t tl;
            trim(b[i].body + s, e - s, &t, &tl);
            if (k < b[i].nexp && (strlen(b[i].exp[k]) != tl || memcmp(b[i].exp[k], t, tl) != 0)) ok = 0;
            size_t gl = strlen(got);
            snprintf(got + gl, sizeof got - gl, "  | %.*s\n", (int)tl, t);
        }
        result(ok, b[i].title, "  got:\n%s%s", got, "");
        att_doc_free(d);
    }
}

static void pubdate(att_workspace *ws, char **lines, size_t n)
{
    block *b;
    size_t nb = read_blocks(lines, n, &b);
    for (size_t i = 0; i < nb; i++) {
        att_doc *d = run(ws, b[i].body, NULL, b[i].published);
        const char *from;
        const char *p = att_doc_published(d, &from);
        char got[64], want[64];
        snprintf(got, sizeof got, "%s\t%s", p ? p : "null", from);
        snprintf(want, sizeof want, "%s", b[i].nexp ? b[i].exp[0] : "");
        result(strcmp(got, want) == 0, b[i].title, "  want %s\n  got  %s\n", want, got);
        att_doc_free(d);
    }
}

static void langid(att_workspace *ws, char **lines, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (lines[i][0] == '#' || blank(lines[i])) continue;
        char *tab = strchr(lines[i], '\t');
        if (!tab) continue;
        *tab = 0;
        const char *got = att_detect_language(ws, tab + 1, strlen(tab + 1));
        char title[600];
        snprintf(title, sizeof title, "langid %s: %.500s", lines[i], tab + 1);
        result(strcmp(got, lines[i]) == 0, title, "  want %s, got %s\n", lines[i], got);
    }
}

static void homoglyphs(char **lines, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (lines[i][0] == '#' || blank(lines[i])) continue;
        char *tab = strchr(lines[i], '\t');
        if (!tab) continue;
        *tab = 0;
        char out[4096];
        att_repair_homoglyphs(lines[i], strlen(lines[i]), out, sizeof out);
        char title[600];
        snprintf(title, sizeof title, "homoglyphs: %.500s", lines[i]);
        result(strcmp(out, tab + 1) == 0, title, "  want %s\n  got  %s\n", tab + 1, out);
    }
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: spec_runner sentences|langid|pubdate|homoglyphs FILE LEXICON\n");
        return 2;
    }
    size_t n;
    char **lines = read_lines(argv[2], &n);
    att_error err;
    att_lexicon *lex = att_lexicon_open(argv[3], &err);
    if (!lex) {
        char m[1024];
        fprintf(stderr, "%s\n", att_error_format(&err, m, sizeof m));
        return 2;
    }
    att_workspace *ws = att_workspace_new(lex);
    if (strcmp(argv[1], "sentences") == 0) sentences(ws, lines, n);
    else if (strcmp(argv[1], "langid") == 0) langid(ws, lines, n);
    else if (strcmp(argv[1], "pubdate") == 0) pubdate(ws, lines, n);
    else if (strcmp(argv[1], "homoglyphs") == 0) homoglyphs(lines, n);
    else {
        fprintf(stderr, "unknown kind %s\n", argv[1]);
        return 2;
    }
    printf("%s: %d passed, %d failed\n", argv[1], passed, failed);
    att_workspace_free(ws);
    att_lexicon_free(lex);
    return failed ? 1 : 0;
}
