/* emit.c: events, agreements and relations as JSON (spec/OUTPUT.md), with
 * byte offsets into the input. */
#include "events.h"

#include <stdio.h>

static void cstr(att_buf *b, const char *s)
{
    if (!s) att_buf_puts(b, "null");
    else att_json_str(b, s, strlen(s));
}

/* a number with `digits` significant digits: 3 for scores, 7 for
 * coordinates (GeoNames gives 5 decimals; 105.84117 needs 8) */
static void dbl_prec(att_buf *b, double v, int digits)
{
    att_json_dbl(b, v, digits);   /* output/json.c: "%.*g", locale-proof, 3 digits without printf */
}

static void dbl(att_buf *b, double v)
{
    dbl_prec(b, v, 3);
}

static void party(att_buf *b, const att_doc *doc, const att_party *p)
{
    att_buf_puts(b, "{\"country\":");
    cstr(b, p->country);
    const char *name = NULL, *role = NULL, *sector = NULL;
    if (p->person >= 0 && (size_t)p->person < doc->npersons) {
        const att_person *pe = &doc->persons[p->person];
        name = pe->name;
        if (pe->nroles) role = pe->roles[0].role, sector = pe->roles[0].sector;
    } else if (p->org) {
        name = p->org;
    }
    att_buf_puts(b, ",\"name\":");
    cstr(b, name);
    att_buf_puts(b, ",\"role\":");
    cstr(b, role);
    att_buf_puts(b, ",\"sector\":");
    cstr(b, sector);
    att_buf_putc(b, '}');
}

static void evidence(att_buf *b, const att_doc *doc, uint32_t s)
{
    const att_sentence *se = &doc->sent[s];
    att_buf_puts(b, ",\"evidence\":{\"start\":");
    att_json_num(b, (long long)att_doc_src_offset(doc, se->start));
    att_buf_puts(b, ",\"end\":");
    att_json_num(b, (long long)att_doc_src_end(doc, se->end));
    att_buf_puts(b, ",\"text\":");
    att_json_text(b, doc->txt + se->start, se->end - se->start);
    att_buf_putc(b, '}');
}

static void place(att_buf *b, const att_place *p, int has)
{
    att_buf_puts(b, ",\"place\":");
    if (!has) {
        att_buf_puts(b, "null");
        return;
    }
    att_buf_puts(b, "{\"name\":");
    cstr(b, p->name);
    att_buf_puts(b, ",\"country\":");
    cstr(b, p->country);
    if (p->has_coords) {
        att_buf_puts(b, ",\"lat\":");
        dbl_prec(b, p->lat, 8);
        att_buf_puts(b, ",\"lon\":");
        dbl_prec(b, p->lon, 8);
    } else {
        att_buf_puts(b, ",\"lat\":null,\"lon\":null");
    }
    att_buf_putc(b, '}');
}

static void when(att_buf *b, const char *key, const att_when *w, int has)
{
    att_buf_puts(b, ",\"");
    att_buf_puts(b, key);   /* a field name of ours: nothing to escape */
    att_buf_puts(b, "\":");
    if (has && w->value[0]) cstr(b, w->value);
    else att_buf_puts(b, "null");
}

static void contexts(att_buf *b, const char *ctx)
{
    att_buf_puts(b, ",\"context\":[");
    const char *p = ctx;
    int first = 1;
    while (p && *p) {
        const char *e = strchr(p, ',');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l) {
            if (!first) att_buf_putc(b, ',');
            att_json_str(b, p, l);
            first = 0;
        }
        p = e ? e + 1 : NULL;
    }
    att_buf_putc(b, ']');
}

void att_output_events(const att_doc *doc, att_buf *b)
{
    att_buf_puts(b, ",\"events\":[");
    for (size_t i = 0; i < doc->nevents; i++) {
        const att_event *ev = &doc->events[i];
        if (i) att_buf_putc(b, ',');
        att_buf_puts(b, "{\"type\":");
        cstr(b, ev->type);
        att_buf_puts(b, ",\"mode\":");
        cstr(b, ev->mode);
        contexts(b, ev->context);
        att_buf_puts(b, ",\"cameo\":");
        cstr(b, ev->cameo);
        att_buf_puts(b, ",\"goldstein\":");
        if (ev->has_goldstein) dbl(b, ev->goldstein);
        else att_buf_puts(b, "null");
        att_buf_puts(b, ",\"source\":");
        party(b, doc, &ev->src);
        att_buf_puts(b, ",\"target\":");
        if (ev->has_tgt) party(b, doc, &ev->tgt);
        else att_buf_puts(b, "null");
        when(b, "date", &ev->when, 1);
        place(b, &ev->place, ev->has_place);
        evidence(b, doc, ev->sent);
        att_buf_puts(b, ",\"trigger\":{\"start\":");
        att_json_num(b, (long long)att_doc_src_offset(doc, doc->tok[ev->trig_tok].start));
        att_buf_puts(b, ",\"end\":");
        att_json_num(b, (long long)att_doc_src_end(doc, doc->tok[ev->trig_end - 1].end));
        att_buf_puts(b, ",\"text\":");
        att_json_text(b, doc->txt + doc->tok[ev->trig_tok].start,
                     doc->tok[ev->trig_end - 1].end - doc->tok[ev->trig_tok].start);
        att_buf_puts(b, "},\"confidence\":");
        dbl(b, ev->confidence);
        att_buf_putc(b, '}');
    }
    att_buf_puts(b, "],\"agreements\":[");
    for (size_t i = 0; i < doc->nagreements; i++) {
        const att_agreement *ag = &doc->agreements[i];
        if (i) att_buf_putc(b, ',');
        att_buf_puts(b, "{\"kind\":");
        cstr(b, ag->kind);
        att_buf_puts(b, ",\"sector\":");
        cstr(b, ag->sector);
        att_buf_puts(b, ",\"parties\":[");
        for (int k = 0; k < ag->nparties; k++) {
            if (k) att_buf_putc(b, ',');
            att_buf_puts(b, "{\"country\":");
            cstr(b, ag->parties[k].country);
            att_buf_puts(b, ",\"org\":");
            cstr(b, ag->parties[k].org);
            att_buf_putc(b, '}');
        }
        att_buf_puts(b, "],\"title\":");
        cstr(b, ag->title);
        when(b, "date", &ag->when, 1);
        place(b, &ag->place, ag->has_place);
        evidence(b, doc, ag->sent);
        att_buf_putc(b, '}');
    }
    att_buf_puts(b, "],\"relations\":[");
    for (size_t i = 0; i < doc->nrelations; i++) {
        const att_relation *r = &doc->relations[i];
        if (i) att_buf_putc(b, ',');
        att_buf_puts(b, "{\"countries\":[");
        cstr(b, r->a);
        att_buf_putc(b, ',');
        cstr(b, r->b);
        att_buf_puts(b, "],\"level\":");
        cstr(b, r->level);
        when(b, "since", &r->since, r->has_since);
        evidence(b, doc, r->sent);
        att_buf_putc(b, '}');
    }
    att_buf_putc(b, ']');
}
