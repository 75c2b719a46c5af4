/* The HTML reader. One pre-order pass indexes the page's tree (dom.c; noise
 * flags inherited from ancestors, per-block text lengths); the article's
 * container is then found by CMS conventions or by text density, its blocks
 * become paragraphs, and the page's metadata (JSON-LD, Open Graph, microdata,
 * post-meta markup, Next.js flight data) gives the title, url, labels,
 * credits and date clues. Every walk is iterative: a page may nest 100,000
 * elements. */
#include "html.h"

#include <jansson.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "dom.h"
#include "lexicon.h"
#include "metadata.h"
#include "unicode.h"

/* ---- markup conventions (data) ------------------------------------------ */

/* Elements that end a run of inline text. */
static const char *const BLOCK_TAGS[] = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
    "dt", "dd", "blockquote", "figure", "figcaption", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
    "pre", "header", "footer", "address", "center", "aside", "nav", "hr", "form", "fieldset", "details",
    "summary", "caption", "body", "html", NULL};

/* Never text of any kind. */
static const char *const VOID_TEXT_TAGS[] = {"script", "style", "noscript", "template", "iframe", "svg", "object",
                                             "embed", "canvas", "select", "option", "button", "input", "textarea",
                                             "head", "title", "meta", "link", NULL};

/* Page chrome: whatever sits inside is never this article's (menus,
 * sidebars, lists of other articles, comments, share bars). */
static const char *const CHROME_TAGS[] = {"nav", "aside", NULL};
static const char *const CHROME_PARTS[] = {
    "sidebar", "widget", "widgets", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
    "related", "terkait", "popular", "populer", "terpopuler", "recent", "terbaru", "terkini", "trending",
    "comment", "comments", "komentar", "respond", "share", "sharing", "sharedaddy", "social", "sosmed",
    "pagination", "pager", "ads", "advert", "iklan", "banner", "newsletter", "subscribe", "cookie", "modal",
    "popup", "topbar", "masthead", "search", "agenda", "archive", "arsip", "lainnya", "marquee", "ticker",
    "running", NULL};

/* Inside the article but not its body text: title block, post-meta,
 * tag and category boxes, footers, bylines. */
static const char *const SKIP_TAGS[] = {"header", "footer", "form", "h1", NULL};
static const char *const SKIP_PARTS[] = {"meta", "footer", "header", "byline", "author", "tags", "tag",
                                         "labels", "categories", "category", "cat", "kategori", "badge",
                                         "title", "headline", "judul", "date", "time", "posted", "views", "hits",
                                         "print", "rating", "toc", NULL};

/* Markup a reader never sees; screen-reader text is heard, not seen: a
 * byline's "Penulis:" label may hide there. */
static const char *const HIDDEN_CLASSES[] = {"hidden", "invisible", NULL};
static const char *const SCREEN_READER_CLASSES[] = {"sr-only", "screen-reader-text", "visually-hidden", NULL};

/* The body containers of the CMS families, most specific first. */
typedef enum { SEL_ITEMPROP, SEL_CLASS, SEL_ID } sel_kind;
typedef struct {
    sel_kind kind;
    const char *value;
} selector;
static const selector BODY_SELECTORS[] = {
    {SEL_ITEMPROP, "articleBody"},       /* schema.org microdata: Joomla, Blogger */
    {SEL_CLASS, "post-body"},            /* Blogger */
    {SEL_CLASS, "td-post-content"},      /* WordPress Newspaper */
    {SEL_CLASS, "content-inner"},        /* WordPress JNews */
    {SEL_CLASS, "entry-content"},        /* WordPress, Blogger */
    {SEL_CLASS, "field--name-body"},     /* Drupal 8+ */
    {SEL_CLASS, "field-name-body"},      /* Drupal 7 */
    {SEL_CLASS, "article-content"},      /* Joomla T3, many portals */
    {SEL_CLASS, "post-content"},
    {SEL_CLASS, "single-content"},
    {SEL_CLASS, "detail-content"},       /* Laravel / CodeIgniter portals */
    {SEL_CLASS, "news-content"},
    {SEL_CLASS, "isi-berita"},           /* Lokomedia */
    {SEL_CLASS, "detail-berita"},
    {SEL_CLASS, "content-berita"},
    {SEL_CLASS, "berita-content"},
    {SEL_CLASS, "blog-content"},
    {SEL_CLASS, "entry"},                /* old WordPress themes */
    {SEL_ID, "isi"},                     /* CMS Datagoe */
    {SEL_CLASS, "node__content"},        /* Drupal, without a body field */
    {SEL_CLASS, "item-page"},            /* Joomla, without microdata */
};
enum { N_BODY_SELECTORS = sizeof BODY_SELECTORS / sizeof *BODY_SELECTORS };
_Static_assert(N_BODY_SELECTORS <= 32, "a bit for each body selector");

/* Class words of a body container of an unknown template ("news__body",
 * "berita-detail__content", "post--content"): a body word with an article
 * word. */
static const char *const BODY_WORDS[] = {"content", "body", "isi", "konten", "text", NULL};
static const char *const ARTICLE_WORDS[] = {"post", "entry", "article", "artikel", "berita", "news", "blog",
                                            "single", "node", "detail", "story", NULL};

/* Class words of a date line. */
static const char *const DATE_PARTS[] = {"date", "time", "tanggal", "tgl", "posted", "published", "datetime",
                                         "calendar", "clock", "waktu", "created", NULL};
/* Class words of a tag or category link box ("post-labels", "cat-links",
 * "blog-tags", "badge"). WordPress also marks a whole post with a class
 * per term ("category-berita", "tag-kelor"): a label word followed by a
 * value, which LABEL_BOX_TAILS tells apart. */
static const char *const LABEL_PARTS[] = {"tags", "tag", "labels", "label", "categories", "category", "cat",
                                          "kategori", "badge", "topik", "topics", "chip", "chips", "kicker",
                                          NULL};
static const char *const LABEL_BOX_TAILS[] = {"links", "list", "box", "wrap", "wrapper", "items", "name", "area",
                                              "block", NULL};
/* Icon classes that mark a link as a tag or category ("fa-tags",
 * "fa-folder-open"). */
static const char *const LABEL_ICON_PARTS[] = {"tag", "tags", "folder", "bookmark", "label", "labels", NULL};
/* Path segments of tag and category archive links ("/berita/tag/bakti"). */
static const char *const LABEL_PATH_SEGMENTS[] = {"tag", "tags", "label", "labels", "kategori", "category",
                                                  "categories", "topik", "topic", NULL};

/* Class words of a headline, a caption, an author icon, a field's label
 * element. */
static const char *const TITLE_PARTS[] = {"title", "headline", "judul", NULL};
static const char *const CAPTION_PARTS[] = {"caption", "wp-caption-text", "keterangan", NULL};
static const char *const AUTHOR_ICON_PARTS[] = {"user", "person", "pencil", "author", "penulis", "writer", NULL};
static const char *const LABEL_CLASS_PARTS[] = {"label", NULL};

/* Class words that make a heading the site's, not the article's. */
static const char *const SITE_TITLE_PARTS[] = {"site", "logo", "brand", "widget", NULL};

/* Title separators of <title>: "Site: Title", "Title | Site", "Title - Site". */
static const char *const TITLE_SEPARATORS[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ": ", " :: ",
                                               " \xC2\xBB ", " / ", NULL};

/* Entities some CMSs escape twice ("&amp;nbsp;"), so the text shows them. */
typedef struct {
    const char *name;
    int32_t cp;
} entity;
static const entity ENTITIES[] = {
    {"nbsp", 0xA0},   {"amp", '&'},      {"quot", '"'},     {"apos", '\''},    {"lt", '<'},
    {"gt", '>'},      {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}, {"laquo", 0xAB},  {"raquo", 0xBB},
    {"bull", 0x2022}, {"middot", 0xB7},
};

/* Tag sets beside the ones above. */
static const char *const HEADING_TAGS[] = {"h2", "h3", "h4", "h5", "h6", NULL};
static const char *const HEADLINE_TAGS[] = {"h1", "h2", "h3", NULL};
/* Paragraph elements that may follow the container. */
static const char *const PROSE_TAGS[] = {"p", "blockquote", "ul", "ol", "h2", "h3", "h4", "h5", "h6", NULL};
/* Heading-classed elements that are no headline element. */
static const char *const NOT_HEADLINE_TAGS[] = {"a", "span", "title", NULL};
/* Elements an icon font or sprite draws in. */
static const char *const ICON_TAGS[] = {"i", "span", "svg", NULL};
static const char *const BOLD_TAGS[] = {"b", "strong", NULL};

/* A whole class or id that names a sidebar column; as a part ("article-aside")
 * it is article furniture. */
static const char *const CHROME_TOKENS[] = {"aside", NULL};
/* Class words of the article's own furniture, which a generic "nav" class
 * beside them ("nav meta") does not make chrome. */
static const char *const FURNITURE_PARTS[] = {"meta", "info", NULL};
/* hCard bylines (WordPress): class "vcard" around or on class "fn". */
static const char *const VCARD_CLASSES[] = {"vcard", NULL};
static const char *const FN_CLASSES[] = {"fn", NULL};

/* ---- what an element is, worked out once per element -------------------- */

/* The tag sets the reader asks about; bit k of an element's `tags` says
 * its name is in TAG_SETS[k]. */
typedef enum {
    TAGS_BLOCK, TAGS_VOID_TEXT, TAGS_CHROME, TAGS_SKIP, TAGS_HEADING, TAGS_HEADLINE, TAGS_PROSE,
    TAGS_NOT_HEADLINE, TAGS_ICON, TAGS_BOLD, TAG_A, TAG_ARTICLE, TAG_ASIDE, TAG_BODY, TAG_BR, TAG_FIGCAPTION,
    TAG_H1, TAG_HEAD, TAG_HTML, TAG_IMG, TAG_LI, TAG_LINK, TAG_META, TAG_SCRIPT, TAG_TIME, TAG_TITLE, N_TAG_SETS
} tag_set;
static const char *const *const TAG_SETS[N_TAG_SETS] = {
    [TAGS_BLOCK] = BLOCK_TAGS,
    [TAGS_VOID_TEXT] = VOID_TEXT_TAGS,
    [TAGS_CHROME] = CHROME_TAGS,
    [TAGS_SKIP] = SKIP_TAGS,
    [TAGS_HEADING] = HEADING_TAGS,
    [TAGS_HEADLINE] = HEADLINE_TAGS,
    [TAGS_PROSE] = PROSE_TAGS,
    [TAGS_NOT_HEADLINE] = NOT_HEADLINE_TAGS,
    [TAGS_ICON] = ICON_TAGS,
    [TAGS_BOLD] = BOLD_TAGS,
    [TAG_A] = (const char *const[]){"a", NULL},
    [TAG_ARTICLE] = (const char *const[]){"article", NULL},
    [TAG_ASIDE] = (const char *const[]){"aside", NULL},
    [TAG_BODY] = (const char *const[]){"body", NULL},
    [TAG_BR] = (const char *const[]){"br", NULL},
    [TAG_FIGCAPTION] = (const char *const[]){"figcaption", NULL},
    [TAG_H1] = (const char *const[]){"h1", NULL},
    [TAG_HEAD] = (const char *const[]){"head", NULL},
    [TAG_HTML] = (const char *const[]){"html", NULL},
    [TAG_IMG] = (const char *const[]){"img", NULL},
    [TAG_LI] = (const char *const[]){"li", NULL},
    [TAG_LINK] = (const char *const[]){"link", NULL},
    [TAG_META] = (const char *const[]){"meta", NULL},
    [TAG_SCRIPT] = (const char *const[]){"script", NULL},
    [TAG_TIME] = (const char *const[]){"time", NULL},
    [TAG_TITLE] = (const char *const[]){"title", NULL},
};

/* The class word lists: bit k of an element's `parts` says a word of its
 * class or id is in PART_LISTS[k]. */
typedef enum {
    PARTS_CHROME, PARTS_SKIP, PARTS_DATE, PARTS_LABEL_ICON, PARTS_SITE_TITLE, PARTS_TITLE, PARTS_CAPTION,
    PARTS_AUTHOR_ICON, PARTS_LABEL_CLASS, PARTS_FURNITURE, PARTS_LABEL, N_PART_LISTS
} part_list;
static const char *const *const PART_LISTS[N_PART_LISTS] = {
    [PARTS_CHROME] = CHROME_PARTS,           [PARTS_SKIP] = SKIP_PARTS,
    [PARTS_DATE] = DATE_PARTS,               [PARTS_LABEL_ICON] = LABEL_ICON_PARTS,
    [PARTS_SITE_TITLE] = SITE_TITLE_PARTS,   [PARTS_TITLE] = TITLE_PARTS,
    [PARTS_CAPTION] = CAPTION_PARTS,         [PARTS_AUTHOR_ICON] = AUTHOR_ICON_PARTS,
    [PARTS_LABEL_CLASS] = LABEL_CLASS_PARTS, [PARTS_FURNITURE] = FURNITURE_PARTS,
    [PARTS_LABEL] = LABEL_PARTS,
};

/* Whole class tokens: bit k of an element's `tokens` says a token of its
 * class is in TOKEN_LISTS[k]. */
typedef enum { TOKENS_HIDDEN, TOKENS_SCREEN_READER, TOKENS_CHROME, TOKENS_VCARD, TOKENS_FN, N_TOKEN_LISTS } token_list;
static const char *const *const TOKEN_LISTS[N_TOKEN_LISTS] = {
    [TOKENS_HIDDEN] = HIDDEN_CLASSES, [TOKENS_SCREEN_READER] = SCREEN_READER_CLASSES,
    [TOKENS_CHROME] = CHROME_TOKENS,  [TOKENS_VCARD] = VCARD_CLASSES,
    [TOKENS_FN] = FN_CLASSES,
};

/* The attributes the reader looks at; start_element keeps no others (src,
 * srcset, alt, data-*, on* and the like would be most of a page's). */
typedef enum {
    AT_CLASS, AT_ID, AT_ITEMPROP, AT_REL, AT_HREF, AT_HIDDEN, AT_ARIA_HIDDEN, AT_STYLE, AT_ROLE, AT_TYPE,
    AT_PROPERTY, AT_NAME, AT_CONTENT, AT_DATETIME, AT_TITLE, N_READ_ATTRS
} attr_name;
static const char *const READ_ATTRS[N_READ_ATTRS + 1] = {
    [AT_CLASS] = "class",     [AT_ID] = "id",         [AT_ITEMPROP] = "itemprop",       [AT_REL] = "rel",
    [AT_HREF] = "href",       [AT_HIDDEN] = "hidden", [AT_ARIA_HIDDEN] = "aria-hidden", [AT_STYLE] = "style",
    [AT_ROLE] = "role",       [AT_TYPE] = "type",     [AT_PROPERTY] = "property",       [AT_NAME] = "name",
    [AT_CONTENT] = "content", [AT_DATETIME] = "datetime", [AT_TITLE] = "title",         [N_READ_ATTRS] = NULL,
};

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
    uint32_t end;      /* one past the last element of its subtree */
    uint32_t block;    /* index of the nearest block element (itself when a block) */
    uint32_t own_text; /* visible non-link text bytes whose nearest block this is */
    uint32_t sub_text; /* own_text over the whole subtree */
    uint32_t sub_all;  /* every visible text byte of the subtree, links too */
    float score;       /* text density score: a ranking, float is precise enough */
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

/* An element's attributes of READ_ATTRS, as start_element keeps them in its
 * attrs (keep_attrs): as libxml2 attributes each
 * would be four allocations (itself, its name, its text node, the text) and
 * four frees, most of the tree's. */
typedef struct {
    uint16_t present;    /* bit k: it has READ_ATTRS[k] */
    const char *value[]; /* of each present one, in READ_ATTRS order */
} kept_attrs;

static unsigned bits_set(unsigned x)
{
    unsigned n = 0;
    for (; x; x &= x - 1)
        n++;
    return n;
}

/* ---- small helpers ------------------------------------------------------ */

/* Where `list` holds s[0..len), in any case, or -1. */
static ptrdiff_t list_index(const char *const *list, const char *s, size_t len)
{
    /* the first byte, then the rest: most entries fail at once */
    unsigned char first = len ? (unsigned char)(s[0] | 0x20) : 0;
    for (size_t i = 0; list[i]; i++)
        if ((unsigned char)(list[i][0] | 0x20) == first && strncasecmp(list[i], s, len) == 0 && !list[i][len])
            return (ptrdiff_t)i;
    return -1;
}

static bool in_list(const char *const *list, const char *s, size_t len) { return list_index(list, s, len) >= 0; }

static bool tag_in_by_name(const dom_node *n, tag_set set)
{
    return n && n->type == DOM_ELEMENT && n->name &&
           in_list(TAG_SETS[set], n->name, strlen(n->name));
}

/* The element's name is in the set. */
static inline bool tag_in(const dom_node *n, tag_set set)
{
    return indexed(n) ? (info_of(n)->tags >> set) & 1 : tag_in_by_name(n, set);
}

/* An attribute's value without copying it, or NULL. */
static inline const char *attr(const dom_node *n, attr_name name)
{
    const kept_attrs *kept = n && n->type == DOM_ELEMENT ? dom_element_of(n)->attrs : NULL;
    return kept && ((kept->present >> name) & 1) ? kept->value[bits_set(kept->present & ((1u << name) - 1))] : NULL;
}

/* `list` holds `word` as one of its space-separated tokens. */
static bool has_token(const char *list, const char *word)
{
    size_t wl = strlen(word);
    for (const char *s = list; s && *s;) {
        while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
            s++;
        const char *e = s;
        while (*e && *e != ' ' && *e != '\t' && *e != '\n' && *e != '\r')
            e++;
        if ((size_t)(e - s) == wl && strncasecmp(s, word, wl) == 0)
            return true;
        s = e;
    }
    return false;
}

static inline bool attr_has_token(const dom_node *n, attr_name name, const char *word)
{
    const char *v = attr(n, name);
    return v && has_token(v, word);
}

/* A class or id token, or one of its parts split at '-', '_', ':' and '.',
 * is in `list`. */
static bool words_in(const char *v, const char *const *list)
{
    for (const char *s = v; s && *s;) {
        while (*s && !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')))
            s++;
        const char *e = s;
        while (*e && ((*e >= 'a' && *e <= 'z') || (*e >= 'A' && *e <= 'Z') || (*e >= '0' && *e <= '9')))
            e++;
        if (e > s && in_list(list, s, (size_t)(e - s)))
            return true;
        s = e;
    }
    return false;
}

static bool class_has_part_by_words(const dom_node *n, part_list list)
{
    const char *c = attr(n, AT_CLASS), *id = attr(n, AT_ID);
    return (c && words_in(c, PART_LISTS[list])) || (id && words_in(id, PART_LISTS[list]));
}

/* A class or id token, or one of its parts split at '-', '_', ':' and '.',
 * is in the list. */
static inline bool class_has_part(const dom_node *n, part_list list)
{
    return indexed(n) ? (info_of(n)->parts >> list) & 1 : class_has_part_by_words(n, list);
}

static bool class_token_in_by_tokens(const dom_node *n, token_list list)
{
    const char *c = attr(n, AT_CLASS);
    for (size_t i = 0; c && TOKEN_LISTS[list][i]; i++)
        if (has_token(c, TOKEN_LISTS[list][i]))
            return true;
    return false;
}

/* A class token, in whole, is in the list. */
static inline bool class_token_in(const dom_node *n, token_list list)
{
    return indexed(n) ? (info_of(n)->tokens >> list) & 1 : class_token_in_by_tokens(n, list);
}

/* The next whitespace-separated token of a class attribute at *rest (which
 * may be NULL): its start, with *end past it and *rest moved on; NULL at the
 * end. */
static const char *next_class_token(const char **rest, const char **end)
{
    const char *t = *rest;
    if (!t)
        return NULL;
    while (*t == ' ' || *t == '\t' || *t == '\n')
        t++;
    if (!*t)
        return NULL;
    const char *e = t;
    while (*e && *e != ' ' && *e != '\t' && *e != '\n')
        e++;
    *end = *rest = e;
    return t;
}

/* A class token names a label box: its last part is a label word, a label
 * word is followed only by a box word ("cat-links"), or it names a Drupal
 * field by its content ("field--name-field-kategori-berita"). */
static bool is_label_box(const dom_node *n)
{
    if (!class_has_part(n, PARTS_LABEL)) /* no label word at all: most elements */
        return false;
    const char *rest = attr(n, AT_CLASS), *s, *e;
    while ((s = next_class_token(&rest, &e))) {
        bool label = false, last_label = false, tail_ok = true;
        for (const char *p = s; p < e;) {
            while (p < e && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
                p++;
            const char *q = p;
            while (q < e && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9')))
                q++;
            if (q == p)
                break;
            last_label = in_list(LABEL_PARTS, p, (size_t)(q - p));
            if (label && !last_label && !in_list(LABEL_BOX_TAILS, p, (size_t)(q - p)))
                tail_ok = false;
            label = label || last_label;
            p = q;
        }
        if (label && (last_label || tail_ok || strncasecmp(s, "field", 5) == 0))
            return true;
    }
    return false;
}

/* A class token holds a body word and an article word as parts. */
static bool generic_body_class(const char *c)
{
    const char *rest = c, *s, *e;
    while ((s = next_class_token(&rest, &e))) {
        bool body = false, article = false;
        for (const char *p = s; p < e;) {
            while (p < e && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
                p++;
            const char *q = p;
            while (q < e && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
                q++;
            if (q > p) {
                body = body || in_list(BODY_WORDS, p, (size_t)(q - p));
                article = article || in_list(ARTICLE_WORDS, p, (size_t)(q - p));
            }
            p = q;
        }
        if (body && article)
            return true;
    }
    return false;
}

/* The bytes above ' ' (what a reader sees of the text), eight at a time:
 * a byte's high bit after adding 0x5F to its low seven bits says it is
 * above ' ', or it is 0x80 or above. */
static size_t visible_bytes(const char *s)
{
    const uint64_t LOW7 = 0x7F7F7F7F7F7F7F7Full, ADD = 0x5F5F5F5F5F5F5F5Full, HIGH = 0x8080808080808080ull;
    size_t len = strlen(s), n = 0, i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        uint64_t above = ((((x & LOW7) + ADD) | x) & HIGH) >> 7;
        n += (size_t)((above * 0x0101010101010101ull) >> 56);
    }
    for (; i < len; i++)
        n += (unsigned char)s[i] > ' ';
    return n;
}

/* ---- a growable byte buffer (malloc) ------------------------------------ */

typedef struct {
    char *s;
    size_t len, cap;
    bool failed;
} buf;

static void buf_add(buf *b, const char *s, size_t n)
{
    if (b->failed || n == 0)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *p = realloc(b->s, cap);
        if (!p) {
            b->failed = true;
            return;
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

/* ---- the tree index ----------------------------------------------------- */

/* Caps that keep hostile pages linear: candidates looked at, list sizes. */
enum { MAX_SMALL_SUBTREE = 200, MAX_LABELS = 100, MAX_CREDITS = 50, MAX_TITLES = 64, MAX_FLIGHT_TEXTS = 256 };

typedef enum { SHOWN, HIDDEN_FROM_EYES, HIDDEN } visibility;

/* HIDDEN_FROM_EYES: screen-reader text. */
static visibility visibility_by_markup(const dom_node *n)
{
    if (tag_in(n, TAGS_VOID_TEXT) || attr(n, AT_HIDDEN) || attr_has_token(n, AT_ARIA_HIDDEN, "true"))
        return HIDDEN;
    const char *style = attr(n, AT_STYLE);
    if (style) {
        /* "display:none" with any spacing */
        const char *d = strstr(style, "display");
        if (d) {
            d += 7;
            while (*d == ' ' || *d == ':')
                d++;
            if (strncasecmp(d, "none", 4) == 0)
                return HIDDEN;
        }
    }
    return class_token_in(n, TOKENS_HIDDEN)          ? HIDDEN
           : class_token_in(n, TOKENS_SCREEN_READER) ? HIDDEN_FROM_EYES
                                                      : SHOWN;
}

static bool is_hidden_but_heard(const dom_node *n, bool heard)
{
    if (!indexed(n)) {
        visibility v = visibility_by_markup(n);
        return v == HIDDEN || (!heard && v == HIDDEN_FROM_EYES);
    }
    return (info_of(n)->flags & NF_SELF_HIDDEN) || (!heard && (info_of(n)->flags & NF_SELF_SR));
}

static bool is_hidden(const dom_node *n) { return is_hidden_but_heard(n, false); }

static bool is_block_tag(const dom_node *n)
{
    return indexed(n) ? (info_of(n)->flags & NF_BLOCK_TAG) != 0 : tag_in(n, TAGS_BLOCK);
}

/* Every tag name, class word and class token of the sets above with the
 * sets that hold it, hashed: built once per tree, so that each of an
 * element's names and words is one lookup. */
enum { WORD_SLOTS = 512 }; /* a power of two, over twice the words */
typedef struct {
    const char *word;
    uint32_t tags, parts;  /* bit k: TAG_SETS[k], PART_LISTS[k] holds it */
    uint32_t body_classes; /* bit s: it is BODY_SELECTORS[s]'s class */
    uint16_t tokens;       /* bit k: TOKEN_LISTS[k] holds it */
    uint8_t len;
} word_slot;
typedef struct {
    word_slot slot[WORD_SLOTS];
    /* bit l of lengths[c]: a word of length l (31: or more) begins with c
     * (folded): most class words are no word of the sets, and this says
     * so before they are hashed */
    uint32_t lengths[128];
} word_table;

static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c; }
static unsigned length_bit(size_t len) { return len < 31 ? (unsigned)len : 31; }
static size_t first_key(char c) { return (unsigned char)(c | 0x20) & 127; }

/* Case-folded FNV-1a: exact for letters and digits, a hash for the rest. */
static size_t word_hash(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)(s[i] | 0x20)) * 16777619u;
    return h & (WORD_SLOTS - 1);
}

static bool same_word(const char *a, const char *b, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (ascii_lower(a[i]) != ascii_lower(b[i]))
            return false;
    return true;
}

/* The word's slot, or the empty slot where it would go (no sets). */
static word_slot *word_slot_of(word_table *t, const char *s, size_t len)
{
    size_t i = word_hash(s, len);
    while (t->slot[i].word && !(t->slot[i].len == len && same_word(t->slot[i].word, s, len)))
        i = (i + 1) & (WORD_SLOTS - 1);
    return &t->slot[i];
}

static const word_slot NO_WORD = {0};

static const word_slot *word_find(word_table *t, const char *s, size_t len)
{
    if (!len || !((t->lengths[first_key(s[0])] >> length_bit(len)) & 1))
        return &NO_WORD;
    return word_slot_of(t, s, len);
}

static word_slot *word_add(word_table *t, const char *word)
{
    size_t len = strlen(word);
    word_slot *w = word_slot_of(t, word, len);
    w->word = word;
    w->len = (uint8_t)len;
    t->lengths[first_key(word[0])] |= 1u << length_bit(len);
    return w;
}

static void word_table_init(word_table *t)
{
    memset(t, 0, sizeof *t);
    for (size_t k = 0; k < N_TAG_SETS; k++)
        for (size_t i = 0; TAG_SETS[k][i]; i++)
            word_add(t, TAG_SETS[k][i])->tags |= 1u << k;
    for (size_t k = 0; k < N_PART_LISTS; k++)
        for (size_t i = 0; PART_LISTS[k][i]; i++)
            word_add(t, PART_LISTS[k][i])->parts |= 1u << k;
    for (size_t k = 0; k < N_TOKEN_LISTS; k++)
        for (size_t i = 0; TOKEN_LISTS[k][i]; i++)
            word_add(t, TOKEN_LISTS[k][i])->tokens |= (uint16_t)(1u << k);
    for (size_t k = 0; k < N_BODY_SELECTORS; k++)
        if (BODY_SELECTORS[k].kind == SEL_CLASS)
            word_add(t, BODY_SELECTORS[k].value)->body_classes |= 1u << k;
}

static bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
static bool is_token_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* The words_in test for every part list at once: each word of a class or
 * id is split out and looked up once. */
static uint32_t value_parts(const char *v, word_table *words)
{
    uint32_t parts = 0;
    for (const char *s = v; s && *s;) {
        while (*s && !is_alnum(*s))
            s++;
        const char *e = s;
        while (is_alnum(*e))
            e++;
        parts |= word_find(words, s, (size_t)(e - s))->parts;
        s = e;
    }
    return parts;
}

/* The has_token test for every token list and body class at once. */
static void class_tokens(const char *c, word_table *words, node_info *ni)
{
    for (const char *s = c; s && *s;) {
        while (is_token_space(*s))
            s++;
        const char *e = s;
        while (*e && !is_token_space(*e))
            e++;
        const word_slot *w = word_find(words, s, (size_t)(e - s));
        ni->tokens |= w->tokens;
        ni->body_classes |= w->body_classes;
        s = e;
    }
}

/* The element's name, class words and tokens, into its entry. */
static void describe_element(const dom_node *n, word_table *words, node_info *ni)
{
    const char *name = n->name, *class = attr(n, AT_CLASS);
    ni->tags = name ? word_find(words, name, strlen(name))->tags : 0;
    ni->parts = value_parts(class, words) | value_parts(attr(n, AT_ID), words);
    class_tokens(class, words, ni);
}

static bool chrome_by_markup(const dom_node *n)
{
    const char *id = attr(n, AT_ID);
    if (class_has_part(n, PARTS_FURNITURE))
        return false;
    return tag_in(n, TAGS_CHROME) || class_has_part(n, PARTS_CHROME) || class_token_in(n, TOKENS_CHROME) ||
           (id && in_list(CHROME_TOKENS, id, strlen(id))) || attr_has_token(n, AT_ROLE, "navigation") ||
           attr_has_token(n, AT_ROLE, "complementary");
}

static bool is_chrome(const dom_node *n)
{
    return indexed(n) ? (info_of(n)->flags & NF_SELF_CHROME) != 0 : chrome_by_markup(n);
}

/* The node after n in document order within root's subtree, without
 * recursion, or NULL. */
static dom_node *preorder_next(dom_node *n, const dom_node *root)
{
    if (n->type == DOM_ELEMENT && n->children)
        return n->children;
    while (n != root && !n->next)
        n = n->parent;
    return n != root ? n->next : NULL;
}

/* Indexes every element under root in document order (dom_parse has held
 * the nesting to the page's limit). */
static stage_status index_tree(tree_index *t, dom_node *root)
{
    /* counted first: the entries never move once elements point at them */
    size_t count = 0;
    for (dom_node *n = root; n; n = preorder_next(n, root))
        count += n->type == DOM_ELEMENT;
    t->nodes = malloc((count ? count : 1) * sizeof *t->nodes);
    t->info = malloc((count ? count : 1) * sizeof *t->info);
    if (!t->nodes || !t->info)
        return ST_NOMEM;
    word_table words;
    word_table_init(&words);
    for (dom_node *n = root; n;) {
        if (n->type == DOM_ELEMENT) {
            size_t i = t->n++;
            t->nodes[i] = n;
            node_info *ni = &t->info[i];
            memset(ni, 0, sizeof *ni);
            ni->id = (uint32_t)i;
            const node_info *pi = indexed(n->parent) ? info_of(n->parent) : NULL;
            ni->flags = pi ? pi->flags & (NF_HIDDEN | NF_LINK | NF_ARTICLE) : 0;
            describe_element(n, &words, ni);
            dom_element_of(n)->info = ni;
            visibility v = visibility_by_markup(n);
            ni->flags |= v == HIDDEN ? NF_SELF_HIDDEN : v == HIDDEN_FROM_EYES ? NF_SELF_SR : 0;
            if (chrome_by_markup(n))
                ni->flags |= NF_SELF_CHROME;
            if (is_hidden(n))
                ni->flags |= NF_HIDDEN;
            if (tag_in(n, TAG_A))
                ni->flags |= NF_LINK;
            if (tag_in(n, TAG_ARTICLE))
                ni->flags |= NF_ARTICLE;
            if (tag_in(n, TAGS_BLOCK))
                ni->flags |= NF_BLOCK_TAG;
            bool block = (ni->flags & NF_BLOCK_TAG) || !pi;
            if (block)
                ni->flags |= NF_BLOCK;
            ni->block = block ? (uint32_t)i : pi->block;
        } else if (n->type == DOM_TEXT && indexed(n->parent)) {
            node_info *pi = &t->info[node_id(n->parent)];
            if (!(pi->flags & NF_HIDDEN) && n->content) {
                size_t len = visible_bytes(n->content);
                pi->sub_all += len;
                if (!(pi->flags & NF_LINK))
                    t->info[pi->block].own_text += len;
            }
        }
        n = preorder_next(n, root);
    }
    /* subtree text, children before parents */
    for (size_t i = 0; i < t->n; i++)
        t->info[i].end = i + 1;
    for (size_t i = t->n; i-- > 0;) {
        node_info *ni = &t->info[i];
        ni->sub_text += ni->own_text;
        dom_node *p = t->nodes[i]->parent;
        if (i > 0 && indexed(p)) {
            node_info *pi = &t->info[node_id(p)];
            pi->sub_text += ni->sub_text;
            pi->sub_all += ni->sub_all;
            pi->flags |= ni->flags & (NF_SELF_SR | NF_SUB_SR) ? NF_SUB_SR : 0;
            pi->end = ni->end > pi->end ? ni->end : pi->end;
        }
    }
    /* Label boxes and chrome, parents before children. A label box is
     * small (WordPress marks whole posts "category-berita"); a chrome-classed
     * wrapper of most of the page's text (Blogger's main "widget Blog") is a
     * layout box, and so is a "nav" list inside a tag box. */
    size_t page_text = t->n ? t->info[0].sub_text : 0;
    for (size_t i = 0; i < t->n; i++) {
        dom_node *p = t->nodes[i]->parent;
        unsigned inherited = indexed(p) ? t->info[node_id(p)].flags & (NF_CHROME | NF_LABELBOX) : 0;
        node_info *ni = &t->info[i];
        ni->flags |= inherited;
        if (!(ni->flags & NF_LABELBOX) && ni->sub_all <= 8 * MAX_SMALL_SUBTREE && is_label_box(t->nodes[i]))
            ni->flags |= NF_LABELBOX;
        /* an <aside> of an <article> is about the article (HTML5) */
        bool article_aside = (ni->flags & NF_ARTICLE) && tag_in(t->nodes[i], TAG_ASIDE);
        if (!(ni->flags & (NF_CHROME | NF_LABELBOX)) && !article_aside && is_chrome(t->nodes[i]) &&
            ni->sub_text * 2 < page_text)
            ni->flags |= NF_CHROME;
    }
    return ST_OK;
}

static void index_clear(tree_index *t)
{
    for (size_t i = 0; i < t->n; i++)
        dom_element_of(t->nodes[i])->info = NULL;
    free(t->nodes);
    free(t->info);
    free(t->texts);
    memset(t, 0, sizeof *t);
}

/* anc is n or holds it: O(1) by the pre-order numbering. */
static bool is_ancestor(const tree_index *t, const dom_node *anc, const dom_node *n)
{
    if (!indexed(anc) || !indexed(n))
        return false;
    size_t a = node_id(anc), b = node_id(n);
    return a <= b && b < t->info[a].end;
}

/* Small enough to read whole: a hostile page's nested candidates stay
 * linear. */
static bool small_subtree(const tree_index *t, size_t i)
{
    return t->info[i].end - i <= MAX_SMALL_SUBTREE && t->info[i].sub_all <= 4 * MAX_SMALL_SUBTREE;
}

/* ---- text --------------------------------------------------------------- */

/* Entities escaped twice ("&amp;quot;" shows as "&quot;") decoded in place:
 * the result is never longer than the input. */
static size_t repair_entities(char *s, size_t len)
{
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        if (s[i] == '&') {
            size_t j = i + 1;
            int32_t cp = -1;
            if (j < len && s[j] == '#') {
                j++;
                bool hex = j < len && (s[j] == 'x' || s[j] == 'X');
                j += hex;
                long v = 0;
                size_t digits = 0;
                while (j < len && digits < 7) {
                    char c = s[j];
                    int d = c >= '0' && c <= '9' ? c - '0'
                            : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                            : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                          : -1;
                    if (d < 0)
                        break;
                    v = v * (hex ? 16 : 10) + d;
                    j++;
                    digits++;
                }
                if (digits && j < len && s[j] == ';' && v > 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF))
                    cp = (int32_t)v;
            } else {
                size_t k = j;
                while (k < len && k - j < 8 && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z')))
                    k++;
                if (k > j && k < len && s[k] == ';')
                    for (size_t e = 0; e < sizeof ENTITIES / sizeof *ENTITIES; e++)
                        if (strlen(ENTITIES[e].name) == k - j && strncmp(ENTITIES[e].name, s + j, k - j) == 0)
                            cp = ENTITIES[e].cp;
                j = k;
            }
            if (cp >= 0) {
                char enc[4];
                size_t n = utf8_encode(cp, enc);
                memcpy(s + o, enc, n);
                o += n;
                i = j + 1;
                continue;
            }
        }
        s[o++] = s[i++];
    }
    return o;
}

/* The text as the record stores it: entities repaired, then text_clean. */
static char *clean_text(arena *a, const char *s, size_t len, size_t *out_len)
{
    if (!memchr(s, '&', len)) /* nothing to repair: no copy */
        return text_clean(a, s, len, out_len);
    char *tmp = malloc(len + 1);
    if (!tmp) {
        arena_set_failed(a);
        return NULL;
    }
    memcpy(tmp, s, len);
    size_t n = repair_entities(tmp, len);
    char *r = text_clean(a, tmp, n, out_len);
    free(tmp);
    return r;
}

/* All the text under n, in order, without recursion (hidden parts left
 * out; screen-reader text kept when `heard`). */
static void gather_text(const dom_node *n, buf *b, bool heard)
{
    if (n->type == DOM_TEXT) {
        if (n->content)
            buf_add(b, n->content, strlen(n->content));
        return;
    }
    const dom_node *c = n->children;
    while (c) {
        bool descend = false;
        if (c->type == DOM_TEXT) {
            if (c->content)
                buf_add(b, c->content, strlen(c->content));
        } else if (c->type == DOM_ELEMENT && !is_hidden_but_heard(c, heard)) {
            if (is_block_tag(c) || tag_in(c, TAG_BR))
                buf_add(b, " ", 1);
            descend = c->children != NULL;
        }
        if (descend) {
            c = c->children;
            continue;
        }
        while (c && c != n && !c->next)
            c = c->parent;
        c = (c && c != n) ? c->next : NULL;
    }
}

static char *clean_str(arena *a, const char *s) { return s ? clean_text(a, s, strlen(s), NULL) : NULL; }

/* Lower case, as labels are kept. */
static char *lower_text(arena *a, const char *s)
{
    size_t len = strlen(s), o = 0;
    char *out = arena_alloc(a, len * 2 + 1);
    if (!out)
        return NULL;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t n = utf8_decode(s + i, len - i, &cp);
        if (!n) {
            out[o++] = s[i++];
            continue;
        }
        int32_t lc = utf8proc_tolower(cp);
        char enc[4];
        size_t m = utf8_encode(lc, enc);
        if (m > n * 2) /* never grows past the room reserved */
            m = utf8_encode(cp, enc);
        memcpy(out + o, enc, m);
        o += m;
        i += n;
    }
    out[o] = '\0';
    return out;
}

/* A key for comparing titles: ASCII lower case, quotes and dashes folded,
 * trailing ellipsis and punctuation dropped. */
static char *title_key(arena *a, const char *s)
{
    size_t len = strlen(s), o = 0;
    char *out = arena_alloc(a, len + 1);
    if (!out)
        return NULL;
    for (size_t i = 0; i < len;) {
        int32_t cp = (unsigned char)s[i];
        size_t n = cp < 0x80 ? 1 : utf8_decode(s + i, len - i, &cp);
        if (!n) {
            i++;
            continue;
        }
        i += n;
        if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB)
            cp = '"';
        else if (cp == 0x2018 || cp == 0x2019 || cp == '`')
            cp = '\'';
        else if (cp == 0x2013 || cp == 0x2014)
            cp = '-';
        else if (cp == 0x2026)
            continue;
        if (cp < 0x80) {
            char c = (char)cp;
            if (c >= 'A' && c <= 'Z')
                c = (char)(c - 'A' + 'a');
            if (c == ' ' && (o == 0 || out[o - 1] == ' '))
                continue;
            out[o++] = c;
        } else {
            o += utf8_encode(cp, out + o);
        }
    }
    while (o && (out[o - 1] == ' ' || out[o - 1] == '.'))
        o--;
    out[o] = '\0';
    return out;
}

/* ---- the reader --------------------------------------------------------- */

typedef struct {
    const char *text;
    int weight;
    bool visible;
} title_cand;

typedef struct {
    arena *a;
    record *rec;
    page_hints *hints;
    dom *page;
    tree_index t;
    dom_node *body;     /* the article's container */
    const dom_node *date_line; /* the visible date line's element */
    dom_node *heading;  /* the article's own headline element */
    VEC(title_cand) titles;
    VEC(const char *) site_names; /* og:site_name, JSON-LD WebSite and publisher */
    /* from the page's structured data */
    const char *machine_date;
    const char *ld_body;
    /* Next.js flight data */
    char *flight_html;
    size_t flight_html_len;
} reader;

/* The memo of n's text, or NULL when n is not this index's (or out of
 * memory). Without screen-reader text below, both readings are one. */
static text_memo *text_memo_of(reader *r, const dom_node *n, bool heard)
{
    tree_index *t = &r->t;
    if (!indexed(n) || node_id(n) >= t->n || t->nodes[node_id(n)] != n)
        return NULL;
    if (!t->texts && !(t->texts = calloc(2 * t->n, sizeof *t->texts)))
        return NULL;
    return &t->texts[2 * node_id(n) + (heard && (info_of(n)->flags & NF_SUB_SR))];
}

/* The one element n's reading holds when all else in it is blanks,
 * comments or hidden elements, or NULL. The blanks (ASCII white space)
 * are what text_clean trims, and a block's space is one of them: n reads
 * as that element. */
static const dom_node *wrapped_element(const dom_node *n, bool heard)
{
    const dom_node *only = NULL;
    for (const dom_node *c = n->children; c; c = c->next) {
        if (c->type == DOM_TEXT) {
            for (const char *p = c->content; p && *p; p++)
                if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f')
                    return NULL;
        } else if (c->type == DOM_ELEMENT && !is_hidden_but_heard(c, heard)) {
            if (only)
                return NULL;
            only = c;
        }
    }
    return only;
}

/* All the visible text under n, cleaned (screen-reader text too when
 * `heard`). The credit, date, label and title checks ask for the same
 * small elements again and again, and for wrappers of one another: each
 * text is read once. */
static const char *node_text(reader *r, const dom_node *n, size_t *len, bool heard)
{
    /* down the wrappers to what they wrap, or to one already read */
    const dom_node *inner = n;
    text_memo *memo = text_memo_of(r, n, heard);
    for (const dom_node *c; memo && !memo->text && (c = wrapped_element(inner, heard));) {
        text_memo *m = text_memo_of(r, c, heard);
        if (!m)
            break;
        inner = c;
        memo = m;
    }
    text_memo read = memo ? *memo : (text_memo){NULL, 0};
    if (!read.text) {
        buf b = {0};
        gather_text(inner, &b, heard);
        read.text = b.failed ? NULL : clean_text(r->a, b.s ? b.s : "", b.len, &read.len);
        if (b.failed)
            arena_set_failed(r->a);
        free(b.s);
    }
    if (read.text && memo) {
        *memo = read;
        for (const dom_node *w = n; w != inner; w = wrapped_element(w, heard))
            *text_memo_of(r, w, heard) = read;
    }
    if (len)
        *len = read.text ? read.len : 0;
    return read.text;
}

static void add_title(reader *r, const char *text, int weight, bool visible)
{
    if (text && *text && r->titles.len < MAX_TITLES)
        VEC_PUSH(r->a, &r->titles, ((title_cand){text, weight, visible}));
}

static void add_site_name(reader *r, const char *name)
{
    char *s = clean_str(r->a, name);
    if (s && *s && r->site_names.len < MAX_TITLES)
        VEC_PUSH(r->a, &r->site_names, s);
}

/* The candidate without a site name joined to it by a title separator. */
static const char *strip_site_name(reader *r, const char *t)
{
    size_t tl = strlen(t);
    for (size_t i = 0; i < r->site_names.len; i++) {
        const char *site = r->site_names.items[i];
        size_t sl = strlen(site);
        for (size_t k = 0; TITLE_SEPARATORS[k] && sl < tl; k++) {
            size_t pl = strlen(TITLE_SEPARATORS[k]);
            if (sl + pl >= tl)
                continue;
            if (strcasecmp(t + tl - sl, site) == 0 && strncmp(t + tl - sl - pl, TITLE_SEPARATORS[k], pl) == 0)
                return arena_strndup(r->a, t, tl - sl - pl);
            if (strncasecmp(t, site, sl) == 0 && strncmp(t + sl, TITLE_SEPARATORS[k], pl) == 0)
                return arena_strdup(r->a, t + sl + pl);
        }
    }
    return t;
}

static void add_label(reader *r, const char *raw, size_t len)
{
    size_t clen;
    char *t = clean_text(r->a, raw, len, &clen);
    if (!t)
        return;
    while (*t == '#')
        t++;
    while (*t == ' ')
        t++;
    if (!*t || strlen(t) > 80 || r->rec->labels.len >= MAX_LABELS)
        return;
    char *l = lower_text(r->a, t);
    if (!l)
        return;
    for (size_t i = 0; i < r->rec->labels.len; i++)
        if (strcmp(r->rec->labels.items[i], l) == 0)
            return;
    VEC_PUSH(r->a, &r->rec->labels, l);
}

/* A comma-separated list ("karhutla, kabut asap, ISPA"). */
static void add_label_list(reader *r, const char *s)
{
    while (s && *s) {
        const char *e = strchr(s, ',');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        add_label(r, s, n);
        s = e ? e + 1 : NULL;
    }
}

static void add_credit(reader *r, credit_role role, const char *raw)
{
    char *name = clean_str(r->a, raw);
    /* CMS logins ("Admin") the metadata stage drops with every other credit */
    if (!name || !*name || strlen(name) > 80 || r->rec->credits.len >= MAX_CREDITS)
        return;
    for (size_t i = 0; i < r->rec->credits.len; i++)
        if (strcmp(r->rec->credits.items[i].name, name) == 0 && r->rec->credits.items[i].role == role)
            return;
    VEC_PUSH(r->a, &r->rec->credits, ((rec_credit){role, name}));
}

static void add_credit_line(reader *r, const char *line)
{
    if (!line || !*line || strlen(line) > 300 || r->hints->credit_lines.len >= MAX_CREDITS)
        return;
    for (size_t i = 0; i < r->hints->credit_lines.len; i++)
        if (strcmp(r->hints->credit_lines.items[i], line) == 0)
            return;
    VEC_PUSH(r->a, &r->hints->credit_lines, line);
}

/* ---- JSON-LD ------------------------------------------------------------ */

static const char *json_str(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static bool ld_is_article(json_t *o)
{
    json_t *type = json_object_get(o, "@type");
    const char *one = json_is_string(type) ? json_string_value(type) : NULL;
    if (json_is_array(type) && json_array_size(type))
        one = json_string_value(json_array_get(type, 0));
    return (one && (strstr(one, "Article") || strstr(one, "Posting") || strcmp(one, "Report") == 0)) ||
           json_object_get(o, "headline") != NULL;
}

/* A person credited by a JSON-LD value: a name string, a Person (or an
 * untyped object with a name), or an array of them. */
static void ld_people(reader *r, json_t *v, credit_role role)
{
    size_t n = json_is_array(v) ? json_array_size(v) : 1;
    for (size_t i = 0; i < n; i++) {
        json_t *p = json_is_array(v) ? json_array_get(v, i) : v;
        if (json_is_string(p)) {
            add_credit(r, role, json_string_value(p));
        } else if (json_is_object(p)) {
            const char *type = json_str(p, "@type");
            if (!type || strcmp(type, "Person") == 0)
                add_credit(r, role, json_str(p, "name"));
        }
    }
}

/* Labels as a string, an object with a name, or an array of those. */
static void ld_labels(reader *r, json_t *v)
{
    size_t n = json_is_array(v) ? json_array_size(v) : 1;
    for (size_t i = 0; i < n; i++) {
        json_t *item = json_is_array(v) ? json_array_get(v, i) : v;
        if (json_is_string(item))
            add_label_list(r, json_string_value(item));
        else if (json_is_object(item) && json_str(item, "name"))
            add_label(r, json_str(item, "name"), strlen(json_str(item, "name")));
    }
}

static void ld_article(reader *r, json_t *o)
{
    if (!json_is_object(o))
        return;
    const char *type = json_str(o, "@type");
    if (type && (strcmp(type, "WebSite") == 0 || strstr(type, "Organization")))
        add_site_name(r, json_str(o, "name"));
    if (!ld_is_article(o))
        return;
    json_t *publisher = json_object_get(o, "publisher");
    if (json_is_object(publisher))
        add_site_name(r, json_str(publisher, "name"));
    add_title(r, clean_str(r->a, json_str(o, "headline")), 3, false);
    if (!r->machine_date && json_str(o, "datePublished"))
        r->machine_date = arena_strdup(r->a, json_str(o, "datePublished"));
    ld_people(r, json_object_get(o, "author"), CREDIT_AUTHOR);
    ld_people(r, json_object_get(o, "editor"), CREDIT_EDITOR);
    ld_labels(r, json_object_get(o, "articleSection"));
    ld_labels(r, json_object_get(o, "keywords"));
    if (!r->ld_body && json_str(o, "articleBody"))
        r->ld_body = arena_strdup(r->a, json_str(o, "articleBody"));
}

static void read_json_ld(reader *r, const dom_node *script)
{
    buf b = {0};
    gather_text(script, &b, false);
    json_t *root = b.s ? json_loadb(b.s, b.len, 0, NULL) : NULL;
    free(b.s);
    if (!root)
        return;
    json_t *list = json_is_array(root) ? root : json_object_get(root, "@graph");
    if (json_is_array(list)) {
        for (size_t i = 0; i < json_array_size(list); i++) {
            json_t *item = json_array_get(list, i);
            ld_article(r, item);
            json_t *graph = json_object_get(item, "@graph");
            for (size_t j = 0; json_is_array(graph) && j < json_array_size(graph); j++)
                ld_article(r, json_array_get(graph, j));
        }
    }
    if (json_is_object(root))
        ld_article(r, root);
    json_decref(root);
}

/* ---- Next.js flight data ------------------------------------------------ */

/* The JS string of `self.__next_f.push([1,"..."])`, appended to `flight`. */
static void read_flight_chunk(const char *script, buf *flight)
{
    const char *p = strstr(script, "__next_f.push(");
    if (!p)
        return;
    p = strchr(p, '(') + 1;
    const char *end = strrchr(p, ')');
    if (!end)
        return;
    json_t *arr = json_loadb(p, (size_t)(end - p), 0, NULL);
    json_t *s = json_array_get(arr, 1);
    if (json_is_integer(json_array_get(arr, 0)) && json_integer_value(json_array_get(arr, 0)) == 1 &&
        json_is_string(s))
        buf_add(flight, json_string_value(s), json_string_length(s));
    json_decref(arr);
}

typedef struct {
    size_t id;
    const char *text;
    size_t len;
} flight_text;

static bool parse_hex(const char *s, size_t len, size_t *pos, size_t *out)
{
    size_t v = 0, start = *pos;
    while (*pos < len && *pos - start < 12) {
        char c = s[*pos];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0)
            break;
        v = v * 16 + (size_t)d;
        (*pos)++;
    }
    *out = v;
    return *pos > start;
}

/* The article object of a flight row: {"html": "$6", "title": ..., "tags":
 * [...], "category": ..., "publishedAt": ...}, searched breadth-first with
 * a bounded queue. */
static void flight_article(reader *r, json_t *root, const flight_text *texts, size_t ntexts)
{
    enum { QUEUE = 4096 };
    json_t **queue = malloc(QUEUE * sizeof *queue);
    if (!queue)
        return;
    size_t head = 0, tail = 0, best_len = 0;
    json_t *best = NULL;
    const char *best_html = NULL;
    queue[tail++] = root;
    static const char *const BODY_KEYS[] = {"html", "content", "body", "articleBody", NULL};
    static const char *const DATE_KEYS[] = {"publishedAt", "published_at", "datePublished", "date", NULL};
    while (head < tail) {
        json_t *v = queue[head++];
        if (json_is_object(v)) {
            const char *html = NULL;
            size_t html_len = 0;
            for (size_t k = 0; BODY_KEYS[k] && !html; k++) {
                const char *s = json_str(v, BODY_KEYS[k]);
                if (!s)
                    continue;
                size_t id, pos = 1;
                if (s[0] == '$' && parse_hex(s, strlen(s), &pos, &id) && !s[pos]) {
                    for (size_t i = 0; i < ntexts; i++)
                        if (texts[i].id == id) {
                            html = texts[i].text;
                            html_len = texts[i].len;
                        }
                } else if (strchr(s, '<')) {
                    html = s;
                    html_len = strlen(s);
                }
            }
            /* the longest body with a title: the article, not a related
             * item */
            if (html && json_str(v, "title") && html_len > best_len) {
                best = v;
                best_html = html;
                best_len = html_len;
            }
            const char *key;
            json_t *child;
            json_object_foreach(v, key, child)
            {
                if ((json_is_object(child) || json_is_array(child)) && tail < QUEUE)
                    queue[tail++] = child;
            }
        } else if (json_is_array(v)) {
            for (size_t i = 0; i < json_array_size(v) && tail < QUEUE; i++) {
                json_t *child = json_array_get(v, i);
                if (json_is_object(child) || json_is_array(child))
                    queue[tail++] = child;
            }
        }
    }
    free(queue);
    if (!best || best_len <= r->flight_html_len)
        return;
    free(r->flight_html);
    r->flight_html = malloc(best_len + 1);
    r->flight_html_len = r->flight_html ? best_len : 0;
    if (r->flight_html) {
        memcpy(r->flight_html, best_html, best_len);
        r->flight_html[best_len] = '\0';
    }
    add_title(r, clean_str(r->a, json_str(best, "title")), 3, false);
    ld_labels(r, json_object_get(best, "category"));
    ld_labels(r, json_object_get(best, "tags"));
    for (size_t k = 0; DATE_KEYS[k]; k++)
        if (!r->machine_date && json_str(best, DATE_KEYS[k]))
            r->machine_date = arena_strdup(r->a, json_str(best, DATE_KEYS[k]));
}

/* The rows of a React flight stream: "ID:Tlen," text rows, "ID:json" rows. */
static void read_flight(reader *r, const char *s, size_t len)
{
    VEC(flight_text) texts = {0};
    size_t pos = 0;
    /* text rows first, so that JSON rows can refer to them */
    for (int pass = 0; pass < 2; pass++) {
        pos = 0;
        while (pos < len) {
            size_t start = pos, id;
            if (parse_hex(s, len, &pos, &id) && pos < len && s[pos] == ':') {
                pos++;
                size_t tlen;
                if (pos < len && s[pos] == 'T' && (pos++, parse_hex(s, len, &pos, &tlen)) && pos < len &&
                    s[pos] == ',') {
                    pos++;
                    if (tlen > len - pos)
                        tlen = len - pos;
                    if (pass == 0 && texts.len < MAX_FLIGHT_TEXTS) /* looked up linearly: bounded */
                        VEC_PUSH(r->a, &texts, ((flight_text){id, s + pos, tlen}));
                    pos += tlen;
                    continue;
                }
                const char *nl = memchr(s + pos, '\n', len - pos);
                size_t end = nl ? (size_t)(nl - s) : len;
                if (pass == 1 && end > pos && (s[pos] == '[' || s[pos] == '{')) {
                    json_t *row = json_loadb(s + pos, end - pos, 0, NULL);
                    if (row)
                        flight_article(r, row, texts.items, texts.len);
                    json_decref(row);
                }
                pos = end + 1;
            } else {
                const char *nl = memchr(s + start, '\n', len - start);
                pos = nl ? (size_t)(nl - s) + 1 : len;
            }
        }
    }
}

/* Next.js pages-router data: one JSON document with the article's
 * fields. */
static void read_next_data(reader *r, const dom_node *script)
{
    buf b = {0};
    gather_text(script, &b, false);
    json_t *root = b.s ? json_loadb(b.s, b.len, 0, NULL) : NULL;
    free(b.s);
    if (root)
        flight_article(r, root, NULL, 0);
    json_decref(root);
}

/* ---- the head: meta, link, JSON-LD, scripts ----------------------------- */

/* "https://host" or "https://host/": no path of its own. */
static bool is_home_url(const char *u)
{
    const char *host = strstr(u, "://");
    const char *slash = strchr(host ? host + 3 : u, '/');
    return !slash || !slash[1];
}

static void read_metadata(reader *r)
{
    buf flight = {0};
    const char *canonical = NULL, *og_url = NULL, *published = NULL;
    for (size_t i = 0; i < r->t.n; i++) {
        dom_node *n = r->t.nodes[i];
        if (tag_in(n, TAG_META)) {
            const char *prop = attr(n, AT_PROPERTY), *name = attr(n, AT_NAME), *content = attr(n, AT_CONTENT);
            const char *key = prop ? prop : name;
            if (!key || !content)
                continue;
            if (strcasecmp(key, "og:title") == 0)
                add_title(r, clean_str(r->a, content), 3, false);
            else if (strcasecmp(key, "twitter:title") == 0)
                add_title(r, clean_str(r->a, content), 1, false);
            else if (strcasecmp(key, "og:url") == 0)
                og_url = content;
            else if (strcasecmp(key, "og:site_name") == 0 || strcasecmp(key, "application-name") == 0)
                add_site_name(r, content);
            else if (strcasecmp(key, "article:published_time") == 0 && !published)
                published = content;
            else if (strcasecmp(key, "article:tag") == 0 || strcasecmp(key, "article:section") == 0)
                add_label_list(r, content);
        } else if (tag_in(n, TAG_LINK)) {
            if (attr_has_token(n, AT_REL, "canonical") && attr(n, AT_HREF) && !canonical)
                canonical = attr(n, AT_HREF);
        } else if (tag_in(n, TAG_TITLE) && !(r->t.info[i].flags & NF_CHROME) && tag_in(n->parent, TAG_HEAD)) {
            const char *title = node_text(r, n, NULL, false);
            if (title && *title) {
                add_title(r, title, 1, false);
                /* "Site: Title", "Title | Site": each side of a separator,
                 * the longest (the headline, more often than not) weighing
                 * more */
                const char *longest = NULL;
                for (size_t k = 0; TITLE_SEPARATORS[k]; k++)
                    for (const char *p = strstr(title, TITLE_SEPARATORS[k]); p;
                         p = strstr(p + 1, TITLE_SEPARATORS[k])) {
                        const char *head = arena_strndup(r->a, title, (size_t)(p - title));
                        const char *tail = arena_strdup(r->a, p + strlen(TITLE_SEPARATORS[k]));
                        add_title(r, head, 1, false);
                        add_title(r, tail, 1, false);
                        if (head && (!longest || strlen(head) > strlen(longest)))
                            longest = head;
                        if (tail && (!longest || strlen(tail) > strlen(longest)))
                            longest = tail;
                    }
                add_title(r, longest, 1, false);
            }
        } else if (tag_in(n, TAG_SCRIPT)) {
            const char *type = attr(n, AT_TYPE);
            if (type && strcasecmp(type, "application/ld+json") == 0) {
                read_json_ld(r, n);
            } else if (attr(n, AT_ID) && strcmp(attr(n, AT_ID), "__NEXT_DATA__") == 0) {
                read_next_data(r, n);
            } else if (n->children && n->children->type == DOM_TEXT &&
                       strstr(n->children->content, "__next_f.push(")) {
                read_flight_chunk(n->children->content, &flight);
            }
        }
    }
    if (flight.len)
        read_flight(r, flight.s, flight.len);
    free(flight.s);
    /* a canonical link to the site's home page is a template default */
    const char *url = canonical && *canonical && !(is_home_url(canonical) && og_url && *og_url) ? canonical : og_url;
    if (url && *url)
        r->rec->url = clean_str(r->a, url);
    if (!r->machine_date && published)
        r->machine_date = arena_strdup(r->a, published);
}

/* ---- the container ------------------------------------------------------ */

static bool matches(const dom_node *n, size_t k)
{
    const selector *s = &BODY_SELECTORS[k];
    switch (s->kind) {
    case SEL_ITEMPROP: return attr_has_token(n, AT_ITEMPROP, s->value);
    case SEL_CLASS:
        return indexed(n) ? (info_of(n)->body_classes >> k) & 1 : attr_has_token(n, AT_CLASS, s->value);
    case SEL_ID: { const char *id = attr(n, AT_ID); return id && strcasecmp(id, s->value) == 0; }
    }
    return false;
}

enum { MIN_BODY_TEXT = 120, MIN_BLOCK_TEXT = 25, MIN_CAPTION_WORDS = 3 };

static dom_node *find_container(reader *r)
{
    tree_index *t = &r->t;
    for (size_t s = 0; s < N_BODY_SELECTORS; s++)
        for (size_t i = 0; i < t->n; i++)
            if (!(t->info[i].flags & (NF_CHROME | NF_HIDDEN)) && t->info[i].sub_text >= MIN_BODY_TEXT &&
                matches(t->nodes[i], s))
                return t->nodes[i];
    /* an unknown template's body class: the one with the most text */
    dom_node *best = NULL;
    size_t best_text = 0;
    for (size_t i = 0; i < t->n; i++) {
        const char *c = attr(t->nodes[i], AT_CLASS);
        if (c && !(t->info[i].flags & (NF_CHROME | NF_HIDDEN)) && t->info[i].sub_text >= MIN_BODY_TEXT &&
            t->info[i].sub_text > best_text && generic_body_class(c)) {
            best = t->nodes[i];
            best_text = t->info[i].sub_text;
        }
    }
    if (best)
        return best;
    /* text density: each block of prose scores its parent, half its
     * grandparent */
    double best_score = 0;
    for (size_t i = 0; i < t->n; i++) {
        node_info *ni = &t->info[i];
        if (!(ni->flags & NF_BLOCK) || (ni->flags & (NF_CHROME | NF_HIDDEN)) || ni->own_text < MIN_BLOCK_TEXT)
            continue;
        dom_node *p = t->nodes[i]->parent;
        if (!indexed(p))
            continue;
        t->info[node_id(p)].score += (float)ni->own_text;
        if (indexed(p->parent))
            t->info[node_id(p->parent)].score += (float)ni->own_text / 2;
    }
    for (size_t i = 0; i < t->n; i++)
        if (t->info[i].score > best_score && !tag_in(t->nodes[i], TAG_BODY) && !tag_in(t->nodes[i], TAG_HTML)) {
            best_score = t->info[i].score;
            best = t->nodes[i];
        }
    return best;
}

/* ---- paragraphs --------------------------------------------------------- */

typedef struct {
    reader *r;
    buf text;
    size_t bold_bytes, text_bytes; /* visible bytes, and those inside b/strong */
    int bold_depth;
    para_kind kind;
    const dom_node *kind_owner;
    const char *sole; /* the text node's text that alone makes up `text`, or NULL */
    bool soft_break; /* a <br> since the last text */
    bool ended;      /* a closing block ("Berita Terkait") was met */
    bool have_body;  /* a body paragraph was pushed */
    const char *title_key; /* the record's title as title_key() has it, once asked */
} para_walk;

static void flush_para(para_walk *w)
{
    reader *r = w->r;
    bool all_bold = w->text_bytes && w->bold_bytes * 10 >= w->text_bytes * 9;
    para_kind kind = w->kind;
    size_t len = 0;
    const char *text = NULL;
    /* The tree's text lives in the record's arena: one node's text, already
     * as the record stores it, is kept without a copy. */
    if (w->sole && !memchr(w->sole, '&', w->text.len) && text_is_clean_ascii(w->sole, w->text.len)) {
        text = w->sole;
        len = w->text.len;
    } else if (w->text.len) {
        text = clean_text(r->a, w->text.s, w->text.len, &len);
    }
    w->text.len = 0;
    w->sole = NULL;
    w->bold_bytes = w->text_bytes = 0;
    w->soft_break = false;
    if (!text || !len || w->ended)
        return;
    page_label lab;
    if (page_label_read(text, len, &lab)) {
        if (lab.kind == PAGE_RELATED || lab.kind == PAGE_SHARE)
            return;
        if (lab.kind == PAGE_END && lab.value >= len) {
            w->ended = true;
            return;
        }
        if (lab.kind == PAGE_LABELS) {
            add_label_list(r, text + lab.value);
            return;
        }
    }
    /* the headline repeated above the body */
    if (!w->have_body && r->rec->title) {
        if (!w->title_key)
            w->title_key = title_key(r->a, r->rec->title);
        const char *a = title_key(r->a, text), *b = w->title_key;
        if (a && b && strcmp(a, b) == 0)
            return;
    }
    /* a short bold line with no sentence end: a subheading, or a release
     * number above the lead */
    if (kind == PARA_BODY && all_bold && len < 120 && text[len - 1] != '.' && !memchr(text, ':', len))
        kind = PARA_HEADING;
    w->have_body = w->have_body || kind == PARA_BODY;
    VEC_PUSH(r->a, &r->rec->paragraphs, ((rec_paragraph){kind, text, len}));
}

static bool ends_sentence(const buf *b)
{
    size_t i = b->len;
    while (i && (unsigned char)b->s[i - 1] <= ' ')
        i--;
    if (!i)
        return true;
    unsigned char c = (unsigned char)b->s[i - 1];
    /* . ! ? : ; " ) and the closing quotes (UTF-8 ends in 0x9D / 0x99) */
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == ')' || c == 0x9D ||
           c == 0x99;
}

static void add_text(para_walk *w, const char *s)
{
    size_t n = strlen(s), vis = visible_bytes(s);
    if (!vis) {
        w->sole = NULL;
        buf_add(&w->text, s, n);
        return;
    }
    if (w->soft_break) {
        /* a line break inside a block: a new paragraph unless it only
         * wraps a sentence */
        const char *f = s;
        while (*f && (unsigned char)*f <= ' ')
            f++;
        bool lower = *f >= 'a' && *f <= 'z';
        if (ends_sentence(&w->text) || !lower)
            flush_para(w);
        else
            buf_add(&w->text, " ", 1);
        w->soft_break = false;
    }
    w->sole = w->text.len ? NULL : s;
    buf_add(&w->text, s, n);
    w->text_bytes += vis;
    if (w->bold_depth)
        w->bold_bytes += vis;
}

static bool is_bold(const dom_node *n) { return tag_in(n, TAGS_BOLD); }

static bool is_caption(const dom_node *n)
{
    return tag_in(n, TAG_FIGCAPTION) || class_has_part(n, PARTS_CAPTION);
}

static bool is_heading(const dom_node *n)
{
    return tag_in(n, TAGS_HEADING);
}

/* Skipped inside the body: furniture and chrome, except captions. */
static bool body_skips(reader *r, const dom_node *n)
{
    if (n == r->heading)
        return true;
    if (is_hidden(n) || is_chrome(n))
        return true;
    if (is_caption(n))
        return false;
    /* by class only a block: an inline <span class="date"> is words of
     * its sentence */
    return tag_in(n, TAGS_SKIP) || (is_block_tag(n) && class_has_part(n, PARTS_SKIP));
}

/* 1: entered (walk its children); 0: skipped. */
static int para_enter(para_walk *w, dom_node *n)
{
    if (n->type == DOM_TEXT) {
        if (n->content)
            add_text(w, n->content);
        return 0;
    }
    if (n->type != DOM_ELEMENT)
        return 0;
    if (body_skips(w->r, n))
        return 0;
    if (tag_in(n, TAG_BR)) {
        if (w->soft_break)
            flush_para(w); /* <br><br>: a paragraph ends */
        else
            w->soft_break = true;
        return 0;
    }
    if (tag_in(n, TAG_IMG))
        return 0;
    if (is_block_tag(n)) {
        flush_para(w);
        if (!w->kind_owner && (is_heading(n) || is_caption(n))) {
            w->kind = is_heading(n) ? PARA_HEADING : PARA_CAPTION;
            w->kind_owner = n;
        }
    }
    if (is_bold(n))
        w->bold_depth++;
    return 1;
}

static void para_leave(para_walk *w, dom_node *n)
{
    if (is_bold(n))
        w->bold_depth--;
    if (is_block_tag(n)) {
        flush_para(w);
        if (w->kind_owner == n) {
            w->kind = PARA_BODY;
            w->kind_owner = NULL;
        }
    }
}

static void walk_children(para_walk *w, dom_node *root)
{
    dom_node *n = root->children;
    while (n) {
        int entered = para_enter(w, n);
        if (entered && n->children) {
            n = n->children;
            continue;
        }
        if (entered)
            para_leave(w, n);
        while (n && !n->next) {
            n = n->parent;
            if (n == root) {
                n = NULL;
                break;
            }
            para_leave(w, n);
        }
        if (n)
            n = n->next;
    }
}

/* Paragraph elements right after the container: a stray closing tag in the
 * body (after a "Baca juga" box) ends the container early. */
static bool continues_body(const dom_node *n)
{
    return n->type != DOM_ELEMENT || tag_in(n, TAGS_PROSE);
}

static void read_paragraphs(reader *r, dom_node *root)
{
    para_walk w = {.r = r, .kind = PARA_BODY};
    walk_children(&w, root);
    for (dom_node *n = root->next; n && continues_body(n); n = n->next) {
        if (n->type != DOM_ELEMENT) {
            para_enter(&w, n); /* text between the elements */
            continue;
        }
        if (para_enter(&w, n)) {
            walk_children(&w, n);
            para_leave(&w, n);
        }
    }
    flush_para(&w);
    if (w.text.failed)
        arena_set_failed(r->a);
    free(w.text.s);
}

/* The body from JSON-LD articleBody: one paragraph per line. */
static void read_text_paragraphs(reader *r, const char *s)
{
    while (s && *s) {
        const char *e = strchr(s, '\n');
        size_t n = e ? (size_t)(e - s) : strlen(s), len;
        char *text = clean_text(r->a, s, n, &len);
        if (text && len)
            VEC_PUSH(r->a, &r->rec->paragraphs, ((rec_paragraph){PARA_BODY, text, len}));
        s = e ? e + 1 : NULL;
    }
}

/* ---- title -------------------------------------------------------------- */

/* The scope of the article around its body: the body's ancestors up to
 * `levels` above it. */
static bool near_body(reader *r, const dom_node *n, size_t levels)
{
    const dom_node *p = r->body;
    for (size_t up = 0; up < levels && p && indexed(p->parent); up++)
        p = p->parent;
    return p && is_ancestor(&r->t, p, n);
}

/* The headline element: the nearest heading before the body (h1-h3, or a
 * heading-classed element), not the site's own name. */
static dom_node *find_heading(reader *r)
{
    size_t end = r->body ? node_id(r->body) : r->t.n;
    dom_node *found = NULL;
    for (size_t i = 0; i < end; i++) {
        dom_node *n = r->t.nodes[i];
        if (r->t.info[i].flags & (NF_CHROME | NF_HIDDEN))
            continue;
        bool head = tag_in(n, TAGS_HEADLINE) || attr_has_token(n, AT_ITEMPROP, "headline") ||
                    (class_has_part(n, PARTS_TITLE) && !tag_in(n, TAGS_NOT_HEADLINE));
        if (!head || class_has_part(n, PARTS_SITE_TITLE) || r->t.info[i].sub_all < 10 ||
            r->t.info[i].sub_all > 400 || is_ancestor(&r->t, n, r->body))
            continue;
        /* an article's h1 keeps its place against a subtitle below it */
        if (tag_in(found, TAG_H1) && !tag_in(n, TAG_H1) && !is_ancestor(&r->t, found, n) && near_body(r, found, 3))
            continue;
        found = n; /* the last before the body: the innermost of a nest */
    }
    /* not when the body is far below it, in another part of the page */
    if (found && r->body) {
        size_t up = 0;
        const dom_node *p = r->body;
        while (p && !is_ancestor(&r->t, p, found) && up < 6) {
            p = p->parent;
            up++;
        }
        if (up >= 6)
            found = NULL;
    }
    return found;
}

static void choose_title(reader *r)
{
    if (r->heading)
        add_title(r, node_text(r, r->heading, NULL, false), 3, true);
    for (size_t i = 0; i < r->t.n; i++) {
        dom_node *n = r->t.nodes[i];
        if (n == r->heading || (r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)))
            continue;
        if (attr_has_token(n, AT_ITEMPROP, "headline") && !tag_in(n, TAG_META))
            add_title(r, node_text(r, n, NULL, false), 2, true);
        else if (tag_in(n, TAG_H1) && !class_has_part(n, PARTS_SITE_TITLE))
            add_title(r, node_text(r, n, NULL, false), 1, true);
    }
    size_t n = r->titles.len;
    char **keys = arena_alloc(r->a, (n ? n : 1) * sizeof *keys);
    if (!keys)
        return;
    for (size_t i = 0; i < n; i++) {
        const char *t = strip_site_name(r, r->titles.items[i].text);
        if (t)
            r->titles.items[i].text = t;
    }
    for (size_t i = 0; i < n; i++)
        keys[i] = title_key(r->a, r->titles.items[i].text);
    int best = 0;
    size_t best_i = 0;
    bool best_visible = false;
    for (size_t i = 0; i < n; i++) {
        if (!keys[i] || strlen(keys[i]) < 8)
            continue;
        int score = 0;
        bool visible = false;
        for (size_t j = 0; j < n; j++)
            if (keys[j] && strcmp(keys[i], keys[j]) == 0) {
                score += r->titles.items[j].weight;
                visible = visible || r->titles.items[j].visible;
            }
        if (score > best || (score == best && visible && !best_visible)) {
            best = score;
            best_i = i;
            best_visible = visible;
        }
    }
    if (!best)
        return;
    /* the text as the page shows it, when a visible candidate agrees */
    const char *title = r->titles.items[best_i].text;
    for (size_t j = 0; j < n; j++)
        if (keys[j] && strcmp(keys[best_i], keys[j]) == 0 && r->titles.items[j].visible) {
            title = r->titles.items[j].text;
            break;
        }
    r->rec->title = title;
}

/* ---- labels, credits, dates from the markup ----------------------------- */

static bool in_body(reader *r, const dom_node *n) { return r->body && is_ancestor(&r->t, r->body, n); }

/* Outside the body text: around the body, or in furniture the paragraph
 * walk skips inside it (a post-meta box at the top of the body). */
static bool outside_text(reader *r, const dom_node *n)
{
    if (!in_body(r, n))
        return true;
    for (int up = 0; up < 4 && n && n != r->body; up++, n = n->parent)
        if (body_skips(r, n))
            return true;
    return false;
}

/* A link into a tag or category archive: a path segment names it and a
 * term follows ("/berita/tag/bakti", "/kategori/kesehatan"). */
static bool is_label_href(const char *href)
{
    const char *p = href ? strstr(href, "://") : NULL;
    p = p ? strchr(p + 3, '/') : href;
    while (p && *p == '/') {
        const char *seg = p + 1, *end = seg;
        while (*end && *end != '/' && *end != '?' && *end != '#')
            end++;
        if (*end == '/' && end[1] && end[1] != '?' && end[1] != '#' && in_list(LABEL_PATH_SEGMENTS, seg, (size_t)(end - seg)))
            return true;
        p = *end == '/' ? end : NULL;
    }
    return false;
}

static bool is_label_icon(const dom_node *n)
{
    return n && tag_in(n, TAGS_ICON) &&
           !n->children && class_has_part(n, PARTS_LABEL_ICON);
}

/* A tag icon inside the link, or just before it. */
static bool has_label_icon(const dom_node *a)
{
    for (const dom_node *c = a->children; c; c = c->next)
        if (is_label_icon(c))
            return true;
    const dom_node *prev = a->prev;
    while (prev && prev->type == DOM_TEXT && visible_bytes(prev->content) == 0)
        prev = prev->prev;
    return is_label_icon(prev);
}

/* A post-meta line that names the labels in words: "Kategori Hoaks",
 * "Tags: a, b". */
static void read_label_lines(reader *r)
{
    for (size_t i = 0; i < r->t.n; i++) {
        dom_node *n = r->t.nodes[i];
        if (!(r->t.info[i].flags & NF_BLOCK) || (r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)) ||
            !r->t.info[i].sub_all || !small_subtree(&r->t, i) || !outside_text(r, n) || !near_body(r, n, 3))
            continue;
        bool links = false; /* the links themselves are the labels; one line only */
        for (size_t j = i + 1; j < r->t.info[i].end && !links; j++)
            links = tag_in(r->t.nodes[j], TAG_A) || (r->t.info[j].flags & NF_BLOCK);
        size_t len;
        page_label lab;
        const char *text = links ? NULL : node_text(r, n, &len, false);
        if (text && page_label_read(text, len, &lab) && lab.kind == PAGE_LABELS && lab.value < len)
            add_label_list(r, text + lab.value);
    }
}

static void read_labels(reader *r)
{
    for (size_t i = 0; i < r->t.n; i++) {
        dom_node *n = r->t.nodes[i];
        if (!tag_in(n, TAG_A) || (r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)))
            continue;
        bool tag_link = attr_has_token(n, AT_REL, "tag") || attr_has_token(n, AT_REL, "category") ||
                        /* a link in a tag or category box of this article,
                         * or marked by a tag icon */
                        (((r->t.info[i].flags & NF_LABELBOX) || has_label_icon(n) || is_label_href(attr(n, AT_HREF))) &&
                         near_body(r, n, 3) && outside_text(r, n));
        if (!tag_link || !small_subtree(&r->t, i))
            continue;
        size_t len;
        const char *text = node_text(r, n, &len, false);
        if (text && len)
            add_label(r, text, len);
    }
}

/* A date as a date line shows it: a month's name with a number ("Kamis,
 * 10 April 2025", "Maret 11, 2025"), or day/month/year in figures
 * ("Rab, 16/10/2024"). */
static bool is_date_like(const char *s)
{
    bool month = false, digit = false;
    for (const char *p = s; *p;) {
        const char *q = p;
        while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z'))
            q++;
        if (q > p) {
            int v = lex_lookup(DATE_LISTS[DATE_MONTHS], p, (size_t)(q - p));
            month = month || (v >= 0 && !(v & DATE_ABBREV));
            p = q;
            continue;
        }
        if (*p >= '0' && *p <= '9') {
            digit = true;
            /* d/m/yyyy, d-m-yyyy, d.m.yyyy */
            size_t run[3] = {0}, k = 0;
            const char *d = p;
            while (k < 3) {
                while (*d >= '0' && *d <= '9')
                    d++, run[k]++;
                if (k < 2 && (*d == '/' || *d == '-' || *d == '.') && d[1] >= '0' && d[1] <= '9')
                    d++, k++;
                else
                    break;
            }
            if (k == 2 && run[0] <= 2 && run[1] <= 2 && (run[2] == 4 || run[2] == 2))
                return true;
            p = d;
            continue;
        }
        p++;
    }
    return month && digit;
}

/* The text an icon ("fa-user", "fa-calendar") stands before: up to a
 * separator or the next element that is not inline text. */
static const char *icon_text(reader *r, const dom_node *icon)
{
    buf b = {0};
    for (const dom_node *c = icon->next; c; c = c->next) {
        if (c->type == DOM_ELEMENT && (!c->children || is_block_tag(c)))
            break;
        if (c->type == DOM_TEXT && c->content)
            buf_add(&b, c->content, strlen(c->content));
        else if (c->type == DOM_ELEMENT && !is_hidden(c))
            gather_text(c, &b, false);
        if (b.len > 200)
            break;
    }
    const char *bar = b.s ? strchr(b.s, '|') : NULL;
    char *name = b.s ? clean_text(r->a, b.s, bar ? (size_t)(bar - b.s) : b.len, NULL) : NULL;
    free(b.s);
    return name;
}

static void read_dates(reader *r)
{
    dom_node *anchor = r->heading ? r->heading : r->body;
    size_t anchor_id = anchor ? node_id(anchor) : 0;
    const char *visible = NULL;
    const dom_node *visible_node = NULL;
    size_t best_dist = SIZE_MAX;
    const char *machine_attr = NULL;
    for (size_t i = 0; i < r->t.n; i++) {
        dom_node *n = r->t.nodes[i];
        if ((r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)) || in_body(r, n) || !near_body(r, n, 4))
            continue;
        if (!machine_attr && attr_has_token(n, AT_ITEMPROP, "datePublished")) {
            const char *v = attr(n, AT_CONTENT);
            if (!v)
                v = attr(n, AT_DATETIME);
            if (!v)
                v = attr(n, AT_TITLE);
            machine_attr = v;
        }
        if (!machine_attr && tag_in(n, TAG_TIME) && attr(n, AT_DATETIME))
            machine_attr = attr(n, AT_DATETIME);
        /* RDFa (Drupal): property="schema:dateCreated" content="..." */
        const char *property = attr(n, AT_PROPERTY);
        if (!machine_attr && property && attr(n, AT_CONTENT) &&
            (strstr(property, "datePublished") || strstr(property, "dateCreated")))
            machine_attr = attr(n, AT_CONTENT);
        /* a date-classed element, the text after a calendar icon, or a
         * line of a post-meta list */
        const char *text = NULL;
        if (!small_subtree(&r->t, i))
            continue;
        if ((class_has_part(n, PARTS_DATE) || tag_in(n, TAG_TIME)) && r->t.info[i].sub_all)
            text = node_text(r, n, NULL, false);
        else if (class_has_part(n, PARTS_DATE) && !n->children)
            text = icon_text(r, n);
        else if (r->t.info[i].end == i + 1 && indexed(n->parent) &&
                 (class_has_part(n->parent, PARTS_FURNITURE) ||
                  (indexed(n->parent->parent) && class_has_part(n->parent->parent, PARTS_FURNITURE))))
            text = node_text(r, n, NULL, false);
        if (!text || !*text || strlen(text) > 120 || !is_date_like(text))
            continue;
        size_t id = i;
        size_t dist = id > anchor_id ? id - anchor_id : anchor_id - id;
        /* the nearest, and of a nest the innermost */
        if (dist < best_dist || (visible_node && is_ancestor(&r->t, visible_node, n))) {
            best_dist = dist;
            visible = text;
            visible_node = n;
        }
    }
    /* an unmarked line between the headline and the body ("<span>12
     * Desember 2024</span>") */
    for (size_t i = r->heading ? node_id(r->heading) : 0; !visible && r->body && i < node_id(r->body); i++) {
        dom_node *n = r->t.nodes[i];
        if (r->t.info[i].end != i + 1 || (r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)) || !near_body(r, n, 4) ||
            !r->t.info[i].sub_all || r->t.info[i].sub_all > 60)
            continue;
        const char *text = node_text(r, n, NULL, false);
        if (text && is_date_like(text))
            visible = text;
    }
    if (!r->machine_date && machine_attr && *machine_attr)
        r->machine_date = arena_strdup(r->a, machine_attr);
    r->hints->published_machine = r->machine_date;
    r->hints->published_visible = visible;
    r->date_line = visible_node;
}

/* head and tail, then the text of the elements after label_el (its value:
 * a <dd>, the next cells of a row), cleaned; about 200 bytes at most. */
static const char *value_after(reader *r, const dom_node *label_el, const char *head, const char *tail)
{
    buf b = {0};
    buf_add(&b, head, strlen(head));
    buf_add(&b, tail, strlen(tail));
    for (const dom_node *c = label_el->next; c && b.len <= 200; c = c->next) {
        buf_add(&b, " ", 1);
        gather_text(c, &b, false);
    }
    const char *line = b.s ? clean_text(r->a, b.s, b.len, NULL) : NULL;
    if (b.failed)
        arena_set_failed(r->a);
    free(b.s);
    return line;
}

/* A link to a tag or category archive inside n (the only links whose href
 * keep_attrs keeps, a <link>'s apart). */
static bool holds_label_link(const tree_index *t, const dom_node *n)
{
    for (size_t i = node_id(n); i < t->info[node_id(n)].end; i++)
        if (tag_in(t->nodes[i], TAG_A) && attr(t->nodes[i], AT_HREF))
            return true;
    return false;
}

/* A post-meta list may name the author with no label: "<ul class=meta>
 * <li><a>Rahmawati</a></li><li><a>Senin, 11 Maret 2024</a></li><li>Dibaca:
 * 412 kali</li>". In such a list (classed "meta" or "info") whose item holds
 * the date line, the one other item that reads as nothing but a person's
 * name, and links to no archive, is the byline, when no credit line has
 * named anyone. */
static void read_meta_byline(reader *r)
{
    const dom_node *item = r->date_line;
    for (int up = 0; item && up < 3 && !tag_in(item, TAG_LI); up++)
        item = item->parent;
    const dom_node *list = item && tag_in(item, TAG_LI) ? item->parent : NULL;
    if (!list || !indexed(list) || !class_has_part(list, PARTS_FURNITURE) || r->hints->credit_lines.len ||
        r->rec->credits.len)
        return;
    const char *name = NULL;
    for (const dom_node *c = list->children; c; c = c->next) {
        if (c == item || c->type != DOM_ELEMENT || !tag_in(c, TAG_LI) || !indexed(c) ||
            (info_of(c)->flags & (NF_HIDDEN | NF_LABELBOX)) || holds_label_link(&r->t, c))
            continue;
        size_t len;
        const char *text = node_text(r, c, &len, false);
        if (!text || !metadata_is_bare_name(text, len))
            continue;
        if (name)
            return; /* two names: which one wrote it is not said */
        name = text;
    }
    if (name)
        add_credit(r, CREDIT_AUTHOR, name);
}

/* A press release heads its body with a box of numbered fields ("SIARAN
 * PERS / Nomor: 123/HM/2025 / Tanggal: 17 Juli 2025"), laid out as a
 * definition list, a table, lines or one paragraph with breaks. Its date
 * field is a date statement of the article: the text after a day cue word
 * ("Tanggal", "Tgl") and a colon, or after a cue that is a cell or term of
 * its own, in what follows it. Between the headline and the body only, in
 * elements holding no more than text and line breaks. */
static const char *release_date_value(reader *r, const dom_node *n, const char *text)
{
    for (const char *p = text; *p;) {
        const char *w = p;
        while (*p && *p != ' ' && *p != ':')
            p++;
        bool cue = p > w && lex_lookup(DATE_LISTS[DATE_DAY_CUES], w, (size_t)(p - w)) >= 0;
        if (cue && *p == ':')
            return p + 1 + (p[1] == ' ');
        if (cue && !*p && w == text) { /* the cue alone: its value follows */
            const char *value = value_after(r, n, "", "");
            while (value && (*value == ':' || *value == ' '))
                value++;
            return value;
        }
        while (*p == ' ' || *p == ':')
            p++;
    }
    return NULL;
}

static bool text_and_breaks_only(const dom_node *n)
{
    for (const dom_node *c = n->children; c; c = c->next)
        if (c->type == DOM_ELEMENT && !tag_in(c, TAG_BR))
            return false;
    return true;
}

static void read_release_dates(reader *r)
{
    if (!r->heading || !r->body || node_id(r->heading) >= node_id(r->body))
        return;
    for (size_t i = r->t.info[node_id(r->heading)].end; i < node_id(r->body); i++) {
        dom_node *n = r->t.nodes[i];
        if ((r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)) || !r->t.info[i].sub_all || !small_subtree(&r->t, i) ||
            !text_and_breaks_only(n) || !near_body(r, n, 4) ||
            (r->date_line && (is_ancestor(&r->t, r->date_line, n) || is_ancestor(&r->t, n, r->date_line))))
            continue;
        const char *text = node_text(r, n, NULL, false);
        const char *value = text ? release_date_value(r, n, text) : NULL;
        if (value && strlen(value) <= 60 && is_date_like(value))
            VEC_PUSH(r->a, &r->hints->date_lines, value);
    }
}

/* A field's label element ("field__label", "meta-label") holding only a
 * credit label ("Editor"), and the value beside it: one "Editor: X" line. */
static const char *label_value_line(reader *r, const dom_node *label_el)
{
    if (!class_has_part(label_el, PARTS_LABEL_CLASS))
        return NULL;
    size_t len;
    page_label lab;
    const char *label = node_text(r, label_el, &len, true);
    if (!label || !page_label_read(label, len, &lab) || lab.kind > PAGE_SOURCE || lab.value < len)
        return NULL;
    return value_after(r, label_el, label, lab.colon ? "" : ":");
}

static void read_credits(reader *r)
{
    /* credit lines: the innermost element that reads as one */
    VEC(size_t) lines = {0};
    /* a wrapper reads as what it wraps: the last text's answer serves again */
    const char *last_text = NULL;
    size_t last_len = 0;
    bool last_credit = false;
    for (size_t i = 0; i < r->t.n; i++) {
        dom_node *n = r->t.nodes[i];
        if ((r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)) || !r->t.info[i].sub_all || !small_subtree(&r->t, i) ||
            !outside_text(r, n) || !near_body(r, n, 4))
            continue;
        if (attr_has_token(n, AT_ITEMPROP, "author") || attr_has_token(n, AT_REL, "author")) {
            /* the name: itemprop=name inside, a meta content, or the text */
            const char *name = NULL;
            for (size_t j = i + 1; j < r->t.info[i].end && !name; j++)
                if (attr_has_token(r->t.nodes[j], AT_ITEMPROP, "name"))
                    name = tag_in(r->t.nodes[j], TAG_META) ? clean_str(r->a, attr(r->t.nodes[j], AT_CONTENT))
                                                          : node_text(r, r->t.nodes[j], NULL, false);
            if (!name && tag_in(n, TAG_META))
                name = clean_str(r->a, attr(n, AT_CONTENT));
            if (!name)
                name = node_text(r, n, NULL, false);
            if (name)
                add_credit(r, CREDIT_AUTHOR, name);
        } else if (class_token_in(n, TOKENS_FN) && indexed(n->parent) &&
                   (class_token_in(n->parent, TOKENS_VCARD) || class_token_in(n, TOKENS_VCARD))) {
            add_credit(r, CREDIT_AUTHOR, node_text(r, n, NULL, false)); /* hCard: WordPress bylines */
        }
        size_t len;
        const char *text = node_text(r, n, &len, true);
        if (text && len && !(last_text && len == last_len && memcmp(text, last_text, len) == 0)) {
            last_text = text;
            last_len = len;
            last_credit = metadata_is_credit_line(text, len);
        }
        if (text && len && last_credit) {
            /* an ancestor's line holds this one: keep the inner */
            while (lines.len && is_ancestor(&r->t, r->t.nodes[lines.items[lines.len - 1]], n))
                lines.len--;
            VEC_PUSH(r->a, &lines, i);
        } else {
            add_credit_line(r, label_value_line(r, n));
        }
    }
    for (size_t k = 0; k < lines.len; k++)
        add_credit_line(r, node_text(r, r->t.nodes[lines.items[k]], NULL, true));
    /* author icons, which need no text of their own */
    for (size_t i = 0; i < r->t.n; i++) {
        dom_node *n = r->t.nodes[i];
        if (n->children || (r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)) || !class_has_part(n, PARTS_AUTHOR_ICON) ||
            !tag_in(n, TAGS_ICON) || !outside_text(r, n) || !near_body(r, n, 4))
            continue;
        const char *name = icon_text(r, n);
        if (name && *name)
            add_credit(r, CREDIT_AUTHOR, name);
    }
}

/* Right after an image, or a link around one: the caption convention of
 * templates without <figcaption>. */
static bool follows_image(const dom_node *n)
{
    const dom_node *p = n->prev;
    while (p && (p->type != DOM_ELEMENT || tag_in(p, TAG_BR)))
        p = p->prev;
    if (tag_in(p, TAG_A)) {
        const dom_node *c = p->children;
        while (c && c->type != DOM_ELEMENT)
            c = c->next;
        p = c;
    }
    return tag_in(p, TAG_IMG);
}

/* The lead image's caption, above the body. */
static void read_lead_captions(reader *r)
{
    if (!r->body)
        return;
    for (size_t i = 0; i < node_id(r->body); i++) {
        dom_node *n = r->t.nodes[i];
        if ((r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)) || !near_body(r, n, 2) || !small_subtree(&r->t, i) ||
            !r->t.info[i].sub_all)
            continue;
        /* after an image: prose of its own, not a headline, a category
         * badge or a byline */
        bool caption = is_caption(n) ||
                       (follows_image(n) && n != r->heading && !is_heading(n) && !tag_in(n, TAG_H1) &&
                        !(r->t.info[i].flags & NF_LINK) && !class_has_part(n, PARTS_SKIP));
        if (!caption)
            continue;
        size_t len;
        const char *text = node_text(r, n, &len, false);
        if (text && page_count_words(text, len) >= MIN_CAPTION_WORDS)
            VEC_PUSH(r->a, &r->rec->paragraphs, ((rec_paragraph){PARA_CAPTION, text, len}));
        i = r->t.info[i].end - 1;
    }
}

/* ---- the entry point ---------------------------------------------------- */

/* COMPACT: short text nodes (the blanks between tags) kept inside their
 * node, not in a string of their own. */
/* The attributes of READ_ATTRS, kept beside the element (dom_attr_hook).
 * Of a link's href only a tag archive's matters (a canonical <link> keeps
 * its own). */
static const void *keep_attrs(void *ctx, const char *name, const char *const *atts, arena *a)
{
    (void)ctx;
    if (!atts)
        return NULL;
    const char *values[N_READ_ATTRS];
    unsigned present = 0;
    for (size_t i = 0; atts[i]; i += 2) {
        ptrdiff_t k = list_index(READ_ATTRS, atts[i], strlen(atts[i]));
        const char *v = atts[i + 1] ? atts[i + 1] : "";
        /* the parser drops repeated names; of one read twice, the first */
        if (k < 0 || ((present >> k) & 1) || (k == AT_HREF && strcmp(name, "link") != 0 && !is_label_href(v)))
            continue;
        present |= 1u << k;
        values[k] = v;
    }
    kept_attrs *kept = present ? arena_alloc(a, sizeof *kept + bits_set(present) * sizeof *kept->value) : NULL;
    if (!kept)
        return NULL;
    kept->present = (uint16_t)present;
    for (size_t k = 0, j = 0; k < N_READ_ATTRS; k++)
        if ((present >> k) & 1)
            kept->value[j++] = arena_strdup(a, values[k]);
    return kept;
}

/* Next.js pages render the body from flight data, not into the markup. */
static stage_status read_flight_body(reader *r, size_t max_depth)
{
    dom *frag = NULL;
    input_stream page = {.data = r->flight_html, .len = r->flight_html_len, .encoding = ENC_UTF8};
    stage_status st = dom_parse(&page, max_depth, keep_attrs, NULL, r->a, &frag);
    dom_node *root = dom_root(frag);
    if (!root) {
        dom_free(frag);
        return st == ST_PARSE ? ST_OK : st;
    }
    tree_index saved = r->t;
    dom_node *saved_body = r->body;
    memset(&r->t, 0, sizeof r->t);
    st = index_tree(&r->t, root);
    if (st == ST_OK) {
        r->body = root;
        r->rec->paragraphs.len = 0;
        read_paragraphs(r, root);
    }
    index_clear(&r->t);
    r->t = saved;
    r->body = saved_body;
    dom_free(frag);
    return st;
}

static size_t body_text(const record *rec)
{
    size_t n = 0;
    for (size_t i = 0; i < rec->paragraphs.len; i++)
        n += rec->paragraphs.items[i].kind == PARA_BODY ? rec->paragraphs.items[i].len : 0;
    return n;
}

stage_status html_read(input_stream *page, size_t max_depth, record *rec, page_hints *hints, arena *a,
                       stage_error *err)
{
    if (page->len > (size_t)INT_MAX / 2) /* decoded, up to 3 bytes each: within the 32-bit counts */
        return stage_fail(err, ST_TOO_LARGE, 0, "the page is larger than the HTML parser takes");
    reader r = {.a = a, .rec = rec, .hints = hints};
    stage_status st = dom_parse(page, max_depth, keep_attrs, NULL, a, &r.page);
    if (st == ST_PARSE)
        return stage_fail(err, ST_PARSE, 0, "the HTML parser could not read the page");
    dom_node *root = dom_root(r.page);
    if (st == ST_OK && root)
        st = index_tree(&r.t, root);
    if (st == ST_OK && root) {
        read_metadata(&r);
        r.body = find_container(&r);
        r.heading = find_heading(&r);
        choose_title(&r);
        read_lead_captions(&r);
        if (r.body)
            read_paragraphs(&r, r.body);
        read_labels(&r);
        read_label_lines(&r);
        read_credits(&r);
        read_dates(&r);
        read_meta_byline(&r);
        read_release_dates(&r);
        if (r.flight_html && body_text(rec) < MIN_BODY_TEXT)
            st = read_flight_body(&r, max_depth);
        if (st == ST_OK && body_text(rec) == 0 && r.ld_body) {
            rec->paragraphs.len = 0;
            read_text_paragraphs(&r, r.ld_body);
        }
    }
    index_clear(&r.t);
    free(r.flight_html);
    dom_free(r.page);
    if (st == ST_TOO_DEEP)
        return stage_fail(err, ST_TOO_DEEP, 0, "the page nests elements deeper than %zu", max_depth);
    if (st != ST_OK)
        return stage_fail(err, st, 0, "out of memory");
    if (arena_failed(a))
        return stage_fail(err, ST_NOMEM, 0, "out of memory");
    if (body_text(rec) == 0)
        return stage_fail(err, ST_NO_ARTICLE, 0, "the page holds no article text");
    return ST_OK;
}
