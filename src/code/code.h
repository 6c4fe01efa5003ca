/* code.h: the event coder's plain data: events, agreements, relations.
 * Filled by att_code_events() (events.c, agreements.c); read by the JSON
 * writer (emit.c) and, through the output, by the store.  Internal. */
#ifndef ATT_CODE_H
#define ATT_CODE_H

#include <stdint.h>

/* Someone who acts: a country, a person of a country, an organisation of a
 * country, or "both sides" (the document's dyad). */
enum { ATT_ACT_COUNTRY = 1, ATT_ACT_PERSON, ATT_ACT_ORG, ATT_ACT_SIDE, ATT_ACT_BOTH };

typedef struct {
    uint32_t tok, end;       /* tokens of the mention, with a person's title */
    uint32_t name;           /* where the name itself starts (>= tok) */
    const char *country;     /* ISO alpha-3 (lexicon- or arena-owned); NULL for BOTH */
    int32_t person;          /* index into doc->persons, or -1 */
    const char *org;         /* organisation name as written (arena), or NULL */
    uint8_t kind;
} att_actor;

typedef struct {
    const char *country;
    int32_t person;          /* -1 if none */
    const char *org;
} att_party;

typedef struct {
    char first[11], last[11];   /* ISO dates, or "" */
    char value[24];             /* as output: YYYY-MM-DD, YYYY-MM, YYYY or A/B */
    int32_t d0, d1;             /* days covered (since 1970-01-01) */
    uint8_t explicit_;          /* written in the sentence */
} att_when;

typedef struct {
    const char *name, *country;
    double lat, lon;
    int has_coords;
} att_place;

typedef struct att_event {
    const char *type, *mode, *cameo;
    double goldstein;
    int has_goldstein;
    char context[128];          /* comma-separated PLOVER contexts */
    att_party src, tgt;
    int has_tgt;
    att_when when;
    att_place place;
    int has_place;
    uint32_t sent;              /* evidence: sentence index */
    uint32_t trig_tok, trig_end;
    double confidence;
    int verbal;                 /* a statement, not an act */
    uint8_t own_src;            /* the source came from the trigger's own pattern */
    uint8_t own_tgt;            /* and the target */
    uint8_t modal;              /* negated, hypothetical or future */
    uint8_t condition;          /* the trigger is the condition of another act (`if`, `в случае`) */
} att_event;

typedef struct att_agreement {
    const char *kind, *sector;
    att_party parties[4];
    int nparties;
    const char *title;          /* arena, or NULL */
    att_when when;
    att_place place;
    int has_place;
    uint32_t sent;
} att_agreement;

typedef struct att_relation {
    const char *a, *b;          /* ISO alpha-3, a < b */
    const char *level;
    att_when since;
    int has_since;
    uint32_t sent;
} att_relation;

#endif
