#include "dom.h"

#include <libxml/HTMLparser.h>
#include <libxml/globals.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <pthread.h>
#include <ctype.h>
#include <limits.h>
#include <stdbool.h>
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

enum { MAX_NAME_RUN = 4096 }; /* how far back a name is looked for */

/* libxml2 2.9.14 interns every tag, attribute, entity and PI name in its
 * dictionary, and a failed insertion comes back as NULL with no error of
 * its own: the callers then report the name as missing, as for a page's
 * own "A & B", "<? ?>" or <div @click>. They read the name before looking
 * it up, so the two differ in what lies just before the cursor: a name
 * the dictionary never took, or none (or a name before it, which it holds).
 * A doctype's name is never used: losing it loses nothing. */
static bool name_lookup_failed(xmlParserCtxtPtr ctxt, const xmlError *e)
{
    const char *msg = e->message ? e->message : "";
    if (strstr(msg, "invalid element name")) /* read only after '<' and a letter */
        return true;
    if (strstr(msg, "DOCTYPE"))
        return false;
    xmlParserInputPtr in = ctxt->input;
    if (!in || !in->cur || !in->base || !ctxt->dict)
        return false;
    const xmlChar *end = in->cur, *start = end;
    while (start > in->base && end - start < MAX_NAME_RUN && input_is_name_char((char)start[-1]))
        start--;
    if (start == end || start == in->base || end - start == MAX_NAME_RUN) /* none, or not held whole */
        return false;
    size_t len = (size_t)(end - start);
    bool html_name = e->code == XML_ERR_NAME_REQUIRED && !strstr(msg, "EntityRef");
    if (!html_name) { /* an entity's or a PI's name, read whole after '&' or "<?" and kept as written */
        if (start[-1] != '&' && start[-1] != '?')
            return false;
        return xmlDictExists(ctxt->dict, start, (int)len) == NULL;
    }
    /* An attribute name, lower-cased, the last piece of a run read in pieces. */
    size_t piece = len % INPUT_MAX_HTML_NAME ? len % INPUT_MAX_HTML_NAME : INPUT_MAX_HTML_NAME;
    xmlChar name[INPUT_MAX_HTML_NAME];
    for (size_t i = 0; i < piece; i++)
        name[i] = (xmlChar)tolower(end[(ptrdiff_t)i - (ptrdiff_t)piece]);
    return xmlDictExists(ctxt->dict, name, (int)piece) == NULL;
}

/* An allocation libxml2 could not make: the page is NOMEM. The parser's
 * own failures leave it with its state half set (2.9.14 then loops forever
 * on some paths, its cursor never moving): it is stopped at once. Other
 * errors are the page's own, which recovery handles (HTML_PARSE_NOERROR). */
static void on_parser_error(void *ctx, xmlErrorPtr e)
{
    xmlParserCtxtPtr ctxt = ctx;
    builder *b = ctxt->_private;
    bool missing_name = e && (e->code == XML_ERR_NAME_REQUIRED || e->code == XML_ERR_PI_NOT_STARTED);
    if (!e || !(e->code == XML_ERR_NO_MEMORY || (missing_name && name_lookup_failed(ctxt, e))))
        return;
    if (ctxt->input && ctxt->input->cur && *ctxt->input->cur == '<') {
        /* A tag whose name the dictionary did not take, seen before it is
         * read: 2.9.14 skips it with `while ((CUR == 0) && ...)`, which
         * never ends once a halted parser reads as 0. Stopped without the
         * halt, its loop ends at the next turn. */
        if (b->status == ST_OK)
            b->status = ST_NOMEM;
        ctxt->instate = XML_PARSER_EOF;
        ctxt->disableSAX = 1;
        return;
    }
    fail(ctxt, b, ST_NOMEM);
}

/* The rest fail with no parser to tell (an input buffer that could not
 * grow, a string libxml2 copies) and go to the calling thread's structured
 * handler, which would otherwise print them. Halting the parser there
 * would free the input buffer under the code growing it: the parser, its
 * state intact, is stopped at its next event instead (stopped()). */
static void on_thread_error(void *ctx, xmlErrorPtr e)
{
    builder *b = ctx;
    if (e && e->code == XML_ERR_NO_MEMORY && b->status == ST_OK)
        b->status = ST_NOMEM;
}

/* Whether the parse has failed; the parser is stopped then. */
static bool stopped(xmlParserCtxtPtr ctxt, builder *b)
{
    if (b->status == ST_OK)
        return false;
    xmlStopParser(ctxt);
    return true;
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

/* libxml2 2.9.14 loses its stack of open element names when it cannot
 * grow it (the table becomes NULL, then is read): the stack is grown here,
 * after each push, so that libxml2's own push never has to. */
static bool reserve_open_names(xmlParserCtxtPtr ctxt)
{
    if (ctxt->nameNr < ctxt->nameMax)
        return true;
    int max = ctxt->nameMax > 0 ? ctxt->nameMax * 2 : 16;
    const xmlChar **grown = xmlRealloc((void *)ctxt->nameTab, (size_t)max * sizeof *grown);
    if (!grown)
        return false;
    ctxt->nameTab = grown;
    ctxt->nameMax = max;
    return true;
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    xmlParserCtxtPtr ctxt = ctx;
    builder *b = ctxt->_private;
    if (stopped(ctxt, b))
        return;
    flush_text(ctxt, b);
    if (b->max_depth && b->depth + 1 > b->max_depth) {
        fail(ctxt, b, ST_TOO_DEEP);
        return;
    }
    if (!reserve_open_names(ctxt)) {
        fail(ctxt, b, ST_NOMEM);
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
    if (stopped(ctxt, b) || !b->open)
        return;
    flush_text(ctxt, b);
    b->last = b->open;
    b->open = b->open->parent;
    b->depth--;
}

static void add_text(xmlParserCtxtPtr ctxt, const xmlChar *s, int len, bool raw)
{
    builder *b = ctxt->_private;
    if (stopped(ctxt, b) || len <= 0)
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

/* libxml2's error channels are the calling thread's (thread-local in a
 * threaded libxml2): ours for the parse, the caller's again after it. */
typedef struct {
    xmlStructuredErrorFunc handler;
    void *ctx;
} thread_errors;

static thread_errors take_thread_errors(builder *b)
{
    thread_errors saved = {xmlStructuredError, xmlStructuredErrorContext};
    xmlSetStructuredErrorFunc(b, on_thread_error);
    return saved;
}

/* Gives the caller's error channel back, and with it no last error of ours:
 * libxml2 keeps a copy of the parse's last error per thread until the next. */
static void give_back_thread_errors(thread_errors saved)
{
    xmlResetLastError();
    xmlSetStructuredErrorFunc(saved.ctx, saved.handler);
}

/* A parser for the decoded page (NUL-terminated), NULL when out of
 * memory. libxml2 2.9.14 reads a string input in place, with no buffer of
 * its own: one it filled as it read would grow as it goes, and 2.9.14
 * loses its place in a buffer that fails to grow (its cursor becomes an
 * offset from NULL). The context is an XML one made HTML by htmlCtxtReset,
 * as htmlNewParserCtxt leaks its SAX handler when a later allocation of
 * its own fails. */
static xmlParserCtxtPtr new_parser(const char *page)
{
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return NULL;
    htmlCtxtReset(ctxt);
    xmlParserInputPtr in = xmlNewStringInputStream(ctxt, (const xmlChar *)page);
    if (!in || inputPush(ctxt, in) < 0) { /* a failed push frees the stream */
        htmlFreeParserCtxt(ctxt);
        return NULL;
    }
    return ctxt;
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
    size_t len = 0;
    char *text = input_read_all(page, &len);
    if (text && !input_filter_markup(text, &len)) {
        free(text);
        text = NULL;
    }
    if (text && len > INT_MAX) { /* libxml2 counts in int */
        free(text);
        dom_free(d);
        return ST_TOO_LARGE;
    }
    thread_errors saved = take_thread_errors(&b);
    xmlParserCtxtPtr ctxt = text ? new_parser(text) : NULL;
    if (ctxt && b.status != ST_OK)
        htmlFreeParserCtxt(ctxt);
    if (!ctxt || b.status != ST_OK) {
        give_back_thread_errors(saved);
        free(text);
        dom_free(d);
        return ST_NOMEM;
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
    sax->serror = on_parser_error;
    sax->initialized = XML_SAX2_MAGIC; /* libxml2 uses serror only with this mark */
    ctxt->_private = &b;
    htmlParseDocument(ctxt);
    if (b.status == ST_OK)
        flush_text(ctxt, &b);
    d->names = ctxt->dict;
    xmlDictReference(d->names);
    htmlFreeParserCtxt(ctxt);
    give_back_thread_errors(saved);
    free(text);
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
