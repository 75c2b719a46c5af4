/* The HTML reader's state, shared by its parts: html.c (the reader that ties
 * them: text, title, labels, credits, dates), head.c (the page's head
 * metadata: meta, Open Graph, JSON-LD, Next.js data) and layout.c (the
 * article's container and its blocks as paragraphs). */
#ifndef BERITA_HTML_READER_H
#define BERITA_HTML_READER_H

#include "dom.h"
#include "markup.h"
#include "page.h"
#include "record.h"

/* The least body text of a container (and of a body from flight data). */
enum { MIN_BODY_TEXT = 120, MAX_TITLES = 64 };
/* The least text of a block that scores its ancestors as prose. */
enum { MIN_BLOCK_TEXT = 25 };
/* The longest date line. */
enum { MAX_DATE_LINE = 60, MAX_META_LINE = 200 /* a post-meta line: date, category, poster, counter */ };

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
    bool machine_date_json_ld; /* it came from JSON-LD's datePublished (published.source) */
    const char *ld_body;
    /* JSON-LD keywords, in the head's scratch arena until head_read ends:
     * labels only when no article:tag meta gives the tags (Rank Math writes
     * its focus keyword there, Yoast the tags again) */
    const struct json_value *ld_keywords;
    /* Next.js flight data */
    char *flight_html;
    size_t flight_html_len;
    /* each element's count of linked headings among its children (in_teaser),
     * counted once for the tree index `linked_for` */
    uint8_t *linked_headings;
    const void *linked_for;
} reader;

/* html.c: text as the record stores it, and the record's lists. */
/* The text as the record stores it: entities repaired, then text_clean. */
char *html_clean_text(arena *a, const char *s, size_t len, size_t *out_len);
char *html_clean_str(arena *a, const char *s);
/* All the text under n, in order (hidden parts left out; screen-reader text
 * kept when `heard`). */
void html_gather_text(const dom_node *n, buf *b, bool heard);
/* A key for comparing titles: ASCII lower case, quotes and dashes folded,
 * trailing ellipsis and punctuation dropped. */
char *html_title_key(arena *a, const char *s);
/* All the visible text under n, cleaned, read once per element. */
const char *html_node_text(reader *r, const dom_node *n, size_t *len, bool heard);
void html_add_title(reader *r, const char *text, int weight, bool visible);
void html_add_site_name(reader *r, const char *name);
void html_add_label(reader *r, const char *raw, size_t len);
/* A comma-separated list ("karhutla, kabut asap, ISPA"). */
void html_add_label_list(reader *r, const char *s);
/* A label line's value v[0..n), up to the line's other fields (page_labels_end). */
void html_add_label_value(reader *r, const char *v, size_t n);
void html_add_credit(reader *r, credit_role role, const char *raw);
/* A date as a date line shows it: a month's name with a number ("Kamis,
 * 10 April 2025", "Maret 11, 2025"), or day/month/year in figures. */
bool html_is_date_like(const char *s);

/* head.c: title candidates, site names, url, labels, credits and the machine
 * date from the page's metadata; a Next.js page's body html. */
void head_read(reader *r);
/* The candidate without a site name joined to it by a title separator. */
const char *head_strip_site_name(reader *r, const char *t);

/* layout.c */
/* The article's container, or NULL: a CMS's body selector, an unknown
 * template's body class, then text density (chrome a weight, no veto). */
dom_node *layout_find_container(reader *r);
/* The chrome class words of the wrappers of the article that made it
 * chrome: the container's ancestors, and its descendants that hold a good
 * share of its prose. */
uint64_t layout_wrapper_words(const tree_index *t, const dom_node *body);
/* The container by markup alone (a body selector, a body class), or NULL. */
dom_node *layout_find_by_markup(reader *r);
/* The last resort when the container gave no body text: the element with
 * the densest prose, chrome or not, <body> included. */
dom_node *layout_find_prose(reader *r);
/* The blocks under root (and the prose elements right after it) as the
 * record's paragraphs. */
void layout_read_paragraphs(reader *r, dom_node *root);
/* A box of the lead's own before the body container, under its parent
 * ("<div class="article-lead">" beside "<div class="article-body">"), or
 * NULL: read before the body, whatever styling class it also has. */
dom_node *layout_lead_box(const dom_node *body);
/* The body from JSON-LD articleBody: one paragraph per line. */
void layout_read_text_paragraphs(reader *r, const char *s);
/* Skipped inside the body: furniture and chrome, except captions. */
bool layout_body_skips(reader *r, const dom_node *n);
bool layout_is_caption(const dom_node *n);
bool layout_is_heading(const dom_node *n);

#endif
