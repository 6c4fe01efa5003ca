/* util.h: the byte buffer, the slice, the arena and the out-of-memory policy
 * that every stage shares.  Internal to libattache. */
#ifndef ATT_UTIL_H
#define ATT_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define ATT_UNUSED(x) ((void)(x))
#define ATT_MIN(a, b) ((a) < (b) ? (a) : (b))
#define ATT_MAX(a, b) ((a) > (b) ? (a) : (b))

/* oom.c: the one place that decides what happens when memory runs out.
 * attache aborts with a message: a half-extracted document is worse than
 * none, and a batch runner restarts the process (ingest resumes). */
void *att_xmalloc(size_t n);
void *att_xcalloc(size_t n, size_t size);
void *att_xrealloc(void *p, size_t n);
char *att_xstrdup(const char *s);
char *att_xstrndup(const char *s, size_t n);

/* A non-owning view of bytes. */
typedef struct {
    const char *p;
    size_t n;
} att_slice;

/* A growable, always NUL-terminated byte buffer. */
typedef struct {
    char *p;
    size_t n, cap;
} att_buf;

void att_buf_init(att_buf *b);
void att_buf_free(att_buf *b);
void att_buf_reset(att_buf *b);
void att_buf_reserve(att_buf *b, size_t extra);
/* Appending: inline, as the JSON writer appends a few bytes at a time. */
/* Does the word of eight bytes w hold a byte below 0x20, a quote or a
 * backslash (or DEL, when del)?  The bytes JSON strings escape, found a
 * word at a time: a byte equal to x is a zero byte of w ^ (x * ones). */
static inline int att_json_special8(uint64_t w, int del)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    uint64_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\'), dl = w ^ (ones * 0x7f);
    uint64_t hit = ((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((bs - ones) & ~bs);
    if (del) hit |= (dl - ones) & ~dl;
    return (hit & highs) != 0;
}

/* qsort's contract and stability (glibc's qsort is a merge sort): short
 * arrays, the common case per sentence or document, by insertion */
void att_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));

/* The end of the run from u[i] of bytes a JSON string keeps as they are
 * (not below 0x20, no quote or backslash; nor DEL, when del). */
static inline size_t att_json_plain_end(const unsigned char *u, size_t i, size_t n, int del)
{
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        if (att_json_special8(w, del)) break;
        i += 8;
    }
    while (i < n && u[i] >= 0x20 && u[i] != '"' && u[i] != '\\' && !(del && u[i] == 0x7f)) i++;
    return i;
}

/* Copies at most n bytes of s, and never more than cap - 1, into out with
 * a NUL: snprintf(out, cap, "%.*s", n, s) without the format machinery. */
static inline size_t att_copy(char *out, size_t cap, const char *s, size_t n)
{
    if (!cap) return 0;
    if (n > cap - 1) n = cap - 1;
    memcpy(out, s, n);
    out[n] = 0;
    return n;
}

static inline void att_buf_put(att_buf *b, const void *p, size_t n)
{
    if (b->n + n + 1 > b->cap) att_buf_reserve(b, n);
    if (n) memcpy(b->p + b->n, p, n);
    b->n += n;
    b->p[b->n] = 0;
}
static inline void att_buf_puts(att_buf *b, const char *s)
{
    att_buf_put(b, s, strlen(s));
}
static inline void att_buf_putc(att_buf *b, char c)
{
    if (b->n + 2 > b->cap) att_buf_reserve(b, 1);
    b->p[b->n++] = c;
    b->p[b->n] = 0;
}
void att_buf_printf(att_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hands the bytes to the caller (who frees them) and resets b. */
char *att_buf_detach(att_buf *b, size_t *len);

/* A per-document arena: everything a document owns is freed in one call. */
typedef struct att_arena_block att_arena_block;
struct att_arena_block {
    att_arena_block *next;
    size_t used, cap;
    max_align_t data[];
};
typedef struct {
    att_arena_block *head;
} att_arena;

void att_arena_init(att_arena *a);
void att_arena_free(att_arena *a);
void att_arena_trim(void);   /* frees the blocks this thread keeps for its next arenas */
void *att_arena_alloc(att_arena *a, size_t n);          /* zeroed, 8-aligned */
char *att_arena_strndup(att_arena *a, const char *s, size_t n);
/* att_arena_strndup for the short strings of every token: the copy is
 * made in place when the current block has room */
static inline char *att_arena_strndup_short(att_arena *a, const char *s, size_t n)
{
    att_arena_block *b = a->head;
    size_t need = (n + 16) & ~(size_t)15;
    if (!b || n > 64 || b->used + need > b->cap) return att_arena_strndup(a, s, n);
    char *p = (char *)b->data + b->used;
    b->used += need;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}
void *att_arena_memdup(att_arena *a, const void *s, size_t n);
void *att_arena_alloc_raw(att_arena *a, size_t n);     /* not zeroed: for arrays filled before they are read */   /* a copy of n bytes, 8-aligned */

/* A growable array of fixed-size items, allocated from the heap. */
typedef struct {
    void *p;
    size_t n, cap, size;
} att_vec;

void att_vec_init(att_vec *v, size_t item_size);
void att_vec_free(att_vec *v);
void *att_vec_push(att_vec *v);                          /* zeroed item */
#define ATT_VEC_AT(v, T, i) (((T *)(v)->p)[i])

/* Bytes <-> numbers without locale. */
int att_parse_uint(const char *s, size_t n, unsigned *out);

#endif
