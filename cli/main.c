/* main.c: the `attache` command.  A thin front end: it parses arguments and
 * calls libattache through include/attache.h only. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: attache COMMAND [OPTIONS] [ARGS]\n"
            "\n"
            "commands:\n"
            "  extract   news articles in, coded JSON Lines out (see attache extract --help)\n"
            "  ingest    extract and store (SQLite or PostgreSQL), events merged across reports\n"
            "  query     events, mentions, documents... from the store, filtered\n"
            "  export    the store's events as PLOVER, POLECAT, GDELT or ICEWS files\n"
            "  serve     the store as a JSON API and a web page (HTTP)\n"
            "\n"
            "  attache --version    print the version\n"
            "  attache --help       this help\n"
            "\n"
            "See attache(1).\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
        printf("attache %s\n", ATT_VERSION);
        return 0;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(argv[1], "extract") == 0) return att_cmd_extract(argc - 1, argv + 1);
    if (strcmp(argv[1], "ingest") == 0) return att_cmd_ingest(argc - 1, argv + 1);
    if (strcmp(argv[1], "query") == 0) return att_cmd_query(argc - 1, argv + 1);
    if (strcmp(argv[1], "export") == 0) return att_cmd_export(argc - 1, argv + 1);
    if (strcmp(argv[1], "serve") == 0) return att_cmd_serve(argc - 1, argv + 1);
    fprintf(stderr, "attache: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
