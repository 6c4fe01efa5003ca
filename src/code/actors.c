/* actors.c: who can act in a document, and where things happen.
 *
 * An actor is a country mention (name, adjective, demonym, abbreviation,
 * capital used as a metonym), a person the persons stage resolved to a
 * country, an organisation of one state (`Petrovietnam`, column `country`
 * of an org), a side (`российская сторона`, `phía Nga`: kind `side`), or
 * both parties together (`hai bên`, `обе стороны`: kind `both_sides`).
 * A capital or city after a locative preposition (`в Ханое`, `tại Hà Nội`,
 * `in Baku`: kind `locative`) is a place, not an actor. */
#include "events.h"

#include <stdlib.h>

static int by_tok(const void *a, const void *b)
{
    const att_actor *x = a, *y = b;
    if (x->tok != y->tok) return x->tok < y->tok ? -1 : 1;
    return (int)(y->end - y->tok) - (int)(x->end - x->tok);
}

#define ATT_TITLE_TOKENS 12

/* the token that starts at or covers byte `at` */
static uint32_t tok_at(const att_doc *doc, uint32_t at)
{
    size_t lo = 0, hi = doc->ntok;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (doc->tok[mid].end <= at) lo = mid + 1;
        else hi = mid;
    }
    return (uint32_t)lo;
}

static void push(att_vec *v, uint32_t tok, uint32_t end, const char *country, int32_t person, const char *org,
                 uint8_t kind)
{
    att_actor *a = att_vec_push(v);
    a->tok = tok;
    a->end = end;
    a->country = country;
    a->person = person;
    a->org = org;
    a->kind = kind;
}

void att_code_actors(att_coder *c)
{
    att_doc *doc = c->doc;
    att_vec v;
    att_vec_init(&v, sizeof(att_actor));
    for (size_t i = 0; i < doc->ncountries; i++) {
        const att_country_mention *m = &doc->countries[i];
        int capital = strcmp(m->kind, "capital") == 0;
        if (capital && m->tok > 0 && c->locative[m->tok - 1]) continue;   /* a place */
        push(&v, m->tok, m->end, m->code, -1, NULL, ATT_ACT_COUNTRY);
    }
    for (size_t p = 0; p < doc->npersons; p++) {
        const att_person *pe = &doc->persons[p];
        const char *cc = pe->country;
        if (!cc && pe->nroles) cc = pe->roles[0].country;
        if (!cc) continue;
        for (size_t k = 0; k + 1 < pe->nmentions * 2; k += 2)
            push(&v, pe->mentions[k], pe->mentions[k + 1], cc, (int32_t)p, NULL, ATT_ACT_PERSON);
    }
    for (size_t i = 0; i < doc->nmatches; i++) {
        const att_match *m = &doc->matches[i];
        ATT_FOR_ENTRIES(c->ws, doc, m, e)
        {
            size_t l;
            if (e->kind == c->k_org) {
                const char *cc = att_lex_attr(c->ws->lex, e, "country", &l);
                if (!cc || l != 3) {
                    /* an international organisation: never an actor, but it
                     * holds the place of one (events.c) */
                    if (!c->igo) c->igo = att_arena_alloc(&doc->arena, doc->ntok + 1);
                    memset(c->igo + m->tok, 1, m->end - m->tok);
                }
                if (cc && l == 3)
                    push(&v, m->tok, m->end, att_arena_strndup(&doc->arena, cc, 3), -1,
                         att_arena_strndup(&doc->arena, doc->txt + doc->tok[m->tok].start,
                                           doc->tok[m->end - 1].end - doc->tok[m->tok].start),
                         ATT_ACT_ORG);
            } else if (e->kind == c->k_side) {
                const char *cc = att_lex_attr(c->ws->lex, e, "value", &l);
                if (cc && l == 3) push(&v, m->tok, m->end, att_arena_strndup(&doc->arena, cc, 3), -1, NULL, ATT_ACT_SIDE);
            } else if (e->kind == c->k_both) {
                push(&v, m->tok, m->end, NULL, -1, NULL, ATT_ACT_BOTH);
            }
        }
    }
    if (v.n) att_sort(v.p, v.n, sizeof(att_actor), by_tok);
    /* an actor inside a longer one (a country inside a side phrase) goes */
    att_actor *a = v.p;
    size_t w = 0;
    for (size_t i = 0; i < v.n; i++) {
        if (w && a[i].tok < a[w - 1].end && a[i].end <= a[w - 1].end) {
            /* keep the more specific of two same-span actors: a person over a country */
            if (a[i].tok == a[w - 1].tok && a[i].end == a[w - 1].end && a[i].kind == ATT_ACT_PERSON) a[w - 1] = a[i];
            continue;
        }
        a[w++] = a[i];
    }
    /* the country of a title and the person it names are one actor
     * (`министром иностранных дел Вьетнама Буй Тхань Шоном`): the person,
     * from the country's first word, so that a slot finds the person */
    size_t w2 = 0;
    for (size_t i = 0; i < w; i++) {
        if (i + 1 < w && a[i].kind == ATT_ACT_COUNTRY && a[i + 1].kind == ATT_ACT_PERSON && a[i].country &&
            a[i + 1].country && strcmp(a[i].country, a[i + 1].country) == 0 && a[i + 1].tok >= a[i].end &&
            a[i + 1].tok - a[i].end <= 1) {
            a[i + 1].tok = a[i].tok;
            continue;
        }
        a[w2++] = a[i];
    }
    w = w2;
    for (size_t i = 0; i < w; i++) a[i].name = a[i].tok;
    /* a person's title is part of the person (`визит генерального секретаря
     * ЦК Коммунистической партии Вьетнама То Лама`): the actor starts at
     * the title, so that the slot after a noun finds it; the country or
     * party inside the title is the same actor */
    for (size_t i = 0; i < w; i++) {
        if (a[i].kind != ATT_ACT_PERSON || a[i].person < 0) continue;
        const att_person *pe = &doc->persons[a[i].person];
        for (size_t r = 0; r < pe->nroles; r++) {
            if (pe->roles[r].role_start < 0) continue;
            uint32_t rt = tok_at(doc, (uint32_t)pe->roles[r].role_start);
            if (rt >= a[i].tok || a[i].tok - rt > ATT_TITLE_TOKENS) continue;
            if (doc->tok[a[i].tok - 1].end > (uint32_t)ATT_MAX(pe->roles[r].role_end, pe->roles[r].org_end)) continue;
            size_t k = i;
            while (k > 0 && a[k - 1].end > rt && a[k - 1].country && a[i].country &&
                   strcmp(a[k - 1].country, a[i].country) == 0 && a[k - 1].kind != ATT_ACT_PERSON)
                k--;
            if (k > 0 && a[k - 1].end > rt) continue;        /* someone else stands inside */
            a[i].tok = ATT_MIN(rt, a[k < i ? k : i].tok);
            if (k < i) {
                a[k] = a[i];
                memmove(a + k + 1, a + i + 1, (w - i - 1) * sizeof *a);
                w -= i - k;
                i = k;
            }
            break;
        }
    }
    c->actors = att_arena_alloc(&doc->arena, (w ? w : 1) * sizeof(att_actor));
    if (w) memcpy(c->actors, a, w * sizeof(att_actor));
    c->nactors = w;
    att_vec_free(&v);
}

/* The document's dyad: its two most-mentioned countries. */
void att_code_dyad(att_coder *c)
{
    const att_doc *doc = c->doc;
    c->dyad[0] = c->dyad[1] = NULL;
    size_t best[2] = {0, 0};
    for (size_t k = 0; k < doc->ncodes; k++) {
        size_t n = 0;
        for (size_t i = 0; i < doc->ncountries; i++)
            if (strcmp(doc->countries[i].code, doc->country_codes[k]) == 0) n++;
        for (size_t p = 0; p < doc->npersons; p++)
            if (doc->persons[p].country && strcmp(doc->persons[p].country, doc->country_codes[k]) == 0)
                n += doc->persons[p].nmentions;
        if (n > best[0]) {
            best[1] = best[0];
            c->dyad[1] = c->dyad[0];
            best[0] = n;
            c->dyad[0] = doc->country_codes[k];
        } else if (n > best[1]) {
            best[1] = n;
            c->dyad[1] = doc->country_codes[k];
        }
    }
}

/* The place of something said in sentence s: a capital after a locative
 * preposition, with the capital's coordinates from the countries table;
 * with none, the first city after one (kind `city`, data/<lang>/
 * cities.gen.tsv: `в Дананге`, `tại Đà Nẵng`, `in Johannesburg`), with its
 * English name, country and coordinates from GeoNames. */
/* The index of an ISO alpha-3 code in row_by_code, or -1. */
static int code_slot(const char *cc)
{
    if (!cc || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z' || cc[2] < 'A' || cc[2] > 'Z' || cc[3])
        return -1;
    return (cc[0] - 'A') * 676 + (cc[1] - 'A') * 26 + (cc[2] - 'A');
}

/* The kinds, roots and columns att_code_place reads, resolved once a
 * workspace. */
static void place_ready(att_coder *c)
{
    att_workspace *ws = c->ws;
    if (ws->place.ready) return;
    const att_lexicon *lex = ws->lex;
    ws->place.k_city = att_lex_kind(lex, "city");
    ws->place.k_word = att_lex_kind(lex, "city_word");
    ws->place.lang_en = att_lex_lang(lex, "en");
    /* lookup rows `attidx city <name>` and `attidx cityword <words>`
     * (`thành phố`, `городе`, `the city of`), which no text matches */
    int32_t ti = att_lex_token(lex, "attidx", 6), tc = att_lex_token(lex, "city", 4),
            tw = att_lex_token(lex, "cityword", 8);
    uint32_t idx = ti < 0 || ws->place.k_city < 0 ? ATT_LEX_NONE : att_lex_child(lex, 0, ti);
    ws->place.roots[0] = idx == ATT_LEX_NONE || tw < 0 ? ATT_LEX_NONE : att_lex_child(lex, idx, tw);
    ws->place.roots[1] = idx == ATT_LEX_NONE || tc < 0 ? ATT_LEX_NONE : att_lex_child(lex, idx, tc);
    ws->place.row_by_code = att_xcalloc(26 * 26 * 26, sizeof *ws->place.row_by_code);
    if (ws->have_countries) {
        const att_table_view *t = &ws->countries;
        ws->place.col_iso3 = att_table_col(t, "iso3");
        ws->place.col_capital_en = att_table_col(t, "capital_en");
        ws->place.col_lat = att_table_col(t, "lat");
        ws->place.col_lon = att_table_col(t, "lon");
        for (uint32_t r = 0; r < t->t->nrows && r < UINT16_MAX; r++) {
            int k = code_slot(att_table_cell(t, r, ws->place.col_iso3));
            if (k >= 0 && !ws->place.row_by_code[k]) ws->place.row_by_code[k] = (uint16_t)(r + 1);
        }
    }
    ws->place.ready = 1;
}

int att_code_place(att_coder *c, uint32_t s, att_place *out)
{
    const att_doc *doc = c->doc;
    const att_sentence *se = &doc->sent[s];
    const att_lexicon *lex = c->ws->lex;
    place_ready(c);
    const att_workspace *ws = c->ws;
    for (size_t i = 0; i < doc->ncountries; i++) {
        const att_country_mention *m = &doc->countries[i];
        if (m->tok < se->tok || m->tok >= se->tok + se->ntok) continue;
        if (strcmp(m->kind, "capital") != 0 || m->tok == 0 || !c->locative[m->tok - 1]) continue;
        memset(out, 0, sizeof *out);
        out->country = m->code;
        out->name = att_arena_strndup(&c->doc->arena, doc->txt + doc->tok[m->tok].start,
                                      doc->tok[m->end - 1].end - doc->tok[m->tok].start);
        int k = code_slot(m->code);
        if (ws->have_countries && k >= 0 && ws->place.row_by_code[k]) {
            uint32_t r = ws->place.row_by_code[k] - 1u;
            const char *en = att_table_cell(&ws->countries, r, ws->place.col_capital_en);
            if (*en) out->name = en;
            const char *la = att_table_cell(&ws->countries, r, ws->place.col_lat),
                       *lo = att_table_cell(&ws->countries, r, ws->place.col_lon);
            if (*la && *lo) {
                out->lat = strtod(la, NULL);
                out->lon = strtod(lo, NULL);
                out->has_coords = 1;
            }
        }
        return 1;
    }
    const uint32_t *roots = ws->place.roots;
    int kinds[2] = {ws->place.k_word, ws->place.k_city};
    if (roots[1] == ATT_LEX_NONE) return 0;
    uint32_t end = se->tok + se->ntok;
    int en = doc->lang_id >= 0 && doc->lang_id == ws->place.lang_en;
    int lang = doc->lang_id < 0 ? 0 : doc->lang_id;
    for (uint32_t l = se->tok; l + 1 < end; l++) {
        if (!c->locative[l]) continue;
        /* a city word, then the city, each the longest row from its first token */
        const att_lex_entry *best = NULL;
        uint32_t from = l + 1, best_end = 0;
        for (int pass = 0; pass < 2; pass++) {
            const att_lex_entry *got = NULL;
            uint32_t node = roots[pass], got_end = from;
            while (pass == 1 && from < end && doc->tok[from].type == ATT_TOK_PUNCT && doc->txt[doc->tok[from].start] == '.')
                from++;   /* в г. Дананге */
            if (pass == 1 && (from >= end || !(doc->tok[from].flags & ATT_TF_UPPER))) break;
            for (uint32_t t = from; node != ATT_LEX_NONE && t < end && t - from < 8; t++) {
                const att_token *tk = &doc->tok[t];
                if (tk->type == ATT_TOK_PUNCT) {
                    /* inside a name: Санкт-Петербург, St. Petersburg, TP. Hồ Chí Minh */
                    if (tk->end - tk->start == 1 && strchr("-.'", doc->txt[tk->start])) continue;
                    break;
                }
                int32_t id = tk->id >= 0 ? tk->id : att_lex_token(lex, tk->key, tk->keylen);
                if (id < 0 || (node = att_lex_child(lex, node, id)) == ATT_LEX_NONE) break;
                const att_lex_node *nd = att_lex_node_at(lex, node);
                for (uint32_t k = 0; k < nd->count; k++) {
                    const att_lex_entry *e = &att_lex_entries(lex)[nd->first + k];
                    if (e->kind == kinds[pass] && (e->lang == 0 || e->lang == lang)) {
                        got = e;
                        got_end = t + 1;
                        break;
                    }
                }
            }
            if (pass == 0) from = got_end;
            else best = got, best_end = got_end;
        }
        if (!best) continue;
        /* in English a capitalised word after the city makes it part of a
         * longer name (`near Scarborough Shoal`, `in Sydney Harbour`),
         * unless it starts a date (`in Johannesburg Wednesday`) */
        if (en && best_end < end && doc->tok[best_end].type == ATT_TOK_WORD &&
            (doc->tok[best_end].flags & ATT_TF_UPPER)) {
            int date = 0;
            for (size_t d = 0; d < doc->ndexprs && !date; d++) date = doc->dexprs[d].tok == best_end;
            if (!date) continue;
        }
        size_t ln, lc, lla, llo;
        const char *name = att_lex_attr(lex, best, "name", &ln), *cc = att_lex_attr(lex, best, "country", &lc),
                   *la = att_lex_attr(lex, best, "lat", &lla), *lo = att_lex_attr(lex, best, "lon", &llo);
        if (!name || !cc || lc != 3) continue;
        memset(out, 0, sizeof *out);
        out->name = att_arena_strndup(&c->doc->arena, name, ln);
        out->country = att_arena_strndup(&c->doc->arena, cc, 3);
        if (la && lo) {
            out->lat = strtod(att_arena_strndup(&c->doc->arena, la, lla), NULL);
            out->lon = strtod(att_arena_strndup(&c->doc->arena, lo, llo), NULL);
            out->has_coords = 1;
        }
        return 1;
    }
    return 0;
}
