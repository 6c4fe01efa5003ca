/* match.c: every lexicon phrase in a token stream, in one left-to-right
 * pass.  From each token the trie over token ids is walked as far as the
 * text allows; the cost grows with the text and the longest phrase, not
 * with the number of phrases.  A token may follow its exact key or, where
 * the trie has stem edges, its Snowball stem. */
#include "lexicon.h"

#include <stdlib.h>

static int32_t tok_id(const att_lexicon *lex, att_token *t)
{
    if (t->id == -4 && t->keylen) {
        t->id = att_lex_token(lex, t->key, t->keylen);
        if (t->id < 0) t->id = -3;   /* looked up, absent */
    }
    return t->id >= 0 ? t->id : -1;
}

/* Can a phrase continue from token i to token i+1?  Words continue across
 * whitespace and across punctuation glued inside a word (Нью-Йорк, U.S.). */
static size_t next_word(const att_token *toks, size_t n, size_t i)
{
    size_t j = i + 1;
    while (j < n && toks[j].type == ATT_TOK_PUNCT) {
        if (toks[j].flags & ATT_TF_SPACE) return n;           /* space before the mark */
        const char *k = toks[j].key;
        /* an abbreviation's full stop: `St. Vincent` */
        if (k[0] == '.' && j + 1 < n && (toks[j + 1].flags & ATT_TF_SPACE) && !(toks[j + 1].flags & ATT_TF_NEWLINE) &&
            toks[j + 1].type == ATT_TOK_WORD)
            return j + 1;
        if (j + 1 >= n || (toks[j + 1].flags & ATT_TF_SPACE)) return n;  /* space after */
        if (!(k[0] == '-' || k[0] == '.' || k[0] == '\'' || (unsigned char)k[0] == 0xE2)) return n;
        j++;
    }
    if (j < n && (toks[j].flags & ATT_TF_PARA)) return n;
    return j;
}

/* The word after word i that a gap may skip to: as next_word, but never
 * past a full stop, not even one an abbreviation might own (`пуск ракеты.
 * Пуск`): a gap never spans two sentences. */
static size_t gap_next(const att_token *toks, size_t n, size_t i)
{
    /* a date written with slashes is one thing to skip (`bàn giao ngày
     * 13/2 cho`, `tháng 9/2023`) */
    while (i + 2 < n && toks[i].type == ATT_TOK_NUM && toks[i + 1].type == ATT_TOK_PUNCT && toks[i + 1].key[0] == '/' &&
           !(toks[i + 1].flags & ATT_TF_SPACE) && toks[i + 2].type == ATT_TOK_NUM && !(toks[i + 2].flags & ATT_TF_SPACE))
        i += 2;
    size_t j = next_word(toks, n, i);
    for (size_t k = i + 1; k < j && k < n; k++)
        if (toks[k].key[0] == '.' && k + 1 < n && (toks[k + 1].flags & ATT_TF_SPACE)) return n;
    return j;
}

/* a node to go on from at token i, with its entries and flags */
typedef struct {
    uint32_t node;
    uint32_t flags;
    size_t i;
} frame;

att_lex_root *att_lex_root_slot(att_lex_roots *roots, int32_t tok)
{
    if ((size_t)tok >= roots->n) {
        size_t nn = roots->n ? roots->n : 4096;
        while (nn <= (size_t)tok) nn *= 2;
        roots->v = att_xrealloc(roots->v, nn * sizeof *roots->v);
        for (size_t i = roots->n; i < nn; i++) roots->v[i] = (att_lex_root){ATT_LEX_ROOT_UNSEEN, UINT32_MAX, 0, 0};
        roots->n = nn;
    }
    return &roots->v[tok];
}

uint32_t att_lex_root_child(const att_lexicon *lex, att_lex_roots *roots, int32_t tok)
{
    if (tok < 0) return ATT_LEX_NONE;
    if (!roots) return att_lex_child(lex, 0, tok);
    att_lex_root *r = att_lex_root_slot(roots, tok);
    if (r->child == ATT_LEX_ROOT_UNSEEN) {
        r->child = att_lex_child(lex, 0, tok);
        const att_lex_node *nd = att_lex_node_at(lex, r->child);
        r->cflags = nd->flags | (nd->count ? ATT_LEX_ROOT_ENTRIES : 0);
    }
    return r->child;
}

/* the memo's lookup, inlined into the matcher's loop */
static inline __attribute__((always_inline)) uint32_t child_memo(const att_lexicon *lex, att_lex_roots *roots, uint32_t node,
                                                               int32_t tok)
{
    if (node == 0) {
        if (roots && tok >= 0 && (size_t)tok < roots->n && roots->v[tok].child != ATT_LEX_ROOT_UNSEEN)
            return roots->v[tok].child;   /* seen before: the common case */
        return att_lex_root_child(lex, roots, tok);
    }
    if (tok < 0 || node == ATT_LEX_NONE) return ATT_LEX_NONE;
    if (!roots) return att_lex_child(lex, node, tok);
    if (!roots->edges) {
        roots->edges = att_xmalloc(ATT_LEX_EDGE_MEMO * sizeof *roots->edges);
        for (size_t i = 0; i < ATT_LEX_EDGE_MEMO; i++) roots->edges[i].node = ATT_LEX_NONE;
    }
    /* two ways a set: the newer edge in the first */
    uint32_t h = (node * 0x9E3779B1u) ^ ((uint32_t)tok * 0x85EBCA77u);
    struct att_lex_edge_memo *m = &roots->edges[(h ^ (h >> 15)) & (ATT_LEX_EDGE_MEMO - 2)];
    if (m->node == node && m->tok == (uint32_t)tok) return m->child;
    if (m[1].node == node && m[1].tok == (uint32_t)tok) return m[1].child;
    m[1] = m[0];
    m->node = node;
    m->tok = (uint32_t)tok;
    m->child = att_lex_child(lex, node, tok);
    return m->child;
}

uint32_t att_lex_child_memo(const att_lexicon *lex, att_lex_roots *roots, uint32_t node, int32_t tok)
{
    return child_memo(lex, roots, node, tok);
}

/* att_lex_node_at through the memo: a copy of the node, valid until the
 * next call */
static inline __attribute__((always_inline)) const att_lex_node *node_of(const att_lexicon *lex, att_lex_roots *roots,
                                                                         uint32_t node)
{
    if (!roots) return att_lex_node_at(lex, node);
    if (!roots->nodes) {
        size_t n = (size_t)1 << ATT_LEX_NODE_MEMO_BITS;
        roots->nodes = att_xmalloc(n * sizeof *roots->nodes);
        for (size_t i = 0; i < n; i++) roots->nodes[i].node = ATT_LEX_NONE;
    }
    /* two ways a set, as the edges */
    struct att_lex_node_memo *m = &roots->nodes[((node * 0x9E3779B1u) >> (32 - ATT_LEX_NODE_MEMO_BITS)) & ~(uint32_t)1];
    if (m->node == node) return &m->nd;
    if (m[1].node == node) return &m[1].nd;
    m[1] = m[0];
    m->node = node;
    m->nd = *att_lex_node_at(lex, node);
    return &m->nd;
}

void att_lex_roots_free(att_lex_roots *roots)
{
    free(roots->v);
    free(roots->edges);
    free(roots->nodes);
    memset(roots, 0, sizeof *roots);
}

static inline uint32_t child(const att_lexicon *lex, att_lex_roots *roots, uint32_t node, int32_t tok)
{
    return child_memo(lex, roots, node, tok);
}

void att_lex_match(const att_lexicon *lex, att_token *toks, size_t n, att_stem_fn stem, void *ctx,
                   att_lex_roots *roots, att_vec *out)
{
    frame stack[64];
    int32_t gap = att_lex_token(lex, ATT_LEX_GAP, ATT_LEX_GAP_LEN);
    uint32_t root_flags = node_of(lex, roots, 0)->flags;
    for (size_t s = 0; s < n; s++) {
        if (toks[s].type == ATT_TOK_PUNCT) continue;
        int sp = 0;
        stack[sp++] = (frame){0, root_flags, s};
        while (sp > 0) {
            frame f = stack[--sp];
            att_token *t = &toks[f.i];
            /* a gap: go on after none, one ... ATT_LEX_GAP_MAX words or
             * numbers (`доставила в Сирию 40 грузовиков`), never across
             * punctuation that stands apart (a comma, a full stop) */
            uint32_t g = (f.flags & ATT_NODE_GAP_EDGE) && gap >= 0 ? child(lex, roots, f.node, gap) : ATT_LEX_NONE;
            if (g != ATT_LEX_NONE) {
                uint32_t gf = node_of(lex, roots, g)->flags;
                size_t p = f.i;
                if (sp < 64) stack[sp++] = (frame){g, gf, p};
                for (int k = 0; k < ATT_LEX_GAP_MAX && toks[p].type != ATT_TOK_PUNCT; k++) {
                    p = gap_next(toks, n, p);
                    if (p >= n || sp >= 64) break;
                    stack[sp++] = (frame){g, gf, p};
                }
            }
            uint32_t c1 = child(lex, roots, f.node, tok_id(lex, t));
            uint32_t c2 = ATT_LEX_NONE;
            if ((f.flags & ATT_NODE_STEM_EDGES) && stem && t->type == ATT_TOK_WORD) {
                if (t->sid == -2) t->sid = stem(ctx, t);
                if (t->sid >= 0) c2 = child(lex, roots, f.node, t->sid);
            }
            uint32_t cs[2] = {c1, c2};
            for (int k = 0; k < 2; k++) {
                if (cs[k] == ATT_LEX_NONE || (k == 1 && c2 == c1)) continue;
                uint32_t cf;
                int entries;
                if (f.node == 0 && roots) {   /* a root child: its flags are in the word's slot */
                    int32_t id = k ? t->sid : t->id;
                    cf = roots->v[id].cflags;
                    entries = (cf & ATT_LEX_ROOT_ENTRIES) != 0;
                } else {
                    const att_lex_node *cn = node_of(lex, roots, cs[k]);
                    cf = cn->flags;
                    entries = cn->count != 0;
                }
                if (entries) {
                    att_match *m = att_vec_push(out);
                    m->tok = (uint32_t)s;
                    m->end = (uint32_t)f.i + 1;
                    m->node = cs[k];
                }
                if (!(cf & ATT_NODE_HAS_CHILDREN)) continue;   /* no phrase goes on from here */
                /* go on with the next word (skipping glued marks), and with
                 * the very next token when it is punctuation the trie may hold */
                size_t j = next_word(toks, n, f.i);
                if (j < n && sp < 64) stack[sp++] = (frame){cs[k], cf, j};
                size_t r = f.i + 1;
                if (r < n && r != j && toks[r].type == ATT_TOK_PUNCT && !(toks[r].flags & ATT_TF_PARA) && sp < 64)
                    stack[sp++] = (frame){cs[k], cf, r};
            }
        }
    }
}

int att_lex_entry_exact_ok(const att_lexicon *lex, const att_lex_entry *e, const att_token *toks, uint32_t tok,
                           uint32_t end, const char *txt)
{
    /* the text's words, concatenated, must be the phrase's words byte for byte */
    const char *want = att_lex_str(lex, e->exact);
    size_t at = 0;
    for (uint32_t i = tok; i < end; i++) {
        if (toks[i].type == ATT_TOK_PUNCT) continue;
        size_t l = toks[i].end - toks[i].start;
        if (strncmp(want + at, txt + toks[i].start, l) != 0) return 0;
        at += l;
    }
    return want[at] == 0;
}
