/* format.h: the layout of the compiled lexicon file (build/attache.lex).
 *
 * One file, little-endian, mapped read-only and shared by all threads.  All
 * references are 32-bit offsets into the string pool or indices into the
 * arrays below.  Written by compile.c, read by lexicon.c; change both and
 * ATT_LEX_VERSION together.
 *
 *   header
 *   strings   NUL-terminated UTF-8; offset 0 is the empty string
 *   tokens    open-addressing hash of token keys -> token id
 *   edges     open-addressing hash of (node, token id) -> child node: the
 *             phrase trie over token ids
 *   nodes     per trie node: its entries (a range in `entries`) and flags
 *   entries   one per phrase: kind, language, code, attributes
 *   kinds     string offsets of the kind names (entry.kind indexes this)
 *   langs     string offsets of the language folder names
 *   tables    non-phrase tables (people, offices, countries...): name,
 *             columns, rows of string offsets
 */
#ifndef ATT_LEX_FORMAT_H
#define ATT_LEX_FORMAT_H

#include <stdint.h>

#define ATT_LEX_MAGIC "ATTLEX\r\n"
#define ATT_LEX_VERSION 3
#define ATT_LEX_NONE 0xFFFFFFFFu
#define ATT_STEM_PREFIX '\x01'   /* token keys of stems start with this byte */

typedef struct {
    char magic[8];
    uint32_t version;
    uint32_t flags;
    uint64_t file_size;
    uint64_t strings_off, strings_len;
    uint64_t tokens_off;  uint32_t token_slots, ntokens;
    uint64_t edges_off;   uint32_t edge_slots, nedges;
    uint64_t nodes_off;   uint32_t nnodes, pad0;
    uint64_t entries_off; uint32_t nentries, pad1;
    uint64_t kinds_off;   uint32_t nkinds, pad2;
    uint64_t langs_off;   uint32_t nlangs, pad3;
    uint64_t tables_off;  uint32_t ntables, pad4;
    uint64_t checksum;    /* XXH3 of everything after the header */
} att_lex_header;

typedef struct {
    uint32_t str;      /* key */
    uint32_t id;       /* ATT_LEX_NONE when the slot is empty */
} att_lex_token_slot;

typedef struct {
    uint32_t node;     /* ATT_LEX_NONE when the slot is empty */
    uint32_t tok;
    uint32_t child;
} att_lex_edge_slot;

enum {
    ATT_NODE_STEM_EDGES = 1,   /* some edge out of this node is a stem */
    ATT_NODE_GAP_EDGE = 2,     /* an edge out of this node is a gap (`~`) */
    ATT_NODE_HAS_CHILDREN = 4  /* some edge goes out of this node: a phrase may go on */
};

typedef struct {
    uint32_t first, count;   /* entries of phrases ending here */
    uint32_t flags;
} att_lex_node;

enum { ATT_ENTRY_CASE_EXACT = 1 };

typedef struct {
    uint32_t phrase;   /* the phrase as written */
    uint32_t code;
    uint32_t attrs;    /* "name=value" pairs separated by \x1f */
    uint32_t source;   /* "file:line" */
    uint32_t exact;    /* case-exact entries: the phrase's words, concatenated */
    uint16_t kind;
    uint8_t lang;
    uint8_t ntok;
    uint8_t flags;
    uint8_t pad[3];
} att_lex_entry;

typedef struct {
    uint32_t name;     /* table name: the file name without .tsv */
    uint32_t lang;     /* index into langs */
    uint32_t ncols, nrows;
    uint64_t cells_off;  /* (1 + nrows) * ncols string offsets; row 0 = header */
} att_lex_table;

#endif
