/* countries.c: the countries a document names — by name, short or official,
 * in any case form, by adjective or demonym, by abbreviation, by capital or
 * seat of government (`Кремль`), or inside a compound (`российско-
 * вьетнамский`).  Overlapping names resolve longest first, so a region, an
 * organisation or a news outlet (`Sputnik Việt Nam`) hides the country
 * names inside it, and `ignore` phrases (`tư pháp`) hide false friends. */
#include "../core/doc.h"

#include <stdlib.h>

typedef struct {
    uint32_t tok, end;
    const att_lex_entry *e;
    int is_country;
} cand;

static int by_len_then_pos(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    uint32_t lx = x->end - x->tok, ly = y->end - y->tok;
    if (lx != ly) return lx > ly ? -1 : 1;
    if (x->tok != y->tok) return x->tok < y->tok ? -1 : 1;
    return 0;
}

static int by_pos(const void *a, const void *b)
{
    const att_country_mention *x = a, *y = b;
    return x->tok < y->tok ? -1 : x->tok > y->tok;
}

static int punct_is(const att_token *t, const char *s)
{
    return t->type == ATT_TOK_PUNCT && strcmp(t->key, s) == 0;
}

/* A mention that does not say what the article is about: a currency
 * (`US$`, `A$`), a dateline city (`КИШИНЕВ, 17 апр`, `PRISTINA/BELGRADE,`)
 * or a city alone on its line (site chrome: `Москва` above a clock). */
static int not_about(const att_doc *doc, const cand *c, int capital)
{
    const att_token *t = doc->tok;
    size_t n = doc->ntok;
    if (c->end < n && !(t[c->end].flags & ATT_TF_SPACE) &&
        (punct_is(&t[c->end], "$") || punct_is(&t[c->end], "€") || punct_is(&t[c->end], "£")))
        return 1;
    if (!capital) return 0;
    int line_start = c->tok == 0 || (t[c->tok].flags & ATT_TF_NEWLINE);
    int line_end = c->end >= n || (t[c->end].flags & ATT_TF_NEWLINE);
    if (line_start && line_end) return 1;
    /* dateline: CITY[/CITY], at the start of a line, in capitals */
    size_t s = c->tok;
    while (s > 0 && !(t[s].flags & ATT_TF_NEWLINE) && (t[s - 1].flags & ATT_TF_ALLCAPS || punct_is(&t[s - 1], "/")))
        s--;
    if ((s == 0 || (t[s].flags & ATT_TF_NEWLINE) || (s >= 1 && doc->tok[s].start <= doc->body_start + 1)) &&
        (t[c->tok].flags & ATT_TF_ALLCAPS)) {
        size_t e = c->end;
        while (e < n && (punct_is(&t[e], "/") || (t[e].flags & ATT_TF_ALLCAPS))) e++;
        if (e < n && (punct_is(&t[e], ",") || punct_is(&t[e], "—") || punct_is(&t[e], "–") || punct_is(&t[e], "(")))
            return 1;
    }
    return 0;
}

/* A compound's first part (`российско-`, `Việt -`) counts only when a
 * hyphen or dash joins it to the next word. */
static int is_dash(const att_token *h)
{
    return h->type == ATT_TOK_PUNCT && (strcmp(h->key, "-") == 0 || strcmp(h->key, "–") == 0 ||
                                        strcmp(h->key, "—") == 0 || strcmp(h->key, "‑") == 0);
}

static int in_compound(const att_doc *doc, const cand *c)
{
    const att_token *t = doc->tok;
    if (c->end + 1 < doc->ntok && is_dash(&t[c->end]) && t[c->end + 1].type == ATT_TOK_WORD) return 1;
    /* the second part: `Việt - Trung` */
    return c->tok >= 2 && is_dash(&t[c->tok - 1]) && t[c->tok - 2].type == ATT_TOK_WORD;
}

void att_recognise_countries(att_workspace *ws, att_doc *doc)
{
    const int country_kinds[] = {ws->k_country, ws->k_country_abbr, ws->k_capital, ws->k_country_adj,
                                 ws->k_demonym, ws->k_country_prefix};
    const int other_kinds[] = {ws->k_outlet, ws->k_org, ws->k_region, ws->k_ignore};
    cand *c = att_xmalloc((doc->nmatches + 1) * sizeof *c);
    size_t nc = 0;
    for (size_t i = 0; i < doc->nmatches; i++) {
        const att_match *m = &doc->matches[i];
        const att_lex_entry *best = NULL;
        int best_rank = 99;
        ATT_FOR_ENTRIES(ws, doc, m, e)
        {
            int rank = 99;
            for (size_t k = 0; k < sizeof other_kinds / sizeof *other_kinds; k++)
                if (e->kind == other_kinds[k]) rank = (int)k;
            for (size_t k = 0; k < sizeof country_kinds / sizeof *country_kinds; k++)
                if (e->kind == country_kinds[k] && e->code) rank = 10 + (int)k;
            if (rank < best_rank) best_rank = rank, best = e;
        }
        if (!best) continue;
        c[nc++] = (cand){m->tok, m->end, best, best_rank >= 10};
    }
    att_sort(c, nc, sizeof *c, by_len_then_pos);
    uint8_t *used = att_arena_alloc(&doc->arena, doc->ntok + 1);
    att_country_mention *out = att_arena_alloc(&doc->arena, (nc ? nc : 1) * sizeof *out);
    size_t no = 0;
    for (size_t i = 0; i < nc; i++) {
        int free_span = 1;
        for (uint32_t t = c[i].tok; t < c[i].end; t++)
            if (used[t]) free_span = 0;
        if (!free_span) continue;
        memset(used + c[i].tok, 1, c[i].end - c[i].tok);
        if (!c[i].is_country) continue;
        if (not_about(doc, &c[i], c[i].e->kind == ws->k_capital)) continue;
        if (c[i].e->kind == ws->k_country_prefix && !in_compound(doc, &c[i])) continue;
        out[no].tok = c[i].tok;
        out[no].end = c[i].end;
        out[no].code = att_lex_str(ws->lex, c[i].e->code);
        out[no].kind = att_lex_kind_name(ws->lex, c[i].e->kind);
        no++;
    }
    free(c);
    att_sort(out, no, sizeof *out, by_pos);
    doc->countries = out;
    doc->ncountries = no;
    doc->country_codes = att_arena_alloc(&doc->arena, (no ? no : 1) * sizeof(char *));
    doc->ncodes = 0;
    for (size_t i = 0; i < no; i++) {
        size_t k;
        for (k = 0; k < doc->ncodes; k++)
            if (strcmp(doc->country_codes[k], out[i].code) == 0) break;
        if (k == doc->ncodes) doc->country_codes[doc->ncodes++] = out[i].code;
    }
}
