/* buf.c: the growable byte buffer, the arena and the vector. */
#include "util.h"

#include <stdio.h>
#include <stdlib.h>

void att_buf_init(att_buf *b)
{
    b->p = NULL;
    b->n = b->cap = 0;
}

void att_buf_free(att_buf *b)
{
    free(b->p);
    att_buf_init(b);
}

void att_buf_reset(att_buf *b)
{
    b->n = 0;
    if (b->p) b->p[0] = 0;
}

void att_buf_reserve(att_buf *b, size_t extra)
{
    if (b->n + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->n + extra + 1) cap *= 2;
    b->p = att_xrealloc(b->p, cap);
    b->cap = cap;
}

void att_buf_printf(att_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) {
        att_buf_put(b, tmp, (size_t)n);
        return;
    }
    att_buf_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)n;
}

char *att_buf_detach(att_buf *b, size_t *len)
{
    if (!b->p) att_buf_reserve(b, 0), b->p[0] = 0;
    char *p = b->p;
    if (len) *len = b->n;
    att_buf_init(b);
    return p;
}

/* ---- arena ---- */

void att_arena_init(att_arena *a)
{
    a->head = NULL;
}

/* Blocks of the standard size a thread's arenas let go of, kept for its
 * next document (up to ARENA_SPARE of them, 1 MiB): a document's blocks
 * are not given back to the allocator, and to the kernel, only to be asked
 * for again a moment later. */
#define ARENA_BLOCK 32768
#define ARENA_SPARE 32
static _Thread_local struct {
    att_arena_block *head;
    int n;
} spare;

void att_arena_free(att_arena *a)
{
    att_arena_block *b = a->head;
    while (b) {
        att_arena_block *n = b->next;
        if (b->cap == ARENA_BLOCK && spare.n < ARENA_SPARE) {
            b->next = spare.head;
            spare.head = b;
            spare.n++;
        } else {
            free(b);
        }
        b = n;
    }
    a->head = NULL;
}

void att_arena_trim(void)
{
    while (spare.head) {
        att_arena_block *n = spare.head->next;
        free(spare.head);
        spare.head = n;
    }
    spare.n = 0;
}

static void *arena_raw(att_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    att_arena_block *b = a->head;
    if (!b || b->used + n > b->cap) {
        size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        if (cap == ARENA_BLOCK && spare.head) {
            b = spare.head;
            spare.head = b->next;
            spare.n--;
        } else {
            b = att_xmalloc(sizeof *b + cap);
        }
        b->used = 0;
        b->cap = cap;
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

void *att_arena_alloc(att_arena *a, size_t n)
{
    void *p = arena_raw(a, n);
    memset(p, 0, n);
    return p;
}

void *att_arena_alloc_raw(att_arena *a, size_t n)
{
    return arena_raw(a, n ? n : 1);
}

void *att_arena_memdup(att_arena *a, const void *s, size_t n)
{
    void *p = arena_raw(a, n ? n : 1);
    if (n) memcpy(p, s, n);
    return p;
}

char *att_arena_strndup(att_arena *a, const char *s, size_t n)
{
    char *p = arena_raw(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

/* ---- vector ---- */

void att_vec_init(att_vec *v, size_t item_size)
{
    v->p = NULL;
    v->n = v->cap = 0;
    v->size = item_size;
}

void att_vec_free(att_vec *v)
{
    free(v->p);
    v->p = NULL;
    v->n = v->cap = 0;
}

void *att_vec_push(att_vec *v)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 16;
        v->p = att_xrealloc(v->p, v->cap * v->size);
    }
    void *item = (char *)v->p + v->n * v->size;
    memset(item, 0, v->size);
    v->n++;
    return item;
}

int att_parse_uint(const char *s, size_t n, unsigned *out)
{
    unsigned v = 0;
    if (n == 0 || n > 9) return 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        v = v * 10 + (unsigned)(s[i] - '0');
    }
    *out = v;
    return 1;
}

/* ---- sorting ---- */

void att_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    char tmp[256];
    if (n > 24 || size > sizeof tmp) {
        qsort(base, n, size, cmp);
        return;
    }
    char *a = base;
    for (size_t i = 1; i < n; i++) {
        size_t j = i;
        if (cmp(a + (j - 1) * size, a + i * size) <= 0) continue;   /* in place already */
        memcpy(tmp, a + i * size, size);
        while (j > 0 && cmp(a + (j - 1) * size, tmp) > 0) j--;
        memmove(a + (j + 1) * size, a + j * size, (i - j) * size);
        memcpy(a + j * size, tmp, size);
    }
}
