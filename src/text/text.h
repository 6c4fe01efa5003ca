/* text.h: the text stage.  Plain data out: the working text, its tokens
 * and sentences, the language.  Internal to libattache. */
#ifndef ATT_TEXT_H
#define ATT_TEXT_H

#include "../util/util.h"

#include <stdint.h>

/* ---- UTF-8 ---- */

/* From u[i], a lead byte, past whole runs of four valid two-byte sequences
 * (Cyrillic, Latin with marks), eight bytes at a time: leads C2..DF at the
 * even bytes, continuation bytes at the odd ones. */
static inline size_t att_utf8_skip2(const unsigned char *u, size_t i, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    while (i + 8 <= n) {
        uint64_t w, lead;
        memcpy(&w, u + i, 8);   /* byte k of the text is byte k of w (little-endian) */
        if ((w & 0xC0E0C0E0C0E0C0E0ULL) != 0x80C080C080C080C0ULL) break;
        lead = (w & 0x001E001E001E001EULL) | 0xFF00FF00FF00FF00ULL;   /* C0, C1: overlong */
        if ((lead - 0x0101010101010101ULL) & ~lead & 0x8080808080808080ULL) break;
        i += 8;
    }
#else
    (void)u, (void)n;
#endif
    return i;
}

/* Length of the valid UTF-8 sequence at s (1..4), or 0 when the bytes at s
 * do not start a valid sequence. */
static inline int att_utf8_seqlen(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;
    if (c < 0xE0) return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && s[1] < 0xA0) return 0;          /* overlong */
        if (c == 0xED && s[1] >= 0xA0) return 0;         /* surrogate */
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) return 0;
        if (c == 0xF0 && s[1] < 0x90) return 0;          /* overlong */
        if (c == 0xF4 && s[1] >= 0x90) return 0;         /* > U+10FFFF */
        return 4;
    }
    return 0;
}
/* Offset of the first invalid byte in s, or n when all is valid. */
size_t att_utf8_first_invalid(const char *s, size_t n);
/* Copies s into out, replacing every invalid byte and every NUL or other C0
 * control byte but tab and line breaks by a space, so offsets stay the
 * same.  Returns the number of bytes replaced; *first gets the offset of
 * the first invalid byte (or n). */
size_t att_utf8_repair(const char *s, size_t n, char *out, size_t *first);
/* Decodes one code point of valid UTF-8 at s; returns its length. */
int att_utf8_decode(const char *s, size_t n, int32_t *cp);

/* ---- normalisation (norm.c) ---- */

#define ATT_KEY_MAX 256       /* longest matching key in bytes */

/* The matching key of a word (see att_normalize_word in attache.h). */
size_t att_norm_key(const char *s, size_t n, char *out, size_t size);

/* Script of a code point, as far as attache needs it. */
enum { ATT_SCRIPT_OTHER = 0, ATT_SCRIPT_LATIN, ATT_SCRIPT_CYRILLIC, ATT_SCRIPT_CJK,
       ATT_SCRIPT_ARABIC, ATT_SCRIPT_HANGUL, ATT_SCRIPT_GREEK };
int att_script_of(int32_t cp);
/* Is cp a letter with a Vietnamese-only diacritic (ă â đ ê ô ơ ư or a tone mark)? */
int att_is_vietnamese_letter(int32_t cp);
/* Letter, mark or decimal digit: the characters words are made of. */
int att_is_word_cp(int32_t cp);

/* ---- tokens (token.c) ---- */

enum { ATT_TOK_WORD = 1, ATT_TOK_NUM = 2, ATT_TOK_PUNCT = 3 };

enum {
    ATT_TF_SPACE = 1,      /* whitespace before the token */
    ATT_TF_NEWLINE = 2,    /* a line break before the token */
    ATT_TF_PARA = 4,       /* a blank line (paragraph break) before the token */
    ATT_TF_UPPER = 8,      /* starts with an upper-case letter */
    ATT_TF_ALLCAPS = 16,   /* two or more letters, all upper case */
    ATT_TF_CYR = 32,       /* Cyrillic letters */
    ATT_TF_LAT = 64,       /* Latin letters */
    ATT_TF_LOWER = 128     /* starts with a lower-case letter */
};

typedef struct {
    uint32_t start, end;   /* byte span in the working text */
    const char *key;       /* matching key (arena); for PUNCT the bytes */
    uint16_t keylen;
    uint8_t type, flags;
    int32_t id;            /* lexicon token id of key; -3 absent, -4 not looked up */
    int32_t sid;           /* lexicon token id of the stem; -2 = not yet computed */
    uint32_t sent;         /* sentence index */
} att_token;

typedef struct {
    uint32_t start, end;   /* byte span in the working text */
    uint32_t tok, ntok;    /* first token and count */
} att_sentence;

/* A cache of words already seen by this thread: raw bytes -> key, flags and
 * lexicon token id.  News vocabulary is Zipfian, so most words skip the
 * Unicode work.  Two-way set-associative (a new word pushes the older of
 * its set's two out); owned by a workspace. */
#define ATT_TOKCACHE_SLOTS 8192
typedef struct {
    uint64_t h;                  /* hash of the raw bytes; 0 = empty */
    int32_t id;
    uint8_t rawlen, keylen, type, flags;
    uint8_t koff;                /* the key is at b + koff: 0 when it is the raw bytes themselves */
    char b[47];                  /* the raw bytes, then the key unless it is the same */
} att_tokcache_entry;            /* 64 bytes, one cache line: allocate the cache 64-aligned */

typedef struct {
    att_tokcache_entry e[ATT_TOKCACHE_SLOTS];
    att_token *scratch;          /* the token array while it grows (reused) */
    size_t scratch_cap;
    /* resolves a key to its lexicon token id (-1 when absent) */
    int32_t (*idfn)(void *ctx, const char *key, size_t n);
    void *ctx;
} att_tokcache;

/* Splits txt into tokens, allocated from the arena.  With a cache, lexicon
 * ids are filled in (id = -1 absent); without, id = -1 and the lexicon pass
 * looks keys up.  sid = -2 (stem not computed). */
att_token *att_tokenize(att_arena *a, const char *txt, size_t len, size_t *ntok, att_tokcache *cache);

/* Calls fn for every word or number token of a phrase, with its key: the
 * phrase tokenizer the lexicon compiler shares with the engine. */
typedef void (*att_phrase_token_fn)(void *ctx, const char *key, size_t keylen,
                                    const char *raw, size_t rawlen, int stem);
void att_phrase_tokens(const char *phrase, size_t len, att_phrase_token_fn fn, void *ctx);

#endif
