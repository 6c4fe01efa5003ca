/* dates_int.h: the dates stage's private parts, shared by parse.c (the
 * temporal vocabulary on the tokens, and the grammar that turns it into
 * expressions) and relative.c (resolution against the publication date,
 * output).  Internal to src/dates/. */
#ifndef ATT_DATES_INT_H
#define ATT_DATES_INT_H

#include "../core/doc.h"

/* The kinds of data/<lang>/dates.tsv the grammar reads (future is read
 * apart: it marks a sentence, not a token). */
enum {
    DK_MONTH, DK_WEEKDAY, DK_RELDAY, DK_UNIT, DK_REL, DK_DAYPART, DK_YEARWORD, DK_APPROX, DK_AGO,
    DK_FROM, DK_TO, DK_NUM, DK_ORDINAL, DK_ERA, DK_PREP, DK_LINK, DK_YEARPREP, DK_HABITUAL,
    DK_DAYWORD, DK_DAYSUFFIX, DK_DECADESUFFIX, DK_NOW, DK_VAGUE, DK_CONJ, DK_N
};

/* The vocabulary starting at one token: for each kind there, the end of
 * its longest phrase and the lexicon entry.  Only the kinds whose phrase is
 * the longest at the token are kept (`cuối tuần` is the weekend, not `cuối`
 * + `tuần`).  Values are read from the entry when the grammar asks. */
#define DT_SLOTS 6
typedef struct {
    uint32_t mask;               /* 1 << kind for the kinds present */
    uint8_t n;
    uint8_t kind[DT_SLOTS];
    uint32_t end[DT_SLOTS];
    uint32_t entry[DT_SLOTS];    /* index into att_lex_entries() */
    int8_t val[DT_SLOTS];        /* decoded on first use: */
    uint8_t meta[DT_SLOTS];      /* DT_DECODED | needs code | DT_AFTER */
} dtag;
enum { DT_DECODED = 0x80, DT_AFTER = 0x10, DT_NEEDS = 0x0f };

/* One date as the text writes it, before resolution. */
typedef struct {
    uint32_t a, b;         /* tokens [a, b) */
    char kind;             /* D day, M month, Y year, X decade, W weekday, R relday, U rel+unit,
                              A ago, Q quarter or half, E bare weekend */
    int y, m, d;           /* written fields, 0 when not written */
    int y2, d2;            /* D and Y: the end of a dash range (25-26 октября, 2025-2027) */
    int m2;                /* Q: last month */
    int yrel, has_yrel;    /* M, Q: year relative to P (в ноябре прошлого года) */
    int wd;                /* W */
    int rel, has_rel;      /* W: week offset; M: last/this/next November */
    int n;                 /* R: day offset; U: unit offset; A: count */
    char unit;             /* U, A: d w e m q h y D */
    char approx;           /* U: 'e' earlier this..., 'l' later this...; any: 's' start, 'm' mid, 'z' end */
    uint8_t needs;         /* W: the weekday's guard, checked by the caller */
} dpt;

/* One expression: a point, or an interval p..q, or since (p's start to P). */
typedef struct {
    uint32_t a, b;
    dpt p, q;              /* q.kind == 0 unless an interval */
    int since;
    int future;            /* the future rule applies (att_dates_future) */
} dexpr;

/* What att_dates_find (absolute.c) hands to att_dates_resolve (relative.c):
 * the expressions, parsed once.  att_doc has no field for it, so it sits in
 * the arena block of doc->dates, right before the atoms (dates_state()). */
#define ATT_DATES_MAGIC 0x44415445u
typedef struct {
    uint32_t magic;
    uint32_t nx;
    dexpr *x;
} dstate;

/* The stage's state, or NULL when doc->dates was not made by att_dates_find. */
static inline const dstate *dates_state(const att_doc *doc)
{
    if (!doc->dates) return NULL;
    const dstate *st = (const dstate *)(const void *)((const char *)doc->dates - sizeof(dstate));
    return st->magic == ATT_DATES_MAGIC ? st : NULL;
}

typedef struct {
    const att_doc *doc;
    const att_lexicon *lex;
    const att_lex_entry *entries;
    dtag *tags;             /* the grammar memoises decoded values in them */
    const uint32_t *tix;   /* per token: index + 1 into tags, 0 none */
    uint32_t n;            /* tokens */
    uint32_t lim;          /* during a parse: the end of the sentence it started in */
    uint8_t *sfuture;      /* per sentence: a future phrase in it */
    uint8_t *tmark;        /* per token: 1 a future phrase starts here, 2 a verb of saying */
} dctx;

/* parse.c */
void att_dates_tag(att_workspace *ws, att_doc *doc, dctx *c);
/* An expression starting at token i: 1 and *x filled, or 0. */
int att_dates_parse(const dctx *c, uint32_t i, dexpr *x);
/* Where the scan goes on after a failed parse at i (skips what a
 * habitual or vague word governs). */
uint32_t att_dates_skip(const dctx *c, uint32_t i);
/* Does the future rule apply to an expression at tokens [a, b)?  The
 * sentence has a future phrase with no verb of saying between it and the
 * expression. */
int att_dates_future(const dctx *c, uint32_t a, uint32_t b);

#endif
