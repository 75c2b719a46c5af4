/* Stage 2a, the HTML reader's first part after dom.c: what each element of a
 * page is. The markup conventions (tag sets, class words and tokens, body
 * selectors) are data tables in markup.c; one pre-order pass indexes the
 * tree once (what each element's name and class say, noise flags inherited
 * from ancestors, per-block text lengths), so that the readers (head.c,
 * layout.c, html.c) ask each question of an element as a bit. */
#ifndef BERITA_MARKUP_H
#define BERITA_MARKUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "dom.h"
#include "status.h"

/* The tag sets the reader asks about; bit k of an element's `tags` says
 * its name is in TAG_SETS[k]. */
typedef enum {
    TAGS_BLOCK, TAGS_VOID_TEXT, TAGS_CHROME, TAGS_SKIP, TAGS_HEADING, TAGS_HEADLINE, TAGS_PROSE,
    TAGS_NOT_HEADLINE, TAGS_ICON, TAGS_BOLD, TAGS_REGION, TAG_A, TAG_ARTICLE, TAG_ASIDE, TAG_BODY, TAG_BR, TAG_FIGCAPTION,
    TAG_H1, TAG_HEAD, TAG_HTML, TAG_IMG, TAG_LI, TAG_LINK, TAG_META, TAG_SCRIPT, TAG_TIME, TAG_TITLE, N_TAG_SETS
} tag_set;

/* The class word lists: bit k of an element's `parts` says a word of its
 * class or id is in PART_LISTS[k]. */
typedef enum {
    PARTS_CHROME, PARTS_SKIP, PARTS_DATE, PARTS_LABEL_ICON, PARTS_SITE_TITLE, PARTS_TITLE, PARTS_CAPTION,
    PARTS_AUTHOR_ICON, PARTS_LABEL_CLASS, PARTS_FURNITURE, PARTS_LABEL, PARTS_REGION, PARTS_MODIFIED, N_PART_LISTS
} part_list;

/* Whole class tokens: bit k of an element's `tokens` says a token of its
 * class is in TOKEN_LISTS[k]. */
typedef enum {
    TOKENS_HIDDEN, TOKENS_SCREEN_READER, TOKENS_CHROME, TOKENS_VCARD, TOKENS_FN, TOKENS_SITE_NAME,
    TOKENS_POST_AUTHOR_NAME, N_TOKEN_LISTS
} token_list;

/* The attributes the reader looks at; markup_keep_attrs keeps no others (src,
 * srcset, alt, data-*, on* and the like would be most of a page's). */
typedef enum {
    AT_CLASS, AT_ID, AT_ITEMPROP, AT_REL, AT_HREF, AT_HIDDEN, AT_ARIA_HIDDEN, AT_STYLE, AT_ROLE, AT_TYPE,
    AT_PROPERTY, AT_NAME, AT_CONTENT, AT_DATETIME, AT_TITLE, N_READ_ATTRS
} attr_name;

enum {
    NF_CHROME = 1,   /* inside page chrome */
    NF_LABELBOX = 2, /* inside a tag or category box */
    NF_HIDDEN = 4,   /* never shown, or no text (scripts) */
    NF_LINK = 8,     /* inside <a> */
    NF_BLOCK = 16,
    NF_ARTICLE = 32, /* inside <article> */
    /* of the element itself, worked out once */
    NF_BLOCK_TAG = 64,
    NF_SELF_HIDDEN = 128, /* hidden, screen-reader text or not */
    NF_SELF_SR = 256,     /* screen-reader text, shown to no one else */
    NF_SELF_CHROME = 512,
    NF_SUB_SR = 1024, /* screen-reader text below it */
    NF_CHROME_KIND = 2048, /* chrome by tag or role, not by class words */
    NF_REGION = 4096,      /* inside the page's own header or footer */
    NF_KIND_CHROME = 8192, /* inside chrome by tag or role (NF_CHROME by more than class words) */
};

/* 32-bit counts: html_read takes no page of INT_MAX / 2 bytes or more. An
 * element's info points at its entry. */
typedef struct {
    uint32_t id; /* its place in document order */
    uint32_t flags;
    uint32_t tags;         /* bit k: TAG_SETS[k] holds its name */
    uint32_t parts;        /* bit k: its class or id has a word of PART_LISTS[k] */
    uint32_t body_classes; /* bit s: its class has BODY_SELECTORS[s]'s class */
    uint16_t tokens;       /* bit k: its class has a token of TOKEN_LISTS[k] */
    uint64_t chrome_words; /* bit i: its class or id has the chrome word i (markup.c), furniture aside */
    uint32_t end;      /* one past the last element of its subtree */
    uint32_t block;    /* index of the nearest block element (itself when a block) */
    uint32_t own_text; /* visible non-link text bytes whose nearest block this is */
    uint32_t sub_text; /* own_text over the whole subtree */
    uint32_t sub_all;  /* every visible text byte of the subtree, links too */
    float score;       /* text density score: a ranking, float is precise enough */
    float prose;       /* the weighted prose of its subtree (layout.c) */
} node_info;

/* An element's cleaned text, once read. */
typedef struct {
    const char *text;
    size_t len;
} text_memo;

typedef struct {
    dom_node **nodes;
    node_info *info;
    size_t n;
    text_memo *texts; /* 2i: element i's text, 2i + 1: with its screen-reader text; made when first asked */
} tree_index;

/* The questions below are asked of every element many times: the indexed
 * answer is a bit, inline; the others go the long way. */
static inline bool indexed(const dom_node *n) { return n && n->type == DOM_ELEMENT && dom_element_of(n)->info; }
static inline const node_info *info_of(const dom_node *n) { return (const node_info *)dom_element_of(n)->info; }
static inline size_t node_id(const dom_node *n) { return info_of(n)->id; }

/* An element's attributes of READ_ATTRS, as markup_keep_attrs keeps them in its
 * attrs (markup_keep_attrs): as libxml2 attributes each
 * would be four allocations (itself, its name, its text node, the text) and
 * four frees, most of the tree's. */
typedef struct {
    uint16_t present;    /* bit k: it has READ_ATTRS[k] */
    const char *value[]; /* of each present one, in READ_ATTRS order */
} kept_attrs;


/* Caps that keep hostile pages linear: elements and text bytes of a
 * subtree read whole. */
enum { MAX_SMALL_SUBTREE = 200 };

static inline unsigned bits_set(unsigned x)
{
    unsigned n = 0;
    for (; x; x &= x - 1)
        n++;
    return n;
}

/* The long ways, for an element of no index (a fragment's, a test's). */
bool markup_tag_in_by_name(const dom_node *n, tag_set set);
bool markup_class_has_part_by_words(const dom_node *n, part_list list);
bool markup_class_token_in_by_tokens(const dom_node *n, token_list list);
/* `list` holds `word` as one of its space-separated tokens. */
bool markup_has_token(const char *list, const char *word);
/* The NULL-ended `list` holds s[0..len), in any case. */
bool markup_in_list(const char *const *list, const char *s, size_t len);

/* The element's name is in the set. */
static inline bool tag_in(const dom_node *n, tag_set set)
{
    return indexed(n) ? (info_of(n)->tags >> set) & 1 : markup_tag_in_by_name(n, set);
}

/* An attribute's value without copying it, or NULL. */
static inline const char *attr(const dom_node *n, attr_name name)
{
    const kept_attrs *kept = n && n->type == DOM_ELEMENT ? dom_element_of(n)->attrs : NULL;
    return kept && ((kept->present >> name) & 1) ? kept->value[bits_set(kept->present & ((1u << name) - 1))] : NULL;
}

static inline bool attr_has_token(const dom_node *n, attr_name name, const char *word)
{
    const char *v = attr(n, name);
    return v && markup_has_token(v, word);
}

/* A class or id token, or one of its parts split at '-', '_', ':' and '.',
 * is in the list. */
static inline bool class_has_part(const dom_node *n, part_list list)
{
    return indexed(n) ? (info_of(n)->parts >> list) & 1 : markup_class_has_part_by_words(n, list);
}

/* A class token, in whole, is in the list. */
static inline bool class_token_in(const dom_node *n, token_list list)
{
    return indexed(n) ? (info_of(n)->tokens >> list) & 1 : markup_class_token_in_by_tokens(n, list);
}

typedef enum { SHOWN, HIDDEN_FROM_EYES, HIDDEN } visibility;

/* HIDDEN_FROM_EYES: screen-reader text. */
visibility markup_visibility(const dom_node *n);
/* Chrome by its own markup (tag, class words, role), ancestors aside. */
bool markup_chrome(const dom_node *n);

static inline bool is_hidden_but_heard(const dom_node *n, bool heard)
{
    if (!indexed(n)) {
        visibility v = markup_visibility(n);
        return v == HIDDEN || (!heard && v == HIDDEN_FROM_EYES);
    }
    return (info_of(n)->flags & NF_SELF_HIDDEN) || (!heard && (info_of(n)->flags & NF_SELF_SR));
}

static inline bool is_hidden(const dom_node *n) { return is_hidden_but_heard(n, false); }

static inline bool is_block_tag(const dom_node *n)
{
    return indexed(n) ? (info_of(n)->flags & NF_BLOCK_TAG) != 0 : tag_in(n, TAGS_BLOCK);
}

static inline bool is_chrome(const dom_node *n)
{
    return indexed(n) ? (info_of(n)->flags & NF_SELF_CHROME) != 0 : markup_chrome(n);
}

/* The next whitespace-separated token of a class attribute at *rest (which
 * may be NULL): its start, with *end past it and *rest moved on; NULL at the
 * end. */
const char *markup_next_class_token(const char **rest, const char **end);
/* The rank of the first body selector (markup.c: the CMS families' body
 * containers, most specific first) n matches, or -1. */
int markup_body_rank(const dom_node *n);
/* A link into a tag or category archive: a path segment names it and a
 * term follows ("/berita/tag/bakti", "/kategori/kesehatan"). */
bool markup_is_label_href(const char *href);
/* A link into an author's archive ("/author/humas/", "/?author=3"). */
bool markup_is_author_href(const char *href);
/* A link that leads back, to no page of its own: a script's ("javascript:
 * history.back()") or the site's home ("/", "https://host/"). */
bool markup_is_navigation_href(const char *href);
/* The bytes above ' ': what a reader sees of the text. */
size_t markup_visible_bytes(const char *s);

/* A growable byte buffer (malloc); `failed` once a growth failed. */
typedef struct {
    char *s;
    size_t len, cap;
    bool failed;
} buf;
void markup_buf_add(buf *b, const char *s, size_t n);

/* Indexes every element under root in document order (dom_parse has held
 * the nesting to the page's limit); markup_index_clear undoes it. */
stage_status markup_index(tree_index *t, dom_node *root);
void markup_index_clear(tree_index *t);
/* anc is n or holds it: O(1) by the pre-order numbering. */
/* Marks chrome (NF_SELF_CHROME, and NF_CHROME for whatever it holds) again,
 * the chrome class words in layout_words no evidence on this page: words
 * the article's own wrappers carry are the page builder's vocabulary
 * ("elementor-widget"), not chrome. */
void markup_mark_chrome(tree_index *t, uint64_t layout_words);
bool markup_is_ancestor(const tree_index *t, const dom_node *anc, const dom_node *n);
/* Small enough to read whole: a hostile page's nested candidates stay
 * linear. */
bool markup_small_subtree(const tree_index *t, size_t i);

/* The attributes the index reads, kept beside the element (dom_attr_hook). */
const void *markup_keep_attrs(void *ctx, const char *name, const char *const *atts, arena *a);

#endif
