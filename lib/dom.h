/* Stage 2a, first half: HTML to a compact tree. libxml2's HTML tokenizer
 * (its error recovery, implied and auto-closed elements) drives SAX
 * callbacks that build the tree in an arena; libxml2's own tree, about
 * thirteen bytes per input byte in many small allocations, is never made. */
#ifndef BERITA_DOM_H
#define BERITA_DOM_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "input.h"
#include "status.h"

typedef enum { DOM_ELEMENT, DOM_TEXT } dom_kind;

typedef struct dom_node dom_node;
struct dom_node {
    dom_node *parent, *children, *prev, *next;
    union {
        const char *name;    /* element: its lower-case name */
        const char *content; /* text: NUL-terminated (script and style text too) */
    };
    dom_kind type;
};

/* An element is a node with two more fields (a page has as many text nodes
 * as elements, and they need neither). */
typedef struct {
    dom_node node;
    const void *attrs; /* what the page's attribute hook kept of its attributes */
    void *info;        /* free for the reader: its index entry */
} dom_element;

/* The element n is (n->type must be DOM_ELEMENT). The reader annotates
 * elements it otherwise only reads: `info` is writable through a const node. */
static inline dom_element *dom_element_of(const dom_node *n) { return (dom_element *)(uintptr_t)n; }

/* Called for each element as it starts, with its name and libxml2's
 * NULL-ended name/value list (NULL when it has none); what it returns, made
 * in `a`, becomes the element's `attrs`. */
typedef const void *(*dom_attr_hook)(void *ctx, const char *name, const char *const *atts, arena *a);

typedef struct dom dom;

/* Parses the page, decoded whole first (libxml2 reads it in place). The
 * text of text nodes is made in text_arena (a script's or a style's
 * excepted), so a reader may keep it without a copy. ST_TOO_DEEP when elements nest deeper than max_depth (0:
 * no limit), ST_NOMEM when an allocation failed, libxml2's own included:
 * never a tree that lost a piece to one. libxml2 reports to the calling
 * thread's error channels; they are the caller's again on return. */
stage_status dom_parse(input_stream *page, size_t max_depth, dom_attr_hook hook, void *hook_ctx, arena *text_arena,
                       dom **out);
/* The first top-level element (<html>, implied when missing), or NULL. */
dom_node *dom_root(const dom *d);
void dom_free(dom *d);

#endif
