/* agreements.c: relationship levels and agreements, sentence by sentence.
 *
 * A relationship level (kind `relation`, data/<lang>/relations.tsv) names
 * a pair: the document's main country with each other country of the
 * sentence, or the sentence's two countries, or the dyad.  `since` is the
 * sentence's date when it has one, or the story's date when the sentence
 * says the level was raised or established (kind `upgrade`), else null; an
 * upgrade is also a SUPPORT event (data/common/relation_levels.tsv).
 *
 * An agreement is an agreement noun (kind `agreement`: memorandum, treaty,
 * joint statement...) in a sentence that says something was signed,
 * exchanged or adopted (kind `signing`); its sector is the nearest sector
 * word (kind `sector`) after it, else before it, else `other`; its parties
 * are the sentence's countries and organisations, completed from the dyad. */
#include "events.h"

#include <ctype.h>

#include <stdio.h>
#include <stdlib.h>

/* distinct countries of sentence s, in order */
static size_t sentence_countries(att_coder *c, uint32_t s, const char **out, size_t max)
{
    const att_sentence *se = &c->doc->sent[s];
    size_t idx[32], n = 0;
    size_t na = att_code_actors_in(c, se->tok, se->tok + se->ntok, idx, 32);
    for (size_t i = 0; i < na && n < max; i++) {
        const char *cc = c->actors[idx[i]].country;
        if (!cc) continue;
        size_t k;
        for (k = 0; k < n; k++)
            if (strcmp(out[k], cc) == 0) break;
        if (k == n) out[n++] = cc;
    }
    return n;
}

/* the pairs a sentence speaks of */
static size_t sentence_pairs(att_coder *c, uint32_t s, const char *(*pairs)[2], size_t max)
{
    const char *cs[16];
    size_t n = sentence_countries(c, s, cs, 16), np = 0;
    const char *main = c->dyad[0];
    /* a list of partners (`with China (2008), Russia (2012), India...`)
     * hangs on the sentence's first country */
    if (n >= 3) main = cs[0];
    int has_main = 0;
    for (size_t i = 0; i < n; i++)
        if (main && strcmp(cs[i], main) == 0) has_main = 1;
    if (has_main && n >= 2) {
        for (size_t i = 0; i < n && np < max; i++)
            if (strcmp(cs[i], main) != 0) pairs[np][0] = main, pairs[np][1] = cs[i], np++;
    } else if (n >= 2) {
        pairs[0][0] = cs[0], pairs[0][1] = cs[1], np = 1;
    } else if (n == 1 && c->dyad[0] && c->dyad[1]) {
        pairs[0][0] = cs[0];
        pairs[0][1] = strcmp(cs[0], c->dyad[0]) == 0 ? c->dyad[1] : c->dyad[0];
        np = strcmp(pairs[0][0], pairs[0][1]) != 0;
    } else if (n == 0 && c->dyad[0] && c->dyad[1]) {
        pairs[0][0] = c->dyad[0], pairs[0][1] = c->dyad[1], np = 1;
    }
    return np;
}

typedef struct {
    const att_match *m;
    const att_lex_entry *e;
} hit;

/* matches of the given kinds inside sentence s, longest first without overlaps */
static size_t hits_in(att_coder *c, uint32_t s, const int *kinds, int nk, hit *out, size_t max)
{
    const att_doc *doc = c->doc;
    const att_sentence *se = &doc->sent[s];
    size_t n = 0;
    for (size_t i = att_doc_first_match(doc, se->tok); i < doc->nmatches; i++) {
        const att_match *m = &doc->matches[i];
        if (m->tok < se->tok) continue;
        if (m->tok >= se->tok + se->ntok) break;
        if (m->end > se->tok + se->ntok) continue;
        ATT_FOR_ENTRIES(c->ws, doc, m, e)
        {
            for (int k = 0; k < nk; k++) {
                if (e->kind != kinds[k] || kinds[k] < 0) continue;
                /* a longer overlapping hit wins */
                int drop = 0;
                for (size_t j = 0; j < n; j++) {
                    if (out[j].m->tok < m->end && m->tok < out[j].m->end) {
                        if (out[j].m->end - out[j].m->tok >= m->end - m->tok) drop = 1;
                        else out[j] = out[--n], j--;
                    }
                }
                if (!drop && n < max) out[n++] = (hit){m, e};
            }
        }
    }
    return n;
}

static const char *attr(att_coder *c, const att_lex_entry *e, const char *name)
{
    size_t l;
    const char *v = att_lex_attr(c->ws->lex, e, name, &l);
    return v && l ? att_arena_strndup(&c->doc->arena, v, l) : NULL;
}

/* a date expression within `win` tokens of [a, b) in sentence s */
static int near_date(att_coder *c, uint32_t s, uint32_t a, uint32_t b, uint32_t win, att_when *w)
{
    const att_doc *doc = c->doc;
    const att_date_expr *best = NULL;
    uint32_t bestd = win + 1;
    for (size_t i = 0; i < doc->ndexprs; i++) {
        const att_date_expr *x = &doc->dexprs[i];
        if (x->tok >= doc->ntok || doc->tok[x->tok].sent != s) continue;
        uint32_t d = x->tok >= b ? x->tok - b : (x->end <= a ? a - x->end : 0);
        if (d < bestd) bestd = d, best = x;
    }
    if (!best) return 0;
    memset(w, 0, sizeof *w);
    snprintf(w->value, sizeof w->value, "%s", best->value);
    w->d0 = best->first;
    w->d1 = best->last;
    w->explicit_ = 1;
    /* a span of years by a level (`50 лет отношений (1975–2025)`): the level
     * dates from its first year */
    if (best->precision == 'i' && best->last - best->first > 400 && isdigit((unsigned char)best->value[0])) {
        int y, m, d;
        att_civil_from_days(best->first, &y, &m, &d);
        snprintf(w->value, sizeof w->value, "%04d", y);
        w->d0 = att_days_from_civil(y, 1, 1);
        w->d1 = att_days_from_civil(y, 12, 31);
    }
    return 1;
}

/* the date written right after a country of sentence s: `Nga (2012)`,
 * `Hoa Kỳ (9/2023)`: a date expression, or a bare year in brackets */
static int partner_date(att_coder *c, uint32_t s, const char *cc, att_when *w)
{
    const att_doc *doc = c->doc;
    const att_sentence *se = &doc->sent[s];
    for (size_t i = 0; i < c->nactors; i++) {
        const att_actor *a = &c->actors[i];
        if (a->tok < se->tok || a->end > se->tok + se->ntok || !a->country || strcmp(a->country, cc) != 0) continue;
        for (size_t k = 0; k < doc->ndexprs; k++) {
            const att_date_expr *x = &doc->dexprs[k];
            if (x->tok >= a->end && x->tok <= a->end + 2) {
                memset(w, 0, sizeof *w);
                snprintf(w->value, sizeof w->value, "%s", x->value);
                w->d0 = x->first, w->d1 = x->last, w->explicit_ = 1;
                return 1;
            }
        }
        uint32_t t = a->end;
        if (t < se->tok + se->ntok && doc->tok[t].type == ATT_TOK_PUNCT && doc->tok[t].key[0] == '(') t++;
        unsigned y;
        if (t < se->tok + se->ntok && doc->tok[t].type == ATT_TOK_NUM && doc->tok[t].keylen == 4 &&
            att_parse_uint(doc->tok[t].key, 4, &y) && y >= 1900 && y <= 2100) {
            memset(w, 0, sizeof *w);
            snprintf(w->value, sizeof w->value, "%u", y);
            w->d0 = att_days_from_civil((int)y, 1, 1), w->d1 = att_days_from_civil((int)y, 12, 31), w->explicit_ = 1;
            return 1;
        }
    }
    return 0;
}

/* `Convention on Diplomatic Relations`, `hiệp định về quan hệ...`: the
 * level names the subject of a document, not a standing relationship */
static int subject_of_document(att_coder *c, const att_match *rel)
{
    const att_doc *doc = c->doc;
    uint32_t from = rel->tok > 4 ? rel->tok - 4 : 0;
    for (size_t i = att_doc_first_match(doc, from); i < doc->nmatches && doc->matches[i].tok < rel->tok; i++) {
        const att_match *m = &doc->matches[i];
        if (m->end > rel->tok || rel->tok - m->end > 2) continue;
        ATT_FOR_ENTRIES(c->ws, doc, m, e)
        {
            if (e->kind == c->k_agreement || e->kind == c->k_ignore) return 1;
        }
    }
    return 0;
}

/* `sever diplomatic relations`: a SANCTION trigger just before ends them */
static int severed(att_coder *c, const att_match *rel)
{
    const att_doc *doc = c->doc;
    uint32_t from = rel->tok > 4 ? rel->tok - 4 : 0;
    for (size_t i = att_doc_first_match(doc, from); i < doc->nmatches && doc->matches[i].tok <= rel->tok; i++) {
        const att_match *m = &doc->matches[i];
        ATT_FOR_ENTRIES(c->ws, doc, m, e)
        {
            size_t l;
            const char *t = e->kind == c->k_trigger ? att_lex_attr(c->ws->lex, e, "type", &l) : NULL;
            if (t && l == 8 && memcmp(t, "SANCTION", 8) == 0) return 1;
        }
    }
    return 0;
}

void att_code_relations(att_coder *c, uint32_t s)
{
    int kinds[] = {c->k_relation, c->k_relation_generic};
    hit h[8];
    size_t nh = hits_in(c, s, kinds, (int)(sizeof kinds / sizeof *kinds), h, 8);
    if (!nh) return;
    int kup[] = {c->k_upgrade};
    hit u[4];
    int upgrade = hits_in(c, s, kup, 1, u, 4) > 0;
    const char *pairs[8][2];
    size_t np = sentence_pairs(c, s, pairs, 8);
    for (size_t i = 0; i < nh; i++) {
        if (h[i].e->kind != c->k_relation) continue;
        const char *level = attr(c, h[i].e, "level");
        if (!level) continue;
        if (subject_of_document(c, h[i].m) || severed(c, h[i].m)) continue;
        att_when w;
        int near = near_date(c, s, h[i].m->tok, h[i].m->end, 8, &w);
        if (!near) att_code_when(c, s, h[i].m->tok, h[i].m->end, &w);
        int has_since = near || upgrade;
        /* a list whose partners carry their own years */
        int list = 0;
        att_when tmp;
        for (size_t p = 0; p < np && np > 1; p++)
            if (partner_date(c, s, pairs[p][1], &tmp)) list = 1;
        for (size_t p = 0; p < np; p++) {
            const char *a = pairs[p][0], *b = pairs[p][1];
            /* in a list, each partner's own year: `Trung Quốc (2008)` */
            att_when pw;
            int own = list && partner_date(c, s, pairs[p][1], &pw);
            if (strcmp(a, b) > 0) {
                const char *t = a;
                a = b;
                b = t;
            }
            att_relation *r = NULL, *all = c->relations.p;
            for (size_t k = 0; k < c->relations.n; k++)
                if (strcmp(all[k].a, a) == 0 && strcmp(all[k].b, b) == 0 && strcmp(all[k].level, level) == 0) r = &all[k];
            if (!r) {
                r = att_vec_push(&c->relations);
                r->a = a;
                r->b = b;
                r->level = level;
                r->sent = s;
            }
            if (own && !r->has_since) r->since = pw, r->has_since = 1;
            else if (has_since && !r->has_since && !list) r->since = w, r->has_since = 1;
            if (upgrade || own) {
                /* raising the level is an event; so is each dated entry of
                 * a list of partners (`Trung Quốc (2008), Nga (2012)`) */
                const att_when *ew = own ? &pw : &w;
                const att_match *tm = upgrade ? u[0].m : h[i].m;
                if (!c->ws->have_levels) continue;
                att_table_view lv = c->ws->levels;
                int cl = att_table_col(&lv, "level"), ct = att_table_col(&lv, "type"), cc = att_table_col(&lv, "cameo");
                for (uint32_t row = 0; row < lv.t->nrows; row++) {
                    if (strcmp(att_table_cell(&lv, row, cl), level) != 0) continue;
                    att_event ev;
                    memset(&ev, 0, sizeof ev);
                    ev.type = att_table_cell(&lv, row, ct);
                    ev.cameo = att_table_cell(&lv, row, cc);
                    ev.src = (att_party){pairs[p][0], -1, NULL};
                    ev.tgt = (att_party){pairs[p][1], -1, NULL};
                    ev.has_tgt = 1;
                    ev.when = *ew;
                    ev.sent = s;
                    ev.trig_tok = tm->tok;
                    ev.trig_end = tm->end;
                    ev.confidence = ew->explicit_ ? 0.8 : 0.6;
                    if (att_code_background(c, ew)) strcpy(ev.context, "historical");
                    ev.has_place = att_code_place(c, s, &ev.place);
                    att_code_emit(c, &ev);
                    break;
                }
            }
        }
    }
}

static void add_agreement(att_coder *c, uint32_t s, const char *kind, const char *sector, const char *(*pairs)[2],
                          size_t np, const att_match *m)
{
        for (size_t p = 0; p < (np ? np : 1); p++) {
            att_agreement ag;
            memset(&ag, 0, sizeof ag);
            ag.kind = kind;
            ag.sector = sector;
            if (np) {
                ag.parties[0] = (att_party){pairs[p][0], -1, NULL};
                ag.parties[1] = (att_party){pairs[p][1], -1, NULL};
                ag.nparties = 2;
            }
            att_code_when(c, s, m->tok, m->end, &ag.when);
            ag.has_place = att_code_place(c, s, &ag.place);
            ag.sent = s;
            int dup = 0;
            att_agreement *all = c->agreements.p;
            /* the same document named twice in one sentence is one document;
             * two memoranda on one sector in two sentences are two */
            for (size_t k = 0; k < c->agreements.n && !dup; k++) {
                if (all[k].sent != s) continue;
                if (strcmp(all[k].kind, kind) || strcmp(all[k].sector, sector) || all[k].nparties != ag.nparties) continue;
                if (!ag.nparties || (strcmp(all[k].parties[0].country, ag.parties[0].country) == 0 &&
                                     strcmp(all[k].parties[1].country, ag.parties[1].country) == 0))
                    dup = 1;
            }
            if (!dup) *(att_agreement *)att_vec_push(&c->agreements) = ag;
        }
}

void att_code_agreements(att_coder *c, uint32_t s)
{
    const att_doc *doc = c->doc;
    const att_sentence *se = &doc->sent[s];
    int signed_ = 0, modal = 0;
    for (uint32_t t = se->tok; t < se->tok + se->ntok; t++) {
        if (c->signing[t]) signed_ = 1;
        if (c->proposal[t] || c->future[t] || c->hypothetical[t] || c->negation[t]) modal = 1;
    }
    /* the signing told just before, in the same paragraph: `The documents
     * were signed ... The memorandum covers ...` */
    if (!signed_ && s > 0 && !(doc->tok[se->tok].flags & ATT_TF_PARA)) {
        const att_sentence *pv = &doc->sent[s - 1];
        for (uint32_t t = pv->tok; t < pv->tok + pv->ntok; t++)
            if (c->signing[t]) signed_ = 1;
    }
    /* a proposal, a plan, a condition or a denial is no signed document */
    if (!signed_ || modal) return;
    int kinds[] = {c->k_agreement, c->k_sector, c->k_relation};
    hit h[32];
    size_t nh = hits_in(c, s, kinds, (int)(sizeof kinds / sizeof *kinds), h, 32);
    /* in text order */
    for (size_t i = 1; i < nh; i++)
        for (size_t j = i; j > 0 && h[j - 1].m->tok > h[j].m->tok; j--) {
            hit t = h[j];
            h[j] = h[j - 1];
            h[j - 1] = t;
        }
    const char *pairs[8][2];
    size_t np = sentence_pairs(c, s, pairs, 8);
    for (size_t i = 0; i < nh; i++) {
        if (h[i].e->kind != c->k_agreement) continue;
        const char *kind = attr(c, h[i].e, "value");
        if (!kind) continue;
        /* `covering A; B; C`: one document per item that names a sector */
        uint32_t stop = se->tok + se->ntok;
        for (size_t j = i + 1; j < nh; j++)
            if (h[j].e->kind == c->k_agreement) {
                stop = h[j].m->tok;
                break;
            }
        /* `pacts covering A, B, C`: after a plural (column `number`), commas
         * part the items too */
        const char *num = attr(c, h[i].e, "number");
        char seps[3] = {';', num && strcmp(num, "pl") == 0 ? ',' : ';', 0};
        /* ... but not after a count (`около 60 соглашений, охватывающих
         * сферы A, B, C`): the list then says what the set covers */
        for (uint32_t t = h[i].m->tok >= 2 ? h[i].m->tok - 2 : 0; t < h[i].m->tok; t++)
            if (doc->tok[t].type == ATT_TOK_NUM) seps[1] = ';';
        /* ... and in a list so do `и`, `and`, `và` (`меморандум касался
         * сельского хозяйства; транспорта; здравоохранения и образования`:
         * the last item is two documents), when both sides name a sector */
        int list = 0;
        for (uint32_t t = h[i].m->end; t < stop && !list; t++)
            list = doc->tok[t].type == ATT_TOK_PUNCT && strchr(seps, doc->tok[t].key[0]);
#define ITEM_SEP(t) ((doc->tok[t].type == ATT_TOK_PUNCT && strchr(seps, doc->tok[t].key[0])) || (list && c->coord[t]))
        int items = 0;
        for (uint32_t t = h[i].m->end; t < stop; t++)
            if (ITEM_SEP(t)) items++;
        if (seps[1] == ',' && items) {
            /* ... when two items or more name a sector */
            int named = 0, pending = 0;
            uint32_t t = h[i].m->end;
            for (size_t j = i + 1; j < nh && h[j].m->tok < stop; j++) {
                for (; t < h[j].m->tok; t++)
                    if (ITEM_SEP(t)) named += pending, pending = 0;
                if (h[j].e->kind == c->k_sector) pending = 1;
            }
            if (named + pending < 2) items = 0;
        }
        if (items) {
            uint32_t from_t = h[i].m->end;
            const char *item_sector = NULL;
            for (size_t j = i + 1; j < nh && h[j].m->tok < stop; j++) {
                uint32_t semi = h[j].m->tok;
                int new_item = 0;
                for (uint32_t t = from_t; t < semi; t++)
                    if (ITEM_SEP(t)) new_item = 1;
                if (new_item || !item_sector) {
                    if (h[j].e->kind == c->k_sector) {
                        item_sector = attr(c, h[j].e, "value");
                        add_agreement(c, s, kind, item_sector, pairs, np, h[i].m);
                        from_t = h[j].m->end;
                    }
                }
            }
            continue;
        }
#undef ITEM_SEP
        const char *sector = NULL;
        for (size_t j = i + 1; j < nh && !sector; j++) {
            if (h[j].e->kind == c->k_agreement) break;
            if (h[j].m->tok - h[i].m->end > 15) break;
            /* an agreement about a relationship level is diplomacy */
            if (h[j].e->kind == c->k_relation) sector = "diplomacy";
            else sector = attr(c, h[j].e, "value");
        }
        /* else the first sector named before it: the signing ministry */
        size_t from = i;
        while (from > 0 && h[from - 1].e->kind != c->k_agreement) from--;
        for (size_t j = from; j < i && !sector; j++)
            if (h[j].e->kind == c->k_sector) sector = attr(c, h[j].e, "value");
        /* a statement or declaration between states is diplomacy; any
         * other document whose subject the text does not give is too vague
         * to record */
        if (!sector && (strcmp(kind, "joint_statement") == 0 || strcmp(kind, "declaration") == 0)) sector = "diplomacy";
        if (!sector) continue;
        add_agreement(c, s, kind, sector, pairs, np, h[i].m);
    }
}
