/* lexicon.h: the compiled lexicon, as the stages read it.  Internal. */
#ifndef ATT_LEXICON_H
#define ATT_LEXICON_H

#include "../text/text.h"
#include "format.h"

#include <attache.h>

/* lexicon.c */
/* A gap in a phrase (`провели ~ переговоры`, `opened ~ fire`): up to
 * ATT_LEX_GAP_MAX words of the text, or none, between the words around it.
 * The phrase's `~` is stored as this key, which no text token can have. */
#define ATT_LEX_GAP "\x01~"
#define ATT_LEX_GAP_LEN 2
#define ATT_LEX_GAP_MAX 3

/* The opened lexicon: pointers into the mapping, set by att_lexicon_open
 * and read-only after.  Here rather than in lexicon.c so that the lookups
 * every match makes (a node, an entry, a string) are inlined. */
struct att_lexicon {
    const unsigned char *map;
    size_t size;
    const att_lex_header *h;
    const char *strings;
    const att_lex_token_slot *tokens;
    const att_lex_edge_slot *edges;
    const att_lex_node *nodes;
    const att_lex_entry *entries;
    const uint32_t *kinds, *langs;
    const att_lex_table *tables;
    uint32_t nnodes, nentries;   /* copies of the header's, beside the pointers */
    uint64_t strings_len;
};

int32_t att_lex_token(const att_lexicon *lex, const char *key, size_t n);
uint32_t att_lex_child(const att_lexicon *lex, uint32_t node, int32_t tok);

/* A node's entries; a node out of range, or whose entries are, has none. */
static inline const att_lex_node *att_lex_node_at(const att_lexicon *lex, uint32_t node)
{
    static const att_lex_node none = {0, 0, 0};
    if (node >= lex->nnodes) return &none;
    const att_lex_node *n = &lex->nodes[node];
    if (n->count && ((uint64_t)n->first + n->count > lex->nentries)) return &none;
    return n;
}

static inline const att_lex_entry *att_lex_entries(const att_lexicon *lex)
{
    return lex->entries;
}

/* The string at offset off of the pool ("" when out of range). */
static inline const char *att_lex_str(const att_lexicon *lex, uint32_t off)
{
    return off < lex->strings_len ? lex->strings + off : "";
}
int att_lex_kind(const att_lexicon *lex, const char *name);     /* -1 if absent */
int att_lex_lang(const att_lexicon *lex, const char *name);     /* -1 if absent */
const char *att_lex_lang_name(const att_lexicon *lex, int lang);
const char *att_lex_kind_name(const att_lexicon *lex, int kind);
/* Value of attribute `name` of an entry, or NULL; *len gets its length. */
const char *att_lex_attr(const att_lexicon *lex, const att_lex_entry *e, const char *name, size_t *len);

/* Non-phrase tables. */
typedef struct {
    const att_lexicon *lex;
    const att_lex_table *t;
    const uint32_t *cells;
} att_table_view;
/* Calls fn for each table whose name starts with `prefix`. */
int att_lex_table_find(const att_lexicon *lex, const char *name, att_table_view *out);
size_t att_lex_tables(const att_lexicon *lex, const char *prefix, att_table_view *out, size_t max);
int att_table_col(const att_table_view *v, const char *col);   /* -1 if absent */
const char *att_table_cell(const att_table_view *v, uint32_t row, int col);  /* row 0-based */

/* match.c: phrases in a token stream. */
typedef struct {
    uint32_t tok, end;   /* token range [tok, end) */
    uint32_t node;       /* trie node: its entries are the phrases */
    uint32_t efirst, en; /* the entries usable here: doc->mentries[efirst..+en) (core/extract.c) */
} att_match;

/* Computes a token's stem id on demand (the workspace owns the stemmers). */
typedef int32_t (*att_stem_fn)(void *ctx, att_token *t);

/* Trie edges already looked up by this thread: the root's child for each
 * token id (every word of a text starts a walk there), and two-way
 * set-associative memos of other edges, absent ones included, and of
 * nodes (two ways: a direct-mapped memo lost most of the edges of a news
 * corpus to collisions).  The edge table is too big to stay in the
 * processor's cache; the words of news are not.  Owned by a workspace;
 * zero-initialised is empty. */
typedef struct {
    uint32_t child;      /* ATT_LEX_ROOT_UNSEEN where not looked up yet */
    uint32_t aux;        /* a word-level value a stage keeps beside it (language
                            id: its votes); UINT32_MAX until set */
    uint32_t cflags;     /* the child's node flags, ATT_LEX_ROOT_ENTRIES if it has entries */
    uint32_t stem;       /* the word's stem id + 1, under the stemmer's number in the top two bits; 0 unseen */
} att_lex_root;
typedef struct {
    att_lex_root *v;     /* by token id */
    size_t n;
    struct att_lex_edge_memo { uint32_t node, tok, child; } *edges;   /* node ATT_LEX_NONE: empty */
    struct att_lex_node_memo { uint32_t node; att_lex_node nd; } *nodes;  /* copies of nodes read */
} att_lex_roots;
#define ATT_LEX_ROOT_UNSEEN 0xFFFFFFFEu
#define ATT_LEX_ROOT_ENTRIES 0x80000000u
/* The memo's slot of token id tok (>= 0), made on first use: one line of
 * memory serves both the root child and aux. */
att_lex_root *att_lex_root_slot(att_lex_roots *roots, int32_t tok);
#define ATT_LEX_EDGE_MEMO 32768
#define ATT_LEX_NODE_MEMO_BITS 14
/* att_lex_child(lex, 0, tok) through the memo (roots may be NULL). */
uint32_t att_lex_root_child(const att_lexicon *lex, att_lex_roots *roots, int32_t tok);
/* att_lex_child through the memo (roots may be NULL). */
uint32_t att_lex_child_memo(const att_lexicon *lex, att_lex_roots *roots, uint32_t node, int32_t tok);
void att_lex_roots_free(att_lex_roots *roots);

/* Finds every phrase occurrence in toks[0..n), appending to out (att_match).
 * Token ids are filled in on the way.  roots: as for att_lex_root_child. */
void att_lex_match(const att_lexicon *lex, att_token *toks, size_t n, att_stem_fn stem, void *ctx,
                   att_lex_roots *roots, att_vec *out);

/* Is entry e usable in a document of language `lang` at tokens [tok, end)?
 * (language filter and case-exact check)  Inline: the stages ask it for
 * every entry of every match, and most answers need no more than e. */
int att_lex_entry_exact_ok(const att_lexicon *lex, const att_lex_entry *e, const att_token *toks, uint32_t tok,
                           uint32_t end, const char *txt);
static inline int att_lex_entry_ok(const att_lexicon *lex, const att_lex_entry *e, int lang, const att_token *toks,
                                   uint32_t tok, uint32_t end, const char *txt)
{
    if (e->lang != 0 && e->lang != lang) return 0;
    if (!(e->flags & ATT_ENTRY_CASE_EXACT)) return 1;
    return att_lex_entry_exact_ok(lex, e, toks, tok, end, txt);
}

/* compile.c: builds the lexicon file from data folders. */
int att_lex_compile(const char *const *dirs, size_t ndirs, const char *out_path, int verbose);

#endif
