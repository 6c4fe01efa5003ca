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
    qsort(c, nc, sizeof *c, by_len_then_pos);
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
        out[no].tok = c[i].tok;
        out[no].end = c[i].end;
        out[no].code = att_lex_str(ws->lex, c[i].e->code);
        out[no].kind = att_lex_kind_name(ws->lex, c[i].e->kind);
        no++;
    }
    free(c);
    qsort(out, no, sizeof *out, by_pos);
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
