/* compile.c: data/ folders -> one binary lexicon file (format.h).
 *
 * Every `*.tsv` under <data>/<lang>/ is read.  A table whose header starts
 * with `phrase<TAB>kind` becomes trie entries; any other table is stored as
 * it is, for the stage that reads it by name (people, offices, countries).
 * Phrases are tokenized and normalised by the same code the engine runs on
 * text (src/text/), so a phrase matches exactly what it looks like. */
#include "lexicon.h"

#include <dirent.h>
#include <errno.h>
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

/* ---- a string -> u32 map (compile time only) ---- */

typedef struct {
    uint32_t *slots;     /* value + 1, 0 = empty */
    uint32_t *keys;      /* offset into pool */
    size_t cap, n;
    att_buf *pool;
} strmap;

static void strmap_init(strmap *m, att_buf *pool)
{
    m->cap = 1024;
    m->n = 0;
    m->slots = att_xcalloc(m->cap, sizeof *m->slots);
    m->keys = att_xcalloc(m->cap, sizeof *m->keys);
    m->pool = pool;
}

static void strmap_free(strmap *m)
{
    free(m->slots);
    free(m->keys);
}

static uint32_t *strmap_slot(strmap *m, const char *s, size_t n)
{
    size_t mask = m->cap - 1, i = XXH3_64bits(s, n) & mask;
    for (;;) {
        if (!m->slots[i]) return &m->slots[i];
        const char *k = m->pool->p + m->keys[i];
        if (strlen(k) == n && memcmp(k, s, n) == 0) return &m->slots[i];
        i = (i + 1) & mask;
    }
}

static void strmap_grow(strmap *m)
{
    size_t oc = m->cap;
    uint32_t *os = m->slots, *ok = m->keys;
    m->cap *= 2;
    m->slots = att_xcalloc(m->cap, sizeof *m->slots);
    m->keys = att_xcalloc(m->cap, sizeof *m->keys);
    for (size_t i = 0; i < oc; i++) {
        if (!os[i]) continue;
        const char *k = m->pool->p + ok[i];
        size_t mask = m->cap - 1, j = XXH3_64bits(k, strlen(k)) & mask;
        while (m->slots[j]) j = (j + 1) & mask;
        m->slots[j] = os[i];
        m->keys[j] = ok[i];
    }
    free(os);
    free(ok);
}

/* ---- compiler state ---- */

typedef struct {
    uint32_t node, tok, child;
} edge;

typedef struct {
    att_buf strings;
    strmap strs;            /* string -> offset + 1 */
    att_vec tokens;         /* uint32 string offsets, index = token id */
    strmap toks;            /* key -> token id */
    edge *edges;            /* hash: node = NONE when empty */
    size_t edge_cap, nedges;
    att_vec nodes;          /* att_lex_node (flags only during build) */
    att_vec entries;        /* entry_b */
    att_vec kinds;          /* uint32 string offsets */
    att_vec langs;
    att_vec tables;         /* table_b */
    struct sb_stemmer *stem_ru, *stem_en;
    size_t nphrases, ndups;
    int errors;
} compiler;

typedef struct {
    att_lex_entry e;
    uint32_t node;
    uint32_t seq;
} entry_b;

typedef struct {
    att_lex_table t;
    att_vec cells;          /* uint32 */
} table_b;

static uint32_t intern(compiler *c, const char *s, size_t n)
{
    if (n == 0) return 0;
    uint32_t *slot = strmap_slot(&c->strs, s, n);
    if (*slot) return *slot - 1;
    uint32_t off = (uint32_t)c->strings.n;
    att_buf_put(&c->strings, s, n);
    att_buf_putc(&c->strings, 0);
    *slot = off + 1;
    /* the key offset is the string itself */
    c->strs.keys[slot - c->strs.slots] = off;
    if (++c->strs.n * 2 > c->strs.cap) strmap_grow(&c->strs);
    return off;
}

static uint32_t token_id(compiler *c, const char *key, size_t n)
{
    uint32_t off = intern(c, key, n);
    /* the token map shares the string pool */
    uint32_t *slot = strmap_slot(&c->toks, key, n);
    if (*slot) return *slot - 1;
    uint32_t id = (uint32_t)c->tokens.n;
    *(uint32_t *)att_vec_push(&c->tokens) = off;
    *slot = id + 1;
    c->toks.keys[slot - c->toks.slots] = off;
    if (++c->toks.n * 2 > c->toks.cap) strmap_grow(&c->toks);
    return id;
}

static uint64_t mix(uint32_t node, uint32_t tok)
{
    uint64_t x = ((uint64_t)node << 32) | tok;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

static void edges_grow(compiler *c)
{
    size_t oc = c->edge_cap;
    edge *oe = c->edges;
    c->edge_cap = oc ? oc * 2 : 4096;
    c->edges = att_xmalloc(c->edge_cap * sizeof *c->edges);
    for (size_t i = 0; i < c->edge_cap; i++) c->edges[i].node = ATT_LEX_NONE;
    for (size_t i = 0; i < oc; i++) {
        if (oe[i].node == ATT_LEX_NONE) continue;
        size_t mask = c->edge_cap - 1, j = mix(oe[i].node, oe[i].tok) & mask;
        while (c->edges[j].node != ATT_LEX_NONE) j = (j + 1) & mask;
        c->edges[j] = oe[i];
    }
    free(oe);
}

static uint32_t new_node(compiler *c)
{
    att_vec_push(&c->nodes);
    return (uint32_t)(c->nodes.n - 1);
}

static uint32_t child(compiler *c, uint32_t node, uint32_t tok, int stem)
{
    if ((c->nedges + 1) * 2 > c->edge_cap) edges_grow(c);
    size_t mask = c->edge_cap - 1, i = mix(node, tok) & mask;
    while (c->edges[i].node != ATT_LEX_NONE) {
        if (c->edges[i].node == node && c->edges[i].tok == tok) return c->edges[i].child;
        i = (i + 1) & mask;
    }
    uint32_t ch = new_node(c);
    c->edges[i].node = node;
    c->edges[i].tok = tok;
    c->edges[i].child = ch;
    c->nedges++;
    ATT_VEC_AT(&c->nodes, att_lex_node, node).flags |= ATT_NODE_HAS_CHILDREN;
    if (stem) ATT_VEC_AT(&c->nodes, att_lex_node, node).flags |= ATT_NODE_STEM_EDGES;
    return ch;
}

static int name_index(compiler *c, att_vec *v, const char *name)
{
    for (size_t i = 0; i < v->n; i++)
        if (strcmp(c->strings.p + ATT_VEC_AT(v, uint32_t, i), name) == 0) return (int)i;
    *(uint32_t *)att_vec_push(v) = intern(c, name, strlen(name));
    return (int)(v->n - 1);
}

/* ---- phrase tokens -> trie path ---- */

typedef struct {
    compiler *c;
    struct sb_stemmer *stemmer;
    uint32_t node;
    int ntok;
    att_buf words;     /* the raw words, concatenated, for case-exact entries */
} path_ctx;

static void on_phrase_token(void *ctx, const char *key, size_t kl, const char *raw, size_t rawlen, int stem)
{
    ATT_UNUSED(raw);
    ATT_UNUSED(rawlen);
    path_ctx *p = ctx;
    char buf[ATT_KEY_MAX * 2 + 2];
    int32_t cp;
    att_utf8_decode(raw, rawlen, &cp);
    if (att_is_word_cp(cp)) att_buf_put(&p->words, raw, rawlen);
    if (!stem && rawlen == 1 && raw[0] == '~') {
        key = ATT_LEX_GAP;
        kl = ATT_LEX_GAP_LEN;
    } else if (stem && p->stemmer) {
        const sb_symbol *s = sb_stemmer_stem(p->stemmer, (const sb_symbol *)key, (int)kl);
        int sl = sb_stemmer_length(p->stemmer);
        buf[0] = ATT_STEM_PREFIX;
        memcpy(buf + 1, s, (size_t)sl);
        key = buf;
        kl = (size_t)sl + 1;
    } else {
        stem = 0;
    }
    uint32_t tok = token_id(p->c, key, kl);
    uint32_t from = p->node;
    p->node = child(p->c, p->node, tok, stem);
    if (kl == ATT_LEX_GAP_LEN && memcmp(key, ATT_LEX_GAP, kl) == 0)
        ATT_VEC_AT(&p->c->nodes, att_lex_node, from).flags |= ATT_NODE_GAP_EDGE;
    p->ntok++;
}

/* ---- TSV reading ---- */

typedef struct {
    char *cols[64];
    int n;
} row;

static void split(char *line, row *r)
{
    r->n = 0;
    char *p = line;
    for (;;) {
        char *tab = strchr(p, '\t');
        if (r->n < 64) r->cols[r->n++] = p;
        if (!tab) break;
        *tab = 0;
        p = tab + 1;
    }
}

static const char *col(const row *r, int i)
{
    return i >= 0 && i < r->n ? r->cols[i] : "";
}

static void add_phrase_row(compiler *c, const row *hdr, const row *r, int lang, struct sb_stemmer *st,
                           const char *src)
{
    const char *phrase = col(r, 0), *kind = col(r, 1);
    if (!*phrase || !*kind) return;
    att_buf attrs;
    att_buf_init(&attrs);
    uint32_t code = 0;
    uint8_t flags = 0;
    for (int i = 2; i < hdr->n; i++) {
        const char *v = col(r, i);
        if (!*v) continue;
        if (strcmp(hdr->cols[i], "code") == 0) {
            code = intern(c, v, strlen(v));
        } else if (strcmp(hdr->cols[i], "case") == 0) {
            if (strcmp(v, "exact") == 0) flags |= ATT_ENTRY_CASE_EXACT;
        } else {
            if (attrs.n) att_buf_putc(&attrs, '\x1f');
            att_buf_printf(&attrs, "%s=%s", hdr->cols[i], v);
        }
    }
    path_ctx p = {c, st, 0, 0, {0}};
    att_buf_init(&p.words);
    att_phrase_tokens(phrase, strlen(phrase), on_phrase_token, &p);
    if (p.ntok == 0 || p.ntok > 255) {
        att_buf_free(&attrs);
        att_buf_free(&p.words);
        return;
    }
    entry_b *e = att_vec_push(&c->entries);
    e->node = p.node;
    e->seq = (uint32_t)c->entries.n;
    e->e.phrase = intern(c, phrase, strlen(phrase));
    e->e.code = code;
    e->e.attrs = attrs.n ? intern(c, attrs.p, attrs.n) : 0;
    e->e.source = intern(c, src, strlen(src));
    e->e.kind = (uint16_t)name_index(c, &c->kinds, kind);
    e->e.lang = (uint8_t)lang;
    e->e.ntok = (uint8_t)p.ntok;
    e->e.flags = flags;
    e->e.exact = (flags & ATT_ENTRY_CASE_EXACT) && p.words.n ? intern(c, p.words.p, p.words.n) : 0;
    c->nphrases++;
    att_buf_free(&attrs);
    att_buf_free(&p.words);
}

static int read_tsv(compiler *c, const char *path, const char *lang_name, const char *base)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "lexc: %s: %s\n", path, strerror(errno));
        return -1;
    }
    int lang = name_index(c, &c->langs, lang_name);
    struct sb_stemmer *st = strcmp(lang_name, "ru") == 0 ? c->stem_ru
                            : strcmp(lang_name, "en") == 0 ? c->stem_en : NULL;
    char *line = NULL, *hdrline = NULL;
    size_t cap = 0;
    ssize_t len;
    row hdr = {0}, r;
    int is_phrase = 0;
    table_b *tb = NULL;
    unsigned long ln = 0;
    char src[512];
    while ((len = getline(&line, &cap, f)) >= 0) {
        ln++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        if (len == 0 || line[0] == '#') continue;
        if (att_utf8_first_invalid(line, (size_t)len) != (size_t)len) {
            fprintf(stderr, "lexc: %s:%lu: invalid UTF-8, line skipped\n", path, ln);
            c->errors++;
            continue;
        }
        if (!hdrline) {
            hdrline = att_xstrdup(line);
            split(hdrline, &hdr);
            is_phrase = hdr.n >= 2 && strcmp(hdr.cols[0], "phrase") == 0 && strcmp(hdr.cols[1], "kind") == 0;
            if (!is_phrase) {
                tb = att_vec_push(&c->tables);
                tb->t.name = intern(c, base, strlen(base));
                tb->t.lang = (uint32_t)lang;
                tb->t.ncols = (uint32_t)hdr.n;
                att_vec_init(&tb->cells, sizeof(uint32_t));
                for (int i = 0; i < hdr.n; i++)
                    *(uint32_t *)att_vec_push(&tb->cells) = intern(c, hdr.cols[i], strlen(hdr.cols[i]));
            }
            continue;
        }
        split(line, &r);
        if (is_phrase) {
            snprintf(src, sizeof src, "%s/%s.tsv:%lu", lang_name, base, ln);
            add_phrase_row(c, &hdr, &r, lang, st, src);
        } else {
            for (int i = 0; i < hdr.n; i++) {
                const char *v = col(&r, i);
                *(uint32_t *)att_vec_push(&tb->cells) = intern(c, v, strlen(v));
            }
            tb->t.nrows++;
        }
    }
    free(line);
    free(hdrline);
    fclose(f);
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int read_dir(compiler *c, const char *root)
{
    DIR *d = opendir(root);
    if (!d) {
        fprintf(stderr, "lexc: %s: %s\n", root, strerror(errno));
        return -1;
    }
    char *langs[64];
    int nl = 0;
    struct dirent *de;
    while ((de = readdir(d)) && nl < 64) {
        if (de->d_name[0] == '.') continue;
        char p[4096];
        struct stat sb;
        snprintf(p, sizeof p, "%s/%s", root, de->d_name);
        if (stat(p, &sb) == 0 && S_ISDIR(sb.st_mode) && strcmp(de->d_name, "LICENSES") != 0)
            langs[nl++] = att_xstrdup(de->d_name);
    }
    closedir(d);
    qsort(langs, (size_t)nl, sizeof *langs, cmp_str);
    int rc = 0;
    for (int i = 0; i < nl; i++) {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s/%s", root, langs[i]);
        DIR *ld = opendir(dir);
        char *files[512];
        int nf = 0;
        while (ld && (de = readdir(ld)) && nf < 512) {
            size_t l = strlen(de->d_name);
            if (l > 4 && strcmp(de->d_name + l - 4, ".tsv") == 0) files[nf++] = att_xstrdup(de->d_name);
        }
        if (ld) closedir(ld);
        qsort(files, (size_t)nf, sizeof *files, cmp_str);
        for (int k = 0; k < nf; k++) {
            char path[8192], base[512];
            snprintf(path, sizeof path, "%s/%s", dir, files[k]);
            snprintf(base, sizeof base, "%.*s", (int)(strlen(files[k]) - 4), files[k]);
            if (read_tsv(c, path, langs[i], base) < 0) rc = -1;
            free(files[k]);
        }
        free(langs[i]);
    }
    return rc;
}

/* ---- writing ---- */

static int cmp_entry(const void *a, const void *b)
{
    const entry_b *x = a, *y = b;
    if (x->node != y->node) return x->node < y->node ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int same_entry(const entry_b *x, const entry_b *y)
{
    return x->node == y->node && x->e.kind == y->e.kind && x->e.lang == y->e.lang &&
           x->e.code == y->e.code && x->e.attrs == y->e.attrs && x->e.flags == y->e.flags;
}

static void pad8(att_buf *b)
{
    while (b->n % 8) att_buf_putc(b, 0);
}

static int write_file(compiler *c, const char *out_path)
{
    att_lex_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, ATT_LEX_MAGIC, 8);
    h.version = ATT_LEX_VERSION;
    att_buf body;
    att_buf_init(&body);

    /* entries sorted by node, duplicates dropped */
    entry_b *eb = c->entries.p;
    size_t ne = c->entries.n;
    if (ne) qsort(eb, ne, sizeof *eb, cmp_entry);
    size_t w = 0;
    for (size_t i = 0; i < ne; i++) {
        if (w > 0 && same_entry(&eb[w - 1], &eb[i])) {
            c->ndups++;
            continue;
        }
        eb[w++] = eb[i];
    }
    ne = w;
    att_lex_node *nodes = c->nodes.p;
    for (size_t i = 0; i < ne; i++) {
        att_lex_node *nd = &nodes[eb[i].node];
        if (nd->count == 0) nd->first = (uint32_t)i;
        nd->count++;
    }

    uint64_t base = sizeof h;
    h.strings_off = base + body.n;
    h.strings_len = c->strings.n;
    att_buf_put(&body, c->strings.p, c->strings.n);
    pad8(&body);

    /* tokens hash */
    size_t tslots = 16;
    while (tslots < c->tokens.n * 2) tslots *= 2;
    att_lex_token_slot *ts = att_xmalloc(tslots * sizeof *ts);
    for (size_t i = 0; i < tslots; i++) ts[i].str = 0, ts[i].id = ATT_LEX_NONE;
    for (size_t id = 0; id < c->tokens.n; id++) {
        uint32_t off = ATT_VEC_AT(&c->tokens, uint32_t, id);
        const char *k = c->strings.p + off;
        size_t j = XXH3_64bits(k, strlen(k)) & (tslots - 1);
        while (ts[j].id != ATT_LEX_NONE) j = (j + 1) & (tslots - 1);
        ts[j].str = off;
        ts[j].id = (uint32_t)id;
    }
    h.tokens_off = base + body.n;
    h.token_slots = (uint32_t)tslots;
    h.ntokens = (uint32_t)c->tokens.n;
    att_buf_put(&body, ts, tslots * sizeof *ts);
    free(ts);
    pad8(&body);

    h.edges_off = base + body.n;
    h.edge_slots = (uint32_t)c->edge_cap;
    h.nedges = (uint32_t)c->nedges;
    for (size_t i = 0; i < c->edge_cap; i++) {
        att_lex_edge_slot s = {c->edges[i].node, c->edges[i].tok, c->edges[i].child};
        att_buf_put(&body, &s, sizeof s);
    }
    pad8(&body);

    h.nodes_off = base + body.n;
    h.nnodes = (uint32_t)c->nodes.n;
    att_buf_put(&body, nodes, c->nodes.n * sizeof *nodes);
    pad8(&body);

    h.entries_off = base + body.n;
    h.nentries = (uint32_t)ne;
    for (size_t i = 0; i < ne; i++) att_buf_put(&body, &eb[i].e, sizeof eb[i].e);
    pad8(&body);

    h.kinds_off = base + body.n;
    h.nkinds = (uint32_t)c->kinds.n;
    att_buf_put(&body, c->kinds.p, c->kinds.n * sizeof(uint32_t));
    pad8(&body);
    h.langs_off = base + body.n;
    h.nlangs = (uint32_t)c->langs.n;
    att_buf_put(&body, c->langs.p, c->langs.n * sizeof(uint32_t));
    pad8(&body);

    /* tables: headers first, then cells */
    h.ntables = (uint32_t)c->tables.n;
    h.tables_off = base + body.n;
    size_t cells_at = body.n + c->tables.n * sizeof(att_lex_table);
    cells_at = (cells_at + 7) & ~(size_t)7;
    for (size_t i = 0; i < c->tables.n; i++) {
        table_b *tb = &ATT_VEC_AT(&c->tables, table_b, i);
        tb->t.cells_off = base + cells_at;
        cells_at += tb->cells.n * sizeof(uint32_t);
        cells_at = (cells_at + 7) & ~(size_t)7;
        att_buf_put(&body, &tb->t, sizeof tb->t);
    }
    pad8(&body);
    for (size_t i = 0; i < c->tables.n; i++) {
        table_b *tb = &ATT_VEC_AT(&c->tables, table_b, i);
        att_buf_put(&body, tb->cells.p, tb->cells.n * sizeof(uint32_t));
        pad8(&body);
        att_vec_free(&tb->cells);
    }

    h.file_size = sizeof h + body.n;
    h.checksum = XXH3_64bits(body.p, body.n);

    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", out_path);
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        fprintf(stderr, "lexc: %s: %s\n", tmp, strerror(errno));
        att_buf_free(&body);
        return -1;
    }
    int ok = fwrite(&h, sizeof h, 1, f) == 1 && fwrite(body.p, 1, body.n, f) == body.n;
    ok = (fclose(f) == 0) && ok;
    att_buf_free(&body);
    if (!ok || rename(tmp, out_path) != 0) {
        fprintf(stderr, "lexc: cannot write %s\n", out_path);
        remove(tmp);
        return -1;
    }
    return 0;
}

int att_lex_compile(const char *const *dirs, size_t ndirs, const char *out_path, int verbose)
{
    compiler c;
    memset(&c, 0, sizeof c);
    att_buf_init(&c.strings);
    att_buf_putc(&c.strings, 0);      /* offset 0 = "" */
    strmap_init(&c.strs, &c.strings);
    strmap_init(&c.toks, &c.strings);
    att_vec_init(&c.tokens, sizeof(uint32_t));
    att_vec_init(&c.nodes, sizeof(att_lex_node));
    att_vec_init(&c.entries, sizeof(entry_b));
    att_vec_init(&c.kinds, sizeof(uint32_t));
    att_vec_init(&c.langs, sizeof(uint32_t));
    att_vec_init(&c.tables, sizeof(table_b));
    c.stem_ru = sb_stemmer_new("russian", "UTF_8");
    c.stem_en = sb_stemmer_new("english", "UTF_8");
    new_node(&c);   /* root */
    name_index(&c, &c.langs, "common");
    int rc = 0;
    for (size_t i = 0; i < ndirs; i++)
        if (read_dir(&c, dirs[i]) < 0) rc = -1;
    if (rc == 0) rc = write_file(&c, out_path);
    if (verbose && rc == 0)
        fprintf(stderr, "lexc: %s: %zu phrases (%zu duplicates dropped), %zu tokens, %zu trie nodes, %zu tables, %zu bytes of strings\n",
                out_path, c.nphrases, c.ndups, c.tokens.n, c.nodes.n, c.tables.n, c.strings.n);
    if (c.errors) rc = rc ? rc : 0;
    sb_stemmer_delete(c.stem_ru);
    sb_stemmer_delete(c.stem_en);
    strmap_free(&c.strs);
    strmap_free(&c.toks);
    free(c.edges);
    att_vec_free(&c.tokens);
    att_vec_free(&c.nodes);
    att_vec_free(&c.entries);
    att_vec_free(&c.kinds);
    att_vec_free(&c.langs);
    att_vec_free(&c.tables);
    att_buf_free(&c.strings);
    return rc;
}
