/* lexicon.c: opening the compiled lexicon (mmap, read-only) and the
 * lookups every stage uses.  Nothing here writes after att_lexicon_open. */
#include "lexicon.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

static void set_err(att_error *err, att_status code, const char *msg, const char *path)
{
    if (!err) return;
    memset(err, 0, sizeof *err);
    err->code = code;
    err->message = msg;
    snprintf(err->input, sizeof err->input, "%s", path);
    snprintf(err->detail, sizeof err->detail, "%s", msg);
}

static int in_range(const att_lexicon *l, uint64_t off, uint64_t len)
{
    return off <= l->size && len <= l->size - off;
}

att_lexicon *att_lexicon_open(const char *path, att_error *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        set_err(err, ATT_ERR_LEXICON, "cannot open the lexicon (build it with `make`)", path);
        return NULL;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0 || (size_t)sb.st_size < sizeof(att_lex_header)) {
        close(fd);
        set_err(err, ATT_ERR_LEXICON, "lexicon file is truncated", path);
        return NULL;
    }
    void *m = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    if (m == MAP_FAILED) {
        set_err(err, ATT_ERR_LEXICON, "cannot map the lexicon", path);
        return NULL;
    }
    att_lexicon *l = att_xcalloc(1, sizeof *l);
    l->map = m;
    l->size = (size_t)sb.st_size;
    l->h = m;
    const att_lex_header *h = l->h;
    const char *bad = NULL;
    if (memcmp(h->magic, ATT_LEX_MAGIC, 8) != 0) bad = "not an attache lexicon";
    else if (h->version != ATT_LEX_VERSION) bad = "lexicon version differs from this attache: rebuild it";
    else if (h->file_size != l->size) bad = "lexicon file is truncated";
    else if (!in_range(l, h->strings_off, h->strings_len) ||
             !in_range(l, h->tokens_off, (uint64_t)h->token_slots * sizeof(att_lex_token_slot)) ||
             !in_range(l, h->edges_off, (uint64_t)h->edge_slots * sizeof(att_lex_edge_slot)) ||
             !in_range(l, h->nodes_off, (uint64_t)h->nnodes * sizeof(att_lex_node)) ||
             !in_range(l, h->entries_off, (uint64_t)h->nentries * sizeof(att_lex_entry)) ||
             !in_range(l, h->kinds_off, (uint64_t)h->nkinds * 4) ||
             !in_range(l, h->langs_off, (uint64_t)h->nlangs * 4) ||
             !in_range(l, h->tables_off, (uint64_t)h->ntables * sizeof(att_lex_table)) ||
             (h->token_slots & (h->token_slots - 1)) || (h->edge_slots & (h->edge_slots - 1)) ||
             h->nnodes == 0 || h->strings_len == 0)
        bad = "lexicon file is corrupt";
    else if (XXH3_64bits(l->map + sizeof *h, l->size - sizeof *h) != h->checksum)
        bad = "lexicon checksum mismatch: the file is damaged";
    if (bad) {
        set_err(err, ATT_ERR_LEXICON, bad, path);
        munmap(m, l->size);
        free(l);
        return NULL;
    }
    l->strings = (const char *)l->map + h->strings_off;
    l->tokens = (const void *)(l->map + h->tokens_off);
    l->edges = (const void *)(l->map + h->edges_off);
    l->nodes = (const void *)(l->map + h->nodes_off);
    l->entries = (const void *)(l->map + h->entries_off);
    l->kinds = (const void *)(l->map + h->kinds_off);
    l->langs = (const void *)(l->map + h->langs_off);
    l->tables = (const void *)(l->map + h->tables_off);
    l->nnodes = h->nnodes;
    l->nentries = h->nentries;
    l->strings_len = h->strings_len;
    if (err) memset(err, 0, sizeof *err);
    return l;
}

void att_lexicon_free(att_lexicon *lex)
{
    if (!lex) return;
    munmap((void *)lex->map, lex->size);
    free(lex);
}

const char *att_lexicon_default_path(const char *argv0, char *buf, size_t size)
{
    const char *env = getenv("ATTACHE_LEXICON");
    if (env && *env) {
        snprintf(buf, size, "%s", env);
        return buf;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = 0;
            snprintf(buf, size, "%s/attache.lex", exe);
            if (access(buf, R_OK) == 0) return buf;
            snprintf(buf, size, "%s/../share/attache/attache.lex", exe);
            if (access(buf, R_OK) == 0) return buf;
        }
    }
    if (argv0) {
        const char *slash = strrchr(argv0, '/');
        if (slash) {
            snprintf(buf, size, "%.*s/attache.lex", (int)(slash - argv0), argv0);
            if (access(buf, R_OK) == 0) return buf;
        }
    }
    snprintf(buf, size, "/usr/local/share/attache/attache.lex");
    return buf;
}

int32_t att_lex_token(const att_lexicon *lex, const char *key, size_t n)
{
    uint32_t mask = lex->h->token_slots - 1;
    size_t i = XXH3_64bits(key, n) & mask;
    for (;;) {
        const att_lex_token_slot *s = &lex->tokens[i];
        if (s->id == ATT_LEX_NONE) return -1;
        const char *k = lex->strings + s->str;
        if (memcmp(k, key, n) == 0 && k[n] == 0) return (int32_t)s->id;
        i = (i + 1) & mask;
    }
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

uint32_t att_lex_child(const att_lexicon *lex, uint32_t node, int32_t tok)
{
    if (tok < 0) return ATT_LEX_NONE;
    uint32_t mask = lex->h->edge_slots - 1;
    size_t i = mix(node, (uint32_t)tok) & mask;
    for (;;) {
        const att_lex_edge_slot *s = &lex->edges[i];
        if (s->node == ATT_LEX_NONE) return ATT_LEX_NONE;
        if (s->node == node && s->tok == (uint32_t)tok) return s->child < lex->h->nnodes ? s->child : ATT_LEX_NONE;
        i = (i + 1) & mask;
    }
}

int att_lex_kind(const att_lexicon *lex, const char *name)
{
    for (uint32_t i = 0; i < lex->h->nkinds; i++)
        if (strcmp(att_lex_str(lex, lex->kinds[i]), name) == 0) return (int)i;
    return -1;
}

int att_lex_lang(const att_lexicon *lex, const char *name)
{
    for (uint32_t i = 0; i < lex->h->nlangs; i++)
        if (strcmp(att_lex_str(lex, lex->langs[i]), name) == 0) return (int)i;
    return -1;
}

const char *att_lex_lang_name(const att_lexicon *lex, int lang)
{
    return lang >= 0 && (uint32_t)lang < lex->h->nlangs ? att_lex_str(lex, lex->langs[lang]) : "";
}

const char *att_lex_kind_name(const att_lexicon *lex, int kind)
{
    return kind >= 0 && (uint32_t)kind < lex->h->nkinds ? att_lex_str(lex, lex->kinds[kind]) : "";
}

const char *att_lex_attr(const att_lexicon *lex, const att_lex_entry *e, const char *name, size_t *len)
{
    if (!e->attrs) return NULL;
    /* "name=value\x1fname=value...": the name is compared where a pair
     * starts, and only a pair that holds it is measured */
    const char *p = att_lex_str(lex, e->attrs);
    size_t nl = strlen(name);
    for (;;) {
        size_t k = 0;
        while (k < nl && p[k] == name[k]) k++;   /* stops at the pair's end: a name has no \x1f or NUL */
        if (k == nl && p[nl] == '=') {
            const char *v = p + nl + 1, *end = strchr(v, '\x1f');
            if (len) *len = end ? (size_t)(end - v) : strlen(v);
            return v;
        }
        p = strchr(p, '\x1f');
        if (!p) return NULL;
        p++;
    }
}

static void table_view(const att_lexicon *lex, uint32_t i, att_table_view *out)
{
    out->lex = lex;
    out->t = &lex->tables[i];
    uint64_t n = ((uint64_t)out->t->nrows + 1) * out->t->ncols * 4;
    out->cells = in_range(lex, out->t->cells_off, n) ? (const void *)(lex->map + out->t->cells_off) : NULL;
}

int att_lex_table_find(const att_lexicon *lex, const char *name, att_table_view *out)
{
    for (uint32_t i = 0; i < lex->h->ntables; i++) {
        if (strcmp(att_lex_str(lex, lex->tables[i].name), name) == 0) {
            table_view(lex, i, out);
            return out->cells != NULL;
        }
    }
    return 0;
}

size_t att_lex_tables(const att_lexicon *lex, const char *prefix, att_table_view *out, size_t max)
{
    size_t n = 0, pl = strlen(prefix);
    for (uint32_t i = 0; i < lex->h->ntables && n < max; i++) {
        if (strncmp(att_lex_str(lex, lex->tables[i].name), prefix, pl) == 0) {
            table_view(lex, i, &out[n]);
            if (out[n].cells) n++;
        }
    }
    return n;
}

int att_table_col(const att_table_view *v, const char *col)
{
    for (uint32_t i = 0; i < v->t->ncols; i++)
        if (strcmp(att_lex_str(v->lex, v->cells[i]), col) == 0) return (int)i;
    return -1;
}

const char *att_table_cell(const att_table_view *v, uint32_t row, int col)
{
    if (col < 0 || (uint32_t)col >= v->t->ncols || row >= v->t->nrows) return "";
    return att_lex_str(v->lex, v->cells[(size_t)(row + 1) * v->t->ncols + (uint32_t)col]);
}
