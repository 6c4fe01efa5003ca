/* sentence.c: sentence boundaries over tokens.
 *
 * A sentence ends at . ! ? … (with any closing quotes or brackets glued to
 * it) when what follows starts a sentence: an upper-case letter, a digit, an
 * opening quote or a dash, after whitespace.  A full stop does not end a
 * sentence after an initial (`А. Руденко`), after an abbreviation from the
 * lexicon (kind `abbrev`, column `end`: `never`, `maybe` = only before an
 * upper-case word, `opener` = only before a word that opens sentences
 * (kind `opener`: `the U.S. The` ends, `the U.S. Treasury` does not),
 * `num` = only after a number, as `2025 г.`), or inside a
 * word or number (`TP.HCM`, `25.12.2025`).  A blank line always ends a
 * sentence; a single line break ends one unless the next line starts in
 * lower case (a wrapped line). */
#include "../core/doc.h"

enum { AB_NONE = 0, AB_NEVER, AB_MAYBE, AB_NUM, AB_OPENER };

static int is_closer(const att_token *t)
{
    const char *k = t->key;
    return t->type == ATT_TOK_PUNCT &&
           (strcmp(k, "\"") == 0 || strcmp(k, "'") == 0 || strcmp(k, ")") == 0 || strcmp(k, "]") == 0 ||
            strcmp(k, "»") == 0 || strcmp(k, "”") == 0 || strcmp(k, "’") == 0 || strcmp(k, "“") == 0);
}

static int is_terminal(const att_token *t)
{
    const char *k = t->key;
    return t->type == ATT_TOK_PUNCT &&
           (strcmp(k, ".") == 0 || strcmp(k, "!") == 0 || strcmp(k, "?") == 0 || strcmp(k, "…") == 0);
}

static int starts_sentence(const att_token *t)
{
    if (t->flags & ATT_TF_UPPER) return 1;
    if (t->type == ATT_TOK_NUM) return 1;
    if (t->type == ATT_TOK_WORD) return !(t->flags & ATT_TF_LOWER);   /* CJK etc. */
    const char *k = t->key;
    return strcmp(k, "«") == 0 || strcmp(k, "\"") == 0 || strcmp(k, "“") == 0 || strcmp(k, "„") == 0 ||
           strcmp(k, "(") == 0 || strcmp(k, "—") == 0 || strcmp(k, "–") == 0 || strcmp(k, "-") == 0 ||
           strcmp(k, "[") == 0 || strcmp(k, "'") == 0 || strcmp(k, "‘") == 0;
}

/* a word that typically opens a sentence (kind `opener`: The, It, Он...) */
static int is_opener(att_workspace *ws, const att_doc *doc, size_t j)
{
    for (size_t i = 0; i < doc->nmatches; i++) {
        const att_match *m = &doc->matches[i];
        if (m->tok == j && att_match_entry(ws, doc, m, ws->k_opener)) return 1;
    }
    return 0;
}

/* Scraped text loses the space after a full stop: `сотрудничестве.Двусторонние`.
 * A full stop glued between a lower-case word of three letters or more
 * and a capitalised word that no further dot follows ends a sentence
 * (`TP.HCM`, `U.S.A`, `ул.Ленина`, `vnexpress.net` do not). */
static size_t letters(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

static int glued_end(const att_doc *doc, const uint8_t *ab, size_t i, size_t j)
{
    const att_token *t = doc->tok;
    if (j != i + 1 || i == 0 || j + 1 > doc->ntok || ab[i] != AB_NONE || strcmp(t[i].key, ".") != 0) return 0;
    const att_token *pv = &t[i - 1], *nx = &t[j];
    if (pv->type != ATT_TOK_WORD || !(pv->flags & ATT_TF_LOWER) || nx->type != ATT_TOK_WORD || !(nx->flags & ATT_TF_UPPER))
        return 0;
    if (letters(doc->txt + pv->start, pv->end - pv->start) < 3) return 0;
    if (letters(doc->txt + nx->start, nx->end - nx->start) < 2) return 0;
    if (j + 1 < doc->ntok && !(t[j + 1].flags & ATT_TF_SPACE) && strcmp(t[j + 1].key, ".") == 0) return 0;
    return 1;
}

static void push(att_vec *v, const att_doc *doc, size_t a, size_t b)
{
    if (b <= a) return;
    att_sentence *s = att_vec_push(v);
    s->tok = (uint32_t)a;
    s->ntok = (uint32_t)(b - a);
    s->start = doc->tok[a].start;
    s->end = doc->tok[b - 1].end;
}

void att_text_sentences(att_workspace *ws, att_doc *doc)
{
    size_t n = doc->ntok;
    att_token *t = doc->tok;
    uint8_t *ab = att_arena_alloc(&doc->arena, n + 1);
    uint8_t *ablen = att_arena_alloc(&doc->arena, n + 1);   /* longest abbreviation wins */
    for (size_t i = 0; i < doc->nmatches; i++) {
        const att_match *m = &doc->matches[i];
        if (m->end >= n || !is_terminal(&t[m->end])) continue;
        const att_lex_entry *e = att_match_entry(ws, doc, m, ws->k_abbrev);
        if (!e) continue;
        size_t l;
        const char *pol = att_lex_attr(ws->lex, e, "end", &l);
        uint8_t p = AB_NEVER;
        if (pol && l == 5 && memcmp(pol, "maybe", 5) == 0) p = AB_MAYBE;
        else if (pol && l == 3 && memcmp(pol, "num", 3) == 0) p = AB_NUM;
        else if (pol && l == 6 && memcmp(pol, "opener", 6) == 0) p = AB_OPENER;
        /* the dot after the abbreviation, glued to it */
        uint32_t len = m->end - m->tok;
        if (is_terminal(&t[m->end]) && !(t[m->end].flags & ATT_TF_SPACE) && (ab[m->end] == AB_NONE || len > ablen[m->end])) {
            ab[m->end] = p;
            ablen[m->end] = (uint8_t)(len > 255 ? 255 : len);
        }
    }
    att_vec v;
    att_vec_init(&v, sizeof(att_sentence));
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        /* the end of a metadata line */
        if (i > start && doc->body_start && t[i - 1].start < doc->body_start && t[i].start >= doc->body_start) {
            push(&v, doc, start, i);
            start = i;
        }
        /* line breaks before token i */
        if (i > start && (t[i].flags & ATT_TF_NEWLINE)) {
            if ((t[i].flags & ATT_TF_PARA) || !(t[i].flags & ATT_TF_LOWER)) {
                push(&v, doc, start, i);
                start = i;
            }
        }
        if (!is_terminal(&t[i])) continue;
        size_t j = i + 1;
        while (j < n && (is_terminal(&t[j]) || is_closer(&t[j])) && !(t[j].flags & ATT_TF_SPACE)) j++;
        if (j >= n) continue;
        const att_token *nx = &t[j];
        if (!(nx->flags & ATT_TF_SPACE) && !glued_end(doc, ab, i, j)) continue;   /* TP.HCM, 25.12, U.S.A */
        if (nx->flags & ATT_TF_NEWLINE) continue;           /* the line-break rule decides */
        if (!starts_sentence(nx)) continue;
        /* «...!» — said the minister: a dash and a lower-case word go on */
        if (nx->type == ATT_TOK_PUNCT && j + 1 < n && (t[j + 1].flags & ATT_TF_LOWER) &&
            (strcmp(nx->key, "—") == 0 || strcmp(nx->key, "–") == 0 || strcmp(nx->key, "-") == 0))
            continue;
        if (strcmp(t[i].key, ".") == 0 && i > 0 && !(t[i].flags & ATT_TF_SPACE)) {
            const att_token *pv = &t[i - 1];
            int up_next = (nx->flags & ATT_TF_UPPER) != 0;
            if (ab[i] == AB_NEVER) continue;
            if (ab[i] == AB_MAYBE && !up_next) continue;
            if (ab[i] == AB_OPENER && !is_opener(ws, doc, j)) continue;
            if (ab[i] == AB_NUM) {
                /* `1950 г. Стороны` ends; `В 2021–2025 гг. Россия` does not */
                size_t words = 0;
                for (size_t k = start; k + 2 < i; k++) words += t[k].type == ATT_TOK_WORD;
                if (!(i >= 2 && t[i - 2].type == ATT_TOK_NUM && up_next && words >= 3)) continue;
            }
            /* an initial: one upper-case letter */
            if (ab[i] == AB_NONE && pv->type == ATT_TOK_WORD && (pv->flags & ATT_TF_UPPER) &&
                pv->end - pv->start <= 2 && up_next) {
                int32_t cp;
                int l = att_utf8_decode(doc->txt + pv->start, pv->end - pv->start, &cp);
                if ((uint32_t)l == pv->end - pv->start) continue;
            }
        }
        push(&v, doc, start, j);
        start = j;
        i = j - 1;
    }
    push(&v, doc, start, n);
    doc->nsent = v.n;
    doc->sent = att_arena_alloc(&doc->arena, (v.n ? v.n : 1) * sizeof(att_sentence));
    if (v.n) memcpy(doc->sent, v.p, v.n * sizeof(att_sentence));
    att_vec_free(&v);
    for (size_t s = 0; s < doc->nsent; s++)
        for (uint32_t k = doc->sent[s].tok; k < doc->sent[s].tok + doc->sent[s].ntok; k++) t[k].sent = (uint32_t)s;
}
