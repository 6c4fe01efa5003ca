/* merge.c: one event, many reports.
 *
 * Reports (mentions) of the same event are merged into one row of
 * `events`.  The rule, deterministic and independent of the order in
 * which documents arrive (docs/STORE.md has the long form):
 *
 * 1. Only reports in the same block can merge: same PLOVER type, same
 *    pair of countries (in either order for CONSULT, AGREE and COOPERATE,
 *    in the order source -> target for the others), same modality (none,
 *    negation, hypothetical, future).  Reports without a date, or whose
 *    date covers more than 31 days, stay events of their own.
 * 2. Within a block, reports are taken most precise first (fewest days,
 *    then with a place, then by id).  Each joins the first event (in the
 *    order events were made) whose common days overlap its days, whose
 *    place is compatible (either has none, or the same name and country)
 *    and whose mode is compatible (either has none, or the same); else it
 *    starts a new event.  An event's common days narrow to the overlap of
 *    its reports' days, so every report of an event shares at least one
 *    day with all the others.
 * 3. The id of an event is the id of its first report: earliest
 *    publication date, then smallest report id.
 *
 * After each batch, every region touched by the batch (the reports of a
 * block whose days overlap, transitively, the days of a report added or
 * removed) is merged again from scratch, so the result depends only on the
 * set of stored documents.  Internal. */
#include "store.h"

#include "../util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void att_touch_add(att_store *st, const char *block, const char *lo, const char *hi)
{
    if (!block || !lo || !hi) return;
    /* coalesced when merging (att_merge_touched) */
    if (st->ntouched == st->cap_touched) {
        st->cap_touched = st->cap_touched ? st->cap_touched * 2 : 64;
        st->touched = att_xrealloc(st->touched, st->cap_touched * sizeof *st->touched);
    }
    att_touch *t = &st->touched[st->ntouched++];
    t->block = att_xstrdup(block);
    snprintf(t->lo, sizeof t->lo, "%s", lo);
    snprintf(t->hi, sizeof t->hi, "%s", hi);
}

static int by_block_lo(const void *a, const void *b)
{
    const att_touch *x = a, *y = b;
    int c = strcmp(x->block, y->block);
    return c ? c : strcmp(x->lo, y->lo);
}

static char *dup0(const char *s) { return s ? att_xstrdup(s) : NULL; }

static void mention_free(att_mention *m)
{
    free(m->doc), free(m->block), free(m->type), free(m->mode), free(m->context), free(m->cameo);
    for (int k = 0; k < 4; k++) free(m->src[k]), free(m->tgt[k]);
    free(m->date), free(m->place_name), free(m->place_country), free(m->published), free(m->source_key);
}

static long span_days(const att_mention *m) { return att_date_days(m->first, m->last); }

static int by_precision(const void *a, const void *b)
{
    const att_mention *x = *(att_mention *const *)a, *y = *(att_mention *const *)b;
    long dx = span_days(x), dy = span_days(y);
    if (dx != dy) return dx < dy ? -1 : 1;
    int px = x->place_name || x->place_country, py = y->place_name || y->place_country;
    if (px != py) return px ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* earlier report first: publication date (none last), then id */
static int first_report(const att_mention *x, const att_mention *y)
{
    if (x->published && y->published) {
        int c = strcmp(x->published, y->published);
        if (c) return c;
    } else if (x->published != y->published) {
        return x->published ? -1 : 1;
    }
    return x->id < y->id ? -1 : x->id > y->id;
}

static int same_text(const char *a, const char *b) { return !a || !b || strcasecmp(a, b) == 0; }

typedef struct {
    char first[11], last[11];
    const char *place_name, *place_country, *mode;
    att_mention **members;
    size_t n, cap;
} cluster;

static int joins(const cluster *c, const att_mention *m)
{
    if (strcmp(m->first, c->last) > 0 || strcmp(m->last, c->first) < 0) return 0;
    if (!same_text(c->place_name, m->place_name) || !same_text(c->place_country, m->place_country)) return 0;
    if (!same_text(c->mode, m->mode)) return 0;
    return 1;
}

static void add_member(cluster *c, att_mention *m)
{
    if (c->n == c->cap) c->members = att_xrealloc(c->members, (c->cap = c->cap ? c->cap * 2 : 4) * sizeof *c->members);
    c->members[c->n++] = m;
    if (c->n == 1) {
        memcpy(c->first, m->first, 11);
        memcpy(c->last, m->last, 11);
    } else {
        if (strcmp(m->first, c->first) > 0) memcpy(c->first, m->first, 11);
        if (strcmp(m->last, c->last) < 0) memcpy(c->last, m->last, 11);
    }
    if (!c->place_name) c->place_name = m->place_name;
    if (!c->place_country) c->place_country = m->place_country;
    if (!c->mode) c->mode = m->mode;
}

static int cmp_str(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    if (!x || !y) return (x != NULL) - (y != NULL);
    return strcmp(x, y);
}

/* distinct documents (which = 0) or sources (which = 1) among the reports */
static int count_distinct(att_mention *const *m, size_t n, int which)
{
    const char **v = att_xcalloc(n ? n : 1, sizeof *v);
    for (size_t i = 0; i < n; i++) v[i] = which ? m[i]->source_key : m[i]->doc;
    qsort(v, n, sizeof *v, cmp_str);
    int k = 0;
    for (size_t i = 0; i < n; i++) k += i == 0 || cmp_str(&v[i - 1], &v[i]) != 0;
    free(v);
    return k;
}

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

int att_merge_write_event(att_store *st, att_mention *const *members, size_t n, int64_t *event_id)
{
    const att_mention *rep = members[0];
    for (size_t i = 1; i < n; i++)
        if (first_report(members[i], rep) < 0) rep = members[i];
    /* common days */
    char first[11], last[11];
    memcpy(first, members[0]->first, 11);
    memcpy(last, members[0]->last, 11);
    for (size_t i = 1; i < n; i++) {
        if (strcmp(members[i]->first, first) > 0) memcpy(first, members[i]->first, 11);
        if (strcmp(members[i]->last, last) < 0) memcpy(last, members[i]->last, 11);
    }
    /* the representative's values, each missing one from the other reports
     * in merge order */
#define PICK(field)                                                                                         \
    ({                                                                                                      \
        const char *v_ = rep->field;                                                                        \
        for (size_t i_ = 0; !v_ && i_ < n; i_++) v_ = members[i_]->field;                                   \
        v_;                                                                                                 \
    })
    const char *src[4], *tgt[4];
    for (int k = 0; k < 4; k++) {
        src[k] = rep->src[k];
        tgt[k] = rep->tgt[k];
        for (size_t i = 0; !src[k] && i < n; i++)
            if (!rep->src[0] || (members[i]->src[0] && strcmp(members[i]->src[0], rep->src[0]) == 0)) src[k] = members[i]->src[k];
        for (size_t i = 0; !tgt[k] && i < n; i++)
            if (!rep->tgt[0] || (members[i]->tgt[0] && strcmp(members[i]->tgt[0], rep->tgt[0]) == 0)) tgt[k] = members[i]->tgt[k];
    }
    const att_mention *pl = rep;
    if (!pl->place_name && !pl->place_country)
        for (size_t i = 0; i < n; i++)
            if (members[i]->place_name || members[i]->place_country) {
                pl = members[i];
                break;
            }
    /* contexts: union, in order of first appearance */
    att_buf ctx;
    att_buf_init(&ctx);
    for (size_t i = 0; i <= n; i++) {
        const char *c = i == 0 ? rep->context : members[i - 1]->context;
        while (c && *c) {
            size_t len = strcspn(c, ",");
            int have = 0;
            for (const char *p = ctx.p; p && *p && !have;) {
                size_t l2 = strcspn(p, ",");
                have = l2 == len && memcmp(p, c, len) == 0;
                p += l2 + (p[l2] == ',');
            }
            if (!have && len) {
                if (ctx.n) att_buf_putc(&ctx, ',');
                att_buf_put(&ctx, c, len);
            }
            c += len + (c[len] == ',');
        }
    }
    char date[24];
    const char *dv;
    if (!first[0]) dv = rep->date;
    else if (strcmp(first, last) == 0) dv = first;
    else if (strcmp(rep->first, first) == 0 && strcmp(rep->last, last) == 0 && rep->date) dv = rep->date;
    else {
        snprintf(date, sizeof date, "%s/%s", first, last);
        dv = date;
    }
    double conf = 0;
    int has_gold = 0;
    double gold = 0;
    for (size_t i = 0; i < n; i++) conf = members[i]->confidence > conf ? members[i]->confidence : conf;
    if (rep->has_goldstein) has_gold = 1, gold = rep->goldstein;
    else
        for (size_t i = 0; i < n && !has_gold; i++)
            if (members[i]->has_goldstein) has_gold = 1, gold = members[i]->goldstein;
    const char *published = NULL;
    for (size_t i = 0; i < n; i++)
        if (members[i]->published && (!published || strcmp(members[i]->published, published) < 0))
            published = members[i]->published;

    att_stmt *s = att_store_stmt(st, Q_INS_EVENT);
    if (!s) {
        att_buf_free(&ctx);
        return -1;
    }
    int c = 1;
    att_stmt_int(s, c++, rep->id);
    att_stmt_text(s, c++, rep->block);
    att_stmt_text(s, c++, rep->type);
    att_stmt_text(s, c++, PICK(mode));
    att_stmt_text(s, c++, ctx.p ? ctx.p : "");
    att_stmt_text(s, c++, PICK(cameo));
    if (has_gold) att_stmt_double(s, c++, gold);
    else att_stmt_null(s, c++);
    if (rep->quad) att_stmt_int(s, c++, rep->quad);
    else att_stmt_null(s, c++);
    for (int k = 0; k < 4; k++) att_stmt_text(s, c++, src[k]);
    for (int k = 0; k < 4; k++) att_stmt_text(s, c++, tgt[k]);
    att_stmt_text(s, c++, dv);
    att_stmt_text(s, c++, first[0] ? first : NULL);
    att_stmt_text(s, c++, last[0] ? last : NULL);
    att_stmt_text(s, c++, pl->place_name);
    att_stmt_text(s, c++, pl->place_country);
    if (pl->has_ll) {
        att_stmt_double(s, c++, pl->lat);
        att_stmt_double(s, c++, pl->lon);
    } else {
        att_stmt_null(s, c++);
        att_stmt_null(s, c++);
    }
    att_stmt_double(s, c++, conf);
    att_stmt_int(s, c++, (int64_t)n);
    att_stmt_int(s, c++, count_distinct(members, n, 1));
    att_stmt_int(s, c++, count_distinct(members, n, 0));
    att_stmt_text(s, c++, rep->doc);
    if (rep->sentence >= 0) att_stmt_int(s, c++, rep->sentence);
    else att_stmt_null(s, c++);
    att_stmt_text(s, c++, published);
    att_buf_free(&ctx);
    *event_id = rep->id;
    return att_stmt_send(s);
#undef PICK
}

static const char *col(att_stmt *s, int i) { return att_stmt_col_text(s, i); }

/* Merges the reports of one region again. */
/* loads the mergeable reports of `block` whose days overlap [lo, hi] */
static int load_region(att_store *st, const char *block, const char *lo, const char *hi, att_mention **out,
                       size_t *n_out)
{
    att_stmt *s = att_store_stmt(st, Q_REGION_ROWS);
    if (!s) return -1;
    att_stmt_text(s, 1, block);
    att_stmt_text(s, 2, hi);
    att_stmt_text(s, 3, lo);
    att_mention *m = NULL;
    size_t n = 0, cap = 0;
    int k;
    while ((k = att_stmt_step(s)) == 1) {
        if (n == cap) m = att_xrealloc(m, (cap = cap ? cap * 2 : 64) * sizeof *m);
        att_mention *x = &m[n++];
        memset(x, 0, sizeof *x);
        x->id = att_stmt_col_int(s, 0);
        x->event = att_stmt_col_int(s, 1);
        x->doc = dup0(col(s, 2));
        x->block = dup0(col(s, 3));
        x->type = dup0(col(s, 4));
        x->mode = dup0(col(s, 5));
        x->context = dup0(col(s, 6));
        x->cameo = dup0(col(s, 7));
        x->has_goldstein = !att_stmt_col_isnull(s, 8);
        x->goldstein = att_stmt_col_double(s, 8);
        x->quad = (int)att_stmt_col_int(s, 9);
        for (int j = 0; j < 4; j++) x->src[j] = dup0(col(s, 10 + j)), x->tgt[j] = dup0(col(s, 14 + j));
        x->date = dup0(col(s, 18));
        snprintf(x->first, 11, "%s", col(s, 19));
        snprintf(x->last, 11, "%s", col(s, 20));
        x->place_name = dup0(col(s, 21));
        x->place_country = dup0(col(s, 22));
        x->has_ll = !att_stmt_col_isnull(s, 23) && !att_stmt_col_isnull(s, 24);
        x->lat = att_stmt_col_double(s, 23);
        x->lon = att_stmt_col_double(s, 24);
        x->confidence = att_stmt_col_double(s, 25);
        x->published = dup0(col(s, 26));
        x->source_key = dup0(col(s, 27));
        x->sentence = att_stmt_col_isnull(s, 28) ? -1 : (int)att_stmt_col_int(s, 28);
    }
    *out = m;
    *n_out = n;
    return k < 0 ? -1 : 0;
}

/* Merges the reports of one region again. */
static int merge_region(att_store *st, const char *block, char lo[11], char hi[11])
{
    /* grow [lo, hi] to the whole run of overlapping reports: load what
     * overlaps it; if that reaches further, load again */
    att_mention *m = NULL;
    size_t n = 0;
    for (;;) {
        if (load_region(st, block, lo, hi, &m, &n) != 0) {
            for (size_t i = 0; i < n; i++) mention_free(&m[i]);
            free(m);
            return -1;
        }
        int grew = 0;
        for (size_t i = 0; i < n; i++) {
            if (strcmp(m[i].first, lo) < 0) memcpy(lo, m[i].first, 11), grew = 1;
            if (strcmp(m[i].last, hi) > 0) memcpy(hi, m[i].last, 11), grew = 1;
        }
        if (!grew) break;
        for (size_t i = 0; i < n; i++) mention_free(&m[i]);
        free(m);
    }
    /* nothing left there: its events went with their reports */
    int rc = 0;
    att_mention **order = att_xcalloc(n ? n : 1, sizeof *order);
    for (size_t i = 0; i < n; i++) order[i] = &m[i];
    qsort(order, n, sizeof *order, by_precision);
    cluster *cl = NULL;
    size_t ncl = 0, capcl = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        size_t j = 0;
        while (j < ncl && !joins(&cl[j], order[i])) j++;
        if (j == ncl) {
            if (ncl == capcl) cl = att_xrealloc(cl, (capcl = capcl ? capcl * 2 : 16) * sizeof *cl);
            memset(&cl[ncl++], 0, sizeof *cl);
        }
        add_member(&cl[j], order[i]);
    }
    /* the old events of these reports go; the new ones are written */
    att_stmt *de = att_store_stmt(st, Q_DEL_EVENT);
    if (!de) rc = -1;
    int64_t *old = att_xcalloc(n ? n : 1, sizeof *old);
    for (size_t i = 0; i < n; i++) old[i] = m[i].event;
    qsort(old, n, sizeof *old, cmp_i64);
    for (size_t i = 0; i < n && rc == 0; i++) {
        if (i && old[i] == old[i - 1]) continue;
        att_stmt_int(de, 1, old[i]);
        rc = att_stmt_send(de);
    }
    free(old);
    att_stmt *up = att_store_stmt(st, Q_SET_EVENT);
    if (!up) rc = -1;
    for (size_t j = 0; j < ncl && rc == 0; j++) {
        int64_t eid;
        rc = att_merge_write_event(st, cl[j].members, cl[j].n, &eid);
        for (size_t i = 0; i < cl[j].n && rc == 0; i++) {
            if (cl[j].members[i]->event == eid) continue;
            att_stmt_int(up, 1, eid);
            att_stmt_int(up, 2, cl[j].members[i]->id);
            rc = att_stmt_send(up);
        }
    }
    for (size_t j = 0; j < ncl; j++) free(cl[j].members);
    free(cl);
    free(order);
    for (size_t i = 0; i < n; i++) mention_free(&m[i]);
    free(m);
    return rc;
}

int att_merge_touched(att_store *st, att_error *err)
{
    int rc = 0;
    if (st->ntouched) qsort(st->touched, st->ntouched, sizeof *st->touched, by_block_lo);
    /* a region grows to all the reports it overlaps: a touch inside the
     * region just merged is done */
    const char *block = NULL;
    char done_hi[11] = "";
    for (size_t i = 0; i < st->ntouched && rc == 0; i++) {
        att_touch *t = &st->touched[i];
        if (block && strcmp(block, t->block) == 0 && strcmp(t->lo, done_hi) <= 0) {
            if (strcmp(t->hi, done_hi) <= 0) continue;
        }
        char lo[11], hi[11];
        memcpy(lo, t->lo, 11);
        memcpy(hi, t->hi, 11);
        rc = merge_region(st, t->block, lo, hi);
        block = t->block;
        memcpy(done_hi, hi, 11);
    }
    if (rc != 0) att_store_error(err, ATT_ERR_IO, st->url, att_db_error(st->db));
    for (size_t i = 0; i < st->ntouched; i++) free(st->touched[i].block);
    st->ntouched = 0;
    return rc;
}
