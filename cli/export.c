/* export.c: `attache export`: the store's events in the formats event-data
 * users load (docs/EXPORTS.md). */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int write_file(void *ctx, const char *p, size_t n) { return fwrite(p, 1, n, (FILE *)ctx) == n ? 0 : -1; }

static void usage(FILE *f)
{
    fprintf(f,
            "usage: attache export --format F [OPTIONS]\n"
            "\n"
            "Writes the events of the store for other tools; docs/EXPORTS.md describes\n"
            "every column, and which ones attache leaves empty.\n"
            "\n"
            "  -F, --format F         jsonl (the records, as attache extract writes them),\n"
            "                         plover (PLOVER JSON Lines), polecat (40-column TSV),\n"
            "                         gdelt (GDELT 2.0 Events, 61 columns), gdelt-mentions\n"
            "                         (GDELT 2.0 Mentions, 16 columns), icews (20-column TSV)\n"
            "      --db URL           the store (default attache.db, or $ATTACHE_DB)\n"
            "  -L, --lexicon FILE     compiled lexicon, for country names and CAMEO labels\n"
            "%s"
            "  -o, --output FILE      write to FILE (default: standard output)\n"
            "  -h, --help             this help\n"
            "\n"
            "Exit status: 0 done; 2 usage error; 3 the store failed or the output could\n"
            "not be written.\n",
            att_cli_filter_help);
}

int att_cmd_export(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, 0, 'D'},      {"format", required_argument, 0, 'f'},
        {"lexicon", required_argument, 0, 'L'}, {"country", required_argument, 0, 'c'},
        {"pair", required_argument, 0, 'p'},    {"type", required_argument, 0, 't'},
        {"quad", required_argument, 0, 'Q'},    {"from", required_argument, 0, 'F'},
        {"to", required_argument, 0, 'T'},      {"person", required_argument, 0, 'P'},
        {"text", required_argument, 0, 's'},    {"doc", required_argument, 0, 'd'},
        {"limit", required_argument, 0, 'n'},   {"output", required_argument, 0, 'o'},
        {"help", no_argument, 0, 'h'},          {0, 0, 0, 0},
    };
    const char *db = getenv("ATTACHE_DB"), *format = NULL, *out_path = NULL, *lex_path = NULL;
    att_query q;
    memset(&q, 0, sizeof q);
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "c:p:t:s:n:L:o:h", opts, NULL)) != -1) {
        if (c == 'f') {
            format = optarg;
            continue;
        }
        int k = att_cli_filter_opt(c, optarg, &q);
        if (k < 0) return 2;
        if (k) continue;
        switch (c) {
        case 'D': db = optarg; break;
        case 'L': lex_path = optarg; break;
        case 'o': out_path = optarg; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (!format) {
        fprintf(stderr, "attache export: which --format? jsonl, plover, polecat, gdelt, gdelt-mentions or icews\n");
        return 2;
    }
    if (optind < argc) {
        fprintf(stderr, "attache export: unexpected argument '%s'\n", argv[optind]);
        return 2;
    }
    att_error err;
    char msg[1024], lbuf[4096];
    if (!lex_path) lex_path = att_lexicon_default_path(argv[0], lbuf, sizeof lbuf);
    att_lexicon *lex = lex_path ? att_lexicon_open(lex_path, &err) : NULL;
    if (!lex) fprintf(stderr, "attache export: no lexicon: country names and CAMEO labels stay empty\n");
    att_store *st = att_store_open(db, &err);
    if (!st) {
        fprintf(stderr, "attache: %s\n", att_error_format(&err, msg, sizeof msg));
        att_lexicon_free(lex);
        return 3;
    }
    FILE *out = stdout;
    if (out_path && strcmp(out_path, "-") != 0) {
        out = fopen(out_path, "wb");
        if (!out) {
            fprintf(stderr, "attache: %s: %s\n", out_path, strerror(errno));
            att_store_close(st);
            att_lexicon_free(lex);
            return 3;
        }
    }
    long long n = att_store_export(st, lex, format, &q, write_file, out, &err);
    int rc = 0;
    if (n < 0) {
        fprintf(stderr, "attache export: %s\n", err.code == ATT_ERR_USAGE ? err.detail : att_error_format(&err, msg, sizeof msg));
        rc = err.code == ATT_ERR_USAGE ? 2 : 3;
    }
    if (fflush(out) != 0) rc = 3;
    if (out != stdout && fclose(out) != 0) rc = 3;
    att_store_close(st);
    att_lexicon_free(lex);
    return rc;
}
