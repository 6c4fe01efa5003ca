/* serve.c: `attache serve`: the store as a JSON API and a web page, over
 * HTTP (libmicrohttpd, a pool of threads).
 *
 * The answers themselves come from the library (att_api_get and
 * att_api_post_documents, src/store/api.c); this file is the transport:
 * routing by path and method, the write token, limits on body size and on
 * each client's request rate, the static files of the page (web/, built
 * by esbuild), and security headers.  Each pool thread borrows a store
 * handle from a small pool for one request; writes take turns. */
#include "cli.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <microhttpd.h>
#include <netdb.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_PARAMS 64
#define RATE_SLOTS 4096

typedef struct {
    att_store *st;
    att_workspace *ws;
} slot;

typedef struct {
    char ip[64];
    double tokens, last;
} bucket;

typedef struct {
    const char *db;
    const char *token;          /* NULL: writes disabled */
    char web[PATH_MAX];         /* real path of the static folder, or "" */
    size_t max_body;
    double rate, burst;         /* requests a second per client; 0 = no limit */
    int log;
    att_lexicon *lex;
    /* the pool of store handles, one per server thread */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    slot *slots;
    int *free_slots, nfree, nslots;
    pthread_mutex_t write_mu;   /* one write at a time */
    pthread_mutex_t rate_mu;
    bucket *buckets;
} server;

/* one request, across the calls libmicrohttpd makes for it */
typedef struct {
    char *body;
    size_t n, cap;
    int too_big;
    int answered;               /* a response was queued at the first call */
} request;

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---------------------------------------------------------- responses */

static void common_headers(struct MHD_Response *r)
{
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "X-Frame-Options", "DENY");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(r, "Cross-Origin-Resource-Policy", "same-origin");
}

/* sends a JSON body (malloc'd, taken over) with a status */
static enum MHD_Result send_json(struct MHD_Connection *c, int status, char *body, size_t len)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
    if (!r) {
        free(body);
        return MHD_NO;
    }
    common_headers(r);
    MHD_add_response_header(r, "Content-Type", "application/json; charset=utf-8");
    MHD_add_response_header(r, "Cache-Control", "no-store");
    if (status == 401) MHD_add_response_header(r, "WWW-Authenticate", "Bearer realm=\"attache\"");
    if (status == 429) MHD_add_response_header(r, "Retry-After", "1");
    if (status == 503) MHD_add_response_header(r, "Retry-After", "2");
    if (status == 405) MHD_add_response_header(r, "Allow", "GET, HEAD, POST");
    enum MHD_Result ok = MHD_queue_response(c, (unsigned)status, r);
    MHD_destroy_response(r);
    return ok;
}

static enum MHD_Result send_error(struct MHD_Connection *c, int status, const char *msg)
{
    char *body = NULL;
    size_t len = 0;
    att_api_error(status, msg, &body, &len);
    return send_json(c, status, body, len);
}

/* ---------------------------------------------------------- store pool */

static slot *slot_get(server *sv, int *which)
{
    pthread_mutex_lock(&sv->mu);
    while (sv->nfree == 0) pthread_cond_wait(&sv->cv, &sv->mu);
    int i = sv->free_slots[--sv->nfree];
    pthread_mutex_unlock(&sv->mu);
    *which = i;
    return &sv->slots[i];
}

static void slot_put(server *sv, int i)
{
    pthread_mutex_lock(&sv->mu);
    sv->free_slots[sv->nfree++] = i;
    pthread_cond_signal(&sv->cv);
    pthread_mutex_unlock(&sv->mu);
}

/* ---------------------------------------------------------- limits */

static void client_ip(struct MHD_Connection *c, char *out, size_t size)
{
    const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    snprintf(out, size, "?");
    if (!ci || !ci->client_addr) return;
    const struct sockaddr *sa = ci->client_addr;
    if (sa->sa_family == AF_INET) inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, out, (socklen_t)size);
    else if (sa->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr, out, (socklen_t)size);
}

static unsigned hash_str(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* A token bucket per client address: `rate` a second, up to `burst` at
 * once.  The table is fixed in size; a client whose slot another takes
 * starts afresh (generous, never unbounded memory).  1 = allowed. */
static int rate_ok(server *sv, const char *ip)
{
    if (sv->rate <= 0) return 1;
    double t = now_s();
    pthread_mutex_lock(&sv->rate_mu);
    bucket *b = &sv->buckets[hash_str(ip) % RATE_SLOTS];
    if (strcmp(b->ip, ip) != 0) {
        snprintf(b->ip, sizeof b->ip, "%s", ip);
        b->tokens = sv->burst;
        b->last = t;
    }
    b->tokens += (t - b->last) * sv->rate;
    if (b->tokens > sv->burst) b->tokens = sv->burst;
    b->last = t;
    int ok = b->tokens >= 1;
    if (ok) b->tokens -= 1;
    pthread_mutex_unlock(&sv->rate_mu);
    return ok;
}

/* constant-time comparison of the token */
static int token_eq(const char *given, const char *want)
{
    size_t a = strlen(given), b = strlen(want);
    unsigned char d = (unsigned char)(a != b);
    for (size_t i = 0; i < b; i++) d |= (unsigned char)(given[i < a ? i : 0] ^ want[i]);
    return d == 0;
}

/* 0 when the request carries the write token; else the status (401, 403) */
static int check_token(server *sv, struct MHD_Connection *c, const char **why)
{
    if (!sv->token) {
        *why = "writes are disabled: start attache serve with --token or $ATTACHE_TOKEN";
        return 403;
    }
    const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
    const char *given = NULL;
    if (h && strncasecmp(h, "Bearer ", 7) == 0) given = h + 7;
    if (!given) given = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Attache-Token");
    if (!given || !*given) {
        *why = "a write needs the token: Authorization: Bearer TOKEN";
        return 401;
    }
    if (!token_eq(given, sv->token)) {
        *why = "wrong token";
        return 403;
    }
    return 0;
}

/* ---------------------------------------------------------- static files */

static const char *content_type(const char *path)
{
    static const char *const types[][2] = {
        {".html", "text/html; charset=utf-8"},   {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
        {".json", "application/json; charset=utf-8"}, {".map", "application/json; charset=utf-8"},
        {".svg", "image/svg+xml"},               {".png", "image/png"},
        {".ico", "image/x-icon"},                {".woff2", "font/woff2"},
        {".txt", "text/plain; charset=utf-8"},
    };
    const char *dot = strrchr(path, '.');
    if (dot && !strchr(dot, '/'))
        for (size_t i = 0; i < sizeof types / sizeof *types; i++)
            if (strcasecmp(dot, types[i][0]) == 0) return types[i][1];
    return "application/octet-stream";
}

/* Serves a file of the web folder.  The path (already percent-decoded by
 * libmicrohttpd) may hold only [A-Za-z0-9._-/], no "..", no "//"; the
 * file is opened without following a final symbolic link and its real
 * path must lie inside the folder. */
static enum MHD_Result serve_file(server *sv, struct MHD_Connection *c, const char *url)
{
    if (!sv->web[0]) return send_error(c, 404, "the web page is not built (see web/README.md); the API is at /api/");
    if (strcmp(url, "/") == 0) url = "/index.html";
    size_t n = strlen(url);
    if (url[0] != '/' || n > 512) return send_error(c, 400, "bad path");
    for (const char *p = url; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (!(ch == '/' || ch == '.' || ch == '-' || ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') ||
              (ch >= 'A' && ch <= 'Z')))
            return send_error(c, 400, "bad path: only letters, digits and . - _ / are served");
    }
    if (strstr(url, "..") || strstr(url, "//") || strstr(url, "/.")) return send_error(c, 400, "bad path");
    char full[PATH_MAX * 2];
    snprintf(full, sizeof full, "%s%s", sv->web, url);
    int fd = open(full, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return send_error(c, 404, "no such file");
    struct stat sb;
    char real[PATH_MAX];
    size_t wl = strlen(sv->web);
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || !realpath(full, real) || strncmp(real, sv->web, wl) != 0 ||
        real[wl] != '/') {
        close(fd);
        return send_error(c, 404, "no such file");
    }
    struct MHD_Response *r = MHD_create_response_from_fd((uint64_t)sb.st_size, fd);
    if (!r) {
        close(fd);
        return MHD_NO;
    }
    common_headers(r);
    const char *ct = content_type(url);
    MHD_add_response_header(r, "Content-Type", ct);
    if (strncmp(ct, "text/html", 9) == 0) {
        /* the page's scripts and data come from here only; nothing inline runs */
        MHD_add_response_header(r, "Content-Security-Policy",
                                "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; "
                                "base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        MHD_add_response_header(r, "Cache-Control", "no-cache");
    } else {
        MHD_add_response_header(r, "Cache-Control", "max-age=300");
    }
    enum MHD_Result ok = MHD_queue_response(c, MHD_HTTP_OK, r);
    MHD_destroy_response(r);
    return ok;
}

/* ---------------------------------------------------------- the API */

typedef struct {
    att_api_param p[MAX_PARAMS];
    size_t n;
    int overflow;
} params;

static enum MHD_Result collect_arg(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
    (void)kind;
    params *ps = cls;
    if (ps->n == MAX_PARAMS) {
        ps->overflow = 1;
        return MHD_NO;
    }
    ps->p[ps->n].name = key ? key : "";
    ps->p[ps->n].value = value ? value : "";
    ps->n++;
    return MHD_YES;
}

/* A slot's store, connected: a PostgreSQL connection that was lost (the
 * server restarted) is closed and opened again.  0, or -1 with a 503 in
 * *body when the store cannot be reached now. */
static int slot_connect(server *sv, slot *s, char **body, size_t *len)
{
    if (s->st && att_store_connected(s->st)) return 0;
    att_store_close(s->st);
    att_error err;
    s->st = att_store_open(sv->db, &err);
    if (s->st) {
        if (sv->log) fprintf(stderr, "attache serve: connected to the store again\n");
        return 0;
    }
    char m[600];
    snprintf(m, sizeof m, "the store cannot be reached now: %.500s", err.detail[0] ? err.detail : "store error");
    /* one line, whatever libpq wrote */
    for (char *p = m; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
    for (size_t n = strlen(m); n && m[n - 1] == ' '; n--) m[n - 1] = 0;
    att_api_error(503, m, body, len);
    return -1;
}

/* Runs one request on a slot's store.  When the store fails and its
 * connection turns out lost, it connects again and runs the request once
 * more (a write is one transaction, rolled back with the lost connection,
 * and storing is idempotent); when it cannot connect: 503. */
static int on_store(server *sv, slot *s, int (*fn)(att_store *, void *, char **, size_t *), void *arg, char **body,
                    size_t *len)
{
    if (slot_connect(sv, s, body, len) != 0) return 503;
    int status = fn(s->st, arg, body, len);
    if (status < 500 || att_store_connected(s->st)) return status;
    free(*body);
    *body = NULL, *len = 0;
    if (slot_connect(sv, s, body, len) != 0) return 503;
    return fn(s->st, arg, body, len);
}

typedef struct {
    const char *path;
    params *ps;
} get_args;

static int do_get(att_store *st, void *arg, char **body, size_t *len)
{
    get_args *g = arg;
    return att_api_get(st, g->path, g->ps->p, g->ps->n, body, len);
}

typedef struct {
    att_workspace *ws;
    request *rq;
} post_args;

static int do_post(att_store *st, void *arg, char **body, size_t *len)
{
    post_args *a = arg;
    return att_api_post_documents(st, a->ws, a->rq->body ? a->rq->body : "", a->rq->n, body, len);
}

static enum MHD_Result api_get(server *sv, struct MHD_Connection *c, const char *path)
{
    params ps;
    memset(&ps, 0, sizeof ps);
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_arg, &ps);
    if (ps.overflow) return send_error(c, 400, "too many parameters");
    int which;
    slot *s = slot_get(sv, &which);
    char *body = NULL;
    size_t len = 0;
    get_args g = {path, &ps};
    int status = on_store(sv, s, do_get, &g, &body, &len);
    slot_put(sv, which);
    return send_json(c, status, body, len);
}

static enum MHD_Result api_post(server *sv, struct MHD_Connection *c, request *rq)
{
    int which;
    slot *s = slot_get(sv, &which);
    if (!s->ws) s->ws = att_workspace_new(sv->lex);
    char *body = NULL;
    size_t len = 0;
    post_args a = {s->ws, rq};
    pthread_mutex_lock(&sv->write_mu);
    int status = on_store(sv, s, do_post, &a, &body, &len);
    pthread_mutex_unlock(&sv->write_mu);
    slot_put(sv, which);
    return send_json(c, status, body, len);
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                              const char *version, const char *upload_data, size_t *upload_data_size, void **con_cls)
{
    (void)version;
    server *sv = cls;
    request *rq = *con_cls;
    int is_post = strcmp(method, "POST") == 0;
    int is_api = strcmp(url, "/api") == 0 || strncmp(url, "/api/", 5) == 0;
    if (!rq) {
        /* the first call: only the headers are here */
        rq = calloc(1, sizeof *rq);
        if (!rq) return MHD_NO;
        *con_cls = rq;
        char ip[64];
        client_ip(c, ip, sizeof ip);
        if (sv->log) {
            /* the path as printable ASCII: no terminal escapes from a client */
            char shown[256];
            size_t k = 0;
            for (const char *p = url; *p && k + 5 < sizeof shown; p++) {
                unsigned char ch = (unsigned char)*p;
                if (ch >= 0x20 && ch < 0x7f) shown[k++] = (char)ch;
                else k += (size_t)snprintf(shown + k, sizeof shown - k, "\\x%02x", ch);
            }
            shown[k] = 0;
            fprintf(stderr, "attache serve: %s %.10s %s\n", ip, method, shown);
        }
        if (!rate_ok(sv, ip)) {
            rq->answered = 1;
            return send_error(c, 429, "too many requests: slow down");
        }
        if (is_post) {
            if (strcmp(url, "/api/documents") != 0 && strcmp(url, "/api/documents/") != 0) {
                rq->answered = 1;
                return send_error(c, 405, "only /api/documents takes POST");
            }
            const char *why = NULL;
            int st = check_token(sv, c, &why);
            if (st) {
                rq->answered = 1;
                return send_error(c, st, why);
            }
            const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
            if (cl && strtoull(cl, NULL, 10) > sv->max_body) {
                rq->answered = 1;
                char m[128];
                snprintf(m, sizeof m, "the request body is larger than %zu bytes (--max-body)", sv->max_body);
                return send_error(c, 413, m);
            }
        }
        return MHD_YES;
    }
    if (rq->answered) {
        *upload_data_size = 0;    /* the rest of the body is ignored */
        return MHD_YES;
    }
    if (*upload_data_size) {
        size_t k = *upload_data_size;
        if (!rq->too_big && rq->n + k > sv->max_body) {
            rq->too_big = 1;
            free(rq->body);
            rq->body = NULL;
            rq->n = rq->cap = 0;
        }
        if (!rq->too_big) {
            if (rq->n + k + 1 > rq->cap) {
                size_t cap = rq->cap ? rq->cap : 4096;
                while (cap < rq->n + k + 1) cap *= 2;
                char *nb = realloc(rq->body, cap);
                if (!nb) return MHD_NO;
                rq->body = nb, rq->cap = cap;
            }
            memcpy(rq->body + rq->n, upload_data, k);
            rq->n += k;
            rq->body[rq->n] = 0;
        }
        *upload_data_size = 0;
        return MHD_YES;
    }
    /* the whole request is here */
    if (rq->too_big) {
        char m[128];
        snprintf(m, sizeof m, "the request body is larger than %zu bytes (--max-body)", sv->max_body);
        return send_error(c, 413, m);
    }
    int is_get = strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0;
    if (is_api) {
        const char *path = url + 4;   /* after "/api" */
        if (is_post) return api_post(sv, c, rq);
        if (!is_get) return send_error(c, 405, "the API takes GET (and POST on /api/documents)");
        return api_get(sv, c, path);
    }
    if (!is_get) return send_error(c, 405, "the page's files take GET");
    return serve_file(sv, c, url);
}

/* Percent-decoding of the path and of each query value, in place, except
 * that %00 is left as it is: a NUL would cut the string short of what
 * the client asked for (a path then fails the check for '%'; a value is
 * kept with the three characters). */
static size_t unescape(void *cls, struct MHD_Connection *c, char *s)
{
    (void)cls, (void)c;
    static const char hex[] = "0123456789abcdef";
    char *r = s, *w = s;
    while (*r) {
        const char *h1, *h2;
        if (r[0] == '%' && r[1] && r[2] && (h1 = strchr(hex, r[1] | 0x20)) && (h2 = strchr(hex, r[2] | 0x20)) &&
            (h1 - hex || h2 - hex)) {
            *w++ = (char)((h1 - hex) * 16 + (h2 - hex));
            r += 3;
        } else {
            *w++ = *r++;
        }
    }
    *w = 0;
    return (size_t)(w - s);
}

static void completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe)
{
    (void)cls, (void)c, (void)toe;
    request *rq = *con_cls;
    if (!rq) return;
    free(rq->body);
    free(rq);
    *con_cls = NULL;
}

/* ---------------------------------------------------------- command */

static void usage(FILE *f)
{
    fprintf(f,
            "usage: attache serve [OPTIONS]\n"
            "\n"
            "Serves the store as a JSON API (/api/..., docs/API.md) and a web page (/).\n"
            "Reads are open; POST /api/documents (extract and store articles) needs the\n"
            "token given with --token or $ATTACHE_TOKEN, and is refused without one.\n"
            "\n"
            "      --db URL           the store: a SQLite file (default attache.db, or\n"
            "                         $ATTACHE_DB) or postgresql://user@host:port/db\n"
            "      --listen ADDR      HOST:PORT to listen on (default 127.0.0.1:8080;\n"
            "                         [::1]:8080 for IPv6; port 0 picks a free one)\n"
            "      --token TOKEN      the write token (default $ATTACHE_TOKEN)\n"
            "      --web DIR          the page's files (default: web/ next to the program,\n"
            "                         or $ATTACHE_WEB)\n"
            "  -L, --lexicon FILE     compiled lexicon, for POST (default: next to the program)\n"
            "      --threads N        server threads, each with its store connection\n"
            "                         (default: cores, at least 2)\n"
            "      --max-body BYTES   largest request body (default 8388608)\n"
            "      --rate N           requests a second per client address, bursts of 2N\n"
            "                         (default 50; 0 = no limit)\n"
            "      --log              one line per request on standard error\n"
            "  -h, --help             this help\n"
            "\n"
            "The address it listens on is printed on standard error.  SIGINT or SIGTERM\n"
            "stop it.  Exit status: 0 stopped; 2 usage error; 3 cannot open the store or\n"
            "listen.\n");
}

/* "HOST:PORT", "[V6]:PORT", ":PORT" or "PORT" */
static int parse_listen(const char *s, char *host, size_t hsize, char *port, size_t psize)
{
    const char *colon;
    if (s[0] == '[') {
        const char *close = strchr(s, ']');
        if (!close || close[1] != ':') return -1;
        snprintf(host, hsize, "%.*s", (int)(close - s - 1), s + 1);
        snprintf(port, psize, "%s", close + 2);
    } else if ((colon = strrchr(s, ':'))) {
        snprintf(host, hsize, "%.*s", (int)(colon - s), s);
        snprintf(port, psize, "%s", colon + 1);
    } else {
        snprintf(host, hsize, "127.0.0.1");
        snprintf(port, psize, "%s", s);
    }
    if (!host[0]) snprintf(host, hsize, "127.0.0.1");
    char *end;
    long p = strtol(port, &end, 10);
    if (!port[0] || *end || p < 0 || p > 65535) return -1;
    return 0;
}

static void default_web(const char *argv0, char *out, size_t size)
{
    out[0] = 0;
    const char *env = getenv("ATTACHE_WEB");
    if (env && *env) {
        snprintf(out, size, "%s", env);
        return;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) {
        snprintf(exe, sizeof exe, "%s", argv0);
        n = (ssize_t)strlen(exe);
    }
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) *slash = 0;
    else snprintf(exe, sizeof exe, ".");
    snprintf(out, size, "%s/web", exe);
    struct stat sb;
    if (stat(out, &sb) == 0 && S_ISDIR(sb.st_mode)) return;
    snprintf(out, size, "%s/../share/attache/web", exe);
}

int att_cmd_serve(int argc, char **argv)
{
    static const struct option opts[] = {
        {"db", required_argument, 0, 'D'},      {"listen", required_argument, 0, 'l'},
        {"token", required_argument, 0, 'k'},   {"web", required_argument, 0, 'W'},
        {"lexicon", required_argument, 0, 'L'}, {"threads", required_argument, 0, 't'},
        {"max-body", required_argument, 0, 'B'}, {"rate", required_argument, 0, 'r'},
        {"log", no_argument, 0, 'g'},           {"help", no_argument, 0, 'h'},
        {0, 0, 0, 0},
    };
    server sv;
    memset(&sv, 0, sizeof sv);
    sv.db = getenv("ATTACHE_DB");
    sv.token = getenv("ATTACHE_TOKEN");
    sv.max_body = 8u << 20;
    sv.rate = 50;
    const char *listen = "127.0.0.1:8080", *web = NULL, *lex_path = NULL;
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    if (threads < 2) threads = 2;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "L:h", opts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'D': sv.db = optarg; break;
        case 'l': listen = optarg; break;
        case 'k': sv.token = optarg; break;
        case 'W': web = optarg; break;
        case 'L': lex_path = optarg; break;
        case 't':
            threads = strtol(optarg, &end, 10);
            if (*end || threads < 1 || threads > 256) {
                fprintf(stderr, "attache serve: --threads wants a number from 1 to 256\n");
                return 2;
            }
            break;
        case 'B': {
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end || v < 1024 || v > (1ull << 31)) {
                fprintf(stderr, "attache serve: --max-body wants a number of bytes from 1024 to 2147483648\n");
                return 2;
            }
            sv.max_body = (size_t)v;
            break;
        }
        case 'r':
            sv.rate = strtod(optarg, &end);
            if (*end || sv.rate < 0 || sv.rate > 1e6) {
                fprintf(stderr, "attache serve: --rate wants a number of requests a second (0 = no limit)\n");
                return 2;
            }
            break;
        case 'g': sv.log = 1; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "attache serve: unexpected argument '%s'\n", argv[optind]);
        return 2;
    }
    if (sv.token && !*sv.token) sv.token = NULL;
    if (sv.token && strlen(sv.token) < 8) {
        fprintf(stderr, "attache serve: the token is too short (at least 8 characters)\n");
        return 2;
    }
    sv.burst = sv.rate * 2 < 20 ? 20 : sv.rate * 2;
    char host[256], port[16];
    if (parse_listen(listen, host, sizeof host, port, sizeof port) != 0) {
        fprintf(stderr, "attache serve: --listen wants HOST:PORT, as 127.0.0.1:8080, not '%s'\n", listen);
        return 2;
    }
    char wbuf[PATH_MAX];
    if (!web) default_web(argv[0], wbuf, sizeof wbuf), web = wbuf;
    if (!realpath(web, sv.web)) {
        fprintf(stderr, "attache serve: no web page at %s (build it: make); serving the API only\n", web);
        sv.web[0] = 0;
    }

    att_error err;
    char msg[1024];
    if (sv.token) {
        char lbuf[4096];
        if (!lex_path) lex_path = att_lexicon_default_path(argv[0], lbuf, sizeof lbuf);
        sv.lex = att_lexicon_open(lex_path, &err);
        if (!sv.lex) {
            fprintf(stderr, "attache: %s\n", att_error_format(&err, msg, sizeof msg));
            return 3;
        }
    }
    /* a store that went away is reconnected at the next request: bound the
     * wait for a PostgreSQL server that does not answer (a refused
     * connection fails at once) */
    setenv("PGCONNECT_TIMEOUT", "5", 0);
    sv.nslots = (int)threads + 1;
    sv.slots = calloc((size_t)sv.nslots, sizeof *sv.slots);
    sv.free_slots = calloc((size_t)sv.nslots, sizeof *sv.free_slots);
    sv.buckets = calloc(RATE_SLOTS, sizeof *sv.buckets);
    for (int i = 0; i < sv.nslots; i++) {
        sv.slots[i].st = att_store_open(sv.db, &err);
        if (!sv.slots[i].st) {
            fprintf(stderr, "attache: %s\n", att_error_format(&err, msg, sizeof msg));
            for (int j = 0; j < i; j++) att_store_close(sv.slots[j].st);
            att_lexicon_free(sv.lex);
            free(sv.slots);
            free(sv.free_slots);
            free(sv.buckets);
            return 3;
        }
        sv.free_slots[sv.nfree++] = i;
    }
    pthread_mutex_init(&sv.mu, NULL);
    pthread_cond_init(&sv.cv, NULL);
    pthread_mutex_init(&sv.write_mu, NULL);
    pthread_mutex_init(&sv.rate_mu, NULL);

    struct addrinfo hints, *ai = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    int gr = getaddrinfo(host, port, &hints, &ai);
    if (gr != 0 || !ai) {
        fprintf(stderr, "attache serve: cannot listen on %s: %s\n", listen, gai_strerror(gr));
        for (int i = 0; i < sv.nslots; i++) att_store_close(sv.slots[i].st);
        free(sv.slots);
        free(sv.free_slots);
        free(sv.buckets);
        att_lexicon_free(sv.lex);
        return 3;
    }

    /* the server's threads inherit a mask without these: the main thread
     * waits for them */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);

    unsigned flags = MHD_USE_AUTO | MHD_USE_INTERNAL_POLLING_THREAD;
    if (ai->ai_family == AF_INET6) flags |= MHD_USE_IPv6;
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, 0, NULL, NULL, handle, &sv, MHD_OPTION_SOCK_ADDR, ai->ai_addr, MHD_OPTION_THREAD_POOL_SIZE,
        (unsigned)threads, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30, MHD_OPTION_CONNECTION_LIMIT, (unsigned)1000,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)256, MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)65536,
        MHD_OPTION_NOTIFY_COMPLETED, completed, &sv, MHD_OPTION_UNESCAPE_CALLBACK, unescape, &sv, MHD_OPTION_END);
    char shown[300];
    if (ai->ai_family == AF_INET6) snprintf(shown, sizeof shown, "[%s]", host);
    else snprintf(shown, sizeof shown, "%s", host);
    freeaddrinfo(ai);
    int rc = 0;
    if (!d) {
        fprintf(stderr, "attache serve: cannot listen on %s: %s\n", listen, strerror(errno));
        rc = 3;
    } else {
        const union MHD_DaemonInfo *di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
        unsigned bound = di ? di->port : (unsigned)atoi(port);
        fprintf(stderr, "attache serve: http://%s:%u/ (store %s, %s, writes %s)\n", shown, bound,
                att_store_backend(sv.slots[0].st), sv.web[0] ? sv.web : "no web page",
                sv.token ? "with the token" : "disabled");
        fflush(stderr);
        int sig = 0;
        sigwait(&set, &sig);
        fprintf(stderr, "attache serve: stopping (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
        MHD_stop_daemon(d);
    }
    for (int i = 0; i < sv.nslots; i++) {
        att_workspace_free(sv.slots[i].ws);
        att_store_close(sv.slots[i].st);
    }
    free(sv.slots);
    free(sv.free_slots);
    free(sv.buckets);
    att_lexicon_free(sv.lex);
    return rc;
}
