/* events.h: the event coder's working state for one document.  Internal to
 * src/code/. */
#ifndef ATT_EVENTS_H
#define ATT_EVENTS_H

#include "../core/doc.h"
#include "code.h"

typedef struct {
    att_workspace *ws;
    att_doc *doc;
    /* kinds read by the coder */
    int k_trigger, k_negation, k_hypothetical, k_future, k_report, k_proposal, k_both, k_side, k_coord, k_org;
    int k_ignore, k_preposition, k_report_back, k_backshift, k_since, k_response, k_condition, k_ally, k_locative, k_relation, k_upgrade, k_relation_generic, k_agreement, k_signing, k_sector;
    /* per token */
    uint8_t *locative, *coord, *negation, *hypothetical, *future, *signing;
    uint8_t *igo;                /* tokens of organisations of no one state (UN, EU, NATO) */
    uint8_t *proposal, *prep, *report_back, *backshift, *report, *since;
    uint8_t *condition;    /* condition markers (`if`, `в случае`) */
    uint8_t *ally;         /* `with the support of`: the actor after helps, no side */
    uint8_t *response;     /* tokens after `in response to` to the clause's end: an earlier act */   /* prep: prepositions and locatives */
    uint8_t *cover;              /* length of the longest phrase over each token */
    uint8_t *trig;               /* tokens of the triggers kept */
    uint8_t *ign;                /* length of the longest `ignore` phrase over each token */
    int cur_venue;              /* the trigger being coded happens at a place (plover_venues.tsv) */
    /* actors, in token order */
    att_actor *actors;
    size_t nactors;
    const char *dyad[2];
    /* tables */
    att_table_view cameo, countries;
    int have_cameo, have_countries;
    int32_t pub_day;             /* publication date (last day covered), or INT32_MIN */
    att_when pub;
    att_when current;            /* the date the story is at (last explicit, non-background) */
    int have_current;
    /* results */
    att_vec events, agreements, relations;
    att_vec pending;             /* the current sentence's candidate events */
} att_coder;

void att_code_actors(att_coder *c);
int att_code_background(const att_coder *c, const att_when *w);
void att_code_dyad(att_coder *c);
int att_code_place(att_coder *c, uint32_t s, att_place *out);
void att_code_agreements(att_coder *c, uint32_t s);
/* adds an event, merging it into one of the same type, pair and date */
void att_code_emit(att_coder *c, const att_event *ev);
void att_code_relations(att_coder *c, uint32_t s);
/* when something in sentence s near tokens [a, b) happened */
void att_code_when(att_coder *c, uint32_t s, uint32_t a, uint32_t b, att_when *w);
/* the actors of sentence s in [from, to): indices into c->actors */
size_t att_code_actors_in(att_coder *c, uint32_t from, uint32_t to, size_t *idx, size_t max);

#endif
