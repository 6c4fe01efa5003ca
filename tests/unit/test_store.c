/* Unit tests of the store's pieces (cmocka): date spans, folding for
 * search, PLOVER quads, the schema's migrations, and merging reports
 * through the library API on a SQLite file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "store/store.h"

#include <attache.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void span_is(const char *v, const char *first, const char *last)
{
    char f[11], l[11];
    assert_int_equal(att_date_span(v, f, l), 0);
    assert_string_equal(f, first);
    assert_string_equal(l, last);
}

static void test_date_spans(void **state)
{
    (void)state;
    span_is("2025-11-03", "2025-11-03", "2025-11-03");
    span_is("2025-11", "2025-11-01", "2025-11-30");
    span_is("2024-02", "2024-02-01", "2024-02-29");
    span_is("2025", "2025-01-01", "2025-12-31");
    span_is("2025-W01", "2024-12-30", "2025-01-05");
    span_is("2026-W53", "2026-12-28", "2027-01-03");
    span_is("2025-11-03/2025-11-05", "2025-11-03", "2025-11-05");
    span_is("2025-11/2026-01", "2025-11-01", "2026-01-31");
    char f[11], l[11];
    const char *bad[] = {"", "2025-13", "2025-02-30", "yesterday", "2025-11-05/2025-11-03", "20251103"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) assert_int_equal(att_date_span(bad[i], f, l), -1);
    assert_int_equal(att_date_days("2025-11-01", "2025-11-30"), 30);
    assert_int_equal(att_date_days("2024-01-01", "2024-12-31"), 366);
}

static void test_fold(void **state)
{
    (void)state;
    const char *cases[][2] = {
        {"Hội ĐÀM", "hoi dam"}, {"Đà Nẵng", "da nang"}, {"Ёлка ПЕРЕГОВОРЫ", "елка переговоры"}, {"Straße", "strasse"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *f = att_fold(cases[i][0], strlen(cases[i][0]));
        assert_string_equal(f, cases[i][1]);
        free(f);
    }
}

static void test_quads(void **state)
{
    (void)state;
    assert_int_equal(att_plover_quad("CONSULT"), 1);
    assert_int_equal(att_plover_quad("AID"), 2);
    assert_int_equal(att_plover_quad("REQUEST"), 3);
    assert_int_equal(att_plover_quad("SANCTION"), 4);
    assert_int_equal(att_plover_quad("DEMAND"), 0);
}

static char path[64];

static const char *report(char *buf, size_t n, const char *doc, const char *published, const char *date,
                          const char *place, const char *mode)
{
    snprintf(buf, n,
             "{\"doc\":\"%s\",\"lang\":\"en\",\"published\":\"%s\",\"source\":\"%s\",\"events\":[{\"type\":\"CONSULT\","
             "\"mode\":%s%s%s,\"context\":[],\"cameo\":\"040\",\"goldstein\":1,\"source\":{\"country\":\"VNM\"},"
             "\"target\":{\"country\":\"RUS\"},\"date\":\"%s\",\"place\":%s%s%s,\"evidence\":{\"start\":0,\"end\":5,"
             "\"text\":\"x\"},\"confidence\":0.8}],\"countries\":[\"VNM\",\"RUS\"]}",
             doc, published, doc, mode ? "\"" : "", mode ? mode : "null", mode ? "\"" : "", date,
             place ? "{\"name\":\"" : "null", place ? place : "", place ? "\",\"country\":null}" : "");
    return buf;
}

static long long count(att_store *st, const char *what)
{
    att_store_counts c;
    assert_int_equal(att_store_count(st, &c, NULL), 0);
    return strcmp(what, "events") == 0 ? c.events : strcmp(what, "mentions") == 0 ? c.mentions : c.documents;
}

static void put(att_store *st, const char *json)
{
    att_error err;
    int r = att_store_put_record(st, json, strlen(json), NULL, &err);
    if (r < 0) fail_msg("%s", err.detail);
}

static void test_migrations_and_merge(void **state)
{
    (void)state;
    snprintf(path, sizeof path, "/tmp/att-store-XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    att_error err;
    att_store *st = att_store_open(path, &err);
    assert_non_null(st);
    assert_string_equal(att_store_backend(st), "sqlite");
    assert_int_equal(att_store_schema_version(st), 3);
    att_store_close(st);
    st = att_store_open(path, &err);     /* again: nothing to migrate */
    assert_non_null(st);
    assert_int_equal(att_store_schema_version(st), 3);

    char b[2048];
    /* a day in Hanoi, the month around it in Hanoi, the same day in
     * Moscow, a phone call that day from Moscow, two days from Hanoi */
    put(st, report(b, sizeof b, "a", "2025-11-03", "2025-11-03", "Hanoi", NULL));
    put(st, report(b, sizeof b, "b", "2025-11-04", "2025-11", "Hanoi", NULL));
    put(st, report(b, sizeof b, "c", "2025-11-03", "2025-11-03", "Moscow", NULL));
    put(st, report(b, sizeof b, "d", "2025-11-03", "2025-11-03", "Moscow", "phone"));
    put(st, report(b, sizeof b, "e", "2025-11-03", "2025-11-03/2025-11-04", "hanoi", NULL));
    assert_int_equal(att_store_commit(st, &err), 0);
    assert_int_equal(count(st, "mentions"), 5);
    /* {a, e, b} in Hanoi share a day; {c, d} in Moscow another event */
    assert_int_equal(count(st, "events"), 2);
    att_query q;
    memset(&q, 0, sizeof q);
    q.types = "CONSULT";
    att_rows *r = att_store_query(st, &q, &err);
    assert_non_null(r);
    int rows = 0, max = 0;
    while (att_rows_next(r) == 1) {
        rows++;
        int n = atoi(att_rows_value(r, 12));
        max = n > max ? n : max;
    }
    att_rows_free(r);
    assert_int_equal(rows, 2);
    assert_int_equal(max, 3);
    /* the same record again: nothing changes */
    put(st, report(b, sizeof b, "a", "2025-11-03", "2025-11-03", "Hanoi", NULL));
    assert_int_equal(att_store_commit(st, &err), 0);
    assert_int_equal(count(st, "mentions"), 5);
    /* a bad filter is a usage error, not SQL */
    q.types = "CONSULT'; DROP TABLE events; --";
    assert_null(att_store_query(st, &q, &err));
    assert_int_equal(err.code, ATT_ERR_USAGE);
    assert_int_equal(count(st, "events"), 2);
    att_store_close(st);
    char p2[128];
    if (getenv("KEEP")) return;
    unlink(path);
    snprintf(p2, sizeof p2, "%s-wal", path);
    unlink(p2);
    snprintf(p2, sizeof p2, "%s-shm", path);
    unlink(p2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date_spans),
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_quads),
        cmocka_unit_test(test_migrations_and_merge),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
