/* Unit tests of the text stage and the shared utilities (cmocka). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "text/text.h"
#include "util/util.h"

#include <attache.h>
#include <stdio.h>
#include <stdlib.h>

static void key_eq(const char *a, const char *b)
{
    char ka[512], kb[512];
    att_normalize_word(a, strlen(a), ka, sizeof ka);
    att_normalize_word(b, strlen(b), kb, sizeof kb);
    assert_string_equal(ka, kb);
}

static void key_ne(const char *a, const char *b)
{
    char ka[512], kb[512];
    att_normalize_word(a, strlen(a), ka, sizeof ka);
    att_normalize_word(b, strlen(b), kb, sizeof kb);
    assert_string_not_equal(ka, kb);
}

static void test_keys(void **state)
{
    (void)state;
    key_eq("hoà", "hòa");            /* one tone placement */
    key_eq("thuỷ", "thủy");
    key_eq("Việt", "việt");          /* case */
    key_eq("Hoa\xcc\x80", "hoà");    /* NFD input */
    key_eq("Ёлка", "елка");          /* ё = е */
    key_eq("Сuộc", "cuộc");          /* Cyrillic С in a Vietnamese word */
    key_eq("Москвa", "москва");      /* Latin a in a Russian word */
    key_ne("Hà", "Hạ");
    key_ne("й", "и");                /* й is not и */
    char k[64];
    att_normalize_word("USA", 3, k, sizeof k);
    assert_string_equal(k, "usa");
}

static void test_utf8_repair(void **state)
{
    (void)state;
    const char in[] = "ab\xff\xfe" "cd\xe2\x82" "e\x00" "f";
    size_t n = sizeof in - 1, first;
    char out[32];
    size_t bad = att_utf8_repair(in, n, out, &first);
    assert_int_equal(first, 2);
    assert_int_equal(bad, 5);        /* ff fe, e2 82, NUL */
    assert_memory_equal(out, "ab  cd  e f", n);
    assert_int_equal(att_utf8_first_invalid("Việt Nam", strlen("Việt Nam")), strlen("Việt Nam"));
    assert_int_equal(att_utf8_first_invalid("\xed\xa0\x80", 3), 0);   /* surrogate */
    assert_int_equal(att_utf8_first_invalid("\xc0\xaf", 2), 0);       /* overlong */
}

static void test_tokens(void **state)
{
    (void)state;
    att_arena a;
    att_arena_init(&a);
    const char *t = "Нью-Йорк, 25.12.2025\n\nU.S.";
    size_t n;
    att_token *tok = att_tokenize(&a, t, strlen(t), &n, NULL);
    assert_int_equal(n, 13);
    assert_int_equal(tok[0].type, ATT_TOK_WORD);
    assert_true(tok[0].flags & ATT_TF_UPPER);
    assert_true(tok[0].flags & ATT_TF_CYR);
    assert_string_equal(tok[0].key, "нью");
    assert_int_equal(tok[1].type, ATT_TOK_PUNCT);
    assert_int_equal(tok[4].type, ATT_TOK_NUM);
    assert_int_equal(tok[4].start, strlen("Нью-Йорк, "));
    assert_true(tok[9].flags & ATT_TF_PARA);      /* U after a blank line */
    assert_true(tok[9].flags & ATT_TF_LAT);
    att_arena_free(&a);
}

static void test_buf_arena(void **state)
{
    (void)state;
    att_buf b;
    att_buf_init(&b);
    for (int i = 0; i < 1000; i++) att_buf_printf(&b, "%d,", i);
    assert_int_equal(b.n, strlen(b.p));
    assert_memory_equal(b.p + b.n - 4, "999,", 4);
    att_buf_free(&b);
    att_arena a;
    att_arena_init(&a);
    char *big = att_arena_alloc(&a, 100000);
    assert_int_equal(big[99999], 0);
    char *s = att_arena_strndup(&a, "abcdef", 3);
    assert_string_equal(s, "abc");
    att_arena_free(&a);
    unsigned v;
    assert_true(att_parse_uint("2025", 4, &v) && v == 2025);
    assert_false(att_parse_uint("20x5", 4, &v));
}

void att_json_str(att_buf *b, const char *s, size_t n);
void att_json_text(att_buf *b, const char *s, size_t n);

/* the fast writer for valid UTF-8 writes what the checking one writes, with
 * every byte that needs escaping at every place in an eight-byte word */
static void test_json_text(void **state)
{
    (void)state;
    static const char *const bodies[] = {"", "plain ascii words here", "Москва и Ханой", "Hà Nội, Việt Nam",
                                         "a\"quoted\" \\ back", "mixed Đà Nẵng — «Москва»"};
    att_buf x, y;
    att_buf_init(&x);
    att_buf_init(&y);
    char s[128];
    for (size_t k = 0; k < sizeof bodies / sizeof *bodies; k++)
        for (int c = 0; c < 0x80; c++) {
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') continue;
            for (size_t at = 0; at < 17; at++) {
                size_t bl = strlen(bodies[k]), n = 0;
                if (at < bl && ((unsigned char)bodies[k][at] & 0xC0) == 0x80) continue;   /* inside a character */
                n += (size_t)snprintf(s, sizeof s, "%.*s", (int)(at < bl ? at : bl), bodies[k]);
                s[n++] = (char)c;
                n += (size_t)snprintf(s + n, sizeof s - n, "%s", bodies[k] + (at < bl ? at : bl));
                x.n = y.n = 0;
                att_json_str(&x, s, n);
                att_json_text(&y, s, n);
                assert_int_equal(x.n, y.n);
                assert_memory_equal(x.p, y.p, x.n);
            }
        }
    att_buf_free(&x);
    att_buf_free(&y);
    char out[8];
    assert_int_equal(att_copy(out, sizeof out, "abcdefghij", 10), 7);
    assert_string_equal(out, "abcdefg");
    assert_int_equal(att_copy(out, sizeof out, "abc", 2), 2);
    assert_string_equal(out, "ab");
    att_arena a;
    att_arena_init(&a);
    const int v[3] = {1, 2, 3};
    int *d = att_arena_memdup(&a, v, sizeof v);
    assert_memory_equal(d, v, sizeof v);
    att_arena_free(&a);
}

typedef struct {
    int key, order;
} sort_item;

static int by_key(const void *a, const void *b)
{
    const sort_item *x = a, *y = b;
    return (x->key > y->key) - (x->key < y->key);
}

/* att_sort orders as qsort does and keeps equal keys in their order, short
 * arrays (insertion) and long ones (qsort) alike */
static void test_sort(void **state)
{
    (void)state;
    unsigned seed = 7;
    for (int round = 0; round < 200; round++) {
        size_t n = (size_t)(round % 40);
        sort_item v[40];
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            v[i] = (sort_item){(int)((seed >> 16) % 6), (int)i};
        }
        att_sort(v, n, sizeof *v, by_key);
        for (size_t i = 1; i < n; i++) {
            assert_true(v[i - 1].key <= v[i].key);
            if (v[i - 1].key == v[i].key) assert_true(v[i - 1].order < v[i].order);
        }
    }
}

/* the first invalid byte, one sequence at a time: what the fast scans
 * must agree with */
static size_t slow_first_invalid(const unsigned char *u, size_t n)
{
    for (size_t i = 0; i < n;) {
        int l = att_utf8_seqlen(u + i, n - i);
        if (!l) return i;
        i += (size_t)l;
    }
    return n;
}

static void test_utf8_fast(void **state)
{
    (void)state;
    /* texts of two-byte letters with a flaw here and there: bytes drawn
     * from leads, continuations, C0/C1, ASCII and three-byte leads */
    static const unsigned char pool[] = {0xD0, 0xD1, 0xB0, 0x80, 0xBF, 0x8F, 0xC0, 0xC1, 0xC2, 0xDF, 'a', ' ', 0xE1, 0x01};
    unsigned seed = 11;
    for (int round = 0; round < 20000; round++) {
        unsigned char t[40];
        size_t n = (size_t)(round % 40);
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = (seed >> 16) % 100;
            /* mostly well-formed Cyrillic pairs, so runs reach the fast path */
            if (r < 80 && i + 1 < n) t[i] = 0xD0, t[i + 1] = (unsigned char)(0xB0 + r % 16), i++;
            else t[i] = pool[r % sizeof pool];
        }
        size_t want = slow_first_invalid(t, n);
        assert_int_equal(att_utf8_first_invalid((const char *)t, n), want);
        char out[40];
        size_t first;
        att_utf8_repair((const char *)t, n, out, &first);
        /* repair blanks control bytes too: its first is never after the first invalid */
        if (want < n) assert_true(first <= want);
    }
}

static void test_homoglyph_api(void **state)
{
    (void)state;
    char out[64];
    att_repair_homoglyphs("Сuộc họp", strlen("Сuộc họp"), out, sizeof out);
    assert_string_equal(out, "Cuộc họp");
    att_repair_homoglyphs("COVID-19", 8, out, sizeof out);
    assert_string_equal(out, "COVID-19");
    /* truncation keeps the output NUL-terminated */
    att_repair_homoglyphs("Москва", strlen("Москва"), out, 4);
    assert_true(strlen(out) < 4);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys), cmocka_unit_test(test_utf8_repair), cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_buf_arena), cmocka_unit_test(test_homoglyph_api), cmocka_unit_test(test_json_text), cmocka_unit_test(test_sort), cmocka_unit_test(test_utf8_fast),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
