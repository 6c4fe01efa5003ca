/* events.c: PLOVER/CAMEO events from trigger phrases and the actors around
 * them.
 *
 * Each trigger (kind `trigger`, data/<lang>/triggers.tsv) says its type,
 * mode, CAMEO code, contexts, and where its source and target stand:
 * `subj` (the nearest actor before it in the sentence), `obj`, `with`,
 * `to`, `against`, `from`, `in`, `passive` (the first actor after it),
 * `gen` (the actor right after it), `none`.  Coordinated actors (`A, B и
 * C`) give one event each; `both sides` gives the document's dyad.  A
 * missing side is the dyad's other country.  The date is the temporal
 * expression of the sentence nearest the trigger, else the date the story
 * is at, else the publication date.  Negation, hypothesis and future are
 * marked as PLOVER contexts, background dates as `historical`.  One event
 * reported in several sentences (same type, pair and date) is one event.
 *
 * Confidence (0..1): 0.35, +0.2 when the source and +0.2 when the target
 * come from the trigger's own pattern (not a fallback), +0.15 when the date
 * is written in the sentence, +0.1 for a trigger of two or more words,
 * -0.2 when negated, hypothetical or future. */
#include "events.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

/* the longest interval that can date one event (days) */
#define ATT_EVENT_SPAN_MAX 400

#ifndef ATT_CHOOSE_MIN
#define ATT_CHOOSE_MIN 0.9
#endif

static int attr_is(const att_lexicon *lex, const att_lex_entry *e, const char *name, const char *want)
{
    size_t l;
    const char *v = att_lex_attr(lex, e, name, &l);
    return v && l == strlen(want) && memcmp(v, want, l) == 0;
}

static const char *attr_dup(att_coder *c, const att_lex_entry *e, const char *name)
{
    size_t l;
    const char *v = att_lex_attr(c->ws->lex, e, name, &l);
    return v && l ? att_arena_strndup(&c->doc->arena, v, l) : NULL;
}

/* ---- dates ---- */

static void iso_day(char *out, int32_t days)
{
    int y, m, d;
    att_civil_from_days(days, &y, &m, &d);
    if (y < 0 || y > 9999) y = 0;
    out[0] = (char)('0' + y / 1000), out[1] = (char)('0' + y / 100 % 10), out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10), out[4] = '-', out[5] = (char)('0' + m / 10), out[6] = (char)('0' + m % 10);
    out[7] = '-', out[8] = (char)('0' + d / 10), out[9] = (char)('0' + d % 10), out[10] = 0;
}

static void when_set_days(att_when *w, int32_t d0, int32_t d1)
{
    w->d0 = d0;
    w->d1 = d1;
    iso_day(w->first, d0);
    iso_day(w->last, d1);
}

static int parse_pub(const char *p, att_when *w)
{
    int y = 0, m = 0, d = 0;
    if (!p || !*p) return 0;
    int n = sscanf(p, "%4d-%2d-%2d", &y, &m, &d);
    memset(w, 0, sizeof *w);
    snprintf(w->value, sizeof w->value, "%s", p);
    if (n == 3) when_set_days(w, att_days_from_civil(y, m, d), att_days_from_civil(y, m, d));
    else if (n == 2) when_set_days(w, att_days_from_civil(y, m, 1), att_days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1);
    else if (n == 1) when_set_days(w, att_days_from_civil(y, 1, 1), att_days_from_civil(y, 12, 31));
    else return 0;
    return 1;
}

static int clause_end(const att_doc *doc, uint32_t t);

/* Is a date the article's background rather than its news: over a month
 * before publication, or a whole month or year that is over (`năm ngoái`
 * in January, `в октябре` in November)? */
int att_code_background(const att_coder *c, const att_when *w)
{
    if (c->pub_day == INT32_MIN) return 0;
    if (w->d1 < c->pub_day - 30) return 1;
    return w->explicit_ && w->d1 < c->pub_day && w->d1 - w->d0 >= 27;
}

void att_code_when(att_coder *c, uint32_t s, uint32_t a, uint32_t b, att_when *w)
{
    const att_doc *doc = c->doc;
    const att_date_expr *best = NULL;
    long bestd = LONG_MAX;
    for (size_t i = 0; i < doc->ndexprs; i++) {
        const att_date_expr *x = &doc->dexprs[i];
        if (x->tok >= doc->ntok || doc->tok[x->tok].sent != s) continue;
        /* a span of years (`1975–2025`, `в 2025–2027 годах`) is a period
         * the sentence speaks of, not the day of an act */
        if (x->precision == 'i' && x->last - x->first > ATT_EVENT_SPAN_MAX) continue;
        /* `the deadliest attack since 2000`: a point of comparison */
        if (c->since && ((x->tok > 0 && c->since[x->tok - 1]) || c->since[x->tok])) continue;
        /* `expelled diplomats in response to the expulsion ... in August`:
         * the earlier act's date is its own, and the main act's is not its */
        if (c->response && c->response[x->tok] != c->response[a]) continue;
        /* a year that belongs to a name (`Công ước Vienna năm 1961`, `the
         * 1961 Vienna Convention`: `ignore` phrases name treaties) */
        if (c->ign && ((x->tok > 0 && c->ign[x->tok - 1]) || (x->end < doc->ntok && c->ign[x->end]))) continue;
        /* after the trigger first; a date inside it (`принимая в субботу
         * министра`) is its own */
        long dist = x->tok >= b ? (long)x->tok - (long)b : x->end <= a ? (long)a - (long)x->end + 1 : 0;
        /* `this year`, `в этом году` dates a count (`the fifth launch this
         * year`), seldom an act: a day in the sentence comes first */
        if (x->relative && x->precision == 'y' && x->first <= c->pub_day && c->pub_day <= x->last) dist += 100;
        /* a date with another trigger between it and this one is that
         * trigger's first (`визит X в июне 2024 года и визит Y в мае 2025
         * года`) */
        uint32_t g0 = x->tok >= b ? b : x->end, g1 = x->tok >= b ? x->tok : a;
        for (uint32_t t = g0; c->trig && t < g1; t++)
            if (c->trig[t]) {
                dist += 1000;
                break;
            }
        /* a date before the trigger, across `и`/`and` or a comma, closes
         * the conjunct before it */
        for (uint32_t t = g0; x->tok < b && t < g1; t++)
            if (c->coord[t] || clause_end(doc, t)) {
                dist += 500;
                break;
            }
        if (dist < bestd) bestd = dist, best = x;
    }
    /* `... Об этом во вторник заявил президент`: the next sentence says
     * when this one was said */
    if (!best && s + 1 < doc->nsent && c->report_back) {
        const att_sentence *nx = &doc->sent[s + 1];
        uint32_t t0 = nx->tok;
        while (t0 < nx->tok + nx->ntok && doc->tok[t0].type == ATT_TOK_PUNCT) t0++;
        if (t0 < nx->tok + nx->ntok && c->report_back[t0])
            for (size_t i = 0; i < doc->ndexprs && !best; i++) {
                const att_date_expr *x = &doc->dexprs[i];
                if (x->tok < doc->ntok && doc->tok[x->tok].sent == s + 1) best = x;
            }
    }
    if (best) {
        memset(w, 0, sizeof *w);
        when_set_days(w, best->first, best->last);
        /* an event's date has no weeks (OUTPUT.md): a week is its days */
        if (strchr(best->value, 'W')) snprintf(w->value, sizeof w->value, "%s/%s", w->first, w->last);
        else att_copy(w->value, sizeof w->value, best->value, strlen(best->value));
        w->explicit_ = 1;
        return;
    }
    if (c->have_current) *w = c->current, w->explicit_ = 0;
    else *w = c->pub;
}

/* ---- actors of a sentence ---- */

size_t att_code_actors_in(att_coder *c, uint32_t from, uint32_t to, size_t *idx, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < c->nactors && n < max; i++)
        if (c->actors[i].tok >= from && c->actors[i].end <= to) idx[n++] = i;
    return n;
}

/* Are actors i and j (i before j) joined by commas or coordinating words? */
/* Does a condition (`if`, `в случае`, `nếu`) open the clause that token t
 * closes?  Names on either side of that comma are no list (`If Washington
 * sends missiles to Kyiv, Moscow will cut ties`). */
static int closes_condition(const att_coder *c, uint32_t t)
{
    const att_doc *doc = c->doc;
    if (!c->condition || !clause_end(doc, t)) return 0;
    uint32_t s0 = doc->sent[doc->tok[t].sent].tok;
    for (uint32_t u = t; u > s0;) {
        u--;
        if (clause_end(doc, u)) return 0;
        if (c->condition[u]) return 1;
    }
    return 0;
}

static int coordinated(att_coder *c, size_t i, size_t j)
{
    const att_doc *doc = c->doc;
    /* two names with nothing between are two arguments, not a list
     * (`поставки ... Украине Россия разорвет`: a dative, then a subject) */
    if (c->actors[i].end >= c->actors[j].tok) return 0;
    for (uint32_t t = c->actors[i].end; t < c->actors[j].tok; t++) {
        const att_token *tk = &doc->tok[t];
        if (tk->type == ATT_TOK_PUNCT && tk->key[0] == ',' && !closes_condition(c, t)) continue;
        if (c->coord[t]) continue;
        return 0;
    }
    return 1;
}

/* Does token t close a clause: a comma, semicolon, colon, dash or bracket
 * standing apart? */
static int clause_end(const att_doc *doc, uint32_t t)
{
    const att_token *tk = &doc->tok[t];
    if (tk->type != ATT_TOK_PUNCT) return 0;
    const char *k = tk->key;
    if (k[0] == ',' || k[0] == ';' || k[0] == ':' || k[0] == '(') return 1;
    return (strcmp(k, "—") == 0 || strcmp(k, "–") == 0) && (tk->flags & ATT_TF_SPACE);
}

/* Is actor i a venue (right after a locative: `in Brazil`, `tại Oman`)
 * that a slot of this role does not take?  Only for acts that happen at a
 * place (data/common/plover_venues.tsv: meetings); `strikes in Syria` hit
 * Syria. */
static int venue_role_skip(const att_coder *c, size_t i, const char *role)
{
    uint32_t t0 = c->actors[i].tok;
    if (!c->cur_venue || t0 == 0 || !c->locative[t0 - 1]) return 0;   /* strikes in Syria hit Syria */
    return strcmp(role, "in") != 0 && strcmp(role, "to") != 0 && strcmp(role, "gen") != 0;
}

/* Is actor i named right after `with the support of`, `при поддержке`,
 * `với sự hỗ trợ của` (kind ally)?  An ally helps the act; it is neither its
 * source nor its target (`Iraqi forces retook the town with the support of
 * US aircraft`). */
static int ally(const att_coder *c, size_t i)
{
    if (!c->ally) return 0;
    /* right after the phrase, or after a noun or two of its own (`với sự hỗ
     * trợ của máy bay Mỹ`, `при поддержке российской авиации`) */
    uint32_t t = c->actors[i].tok, s0 = c->doc->sent[c->doc->tok[t].sent].tok;
    for (uint32_t k = 0; k < 3 && t > s0; k++) {
        t--;
        if (c->ally[t]) return 1;
        if (c->doc->tok[t].type == ATT_TOK_PUNCT) return 0;
    }
    return 0;
}

/* Is country cc named in sentence s, and only as an ally? */
static int ally_only(const att_coder *c, uint32_t s, const char *cc)
{
    const att_sentence *se = &c->doc->sent[s];
    int seen = 0;
    for (size_t i = 0; i < c->nactors; i++) {
        if (c->actors[i].tok < se->tok || c->actors[i].tok >= se->tok + se->ntok) continue;
        if (!c->actors[i].country || strcmp(c->actors[i].country, cc) != 0) continue;
        if (!ally(c, i)) return 0;
        seen = 1;
    }
    return seen;
}

/* The actor(s) in slot `role` of a trigger at [a, b) in sentence s. */
static size_t slot(att_coder *c, uint32_t s, uint32_t a, uint32_t b, const char *role, int clause, size_t *out,
                   size_t max)
{
    const att_sentence *se = &c->doc->sent[s];
    uint32_t s0 = se->tok, s1 = se->tok + se->ntok;
    size_t n = 0;
    if (!role || !*role || strcmp(role, "none") == 0) return 0;
    if (strcmp(role, "subj") == 0) {
        /* the nearest actor before the trigger, and those coordinated with it */
        size_t last = SIZE_MAX, last_any = SIZE_MAX;
        for (size_t i = 0; i < c->nactors; i++) {
            if (c->actors[i].tok < s0) continue;
            if (c->actors[i].end > a) break;
            if (ally(c, i)) continue;
            last_any = i;
            /* a subject seldom follows a preposition (`đến Bắc Kinh, bắt
             * đầu chuyến thăm`: Beijing is where, not who) */
            if (c->actors[i].tok > s0 && c->prep[c->actors[i].tok - 1]) continue;
            last = i;
        }
        if (last == SIZE_MAX) last = last_any;
        if (last == SIZE_MAX) return 0;
        out[n++] = last;
        for (size_t i = last; i > 0 && n < max; i--) {
            if (c->actors[i - 1].tok < s0 || !coordinated(c, i - 1, i)) break;
            out[n++] = i - 1;
        }
        return n;
    }
    /* every other slot: the first actor after the trigger (within a window
     * for `gen`), and those coordinated with it */
    uint32_t limit = strcmp(role, "gen") == 0 ? ATT_MIN(s1, b + 4) : s1;
    /* not past the clause when asked: `X and Y could meet again, a think
     * tank said` */
    for (uint32_t t = b; clause && t < limit; t++)
        if (clause_end(c->doc, t)) {
            limit = t;
            break;
        }
    /* the genitive is bare: not after a preposition (`по телефону с
     * президентом Франции`, `поездку в Казахстан`) */
    if (strcmp(role, "gen") == 0) {
        if (b > s0 && c->prep[b - 1]) return 0;
        for (uint32_t t = b; t < limit; t++)
            if (c->prep[t]) {
                limit = t;
                break;
            }
    }
    size_t first = SIZE_MAX;
    for (size_t i = 0; i < c->nactors; i++) {
        if (c->actors[i].name < b) continue;          /* its title may close the trigger */
        if (c->actors[i].tok >= limit) break;
        /* `a joint commission meeting in Brazil`: a venue, unless the slot
         * is the place the act goes to (`visit in`, `поездку в`) */
        if (venue_role_skip(c, i, role) || ally(c, i)) continue;
        /* `..., South Korea's military said`: the speaker, no argument */
        int speaker = 0;
        for (uint32_t t = c->actors[i].end; t < c->actors[i].end + 3 && t < s1 && !speaker; t++) speaker = c->report[t];
        if (speaker && c->actors[i].tok > b && clause_end(c->doc, c->actors[i].tok - 1)) break;
        first = i;
        break;
    }
    if (first == SIZE_MAX) return 0;
    out[n++] = first;
    for (size_t i = first + 1; i < c->nactors && n < max; i++) {
        if (c->actors[i].end > s1) break;
        if (!coordinated(c, i - 1, i)) break;
        out[n++] = i;
    }
    return n;
}

static const char *partner(att_coder *c, const char *cc)
{
    if (!c->dyad[0] || !c->dyad[1]) return NULL;
    if (!cc) return NULL;
    if (strcmp(cc, c->dyad[0]) == 0) return c->dyad[1];
    if (strcmp(cc, c->dyad[1]) == 0) return c->dyad[0];
    return c->dyad[0];
}

static att_party party_of(att_coder *c, size_t i)
{
    att_party p = {c->actors[i].country, c->actors[i].person, c->actors[i].org};
    return p;
}

/* ---- one event ---- */

/* Is `what` one of the comma-separated contexts of ctx? */
static int has_context(const char *ctx, const char *what)
{
    size_t wl = strlen(what);
    for (const char *p = ctx; (p = strstr(p, what)); p += wl)
        if ((p == ctx || p[-1] == ',') && (p[wl] == 0 || p[wl] == ',')) return 1;
    return 0;
}

/* Takes `what` out of the comma-separated contexts of ctx. */
static void drop_context(char *ctx, const char *what)
{
    size_t wl = strlen(what);
    for (char *p = ctx; (p = strstr(p, what)); p += wl) {
        if (!((p == ctx || p[-1] == ',') && (p[wl] == 0 || p[wl] == ','))) continue;
        char *from = p + wl + (p[wl] == ',');
        if (p > ctx && p[wl] == 0) p--;           /* the last one: its comma goes too */
        memmove(p, from, strlen(from) + 1);
        return;
    }
}

static void add_context(char *ctx, size_t size, const char *what)
{
    if (!what || !*what || has_context(ctx, what)) return;   /* no duplicates */
    size_t n = strlen(ctx);
    if (n && n + 1 < size) ctx[n++] = ',', ctx[n] = 0;
    att_copy(ctx + n, size - n, what, strlen(what));
}

static void goldstein(att_coder *c, att_event *ev)
{
    ev->has_goldstein = 0;
    if (!ev->cameo) return;
    long r = att_goldstein_find(c->ws, ev->cameo);   /* a binary search (core/extract.c) */
    if (r >= 0) ev->goldstein = c->ws->gold[r].goldstein, ev->has_goldstein = c->ws->gold[r].has;
}

/* Could two reports of one type be one act: the same PLOVER mode or the
 * same CAMEO code to three digits (`closed its border`, discontinue 160, is
 * not `recalled its ambassador`, expel 161 or withdraw 166)? */
static int same_act(const att_event *a, const att_event *b)
{
    if (!a->cameo || !b->cameo) return 1;
    if (a->mode && *a->mode && b->mode && strcmp(a->mode, b->mode) == 0) return 1;
    return strncmp(a->cameo, b->cameo, 3) == 0;
}

static int same_pair(const att_event *a, const att_event *b)
{
    const char *a1 = a->src.country, *a2 = a->has_tgt ? a->tgt.country : NULL;
    const char *b1 = b->src.country, *b2 = b->has_tgt ? b->tgt.country : NULL;
#define EQ(x, y) ((x) == (y) || ((x) && (y) && strcmp((x), (y)) == 0))
    return (EQ(a1, b1) && EQ(a2, b2)) || (EQ(a1, b2) && EQ(a2, b1));
#undef EQ
}

void att_code_emit(att_coder *c, const att_event *in)
{
    att_event evbuf = *in, *ev = &evbuf;
    if (!ev->has_goldstein) goldstein(c, ev);
    att_event *all = c->events.p;
    for (size_t i = 0; i < c->events.n; i++) {
        if (strcmp(all[i].type, ev->type) == 0 && same_pair(&all[i], ev) && strcmp(all[i].when.value, ev->when.value) == 0) {
            if (ev->confidence > all[i].confidence) {
                uint32_t sent = all[i].sent;
                all[i] = *ev;
                all[i].sent = sent;       /* the first report stays the evidence */
            }
            return;
        }
    }
    *(att_event *)att_vec_push(&c->events) = *ev;
}

/* The token after the last of a slot's actors. */
static uint32_t slot_end(const att_coder *c, const size_t *idx, size_t n)
{
    uint32_t end = 0;
    for (size_t i = 0; i < n; i++) end = ATT_MAX(end, c->actors[idx[i]].end);
    return end;
}

/* Does an act of this type happen at a place (data/common/plover_venues.tsv)? */
static int venue_type(att_coder *c, const char *type)
{
    if (!c->ws->have_venues) return 0;
    const att_table_view v = c->ws->venues;
    int ct = att_table_col(&v, "type"), cv = att_table_col(&v, "venue");
    for (uint32_t r = 0; r < v.t->nrows; r++)
        if (strcmp(att_table_cell(&v, r, ct), type) == 0) return strcmp(att_table_cell(&v, r, cv), "yes") == 0;
    return 0;
}

static uint32_t se_tok(const att_coder *c, uint32_t s)
{
    return c->doc->sent[s].tok;
}

static int has_gap(const att_lexicon *lex, const att_lex_entry *e)
{
    return strchr(att_lex_str(lex, e->phrase), '~') != NULL;
}

/* Is actor i's head word (its last) in the case `want` (data/ru/
 * case_endings.tsv: the longest ending that fits, or the whole word)? */
static int actor_case(const att_coder *c, size_t i, const char *want)
{
    const att_workspace *ws = c->ws;
    if (!ws->have_cases) return 0;
    const att_token *tk = &c->doc->tok[c->actors[i].end - 1];
    if (tk->type != ATT_TOK_WORD) return 0;
    int ce = ws->cases_ending, cc = ws->cases_case;
    size_t best = 0;
    const char *got = NULL;
    for (uint32_t r = 0; r < ws->cases.t->nrows; r++) {
        const char *end = att_table_cell(&ws->cases, r, ce);
        size_t el = strlen(end);
        if (end[0] == '=') {        /* a whole word */
            if (el - 1 == tk->keylen && memcmp(end + 1, tk->key, el - 1) == 0)
                return strcmp(att_table_cell(&ws->cases, r, cc), want) == 0;
            continue;
        }
        if (el > best && el < tk->keylen && memcmp(tk->key + tk->keylen - el, end, el) == 0)
            best = el, got = att_table_cell(&ws->cases, r, cc);
    }
    return got && strcmp(got, want) == 0;
}

/* The slot `ins`: the agent in the instrumental after a noun (`поставки
 * Соединенными Штатами ракет`), the first such actor from `from` to the
 * clause's end, not after a preposition, with those coordinated with it. */
static size_t ins_slot(att_coder *c, uint32_t s, uint32_t from, size_t *out, size_t max)
{
    const att_sentence *se = &c->doc->sent[s];
    uint32_t s1 = se->tok + se->ntok;
    size_t n = 0;
    for (size_t i = 0; i < c->nactors && n < max; i++) {
        if (c->actors[i].tok < from) continue;
        if (c->actors[i].tok >= s1) break;
        int stop = 0;
        for (uint32_t t = from; t < c->actors[i].tok && !stop; t++) stop = clause_end(c->doc, t);
        if (stop) break;
        if (n) {
            if (!coordinated(c, out[n - 1], i)) break;
        } else if (!actor_case(c, i, "ins") || (c->actors[i].tok > 0 && c->prep[c->actors[i].tok - 1])) {
            continue;
        }
        out[n++] = i;
    }
    return n;
}

static void code_trigger(att_coder *c, uint32_t s, const att_match *m, const att_lex_entry *e)
{
    const att_lexicon *lex = c->ws->lex;
    att_doc *doc = c->doc;
    uint32_t a = m->tok, b = m->end;
    att_event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = attr_dup(c, e, "type");
    if (!ev.type) return;
    c->cur_venue = venue_type(c, ev.type);
    ev.mode = attr_dup(c, e, "mode");
    ev.cameo = attr_dup(c, e, "cameo");
    size_t l;
    const char *ctx = att_lex_attr(lex, e, "context", &l);
    if (ctx) att_copy(ev.context, sizeof ev.context, ctx, l);
    char srole[16] = "", trole[16] = "";
    const char *v;
    if ((v = att_lex_attr(lex, e, "source", &l))) att_copy(srole, sizeof srole, v, l);
    if ((v = att_lex_attr(lex, e, "target", &l))) att_copy(trole, sizeof trole, v, l);
    /* `obj!`: a country or its capital must stand right after the trigger,
     * or there is no event (`đã đến Hà Nội` is a visit; `đã đến lúc`,
     * `liên quan đến IRGC` are not) */
    int strict = 0;
    size_t tl = strlen(trole);
    if (tl && trole[tl - 1] == '!') trole[tl - 1] = 0, strict = 1;

    /* a phrase with a gap (`провели ~ переговоры`) may hold its argument in
     * the gap (`провели с Японией переговоры`): the slots after the trigger
     * start after its first word */
    uint32_t after = has_gap(lex, e) ? a + 1 : b;
    size_t src[8], tgt[8];
    /* ... but a genitive follows the whole phrase (`принимая в субботу
     * министра обороны Индии`) */
    size_t ns = slot(c, s, a, strcmp(srole, "subj") == 0 || strcmp(srole, "gen") == 0 ? b : after, srole, 0, src, 8);
    /* coordinated subjects (`X and Y met`) look for a partner in their own
     * clause only */
    /* `ins`: an agent in the instrumental, else the subject (`поставки
     * Соединенными Штатами ракет Украине`; `Россия наращивает поставки
     * оружия Сирии`) */
    int ins_src = 0;
    if (strcmp(srole, "ins") == 0) {
        ns = ins_slot(c, s, after, src, 8);
        ins_src = ns > 0;
        if (!ns) ns = slot(c, s, a, b, "subj", 0, src, 8);
    }
    /* `first`: the first actor of the trigger's sentence, the one who
     * declares (`Ba Lan hôm qua tuyên bố một nhân viên lãnh sự của
     * Belarus tại Gdansk, ông X, là persona non grata`) */
    if (strcmp(srole, "first") == 0) {
        uint32_t c0 = se_tok(c, s);   /* the sentence's: appositions have commas */
        ns = 0;
        for (size_t i = 0; i < c->nactors && !ns; i++)
            if (c->actors[i].tok >= c0 && c->actors[i].end <= a) src[ns++] = i;
    }
    int clause = ns >= 2 && strcmp(srole, "subj") == 0;
    size_t nt;
    if (strcmp(trole, "other") == 0) {
        /* `other`: the first actor after the trigger in its clause, else the
         * nearest before it in the sentence that is not the source (`объявила персоной нон
         * грата российского дипломата`, `... diplomat Nga là persona non grata`) */
        nt = slot(c, s, b, b, "obj", 1, tgt, 8);
        if (!nt) {
            size_t near = SIZE_MAX;
            uint32_t c0 = se_tok(c, s);
            for (size_t i = 0; i < c->nactors; i++)
                if (c->actors[i].tok >= c0 && c->actors[i].end <= a && !(ns && i == src[0])) near = i;
            if (near != SIZE_MAX) tgt[nt++] = near;
        }
    } else if (strcmp(trole, "then") == 0) {
        /* `then`: the first actor after the source when the source follows
         * the trigger (`высылку из Москвы румынского консула`), else the
         * first after the trigger */
        int after_src = ins_src || (ns && c->actors[src[0]].tok >= b && strcmp(srole, "subj") != 0);
        uint32_t past = after_src ? slot_end(c, src, ns) : b;
        nt = slot(c, s, past, past, "obj", clause, tgt, 8);
    } else {
        nt = slot(c, s, a, strcmp(trole, "subj") == 0 || strcmp(trole, "gen") == 0 ? b : after, trole, clause, tgt, 8);
    }
    if (strict && (!nt || c->actors[tgt[0]].tok != b || c->actors[tgt[0]].kind != ATT_ACT_COUNTRY)) return;
    if (strcmp(srole, "gen") == 0 && strcmp(trole, "subj") != 0) {
        /* `визит президента Китая в Индию`: the genitive slot took the
         * words first; the other slot looks on after them */
        int overlap = 0;
        for (size_t i = 0; ns && i < nt; i++) overlap |= tgt[i] == src[0];
        if (overlap) {
            uint32_t past = slot_end(c, src, ns);
            nt = slot(c, s, past, past, trole, clause, tgt, 8);
        }
        /* `визита в Россию генерального секретаря`: the genitive follows
         * the destination */
        if (!ns && nt) {
            uint32_t past = slot_end(c, tgt, nt);
            if ((ns = slot(c, s, past, past, "gen", 0, src, 8)) && c->actors[src[0]].tok != past) ns = 0;
        }
    }
    /* `The European Union imposed sanctions on Iran`: the subject is an
     * organisation of no one state; no country is lent to it */
    if (!ns && strcmp(srole, "subj") == 0 && c->igo) {
        /* within the clause, eight tokens back at the most */
        uint32_t t = a, lim = a > se_tok(c, s) + 8 ? a - 8 : se_tok(c, s);
        while (t > lim && !c->igo[t - 1] && !clause_end(doc, t - 1)) t--;
        if (t > lim && c->igo[t - 1]) return;
    }
    if (!ns && strcmp(srole, "gen") == 0) {
        /* `поездку в Казахстан` with no genitive: the trip is the sentence
         * subject's, unless what stands before is a place (`визитов в
         * Казахстан и Беларусь, а также визита в Россию`) */
        ns = slot(c, s, a, b, "subj", 0, src, 8);
        for (size_t i = 0; i < ns; i++) {
            uint32_t t0 = c->actors[src[i]].tok;
            if (t0 > 0 && c->locative[t0 - 1]) ns = 0;
        }
    }
    /* both slots found the same list (`подписано ... между Вьетнамом и
     * Казахстаном, Азербайджаном и Россией`): `A и B, C и D` is A with
     * each of the others; `A, B и C` is each with each */
    int list_pairs = 0;
    if (ns >= 2 && ns == nt && memcmp(src, tgt, ns * sizeof *src) == 0) {
        size_t lo = src[0];
        for (size_t i = 1; i < ns; i++) lo = ATT_MIN(lo, src[i]);
        int comma = 0;
        for (uint32_t t = c->actors[lo].end; t < c->actors[lo + 1].tok; t++)
            if (doc->tok[t].type == ATT_TOK_PUNCT && doc->tok[t].key[0] == ',') comma = 1;
        list_pairs = comma || ns == 2 ? 2 : 1;
        nt = 0;
        if (list_pairs == 1) {
            for (size_t i = 0; i < ns; i++)
                if (src[i] != lo) tgt[nt++] = src[i];
            src[0] = lo;
            ns = 1;
        }
    }
    int src_pat = ns > 0, tgt_pat = nt > 0 || list_pairs;
    const att_sentence *se = &doc->sent[s];
    const char *requires = NULL;
    ATT_UNUSED(requires);

    /* both sides: the dyad */
    att_party sp[8], tp[8];
    size_t nsp = 0, ntp = 0;
    int both = 0, sym = 0;
    for (size_t i = 0; i < ns; i++) {
        if (c->actors[src[i]].kind == ATT_ACT_BOTH) both = 1;
        else sp[nsp++] = party_of(c, src[i]);
    }
    for (size_t i = 0; i < nt; i++) {
        if (c->actors[tgt[i]].kind == ATT_ACT_BOTH) both = 1;
        else tp[ntp++] = party_of(c, tgt[i]);
    }
    if (both && c->dyad[0] && c->dyad[1]) {
        src_pat = tgt_pat = 1;   /* `both countries` names the two sides */
        nsp = ntp = 1;
        sp[0] = (att_party){c->dyad[0], -1, NULL};
        tp[0] = (att_party){c->dyad[1], -1, NULL};
    }
    /* fallbacks: the other side of the dyad; then any other actor of the sentence */
    if (!nsp && ntp) {
        const char *p = partner(c, tp[0].country);
        if (p && ally_only(c, s, p)) p = NULL;
        if (p) sp[nsp++] = (att_party){p, -1, NULL};
    }
    /* `Россия, Китай и Индия провели переговоры`: a symmetric act among
     * coordinated subjects is one event for each pair of them */
    if (list_pairs == 2) sym = 1;
    if (nsp >= 2 && !ntp && !both && strcmp(trole, "with") == 0 && strcmp(srole, "subj") == 0) {
        sym = 1;
        tgt_pat = 1;   /* the pair is the pattern's */
    }
    if (nsp && !ntp && !sym && strcmp(trole, "none") != 0) {
        /* another actor of the trigger's clause (`chặn tàu tiếp tế của
         * Philippines`), not of the sentence's other clauses */
        uint32_t c0 = a, c1 = b;
        while (c0 > se->tok && !clause_end(doc, c0 - 1)) c0--;
        while (c1 < se->tok + se->ntok && !clause_end(doc, c1)) c1++;
        size_t idx[16];
        size_t na = att_code_actors_in(c, c0, c1, idx, 16);
        for (size_t i = 0; i < na && !ntp; i++)
            if (c->actors[idx[i]].country && strcmp(c->actors[idx[i]].country, sp[0].country) != 0 &&
                !venue_role_skip(c, idx[i], "obj") && !ally(c, idx[i]))
                tp[ntp++] = party_of(c, idx[i]);
        if (!ntp) {
            const char *p = partner(c, sp[0].country);
            if (p && ally_only(c, s, p)) p = NULL;   /* the helper is no target */
            if (p && strcmp(p, sp[0].country) != 0) tp[ntp++] = (att_party){p, -1, NULL};
        }
    }
    if (!nsp && !ntp) {
        size_t idx[16];
        size_t na = att_code_actors_in(c, se->tok, se->tok + se->ntok, idx, 16);
        if (na || !c->dyad[0] || !c->dyad[1]) return;       /* no actor we can trust */
        sp[nsp++] = (att_party){c->dyad[0], -1, NULL};
        tp[ntp++] = (att_party){c->dyad[1], -1, NULL};
    }
    if (!nsp) return;
    /* neither side in the trigger's own words: a discussion the page's
     * furniture invites, authorities with no state, a noun in passing
     * (`Để tham gia thảo luận ...`); the document's dyad is no evidence of
     * an act by itself */
    if (!src_pat && !tgt_pat) return;

    /* when, and what kind of statement */
    att_code_when(c, s, a, b, &ev.when);
    int modal = 0;
    for (uint32_t t = a >= 3 ? a - 3 : 0; t < a; t++)
        if (t >= se->tok && c->negation[t]) add_context(ev.context, sizeof ev.context, "negation"), modal = 1;
    int reported = 0;   /* `said it would sever ties`: would is the reported future */
    for (uint32_t t = se->tok; t < a; t++) {
        reported |= c->report[t];
        if (c->hypothetical[t] || (c->backshift[t] && !reported))
            add_context(ev.context, sizeof ev.context, "hypothetical"), modal = 1;
    }
    /* a future marker speaks for the triggers of its clause: those after
     * it, and one just before it (`визит ... состоится`) */
    int fut = 0;
    for (uint32_t t = a; t-- > se->tok && !clause_end(doc, t);)
        if (c->future[t]) fut = 1;
    for (uint32_t t = b; t < se->tok + se->ntok && t < b + 4 && !clause_end(doc, t); t++)
        if (c->future[t]) fut = 1;
    if (c->pub_day != INT32_MIN && ev.when.explicit_ && ev.when.d0 > c->pub_day) fut = 1;
    if (fut) add_context(ev.context, sizeof ev.context, "future"), modal = 1;
    /* what would follow a condition is hypothetical, not planned (`в случае
     * ... Россия разорвет отношения`: a future form, its row says future) */
    if (has_context(ev.context, "hypothetical")) drop_context(ev.context, "future");
    /* `did not fire in May`, said in June, is the news, not background */
    if (att_code_background(c, &ev.when) && !(modal && ev.when.d1 >= c->pub_day - 30))
        add_context(ev.context, sizeof ev.context, "historical");
    else if (ev.when.explicit_ && !modal) {
        c->current = ev.when;      /* the story is now here */
        c->have_current = 1;
    }
    ev.sent = s;
    ev.own_src = src_pat;
    ev.own_tgt = tgt_pat;
    ev.modal = (uint8_t)modal;
    ev.trig_tok = a;
    ev.trig_end = b;
    /* right after `if`, `в случае`, `nếu` (three words at most, its clause) */
    for (uint32_t t = a, k = 0; t > se->tok && k < 4 && !ev.condition; k++) {
        t--;
        if (clause_end(doc, t)) break;
        ev.condition = c->condition[t];
    }
    double conf = 0.35 + (src_pat ? 0.2 : 0) + (tgt_pat ? 0.2 : 0) + (ev.when.explicit_ ? 0.15 : 0) +
                  (e->ntok >= 2 ? 0.1 : 0) - (modal ? 0.2 : 0);
    ev.confidence = conf < 0.05 ? 0.05 : conf > 0.99 ? 0.99 : conf;

    if (sym) {
        for (size_t i = 0; i < nsp; i++)
            for (size_t j = i + 1; j < nsp; j++) {
                att_event x = ev;
                x.src = sp[j];          /* in text order: the list runs backwards */
                x.tgt = sp[i];
                x.has_tgt = 1;
                if (x.src.country && x.tgt.country && strcmp(x.src.country, x.tgt.country) == 0) continue;
                *(att_event *)att_vec_push(&c->pending) = x;
            }
        return;
    }
    for (size_t i = 0; i < nsp; i++) {
        for (size_t j = 0; j < (ntp ? ntp : 1); j++) {
            att_event x = ev;
            x.src = sp[i];
            x.has_tgt = ntp > 0;
            if (ntp) x.tgt = tp[j];
            /* the same country on both sides: a domestic event, outside what
             * attache codes (relations between states) */
            if (x.has_tgt && x.src.country && x.tgt.country && strcmp(x.src.country, x.tgt.country) == 0) continue;
            *(att_event *)att_vec_push(&c->pending) = x;
        }
    }
}

/* A sentence usually reports one event; further triggers are mostly nouns
 * inside its arguments (`demanded that the US match the EU's support`).
 * The sentence's best-attested trigger is kept, with the other triggers
 * that are as well attested (both sides from their own pattern). */
static void choose(att_coder *c)
{
    att_event *p = c->pending.p;
    size_t n = c->pending.n;
    if (!n) return;
    /* `did not meet at the summit`: the negated verb speaks for the summit
     * too; the unmarked twin goes before the best is chosen */
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n && !p[i].modal; j++)
            if (j != i && p[j].modal && strcmp(p[j].type, p[i].type) == 0 && same_pair(&p[j], &p[i])) {
                p[i].confidence = -1;
                break;
            }
    /* the sentence's act is not the condition of another (`в случае
     * поставки ... Россия разорвет отношения`), when there is another */
    int any_main = 0;
    for (size_t i = 0; i < n; i++) any_main |= p[i].confidence >= 0 && !p[i].condition;
    double best = 0;
    uint32_t best_tok = 0;
    size_t bi = 0;
    for (size_t i = 0; i < n; i++)
        if (p[i].confidence > best + 1e-9 && !(any_main && p[i].condition))
            best = p[i].confidence, best_tok = p[i].trig_tok, bi = i;
    uint8_t stack_keep[256];
    uint8_t *keep = n <= sizeof stack_keep ? stack_keep : att_arena_alloc(&c->doc->arena, n);
    size_t nk = n;
    for (size_t i = 0; i < nk; i++) {
        keep[i] = 0;
        if (p[i].confidence < 0) continue;
        /* a second trigger is kept when as well attested, or when it tells
         * of another time, in its own words (`установившие отношения в
         * 1992 году, в понедельник провели консультации`) */
        int other_time = p[i].when.explicit_ && p[bi].when.explicit_ && p[i].own_src &&
                         (p[i].when.d1 < p[bi].when.d0 || p[i].when.d0 > p[bi].when.d1);
        /* ... or is the news beside a best-attested background act
         * (`выслала дипломатов в ответ на высылку ... в августе`) */
        if (p[i].own_src && !p[i].when.explicit_ && strstr(p[bi].context, "historical") &&
            !strstr(p[i].context, "historical"))
            other_time = 1;
        /* ... or is the condition of the act, both its sides in its own words */
        int cond = p[i].condition && p[i].own_src && p[i].has_tgt && p[i].own_tgt;
        keep[i] = p[i].trig_tok == best_tok || p[i].confidence >= ATT_CHOOSE_MIN - 1e-9 || other_time || cond;
    }
    for (size_t i = 0; i < nk; i++) {
        if (!keep[i]) continue;
        /* beside a later act of the same sentence, an earlier one is its
         * background (`Таиланд и Камбоджа, подписавшие декларацию 26
         * октября, во вторник провели заседание`) */
        for (size_t j = 0; j < nk && p[i].when.explicit_ && !p[i].modal && c->pub_day != INT32_MIN; j++)
            if (keep[j] && j != i && p[j].when.explicit_ && !p[j].modal && p[i].when.d1 < p[j].when.d0 &&
                p[j].when.d0 <= c->pub_day)
                add_context(p[i].context, sizeof p[i].context, "historical");
        p[i].has_place = att_code_place(c, p[i].sent, &p[i].place);
        /* the visitor is the source of a meeting: talks held in the
         * source's own country were the target's visit (`Xi held talks with
         * Macron in Beijing`: FRA -> CHN) */
        if (p[i].has_place && p[i].has_tgt && strcmp(p[i].type, "CONSULT") == 0 && p[i].place.country &&
            p[i].src.country && p[i].tgt.country && strcmp(p[i].src.country, p[i].place.country) == 0 &&
            strcmp(p[i].tgt.country, p[i].place.country) != 0) {
            att_party t = p[i].src;
            p[i].src = p[i].tgt;
            p[i].tgt = t;
        }
        goldstein(c, &p[i]);
        att_code_emit(c, &p[i]);
    }
}

/* ---- the stage ---- */

/* Marks the tokens of a marker word, unless a longer phrase covers them
 * (`không` inside `hàng không`, `ký` inside `Tổng thư ký`). */
static void mark(att_coder *c, uint8_t *flags, const att_match *m)
{
    for (uint32_t t = m->tok; t < m->end; t++)
        if (c->cover[t] > m->end - m->tok) return;
    for (uint32_t t = m->tok; t < m->end; t++) flags[t] = 1;
}

typedef struct {
    const att_match *m;
    const att_lex_entry *e;
    int gap;          /* the phrase has a gap (`~`) */
} trig;

static int trig_longest(const void *x, const void *y)
{
    const trig *a = x, *b = y;
    uint32_t la = a->m->end - a->m->tok, lb = b->m->end - b->m->tok;
    if (la != lb) return la > lb ? -1 : 1;
    /* over the same words, the phrase that spells more of them out:
     * `shipped ~ vaccines to` before `shipped ~ to` */
    if (a->m->tok == b->m->tok && a->e->ntok != b->e->ntok) return a->e->ntok > b->e->ntok ? -1 : 1;
    return a->m->tok < b->m->tok ? -1 : a->m->tok > b->m->tok;
}

static int trig_pos(const void *x, const void *y)
{
    const trig *a = x, *b = y;
    return a->m->tok < b->m->tok ? -1 : a->m->tok > b->m->tok;
}

void att_code_events(att_workspace *ws, att_doc *doc)
{
    const att_lexicon *lex = ws->lex;
    att_coder *c = att_arena_alloc(&doc->arena, sizeof *c);
    c->ws = ws;
    c->doc = doc;
    static const char *const kind_names[] = {"trigger", "negation", "hypothetical", "future", "report", "proposal",
                                             "both_sides", "side", "coord", "org", "locative", "relation", "upgrade",
                                             "relation_generic", "agreement", "signing", "sector", "ignore", "preposition", "report_back", "backshift", "since", "response", "condition", "ally"};
    _Static_assert(sizeof kind_names / sizeof *kind_names <= sizeof ws->code_kinds / sizeof *ws->code_kinds,
                   "code_kinds holds every kind the coder reads");
    if (!ws->code_ready) {
        for (size_t i = 0; i < sizeof kind_names / sizeof *kind_names; i++) ws->code_kinds[i] = att_lex_kind(lex, kind_names[i]);
        ws->have_cameo = att_lex_table_find(lex, "cameo.gen", &ws->cameo);
        ws->have_countries = att_lex_table_find(lex, "countries.gen", &ws->countries);
        ws->have_levels = att_lex_table_find(lex, "relation_levels", &ws->levels);
        ws->have_venues = att_lex_table_find(lex, "plover_venues", &ws->venues);
        ws->have_cases = att_lex_table_find(lex, "case_endings", &ws->cases);
        if (ws->have_cases) {
            ws->cases_ending = att_table_col(&ws->cases, "ending");
            ws->cases_case = att_table_col(&ws->cases, "case");
        }
        if (ws->have_cameo) {
            int cc = att_table_col(&ws->cameo, "cameo"), cg = att_table_col(&ws->cameo, "goldstein");
            ws->ngold = ws->cameo.t->nrows;
            ws->gold = att_xcalloc(ws->ngold ? ws->ngold : 1, sizeof *ws->gold);
            for (uint32_t r = 0; r < ws->cameo.t->nrows; r++) {
                const char *g = att_table_cell(&ws->cameo, r, cg);
                ws->gold[r].code = att_table_cell(&ws->cameo, r, cc);
                ws->gold[r].has = *g != 0;
                ws->gold[r].goldstein = *g ? strtod(g, NULL) : 0;
            }
        }
        ws->code_ready = 1;
    }
    int *kk = ws->code_kinds;
    c->k_trigger = kk[0], c->k_negation = kk[1], c->k_hypothetical = kk[2], c->k_future = kk[3], c->k_report = kk[4];
    c->k_proposal = kk[5], c->k_both = kk[6], c->k_side = kk[7], c->k_coord = kk[8], c->k_org = kk[9];
    c->k_locative = kk[10], c->k_relation = kk[11], c->k_upgrade = kk[12], c->k_relation_generic = kk[13];
    c->k_agreement = kk[14], c->k_signing = kk[15], c->k_sector = kk[16], c->k_ignore = kk[17];
    c->k_preposition = kk[18], c->k_report_back = kk[19], c->k_backshift = kk[20], c->k_since = kk[21];
    c->k_response = kk[22], c->k_condition = kk[23], c->k_ally = kk[24];
    size_t n = doc->ntok + 1;
    c->locative = att_arena_alloc(&doc->arena, n);
    c->coord = att_arena_alloc(&doc->arena, n);
    c->negation = att_arena_alloc(&doc->arena, n);
    c->hypothetical = att_arena_alloc(&doc->arena, n);
    c->future = att_arena_alloc(&doc->arena, n);
    c->signing = att_arena_alloc(&doc->arena, n);
    c->proposal = att_arena_alloc(&doc->arena, n);
    c->prep = att_arena_alloc(&doc->arena, n);
    c->report_back = att_arena_alloc(&doc->arena, n);
    c->backshift = att_arena_alloc(&doc->arena, n);
    c->report = att_arena_alloc(&doc->arena, n);
    c->since = att_arena_alloc(&doc->arena, n);
    c->response = att_arena_alloc(&doc->arena, n);
    c->condition = att_arena_alloc(&doc->arena, n);
    c->ally = att_arena_alloc(&doc->arena, n);
    /* the longest phrase covering each token (triggers aside: `подписали`
     * inside the trigger `подписали меморандум` still says signed) */
    c->cover = att_arena_alloc(&doc->arena, n);
    /* and the longest `ignore` phrase over each token: `gặp khó khăn` (have
     * difficulties) is no meeting, `thăm dò` (a poll) no visit */
    uint8_t *ign = c->ign = att_arena_alloc(&doc->arena, n);
    for (size_t i = 0; i < doc->nmatches; i++) {
        const att_match *m = &doc->matches[i];
        int other = 0, ignore = 0;
        ATT_FOR_ENTRIES(ws, doc, m, e)
        {
            if (e->kind != c->k_trigger) other = 1;
            if (e->kind == c->k_ignore) ignore = 1;
        }
        if (!other) continue;
        uint32_t len = ATT_MIN(m->end - m->tok, 255u);
        for (uint32_t t = m->tok; t < m->end; t++) {
            if (c->cover[t] < len) c->cover[t] = (uint8_t)len;
            if (ignore && ign[t] < len) ign[t] = (uint8_t)len;
        }
    }
    att_vec trigs;
    att_vec_init(&trigs, sizeof(trig));
    /* the marker kinds and the per-token flags each sets */
    const struct {
        int kind;
        uint8_t *flags;
    } marks[] = {{c->k_locative, c->locative}, {c->k_preposition, c->prep},   {c->k_report_back, c->report_back},
                 {c->k_backshift, c->backshift}, {c->k_report, c->report},    {c->k_since, c->since},
                 {c->k_condition, c->condition}, {c->k_ally, c->ally},        {c->k_coord, c->coord},
                 {c->k_negation, c->negation},   {c->k_hypothetical, c->hypothetical}, {c->k_future, c->future},
                 {c->k_signing, c->signing},     {c->k_proposal, c->proposal}};
    for (size_t i = 0; i < doc->nmatches; i++) {
        const att_match *m = &doc->matches[i];
        int has_trigger = 0;
        ATT_FOR_ENTRIES(ws, doc, m, e)
        {
            int k = e->kind, marked = 0;
            for (size_t f = 0; f < sizeof marks / sizeof *marks && !marked; f++)
                if (k == marks[f].kind) mark(c, marks[f].flags, m), marked = 1;
            if (marked) {
                if (k == c->k_locative) mark(c, c->prep, m);   /* a locative is a preposition too */
            } else if (k == c->k_response) {
                for (uint32_t t = m->end; t < doc->ntok && !clause_end(doc, t); t++) c->response[t] = 1;
            } else if (k == c->k_trigger && !has_trigger) {
                trig *t = att_vec_push(&trigs);
                t->m = m;
                t->e = e;
                t->gap = has_gap(lex, e);
                has_trigger = 1;
            }
        }
    }
    c->cameo = ws->cameo;
    c->have_cameo = ws->have_cameo;
    c->countries = ws->countries;
    c->have_countries = ws->have_countries;
    c->pub_day = INT32_MIN;
    if (parse_pub(doc->published, &c->pub)) c->pub_day = c->pub.d1;
    att_vec_init(&c->events, sizeof(att_event));
    att_vec_init(&c->agreements, sizeof(att_agreement));
    att_vec_init(&c->relations, sizeof(att_relation));
    att_code_actors(c);
    att_code_dyad(c);

    /* longest triggers first, no overlaps, then in text order */
    trig *tv = trigs.p;
    if (trigs.n) att_sort(tv, trigs.n, sizeof *tv, trig_longest);
    uint8_t *used = att_arena_alloc(&doc->arena, n);
    size_t nk = 0;
    for (size_t i = 0; i < trigs.n; i++) {
        int ok = 1;
        for (uint32_t t = tv[i].m->tok; t < tv[i].m->end; t++)
            if (used[t] || ign[t] > tv[i].m->end - tv[i].m->tok) ok = 0;
        /* a trigger inside an actor's name is no trigger; an actor inside
         * a trigger's gap is its argument */
        int gap = tv[i].gap;
        for (size_t k = 0; k < c->nactors && ok; k++) {
            const att_actor *ac = &c->actors[k];
            if (gap && ac->name > tv[i].m->tok && ac->end < tv[i].m->end) continue;
            if (tv[i].m->tok < ac->end && ac->name < tv[i].m->end) ok = 0;   /* a title may be in a trigger */
        }
        if (!ok) continue;
        memset(used + tv[i].m->tok, 1, tv[i].m->end - tv[i].m->tok);
        tv[nk++] = tv[i];
    }
    if (nk) att_sort(tv, nk, sizeof *tv, trig_pos);
    c->trig = att_arena_alloc(&doc->arena, n);
    for (size_t i = 0; i < nk; i++) memset(c->trig + tv[i].m->tok, 1, tv[i].m->end - tv[i].m->tok);
    size_t ti = 0;
    att_vec_init(&c->pending, sizeof(att_event));
    for (uint32_t s = 0; s < doc->nsent; s++) {
        att_code_relations(c, s);
        att_code_agreements(c, s);
        const att_sentence *se = &doc->sent[s];
        c->pending.n = 0;
        for (; ti < nk && tv[ti].m->tok < se->tok + se->ntok; ti++)
            if (tv[ti].m->tok >= se->tok) code_trigger(c, s, tv[ti].m, tv[ti].e);
        choose(c);
    }
    att_vec_free(&c->pending);
    att_vec_free(&trigs);

    /* one event reported twice: a headline or a sentence with no date of
     * its own (dated by the publication day) tells of the same act as a
     * dated sentence of the last week (`Sudan cuts ties with UAE` ...
     * `said on Tuesday it would sever relations`) */
    att_event *ev = c->events.p;
    size_t ne = 0;
    for (size_t i = 0; i < c->events.n; i++) {
        int dup = 0;
        for (size_t j = 0; j < c->events.n && !dup && !ev[i].when.explicit_ && c->pub_day != INT32_MIN; j++)
            dup = j != i && ev[j].when.explicit_ && strcmp(ev[j].type, ev[i].type) == 0 && same_pair(&ev[j], &ev[i]) &&
                  ev[j].when.d0 >= c->pub_day - 7 && ev[j].when.d1 <= ev[i].when.d0 && !ev[i].modal == !ev[j].modal &&
                  same_act(&ev[i], &ev[j]);
        if (!dup) ev[ne++] = ev[i];
    }
    c->events.n = ne;
    doc->nevents = c->events.n;
    doc->events = att_arena_alloc(&doc->arena, (c->events.n ? c->events.n : 1) * sizeof(att_event));
    if (c->events.n) memcpy(doc->events, c->events.p, c->events.n * sizeof(att_event));
    doc->nagreements = c->agreements.n;
    doc->agreements = att_arena_alloc(&doc->arena, (c->agreements.n ? c->agreements.n : 1) * sizeof(att_agreement));
    if (c->agreements.n) memcpy(doc->agreements, c->agreements.p, c->agreements.n * sizeof(att_agreement));
    doc->nrelations = c->relations.n;
    doc->relations = att_arena_alloc(&doc->arena, (c->relations.n ? c->relations.n : 1) * sizeof(att_relation));
    if (c->relations.n) memcpy(doc->relations, c->relations.p, c->relations.n * sizeof(att_relation));
    att_vec_free(&c->events);
    att_vec_free(&c->agreements);
    att_vec_free(&c->relations);
    ATT_UNUSED(attr_is);
}
