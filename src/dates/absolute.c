/* absolute.c: the dates stage's first pass, before the publication date is
 * known.  The grammar of parse.c reads every temporal expression once; the
 * explicit calendar dates among them — day, month and year as far as the
 * text writes them (`25 декабря 2025 года`, `25.12.2025`, `ngày 25 tháng
 * 12 năm 2025`, `tháng 5/2025`, `May 7, 2025`, `2025-12-25`) — become the
 * atoms the publication-date recogniser reads (doc->dates); the expressions
 * wait, parsed, for att_dates_resolve (relative.c), which resolves them
 * against that date. */
#include "dates_int.h"

_Static_assert(sizeof(dstate) % 8 == 0, "the atoms after the state stay aligned");

/* arena-grown arrays: a handful per document */
static void *grow(att_arena *a, void *p, size_t n, size_t *cap, size_t size)
{
    if (n < *cap) return p;
    size_t nc = *cap ? *cap * 2 : 16;
    void *q = att_arena_alloc(a, nc * size);
    if (n) memcpy(q, p, n * size);
    *cap = nc;
    return q;
}

/* the atom of one written point, if it writes a calendar date */
static int atom_of(const dpt *p, const dpt *other, att_date_atom *a)
{
    memset(a, 0, sizeof *a);
    a->tok = p->a;
    a->end = p->b;
    switch (p->kind) {
    case 'D':
        if (!p->m || !p->d) return 0;
        a->y = p->y ? p->y : (other && other->y ? other->y : 0);
        a->m = p->m;
        a->d = p->d2 ? p->d2 : p->d;
        return 1;
    case 'M':
        if (!p->y && !(other && other->y)) return 0;
        a->y = p->y ? p->y : other->y;
        a->m = p->m;
        return 1;
    case 'Y':
        a->y = p->y2 ? p->y2 : p->y;
        return 1;
    case 'Q':
        if (!p->y) return 0;
        a->y = p->y;
        return 1;
    }
    return 0;
}

void att_dates_find(att_workspace *ws, att_doc *doc)
{
    dctx c;
    att_dates_tag(ws, doc, &c);
    dexpr *xs = NULL;
    att_date_atom *atoms = NULL;
    size_t nx = 0, capx = 0, na = 0, capa = 0;
    for (uint32_t i = 0; i < c.n;) {
        const att_token *t = &doc->tok[i];
        if (t->type != ATT_TOK_NUM && !c.tix[i]) {
            i++;
            continue;
        }
        dexpr x;
        if (!att_dates_parse(&c, i, &x)) {
            i = att_dates_skip(&c, i);
            continue;
        }
        x.future = att_dates_future(&c, x.a, x.b);
        xs = grow(&doc->arena, xs, nx, &capx, sizeof *xs);
        xs[nx++] = x;
        if (!x.since) {
            att_date_atom a;
            const dpt *q = x.q.kind ? &x.q : NULL;
            if (atom_of(&x.p, q, &a)) {
                atoms = grow(&doc->arena, atoms, na, &capa, sizeof *atoms);
                atoms[na++] = a;
            }
            if (q && atom_of(q, NULL, &a)) {
                atoms = grow(&doc->arena, atoms, na, &capa, sizeof *atoms);
                atoms[na++] = a;
            }
        }
        i = x.b;
    }
    /* the state, then the atoms, in one block (see dates_state) */
    char *block = att_arena_alloc(&doc->arena, sizeof(dstate) + (na ? na : 1) * sizeof(att_date_atom));
    dstate *st = (dstate *)(void *)block;
    st->magic = ATT_DATES_MAGIC;
    st->nx = (uint32_t)nx;
    st->x = xs;
    doc->dates = (att_date_atom *)(void *)(block + sizeof(dstate));
    doc->ndates = na;
    if (na) memcpy(doc->dates, atoms, na * sizeof *atoms);
}
