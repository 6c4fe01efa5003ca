/* ingest.c: `attache ingest`: documents in, rows in the store.
 *
 * The main thread reads the inputs and skips documents the store already
 * holds unchanged (same id, same content hash, same attache version)
 * without extracting them; a batch of the others is extracted by -j
 * threads, then handed to a writer thread that stores it in one
 * transaction while the next batch is read and extracted.  A crash loses
 * at most the batch being written; running the same command again skips
 * what was committed and stores the rest. */
#include "cli.h"

#include <errno.h>
#include <ftw.h>
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    att_input in;
    char *owned[8];
    char hash[33];
    att_doc *doc;
    unsigned long long pos;    /* bytes of input read up to its end */
    char *record;              /* --coded: the line */
    size_t record_len;
    att_error err;
} item;

typedef struct {
    item *items;
    size_t n, cap;
} batch;

typedef struct {
    /* fixed */
    att_store *st;
    int coded;
    int quiet;
    /* writer hand-off */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    batch *pending;            /* a batch waiting for the writer */
    int busy;                  /* the writer holds a batch */
    int done;                  /* no more batches */
    int failed;                /* the store failed: stop */
    char failure[1024];
    /* counts (under mu) */
    long long stored, added, replaced, unchanged, skipped, problems;
    unsigned long long done_pos;   /* input bytes up to the last committed document */
} shared;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

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

static const char *keep(item *it, int i, const char *v)
{
    if (!v) return NULL;
    it->owned[i] = dup_n(v, strlen(v));
    return it->owned[i];
}

static void item_fill(item *it, const att_input *in)
{
    memset(it, 0, sizeof *it);
    it->in = *in;
    it->owned[0] = dup_n(in->text ? in->text : "", in->len);
    it->in.text = it->owned[0];
    it->in.id = keep(it, 1, in->id);
    it->in.published = keep(it, 2, in->published);
    it->in.source = keep(it, 3, in->source);
    it->in.url = keep(it, 4, in->url);
    it->in.title = keep(it, 5, in->title);
    it->in.input = keep(it, 6, in->input);
    it->in.lang = keep(it, 7, in->lang);
}

static void item_clear(item *it)
{
    for (int i = 0; i < 8; i++) free(it->owned[i]);
    att_doc_free(it->doc);
    free(it->record);
    memset(it, 0, sizeof *it);
}

static item *batch_add(batch *b)
{
    if (b->n == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 64;
        b->items = realloc(b->items, b->cap * sizeof *b->items);
        if (!b->items) abort();
    }
    return &b->items[b->n++];
}

/* ------------------------------------------------------------ writer */

static void *writer(void *arg)
{
    shared *sh = arg;
    pthread_mutex_lock(&sh->mu);
    for (;;) {
        while (!sh->pending && !sh->done) pthread_cond_wait(&sh->cv, &sh->mu);
        if (!sh->pending) break;
        batch *b = sh->pending;
        sh->pending = NULL;
        sh->busy = 1;
        int failed = sh->failed;
        pthread_mutex_unlock(&sh->mu);
        long long added = 0, replaced = 0, unchanged = 0;
        att_error err;
        char msg[1024] = "";
        if (!sh->coded && !failed) {
            const char **ids = malloc((b->n ? b->n : 1) * sizeof *ids);
            for (size_t i = 0; i < b->n; i++) ids[i] = att_doc_id(b->items[i].doc);
            if (att_store_expect(sh->st, ids, b->n, &err) != 0) {
                att_error_format(&err, msg, sizeof msg);
                failed = 1;
            }
            free(ids);
        }
        for (size_t i = 0; i < b->n && !failed; i++) {
            item *it = &b->items[i];
            int r = sh->coded ? att_store_put_record(sh->st, it->record, it->record_len, NULL, &err)
                              : att_store_put(sh->st, it->doc, it->hash, &err);
            if (r < 0 && err.code == ATT_ERR_JSON && sh->coded) {
                /* a bad line: reported, the rest goes on */
                if (!sh->quiet) fprintf(stderr, "attache: %s:%llu: not a record of attache extract\n",
                                        it->in.input ? it->in.input : "-", (unsigned long long)it->in.line);
                pthread_mutex_lock(&sh->mu);
                sh->problems++;
                pthread_mutex_unlock(&sh->mu);
                continue;
            }
            if (r < 0) {
                att_error_format(&err, msg, sizeof msg);
                failed = 1;
                break;
            }
            added += r == 1, replaced += r == 2, unchanged += r == 0;
        }
        if (!failed && att_store_commit(sh->st, &err) != 0) {
            att_error_format(&err, msg, sizeof msg);
            failed = 1;
        }
        if (failed) att_store_rollback(sh->st);
        size_t n = b->n;
        unsigned long long last_pos = n ? b->items[n - 1].pos : 0;
        for (size_t i = 0; i < b->n; i++) item_clear(&b->items[i]);
        b->n = 0;
        pthread_mutex_lock(&sh->mu);
        if (!failed && last_pos > sh->done_pos) sh->done_pos = last_pos;
        if (failed && !sh->failed) {
            sh->failed = 1;
            snprintf(sh->failure, sizeof sh->failure, "%s", msg);
        }
        if (!failed) {
            sh->stored += (long long)n;
            sh->added += added, sh->replaced += replaced, sh->unchanged += unchanged;
        }
        sh->busy = 0;
        pthread_cond_broadcast(&sh->cv);
    }
    pthread_mutex_unlock(&sh->mu);
    return NULL;
}

/* Gives a batch to the writer once it has finished the one before. */
static void hand_over(shared *sh, batch *b)
{
    pthread_mutex_lock(&sh->mu);
    while (sh->pending || sh->busy) pthread_cond_wait(&sh->cv, &sh->mu);
    sh->pending = b;
    pthread_cond_broadcast(&sh->cv);
    pthread_mutex_unlock(&sh->mu);
}

static void wait_writer(shared *sh)
{
    pthread_mutex_lock(&sh->mu);
    while (sh->pending || sh->busy) pthread_cond_wait(&sh->cv, &sh->mu);
    pthread_mutex_unlock(&sh->mu);
}

/* -------------------------------------------------------- extraction */

typedef struct {
    batch *b;
    att_workspace *ws;
    size_t *next;
    pthread_mutex_t *mu;
} job;

static void *extract_some(void *arg)
{
    job *j = arg;
    for (;;) {
        pthread_mutex_lock(j->mu);
        size_t i = (*j->next)++;
        pthread_mutex_unlock(j->mu);
        if (i >= j->b->n) break;
        item *it = &j->b->items[i];
        it->doc = att_extract(j->ws, &it->in, &it->err);
    }
    return NULL;
}

static void extract_batch(batch *b, att_workspace **ws, long jobs)
{
    size_t next = 0;
    pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
    job j[256];
    pthread_t th[256];
    long n = jobs < 256 ? jobs : 256;
    if ((size_t)n > b->n) n = (long)(b->n ? b->n : 1);
    for (long i = 0; i < n; i++) j[i] = (job){b, ws[i], &next, &mu};
    for (long i = 1; i < n; i++) pthread_create(&th[i], NULL, extract_some, &j[i]);
    extract_some(&j[0]);
    for (long i = 1; i < n; i++) pthread_join(th[i], NULL);
}

/* ---------------------------------------------------------- progress */

static off_t total_bytes;

static int add_size(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)path, (void)ftw;
    if (flag == FTW_F && S_ISREG(sb->st_mode)) total_bytes += sb->st_size;
    return 0;
}

/* bytes: input read so far; idle: nothing read is waiting to be stored */
static void progress(shared *sh, double t0, unsigned long long bytes, int idle, int final)
{
    pthread_mutex_lock(&sh->mu);
    long long stored = sh->stored, added = sh->added, replaced = sh->replaced, unchanged = sh->unchanged + sh->skipped;
    if (idle && !sh->pending && !sh->busy) sh->done_pos = bytes;
    bytes = sh->done_pos;
    pthread_mutex_unlock(&sh->mu);
    double el = now_s() - t0;
    double mbs = el > 0 ? bytes / 1e6 / el : 0;
    char left[64] = "";
    if (!final && total_bytes > 0 && bytes > 0 && (off_t)bytes < total_bytes && el > 0.5) {
        double rest = (double)(total_bytes - (off_t)bytes) / (bytes / el);
        snprintf(left, sizeof left, ", %d:%02d left", (int)(rest / 60), (int)rest % 60);
    }
    fprintf(stderr, "\r\033[Kattache ingest: %lld documents (%lld new, %lld replaced, %lld unchanged), %.1f MB/s%s%s",
            stored + sh->skipped, added, replaced, unchanged, mbs, left, final ? "\n" : "");
    (void)stored;
}

/* ------------------------------------------------------------ command */

static void usage(FILE *f)
{
    fprintf(f,
            "usage: attache ingest [OPTIONS] [INPUT...]\n"
            "\n"
            "Extracts documents and stores them, with their events (merged across\n"
            "reports), agreements, relations, persons and dates.  Ingesting a document\n"
            "again changes nothing; a changed text replaces its old results.  Work is\n"
            "committed in batches: after a crash, run the same command again.\n"
            "\n"
            "INPUT is what attache extract reads (default: -).\n"
            "\n"
            "      --db URL           the store: a SQLite file (default attache.db, or\n"
            "                         $ATTACHE_DB) or postgresql://user@host:port/db\n"
            "  -j, --jobs N           extraction threads (default: all cores)\n"
            "  -L, --lexicon FILE     compiled lexicon (default: next to the program)\n"
            "      --batch N          documents per transaction (default 500)\n"
            "      --coded            the inputs are records attache extract wrote\n"
            "                         (JSON Lines): store them without extracting\n"
            "      --progress         show progress even when standard error is not a\n"
            "                         terminal; --no-progress: never\n"
            "      --max-doc-bytes N  longest line or document accepted (default 16 MiB)\n"
            "      --stdin-format F   jsonl or text (default: sniff the first byte)\n"
            "  -q, --quiet            do not report bad input on standard error\n"
            "  -h, --help             this help\n"
            "\n"
            "Exit status: 0 every document stored; 1 some input was bad (reported and\n"
            "skipped); 2 usage error; 3 fatal error (store or lexicon).\n");
}

static int ingest_coded(shared *sh, int nin, char **paths, size_t batch_size, int show, double t0,
                        unsigned long long *bytes)
{
    batch bs[2] = {{0}, {0}};
    int cur = 0, problems = 0;
    double last = 0;
    for (int a = 0; a < nin && !sh->failed; a++) {
        const char *path = paths ? paths[a] : "-";
        FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
        if (!f) {
            if (!sh->quiet) fprintf(stderr, "attache: %s: %s\n", path, strerror(errno));
            problems = 1;
            continue;
        }
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        unsigned long long lineno = 0;
        while ((n = getline(&line, &cap, f)) > 0 && !sh->failed) {
            lineno++;
            *bytes += (unsigned long long)n;
            while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
            if (!n) continue;
            item *it = batch_add(&bs[cur]);
            memset(it, 0, sizeof *it);
            it->record = dup_n(line, (size_t)n);
            it->record_len = (size_t)n;
            it->in.input = it->owned[6] = dup_n(path, strlen(path));
            it->in.line = lineno;
            it->pos = *bytes;
            if (bs[cur].n >= batch_size) {
                hand_over(sh, &bs[cur]);
                cur ^= 1;
            }
            if (show && now_s() - last > 0.25) progress(sh, t0, *bytes, bs[cur].n == 0, 0), last = now_s();
        }
        free(line);
        if (f != stdin) fclose(f);
    }
    if (bs[cur].n) hand_over(sh, &bs[cur]);
    wait_writer(sh);
    free(bs[0].items);
    free(bs[1].items);
    return problems;
}

int att_cmd_ingest(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, 0, 'D'},        {"jobs", required_argument, 0, 'j'},
        {"lexicon", required_argument, 0, 'L'},   {"batch", required_argument, 0, 'B'},
        {"coded", no_argument, 0, 'C'},           {"progress", no_argument, 0, 'P'},
        {"no-progress", no_argument, 0, 'N'},     {"max-doc-bytes", required_argument, 0, 'M'},
        {"stdin-format", required_argument, 0, 'S'}, {"quiet", no_argument, 0, 'q'},
        {"help", no_argument, 0, 'h'},            {0, 0, 0, 0},
    };
    const char *db = getenv("ATTACHE_DB"), *lex_path = NULL;
    long jobs = sysconf(_SC_NPROCESSORS_ONLN);
    long batch_size = 500;
    int coded = 0, quiet = 0, show = isatty(2), c;
    att_reader_options ropt = {0, 0};
    optind = 1;
    while ((c = getopt_long(argc, argv, "j:L:qh", opts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'D': db = optarg; break;
        case 'j':
            jobs = strtol(optarg, &end, 10);
            if (*end || jobs < 1 || jobs > 256) {
                fprintf(stderr, "attache ingest: -j wants a number from 1 to 256, not '%s'\n", optarg);
                return 2;
            }
            break;
        case 'L': lex_path = optarg; break;
        case 'B':
            batch_size = strtol(optarg, &end, 10);
            if (*end || batch_size < 1 || batch_size > 1000000) {
                fprintf(stderr, "attache ingest: --batch wants a number from 1 to 1000000\n");
                return 2;
            }
            break;
        case 'C': coded = 1; break;
        case 'P': show = 1; break;
        case 'N': show = 0; break;
        case 'M': {
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end || v == 0) {
                fprintf(stderr, "attache ingest: --max-doc-bytes wants a positive number\n");
                return 2;
            }
            ropt.max_doc_bytes = (size_t)v;
            break;
        }
        case 'S':
            if (strcmp(optarg, "jsonl") == 0) ropt.stdin_format = 'j';
            else if (strcmp(optarg, "text") == 0) ropt.stdin_format = 't';
            else {
                fprintf(stderr, "attache ingest: --stdin-format is jsonl or text\n");
                return 2;
            }
            break;
        case 'q': quiet = 1; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (jobs < 1) jobs = 1;
    att_error err;
    char msg[1024];
    att_lexicon *lex = NULL;
    if (!coded) {
        char lbuf[4096];
        if (!lex_path) lex_path = att_lexicon_default_path(argv[0], lbuf, sizeof lbuf);
        lex = att_lexicon_open(lex_path, &err);
        if (!lex) {
            fprintf(stderr, "attache: %s\n", att_error_format(&err, msg, sizeof msg));
            return 3;
        }
    }
    att_store *st = att_store_open(db, &err);
    /* a second connection answers "is it stored already?" while the
     * writer's transaction is open */
    att_store *check = st && !coded ? att_store_open(db, &err) : NULL;
    if (!st || (!coded && !check)) {
        fprintf(stderr, "attache: %s\n", att_error_format(&err, msg, sizeof msg));
        att_store_close(st);
        att_lexicon_free(lex);
        return 3;
    }
    int nin = optind < argc ? argc - optind : 1;
    char **paths = optind < argc ? argv + optind : NULL;
    total_bytes = 0;
    for (int a = 0; a < nin && paths; a++)
        if (strcmp(paths[a], "-") != 0) nftw(paths[a], add_size, 16, FTW_PHYS);

    shared sh;
    memset(&sh, 0, sizeof sh);
    sh.st = st;
    sh.coded = coded;
    sh.quiet = quiet;
    pthread_mutex_init(&sh.mu, NULL);
    pthread_cond_init(&sh.cv, NULL);
    pthread_t wt;
    pthread_create(&wt, NULL, writer, &sh);
    double t0 = now_s(), last = 0;
    unsigned long long bytes = 0;
    int problems = 0;

    if (coded) {
        problems = ingest_coded(&sh, nin, paths, (size_t)batch_size, show, t0, &bytes);
    } else {
        att_workspace **ws = calloc((size_t)jobs, sizeof *ws);
        for (long i = 0; i < jobs; i++) ws[i] = att_workspace_new(lex);
        batch bs[2] = {{0}, {0}};
        int cur = 0;
        for (int a = 0; a < nin && !sh.failed; a++) {
            const char *path = paths ? paths[a] : "-";
            att_reader *rd = att_reader_open(path, &ropt, &err);
            if (!rd) {
                if (!quiet) fprintf(stderr, "attache: %s\n", att_error_format(&err, msg, sizeof msg));
                problems = 1;
                continue;
            }
            att_input in;
            int r;
            unsigned long long base = bytes;
            while ((r = att_reader_next(rd, &in, &err)) != 0 && !sh.failed) {
                if (r < 0) {
                    if (!quiet) fprintf(stderr, "attache: %s\n", att_error_format(&err, msg, sizeof msg));
                    problems = 1;
                    continue;
                }
                bytes = base + in.offset + in.len;
                char hash[33];
                att_input_hash(&in, hash);
                int u = att_store_unchanged(check, in.id, hash);
                if (u < 0) {
                    pthread_mutex_lock(&sh.mu);
                    sh.failed = 1;
                    snprintf(sh.failure, sizeof sh.failure, "store: %s", "cannot read the store");
                    pthread_mutex_unlock(&sh.mu);
                    break;
                }
                if (u == 1) {
                    pthread_mutex_lock(&sh.mu);
                    sh.skipped++;
                    pthread_mutex_unlock(&sh.mu);
                } else {
                    item *it = batch_add(&bs[cur]);
                    item_fill(it, &in);
                    memcpy(it->hash, hash, sizeof hash);
                    it->pos = bytes;
                    if (bs[cur].n >= (size_t)batch_size) {
                        extract_batch(&bs[cur], ws, jobs);
                        for (size_t i = 0; i < bs[cur].n; i++) {
                            item *x = &bs[cur].items[i];
                            if (x->err.code != ATT_OK) {
                                if (!quiet) fprintf(stderr, "attache: %s\n", att_error_format(&x->err, msg, sizeof msg));
                                problems = 1;
                            }
                        }
                        hand_over(&sh, &bs[cur]);
                        cur ^= 1;
                    }
                }
                if (show && now_s() - last > 0.25) progress(&sh, t0, bytes, bs[cur].n == 0, 0), last = now_s();
            }
            att_reader_free(rd);
        }
        if (bs[cur].n && !sh.failed) {
            extract_batch(&bs[cur], ws, jobs);
            for (size_t i = 0; i < bs[cur].n; i++) {
                item *x = &bs[cur].items[i];
                if (x->err.code != ATT_OK) {
                    if (!quiet) fprintf(stderr, "attache: %s\n", att_error_format(&x->err, msg, sizeof msg));
                    problems = 1;
                }
            }
            hand_over(&sh, &bs[cur]);
        }
        wait_writer(&sh);
        for (int k = 0; k < 2; k++) {
            for (size_t i = 0; i < bs[k].n; i++) item_clear(&bs[k].items[i]);
            free(bs[k].items);
        }
        for (long i = 0; i < jobs; i++) att_workspace_free(ws[i]);
        free(ws);
    }
    pthread_mutex_lock(&sh.mu);
    sh.done = 1;
    pthread_cond_broadcast(&sh.cv);
    pthread_mutex_unlock(&sh.mu);
    pthread_join(wt, NULL);
    if (show) progress(&sh, t0, bytes, 1, 1);
    int rc = sh.failed ? 3 : (problems || sh.problems) ? 1 : 0;
    if (sh.failed) fprintf(stderr, "attache: %s\n", sh.failure);
    att_store_close(check);
    att_store_close(st);
    att_lexicon_free(lex);
    return rc;
}
