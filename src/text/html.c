/* html.c: an HTML page reduced to its article text, with a map from every
 * byte of that text back to the page.
 *
 * The article is the <article> element with the most paragraph text, else
 * the element whose direct <p> children hold the most text, else <body>;
 * the page's first <h1> is kept when it lies outside it (the headline).
 * Scripts, styles, navigation, forms and blocks whose class or id says
 * menu, footer, sidebar, cookie, share, related, comment, advert... are
 * dropped.  Block elements become paragraph breaks.  Entities are decoded
 * (gumbo); a decoded entity maps to the whole entity in the page. */
#include "../core/doc.h"

#include <ctype.h>
#include <gumbo.h>

typedef struct {
    const char *page;
    att_buf txt;
    att_vec segs;          /* att_segment */
    int pending_break;
    uint32_t break_src;
} builder;

static const char *const chrome_words[] = {
    "menu", "nav", "footer", "sidebar", "cookie", "banner", "share", "social", "related", "breadcrumb",
    "comment", "subscribe", "advert", "promo", "popup", "modal", "toolbar", "widget", "newsletter",
    "masthead", "site-header", "topbar", NULL,
};

static int attr_is_chrome(const GumboElement *el)
{
    const char *names[] = {"class", "id", "role"};
    for (int k = 0; k < 3; k++) {
        GumboAttribute *a = gumbo_get_attribute(&el->attributes, names[k]);
        if (!a) continue;
        char low[256];
        size_t n = strlen(a->value);
        if (n >= sizeof low) n = sizeof low - 1;
        for (size_t i = 0; i < n; i++) low[i] = (char)tolower((unsigned char)a->value[i]);
        low[n] = 0;
        if (k == 2 && (strcmp(low, "navigation") == 0 || strcmp(low, "banner") == 0 ||
                       strcmp(low, "contentinfo") == 0 || strcmp(low, "complementary") == 0))
            return 1;
        for (int w = 0; chrome_words[w]; w++)
            if (strstr(low, chrome_words[w])) return 1;
    }
    return 0;
}

static int skipped_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MENU: case GUMBO_TAG_TEXTAREA:
        return 1;
    default:
        return 0;
    }
}

static int block_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BR:
    case GUMBO_TAG_TR: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_MAIN: case GUMBO_TAG_PRE: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
    case GUMBO_TAG_TIME: case GUMBO_TAG_HR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        return 1;
    default:
        return 0;
    }
}

static void seg(builder *b, uint32_t src, uint32_t src_len, const char *txt, uint32_t txt_len)
{
    att_segment *s = att_vec_push(&b->segs);
    s->txt = (uint32_t)b->txt.n;
    s->src = src;
    s->txt_len = txt_len;
    s->src_len = src_len;
    att_buf_put(&b->txt, txt, txt_len);
}

static void flush_break(builder *b)
{
    if (b->pending_break && b->txt.n) seg(b, b->break_src, 0, "\n\n", 2);
    b->pending_break = 0;
}

static size_t utf8_len(const char *s)
{
    unsigned char c = (unsigned char)*s;
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Text node: align the decoded text with the page bytes. */
static void add_text(builder *b, const GumboText *t)
{
    const char *o = t->original_text.data, *d = t->text;
    size_t on = t->original_text.length, dn = strlen(d);
    if (!o || o < b->page) return;
    /* skip whitespace-only text at a paragraph break */
    size_t k = 0;
    while (k < dn && isspace((unsigned char)d[k])) k++;
    if (k == dn) {
        if (!b->pending_break && b->txt.n && b->txt.p[b->txt.n - 1] != ' ' && b->txt.p[b->txt.n - 1] != '\n')
            seg(b, (uint32_t)(o - b->page), (uint32_t)on ? 1 : 0, " ", 1);
        return;
    }
    flush_break(b);
    size_t i = 0, j = 0;
    char tmp[8];
    while (i < on && j < dn) {
        size_t run = 0;
        while (i + run < on && j + run < dn && o[i + run] == d[j + run] && o[i + run] != '\r' && o[i + run] != '&') run++;
        if (run) {
            /* same bytes: copy, turning line breaks and tabs into spaces */
            size_t start = b->txt.n;
            seg(b, (uint32_t)(o + i - b->page), (uint32_t)run, d + j, (uint32_t)run);
            for (size_t q = start; q < b->txt.n; q++)
                if (b->txt.p[q] == '\n' || b->txt.p[q] == '\t') b->txt.p[q] = ' ';
            i += run;
            j += run;
            continue;
        }
        if (o[i] == '\r') {
            size_t ol = (i + 1 < on && o[i + 1] == '\n') ? 2 : 1;
            seg(b, (uint32_t)(o + i - b->page), (uint32_t)ol, " ", 1);
            i += ol;
            if (d[j] == '\n') j++;
            continue;
        }
        /* an entity (or anything else gumbo rewrote): one decoded char */
        size_t ol = 1;
        if (o[i] == '&' && d[j] == '&') {
            /* `&amp;` (or a bare & that gumbo kept as it is) */
            static const char *const amps[] = {"&amp;", "&AMP;", "&#38;", "&#x26;", "&#X26;", "&amp", NULL};
            for (int a = 0; amps[a]; a++) {
                size_t al = strlen(amps[a]);
                if (i + al <= on && memcmp(o + i, amps[a], al) == 0) {
                    ol = al;
                    break;
                }
            }
        } else if (o[i] == '&') {
            while (i + ol < on && ol < 40 && o[i + ol] != ';' && o[i + ol] != '&' && o[i + ol] != '<' &&
                   !isspace((unsigned char)o[i + ol]))
                ol++;
            if (i + ol < on && o[i + ol] == ';') ol++;
        }
        size_t dl = utf8_len(d + j);
        if (j + dl > dn) dl = dn - j;
        memcpy(tmp, d + j, dl);
        if (dl == 2 && (unsigned char)tmp[0] == 0xC2 && (unsigned char)tmp[1] == 0xA0) {
            seg(b, (uint32_t)(o + i - b->page), (uint32_t)ol, " ", 1);   /* &nbsp; */
        } else {
            seg(b, (uint32_t)(o + i - b->page), (uint32_t)ol, tmp, (uint32_t)dl);
        }
        i += ol;
        j += dl;
    }
    if (j < dn) seg(b, (uint32_t)(o + on - b->page), 0, d + j, (uint32_t)(dn - j));
}

static void walk(builder *b, const GumboNode *n, int top)
{
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
        add_text(b, &n->v.text);
        return;
    }
    if (n->type == GUMBO_NODE_WHITESPACE) {
        add_text(b, &n->v.text);
        return;
    }
    if (n->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement *el = &n->v.element;
    if (skipped_tag(el->tag)) return;
    if (!top && attr_is_chrome(el)) return;
    int blk = block_tag(el->tag);
    if (blk) {
        b->pending_break = 1;
        b->break_src = (uint32_t)el->start_pos.offset;
    }
    for (unsigned i = 0; i < el->children.length; i++) walk(b, el->children.data[i], 0);
    if (blk) {
        b->pending_break = 1;
        b->break_src = (uint32_t)(el->end_pos.offset ? el->end_pos.offset : el->start_pos.offset);
    }
}

/* text length under n, counting only <p> text when p_only */
static size_t text_len(const GumboNode *n, int depth)
{
    if (n->type == GUMBO_NODE_TEXT) return n->v.text.original_text.length;
    if (n->type != GUMBO_NODE_ELEMENT || depth > 64) return 0;
    if (skipped_tag(n->v.element.tag)) return 0;
    size_t s = 0;
    for (unsigned i = 0; i < n->v.element.children.length; i++) s += text_len(n->v.element.children.data[i], depth + 1);
    return s;
}

static size_t p_text(const GumboNode *n)
{
    size_t s = 0;
    const GumboVector *ch = &n->v.element.children;
    for (unsigned i = 0; i < ch->length; i++) {
        const GumboNode *c = ch->data[i];
        if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_P) s += text_len(c, 0);
    }
    return s;
}

typedef struct {
    const GumboNode *article, *best, *body, *h1;
    size_t article_len, best_len;
} finder;

static void find(finder *f, const GumboNode *n, int depth, int chrome)
{
    if (n->type != GUMBO_NODE_ELEMENT || depth > 200) return;
    const GumboElement *el = &n->v.element;
    if (skipped_tag(el->tag)) return;
    chrome = chrome || attr_is_chrome(el);
    if (el->tag == GUMBO_TAG_BODY) f->body = n;
    if (el->tag == GUMBO_TAG_H1 && !f->h1 && !chrome) f->h1 = n;
    if (!chrome) {
        if (el->tag == GUMBO_TAG_ARTICLE) {
            size_t l = text_len(n, 0);
            if (l > f->article_len) f->article = n, f->article_len = l;
        }
        size_t p = p_text(n);
        if (p > f->best_len) f->best = n, f->best_len = p;
    }
    for (unsigned i = 0; i < el->children.length; i++) find(f, el->children.data[i], depth + 1, chrome);
}

static int contains(const GumboNode *outer, const GumboNode *n)
{
    for (; n; n = n->parent)
        if (n == outer) return 1;
    return 0;
}

void att_text_html(att_doc *doc, const char *page, size_t len)
{
    builder b;
    memset(&b, 0, sizeof b);
    b.page = page;
    att_buf_init(&b.txt);
    att_vec_init(&b.segs, sizeof(att_segment));
    GumboOptions opts = kGumboDefaultOptions;
    opts.max_errors = 100;
    GumboOutput *out = gumbo_parse_with_options(&opts, page, len);
    if (out) {
        finder f;
        memset(&f, 0, sizeof f);
        find(&f, out->root, 0, 0);
        const GumboNode *root = f.article ? f.article : (f.best && f.best_len >= 200 ? f.best : f.body);
        if (!root) root = out->root;
        if (f.h1 && !contains(root, f.h1)) walk(&b, f.h1, 1);
        b.pending_break = 1;
        walk(&b, root, 1);
        gumbo_destroy_output(&opts, out);
    }
    doc->txt = att_arena_strndup(&doc->arena, b.txt.p ? b.txt.p : "", b.txt.n);
    doc->len = b.txt.n;
    doc->nmap = b.segs.n;
    doc->map = att_arena_alloc(&doc->arena, (b.segs.n ? b.segs.n : 1) * sizeof(att_segment));
    if (b.segs.n) memcpy(doc->map, b.segs.p, b.segs.n * sizeof(att_segment));
    att_buf_free(&b.txt);
    att_vec_free(&b.segs);
}
