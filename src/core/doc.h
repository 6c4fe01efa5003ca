/* doc.h: one document as it moves through the stages.  Each stage reads the
 * fields the stages before it filled and fills its own; everything lives in
 * the document's arena and is freed with it.  Internal. */
#ifndef ATT_DOC_H
#define ATT_DOC_H

#include "../lexicon/lexicon.h"
#include "../code/code.h"
#include "../dates/dates.h"
#include "../recognise/persons.h"
#include "../text/text.h"

#include <attache.h>
#include <libstemmer.h>

/* A run of working text that came from a run of input bytes.  Where the
 * two lengths are equal the bytes map one to one; otherwise (an HTML
 * entity) the whole run maps to the whole run. */
typedef struct {
    uint32_t txt, src, txt_len, src_len;
} att_segment;

/* An explicit calendar date found in the text (dates stage). */
typedef struct {
    uint32_t tok, end;           /* token range */
    int y, m, d;                 /* 0 where the text does not say */
} att_date_atom;

/* A country named in the text (recognise stage). */
typedef struct {
    uint32_t tok, end;           /* token range */
    const char *code;            /* ISO alpha-3, lexicon-owned */
    const char *kind;            /* country, capital, demonym... */
} att_country_mention;

struct att_workspace {
    const att_lexicon *lex;
    struct sb_stemmer *stem_ru, *stem_en;
    struct sb_stemmer *stem;     /* the current document's, or NULL */
    int lang_ru, lang_en, lang_vi;
    /* kinds the engine reads, resolved once */
    int k_country, k_country_adj, k_demonym, k_capital, k_country_prefix, k_country_abbr;
    int k_region, k_org, k_outlet, k_ignore, k_abbrev, k_langword, k_month, k_opener;
    /* a two-way set-associative cache of stems: key hash -> token id */
    struct { uint64_t h; int32_t sid; uint8_t lang; } stem_cache[8192];
    att_vec matches;             /* scratch: att_match */
    att_lex_roots roots;         /* the trie root's children by token id (lexicon/match.c) */
    att_tokcache *tokcache;      /* words seen by this thread */
    /* the event coder's kinds and tables, resolved once (code/events.c) */
    int code_kinds[32];
    int code_ready;
    att_table_view cameo, countries, levels;
    att_table_view venues;       /* data/common/plover_venues.tsv (code/events.c) */
    int have_cameo, have_countries, have_levels, have_venues, have_cases;
    att_table_view cases;        /* data/ru/case_endings.tsv (code/events.c) */
    int cases_ending, cases_case; /* its columns */
    struct { const char *code; double goldstein; int has; } *gold;   /* CAMEO code -> Goldstein */
    size_t ngold;
    att_persons_cache *persons;  /* the persons stage's tables, prepared once (recognise/persons.c) */
    uint32_t *gold_order;        /* rows of gold by code, then row: att_goldstein_find's index */
    int8_t date_kinds[256];      /* lexicon kind -> the dates stage's kind (dates/parse.c) */
    int date_kinds_ready;
    /* places (code/actors.c): the city index's kinds and roots, and the
     * countries table's row by ISO alpha-3 code (AAA..ZZZ), row + 1 */
    struct {
        int ready, k_city, k_word, lang_en;
        uint32_t roots[2];                 /* cityword, city */
        int col_iso3, col_capital_en, col_lat, col_lon;
        uint16_t *row_by_code;
    } place;
};

struct att_doc {
    att_arena arena;
    const att_lexicon *lex;
    const char *id, *source, *url, *title, *published_in;

    /* text stage */
    char *txt;                   /* working text: valid UTF-8 */
    size_t len;
    att_segment *map;            /* NULL: working text offsets = input offsets */
    size_t nmap;
    att_token *tok;
    size_t ntok;
    att_sentence *sent;
    size_t nsent;
    const char *lang;            /* "ru", "vi", "en", "und" */
    int lang_id;                 /* lexicon language index, -1 for und */
    uint32_t body_start;         /* first byte after a metadata line */

    /* lexicon matches (att_match), filled once for all recognisers */
    att_match *matches;
    size_t nmatches;
    uint32_t *mentries;          /* entry indexes usable in this document, by match (efirst, en) */

    /* dates stage */
    att_date_atom *dates;
    size_t ndates;

    /* dates stage: every temporal expression, resolved (relative.c) */
    att_date_expr *dexprs;
    size_t ndexprs;

    /* persons stage (persons.c) */
    att_person *persons;
    size_t npersons;
    int32_t *tok_person;         /* per token: index into persons, or -1 */

    /* event coder (src/code/) */
    att_event *events;
    size_t nevents;
    att_agreement *agreements;
    size_t nagreements;
    att_relation *relations;
    size_t nrelations;

    /* recognise stage */
    att_country_mention *countries;
    size_t ncountries;
    const char **country_codes;  /* distinct, in order of first mention */
    size_t ncodes;
    char published[11];
    const char *published_from;

    /* problems that did not stop extraction */
    att_buf warnings;
    att_buf json;
};

/* Offset in the input of byte `off` of the working text. */
size_t att_doc_src_offset(const att_doc *doc, size_t off);
/* Offset in the input just past byte `off - 1` of the working text: where a
 * span ending at `off` ends in the input. */
size_t att_doc_src_end(const att_doc *doc, size_t off);

/* Stages, in pipeline order. */
void att_text_html(att_doc *doc, const char *page, size_t len);     /* text/html.c */
/* A metadata first line (` date 2025-12-26`): sets published and
 * body_start; returns 1 when there is one.  (recognise/pubdate.c) */
int att_text_metadata(att_doc *doc);
void att_text_sentences(att_workspace *ws, att_doc *doc);          /* text/sentence.c */
const char *att_text_language(att_workspace *ws, const char *txt, const att_token *tok, size_t ntok);  /* text/langid.c */
void att_lexicon_pass(att_workspace *ws, att_doc *doc);            /* core/extract.c */
void att_dates_find(att_workspace *ws, att_doc *doc);              /* dates/absolute.c */
void att_recognise_countries(att_workspace *ws, att_doc *doc);     /* recognise/countries.c */
void att_recognise_published(att_workspace *ws, att_doc *doc);     /* recognise/pubdate.c */
void att_dates_resolve(att_workspace *ws, att_doc *doc);           /* dates/relative.c */
void att_recognise_persons(att_workspace *ws, att_doc *doc);       /* recognise/persons.c */
void att_code_events(att_workspace *ws, att_doc *doc);             /* code/events.c */
void att_output_json(att_doc *doc);                                /* output/json.c */
/* the stages' own JSON arrays, written by the stage that owns the data */
void att_output_dates(const att_doc *doc, att_buf *b);             /* dates/relative.c */
void att_output_persons(const att_doc *doc, att_buf *b);           /* recognise/persons.c */
void att_output_events(const att_doc *doc, att_buf *b);            /* code/events.c: events, agreements, relations */
/* JSON helpers shared by the writers (output/json.c) */
void att_json_str(att_buf *b, const char *s, size_t n);
void att_json_text(att_buf *b, const char *s, size_t n);   /* s known to be valid UTF-8 */
void att_json_num(att_buf *b, long long v);
/* v as printf's "%.<digits>g" writes it under the C locale ("%.3g" for
 * scores and confidences without printf: it showed in profiles). */
void att_json_dbl(att_buf *b, double v, int digits);

/* The value attribute of a lexicon entry as a number, or -1. */
int att_entry_int(const att_lexicon *lex, const att_lex_entry *e, const char *attr);
/* The entries of match m usable in this document (language and case
 * checked), one call per entry: the way recognisers read a match once. */
#define ATT_FOR_ENTRIES(ws, doc, m, e)                                                                   \
    for (uint32_t i_ = 0; i_ < (m)->en; i_++)                                                            \
        for (const att_lex_entry *e = &att_lex_entries((ws)->lex)[(doc)->mentries[(m)->efirst + i_]]; e; \
             e = NULL)

/* Index of the first match starting at or after token `tok` (matches are in
 * token order). */
size_t att_doc_first_match(const att_doc *doc, uint32_t tok);

/* The row of ws->gold whose code is `code` (the first such row), or -1.
 * A binary search over an index made on the first call after ws->gold is
 * filled (code/events.c fills it); the workspace owns the index. */
long att_goldstein_find(att_workspace *ws, const char *code);

/* First entry of `kind` usable at match m, or NULL. */
const att_lex_entry *att_match_entry(att_workspace *ws, const att_doc *doc, const att_match *m, int kind);

#endif
