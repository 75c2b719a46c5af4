#include "dom.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct dom {
    arena *a; /* the nodes, their attributes and script and style text */
    xmlDictPtr names; /* the parser's dictionary: element names point into it */
    dom_node *root;
};

typedef struct {
    dom *d;
    dom_node *open;  /* the innermost open element; NULL before the root */
    dom_node *last;  /* the last child of `open` (of the document at top level) */
    dom_node *top;   /* the last top-level node */
    size_t depth, max_depth;
    dom_attr_hook hook;
    void *hook_ctx;
    arena *text_arena; /* the caller's: the page's other text lives as long as it */
    char *text; /* characters not yet made a node: libxml2 hands a run of text over in pieces */
    size_t text_len, text_cap;
    bool text_raw; /* the pending text is a script's or a style's */
    stage_status status;
} builder;

static const int PARSE_OPTIONS = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                 HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;

static void fail(xmlParserCtxtPtr ctxt, builder *b, stage_status st)
{
    if (b->status == ST_OK)
        b->status = st;
    xmlStopParser(ctxt);
}

static void append(builder *b, dom_node *n)
{
    n->parent = b->open;
    n->prev = b->open ? b->last : b->top;
    if (n->prev)
        n->prev->next = n;
    else if (b->open)
        b->open->children = n;
    if (b->open)
        b->last = n;
    else
        b->top = n;
}

/* The pending text becomes one node (text outside every element, which
 * libxml2's own tree drops too, is dropped). */
static void flush_text(xmlParserCtxtPtr ctxt, builder *b)
{
    if (!b->text_len)
        return;
    size_t len = b->text_len;
    b->text_len = 0;
    if (!b->open)
        return;
    dom_node *n = arena_alloc(b->d->a, sizeof *n);
    char *content = n ? arena_strndup(b->text_raw ? b->d->a : b->text_arena, b->text, len) : NULL;
    if (!content) {
        fail(ctxt, b, ST_NOMEM);
        return;
    }
    n->type = DOM_TEXT;
    n->content = content;
    append(b, n);
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    xmlParserCtxtPtr ctxt = ctx;
    builder *b = ctxt->_private;
    if (b->status != ST_OK)
        return;
    flush_text(ctxt, b);
    if (b->max_depth && b->depth + 1 > b->max_depth) {
        fail(ctxt, b, ST_TOO_DEEP);
        return;
    }
    dom_element *e = arena_alloc(b->d->a, sizeof *e);
    if (!e) {
        fail(ctxt, b, ST_NOMEM);
        return;
    }
    dom_node *n = &e->node;
    n->type = DOM_ELEMENT;
    n->name = (const char *)name;
    e->attrs = b->hook(b->hook_ctx, n->name, (const char *const *)atts, b->d->a);
    append(b, n);
    if (!b->d->root)
        b->d->root = n;
    b->open = n;
    b->last = NULL;
    b->depth++;
}

/* libxml2 ends every element it started, one call each, the implied and
 * auto-closed ones too. */
static void on_end(void *ctx, const xmlChar *name)
{
    (void)name;
    xmlParserCtxtPtr ctxt = ctx;
    builder *b = ctxt->_private;
    if (b->status != ST_OK || !b->open)
        return;
    flush_text(ctxt, b);
    b->last = b->open;
    b->open = b->open->parent;
    b->depth--;
}

static void add_text(xmlParserCtxtPtr ctxt, const xmlChar *s, int len, bool raw)
{
    builder *b = ctxt->_private;
    if (b->status != ST_OK || len <= 0)
        return;
    if (b->text_len && b->text_raw != raw)
        flush_text(ctxt, b);
    b->text_raw = raw;
    if (b->text_len + (size_t)len >= b->text_cap) {
        size_t cap = b->text_cap ? b->text_cap : 4096;
        while (cap <= b->text_len + (size_t)len)
            cap *= 2;
        char *grown = realloc(b->text, cap);
        if (!grown) {
            fail(ctxt, b, ST_NOMEM);
            return;
        }
        b->text = grown;
        b->text_cap = cap;
    }
    memcpy(b->text + b->text_len, s, (size_t)len);
    b->text_len += (size_t)len;
}

static void on_text(void *ctx, const xmlChar *s, int len) { add_text(ctx, s, len, false); }

/* libxml2 hands script and style text over as CDATA; never shown, it lives
 * and dies with the tree. */
static void on_raw_text(void *ctx, const xmlChar *s, int len) { add_text(ctx, s, len, true); }

/* libxml2 sets up its globals (the dictionary's random seed and its mutex)
 * on first use, and that first use is not thread-safe: two threads parsing
 * their first pages at once can deadlock inside it. Its documentation asks
 * for xmlInitParser() once, before any thread parses; a once-flag does that
 * without asking our callers to. */
static pthread_once_t LIBXML_INIT = PTHREAD_ONCE_INIT;

static void init_libxml(void) { xmlInitParser(); }

/* libxml2 asks for the page a few kilobytes at a time and lets go of what
 * it has read: the page is decoded as it goes and never held whole. */
static int read_page(void *ctx, char *buf, int len)
{
    return (int)input_read(ctx, buf, len > 0 ? (size_t)len : 0);
}

stage_status dom_parse(input_stream *page, size_t max_depth, dom_attr_hook hook, void *hook_ctx, arena *text_arena,
                       dom **out)
{
    *out = NULL;
    pthread_once(&LIBXML_INIT, init_libxml);
    dom *d = calloc(1, sizeof *d);
    builder b = {.d = d, .max_depth = max_depth, .hook = hook, .hook_ctx = hook_ctx, .text_arena = text_arena,
                 .status = ST_OK};
    if (!d || !(d->a = arena_new())) {
        free(d);
        return ST_NOMEM;
    }
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    xmlParserInputBufferPtr buf =
        ctxt ? xmlParserInputBufferCreateIO(read_page, NULL, page, XML_CHAR_ENCODING_NONE) : NULL;
    xmlParserInputPtr in = buf ? xmlNewIOInputStream(ctxt, buf, XML_CHAR_ENCODING_NONE) : NULL;
    if (!in || inputPush(ctxt, in) < 0) { /* the stream owns buf; a failed push frees it */
        if (buf && !in)
            xmlFreeParserInputBuffer(buf);
        if (ctxt)
            htmlFreeParserCtxt(ctxt);
        dom_free(d);
        return ST_PARSE;
    }
    /* IGNORE_ENC: the input stage decodes the page to UTF-8, whatever its
     * <meta charset> says. HUGE: max_depth decides how deep a page may
     * nest, not libxml2's 256. */
    htmlCtxtUseOptions(ctxt, PARSE_OPTIONS);
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8); /* no converter for UTF-8: a flag */
    htmlSAXHandler *sax = (htmlSAXHandler *)ctxt->sax;
    /* only the events the tree is made of; no document, comments or DTD */
    memset(sax, 0, sizeof *sax);
    sax->startElement = on_start;
    sax->endElement = on_end;
    sax->characters = on_text;
    sax->cdataBlock = on_raw_text;
    ctxt->_private = &b;
    htmlParseDocument(ctxt);
    if (b.status == ST_OK)
        flush_text(ctxt, &b);
    d->names = ctxt->dict;
    xmlDictReference(d->names);
    htmlFreeParserCtxt(ctxt);
    free(b.text);
    if (b.status == ST_OK && (arena_failed(d->a) || arena_failed(text_arena)))
        b.status = ST_NOMEM;
    if (b.status != ST_OK) {
        dom_free(d);
        return b.status;
    }
    *out = d;
    return ST_OK;
}

dom_node *dom_root(const dom *d) { return d ? d->root : NULL; }

void dom_free(dom *d)
{
    if (!d)
        return;
    if (d->names)
        xmlDictFree(d->names);
    arena_free(d->a);
    free(d);
}
