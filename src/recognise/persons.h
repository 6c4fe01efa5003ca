/* persons.h: the persons stage's plain data.  Internal.
 * Filled by att_recognise_persons() (persons.c); read by the event coder
 * and the JSON writer.  Fields may be added; the ones here keep their
 * meaning. */
#ifndef ATT_PERSONS_H
#define ATT_PERSONS_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    const char *role;        /* English role ("Minister of National Defence") */
    const char *sector;      /* PLOVER sector code (GOV, MIL, ...) or NULL */
    const char *country;     /* ISO alpha-3 or NULL */
    int32_t role_start, role_end;   /* bytes of the title in the working text, -1 if none */
    int32_t org_start, org_end;     /* bytes of the organisation/country, -1 if none */
} att_person_role;

typedef struct {
    const char *name;        /* canonical Latin name */
    const char *native;      /* as written, dictionary form */
    const char **aliases;
    size_t naliases;
    const char *country;     /* ISO alpha-3 or NULL */
    const char *id;          /* people-file id, or NULL for a person not in it */
    att_person_role *roles;  /* roles[0] is the role as of the document date */
    size_t nroles;
    uint32_t *mentions;      /* token ranges: [tok, end) pairs */
    size_t nmentions;
} att_person;

/* The stage's per-workspace tables (persons.c): made on first use, freed
 * with the workspace. */
typedef struct att_persons_cache att_persons_cache;
void att_persons_cache_free(att_persons_cache *pc);

#endif
