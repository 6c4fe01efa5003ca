/* libFuzzer targets for the input readers: the bytes become an input of
 * the format FUZZ_NAME says (jsonl, html, warc), every document read is
 * extracted, and everything is freed.  Built with -fsanitize=fuzzer,address,
 * undefined by fuzz/run.sh.  The lexicon comes from $ATTACHE_LEXICON. */
#include <attache.h>

#include <stdint.h>
#include <stdlib.h>

#ifndef FUZZ_NAME
#define FUZZ_NAME "input.jsonl"
#endif

static att_lexicon *lex;
static att_workspace *ws;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    att_error err;
    const char *p = getenv("ATTACHE_LEXICON");
    lex = att_lexicon_open(p ? p : "build/attache.lex", &err);
    if (!lex) abort();
    ws = att_workspace_new(lex);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    att_error err;
    att_reader_options opt = {1 << 20, 0};
    att_reader *rd = att_reader_open_buffer(FUZZ_NAME, data, size, &opt, &err);
    if (!rd) return 0;
    att_input in;
    int r, n = 0;
    while ((r = att_reader_next(rd, &in, &err)) != 0 && n < 1000) {
        n++;
        if (r < 0) {
            char msg[1024];
            att_error_format(&err, msg, sizeof msg);
            continue;
        }
        att_doc *doc = att_extract(ws, &in, &err);
        size_t len;
        const char *j = att_doc_json(doc, &len);
        if (len == 0 || j[0] != '{' || j[len - 1] != '}') abort();
        att_doc_free(doc);
    }
    att_reader_free(rd);
    return 0;
}
