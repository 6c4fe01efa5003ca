/* langid.c: which language a text is in: ru, vi, en or und.
 *
 * Scripts decide first: Cyrillic words make Russian (unless letters only
 * Ukrainian or Belarusian uses dominate), CJK, Hangul, Arabic or Greek
 * words make `und`.  Among Latin-script words, Vietnamese letters
 * (ă â đ ê ô ơ ư and the tone-marked vowels) and the function words listed
 * in the lexicon (kind `langword`, data/<lang>/langid.tsv) vote for
 * Vietnamese or English; a Latin text that neither wins is `und`.  A
 * Vietnamese banner in a Russian page or Vietnamese names in an English
 * report do not outvote the body. */
#include "../core/doc.h"

static int has_vi_letter(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) {   /* ASCII letters have none */
            i++;
            continue;
        }
        int32_t cp;
        i += (size_t)att_utf8_decode(s + i, n - i, &cp);
        if (att_is_vietnamese_letter(cp)) return 1;
    }
    return 0;
}

static int has_other_cyrillic(const char *s, size_t n)
{
    /* і ї є ґ ў (Ukrainian, Belarusian), ђ ј љ њ ћ џ (Serbian), ѓ ќ ѕ (Macedonian):
     * U+0452..U+045F but ѕ (U+0455) and ѝ (U+045D), and U+0491.  In valid
     * UTF-8 a lead byte 0xD1 or 0xD2 never occurs inside another sequence,
     * so the bytes tell. */
    const unsigned char *u = (const unsigned char *)s;
    /* every such letter has a second byte 0x90..0x9F, which Russian in
     * lower case never has but in ё: a word at a time, most keys are done */
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        uint64_t v = (w & 0xF0F0F0F0F0F0F0F0ULL) ^ 0x9090909090909090ULL;
        if ((v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL) break;
    }
    if (i) i--;   /* a lead byte may end the clean words */
    for (; i + 1 < n; i++) {
        if (u[i] == 0xD1 && u[i + 1] >= 0x92 && u[i + 1] <= 0x9F && u[i + 1] != 0x95 && u[i + 1] != 0x9D) return 1;
        if (u[i] == 0xD2 && u[i + 1] == 0x91) return 1;
    }
    return 0;
}

static int other_script(const char *s, size_t n)
{
    int32_t cp;
    att_utf8_decode(s, n, &cp);
    int sc = att_script_of(cp);
    return sc == ATT_SCRIPT_CJK || sc == ATT_SCRIPT_HANGUL || sc == ATT_SCRIPT_ARABIC || sc == ATT_SCRIPT_GREEK ||
           (sc == ATT_SCRIPT_OTHER && cp >= 0x80);
}

/* The function-word votes of token id `id`: English, Vietnamese, Russian
 * and other-language entries of kind langword, a byte each, looked up once
 * per thread and kept in the lexicon memo's slot of the word. */
static uint32_t votes(att_workspace *ws, const att_lex_entry *es, int32_t id)
{
    if (id < 0) return 0;
    uint32_t known = att_lex_root_slot(&ws->roots, id)->aux;   /* kept beside the word's root child */
    if (known != UINT32_MAX) return known;
    uint32_t en = 0, vi = 0, ru = 0, other = 0;
    uint32_t node = att_lex_root_child(ws->lex, &ws->roots, id);
    if (node != ATT_LEX_NONE) {
        const att_lex_node *nd = att_lex_node_at(ws->lex, node);
        for (uint32_t k = 0; k < nd->count; k++) {
            const att_lex_entry *e = &es[nd->first + k];
            if (e->kind != ws->k_langword) continue;
            if (e->lang == ws->lang_en) en++;
            else if (e->lang == ws->lang_vi) vi++;
            else if (e->lang == ws->lang_ru) ru++;
            else if (e->lang == 0) other++;   /* data/common: words of other languages */
        }
    }
    uint32_t v = ATT_MIN(en, 254u) | ATT_MIN(vi, 255u) << 8 | ATT_MIN(ru, 255u) << 16 | ATT_MIN(other, 255u) << 24;
    att_lex_root_slot(&ws->roots, id)->aux = v;
    return v;
}

const char *att_text_language(att_workspace *ws, const char *txt, const att_token *tok, size_t ntok)
{
    const att_lexicon *lex = ws->lex;
    size_t cyr = 0, cyr_other = 0, lat = 0, other = 0, vi_letters = 0;
    size_t hits_en = 0, hits_vi = 0, hits_ru = 0, hits_other = 0;
    size_t words = 0;
    const att_lex_entry *es = att_lex_entries(lex);
    /* scripts first: a clearly Cyrillic text needs no word lists */
    {
        size_t c = 0, l = 0, w = 0;
        for (size_t i = 0; i < ntok && w < 400; i++) {
            if (tok[i].type != ATT_TOK_WORD) continue;
            w++;
            if (tok[i].flags & ATT_TF_CYR) c++;
            else if (tok[i].flags & ATT_TF_LAT) l++;
        }
        if (c >= 8 && c > 2 * l) {
            int nother = 0;
            for (size_t i = 0, k = 0; i < ntok && k < 400; i++)
                if (tok[i].type == ATT_TOK_WORD && (tok[i].flags & ATT_TF_CYR) && ++k && has_other_cyrillic(tok[i].key, tok[i].keylen))
                    nother++;
            if (nother * 10 <= (int)c) return "ru";
        }
    }
    for (size_t i = 0; i < ntok && words < 400; i++) {
        const att_token *t = &tok[i];
        if (t->type != ATT_TOK_WORD) continue;
        words++;
        if (t->flags & ATT_TF_CYR) {
            cyr++;
            if (has_other_cyrillic(t->key, t->keylen)) cyr_other++;
        } else if (t->flags & ATT_TF_LAT) {
            lat++;
            /* a lower-case word with a Vietnamese letter is strong evidence;
             * a capitalised one is often a name in another language's text */
            if (has_vi_letter(txt + t->start, t->end - t->start)) vi_letters += (t->flags & ATT_TF_UPPER) ? 1 : 2;
        } else if (other_script(t->key, t->keylen)) {
            other++;
            continue;
        }
        int32_t id = t->id >= 0 ? t->id : t->id == -3 ? -1 : att_lex_token(lex, t->key, t->keylen);
        uint32_t v = votes(ws, es, id);
        hits_en += v & 0xFF;
        hits_vi += (v >> 8) & 0xFF;
        hits_ru += (v >> 16) & 0xFF;
        hits_other += v >> 24;
    }
    if (words == 0) return "und";
    if (other > cyr + lat) return "und";
    if (cyr >= lat && cyr > 0) {
        if (cyr_other * 10 > cyr && hits_ru * 4 < cyr) return "und";
        return "ru";
    }
    if (lat == 0) return "und";
    double vi = (double)vi_letters + (double)hits_vi;
    double en = 1.5 * (double)hits_en;
    if (hits_other > hits_en + hits_vi && vi_letters == 0) return "und";
    if (vi > en && vi >= 1 && (vi_letters > 0 || hits_vi * 5 >= lat)) return "vi";
    if (en >= 1 && en * 8 >= (double)lat) return "en";
    if (vi >= 2 && vi * 4 >= (double)lat) return "vi";
    return "und";
}
