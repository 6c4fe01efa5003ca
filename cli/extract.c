/* extract.c: `attache extract`: documents in, one JSON object per document
 * out, in input order, with -j N worker threads. */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef enum { SLOT_FREE = 0, SLOT_READY, SLOT_RUNNING, SLOT_DONE } slot_state;

/* One document of a batch, or (msg) a problem the reader met there: it is
 * reported in input order with the documents around it. */
typedef struct {
    att_input in;
    char *owned[8];            /* the copied strings of `in` */
    char *json;
    size_t json_len;
    att_error err;
    char *msg;                 /* a reader's problem, already formatted; no document */
} item;

/* Documents travel between the threads in batches: one hand-over (a lock,
 * a wake-up) per batch rather than per document.  The reader hands a batch
 * over when it is full, or at once while a worker waits for work, so a
 * slow input is not held back. */
#define BATCH_DOCS 32
#define BATCH_BYTES (256u << 10)

typedef struct {
    slot_state state;
    item *items;
    size_t n, cap, bytes;
} slot;

typedef struct {
    const att_lexicon *lex;
    FILE *out;
    const char *out_name;
    slot *ring;
    size_t nring;
    size_t next_in, next_work, next_out;
    int idle;                  /* workers waiting for a batch */
    int reading_done;
    int write_failed;
    int problems;
    int quiet;
    pthread_mutex_t mu;
    pthread_cond_t c_work, c_done, c_free;
} pipeline;

static char *dup_n(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p) {
        fprintf(stderr, "attache: out of memory\n");
        abort();
    }
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

static const char *keep(item *s, int i, const char *v)
{
    if (!v) return NULL;
    s->owned[i] = dup_n(v, strlen(v));
    return s->owned[i];
}

static void fill_item(item *s, const att_input *in)
{
    s->in = *in;
    s->owned[0] = dup_n(in->text ? in->text : "", in->len);
    s->in.text = s->owned[0];
    s->in.id = keep(s, 1, in->id);
    s->in.published = keep(s, 2, in->published);
    s->in.source = keep(s, 3, in->source);
    s->in.url = keep(s, 4, in->url);
    s->in.title = keep(s, 5, in->title);
    s->in.input = keep(s, 6, in->input);
    s->in.lang = keep(s, 7, in->lang);
}

static void clear_item(item *s)
{
    for (int i = 0; i < 8; i++) free(s->owned[i]), s->owned[i] = NULL;
    free(s->json);
    s->json = NULL;
    free(s->msg);
    s->msg = NULL;
}

static void run_one(att_workspace *ws, item *s)
{
    att_doc *doc = att_extract(ws, &s->in, &s->err);
    size_t n;
    const char *j = att_doc_json(doc, &n);
    s->json = dup_n(j, n);
    s->json_len = n;
    att_doc_free(doc);
}

/* write one finished document, and its problem if any */
static void emit(pipeline *p, const att_error *err, const char *json, size_t len)
{
    if (err->code != ATT_OK) {
        char msg[1024];
        if (!p->quiet) fprintf(stderr, "attache: %s\n", att_error_format(err, msg, sizeof msg));
        p->problems = 1;
    }
    if (!p->write_failed) {
        if (fwrite(json, 1, len, p->out) != len || fputc('\n', p->out) == EOF) {
            fprintf(stderr, "attache: %s: write error: %s\n", p->out_name, strerror(errno));
            p->write_failed = 1;
        }
    }
}

static void *worker(void *arg)
{
    pipeline *p = arg;
    att_workspace *ws = att_workspace_new(p->lex);
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->next_work == p->next_in && !p->reading_done) {
            __atomic_add_fetch(&p->idle, 1, __ATOMIC_RELAXED);
            pthread_cond_wait(&p->c_work, &p->mu);
            __atomic_sub_fetch(&p->idle, 1, __ATOMIC_RELAXED);
        }
        if (p->next_work == p->next_in && p->reading_done) break;
        slot *s = &p->ring[p->next_work % p->nring];
        p->next_work++;
        s->state = SLOT_RUNNING;
        pthread_mutex_unlock(&p->mu);
        for (size_t i = 0; i < s->n; i++)
            if (!s->items[i].msg) run_one(ws, &s->items[i]);
        pthread_mutex_lock(&p->mu);
        s->state = SLOT_DONE;
        pthread_cond_broadcast(&p->c_done);
    }
    pthread_mutex_unlock(&p->mu);
    att_workspace_free(ws);
    return NULL;
}

static void *writer(void *arg)
{
    pipeline *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        slot *s = &p->ring[p->next_out % p->nring];
        while (!(p->next_out < p->next_in && s->state == SLOT_DONE) && !(p->reading_done && p->next_out == p->next_in))
            pthread_cond_wait(&p->c_done, &p->mu);
        if (p->reading_done && p->next_out == p->next_in) break;
        pthread_mutex_unlock(&p->mu);
        for (size_t i = 0; i < s->n; i++) {
            if (s->items[i].msg) fputs(s->items[i].msg, stderr);
            else emit(p, &s->items[i].err, s->items[i].json, s->items[i].json_len);
            clear_item(&s->items[i]);
        }
        s->n = 0;
        s->bytes = 0;
        pthread_mutex_lock(&p->mu);
        s->state = SLOT_FREE;
        p->next_out++;
        pthread_cond_broadcast(&p->c_free);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* the reader's batch in the making: a free slot, waited for */
static slot *batch_slot(pipeline *p)
{
    pthread_mutex_lock(&p->mu);
    slot *s = &p->ring[p->next_in % p->nring];
    while (s->state != SLOT_FREE) pthread_cond_wait(&p->c_free, &p->mu);
    pthread_mutex_unlock(&p->mu);
    return s;
}

static item *batch_add(slot *b)
{
    if (b->n == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 8;
        b->items = realloc(b->items, b->cap * sizeof *b->items);
        if (!b->items) {
            fprintf(stderr, "attache: out of memory\n");
            abort();
        }
    }
    item *it = &b->items[b->n++];
    memset(it, 0, sizeof *it);
    return it;
}

static void hand_over(pipeline *p, slot *s)
{
    pthread_mutex_lock(&p->mu);
    s->state = SLOT_READY;
    p->next_in++;
    pthread_cond_signal(&p->c_work);
    pthread_mutex_unlock(&p->mu);
}

/* a problem of the input itself (not of one document's text): at once with
 * -j 1, else in input order through the writer */
static void reader_problem(pipeline *p, long jobs, slot **batch, const att_error *err)
{
    if (p->quiet) return;
    char msg[1024];
    att_error_format(err, msg, sizeof msg);
    if (jobs == 1) {
        fprintf(stderr, "attache: %s\n", msg);
        return;
    }
    if (!*batch) *batch = batch_slot(p);
    item *it = batch_add(*batch);
    size_t n = strlen(msg) + sizeof "attache: \n";
    it->msg = malloc(n);
    if (!it->msg) {
        fprintf(stderr, "attache: out of memory\n");
        abort();
    }
    snprintf(it->msg, n, "attache: %s\n", msg);
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: attache extract [OPTIONS] [INPUT...]\n"
            "\n"
            "Extracts language, publication date, countries (and, as the stages land,\n"
            "persons, dates, events, agreements, relations) from news articles and\n"
            "writes one JSON object per document, in input order.\n"
            "\n"
            "INPUT is a JSON Lines file, a .txt or .html file, a WARC file, any of these\n"
            "compressed (.gz .zst .xz .bz2), a .tar or .zip of them, a folder of them,\n"
            "or - for standard input (JSON Lines or plain text).  Default: -.\n"
            "\n"
            "  -o, --output FILE      write to FILE instead of standard output\n"
            "  -j, --jobs N           worker threads (default: all cores)\n"
            "  -L, --lexicon FILE     compiled lexicon (default: next to the program,\n"
            "                         or $ATTACHE_LEXICON)\n"
            "      --max-doc-bytes N  longest line or document accepted (default 16 MiB)\n"
            "      --stdin-format F   jsonl or text (default: sniff the first byte)\n"
            "  -q, --quiet            do not report problems on standard error\n"
            "  -h, --help             this help\n"
            "\n"
            "Exit status: 0 all documents extracted cleanly; 1 some input was bad\n"
            "(skipped or repaired, each reported on standard error); 2 usage error;\n"
            "3 fatal error (lexicon missing, output not writable).\n");
}

int att_cmd_extract(int argc, char **argv)
{
    static const struct option opts[] = {
        {"output", required_argument, 0, 'o'}, {"jobs", required_argument, 0, 'j'},
        {"lexicon", required_argument, 0, 'L'}, {"max-doc-bytes", required_argument, 0, 'M'},
        {"stdin-format", required_argument, 0, 'S'}, {"quiet", no_argument, 0, 'q'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0},
    };
    const char *out_path = NULL, *lex_path = NULL;
    long jobs = sysconf(_SC_NPROCESSORS_ONLN);
    att_reader_options ropt = {0, 0};
    int quiet = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:j:L:qh", opts, NULL)) != -1) {
        switch (c) {
        case 'o': out_path = optarg; break;
        case 'j': {
            char *end;
            jobs = strtol(optarg, &end, 10);
            if (*end || jobs < 1 || jobs > 256) {
                fprintf(stderr, "attache extract: -j wants a number from 1 to 256, not '%s'\n", optarg);
                return 2;
            }
            break;
        }
        case 'L': lex_path = optarg; break;
        case 'M': {
            char *end;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end || v == 0) {
                fprintf(stderr, "attache extract: --max-doc-bytes wants a positive number\n");
                return 2;
            }
            ropt.max_doc_bytes = (size_t)v;
            break;
        }
        case 'S':
            if (strcmp(optarg, "jsonl") == 0) ropt.stdin_format = 'j';
            else if (strcmp(optarg, "text") == 0) ropt.stdin_format = 't';
            else {
                fprintf(stderr, "attache extract: --stdin-format is jsonl or text\n");
                return 2;
            }
            break;
        case 'q': quiet = 1; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (jobs < 1) jobs = 1;
    char lbuf[4096];
    if (!lex_path) lex_path = att_lexicon_default_path(argv[0], lbuf, sizeof lbuf);
    att_error err;
    att_lexicon *lex = att_lexicon_open(lex_path, &err);
    if (!lex) {
        char msg[1024];
        fprintf(stderr, "attache: %s\n", att_error_format(&err, msg, sizeof msg));
        return 3;
    }
    FILE *out = stdout;
    if (out_path && strcmp(out_path, "-") != 0) {
        out = fopen(out_path, "wb");
        if (!out) {
            fprintf(stderr, "attache: %s: %s\n", out_path, strerror(errno));
            att_lexicon_free(lex);
            return 3;
        }
    }
    /* output to a file or a pipe in large writes (a terminal keeps its lines) */
    static char outbuf[1 << 18];
    if (!isatty(fileno(out))) setvbuf(out, outbuf, _IOFBF, sizeof outbuf);
    pipeline p;
    memset(&p, 0, sizeof p);
    p.lex = lex;
    p.out = out;
    p.out_name = out_path ? out_path : "standard output";
    p.quiet = quiet;
    p.nring = (size_t)jobs * 4;
    p.ring = calloc(p.nring, sizeof *p.ring);
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.c_work, NULL);
    pthread_cond_init(&p.c_done, NULL);
    pthread_cond_init(&p.c_free, NULL);
    pthread_t *th = calloc((size_t)jobs, sizeof *th), wt;
    att_workspace *ws1 = NULL;
    slot *batch = NULL;          /* the reader's, not yet handed over */
    if (jobs > 1) {
        for (long i = 0; i < jobs; i++) pthread_create(&th[i], NULL, worker, &p);
        pthread_create(&wt, NULL, writer, &p);
    } else {
        ws1 = att_workspace_new(lex);
    }
    int reader_problems = 0;
    int nin = optind < argc ? argc - optind : 1;
    for (int a = 0; a < nin && !p.write_failed; a++) {
        const char *path = optind < argc ? argv[optind + a] : "-";
        att_reader *rd = att_reader_open(path, &ropt, &err);
        if (!rd) {
            reader_problems = 1;
            reader_problem(&p, jobs, &batch, &err);
            continue;
        }
        att_input in;
        int r;
        while ((r = att_reader_next(rd, &in, &err)) != 0 && !p.write_failed) {
            if (r < 0) {
                reader_problems = 1;
                reader_problem(&p, jobs, &batch, &err);
                continue;
            }
            if (jobs == 1) {
                att_error e;    /* the input is borrowed: used before the next read */
                att_doc *doc = att_extract(ws1, &in, &e);
                size_t n;
                const char *j = att_doc_json(doc, &n);
                emit(&p, &e, j, n);
                att_doc_free(doc);
                continue;
            }
            if (!batch) batch = batch_slot(&p);
            fill_item(batch_add(batch), &in);
            batch->bytes += in.len;
            if (batch->n >= BATCH_DOCS || batch->bytes >= BATCH_BYTES || __atomic_load_n(&p.idle, __ATOMIC_RELAXED) > 0) {
                hand_over(&p, batch);
                batch = NULL;
            }
        }
        att_reader_free(rd);
        if (batch) hand_over(&p, batch), batch = NULL;     /* an input's last documents go now */
    }
    if (batch) hand_over(&p, batch);
    if (jobs > 1) {
        pthread_mutex_lock(&p.mu);
        p.reading_done = 1;
        pthread_cond_broadcast(&p.c_work);
        pthread_cond_broadcast(&p.c_done);
        pthread_mutex_unlock(&p.mu);
        for (long i = 0; i < jobs; i++) pthread_join(th[i], NULL);
        pthread_join(wt, NULL);
    }
    att_workspace_free(ws1);
    free(th);
    for (size_t i = 0; i < p.nring; i++) free(p.ring[i].items);
    free(p.ring);
    int close_failed = 0;
    if (fflush(out) != 0 && !p.write_failed) {
        fprintf(stderr, "attache: %s: write error: %s\n", p.out_name, strerror(errno));
        p.write_failed = 1;
    }
    if (out != stdout) close_failed = fclose(out) != 0;
    att_lexicon_free(lex);
    if (p.write_failed || close_failed) return 3;
    return (reader_problems || p.problems) ? 1 : 0;
}
