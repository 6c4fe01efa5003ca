/* extract.c: the pipeline.  documents -> text -> lexicon match -> dates ->
 * recognise -> JSON.  Each call runs the stages in order on one document;
 * the workspace carries per-thread scratch and nothing else. */
#include "doc.h"

#include <stdio.h>
#include <stdlib.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

static int32_t lex_id(void *ctx, const char *key, size_t n)
{
    return att_lex_token(ctx, key, n);
}

att_workspace *att_workspace_new(const att_lexicon *lex)
{
    att_workspace *ws = att_xcalloc(1, sizeof *ws);
    ws->lex = lex;
    ws->stem_ru = sb_stemmer_new("russian", "UTF_8");
    ws->stem_en = sb_stemmer_new("english", "UTF_8");
    ws->lang_ru = att_lex_lang(lex, "ru");
    ws->lang_en = att_lex_lang(lex, "en");
    ws->lang_vi = att_lex_lang(lex, "vi");
    ws->k_country = att_lex_kind(lex, "country");
    ws->k_country_adj = att_lex_kind(lex, "country_adj");
    ws->k_demonym = att_lex_kind(lex, "demonym");
    ws->k_capital = att_lex_kind(lex, "capital");
    ws->k_country_prefix = att_lex_kind(lex, "country_prefix");
    ws->k_country_abbr = att_lex_kind(lex, "country_abbr");
    ws->k_region = att_lex_kind(lex, "region");
    ws->k_org = att_lex_kind(lex, "org");
    ws->k_outlet = att_lex_kind(lex, "outlet");
    ws->k_ignore = att_lex_kind(lex, "ignore");
    ws->k_abbrev = att_lex_kind(lex, "abbrev");
    ws->k_langword = att_lex_kind(lex, "langword");
    ws->k_month = att_lex_kind(lex, "month");
    ws->k_opener = att_lex_kind(lex, "opener");
    att_vec_init(&ws->matches, sizeof(att_match));
    void *tc = NULL;           /* 64-aligned: an entry is a cache line */
    if (posix_memalign(&tc, 64, sizeof *ws->tokcache) != 0) tc = att_xmalloc(sizeof *ws->tokcache);
    memset(tc, 0, sizeof *ws->tokcache);
    ws->tokcache = tc;
    ws->tokcache->idfn = lex_id;
    ws->tokcache->ctx = (void *)lex;
    return ws;
}

void att_workspace_free(att_workspace *ws)
{
    if (!ws) return;
    sb_stemmer_delete(ws->stem_ru);
    sb_stemmer_delete(ws->stem_en);
    att_vec_free(&ws->matches);
    att_lex_roots_free(&ws->roots);
    if (ws->tokcache) free(ws->tokcache->scratch);
    free(ws->tokcache);
    free(ws->gold);
    free(ws->gold_order);
    free(ws->place.row_by_code);
    att_persons_cache_free(ws->persons);
    free(ws);
    att_arena_trim();   /* a workspace is a thread's: its spare arena blocks go with it */
}

/* stem id of a token, through the cache */
static int32_t stem_hashed(att_workspace *ws, const att_token *t, uint8_t lang);

static int32_t stem_of(void *ctx, att_token *t)
{
    att_workspace *ws = ctx;
    if (!ws->stem) return -1;
    uint8_t lang = ws->stem == ws->stem_ru ? 1 : 2;
    /* a word the lexicon knows keeps its stem in its memo slot */
    att_lex_root *r = t->id >= 0 ? att_lex_root_slot(&ws->roots, t->id) : NULL;
    if (r && r->stem >> 30 == lang) return (int32_t)(r->stem & 0x3FFFFFFFu) - 1;
    int32_t sid = stem_hashed(ws, t, lang);
    if (r && sid < 0x3FFFFFFF) r->stem = (uint32_t)lang << 30 | (uint32_t)(sid + 1);
    return sid;
}

/* stem_of for any word: a set-associative cache by the key's hash */
static int32_t stem_hashed(att_workspace *ws, const att_token *t, uint8_t lang)
{
    uint64_t h = XXH3_64bits(t->key, t->keylen);
    size_t slot = h & 8190;        /* the set's first way */
    if (ws->stem_cache[slot].h == h && ws->stem_cache[slot].lang == lang) return ws->stem_cache[slot].sid;
    if (ws->stem_cache[slot + 1].h == h && ws->stem_cache[slot + 1].lang == lang) return ws->stem_cache[slot + 1].sid;
    const sb_symbol *s = sb_stemmer_stem(ws->stem, (const sb_symbol *)t->key, t->keylen);
    int sl = sb_stemmer_length(ws->stem);
    char buf[ATT_KEY_MAX * 2 + 2];
    int32_t sid = -1;
    if (s && sl > 0 && (size_t)sl < sizeof buf - 1) {
        buf[0] = ATT_STEM_PREFIX;
        memcpy(buf + 1, s, (size_t)sl);
        sid = att_lex_token(ws->lex, buf, (size_t)sl + 1);
    }
    ws->stem_cache[slot + 1] = ws->stem_cache[slot];    /* the older stem moves to way 2 */
    ws->stem_cache[slot].h = h;
    ws->stem_cache[slot].lang = lang;
    ws->stem_cache[slot].sid = sid;
    return sid;
}

void att_lexicon_pass(att_workspace *ws, att_doc *doc)
{
    ws->stem = doc->lang_id == ws->lang_ru ? ws->stem_ru : doc->lang_id == ws->lang_en ? ws->stem_en : NULL;
    ws->matches.n = 0;
    att_lex_match(ws->lex, doc->tok, doc->ntok, stem_of, ws, &ws->roots, &ws->matches);
    doc->nmatches = ws->matches.n;
    doc->matches = doc->nmatches ? att_arena_memdup(&doc->arena, ws->matches.p, doc->nmatches * sizeof(att_match))
                                 : att_arena_alloc(&doc->arena, sizeof(att_match));
    /* each match's entries usable in this document (its language, the case
     * an entry asks for), decided once for every stage that reads them */
    size_t total = 0;
    for (size_t i = 0; i < doc->nmatches; i++) total += att_lex_node_at(ws->lex, doc->matches[i].node)->count;
    doc->mentries = att_arena_alloc_raw(&doc->arena, (total ? total : 1) * sizeof *doc->mentries);
    const att_lex_entry *es = att_lex_entries(ws->lex);
    int lang = doc->lang_id < 0 ? 0 : doc->lang_id;
    uint32_t k = 0;
    for (size_t i = 0; i < doc->nmatches; i++) {
        att_match *m = &doc->matches[i];
        const att_lex_node *nd = att_lex_node_at(ws->lex, m->node);
        m->efirst = k;
        for (uint32_t j = 0; j < nd->count; j++)
            if (att_lex_entry_ok(ws->lex, &es[nd->first + j], lang, doc->tok, m->tok, m->end, doc->txt))
                doc->mentries[k++] = nd->first + j;
        m->en = k - m->efirst;
    }
}

const att_lex_entry *att_match_entry(att_workspace *ws, const att_doc *doc, const att_match *m, int kind)
{
    if (kind < 0) return NULL;
    const att_lex_node *nd = att_lex_node_at(ws->lex, m->node);
    const att_lex_entry *es = att_lex_entries(ws->lex);
    for (uint32_t i = 0; i < nd->count; i++) {
        const att_lex_entry *e = &es[nd->first + i];
        if (e->kind != kind) continue;
        if (att_lex_entry_ok(ws->lex, e, doc->lang_id < 0 ? 0 : doc->lang_id, doc->tok, m->tok, m->end, doc->txt))
            return e;
    }
    return NULL;
}

static int gold_cmp(const void *a, const void *b, void *arg)
{
    const att_workspace *ws = arg;
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    int c = strcmp(ws->gold[x].code, ws->gold[y].code);
    return c ? c : (x > y) - (x < y);
}

long att_goldstein_find(att_workspace *ws, const char *code)
{
    if (!code || !ws->gold || !ws->ngold) return -1;
    if (!ws->gold_order) {
        ws->gold_order = att_xmalloc(ws->ngold * sizeof *ws->gold_order);
        for (size_t r = 0; r < ws->ngold; r++) ws->gold_order[r] = (uint32_t)r;
        qsort_r(ws->gold_order, ws->ngold, sizeof *ws->gold_order, gold_cmp, ws);
    }
    size_t lo = 0, hi = ws->ngold;   /* the first row whose code is >= code */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(ws->gold[ws->gold_order[mid]].code, code) < 0) lo = mid + 1;
        else hi = mid;
    }
    return lo < ws->ngold && strcmp(ws->gold[ws->gold_order[lo]].code, code) == 0 ? (long)ws->gold_order[lo] : -1;
}

size_t att_doc_first_match(const att_doc *doc, uint32_t tok)
{
    size_t lo = 0, hi = doc->nmatches;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (doc->matches[mid].tok < tok) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

int att_entry_int(const att_lexicon *lex, const att_lex_entry *e, const char *attr)
{
    size_t n;
    const char *v = att_lex_attr(lex, e, attr, &n);
    unsigned u;
    if (!v || !att_parse_uint(v, n, &u)) return -1;
    return (int)u;
}

size_t att_doc_src_offset(const att_doc *doc, size_t off)
{
    if (!doc->map) return off;
    size_t lo = 0, hi = doc->nmap;
    while (lo < hi) {              /* last segment with txt <= off */
        size_t mid = (lo + hi) / 2;
        if (doc->map[mid].txt <= off) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return doc->nmap ? doc->map[0].src : 0;
    const att_segment *s = &doc->map[lo - 1];
    size_t d = off - s->txt;
    if (s->txt_len == s->src_len) return s->src + ATT_MIN(d, (size_t)s->src_len);
    return d == 0 ? s->src : s->src + s->src_len;
}

size_t att_doc_src_end(const att_doc *doc, size_t off)
{
    if (!doc->map || off == 0) return off;
    size_t lo = 0, hi = doc->nmap, at = off - 1;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (doc->map[mid].txt <= at) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return doc->nmap ? doc->map[0].src : 0;
    const att_segment *s = &doc->map[lo - 1];
    if (s->txt_len == s->src_len) return s->src + ATT_MIN(off - s->txt, (size_t)s->src_len);
    return s->src + s->src_len;
}

static char *dup_or_null(att_arena *a, const char *s)
{
    return s ? att_arena_strndup(a, s, strlen(s)) : NULL;
}

static void set_problem(att_error *err, const att_input *in, att_status code, const char *msg,
                        uint64_t offset, const char *detail)
{
    if (!err || err->code != ATT_OK) return;   /* keep the first */
    err->code = code;
    err->message = msg;
    snprintf(err->input, sizeof err->input, "%s", in->input ? in->input : (in->id ? in->id : "-"));
    err->line = in->line;
    err->offset = offset;
    snprintf(err->detail, sizeof err->detail, "%s", detail);
}

att_doc *att_extract(att_workspace *ws, const att_input *in, att_error *err)
{
    att_doc *doc = att_xcalloc(1, sizeof *doc);
    att_arena_init(&doc->arena);
    att_buf_init(&doc->warnings);
    att_buf_init(&doc->json);
    doc->lex = ws->lex;
    if (err) memset(err, 0, sizeof *err);
    doc->id = dup_or_null(&doc->arena, in->id ? in->id : "");
    doc->source = dup_or_null(&doc->arena, in->source);
    doc->url = dup_or_null(&doc->arena, in->url);
    doc->title = dup_or_null(&doc->arena, in->title);
    doc->published_in = dup_or_null(&doc->arena, in->published);

    /* text: repair, then (for a page) reduce to the article */
    const char *text = in->text ? in->text : "";
    size_t len = in->text ? in->len : 0;
    char *fixed = att_arena_alloc(&doc->arena, len + 1);
    size_t first_bad;
    size_t nbad = att_utf8_repair(text, len, fixed, &first_bad);   /* same length: offsets hold */
    if (nbad) {
        char d[160];
        snprintf(d, sizeof d, "%zu invalid UTF-8 or control byte(s) replaced by spaces", nbad);
        uint64_t at = in->invalid_at > 0 ? (uint64_t)in->invalid_at : in->offset + first_bad;
        set_problem(err, in, ATT_ERR_UTF8, "invalid UTF-8", at, d);
        att_buf_printf(&doc->warnings, "%s%s at byte %zu", doc->warnings.n ? "; " : "", d, first_bad);
    }
    if (in->is_html) {
        att_text_html(doc, fixed, len);
    } else {
        doc->txt = fixed;
        doc->len = len;
    }
    doc->tok = att_tokenize(&doc->arena, doc->txt, doc->len, &doc->ntok, ws->tokcache);
    if (in->lang && (strcmp(in->lang, "ru") == 0 || strcmp(in->lang, "vi") == 0 || strcmp(in->lang, "en") == 0))
        doc->lang = strcmp(in->lang, "ru") == 0 ? "ru" : strcmp(in->lang, "vi") == 0 ? "vi" : "en";
    else
        doc->lang = att_text_language(ws, doc->txt, doc->tok, doc->ntok);
    doc->lang_id = strcmp(doc->lang, "und") == 0 ? -1 : att_lex_lang(ws->lex, doc->lang);
    if (doc->len == 0 || doc->ntok == 0) {
        set_problem(err, in, ATT_ERR_EMPTY, "empty document", in->offset, "the document has no text");
    } else if (doc->lang_id < 0) {
        set_problem(err, in, ATT_ERR_LANG, "unknown language", in->offset,
                    "unknown language: the text is not Russian, Vietnamese or English (lang und)");
    }
    att_lexicon_pass(ws, doc);
    att_text_metadata(doc);             /* where the body starts: a sentence boundary */
    att_text_sentences(ws, doc);
    att_dates_find(ws, doc);
    att_recognise_published(ws, doc);   /* also finds where a metadata line ends */
    att_recognise_countries(ws, doc);
    att_dates_resolve(ws, doc);
    att_recognise_persons(ws, doc);
    att_code_events(ws, doc);
    att_output_json(doc);
    return doc;
}

void att_doc_free(att_doc *doc)
{
    if (!doc) return;
    att_buf_free(&doc->warnings);
    att_buf_free(&doc->json);
    att_arena_free(&doc->arena);
    free(doc);
}

const char *att_doc_json(att_doc *doc, size_t *len)
{
    if (len) *len = doc->json.n;
    return doc->json.p ? doc->json.p : "";
}

const char *att_doc_id(const att_doc *doc) { return doc->id; }
const char *att_doc_lang(const att_doc *doc) { return doc->lang; }

const char *att_doc_published(const att_doc *doc, const char **from)
{
    if (from) *from = doc->published_from;
    return doc->published[0] ? doc->published : NULL;
}

size_t att_doc_country_count(const att_doc *doc) { return doc->ncodes; }

const char *att_doc_country(const att_doc *doc, size_t i)
{
    return i < doc->ncodes ? doc->country_codes[i] : NULL;
}

size_t att_doc_sentence_count(const att_doc *doc) { return doc->nsent; }

void att_doc_sentence(const att_doc *doc, size_t i, size_t *start, size_t *end)
{
    if (i >= doc->nsent) {
        *start = *end = 0;
        return;
    }
    *start = att_doc_src_offset(doc, doc->sent[i].start);
    *end = att_doc_src_end(doc, doc->sent[i].end);
}

const char *att_doc_text(const att_doc *doc, size_t *len)
{
    if (len) *len = doc->len;
    return doc->txt;
}

size_t att_doc_run_count(const att_doc *doc) { return doc->map ? doc->nmap : 0; }

void att_doc_run(const att_doc *doc, size_t i, size_t *txt, size_t *txt_len, size_t *src, size_t *src_len)
{
    if (!doc->map || i >= doc->nmap) return;
    const att_segment *s = &doc->map[i];
    *txt = s->txt, *txt_len = s->txt_len, *src = s->src, *src_len = s->src_len;
}

const char *att_detect_language(att_workspace *ws, const char *text, size_t len)
{
    att_arena a;
    att_arena_init(&a);
    char *fixed = att_xmalloc(len + 1);
    size_t first;
    att_utf8_repair(text, len, fixed, &first);
    size_t ntok;
    att_token *t = att_tokenize(&a, fixed, len, &ntok, ws->tokcache);
    const char *lang = att_text_language(ws, fixed, t, ntok);
    free(fixed);
    att_arena_free(&a);
    return lang;
}

const char *att_lexicon_lookup(att_workspace *ws, const char *lang, const char *kind, const char *phrase,
                               size_t len)
{
    att_doc doc;
    memset(&doc, 0, sizeof doc);
    att_arena_init(&doc.arena);
    doc.lex = ws->lex;
    doc.txt = att_arena_strndup(&doc.arena, phrase, len);
    doc.len = len;
    doc.lang_id = att_lex_lang(ws->lex, lang);
    doc.tok = att_tokenize(&doc.arena, doc.txt, len, &doc.ntok, ws->tokcache);
    att_lexicon_pass(ws, &doc);
    int k = att_lex_kind(ws->lex, kind);
    const char *code = NULL;
    size_t words = 0;
    for (size_t i = 0; i < doc.ntok; i++) words += doc.tok[i].type != ATT_TOK_PUNCT;
    for (size_t i = 0; i < doc.nmatches && !code; i++) {
        const att_match *m = &doc.matches[i];
        size_t mw = 0;
        for (uint32_t j = m->tok; j < m->end; j++) mw += doc.tok[j].type != ATT_TOK_PUNCT;
        if (mw != words) continue;
        const att_lex_entry *e = att_match_entry(ws, &doc, m, k);
        if (e) code = att_lex_str(ws->lex, e->code);
    }
    att_arena_free(&doc.arena);
    return code;
}
