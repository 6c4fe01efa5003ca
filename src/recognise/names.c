/* names.c: words of personal names -- diacritics, the Vietnamese <->
 * Russian practical transcription (both ways, one syllable at a time) and
 * the romanisation of Russian names.  The letters and their contexts are
 * rows of data/vi/transcription.tsv and data/ru/romanise.tsv; nothing
 * here allocates. */
#include "names.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

#define CPMAX 128

static size_t decode(const char *s, size_t n, int32_t *cp, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k < cap;) {
        int32_t c;
        int l = att_utf8_decode(s + i, n - i, &c);
        if (l <= 0) l = 1, c = 0xFFFD;
        cp[k++] = c;
        i += (size_t)l;
    }
    return k;
}

static size_t encode(const int32_t *cp, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t tmp[4];
        utf8proc_ssize_t l = utf8proc_encode_char(cp[i], tmp);
        if (l <= 0) continue;
        if (o + (size_t)l + 1 > cap) return 0;
        memcpy(out + o, tmp, (size_t)l);
        o += (size_t)l;
    }
    if (o + 1 > cap) return 0;
    out[o] = 0;
    return o;
}

static int is_tone_mark(int32_t c)
{
    return c == 0x300 || c == 0x301 || c == 0x303 || c == 0x309 || c == 0x323;
}

/* decompose, drop marks (all, or the tone marks only), recompose */
static size_t unmark(const char *w, size_t n, char *out, size_t cap, int tones_only, int lower)
{
    /* plain ASCII: nothing to take off */
    size_t i0 = 0;
    while (i0 < n && (unsigned char)w[i0] < 0x80) i0++;
    if (i0 == n) {
        if (n + 1 > cap) return 0;
        for (size_t i = 0; i < n; i++) out[i] = (char)(lower && w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
        out[n] = 0;
        return n;
    }
    int32_t in[CPMAX], dec[CPMAX * 4];
    size_t k = decode(w, n, in, CPMAX), nd = 0;
    for (size_t i = 0; i < k; i++) {
        int32_t c = lower ? utf8proc_tolower(in[i]) : in[i];
        if (!tones_only && (c == 0x111 || c == 0x110)) {     /* đ Đ */
            dec[nd++] = c == 0x111 ? 'd' : 'D';
            continue;
        }
        int32_t tmp[8];
        int last;
        utf8proc_ssize_t l = utf8proc_decompose_char(c, tmp, 8, UTF8PROC_DECOMPOSE, &last);
        if (l <= 0 || l > 8) {
            dec[nd++] = c;
            continue;
        }
        for (utf8proc_ssize_t j = 0; j < l && nd < CPMAX * 4; j++) {
            int32_t d = tmp[j];
            if (utf8proc_category(d) == UTF8PROC_CATEGORY_MN && (!tones_only || is_tone_mark(d))) continue;
            dec[nd++] = d;
        }
    }
    utf8proc_ssize_t nc = utf8proc_normalize_utf32(dec, (utf8proc_ssize_t)nd, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    if (nc < 0) nc = (utf8proc_ssize_t)nd;
    return encode(dec, (size_t)nc, out, cap);
}

size_t att_name_strip(const char *w, size_t n, char *out, size_t cap)
{
    return unmark(w, n, out, cap, 0, 0);
}

size_t att_vi_untone(const char *w, size_t n, char *out, size_t cap)
{
    return unmark(w, n, out, cap, 1, 1);
}

size_t att_name_titlecase(const char *w, size_t n, char *out, size_t cap)
{
    int32_t cp[CPMAX];
    size_t k = decode(w, n, cp, CPMAX);
    int start = 1;
    for (size_t i = 0; i < k; i++) {
        if (start) cp[i] = utf8proc_toupper(cp[i]);
        start = cp[i] == ' ' || cp[i] == '-';
    }
    return encode(cp, k, out, cap);
}

static int first_is_upper(const char *w, size_t n)
{
    int32_t c;
    if (!n || att_utf8_decode(w, n, &c) <= 0) return 0;
    return utf8proc_toupper(c) == c && utf8proc_tolower(c) != c;
}

/* upper-case the first letter of out in place (same byte length for the
 * letters concerned: Latin, Cyrillic) */
static void cap_first(char *out, size_t len)
{
    int32_t c;
    int l = att_utf8_decode(out, len, &c);
    if (l <= 0) return;
    uint8_t tmp[4];
    utf8proc_ssize_t l2 = utf8proc_encode_char(utf8proc_toupper(c), tmp);
    if (l2 == l) memcpy(out, tmp, (size_t)l);
}

/* ---------------------------------------------------------------- table */

enum { P_INITIAL, P_VOWEL, P_FINAL, P_SYLLABLE, P_OTHER };

int att_tr_prepare(att_trtab *t, const att_table_view *v, att_arena *arena)
{
    memset(t, 0, sizeof *t);
    if (!v || !v->t) return 0;
    int c_part = att_table_col(v, "part"), c_vi = att_table_col(v, "vi"), c_ru = att_table_col(v, "ru");
    int c_when = att_table_col(v, "when"), c_back = att_table_col(v, "back");
    if (c_part < 0 || c_vi < 0 || c_ru < 0) return 0;
    t->rows = att_arena_alloc(arena, (v->t->nrows + 1) * sizeof *t->rows);
    for (uint32_t r = 0; r < v->t->nrows; r++) {
        att_tr_row *x = &t->rows[t->n];
        const char *p = att_table_cell(v, r, c_part);
        x->part = !strcmp(p, "initial") ? P_INITIAL : !strcmp(p, "vowel") ? P_VOWEL : !strcmp(p, "final") ? P_FINAL
                : !strcmp(p, "syllable") ? P_SYLLABLE : P_OTHER;
        x->vi = att_table_cell(v, r, c_vi);
        x->ru = att_table_cell(v, r, c_ru);
        x->vil = (uint8_t)strlen(x->vi);
        x->rul = (uint8_t)strlen(x->ru);
        x->back = c_back >= 0 && !strcmp(att_table_cell(v, r, c_back), "1");
        const char *w = c_when >= 0 ? att_table_cell(v, r, c_when) : "";
        x->when_initial = !strcmp(w, "word_initial");
        x->after = !strncmp(w, "after=", 6) ? w + 6 : NULL;
        /* the Vietnamese without its marks, for words written without */
        char buf[32];
        size_t bl = att_name_strip(x->vi, x->vil, buf, sizeof buf);
        x->vi_bare = bl ? att_arena_strndup(arena, buf, bl) : x->vi;
        x->vbl = (uint8_t)(bl ? bl : x->vil);
        if (x->part != P_OTHER && x->vil && x->rul) t->n++;
    }
    return t->n > 0;
}

static int starts(const char *s, size_t n, const char *p, size_t pl)
{
    return pl <= n && memcmp(s, p, pl) == 0;
}

static int ends(const char *s, size_t n, const char *p, size_t pl)
{
    return pl <= n && memcmp(s + n - pl, p, pl) == 0;
}

/* ------------------------------------------------------- Vietnamese side */

typedef struct {
    int32_t ini, vow, fin;    /* rows, -1 for none */
    int32_t syl;              /* a whole-syllable row */
} vparse;

/* a row's Vietnamese cell, bare or not */
static const char *rvi(const att_tr_row *x, int bare, size_t *l, char *buf, size_t cap)
{
    (void)buf, (void)cap;
    *l = bare ? x->vbl : x->vil;
    return bare ? x->vi_bare : x->vi;
}

/* Splits a Vietnamese syllable (lower case, tones removed; with `bare`,
 * letter marks removed too) into table rows: longest initial and final
 * first, the first vowel row that fits. */
static int parse_vi(const att_trtab *t, const char *s, size_t n, int bare, vparse *out)
{
    char b1[32], b2[32], b3[32];
    out->syl = -1;
    for (uint32_t r = 0; r < t->n; r++) {
        if (t->rows[r].part != P_SYLLABLE) continue;
        size_t l;
        const char *vi = rvi(&t->rows[r], bare, &l, b1, sizeof b1);
        if (l == n && memcmp(vi, s, n) == 0) {
            out->syl = (int32_t)r;
            out->ini = out->vow = out->fin = -1;
            return 1;
        }
    }
    /* initials that fit, longest first; -1 = none */
    int32_t inis[16];
    size_t il[16], ni = 0;
    for (uint32_t r = 0; r < t->n && ni < 15; r++) {
        if (t->rows[r].part != P_INITIAL) continue;
        size_t l;
        const char *vi = rvi(&t->rows[r], bare, &l, b1, sizeof b1);
        if (!l || l >= n || !starts(s, n, vi, l)) continue;
        size_t k = ni++;
        while (k > 0 && il[k - 1] < l) inis[k] = inis[k - 1], il[k] = il[k - 1], k--;
        inis[k] = (int32_t)r, il[k] = l;
    }
    inis[ni] = -1, il[ni] = 0, ni++;
    for (size_t i = 0; i < ni; i++) {
        const char *rest = s + il[i];
        size_t rn = n - il[i];
        const char *ini_vi = inis[i] >= 0 ? t->rows[inis[i]].vi : "";
        /* finals that fit, longest first, then none */
        int32_t fins[12];
        size_t fl[12], nf = 0;
        for (uint32_t f = 0; f < t->n && nf < 11; f++) {
            if (t->rows[f].part != P_FINAL) continue;
            size_t l;
            const char *fv = rvi(&t->rows[f], bare, &l, b2, sizeof b2);
            if (!l || l >= rn || !ends(rest, rn, fv, l)) continue;
            size_t k = nf++;
            while (k > 0 && fl[k - 1] < l) fins[k] = fins[k - 1], fl[k] = fl[k - 1], k--;
            fins[k] = (int32_t)f, fl[k] = l;
        }
        fins[nf] = -1, fl[nf] = 0, nf++;
        for (size_t f = 0; f < nf; f++) {
            size_t mn = rn - fl[f];
            for (uint32_t v = 0; v < t->n; v++) {
                const att_tr_row *x = &t->rows[v];
                if (x->part != P_VOWEL) continue;
                size_t l;
                const char *vv = rvi(x, bare, &l, b3, sizeof b3);
                if (l != mn || memcmp(vv, rest, mn) != 0) continue;
                if (x->when_initial && inis[i] >= 0) continue;
                if (x->after && strcmp(x->after, ini_vi)) continue;
                out->ini = inis[i];
                out->vow = (int32_t)v;
                out->fin = fins[f];
                return 1;
            }
        }
    }
    return 0;
}

int att_vi_is_syllable(att_trtab *tr, const char *w, size_t n)
{
    if (!tr || !tr->n || n == 0 || n > 24) return 0;
    char low[64];
    size_t l = unmark(w, n, low, sizeof low, 0, 1);
    if (!l) return 0;
    vparse p;
    return parse_vi(tr, low, l, 1, &p);
}

/* Russian vowel letter after a softening ь: а->я, у->ю, о->ё, э->е;
 * NULL to drop the ь only (и, е, ы, ь). */
static const char *soften(const char *v)
{
    if (starts(v, strlen(v), "а", 2)) return "я";
    if (starts(v, strlen(v), "у", 2)) return "ю";
    if (starts(v, strlen(v), "о", 2)) return "ё";
    if (starts(v, strlen(v), "э", 2)) return "е";
    return NULL;
}

size_t att_vi_to_ru(att_trtab *tr, const char *w, size_t n, char *out, size_t cap)
{
    if (!tr || !tr->n || n == 0 || n > 24) return 0;
    char low[64];
    size_t l = att_vi_untone(w, n, low, sizeof low);
    if (!l) return 0;
    vparse p;
    if (!parse_vi(tr, low, l, 0, &p) && !parse_vi(tr, low, l, 1, &p)) return 0;
    char buf[96];
    size_t o = 0;
    if (p.syl >= 0) {
        o = (size_t)snprintf(buf, sizeof buf, "%s", tr->rows[p.syl].ru);
    } else {
        const char *ir = p.ini >= 0 ? tr->rows[p.ini].ru : "";
        const char *vr = tr->rows[p.vow].ru;
        const char *fr = p.fin >= 0 ? tr->rows[p.fin].ru : "";
        size_t il = strlen(ir);
        if (il >= 2 && ends(ir, il, "ь", 2)) {
            const char *soft = soften(vr);
            o = (size_t)snprintf(buf, sizeof buf, "%.*s", (int)(il - 2), ir);
            if (soft) o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", soft, vr + 2);
            else o += (size_t)snprintf(buf + o, sizeof buf - o, "%s", vr);    /* и е ы ь: the ь goes */
        } else {
            o = (size_t)snprintf(buf, sizeof buf, "%s%s", ir, vr);
        }
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s", fr);
    }
    if (o == 0 || o + 1 > cap || o >= sizeof buf) return 0;
    memcpy(out, buf, o + 1);
    if (first_is_upper(w, n)) cap_first(out, o);
    return o;
}

/* ---------------------------------------------------------- Russian side */

static int cyr_vowel(const char *p)
{
    static const char *const v[] = {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"};
    for (size_t i = 0; i < sizeof v / sizeof *v; i++)
        if (!memcmp(p, v[i], 2)) return 1;
    return 0;
}

/* parse a lower-case Russian syllable; `soft_ok`: an initial may end in ь */
static int parse_ru(const att_trtab *t, const char *s, size_t n, int soft_ok, vparse *out)
{
    /* initials whose Russian is a prefix, longest first; for one Russian
     * spelling the `back` row */
    int32_t inis[16];
    size_t ni = 0;
    for (uint32_t r = 0; r < t->n && ni < 15; r++) {
        const att_tr_row *x = &t->rows[r];
        if (x->part != P_INITIAL || x->rul >= n || !starts(s, n, x->ru, x->rul)) continue;
        if (!soft_ok && ends(x->ru, x->rul, "ь", 2)) continue;
        if (x->rul == 4 && !memcmp(x->ru, "ку", 4) && !cyr_vowel(s + 4)) continue;   /* Кук = Cúc, Куанг = Quang */
        size_t k;
        for (k = 0; k < ni; k++)
            if (t->rows[inis[k]].rul == x->rul && !memcmp(t->rows[inis[k]].ru, x->ru, x->rul)) break;
        if (k < ni) {
            if (x->back && !t->rows[inis[k]].back) inis[k] = (int32_t)r;
            continue;
        }
        k = ni++;
        while (k > 0 && t->rows[inis[k - 1]].rul < x->rul) inis[k] = inis[k - 1], k--;
        inis[k] = (int32_t)r;
    }
    inis[ni++] = -1;
    for (size_t i = 0; i < ni; i++) {
        size_t il = inis[i] >= 0 ? t->rows[inis[i]].rul : 0;
        const char *ivi = inis[i] >= 0 ? t->rows[inis[i]].vi : "";
        const char *rest = s + il;
        size_t rn = n - il;
        int32_t fins[12];
        size_t nf = 0;
        for (uint32_t f = 0; f < t->n && nf < 11; f++) {
            const att_tr_row *x = &t->rows[f];
            if (x->part != P_FINAL || !x->back || x->rul >= rn || !ends(rest, rn, x->ru, x->rul)) continue;
            size_t k = nf++;
            while (k > 0 && t->rows[fins[k - 1]].rul < x->rul) fins[k] = fins[k - 1], k--;
            fins[k] = (int32_t)f;
        }
        fins[nf++] = -1;
        for (size_t f = 0; f < nf; f++) {
            size_t mn = rn - (fins[f] >= 0 ? t->rows[fins[f]].rul : 0);
            int32_t best = -1;
            for (uint32_t v = 0; v < t->n; v++) {
                const att_tr_row *x = &t->rows[v];
                if (x->part != P_VOWEL || x->rul != mn || memcmp(x->ru, rest, mn) != 0) continue;
                if (x->when_initial && inis[i] >= 0) continue;
                if (x->after && strcmp(x->after, ivi)) continue;
                if (best < 0 || (x->back && !t->rows[best].back)) best = (int32_t)v;
            }
            if (best >= 0) {
                out->syl = -1;
                out->ini = inis[i];
                out->vow = best;
                out->fin = fins[f];
                return 1;
            }
        }
    }
    return 0;
}

/* я ю ё after a consonant -> ьа ьу ьо (the softened vowels of the table) */
static size_t expand_iotated(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        int32_t c;
        int l = att_utf8_decode(s + i, n - i, &c);
        if (l <= 0) return 0;
        const char *rep = NULL;
        if (i >= 2 && !cyr_vowel(s + i - 2)) {
            if (c == 0x44F) rep = "ьа";
            else if (c == 0x44E) rep = "ьу";
            else if (c == 0x451) rep = "ьо";
        }
        const char *src = rep ? rep : s + i;
        size_t sl = rep ? strlen(rep) : (size_t)l;
        if (o + sl + 1 > cap) return 0;
        memcpy(out + o, src, sl);
        o += sl;
        i += (size_t)l;
    }
    out[o] = 0;
    return o;
}

size_t att_ru_to_vi(att_trtab *tr, const char *w, size_t n, char *out, size_t cap)
{
    if (!tr || !tr->n || n == 0 || n > 32) return 0;
    char low[96], exp[128];
    size_t l = unmark(w, n, low, sizeof low, 1, 1);
    if (!l) return 0;
    char buf[96];
    size_t o = 0;
    vparse p;
    int ok = 0;
    for (uint32_t r = 0; r < tr->n; r++)
        if (tr->rows[r].part == P_SYLLABLE && tr->rows[r].rul == l && !memcmp(tr->rows[r].ru, low, l)) {
            o = (size_t)snprintf(buf, sizeof buf, "%s", tr->rows[r].vi);
            ok = 2;
            break;
        }
    if (!ok) ok = parse_ru(tr, low, l, 0, &p) || parse_ru(tr, low, l, 1, &p);
    if (!ok) {
        size_t el = expand_iotated(low, l, exp, sizeof exp);
        ok = el && (parse_ru(tr, exp, el, 0, &p) || parse_ru(tr, exp, el, 1, &p));
    }
    if (!ok) return 0;
    if (ok == 1) {
        const char *ivi = p.ini >= 0 ? tr->rows[p.ini].vi : "";
        const char *vvi = tr->rows[p.vow].vi;
        const char *fvi = p.fin >= 0 ? tr->rows[p.fin].vi : "";
        char ib[8];
        snprintf(ib, sizeof ib, "%s", ivi);
        /* Vietnamese spelling: k, gh, ngh before i e ê y; qu and gi absorb
         * the u and i of the rime */
        int front = vvi[0] == 'i' || vvi[0] == 'e' || vvi[0] == 'y' || !strncmp(vvi, "ê", 2);
        if (front && !strcmp(ib, "c")) snprintf(ib, sizeof ib, "k");
        else if (front && !strcmp(ib, "ng")) snprintf(ib, sizeof ib, "ngh");
        else if (front && !strcmp(ib, "g")) snprintf(ib, sizeof ib, "gh");
        if ((!strcmp(ib, "qu") && vvi[0] == 'u') || (!strcmp(ib, "gi") && vvi[0] == 'i')) vvi++;
        o = (size_t)snprintf(buf, sizeof buf, "%s%s%s", ib, vvi, fvi);
    }
    if (o == 0 || o + 1 > cap || o >= sizeof buf) return 0;
    memcpy(out, buf, o + 1);
    if (first_is_upper(w, n)) cap_first(out, o);
    return o;
}

/* ------------------------------------------------------------ romanising */

/* a Cyrillic consonant letter (not a vowel, й, ь or ъ) */
static int cyr_cons(int32_t c)
{
    if (c < 0x430 || c > 0x44F) return 0;
    static const int32_t v[] = {0x430, 0x435, 0x438, 0x43E, 0x443, 0x44B, 0x44D, 0x44E, 0x44F, 0x44A, 0x44C, 0x439};
    for (size_t i = 0; i < sizeof v / sizeof *v; i++)
        if (c == v[i]) return 0;
    return 1;
}

static int cyr_vow_cp(int32_t c)
{
    static const int32_t v[] = {0x430, 0x435, 0x451, 0x438, 0x43E, 0x443, 0x44B, 0x44D, 0x44E, 0x44F, 0x44A, 0x44C};
    for (size_t i = 0; i < sizeof v / sizeof *v; i++)
        if (c == v[i]) return 1;
    return 0;
}

enum { W_ANY, W_INITIAL, W_AFTER_VOWEL, W_FINAL, W_BEFORE_CONS };

int att_rom_prepare(att_romtab *t, const att_table_view *v, att_arena *arena)
{
    memset(t, 0, sizeof *t);
    if (!v || !v->t) return 0;
    int c_ru = att_table_col(v, "ru"), c_en = att_table_col(v, "en"), c_where = att_table_col(v, "where");
    if (c_ru < 0 || c_en < 0) return 0;
    t->rows = att_arena_alloc(arena, (v->t->nrows + 1) * sizeof *t->rows);
    for (uint32_t r = 0; r < v->t->nrows; r++) {
        att_rom_row *x = &t->rows[t->n];
        const char *ru = att_table_cell(v, r, c_ru);
        size_t k = decode(ru, strlen(ru), x->cp, 4);
        if (!k) continue;
        x->n = (uint8_t)k;
        x->en = att_table_cell(v, r, c_en);
        const char *wh = c_where >= 0 ? att_table_cell(v, r, c_where) : "";
        x->where = !strcmp(wh, "word_initial") ? W_INITIAL : !strcmp(wh, "after_vowel") ? W_AFTER_VOWEL
                 : !strcmp(wh, "final") ? W_FINAL : !strcmp(wh, "before_consonant") ? W_BEFORE_CONS : W_ANY;
        t->n++;
    }
    return t->n > 0;
}

size_t att_ru_romanise(const att_romtab *rt, const char *w, size_t n, char *out, size_t cap)
{
    if (!rt || !rt->n) return 0;
    int32_t cp[CPMAX], low[CPMAX];
    size_t k = decode(w, n, cp, CPMAX);
    for (size_t i = 0; i < k; i++) low[i] = utf8proc_tolower(cp[i]);
    size_t o = 0;
    int word_start = 1, cap_next = 0;
    for (size_t i = 0; i < k;) {
        if (low[i] < 0x430 || low[i] > 0x451) {       /* not a Cyrillic letter */
            uint8_t tmp[4];
            utf8proc_ssize_t l = utf8proc_encode_char(cp[i], tmp);
            if (l <= 0 || o + (size_t)l + 1 > cap) return 0;
            memcpy(out + o, tmp, (size_t)l);
            o += (size_t)l;
            word_start = 1;
            i++;
            continue;
        }
        const att_rom_row *best = NULL;
        for (uint32_t r = 0; r < rt->n; r++) {
            const att_rom_row *x = &rt->rows[r];
            if (i + x->n > k || (best && x->n <= best->n)) continue;     /* the first row of a length wins */
            size_t j;
            for (j = 0; j < x->n; j++)
                if (low[i + j] != x->cp[j]) break;
            if (j < x->n) continue;
            if (x->where == W_INITIAL && !word_start) continue;
            if (x->where == W_AFTER_VOWEL && (word_start || !cyr_vow_cp(low[i - 1]))) continue;
            if (x->where == W_FINAL && i + x->n < k && low[i + x->n] >= 0x430 && low[i + x->n] <= 0x451) continue;
            if (x->where == W_BEFORE_CONS && !(i + x->n < k && cyr_cons(low[i + x->n]))) continue;
            best = x;
        }
        if (!best) return 0;
        int upper = cp[i] != low[i];
        size_t el = strlen(best->en);
        if (o + el + 1 > cap) return 0;
        memcpy(out + o, best->en, el);
        if ((upper || cap_next) && el) {
            out[o] = (char)(out[o] >= 'a' && out[o] <= 'z' ? out[o] - 32 : out[o]);
            cap_next = 0;
        } else if (upper && !el) {
            cap_next = 1;
        }
        o += el;
        word_start = 0;
        i += best->n;
    }
    if (o + 1 > cap) return 0;
    out[o] = 0;
    return o;
}
