/* Unit tests of the lexicon compiler and reader, and of the reader API on
 * bad input (cmocka).  Builds small lexicons from data written here. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "lexicon/lexicon.h"

#include <attache.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[256], lexpath[300];

static void put(const char *rel, const char *content)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, rel);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    fputs(content, f);
    fclose(f);
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/att-lex-XXXXXX");
    if (!mkdtemp(dir)) return -1;
    char p[512];
    snprintf(p, sizeof p, "%s/data", dir);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/data/en", dir);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/data/ru", dir);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/data/common", dir);
    mkdir(p, 0755);
    put("data/en/names.tsv",
        "# test\nphrase\tkind\tcode\tcase\tnote\n"
        "Viet Nam\tcountry\tVNM\t\tlong form\n"
        "US\tcountry_abbr\tUSA\texact\t\n"
        "New York\tcity\tUSA\t\t\n"
        "sanction*\ttrigger\t\t\ttype=SANCTION\n"
        "opened ~ fire\ttrigger\tGAP\t\t\n");
    put("data/ru/names.tsv", "phrase\tkind\tcode\nпереговоры*\ttrigger\t\nАзербайджана\tcountry\tAZE\n");
    put("data/common/people.tsv", "id\tname_en\tcountry\nto-lam\tTo Lam\tVNM\nphan-van-giang\tPhan Van Giang\tVNM\n");
    snprintf(p, sizeof p, "%s/data", dir);
    snprintf(lexpath, sizeof lexpath, "%s/t.lex", dir);
    const char *dirs[] = {p};
    return att_lex_compile(dirs, 1, lexpath, 0);
}

static int teardown(void **state)
{
    (void)state;
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void test_lookup(void **state)
{
    (void)state;
    att_error err;
    att_lexicon *lex = att_lexicon_open(lexpath, &err);
    assert_non_null(lex);
    att_workspace *ws = att_workspace_new(lex);
    const char *c = att_lexicon_lookup(ws, "en", "country", "viet  NAM", 9);
    assert_non_null(c);
    assert_string_equal(c, "VNM");
    assert_string_equal(att_lexicon_lookup(ws, "en", "country_abbr", "US", 2), "USA");
    assert_null(att_lexicon_lookup(ws, "en", "country_abbr", "us", 2));      /* case exact */
    assert_string_equal(att_lexicon_lookup(ws, "en", "city", "New-York", 8), "USA");   /* hyphen glued */
    assert_null(att_lexicon_lookup(ws, "en", "city", "New", 3));            /* whole phrase only */
    assert_null(att_lexicon_lookup(ws, "ru", "country", "Viet Nam", 8));     /* other language */
    assert_string_equal(att_lexicon_lookup(ws, "ru", "country", "азербайджана", strlen("азербайджана")), "AZE");
    /* stems: sanctioned ~ sanction*, переговорах ~ переговоры* */
    assert_non_null(att_lexicon_lookup(ws, "en", "trigger", "sanctioned", 10));
    assert_non_null(att_lexicon_lookup(ws, "ru", "trigger", "переговорах", strlen("переговорах")));
    assert_null(att_lexicon_lookup(ws, "en", "trigger", "sanctuary", 9));
    /* tables */
    att_table_view v;
    assert_true(att_lex_table_find(lex, "people", &v));
    assert_int_equal(v.t->nrows, 2);
    assert_string_equal(att_table_cell(&v, 1, att_table_col(&v, "name_en")), "Phan Van Giang");
    assert_int_equal(att_table_col(&v, "nope"), -1);
    att_workspace_free(ws);
    att_lexicon_free(lex);
}

/* `~` in a phrase: none to ATT_LEX_GAP_MAX words or numbers, within one
 * clause */
static void test_gap(void **state)
{
    (void)state;
    att_error err;
    att_lexicon *lex = att_lexicon_open(lexpath, &err);
    assert_non_null(lex);
    att_workspace *ws = att_workspace_new(lex);
    static const struct {
        const char *text;
        int match;
    } cases[] = {
        {"opened fire", 1},
        {"opened heavy fire", 1},
        {"opened 40 rounds fire", 1},
        {"opened very heavy artillery fire", 1},
        {"opened a very heavy artillery fire", 0},   /* four words: too far */
        {"opened, fire", 0},
        {"opened the door. Fire", 0},                /* never across a full stop */
        {"opened the St. fire", 0},                  /* not even an abbreviation's */
        {"opened", 0},
        {"fire", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *c = att_lexicon_lookup(ws, "en", "trigger", cases[i].text, strlen(cases[i].text));
        if (cases[i].match != (c != NULL)) fail_msg("%s: %s", cases[i].text, c ? "matched" : "no match");
        if (c) assert_string_equal(c, "GAP");
    }
    att_workspace_free(ws);
    att_lexicon_free(lex);
}

static void test_corrupt(void **state)
{
    (void)state;
    FILE *f = fopen(lexpath, "rb");
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n);
    assert_int_equal(fread(b, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    char bad[400];
    snprintf(bad, sizeof bad, "%s/bad.lex", dir);
    /* one flipped byte in the body: checksum */
    b[n - 10] ^= 0x40;
    f = fopen(bad, "wb");
    fwrite(b, 1, (size_t)n, f);
    fclose(f);
    att_error err;
    assert_null(att_lexicon_open(bad, &err));
    assert_int_equal(err.code, ATT_ERR_LEXICON);
    assert_non_null(strstr(err.detail, "checksum"));
    /* truncated */
    f = fopen(bad, "wb");
    fwrite(b, 1, (size_t)n / 2, f);
    fclose(f);
    assert_null(att_lexicon_open(bad, &err));
    assert_non_null(strstr(err.detail, "truncated"));
    assert_null(att_lexicon_open("/nonexistent/x.lex", &err));
    free(b);
}

static void test_reader_goes_on(void **state)
{
    (void)state;
    const char data[] = "{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"tw\n[1]\n\n{\"id\":\"c\",\"text\":\"three\",\"published\":\"2025-01-02\"}\n";
    att_error err;
    att_reader *rd = att_reader_open_buffer("mem.jsonl", data, sizeof data - 1, NULL, &err);
    assert_non_null(rd);
    att_input in;
    assert_int_equal(att_reader_next(rd, &in, &err), 1);
    assert_string_equal(in.id, "a");
    assert_int_equal(att_reader_next(rd, &in, &err), -1);
    assert_int_equal(err.code, ATT_ERR_JSON);
    assert_int_equal(err.line, 2);
    assert_int_equal(att_reader_next(rd, &in, &err), -1);
    assert_int_equal(err.line, 3);
    assert_int_equal(err.offset, strlen("{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"tw\n"));
    assert_int_equal(att_reader_next(rd, &in, &err), 1);
    assert_string_equal(in.id, "c");
    assert_string_equal(in.published, "2025-01-02");
    assert_int_equal(in.line, 5);
    assert_int_equal(att_reader_next(rd, &in, &err), 0);
    att_reader_free(rd);
    att_reader_free(NULL);
    att_lexicon_free(NULL);
    att_workspace_free(NULL);
    att_doc_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lookup), cmocka_unit_test(test_gap), cmocka_unit_test(test_corrupt), cmocka_unit_test(test_reader_goes_on),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
