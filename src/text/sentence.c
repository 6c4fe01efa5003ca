/* sentence.c: sentence boundaries over tokens.
 *
 * A sentence ends at . ! ? … (with any closing quotes or brackets glued to
 * it) when what follows starts a sentence: an upper-case letter, a digit, an
 * opening quote or a dash, after whitespace.  A full stop does not end a
 * sentence after an initial (`А. Руденко`), after an abbreviation from the
 * lexicon (kind `abbrev`, column `end`: `never`, `maybe` = only before an
 * upper-case word, `num` = only after a number, as `2025 г.`), or inside a
 * word or number (`TP.HCM`, `25.12.2025`).  A blank line always ends a
 * sentence; a single line break ends one unless the next line starts in
 * lower case (a wrapped line). */
#include "../core/doc.h"

enum { AB_NONE = 0, AB_NEVER, AB_MAYBE, AB_NUM };

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
    for (size_t i = 0; i < doc->nmatches; i++) {
        const att_match *m = &doc->matches[i];
        const att_lex_entry *e = att_match_entry(ws, doc, m, ws->k_abbrev);
        if (!e || m->end >= n) continue;
        size_t l;
        const char *pol = att_lex_attr(ws->lex, e, "end", &l);
        uint8_t p = AB_NEVER;
        if (pol && l == 5 && memcmp(pol, "maybe", 5) == 0) p = AB_MAYBE;
        else if (pol && l == 3 && memcmp(pol, "num", 3) == 0) p = AB_NUM;
        /* the dot after the abbreviation, glued to it */
        if (is_terminal(&t[m->end]) && !(t[m->end].flags & ATT_TF_SPACE) && (ab[m->end] == AB_NONE || p < ab[m->end]))
            ab[m->end] = p;
    }
    att_vec v;
    att_vec_init(&v, sizeof(att_sentence));
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
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
        if (!(nx->flags & ATT_TF_SPACE)) continue;          /* TP.HCM, 25.12, U.S.A */
        if (nx->flags & ATT_TF_NEWLINE) continue;           /* the line-break rule decides */
        if (!starts_sentence(nx)) continue;
        if (strcmp(t[i].key, ".") == 0 && i > 0 && !(t[i].flags & ATT_TF_SPACE)) {
            const att_token *pv = &t[i - 1];
            int up_next = (nx->flags & ATT_TF_UPPER) != 0;
            /* an initial: one upper-case letter */
            if (pv->type == ATT_TOK_WORD && (pv->flags & ATT_TF_UPPER) && pv->end - pv->start <= 2 && up_next) {
                int32_t cp;
                int l = att_utf8_decode(doc->txt + pv->start, pv->end - pv->start, &cp);
                if ((uint32_t)l == pv->end - pv->start) continue;
            }
            switch (ab[i]) {
            case AB_NEVER: continue;
            case AB_MAYBE:
                if (!up_next) continue;
                break;
            case AB_NUM:
                if (!(i >= 2 && t[i - 2].type == ATT_TOK_NUM && up_next)) continue;
                break;
            default: break;
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
