/* dates.h: the dates stage's plain data.  Every temporal expression found
 * in the text, resolved against the publication date.  Internal.
 * Filled by att_dates_resolve() (relative.c); read by the event coder and
 * the JSON writer.  Fields may be added; the ones here keep their meaning. */
#ifndef ATT_DATES_H
#define ATT_DATES_H

#include <stdint.h>

typedef struct att_date_expr {
    uint32_t tok, end;       /* token range [tok, end) */
    uint32_t start, stop;    /* byte span in the working text */
    char value[24];          /* YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www or A/B */
    int32_t first, last;     /* the days covered, as days since 1970-01-01 */
    uint8_t precision;       /* 'd' day, 'w' week, 'm' month, 'y' year, 'i' interval */
    uint8_t relative;        /* resolved against the publication date */
    uint8_t future;          /* resolved forward (the sentence speaks of the future) */
} att_date_expr;

/* Days since 1970-01-01 of a civil date, and back. */
int32_t att_days_from_civil(int y, int m, int d);
void att_civil_from_days(int32_t z, int *y, int *m, int *d);

#endif
