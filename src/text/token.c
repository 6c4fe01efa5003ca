/* token.c: tokens with byte spans.  A token is a run of letters, marks and
 * digits (a word or a number) or one punctuation character.  Whitespace
 * separates tokens and is remembered in the flags of the token after it. */
#include "text.h"

#include <utf8proc.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

static int space_cp(int32_t cp)
{
    if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == '\f' || cp == '\v') return 1;
    if (cp < 0x80) return 0;
    if (cp == 0xA0 || cp == 0xFEFF || cp == 0x200B) return 1;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP ||
           c == UTF8PROC_CATEGORY_CC || c == UTF8PROC_CATEGORY_CF;
}

static int upper_cp(int32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static int lower_cp(int32_t cp)
{
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* Is cp a word character?  Fast for the scripts attache reads. */
static inline int word_cp_fast(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    if (cp >= 0x410 && cp <= 0x44F) return 1;                 /* Russian letters */
    if (cp >= 0x1EA0 && cp <= 0x1EF9) return 1;               /* Vietnamese letters */
    if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
    return att_is_word_cp(cp);
}

/* ASCII letters; ASCII digits make words of their own */
static const uint8_t ascii_letter[128] = {
    ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1,
};

/* Byte length of the word at s[0..n) (no flags): a run of ASCII digits, or
 * a run of word characters without them (`22:57Белый` = 57 + Белый).
 * Runs of ASCII and Cyrillic letters, the common case, take no decoding. */
static size_t word_extent(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    if (n && u[0] >= '0' && u[0] <= '9') {
        while (i < n && u[i] >= '0' && u[i] <= '9') i++;
        return i;
    }
    while (i < n) {
        unsigned char c = u[i];
        if (c < 0x80) {
            if (!ascii_letter[c]) break;
            i++;
            continue;
        }
        int32_t cp;
        int l;
        if ((c == 0xD0 || c == 0xD1) && i + 1 < n && (u[i + 1] & 0xC0) == 0x80) {
            cp = ((c & 0x1F) << 6) | (u[i + 1] & 0x3F);   /* Cyrillic */
            l = 2;
        } else {
            l = att_utf8_decode(s + i, n - i, &cp);
        }
        if (!word_cp_fast(cp)) break;
        i += (size_t)l;
    }
    return i;
}

/* Scans a word at s[0..n): returns its byte length and fills flags/type. */
static size_t scan_word(const char *s, size_t n, uint8_t *flags, uint8_t *type)
{
    size_t i = 0, letters = 0, uppers = 0;
    int digits_only = 1, digits = -1;
    uint8_t f = 0;
    while (i < n) {
        int32_t cp;
        unsigned char c = (unsigned char)s[i];
        int l;
        if (c < 0x80) {
            cp = c;
            l = 1;
        } else {
            l = att_utf8_decode(s + i, n - i, &cp);
        }
        if (!att_is_word_cp(cp)) break;
        int d = cp >= '0' && cp <= '9';
        if (digits >= 0 && d != digits) break;
        digits = d;
        if (!(cp >= '0' && cp <= '9')) {
            int sc = att_script_of(cp);
            if (sc == ATT_SCRIPT_LATIN) f |= ATT_TF_LAT;
            else if (sc == ATT_SCRIPT_CYRILLIC) f |= ATT_TF_CYR;
            if (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ND) {
                /* other digits count as digits */
            } else {
                digits_only = 0;
                int up = upper_cp(cp), lo = lower_cp(cp);
                if (up || lo) {
                    if (letters == 0) f |= up ? ATT_TF_UPPER : ATT_TF_LOWER;
                    letters++;
                    uppers += (size_t)up;
                }
            }
        }
        i += (size_t)l;
    }
    if (letters >= 2 && uppers == letters) f |= ATT_TF_ALLCAPS;
    *flags = f;
    *type = digits_only ? ATT_TOK_NUM : ATT_TOK_WORD;
    return i;
}

_Static_assert(sizeof(att_tokcache_entry) == 64, "a word cache entry is one cache line");

/* a == b over n bytes: the first and last words of each, overlapping,
 * for the short strings of a word cache */
static inline int same_bytes(const char *a, const char *b, size_t n)
{
    if (n >= 8 && n <= 16) {
        uint64_t a0, a1, b0, b1;
        memcpy(&a0, a, 8), memcpy(&a1, a + n - 8, 8), memcpy(&b0, b, 8), memcpy(&b1, b + n - 8, 8);
        return a0 == b0 && a1 == b1;
    }
    if (n >= 4 && n < 8) {
        uint32_t a0, a1, b0, b1;
        memcpy(&a0, a, 4), memcpy(&a1, a + n - 4, 4), memcpy(&b0, b, 4), memcpy(&b1, b + n - 4, 4);
        return a0 == b0 && a1 == b1;
    }
    return memcmp(a, b, n) == 0;
}

static inline int cached_is(const att_tokcache_entry *ce, uint64_t h, const char *raw, size_t w)
{
    return ce->h == h && ce->rawlen == w && same_bytes(ce->b, raw, w);
}

att_token *att_tokenize(att_arena *a, const char *txt, size_t len, size_t *ntok, att_tokcache *cache)
{
    size_t cap = cache && cache->scratch ? cache->scratch_cap : 64, n = 0;
    att_token *t = cache && cache->scratch ? cache->scratch : att_xmalloc(cap * sizeof *t);
    size_t i = 0;
    uint8_t pending = 0;
    int newlines = 0;
    char key[ATT_KEY_MAX + 8];
    while (i < len) {
        int32_t cp;
        unsigned char c = (unsigned char)txt[i];
        int l;
        if (c < 0x80) {
            cp = c;
            l = 1;
        } else {
            l = att_utf8_decode(txt + i, len - i, &cp);
        }
        if (space_cp(cp)) {
            pending |= ATT_TF_SPACE;
            if (cp == '\n') {
                pending |= ATT_TF_NEWLINE;
                if (++newlines >= 2) pending |= ATT_TF_PARA;
            }
            i += (size_t)l;
            continue;
        }
        if (n == cap) {
            cap *= 2;
            t = att_xrealloc(t, cap * sizeof *t);
        }
        att_token *tk = &t[n++];
        memset(tk, 0, sizeof *tk);
        tk->start = (uint32_t)i;
        tk->id = -4;              /* not looked up yet */
        tk->sid = -2;
        if (word_cp_fast(cp)) {
            size_t w = word_extent(txt + i, len - i);
            att_tokcache_entry *ce = NULL;
            uint64_t h = 0;
            if (cache && w < sizeof ce->b) {
                h = XXH3_64bits(txt + i, w) | 1;
                ce = &cache->e[h & (ATT_TOKCACHE_SLOTS - 2)];     /* the set's first way */
                int hit = cached_is(ce, h, txt + i, w);
                if (!hit && cached_is(ce + 1, h, txt + i, w)) ce++, hit = 1;
                if (hit) {
                    tk->key = att_arena_strndup_short(a, ce->b + ce->koff, ce->keylen);
                    tk->keylen = ce->keylen;
                    tk->type = ce->type;
                    tk->flags = ce->flags | pending;
                    tk->id = ce->id < 0 ? -3 : ce->id;
                    i += w;
                    goto done;
                }
            }
            uint8_t f, type;
            w = scan_word(txt + i, len - i, &f, &type);
            size_t kl = att_norm_key(txt + i, ATT_MIN(w, (size_t)ATT_KEY_MAX), key, sizeof key);
            tk->key = att_arena_strndup_short(a, key, kl);
            tk->keylen = (uint16_t)kl;
            tk->type = type;
            tk->flags = f | pending;
            if (cache) {
                tk->id = cache->idfn(cache->ctx, key, kl);
                if (tk->id < 0) tk->id = -3;   /* looked up, absent */
                int same = kl == w && memcmp(key, txt + i, w) == 0;   /* a word in lower case */
                if (ce && w < sizeof ce->b && (same ? w : w + kl) <= sizeof ce->b) {
                    ce[1] = ce[0];                              /* the older word moves to way 2 */
                    ce->h = h;
                    ce->rawlen = (uint8_t)w;
                    memcpy(ce->b, txt + i, w);
                    ce->koff = same ? 0 : (uint8_t)w;
                    ce->keylen = (uint8_t)kl;
                    if (!same) memcpy(ce->b + w, key, kl);
                    ce->type = type;
                    ce->flags = f;
                    ce->id = tk->id;
                }
            }
            i += w;
        } else {
            tk->key = att_arena_strndup_short(a, txt + i, (size_t)l);
            tk->keylen = (uint16_t)l;
            tk->type = ATT_TOK_PUNCT;
            tk->flags = pending;
            i += (size_t)l;
        }
    done:
        tk->end = (uint32_t)i;
        pending = 0;
        newlines = 0;
    }
    /* move into the arena so the document owns it */
    att_token *out = n ? att_arena_memdup(a, t, n * sizeof *out) : att_arena_alloc(a, sizeof *out);
    if (cache) {
        cache->scratch = t;
        cache->scratch_cap = cap;
    } else {
        free(t);
    }
    *ntok = n;
    return out;
}

void att_phrase_tokens(const char *phrase, size_t len, att_phrase_token_fn fn, void *ctx)
{
    size_t i = 0;
    int words = 0;
    char key[ATT_KEY_MAX + 8];
    while (i < len) {
        int32_t cp;
        int l = att_utf8_decode(phrase + i, len - i, &cp);
        if (space_cp(cp) || cp == '*') {
            i += (size_t)l;
            continue;
        }
        if (!att_is_word_cp(cp)) {
            /* punctuation inside a phrase is a token of its own when it is not
             * glued to words on both sides (`Turks & Caicos`, `о-ва (США)`);
             * glued marks (Нью-Йорк, U.S.) and a final full stop are skipped,
             * as the matcher skips them in text */
            int32_t pc = 0, nc = 0;
            if (i > 0) {
                size_t b = i - 1;
                while (b > 0 && ((unsigned char)phrase[b] & 0xC0) == 0x80) b--;
                att_utf8_decode(phrase + b, len - b, &pc);
            }
            if (i + (size_t)l < len) att_utf8_decode(phrase + i + l, len - i - (size_t)l, &nc);
            int glued = i > 0 && i + (size_t)l < len && att_is_word_cp(pc) && att_is_word_cp(nc);
            int last = i + (size_t)l >= len;
            if (words && !glued && !last) fn(ctx, phrase + i, (size_t)l, phrase + i, (size_t)l, 0);
            i += (size_t)l;
            continue;
        }
        uint8_t f, type;
        size_t w = scan_word(phrase + i, len - i, &f, &type);
        size_t kl = att_norm_key(phrase + i, ATT_MIN(w, (size_t)ATT_KEY_MAX), key, sizeof key);
        int stem = i + w < len && phrase[i + w] == '*';
        fn(ctx, key, kl, phrase + i, w, stem);
        words++;
        i += w;
    }
}
