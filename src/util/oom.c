/* oom.c: what attache does when memory runs out.
 *
 * It prints one line and aborts.  Recovering inside a half-built document
 * would leave records that look complete and are not; a batch run is
 * restarted by its supervisor and `attache ingest` resumes from what was
 * committed.  Every allocation in the library goes through these four
 * functions, so this is the only file that decides. */
#include "util.h"

#include <stdio.h>
#include <stdlib.h>

static void die(size_t n)
{
    fprintf(stderr, "attache: out of memory (allocating %zu bytes)\n", n);
    abort();
}

void *att_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) die(n);
    return p;
}

void *att_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) die(n * size);
    return p;
}

void *att_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) die(n);
    return q;
}

char *att_xstrndup(const char *s, size_t n)
{
    char *p = att_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *att_xstrdup(const char *s)
{
    return att_xstrndup(s, strlen(s));
}
