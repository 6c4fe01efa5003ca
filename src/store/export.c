/* export.c: the store's events in the formats event-data users load:
 * PLOVER JSON Lines, POLECAT TSV, GDELT 2.0 Events and Mentions, ICEWS
 * TSV, and the native records.  One row an event (after merging reports);
 * the event's id is the id of its first report, a stable 63-bit hash.
 * docs/EXPORTS.md says, column by column, where each value comes from and
 * which ones attache leaves empty. */
#include "store.h"

#include "../lexicon/lexicon.h"
#include "../util/util.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *att_fips(const char *iso3);     /* codes.c */
int att_cow(const char *iso3);

typedef struct {
    att_store *st;
    const att_lexicon *lex;
    att_table_view countries, cameo, plover;
    int have_countries, have_cameo, have_plover;
    att_write_fn write;
    void *ctx;
    att_buf row;
    int failed;
} exporter;

/* the columns of one event, read once */
enum {
    E_ID, E_TYPE, E_MODE, E_CONTEXT, E_CAMEO, E_GOLD, E_QUAD, E_SC, E_SN, E_SR, E_SS, E_TC, E_TN, E_TR, E_TS,
    E_DATE, E_FIRST, E_LAST, E_PLACE, E_PCOUNTRY, E_LAT, E_LON, E_CONF, E_NM, E_NS, E_NA, E_DOC, E_SENT,
    M_START, M_END, M_EVID, M_TSTART, M_TEND, M_TTEXT, D_URL, D_SOURCE, D_TITLE, D_PUB, D_LANG, D_ADDED, D_BODY,
    D_RECORD, E_NCOLS
};

static const char EVENT_SQL[] =
    "SELECT e.id, e.type, e.mode, e.context, e.cameo, e.goldstein, e.quad, e.src_country, e.src_name, e.src_role, "
    "e.src_sector, e.tgt_country, e.tgt_name, e.tgt_role, e.tgt_sector, e.date, e.date_first, e.date_last, "
    "e.place_name, e.place_country, e.lat, e.lon, e.confidence, e.n_mentions, e.n_sources, e.n_articles, "
    "e.first_doc, e.first_sentence, m.ev_start, m.ev_end, m.evidence, m.trig_start, m.trig_end, m.trigger_text, "
    "d.url, d.source, d.title, d.published, d.lang, d.ingested_at, NULL, d.record "
    "FROM events e JOIN mentions m ON m.id = e.id JOIN documents d ON d.id = e.first_doc WHERE e.id = ?";

static const char MENTION_SQL[] =
    "SELECT m.id, m.doc, m.sentence, m.ev_start, m.ev_end, m.evidence, m.trig_start, m.trig_end, m.confidence, "
    "m.source_key, d.url, d.published, d.lang, d.body, d.text_len FROM mentions m JOIN documents d ON d.id = m.doc "
    "WHERE m.event = ? ORDER BY (m.published IS NULL), m.published, m.id";

/* ---------------------------------------------------------- writing */

static void put(exporter *x, const char *s) { att_buf_puts(&x->row, s ? s : ""); }

/* a TSV cell: tabs and line breaks become spaces */
static void cell(exporter *x, const char *s)
{
    for (const char *p = s ? s : ""; *p; p++) att_buf_putc(&x->row, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

static void tab(exporter *x) { att_buf_putc(&x->row, '\t'); }

static void cells(exporter *x, int n, ...)
{
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        if (i) tab(x);
        cell(x, va_arg(ap, const char *));
    }
    va_end(ap);
}

static void flush_row(exporter *x)
{
    if (!x->failed && x->write(x->ctx, x->row.p ? x->row.p : "", x->row.n) != 0) x->failed = 1;
    att_buf_reset(&x->row);
}

static void jstr(exporter *x, const char *s)
{
    if (!s) {
        put(x, "null");
        return;
    }
    att_buf_putc(&x->row, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': put(x, "\\\""); break;
        case '\\': put(x, "\\\\"); break;
        case '\n': put(x, "\\n"); break;
        case '\r': put(x, "\\r"); break;
        case '\t': put(x, "\\t"); break;
        default:
            if (*p < 0x20) att_buf_printf(&x->row, "\\u%04x", *p);
            else att_buf_putc(&x->row, (char)*p);
        }
    }
    att_buf_putc(&x->row, '"');
}

static void jnum(exporter *x, const char *v)
{
    if (!v) put(x, "null");
    else att_buf_printf(&x->row, "%.15g", strtod(v, NULL));
}

/* ------------------------------------------------------------ tables */

static const char *country_name(exporter *x, const char *iso3)
{
    if (!iso3 || !x->have_countries) return NULL;
    int ci = att_table_col(&x->countries, "iso3"), cn = att_table_col(&x->countries, "name_en");
    if (ci < 0 || cn < 0) return NULL;
    for (uint32_t r = 0; r < x->countries.t->nrows; r++)
        if (strcmp(att_table_cell(&x->countries, r, ci), iso3) == 0) return att_table_cell(&x->countries, r, cn);
    return NULL;
}

static const char *cameo_label(exporter *x, const char *code)
{
    if (!code || !x->have_cameo) return NULL;
    int cc = att_table_col(&x->cameo, "cameo"), cn = att_table_col(&x->cameo, "name");
    if (cc < 0 || cn < 0) return NULL;
    for (uint32_t r = 0; r < x->cameo.t->nrows; r++)
        if (strcmp(att_table_cell(&x->cameo, r, cc), code) == 0) return att_table_cell(&x->cameo, r, cn);
    return NULL;
}

/* PLOVER's intensity of a type (plover_event_types "score") */
static const char *plover_score(exporter *x, const char *type)
{
    if (!type || !x->have_plover) return NULL;
    int ct = att_table_col(&x->plover, "type"), cs = att_table_col(&x->plover, "score");
    if (ct < 0 || cs < 0) return NULL;
    for (uint32_t r = 0; r < x->plover.t->nrows; r++)
        if (strcmp(att_table_cell(&x->plover, r, ct), type) == 0) return att_table_cell(&x->plover, r, cs);
    return NULL;
}

static const char *sector_words(const char *code)
{
    static const char *const s[][2] = {
        {"GOV", "Government"}, {"MIL", "Military"},      {"LEG", "Legislative / Parliamentary"},
        {"JUD", "Judicial"},   {"BUS", "Business"},      {"MED", "Media"},
        {"COP", "Police"},     {"OPP", "Opposition"},    {"CVL", "Civilian"},
        {"EDU", "Education"},  {"NGO", "NGO"},           {"IGO", "International Organization"},
        {"REB", "Rebels"},     {"SPY", "Intelligence"},  {"ELI", "Elite"},
        {"HLH", "Health"},     {"REF", "Refugees"},      {"LAB", "Labor"},
        {"AGR", "Agriculture"}, {"ENV", "Environment"},  {"CRM", "Criminal"},
        {"HRI", "Human Rights"}, {"REL", "Religious"},   {"PTY", "Political Party"},
    };
    if (!code) return NULL;
    for (size_t i = 0; i < sizeof s / sizeof *s; i++)
        if (strcmp(s[i][0], code) == 0) return s[i][1];
    return code;
}

/* CAMEO quad class of a code: roots 01-05 verbal cooperation ... 14-20
 * material conflict (GDELT's convention) */
static int cameo_quad(const char *code)
{
    if (!code || !isdigit((unsigned char)code[0]) || !isdigit((unsigned char)code[1])) return 0;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

static const char *precision(const char *date)
{
    if (!date) return NULL;
    if (strchr(date, '/')) return "interval";
    size_t n = strlen(date);
    return n == 10 ? "day" : n == 7 ? "month" : n == 4 ? "year" : strchr(date, 'W') ? "week" : NULL;
}

/* YYYY-MM-DD[...] -> YYYYMMDD */
static void compact_date(const char *d, char out[9])
{
    out[0] = 0;
    if (d && strlen(d) >= 10) snprintf(out, 9, "%.4s%.2s%.2s", d, d + 5, d + 8);
}

/* 2025-11-03T10:20:30Z -> 20251103102030 */
static void compact_time(const char *t, char out[15])
{
    out[0] = 0;
    if (t && strlen(t) >= 19) snprintf(out, 15, "%.4s%.2s%.2s%.2s%.2s%.2s", t, t + 5, t + 8, t + 11, t + 14, t + 17);
}

static const char *lang3(const char *l)
{
    if (!l) return NULL;
    if (strcmp(l, "ru") == 0) return "rus";
    if (strcmp(l, "vi") == 0) return "vie";
    if (strcmp(l, "en") == 0) return "eng";
    return NULL;
}

/* code points in s[0..n) */
static long chars(const char *s, size_t n)
{
    long k = 0;
    for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* -------------------------------------------------------- the formats */

typedef const char *row_t[E_NCOLS];

static void gdelt_actor(exporter *x, const char *country, const char *name, const char *sector)
{
    /* Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code,
     * Religion2Code, Type1Code, Type2Code, Type3Code */
    att_buf code;
    att_buf_init(&code);
    if (country) att_buf_puts(&code, country);
    if (sector && strlen(sector) == 3) att_buf_puts(&code, sector);
    char *up = NULL;
    const char *nm = name ? name : country_name(x, country);
    if (nm) {
        up = att_xstrdup(nm);
        for (char *p = up; *p; p++) *p = (char)toupper((unsigned char)*p);
    }
    cells(x, 10, code.p, up, country, NULL, NULL, NULL, NULL, sector && strlen(sector) == 3 ? sector : NULL, NULL, NULL);
    free(up);
    att_buf_free(&code);
}

/* Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID */
static void gdelt_geo_country(exporter *x, const char *iso3)
{
    const char *f = att_fips(iso3);
    if (!iso3 || !f) {
        cells(x, 8, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
        return;
    }
    cells(x, 8, "1", country_name(x, iso3), f, f, NULL, NULL, NULL, f);
}

static void gdelt_event(exporter *x, row_t v)
{
    const char *day = v[E_FIRST] ? v[E_FIRST] : v[D_PUB];
    char sql[9] = "", my[7] = "", yr[5] = "", frac[16] = "";
    compact_date(day, sql);
    if (sql[0]) {
        memcpy(my, sql, 6);
        memcpy(yr, sql, 4);
        int y = atoi(yr), m = (sql[4] - '0') * 10 + (sql[5] - '0'), d = (sql[6] - '0') * 10 + (sql[7] - '0');
        snprintf(frac, sizeof frac, "%.4f", y + (m * 30 + d) / 365.0);
    }
    const char *cameo = v[E_CAMEO];
    char base[4] = "", root[3] = "", quad[2] = "", gold[32] = "";
    if (cameo && strlen(cameo) >= 2) {
        snprintf(base, sizeof base, "%.3s", cameo);
        snprintf(root, sizeof root, "%.2s", cameo);
        snprintf(quad, sizeof quad, "%d", cameo_quad(cameo));
    }
    if (v[E_GOLD]) snprintf(gold, sizeof gold, "%.15g", strtod(v[E_GOLD], NULL));
    cells(x, 5, v[E_ID], sql, my, yr, frac);
    tab(x);
    gdelt_actor(x, v[E_SC], v[E_SN], v[E_SS]);
    tab(x);
    gdelt_actor(x, v[E_TC], v[E_TN], v[E_TS]);
    int lead = v[E_SENT] && atoi(v[E_SENT]) <= 1;
    tab(x);
    cells(x, 10, lead ? "1" : "0", cameo, base, root, quad, gold, v[E_NM], v[E_NS], v[E_NA], NULL /* AvgTone */);
    tab(x);
    gdelt_geo_country(x, v[E_SC]);
    tab(x);
    gdelt_geo_country(x, v[E_TC]);
    tab(x);
    /* ActionGeo: the event's place */
    const char *pc = v[E_PCOUNTRY], *pf = att_fips(pc);
    if (!v[E_PLACE] && !pc) {
        cells(x, 8, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
    } else {
        const char *cname = country_name(x, pc);
        int is_country = !v[E_PLACE] || (cname && strcmp(v[E_PLACE], cname) == 0);
        att_buf full;
        att_buf_init(&full);
        if (is_country) att_buf_puts(&full, cname ? cname : "");
        else att_buf_printf(&full, "%s%s%s", v[E_PLACE], cname ? ", " : "", cname ? cname : "");
        char lat[32] = "", lon[32] = "";
        if (v[E_LAT] && v[E_LON]) {
            snprintf(lat, sizeof lat, "%.15g", strtod(v[E_LAT], NULL));
            snprintf(lon, sizeof lon, "%.15g", strtod(v[E_LON], NULL));
        }
        cells(x, 8, is_country ? "1" : "4", full.p, pf, is_country ? pf : NULL, NULL, lat, lon, is_country ? pf : NULL);
        att_buf_free(&full);
    }
    char added[15];
    compact_time(v[D_ADDED], added);
    tab(x);
    cells(x, 2, added, v[D_URL]);
    att_buf_putc(&x->row, '\n');
}

static void icews_event(exporter *x, row_t v)
{
    char gold[32] = "", sent[16] = "", lat[32] = "", lon[32] = "";
    if (v[E_GOLD]) snprintf(gold, sizeof gold, "%.15g", strtod(v[E_GOLD], NULL));
    if (v[E_SENT]) snprintf(sent, sizeof sent, "%d", atoi(v[E_SENT]) + 1);
    if (v[E_LAT] && v[E_LON]) {
        snprintf(lat, sizeof lat, "%.15g", strtod(v[E_LAT], NULL));
        snprintf(lon, sizeof lon, "%.15g", strtod(v[E_LON], NULL));
    }
    const char *sname = v[E_SN] ? v[E_SN] : country_name(x, v[E_SC]);
    const char *tname = v[E_TN] ? v[E_TN] : country_name(x, v[E_TC]);
    const char *pcn = country_name(x, v[E_PCOUNTRY]);
    const char *city = v[E_PLACE] && !(pcn && strcmp(v[E_PLACE], pcn) == 0) ? v[E_PLACE] : NULL;
    cells(x, 20, v[E_ID], v[E_FIRST], sname, sector_words(v[E_SS]), country_name(x, v[E_SC]),
          cameo_label(x, v[E_CAMEO]), v[E_CAMEO], gold, tname, sector_words(v[E_TS]), country_name(x, v[E_TC]),
          v[E_DOC], sent, v[D_SOURCE], city, NULL, NULL, pcn, lat, lon);
    att_buf_putc(&x->row, '\n');
}

/* the names of the persons of a record, ';'-separated (POLECAT Story People) */
static char *story_people(const char *record)
{
    att_buf b;
    att_buf_init(&b);
    const char *p = record ? strstr(record, "\"persons\":[") : NULL;
    if (p) {
        p += 11;
        int depth = 1;
        /* read "name":"..." at depth 2 (inside each person) */
        for (; *p && depth > 0; p++) {
            if (*p == '"') {
                if (depth == 2 && strncmp(p, "\"name\":\"", 8) == 0) {
                    p += 8;
                    const char *e = p;
                    while (*e && *e != '"') e += (*e == '\\' && e[1]) ? 2 : 1;
                    if (b.n) att_buf_putc(&b, ';');
                    att_buf_put(&b, p, (size_t)(e - p));
                    p = e;
                    continue;
                }
                for (p++; *p && *p != '"'; p++)
                    if (*p == '\\' && p[1]) p++;
            } else if (*p == '[' || *p == '{') {
                depth++;
            } else if (*p == ']' || *p == '}') {
                depth--;
            }
        }
    }
    if (!b.n) {
        att_buf_free(&b);
        return NULL;
    }
    return att_buf_detach(&b, NULL);
}

static void polecat_event(exporter *x, row_t v)
{
    char quad[4] = "", sc[16] = "", tc[16] = "", lat[32] = "", lon[32] = "";
    if (v[E_QUAD]) snprintf(quad, sizeof quad, "%d", atoi(v[E_QUAD]));
    if (att_cow(v[E_SC])) snprintf(sc, sizeof sc, "%d", att_cow(v[E_SC]));
    if (att_cow(v[E_TC])) snprintf(tc, sizeof tc, "%d", att_cow(v[E_TC]));
    if (v[E_LAT] && v[E_LON]) {
        snprintf(lat, sizeof lat, "%.15g", strtod(v[E_LAT], NULL));
        snprintf(lon, sizeof lon, "%.15g", strtod(v[E_LON], NULL));
    }
    char *ctx = v[E_CONTEXT] ? att_xstrdup(v[E_CONTEXT]) : NULL;
    for (char *p = ctx; p && *p; p++)
        if (*p == ',') *p = ';';
    const char *pcn = country_name(x, v[E_PCOUNTRY]);
    const char *city = v[E_PLACE] && !(pcn && strcmp(v[E_PLACE], pcn) == 0) ? v[E_PLACE] : NULL;
    char *people = story_people(v[D_RECORD]);
    cells(x, 7, v[E_ID], v[E_FIRST], v[E_TYPE], v[E_MODE], plover_score(x, v[E_TYPE]), quad, ctx && *ctx ? ctx : NULL);
    tab(x);
    cells(x, 8, v[E_SN] ? v[E_SN] : country_name(x, v[E_SC]), v[E_SC], sc, v[E_SS], v[E_SS], v[E_SR], NULL, NULL);
    tab(x);
    cells(x, 8, v[E_TN] ? v[E_TN] : country_name(x, v[E_TC]), v[E_TC], tc, v[E_TS], v[E_TS], v[E_TR], NULL, NULL);
    tab(x);
    cells(x, 17, v[E_PLACE], city, NULL, NULL, v[E_PCOUNTRY], lat, lon, NULL, NULL, NULL, v[D_SOURCE], v[D_PUB], people,
          NULL, NULL, v[D_LANG], "attache " ATT_VERSION);
    att_buf_putc(&x->row, '\n');
    free(ctx);
    free(people);
}

static void plover_entity(exporter *x, const char *country, const char *name, const char *role, const char *sector)
{
    put(x, "[{\"code\":");
    jstr(x, country);
    put(x, ",\"sector\":");
    jstr(x, sector);
    put(x, ",\"entity_text\":");
    jstr(x, name ? name : country_name(x, country));
    put(x, ",\"office\":");
    jstr(x, role);
    put(x, "}]");
}

static void plover_event(exporter *x, row_t v)
{
    int negated = v[E_CONTEXT] && (strstr(v[E_CONTEXT], "negation") || strstr(v[E_CONTEXT], "hypothetical"));
    put(x, "{\"id\":");
    jstr(x, v[E_ID]);
    put(x, ",\"date\":");
    jstr(x, v[E_FIRST]);
    put(x, ",\"enddate\":");
    jstr(x, v[E_LAST] && v[E_FIRST] && strcmp(v[E_LAST], v[E_FIRST]) != 0 ? v[E_LAST] : NULL);
    put(x, ",\"time\":null,\"endtime\":null,\"actor\":");
    plover_entity(x, v[E_SC], v[E_SN], v[E_SR], v[E_SS]);
    put(x, ",\"recipient\":");
    if (v[E_TC] || v[E_TN]) plover_entity(x, v[E_TC], v[E_TN], v[E_TR], v[E_TS]);
    else put(x, "[]");
    put(x, ",\"event\":[");
    jstr(x, v[E_TYPE]);
    put(x, negated ? "],\"has_event\":false" : "],\"has_event\":true");
    put(x, ",\"mode\":[");
    if (v[E_MODE]) jstr(x, v[E_MODE]);
    put(x, "],\"context\":[");
    int k = 0;
    for (const char *c = v[E_CONTEXT]; c && *c;) {
        size_t n = strcspn(c, ",");
        char *one = att_xstrndup(c, n);
        if (k++) att_buf_putc(&x->row, ',');
        jstr(x, one);
        free(one);
        c += n + (c[n] == ',');
    }
    put(x, "],\"quad_code\":");
    put(x, v[E_QUAD] ? v[E_QUAD] : "null");
    put(x, ",\"event_scale\":");
    jnum(x, plover_score(x, v[E_TYPE]));
    put(x, ",\"event_loc\":");
    if (v[E_PLACE] || v[E_PCOUNTRY]) {
        const char *pcn = country_name(x, v[E_PCOUNTRY]);
        int is_country = !v[E_PLACE] || (pcn && strcmp(v[E_PLACE], pcn) == 0);
        put(x, "{\"extracted_place\":");
        jstr(x, v[E_PLACE]);
        put(x, ",\"resolved_place\":");
        jstr(x, v[E_PLACE] ? v[E_PLACE] : pcn);
        put(x, ",\"geonameid\":null,\"lat\":");
        jnum(x, v[E_LAT]);
        put(x, ",\"lon\":");
        jnum(x, v[E_LON]);
        put(x, ",\"city\":");
        jstr(x, is_country ? NULL : v[E_PLACE]);
        put(x, ",\"district\":null,\"province\":null,\"country\":");
        jstr(x, pcn);
        put(x, ",\"country_code\":");
        jstr(x, v[E_PCOUNTRY]);
        put(x, is_country ? ",\"feature_class\":\"A\",\"feature_code\":\"PCLI\",\"resolution\":1}"
                          : ",\"feature_class\":\"P\",\"feature_code\":null,\"resolution\":4}");
    } else {
        put(x, "null");
    }
    put(x, ",\"event_text\":");
    jstr(x, v[M_EVID]);
    put(x, ",\"link\":null,\"text\":");
    jstr(x, v[M_EVID]);
    put(x, ",\"text_info\":{\"sequence\":");
    if (v[E_SENT]) att_buf_printf(&x->row, "%d", atoi(v[E_SENT]) + 1);
    else put(x, "null");
    put(x, ",\"start\":");
    put(x, v[M_START] ? v[M_START] : "null");
    put(x, ",\"end\":");
    put(x, v[M_END] ? v[M_END] : "null");
    put(x, ",\"text_story\":null},\"cite_info\":{\"corpus\":\"attache\",\"citation\":");
    jstr(x, v[E_DOC]);
    put(x, ",\"url\":");
    jstr(x, v[D_URL]);
    put(x, ",\"title\":");
    jstr(x, v[D_TITLE]);
    put(x, ",\"language\":");
    jstr(x, v[D_LANG]);
    put(x, ",\"publication\":");
    jstr(x, v[D_SOURCE]);
    put(x, ",\"license\":null,\"copyright\":null,\"coder\":\"attache\",\"codebook\":\"PLOVER (attache OUTPUT.md)\","
           "\"version\":\"" ATT_VERSION "\"}");
    char day[11] = "", tm[9] = "";
    if (v[D_ADDED] && strlen(v[D_ADDED]) >= 19) {
        memcpy(day, v[D_ADDED], 10);
        memcpy(tm, v[D_ADDED] + 11, 8);
    }
    put(x, ",\"coder\":\"attache\",\"coded_date\":");
    jstr(x, day[0] ? day : NULL);
    put(x, ",\"coded_time\":");
    jstr(x, tm[0] ? tm : NULL);
    put(x, ",\"comment\":null,\"attache\":{\"date\":");
    jstr(x, v[E_DATE]);
    put(x, ",\"date_precision\":");
    jstr(x, precision(v[E_DATE]));
    put(x, ",\"cameo\":");
    jstr(x, v[E_CAMEO]);
    put(x, ",\"goldstein\":");
    jnum(x, v[E_GOLD]);
    put(x, ",\"confidence\":");
    jnum(x, v[E_CONF]);
    att_buf_printf(&x->row, ",\"mentions\":%s,\"sources\":%s,\"articles\":%s}}\n", v[E_NM], v[E_NS], v[E_NA]);
}

static int gdelt_mentions(exporter *x, att_stmt *ms, row_t v)
{
    char added[15];
    compact_time(v[D_ADDED], added);
    att_stmt_int(ms, 1, strtoll(v[E_ID], NULL, 10));
    int k;
    while ((k = att_stmt_step(ms)) == 1 && !x->failed) {
        const char *doc = att_stmt_col_text(ms, 1), *url = att_stmt_col_text(ms, 10), *pub = att_stmt_col_text(ms, 11);
        const char *lang = att_stmt_col_text(ms, 12), *body = att_stmt_col_text(ms, 13), *evid = att_stmt_col_text(ms, 5);
        char when[15] = "", sent[24] = "", conf[8] = "", act[24] = "-1", len[24] = "";
        char d8[9];
        compact_date(pub, d8);
        if (d8[0]) snprintf(when, sizeof when, "%s000000", d8);
        if (!att_stmt_col_isnull(ms, 2)) snprintf(sent, sizeof sent, "%lld", (long long)att_stmt_col_int(ms, 2) + 1);
        long c = (long)(att_stmt_col_double(ms, 8) * 100 + 0.5);
        snprintf(conf, sizeof conf, "%ld", c < 10 ? 10 : c > 100 ? 100 : c);
        /* the trigger in characters, when the stored text is the input's */
        long long es = att_stmt_col_int(ms, 3), ee = att_stmt_col_int(ms, 4), ts = att_stmt_col_int(ms, 6);
        size_t blen = body ? strlen(body) : 0;
        if (body && evid && !att_stmt_col_isnull(ms, 6) && es >= 0 && ee >= es && (size_t)ee <= blen &&
            strlen(evid) == (size_t)(ee - es) && memcmp(body + es, evid, (size_t)(ee - es)) == 0 && ts >= es && ts <= ee)
            snprintf(act, sizeof act, "%ld", chars(body, (size_t)ts));
        if (body) snprintf(len, sizeof len, "%ld", chars(body, blen));
        const char *l3 = lang3(lang);
        char trans[32] = "";
        if (l3 && strcmp(l3, "eng") != 0) snprintf(trans, sizeof trans, "srclc:%s", l3);
        cells(x, 16, v[E_ID], added, when[0] ? when : added, "1", att_stmt_col_text(ms, 9), url ? url : doc, sent,
              "-1", "-1", act, "1", conf, len, NULL, trans[0] ? trans : NULL, NULL);
        att_buf_putc(&x->row, '\n');
        flush_row(x);
    }
    if (k == 1) att_stmt_reset(ms);
    return k < 0 ? -1 : 0;
}

static const char *const ICEWS_HEADER =
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\t"
    "Target Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t"
    "Province\tCountry\tLatitude\tLongitude\n";

static const char *const POLECAT_HEADER =
    "Event ID\tEvent Date\tEvent Type\tEvent Mode\tEvent Intensity\tQuad Code\tContexts\tActor Name\t"
    "Actor Country\tActor COW\tPrimary Actor Sector\tActor Sectors\tActor Title\tActor Name Raw\t"
    "Wikipedia Actor ID\tRecipient Name\tRecipient Country\tRecipient COW\tPrimary Recipient Sector\t"
    "Recipient Sectors\tRecipient Title\tRecipient Name Raw\tWikipedia Recipient ID\tPlacename\tCity\t"
    "District\tProvince\tCountry\tLatitude\tLongitude\tGeoNames ID\tRaw Placename\tFeature Type\tSource\t"
    "Publication Date\tStory People\tStory Organizations\tStory Locations\tLanguage\tVersion\n";

long long att_store_export(att_store *st, const att_lexicon *lex, const char *format, const att_query *q,
                           att_write_fn write, void *ctx, att_error *err)
{
    enum { F_JSONL, F_PLOVER, F_POLECAT, F_GDELT, F_MENTIONS, F_ICEWS } f;
    if (!format) format = "jsonl";
    if (strcmp(format, "jsonl") == 0) f = F_JSONL;
    else if (strcmp(format, "plover") == 0) f = F_PLOVER;
    else if (strcmp(format, "polecat") == 0) f = F_POLECAT;
    else if (strcmp(format, "gdelt") == 0 || strcmp(format, "gdelt-events") == 0) f = F_GDELT;
    else if (strcmp(format, "gdelt-mentions") == 0) f = F_MENTIONS;
    else if (strcmp(format, "icews") == 0) f = F_ICEWS;
    else {
        att_store_error(err, ATT_ERR_USAGE, "export", "--format is jsonl, plover, polecat, gdelt, gdelt-mentions or icews");
        return -1;
    }
    att_query filt;
    memset(&filt, 0, sizeof filt);
    if (q) filt = *q;
    filt.what = f == F_JSONL ? "documents" : "events";
    exporter x;
    memset(&x, 0, sizeof x);
    x.st = st;
    x.lex = lex;
    x.write = write;
    x.ctx = ctx;
    att_buf_init(&x.row);
    if (lex) {
        x.have_countries = att_lex_table_find(lex, "countries.gen", &x.countries);
        x.have_cameo = att_lex_table_find(lex, "cameo.gen", &x.cameo);
        x.have_plover = att_lex_table_find(lex, "plover.gen", &x.plover);
    }
    att_rows *r = att_store_query(st, &filt, err);
    if (!r) {
        att_buf_free(&x.row);
        return -1;
    }
    long long n = 0;
    int k, rc = 0;
    /* the ids first: one statement at a time on a PostgreSQL connection */
    int64_t *ids = NULL;
    char **docs = NULL;
    size_t nids = 0, cap = 0;
    while ((k = att_rows_next(r)) == 1) {
        if (nids == cap) {
            cap = cap ? cap * 2 : 256;
            ids = att_xrealloc(ids, cap * sizeof *ids);
            docs = att_xrealloc(docs, cap * sizeof *docs);
        }
        const char *v0 = att_rows_value(r, 0);
        docs[nids] = f == F_JSONL ? att_xstrdup(v0) : NULL;
        ids[nids++] = f == F_JSONL ? 0 : strtoll(v0, NULL, 10);
    }
    if (k < 0) {
        att_store_error(err, ATT_ERR_IO, "export", att_rows_error(r));
        rc = -1;
    }
    att_rows_free(r);
    att_stmt *es = NULL, *ms = NULL;
    if (rc == 0 && f == F_JSONL) es = att_db_prepare(st->db, "SELECT record FROM documents WHERE id = ?");
    else if (rc == 0) es = att_db_prepare(st->db, EVENT_SQL);
    if (rc == 0 && f == F_MENTIONS) ms = att_db_prepare(st->db, MENTION_SQL);
    if (rc == 0 && (!es || (f == F_MENTIONS && !ms))) {
        att_store_error(err, ATT_ERR_IO, "export", att_db_error(st->db));
        rc = -1;
    }
    if (rc == 0 && f == F_ICEWS) put(&x, ICEWS_HEADER), flush_row(&x);
    if (rc == 0 && f == F_POLECAT) put(&x, POLECAT_HEADER), flush_row(&x);
    for (size_t i = 0; i < nids && rc == 0 && !x.failed; i++) {
        if (f == F_JSONL) att_stmt_text(es, 1, docs[i]);
        else att_stmt_int(es, 1, ids[i]);
        k = att_stmt_step(es);
        if (k < 0) {
            att_store_error(err, ATT_ERR_IO, "export", att_db_error(st->db));
            rc = -1;
            break;
        }
        if (k == 0) continue;
        if (f == F_JSONL) {
            put(&x, att_stmt_col_text(es, 0));
            att_buf_putc(&x.row, '\n');
            att_stmt_reset(es);
            flush_row(&x);
            n++;
            continue;
        }
        /* copy the row: the mentions statement runs next */
        row_t v;
        char *own[E_NCOLS];
        for (int c = 0; c < E_NCOLS; c++) {
            const char *s = att_stmt_col_text(es, c);
            own[c] = s ? att_xstrdup(s) : NULL;
            v[c] = own[c];
        }
        att_stmt_reset(es);
        switch (f) {
        case F_PLOVER: plover_event(&x, v); break;
        case F_POLECAT: polecat_event(&x, v); break;
        case F_GDELT: gdelt_event(&x, v); break;
        case F_ICEWS: icews_event(&x, v); break;
        case F_MENTIONS:
            if (gdelt_mentions(&x, ms, v) != 0) {
                att_store_error(err, ATT_ERR_IO, "export", att_db_error(st->db));
                rc = -1;
            }
            break;
        default: break;
        }
        flush_row(&x);
        for (int c = 0; c < E_NCOLS; c++) free(own[c]);
        n++;
    }
    if (rc == 0 && x.failed) {
        att_store_error(err, ATT_ERR_IO, "export", "the output could not be written");
        rc = -1;
    }
    att_stmt_free(es);
    att_stmt_free(ms);
    for (size_t i = 0; i < nids; i++) free(docs[i]);
    free(docs);
    free(ids);
    att_buf_free(&x.row);
    return rc == 0 ? n : -1;
}
