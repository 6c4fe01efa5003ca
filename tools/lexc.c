/* lexc.c: compiles data/ into the binary lexicon.
 * usage: lexc [-v] -o OUT DATA_DIR... */
#include "../src/lexicon/lexicon.h"

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    const char *out = NULL;
    const char *dirs[16];
    size_t nd = 0;
    int verbose = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) out = argv[++i];
        else if (strcmp(argv[i], "-v") == 0) verbose = 1;
        else if (nd < 16) dirs[nd++] = argv[i];
    }
    if (!out || !nd) {
        fprintf(stderr, "usage: lexc [-v] -o OUT DATA_DIR...\n");
        return 2;
    }
    return att_lex_compile(dirs, nd, out, verbose) == 0 ? 0 : 1;
}
