/* norm.c: matching keys.  A key is what the lexicon and the text agree on:
 * NFC, case-folded, Cyrillic ё folded to е, the Vietnamese tone mark moved
 * to one place (so `hoà` = `hòa`), and letters of the wrong script inside a
 * word replaced by their look-alikes in the word's own script (a Cyrillic С
 * in `Сuộc`).  Unicode work is utf8proc's; byte offsets never change here
 * because keys are separate strings, never rewritten text. */
#include "text.h"

#include <attache.h>
#include <utf8proc.h>

/* Cyrillic and Latin letters that look alike (Unicode confusables, the
 * subset that occurs in Russian and Vietnamese text). */
static const struct { int32_t cyr, lat; } confusables[] = {
    {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'}, {0x041A, 'K'}, {0x041C, 'M'},
    {0x041D, 'H'}, {0x041E, 'O'}, {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'},
    {0x0423, 'Y'}, {0x0425, 'X'}, {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'},
    {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'}, {0x0405, 'S'},
    {0x0406, 'I'}, {0x0408, 'J'}, {0x0455, 's'}, {0x0456, 'i'}, {0x0458, 'j'},
    {0x04BB, 'h'}, {0x0501, 'd'}, {0x051B, 'q'}, {0x051D, 'w'},
};

int att_script_of(int32_t cp)
{
    if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return ATT_SCRIPT_LATIN;
        return ATT_SCRIPT_OTHER;
    }
    if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF))
        return ATT_SCRIPT_LATIN;
    if (cp >= 0x400 && cp <= 0x52F) return ATT_SCRIPT_CYRILLIC;
    if (cp >= 0x370 && cp <= 0x3FF) return ATT_SCRIPT_GREEK;
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF))
        return ATT_SCRIPT_CJK;
    if (cp >= 0xAC00 && cp <= 0xD7AF) return ATT_SCRIPT_HANGUL;
    if (cp >= 0x600 && cp <= 0x6FF) return ATT_SCRIPT_ARABIC;
    return ATT_SCRIPT_OTHER;
}

int att_is_word_cp(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
        return 1;
    default:
        return 0;
    }
}

int att_is_vietnamese_letter(int32_t cp)
{
    switch (cp) {
    case 0x103: case 0x102: case 0xE2: case 0xC2: case 0x111: case 0x110: case 0xEA: case 0xCA:
    case 0xF4: case 0xD4: case 0x1A1: case 0x1A0: case 0x1B0: case 0x1AF:
        return 1;
    }
    if (cp >= 0x1EA0 && cp <= 0x1EF9) return 1;   /* Latin Extended Additional: Vietnamese */
    /* a, e, i, o, u, y with grave/acute/tilde that Vietnamese also uses are
     * shared with other languages; they do not count on their own */
    return 0;
}

static int is_tone_mark(int32_t cp)
{
    return cp == 0x300 || cp == 0x301 || cp == 0x303 || cp == 0x309 || cp == 0x323;
}

/* Replaces the minority script's look-alikes in cps[0..n) by the majority's. */
static void repair_confusables(int32_t *cps, size_t n)
{
    size_t lat = 0, cyr = 0;
    int first = 0;
    for (size_t i = 0; i < n; i++) {
        int s = att_script_of(cps[i]);
        if (s == ATT_SCRIPT_LATIN) lat++;
        else if (s == ATT_SCRIPT_CYRILLIC) cyr++;
        if (!first && (s == ATT_SCRIPT_LATIN || s == ATT_SCRIPT_CYRILLIC)) first = s;
    }
    if (!lat || !cyr) return;
    int to_latin;
    if (lat != cyr) to_latin = lat > cyr;
    else to_latin = first == ATT_SCRIPT_LATIN;
    for (size_t i = 0; i < n; i++) {
        int32_t cp = cps[i];
        for (size_t k = 0; k < sizeof confusables / sizeof confusables[0]; k++) {
            if (to_latin && cp == confusables[k].cyr) {
                cps[i] = confusables[k].lat;
                break;
            }
            if (!to_latin && cp == confusables[k].lat) {
                cps[i] = confusables[k].cyr;
                break;
            }
        }
    }
}

static size_t decode_all(const char *s, size_t n, int32_t *cps, size_t max)
{
    size_t i = 0, k = 0;
    while (i < n && k < max) {
        int32_t cp;
        i += (size_t)att_utf8_decode(s + i, n - i, &cp);
        cps[k++] = cp;
    }
    return k;
}

static size_t encode_all(const int32_t *cps, size_t n, char *out, size_t size)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t tmp[4];
        utf8proc_ssize_t l = utf8proc_encode_char(cps[i], tmp);
        if (o + (size_t)l + 1 > size) break;
        memcpy(out + o, tmp, (size_t)l);
        o += (size_t)l;
    }
    if (size) out[o] = 0;
    return o;
}

/* The key of a word in Russian letters (А-я, Ёё), with ASCII other than
 * letters between them, without the Unicode tables: what the general path
 * below makes of such a word (case folded, й recomposed, ё -> е).  Returns
 * (size_t)-1 for any other word. */
static size_t russian_key(const char *s, size_t n, char *out, size_t size)
{
    if (n + 1 > size || n > ATT_KEY_MAX) return (size_t)-1;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return (size_t)-1;
            out[i++] = (char)c;
            continue;
        }
        if (i + 1 >= n || ((unsigned char)s[i + 1] & 0xC0) != 0x80) return (size_t)-1;
        unsigned cp = ((c & 0x1Fu) << 6) | ((unsigned char)s[i + 1] & 0x3Fu);
        if (c != 0xD0 && c != 0xD1) return (size_t)-1;
        if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;               /* А-Я -> а-я */
        else if (cp == 0x401 || cp == 0x451) cp = 0x435;         /* Ё ё -> е */
        else if (cp < 0x430 || cp > 0x44F) return (size_t)-1;
        out[i] = (char)(0xC0 | (cp >> 6));
        out[i + 1] = (char)(0x80 | (cp & 0x3F));
        i += 2;
    }
    out[n] = 0;
    return n;
}

size_t att_norm_key(const char *s, size_t n, char *out, size_t size)
{
    size_t i;
    /* fast path: ASCII */
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) break;
    if (i == n) {
        size_t m = ATT_MIN(n, size - 1);
        for (i = 0; i < m; i++) {
            char c = s[i];
            out[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        out[m] = 0;
        return m;
    }
    size_t r = russian_key(s, n, out, size);
    if (r != (size_t)-1) return r;
    int32_t cps[ATT_KEY_MAX], dec[ATT_KEY_MAX * 4];
    size_t ncp = decode_all(s, n, cps, ATT_KEY_MAX);
    repair_confusables(cps, ncp);
    /* decompose + case-fold, with canonical ordering, into dec */
    utf8proc_ssize_t nd = 0;
    for (i = 0; i < ncp; i++) {
        int last = 0;
        utf8proc_ssize_t r = utf8proc_decompose_char(cps[i], dec + nd, (utf8proc_ssize_t)(ATT_KEY_MAX * 4) - nd,
                                                     UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD, &last);
        if (r < 0 || nd + r > ATT_KEY_MAX * 4) break;
        nd += r;
    }
    /* canonical ordering of combining marks (bubble sort as utf8proc does) */
    for (utf8proc_ssize_t a = 0; a + 1 < nd;) {
        const utf8proc_property_t *p1 = utf8proc_get_property(dec[a]);
        const utf8proc_property_t *p2 = utf8proc_get_property(dec[a + 1]);
        if (p1->combining_class > p2->combining_class && p2->combining_class > 0) {
            int32_t t = dec[a];
            dec[a] = dec[a + 1];
            dec[a + 1] = t;
            if (a > 0) a--;
        } else {
            a++;
        }
    }
    /* ё -> е; Vietnamese tone marks move to the end of the word */
    int32_t tones[8];
    size_t ntones = 0, o = 0;
    int latin = 0;
    for (utf8proc_ssize_t k = 0; k < nd; k++)
        if (att_script_of(dec[k]) == ATT_SCRIPT_LATIN) latin = 1;
    for (utf8proc_ssize_t k = 0; k < nd; k++) {
        int32_t cp = dec[k];
        if (cp == 0x308 && o > 0 && dec[o - 1] == 0x435) continue;
        if (latin && is_tone_mark(cp) && ntones < 8) {
            tones[ntones++] = cp;
            continue;
        }
        dec[o++] = cp;
    }
    for (size_t t = 0; t < ntones; t++) dec[o++] = tones[t];
    utf8proc_ssize_t nc = utf8proc_normalize_utf32(dec, (utf8proc_ssize_t)o, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    if (nc < 0) nc = (utf8proc_ssize_t)o;
    return encode_all(dec, (size_t)nc, out, size);
}

size_t att_normalize_word(const char *word, size_t len, char *out, size_t size)
{
    if (!size) return 0;
    if (att_utf8_first_invalid(word, len) != len) {
        out[0] = 0;
        return 0;
    }
    return att_norm_key(word, len, out, size);
}

/* NFC of valid UTF-8 s into out (no case folding). */
static size_t nfc(const char *s, size_t n, char *out, size_t size)
{
    int32_t cps[ATT_KEY_MAX * 4];
    size_t ncp = decode_all(s, n, cps, ATT_KEY_MAX);
    repair_confusables(cps, ncp);
    utf8proc_ssize_t nd = 0;
    int32_t dec[ATT_KEY_MAX * 4];
    for (size_t i = 0; i < ncp; i++) {
        int last = 0;
        utf8proc_ssize_t r = utf8proc_decompose_char(cps[i], dec + nd, (utf8proc_ssize_t)(ATT_KEY_MAX * 4) - nd,
                                                     UTF8PROC_DECOMPOSE, &last);
        if (r < 0 || nd + r > ATT_KEY_MAX * 4) break;
        nd += r;
    }
    utf8proc_ssize_t nc = utf8proc_normalize_utf32(dec, nd, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    if (nc < 0) nc = nd;
    return encode_all(dec, (size_t)nc, out, size);
}

size_t att_repair_homoglyphs(const char *text, size_t len, char *out, size_t size)
{
    size_t i = 0, o = 0;
    if (!size) return 0;
    while (i < len && o + 1 < size) {
        int32_t cp;
        int l = att_utf8_decode(text + i, len - i, &cp);
        if (!att_is_word_cp(cp)) {
            if ((size_t)l + o + 1 > size) break;
            memcpy(out + o, text + i, (size_t)l);
            o += (size_t)l;
            i += (size_t)l;
            continue;
        }
        size_t j = i;
        while (j < len) {
            int m = att_utf8_decode(text + j, len - j, &cp);
            if (!att_is_word_cp(cp)) break;
            j += (size_t)m;
        }
        o += nfc(text + i, j - i, out + o, size - o);
        i = j;
    }
    out[o] = 0;
    return o;
}
