/* The HTML reader, tying its parts: the page's tree (dom.c) is indexed
 * (markup.c), its head metadata read (head.c), the article's container found
 * and its blocks made paragraphs (layout.c); here the title is chosen, and
 * the post-meta markup around the body gives labels, credits and date clues.
 * Every walk is iterative: a page may nest 100,000 elements. */
#include "html.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "html_reader.h"
#include "lexicon.h"
#include "metadata.h"
#include "unicode.h"

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

/* Caps that keep hostile pages linear. */
enum { MAX_LABELS = 100, MAX_CREDITS = 50 };
/* A lead image's caption: its least words, and how far from the body its box may stand. */
enum {
    MIN_CAPTION_WORDS = 3,
    LEAD_CAPTION_LEVELS = 3, /* a lead caption's box within the body's third ancestor */
    HERO_LEVELS = 6,         /* a caption-classed one's within its sixth */
};

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
char *html_clean_text(arena *a, const char *s, size_t len, size_t *out_len)
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
void html_gather_text(const dom_node *n, buf *b, bool heard)
{
    if (n->type == DOM_TEXT) {
        if (n->content)
            markup_buf_add(b, n->content, strlen(n->content));
        return;
    }
    const dom_node *c = n->children;
    while (c) {
        bool descend = false;
        if (c->type == DOM_TEXT) {
            if (c->content)
                markup_buf_add(b, c->content, strlen(c->content));
        } else if (c->type == DOM_ELEMENT && !is_hidden_but_heard(c, heard)) {
            if (is_block_tag(c) || tag_in(c, TAG_BR))
                markup_buf_add(b, " ", 1);
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

char *html_clean_str(arena *a, const char *s) { return s ? html_clean_text(a, s, strlen(s), NULL) : NULL; }

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
char *html_title_key(arena *a, const char *s)
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

/* ---- the reader ---------------------------------------------------------- */
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
const char *html_node_text(reader *r, const dom_node *n, size_t *len, bool heard)
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
        html_gather_text(inner, &b, heard);
        read.text = b.failed ? NULL : html_clean_text(r->a, b.s ? b.s : "", b.len, &read.len);
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

void html_add_title(reader *r, const char *text, int weight, bool visible)
{
    if (text && *text && r->titles.len < MAX_TITLES)
        VEC_PUSH(r->a, &r->titles, ((title_cand){text, weight, visible}));
}

void html_add_site_name(reader *r, const char *name)
{
    char *s = html_clean_str(r->a, name);
    if (s && *s && r->site_names.len < MAX_TITLES && VEC_PUSH(r->a, &r->site_names, s) == 0)
        VEC_PUSH(r->a, &r->hints->site_names, s);
}


void html_add_label(reader *r, const char *raw, size_t len)
{
    size_t clen;
    char *t = html_clean_text(r->a, raw, len, &clen);
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

/* A comma-separated list ("karhutla, kabut asap, ISPA"); an item of
 * hashtags holds one label each, glued or not ("#Dekai#Sungai Braza", tag
 * links with no space between them). */
void html_add_label_list(reader *r, const char *s)
{
    while (s && *s) {
        const char *e = strchr(s, ',');
        size_t n = e ? (size_t)(e - s) : strlen(s), lead = 0;
        while (lead < n && s[lead] == ' ')
            lead++;
        if (lead < n && s[lead] == '#') {
            for (size_t i = lead + 1, from = lead; i <= n; i++)
                if (i == n || s[i] == '#') {
                    html_add_label(r, s + from, i - from);
                    from = i;
                }
        } else {
            html_add_label(r, s, n);
        }
        s = e ? e + 1 : NULL;
    }
}

void html_add_label_value(reader *r, const char *v, size_t n)
{
    char *labels = arena_strndup(r->a, v, page_labels_end(v, n));
    if (labels)
        html_add_label_list(r, labels);
}

void html_add_credit(reader *r, credit_role role, const char *raw)
{
    char *name = html_clean_str(r->a, raw);
    /* CMS logins ("Admin") the metadata stage drops with every other credit; one word in small letters
     * ("humas" of <meta name="author">, JSON-LD and the hCard) is an account's login, no one's name */
    if (!name || !*name || strlen(name) > 80 || r->rec->credits.len >= MAX_CREDITS ||
        strspn(name, "abcdefghijklmnopqrstuvwxyz") == strlen(name))
        return;
    for (size_t i = 0; i < r->rec->credits.len; i++)
        if (strcmp(r->rec->credits.items[i].name, name) == 0 && r->rec->credits.items[i].role == role)
            return;
    VEC_PUSH(r->a, &r->rec->credits, ((rec_credit){.role = role, .name = name}));
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

/* ---- title -------------------------------------------------------------- */

/* An <h2>-<h6> holding a link, or a link holding one, of a headline's
 * length: the title of a teaser of another article (a category badge's
 * linked <h3> is short; an article's own <h1> may hold a permalink). */
static bool linked_heading(const dom_node *c)
{
    enum { MIN_TEASER_TITLE = 25 };
    if (!indexed(c) || info_of(c)->sub_all < MIN_TEASER_TITLE || !(tag_in(c, TAGS_HEADING) || tag_in(c, TAG_A)))
        return false;
    for (const dom_node *g = c->children; g; g = g->next)
        if (g->type == DOM_ELEMENT && tag_in(g, tag_in(c, TAG_A) ? TAGS_HEADING : TAG_A))
            return true;
    return false;
}

/* Each element's count of linked headings among its children, counted
 * once: in_teaser asks it of every element near the body, and a box of
 * thousands of children beside the body made that quadratic. */
static const uint8_t *linked_heading_counts(reader *r)
{
    if (r->linked_for == r->t.nodes)
        return r->linked_headings;
    r->linked_headings = arena_alloc(r->a, r->t.n ? r->t.n : 1);
    r->linked_for = r->t.nodes;
    for (size_t i = 0; r->linked_headings && i < r->t.n; i++) {
        dom_node *parent = r->t.nodes[i]->parent;
        if (indexed(parent) && r->linked_headings[node_id(parent)] < UINT8_MAX && linked_heading(r->t.nodes[i]))
            r->linked_headings[node_id(parent)]++;
    }
    return r->linked_headings;
}

/* n is in a teaser below p, outside the body: a box headed by a linked
 * title ("Berita Lainnya": each post-preview's title, then its post-meta),
 * a few levels above n; not the linked heading that holds n itself. */
static bool in_teaser(reader *r, const dom_node *n, const dom_node *p)
{
    enum { TEASER_LEVELS = 6 };
    const uint8_t *linked = linked_heading_counts(r);
    const dom_node *below = NULL;
    int up = 0;
    for (const dom_node *x = n; linked && x && x != p && up < TEASER_LEVELS; below = x, x = x->parent, up++)
        if (indexed(x) && !markup_is_ancestor(&r->t, x, r->body) &&
            (int)linked[node_id(x)] - (below && linked_heading(below)) > 0)
            return true;
    return false;
}

/* The scope of the article around its body: the body's ancestors up to
 * `levels` above it. */
static bool near_body(reader *r, const dom_node *n, size_t levels)
{
    const dom_node *p = r->body;
    for (size_t up = 0; up < levels && p && indexed(p->parent); up++)
        p = p->parent;
    return p && markup_is_ancestor(&r->t, p, n) && !in_teaser(r, n, p);
}

/* Element i may be a headline: h1-h3 or a heading-classed element, shown,
 * not the site's own name, of a headline's length. */
static bool is_headline_element(reader *r, size_t i)
{
    dom_node *n = r->t.nodes[i];
    bool head = tag_in(n, TAGS_HEADLINE) || attr_has_token(n, AT_ITEMPROP, "headline") ||
                (class_has_part(n, PARTS_TITLE) && !tag_in(n, TAGS_NOT_HEADLINE));
    return head && !(r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)) && !class_has_part(n, PARTS_SITE_TITLE) &&
           r->t.info[i].sub_all >= 10 && r->t.info[i].sub_all <= 400;
}

/* Element i is an <h4>-<h6> of a headline's length, shown: OpenDK's pages
 * (the kecamatan sites) head their article with an <h4>. */
static bool is_minor_heading(reader *r, size_t i)
{
    dom_node *n = r->t.nodes[i];
    return tag_in(n, TAGS_HEADING) && !(r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)) &&
           !class_has_part(n, PARTS_SITE_TITLE) && r->t.info[i].sub_all >= 10 && r->t.info[i].sub_all <= 400;
}

/* A container that holds its own headline above its prose: an <h1>, or
 * when the container is the page itself (paragraphs right under <body>),
 * any headline element. The last before the first block of prose. */
static dom_node *heading_inside(reader *r)
{
    size_t b = node_id(r->body);
    bool root = tag_in(r->body, TAG_BODY) || tag_in(r->body, TAG_HTML);
    dom_node *found = NULL, *first = NULL;
    for (size_t i = b + 1; i < r->t.info[b].end; i++) {
        if (is_headline_element(r, i) && (root || tag_in(r->t.nodes[i], TAG_H1))) {
            found = r->t.nodes[i];
            i = r->t.info[i].end - 1;
        } else if (!first && (is_headline_element(r, i) || is_minor_heading(r, i))) {
            first = r->t.nodes[i];
        } else if (first && markup_is_ancestor(&r->t, first, r->t.nodes[i]) && !tag_in(first, TAGS_HEADING) &&
                   !tag_in(first, TAG_H1) && (is_headline_element(r, i) || is_minor_heading(r, i)) &&
                   (tag_in(r->t.nodes[i], TAGS_HEADING) || tag_in(r->t.nodes[i], TAG_H1))) {
            /* a heading inside a title-classed box: the box's byline and
             * date are not the headline (Concrete CMS's
             * "ccm-block-page-title-byline") */
            first = r->t.nodes[i];
        } else if ((r->t.info[i].flags & NF_BLOCK) && r->t.info[i].own_text >= 2 * MIN_BLOCK_TEXT) {
            break;
        }
    }
    /* no <h1>: the first heading above the prose (the <h3> of old CMSs
     * whose page shows no heading outside the container, OpenDK's <h4>) */
    return found ? found : first;
}

/* The headline element: the nearest heading before the body, or the one
 * the container holds above its prose. */
static dom_node *find_heading(reader *r)
{
    size_t end = r->body ? node_id(r->body) : r->t.n;
    dom_node *found = NULL;
    for (size_t i = 0; i < end; i++) {
        dom_node *n = r->t.nodes[i];
        if (!is_headline_element(r, i) || markup_is_ancestor(&r->t, n, r->body))
            continue;
        /* an article's h1 keeps its place against a subtitle below it */
        if (tag_in(found, TAG_H1) && !tag_in(n, TAG_H1) && !markup_is_ancestor(&r->t, found, n) && near_body(r, found, 3))
            continue;
        found = n; /* the last before the body: the innermost of a nest */
    }
    /* not when the body is far below it, in another part of the page */
    if (found && r->body) {
        size_t up = 0;
        const dom_node *p = r->body;
        while (p && !markup_is_ancestor(&r->t, p, found) && up < 6) {
            p = p->parent;
            up++;
        }
        if (up >= 6)
            found = NULL;
    }
    /* a heading in the page's own header or footer (outside any article)
     * is the site's when the container holds a heading above its prose
     * ("<header><h1>Kecamatan<span>Pagaden</span></h1><nav>") */
    dom_node *inside = r->body && (!found || (r->t.info[node_id(found)].flags & NF_REGION)) ? heading_inside(r) : NULL;
    return inside ? inside : found;
}

/* The site's name as its header shows it ("site-title", a logo's text). */
static void read_site_names(reader *r)
{
    for (size_t i = 0; i < r->t.n; i++) {
        if (!class_token_in(r->t.nodes[i], TOKENS_SITE_NAME) || (r->t.info[i].flags & NF_HIDDEN) ||
            !markup_small_subtree(&r->t, i))
            continue;
        size_t len;
        const char *text = html_node_text(r, r->t.nodes[i], &len, false);
        if (text && len >= 3 && len <= 80)
            html_add_site_name(r, text);
        i = r->t.info[i].end - 1;
    }
}

/* `part` is `whole` less a name before or after a separator ("x - part",
 * "part | x"), both title keys. */
static bool title_part(const char *whole, const char *part)
{
    enum { MIN_PART = 20 };
    size_t w = strlen(whole), p = strlen(part);
    if (p < MIN_PART || w < p + 4)
        return false;
    const char *before = whole + w - p; /* "x - part" */
    if (strcmp(before, part) == 0 && before[-1] == ' ' && (before[-2] == '-' || before[-2] == '|') &&
        before[-3] == ' ')
        return true;
    return strncmp(whole, part, p) == 0 && whole[p] == ' ' && (whole[p + 1] == '-' || whole[p + 1] == '|') &&
           whole[p + 2] == ' ';
}

/* The title key (words parted by single spaces) holds the word w[0, len). */
static bool has_word(const char *key, const char *w, size_t len)
{
    for (const char *at = key; *at;) {
        size_t n = strcspn(at, " ");
        if (n == len && strncmp(at, w, len) == 0)
            return true;
        at += n + (at[n] == ' ');
    }
    return false;
}

/* Whether most words of the shorter title key (two in three, four at
 * least) are words of the longer: one headline, one form shortened
 * ("Normalisasi SKM ... Rampung Desember" and "Normalisasi Sungai Karang
 * Mumus ... Rampung Akhir Desember"). */
static bool shares_most_words(const char *x, const char *y)
{
    enum { MIN_WORDS = 4 };
    const char *shorter = strlen(x) <= strlen(y) ? x : y, *longer = shorter == x ? y : x;
    size_t words = 0, shared = 0;
    for (const char *w = shorter; *w;) {
        size_t len = strcspn(w, " ");
        words += len > 0;
        shared += len > 0 && has_word(longer, w, len);
        w += len + (w[len] == ' ');
    }
    return words >= MIN_WORDS && shared * 3 >= words * 2;
}

enum { HEADING_WEIGHT = 3 }; /* the article's heading's vote, as og:title's and a JSON-LD headline's */

/* The superscript word that closes a heading, down its last wrappers: K2
 * marks a featured item so ("...Dieng<span><sup>Unggulan</sup></span>"),
 * a badge glued to the headline, no part of it. NULL when none. */
static const dom_node *closing_superscript(const dom_node *h)
{
    for (const dom_node *n = h; n;) {
        const dom_node *last = NULL;
        for (const dom_node *c = n->children; c; c = c->next)
            if (c->type == DOM_ELEMENT || strspn(c->content, " \t\r\n") < strlen(c->content))
                last = c;
        if (!last || last->type != DOM_ELEMENT)
            return NULL;
        if (strcmp(last->name, "sup") == 0)
            return last;
        n = last;
    }
    return NULL;
}

/* The heading's text less a closing superscript of letters (a badge). */
static const char *heading_text(reader *r, const dom_node *h)
{
    size_t len, sup_len;
    const char *text = html_node_text(r, h, &len, false);
    const dom_node *sup = closing_superscript(h);
    const char *badge = sup ? html_node_text(r, sup, &sup_len, false) : NULL;
    if (!text || !badge || sup_len == 0 || sup_len >= len || strcmp(text + len - sup_len, badge) != 0)
        return text;
    for (size_t i = 0; i < sup_len; i++)
        if (!((badge[i] | 0x20) >= 'a' && (badge[i] | 0x20) <= 'z'))
            return text; /* "m2", a footnote's number: the heading's own */
    size_t keep = len - sup_len;
    while (keep > 0 && text[keep - 1] == ' ')
        keep--;
    return arena_strndup(r->a, text, keep);
}

static void choose_title(reader *r)
{
    if (r->heading)
        html_add_title(r, heading_text(r, r->heading), HEADING_WEIGHT, true);
    for (size_t i = 0; i < r->t.n; i++) {
        dom_node *n = r->t.nodes[i];
        uint32_t flags = r->t.info[i].flags;
        if (n == r->heading || (flags & NF_HIDDEN) || (flags & NF_KIND_CHROME))
            continue;
        /* an <h1> in a box class words make chrome (the Clean Blog theme's
         * "masthead" holds the post's heading) weighs nothing: it is only
         * the text shown of a shortened meta title below */
        if ((flags & NF_CHROME) && tag_in(n, TAG_H1) && !class_has_part(n, PARTS_SITE_TITLE))
            html_add_title(r, html_node_text(r, n, NULL, false), 0, true);
        else if (flags & NF_CHROME)
            continue;
        else if (attr_has_token(n, AT_ITEMPROP, "headline") && !tag_in(n, TAG_META))
            html_add_title(r, html_node_text(r, n, NULL, false), 2, true);
        else if (tag_in(n, TAG_H1) && !class_has_part(n, PARTS_SITE_TITLE))
            html_add_title(r, html_node_text(r, n, NULL, false), 1, true);
    }
    size_t n = r->titles.len;
    char **keys = arena_alloc(r->a, (n ? n : 1) * sizeof *keys);
    if (!keys)
        return;
    for (size_t i = 0; i < n; i++) {
        const char *t = head_strip_site_name(r, r->titles.items[i].text);
        if (t)
            r->titles.items[i].text = t;
    }
    for (size_t i = 0; i < n; i++)
        keys[i] = html_title_key(r->a, r->titles.items[i].text);
    /* "Site - Headline" in <title> beside the headline the page shows: the
     * same headline, its site's name on one side of a separator */
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; keys[i] && j < n; j++)
            if (keys[j] && j != i && r->titles.items[j].visible && title_part(keys[i], keys[j]))
                keys[i] = keys[j];
    /* the site's own name is no headline (a logo's h1, a <title> part) */
    for (size_t s = 0; s < r->site_names.len; s++) {
        const char *site = html_title_key(r->a, r->site_names.items[s]);
        for (size_t i = 0; site && i < n; i++)
            if (keys[i] && strcmp(keys[i], site) == 0)
                keys[i] = NULL;
    }
    int best = 0;
    size_t best_i = 0;
    bool best_visible = false, best_seconded = false;
    for (size_t i = 0; i < n; i++) {
        if (!keys[i] || strlen(keys[i]) < 8)
            continue;
        int score = 0;
        bool visible = false, heading = false, head = false;
        for (size_t j = 0; j < n; j++)
            if (keys[j] && strcmp(keys[i], keys[j]) == 0) {
                score += r->titles.items[j].weight;
                visible = visible || r->titles.items[j].visible;
                heading = heading || (r->titles.items[j].visible && r->titles.items[j].weight >= HEADING_WEIGHT);
                head = head || !r->titles.items[j].visible;
            }
        /* the article's heading that a title of the head seconds is the
         * headline the page shows, whatever the other meta titles (an SEO
         * headline of other words) outvote it with */
        bool seconded = heading && head;
        if ((seconded && !best_seconded) ||
            (seconded == best_seconded && (score > best || (score == best && visible && !best_visible)))) {
            best = score;
            best_i = i;
            best_visible = visible;
            best_seconded = seconded;
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
    /* ... or the headline it shows, when the meta titles give a shortened
     * form of it (an SEO title) */
    for (size_t j = 0; j < n && !best_visible; j++)
        if (keys[j] && r->titles.items[j].visible && shares_most_words(keys[best_i], keys[j])) {
            title = r->titles.items[j].text;
            break;
        }
    r->rec->title = title;
}

/* ---- labels, credits, dates from the markup ----------------------------- */

static bool in_body(reader *r, const dom_node *n) { return r->body && markup_is_ancestor(&r->t, r->body, n); }

/* Outside the body text: around the body, or in furniture the paragraph
 * walk skips inside it (a post-meta box at the top of the body). */
static bool outside_text(reader *r, const dom_node *n)
{
    if (!in_body(r, n))
        return true;
    for (int up = 0; up < 4 && n && n != r->body; up++, n = n->parent)
        if (layout_body_skips(r, n))
            return true;
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
    while (prev && prev->type == DOM_TEXT && markup_visible_bytes(prev->content) == 0)
        prev = prev->prev;
    return is_label_icon(prev);
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
            markup_buf_add(&b, c->content, strlen(c->content));
        else if (c->type == DOM_ELEMENT && !is_hidden(c))
            html_gather_text(c, &b, false);
        if (b.len > 200)
            break;
    }
    if (b.failed)
        arena_set_failed(r->a); /* a date missed for want of memory: NOMEM, not another record */
    const char *bar = b.s && !b.failed ? strchr(b.s, '|') : NULL;
    char *name = b.s && !b.failed ? html_clean_text(r->a, b.s, bar ? (size_t)(bar - b.s) : b.len, NULL) : NULL;
    free(b.s);
    return name;
}

/* A post-meta line that names the labels in words: "Kategori Hoaks",
 * "Tags: a, b". */
static void read_label_lines(reader *r)
{
    for (size_t i = 0; i < r->t.n; i++) {
        dom_node *n = r->t.nodes[i];
        if (!(r->t.info[i].flags & NF_BLOCK) || (r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)) ||
            !r->t.info[i].sub_all || !markup_small_subtree(&r->t, i) || !outside_text(r, n) || !near_body(r, n, 3))
            continue;
        bool links = false; /* the links themselves are the labels; one line only */
        for (size_t j = i + 1; j < r->t.info[i].end && !links; j++)
            links = tag_in(r->t.nodes[j], TAG_A) || (r->t.info[j].flags & NF_BLOCK);
        size_t len;
        page_label lab;
        const char *text = links ? NULL : html_node_text(r, n, &len, false);
        if (text && page_label_read(text, len, &lab) && lab.kind == PAGE_LABELS && lab.value < len)
            html_add_label_value(r, text + lab.value, len - lab.value);
    }
}

/* A tag or folder icon before plain text in the post-meta line ("<i
 * class='fa fa-tag'></i> Berita Desa", OpenSID): the article's category,
 * when no link follows the icon (links are read_labels'). */
static void read_icon_labels(reader *r)
{
    enum { MAX_ICON_LABEL = 60 };
    for (size_t i = 0; i < r->t.n; i++) {
        dom_node *n = r->t.nodes[i];
        if (!is_label_icon(n) || (r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)) || !near_body(r, n, 3) ||
            !outside_text(r, n))
            continue;
        const dom_node *next = n->next;
        while (next && next->type == DOM_TEXT && markup_visible_bytes(next->content) == 0)
            next = next->next;
        bool linked = false;
        for (const dom_node *c = next; c && !linked; c = c->next)
            linked = c->type == DOM_ELEMENT && (tag_in(c, TAG_A) || c->children);
        if (!next || next->type != DOM_TEXT || linked)
            continue;
        const char *text = icon_text(r, n);
        page_label lab;
        /* (not a count beside the same icon: "Dibaca 133 Kali") */
        if (text && *text && strlen(text) <= MAX_ICON_LABEL && !page_label_read(text, strlen(text), &lab) &&
            !strpbrk(text, "0123456789"))
            html_add_label_list(r, text);
    }
}

/* Only blanks and the marks that part links: "  , | / ". */
static bool link_separators_only(const char *s)
{
    for (; *s; s++)
        if (!strchr(" \t\n\r,|/", *s))
            return false;
    return true;
}

/* The link's line holds nothing but archive links (and blanks and icons):
 * "<li><span class=fa-tag></span> <a href=/tag/x>X</a> <a href=/tag/y>Y</a></li>". */
static bool label_line(const dom_node *a)
{
    const dom_node *line = a->parent;
    if (!line)
        return false;
    for (const dom_node *c = line->children; c; c = c->next) {
        if (c->type == DOM_TEXT) {
            if (c->content && markup_visible_bytes(c->content) && !link_separators_only(c->content))
                return false;
        } else if (c->type == DOM_ELEMENT && tag_in(c, TAG_A)) {
            if (!markup_is_label_href(attr(c, AT_HREF)))
                return false;
        } else if (c->type == DOM_ELEMENT && !tag_in(c, TAGS_ICON)) {
            return false;
        }
    }
    return true;
}

/* Text that is only a labels label: "Tags:", "Tagged with:". */
static bool labels_label_only(const char *s)
{
    size_t len = strlen(s);
    while (len > 0 && strchr(" \t\n\r", s[len - 1]))
        len--;
    while (len > 0 && strchr(" \t\n\r", *s))
        s++, len--;
    page_label lab;
    return len > 0 && page_label_read(s, len, &lab) && lab.kind == PAGE_LABELS && lab.value >= len;
}

/* The link follows a labels label with only archive links, line breaks,
 * icons and blanks between, wherever that run stands ("Tagged with:<br><a
 * href=/berita/tags/x/>X</a> <a ...>Y</a>" at the end of the body's
 * container). */
static bool after_labels_label(const dom_node *a)
{
    for (const dom_node *p = a->prev; p; p = p->prev) {
        if (p->type == DOM_TEXT) {
            if (!p->content || !markup_visible_bytes(p->content))
                continue;
            if (labels_label_only(p->content))
                return true;
            if (!link_separators_only(p->content))
                return false;
        } else if (p->type == DOM_ELEMENT &&
                   !(tag_in(p, TAG_A) && markup_is_label_href(attr(p, AT_HREF))) && !tag_in(p, TAG_BR) &&
                   !tag_in(p, TAGS_ICON)) {
            return false;
        }
    }
    return false;
}

/* The site's list of all its categories, headed by a label word ("<h5>
 * Kategori</h5><div><a href=/category/berita>...</a> x3+</div>"): a widget,
 * whatever its classes, not this article's labels (GOLD.md). */
static bool category_widget(reader *r, const dom_node *a)
{
    enum { MIN_WIDGET_LINKS = 3 };
    const dom_node *box = a->parent;
    const dom_node *head = box ? box->prev : NULL;
    while (head && head->type != DOM_ELEMENT)
        head = head->prev;
    if (!head || !tag_in(head, TAGS_HEADING))
        return false;
    size_t len, links = 0;
    page_label lab;
    const char *text = html_node_text(r, head, &len, false);
    if (!text || !page_label_read(text, len, &lab) || lab.kind != PAGE_LABELS)
        return false;
    for (const dom_node *c = box->children; c; c = c->next)
        links += c->type == DOM_ELEMENT && tag_in(c, TAG_A) && markup_is_label_href(attr(c, AT_HREF));
    return links >= MIN_WIDGET_LINKS;
}

/* The link sits in an <article> apart from the body's: the next post a
 * theme loads under this one (Foxiz's, JNews's endless scroll). */
static bool in_other_article(reader *r, const dom_node *n)
{
    for (const dom_node *p = n->parent; p && r->body; p = p->parent)
        if (tag_in(p, TAG_ARTICLE))
            return !markup_is_ancestor(&r->t, p, r->body) && !markup_is_ancestor(&r->t, r->body, p);
    return false;
}

static void read_labels(reader *r)
{
    for (size_t i = 0; i < r->t.n; i++) {
        dom_node *n = r->t.nodes[i];
        if (!tag_in(n, TAG_A) || (r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)))
            continue;
        bool label_href = markup_is_label_href(attr(n, AT_HREF));
        bool tag_link = attr_has_token(n, AT_REL, "tag") || attr_has_token(n, AT_REL, "category") ||
                        /* a link in a tag or category box of this article,
                         * or marked by a tag icon, or an archive link of a
                         * line of archive links inside the body (a theme's
                         * meta list in the article's container) */
                        (((r->t.info[i].flags & NF_LABELBOX) || has_label_icon(n) || label_href) &&
                         near_body(r, n, 3) &&
                         (outside_text(r, n) || (label_href && (label_line(n) || after_labels_label(n)))));
        /* (not "kembali · Beranda" under the tags) */
        if (!tag_link || markup_is_navigation_href(attr(n, AT_HREF)) || !markup_small_subtree(&r->t, i) ||
            category_widget(r, n) || in_other_article(r, n))
            continue;
        size_t len;
        const char *text = html_node_text(r, n, &len, false);
        if (text && len)
            html_add_label(r, text, len);
    }
}

/* A date as a date line shows it: a month's name with a number ("Kamis,
 * 10 April 2025", "Maret 11, 2025"), a month's short form with a year
 * ("Oct 13, 2025", "13 Okt 2025"), or day/month/year in figures ("Rab,
 * 16/10/2024"). */
bool html_is_date_like(const char *s)
{
    enum { YEAR_DIGITS = 4 };
    bool month = false, short_month = false, digit = false, year = false;
    for (const char *p = s; *p;) {
        const char *q = p;
        while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z'))
            q++;
        if (q > p) {
            int v = date_lookup(DATE_MONTHS, p, (size_t)(q - p));
            month = month || (v >= 0 && !(v & DATE_ABBREV));
            short_month = short_month || (v >= 0 && (v & DATE_ABBREV));
            p = q;
            continue;
        }
        if (*p >= '0' && *p <= '9') {
            digit = true;
            const char *e = p;
            while (*e >= '0' && *e <= '9')
                e++;
            year = year || e - p == YEAR_DIGITS;
            /* d/m/yyyy, d-m-yyyy, d.m.yyyy; ISO's yyyy-mm-dd */
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
            if (k == 2 && run[0] == YEAR_DIGITS && run[1] && run[1] <= 2 && run[2] && run[2] <= 2)
                return true;
            p = d;
            continue;
        }
        p++;
    }
    return (month && digit) || (short_month && year);
}

/* n's text is the record's title. */
static bool shows_title(reader *r, const dom_node *n)
{
    const char *text = n ? html_node_text(r, n, NULL, false) : NULL;
    return text && r->rec->title && strcmp(text, r->rec->title) == 0;
}

/* The box around the element that shows the title, two levels up: the
 * container's headline, or one outside it whose text is the title (a
 * theme's hero header; whatever box holds it: the Arsha theme's title bar
 * is a "breadcrumbs" section). NULL when none shows it. */
static const dom_node *headline_box(reader *r, bool *in_chrome)
{
    const dom_node *around = shows_title(r, r->heading) ? r->heading : NULL;
    for (size_t i = 0; !around && r->rec->title && i < r->t.n; i++)
        if (tag_in(r->t.nodes[i], TAGS_HEADLINE) && !(r->t.info[i].flags & NF_HIDDEN) &&
            shows_title(r, r->t.nodes[i]))
            around = r->t.nodes[i];
    if (!around)
        around = r->heading;
    if (in_chrome) /* the headline itself stands in a chrome-classed box */
        *in_chrome = around && (r->t.info[node_id(around)].flags & NF_CHROME);
    for (int up = 0; around && up < 2 && indexed(around->parent); up++)
        around = around->parent;
    return around;
}

/* No block element below the i-th one: a line of text and inline elements. */
static bool inline_only(const reader *r, size_t i)
{
    for (size_t j = i + 1; j < r->t.info[i].end; j++)
        if (tag_in(r->t.nodes[j], TAGS_BLOCK))
            return false;
    return true;
}

/* The part of a post-meta line that the page's bars part ("Rabu, 16
 * Desember 2026 - 11:05:32 | Kategori: Berita Pengadilan | Posted by :
 * admin | Dibaca: 87 kali", an old table layout's row) that is a date line,
 * in the arena; NULL when none is. */
static const char *dated_part(arena *a, const char *line)
{
    for (const char *p = line; *p;) {
        size_t n = strcspn(p, "|");
        size_t from = 0, to = n;
        while (from < to && p[from] == ' ')
            from++;
        while (to > from && p[to - 1] == ' ')
            to--;
        /* (or up to a field's label: "Kamis, 11 Juni 2026  Diposting oleh X
         * Kategori: Y", the label opening the next part) */
        page_label lab;
        for (size_t i = from + 1; i < to; i++)
            if (p[i - 1] == ' ' && p[i] != ' ' && page_label_read(p + i, to - i, &lab)) {
                size_t end = i;
                while (end > from && p[end - 1] == ' ')
                    end--;
                if (end - from <= MAX_DATE_LINE) {
                    char *head = arena_strndup(a, p + from, end - from);
                    if (head && html_is_date_like(head))
                        return head;
                }
                break;
            }
        if (to - from <= MAX_DATE_LINE) {
            char *part = arena_strndup(a, p + from, to - from);
            if (part && html_is_date_like(part))
                return part;
        }
        p += n + (p[n] == '|');
    }
    return NULL;
}

/* A date right after a link to another article, its sibling ("<a>Festival
 * Sasando ... Digelar di Nemberala</a> <span class=tgl>(13-11-2026)</span>"):
 * a teaser's date in a list of other articles, not this one's. */
static bool dates_a_linked_headline(reader *r, const dom_node *n)
{
    enum { MIN_LINKED_HEADLINE = 20 };
    const dom_node *p = n->prev;
    while (p && p->type == DOM_TEXT && p->content[strspn(p->content, " \t\r\n")] == '\0')
        p = p->prev;
    if (!p || p->type != DOM_ELEMENT || !tag_in(p, TAG_A) || !indexed(p) || markup_is_author_href(attr(p, AT_HREF)) ||
        markup_is_label_href(attr(p, AT_HREF)))
        return false;
    return r->t.info[node_id(p)].sub_all >= MIN_LINKED_HEADLINE;
}

static void read_dates(reader *r)
{
    dom_node *anchor = r->heading ? r->heading : r->body;
    size_t anchor_id = anchor ? node_id(anchor) : 0;
    const char *visible = NULL;
    const dom_node *visible_node = NULL;
    size_t best_dist = SIZE_MAX;
    const char *machine_attr = NULL;
    bool walked_date = r->hints->published_visible != NULL, visible_by_headline = false;
    bool headline_in_chrome; /* the headline's own box is chrome-classed: its date line is read all the same */
    const dom_node *headline = headline_box(r, &headline_in_chrome);
    for (size_t i = 0; i < r->t.n; i++) {
        dom_node *n = r->t.nodes[i];
        /* inside the body only what its walk did not read as its date line
         * (a post-meta box the walk skips: Zakra's "zak-entry-meta"); near
         * the body or beside the headline */
        bool by_headline = headline && markup_is_ancestor(&r->t, headline, n);
        bool chrome = (r->t.info[i].flags & NF_CHROME) && !(by_headline && headline_in_chrome);
        if ((r->t.info[i].flags & NF_HIDDEN) || chrome || (in_body(r, n) && walked_date) ||
            !(near_body(r, n, 4) || by_headline))
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
        /* RDFa (Drupal): property="schema:dateCreated" content="...", and
         * Drupal 7's Dublin Core "dc:date dc:created" */
        const char *property = attr(n, AT_PROPERTY);
        if (!machine_attr && property && attr(n, AT_CONTENT) &&
            (strstr(property, "datePublished") || strstr(property, "dateCreated") || strstr(property, "dc:created")))
            machine_attr = attr(n, AT_CONTENT);
        /* a date-classed element, the text after a calendar icon, or a
         * line of a post-meta list; not a modification stamp */
        const char *text = NULL;
        if (!markup_small_subtree(&r->t, i) || class_has_part(n, PARTS_MODIFIED) ||
            attr_has_token(n, AT_ITEMPROP, "dateModified"))
            continue;
        if ((class_has_part(n, PARTS_DATE) || tag_in(n, TAG_TIME)) && r->t.info[i].sub_all)
            text = html_node_text(r, n, NULL, false);
        else if (class_has_part(n, PARTS_DATE) && !n->children)
            text = icon_text(r, n);
        else if ((r->t.info[i].end == i + 1 || r->t.info[i].sub_all <= MAX_DATE_LINE) && indexed(n->parent) &&
                 (class_has_part(n->parent, PARTS_FURNITURE) ||
                  (indexed(n->parent->parent) && class_has_part(n->parent->parent, PARTS_FURNITURE))))
            text = html_node_text(r, n, NULL, false); /* also "Oleh <span>X</span>, 7 Juni, 2024" */
        /* a post-meta line of its own: "<p class=info>Diposting di <a>X</a> pada 12 Nov 2026" */
        else if (class_has_part(n, PARTS_FURNITURE) && r->t.info[i].sub_all <= MAX_META_LINE && inline_only(r, i))
            text = (text = html_node_text(r, n, NULL, false)) != NULL ? dated_part(r->a, text) : NULL;
        if (!text || !*text || strlen(text) > 120 || !html_is_date_like(text) || dates_a_linked_headline(r, n))
            continue;
        size_t id = i;
        size_t dist = id > anchor_id ? id - anchor_id : anchor_id - id;
        /* the nearest, and of a nest the innermost */
        if (dist < best_dist || (visible_node && markup_is_ancestor(&r->t, visible_node, n))) {
            best_dist = dist;
            visible = text;
            visible_node = n;
            visible_by_headline = by_headline;
        }
    }
    /* an unmarked line between the headline and the body ("<span>12
     * Desember 2024</span>", Moodle's "<address>oleh <a>X</a> - Jumat, 17
     * Oktober 2025, 14:05</address>": an element of text and inline
     * elements; of a nest the innermost) */
    size_t within = 0; /* the end of the line found */
    bool found = visible != NULL;
    for (size_t i = r->heading ? node_id(r->heading) : 0; r->body && i < node_id(r->body) && (!found || i < within);
         i++) {
        dom_node *n = r->t.nodes[i];
        bool by_headline = headline && markup_is_ancestor(&r->t, headline, n);
        if (!inline_only(r, i) || (r->t.info[i].flags & NF_HIDDEN) ||
            ((r->t.info[i].flags & NF_CHROME) && !(by_headline && headline_in_chrome)) ||
            !(near_body(r, n, 4) || by_headline) ||
            !r->t.info[i].sub_all || r->t.info[i].sub_all > MAX_META_LINE)
            continue;
        const char *text = html_node_text(r, n, NULL, false);
        if (text && strlen(text) > MAX_DATE_LINE)
            text = dated_part(r->a, text);
        if (text && html_is_date_like(text)) {
            visible = text;
            found = true;
            within = r->t.info[i].end;
        }
    }
    if (!r->machine_date && machine_attr && *machine_attr)
        r->machine_date = arena_strdup(r->a, machine_attr);
    r->hints->published_machine = r->machine_date;
    r->hints->published_machine_json_ld = r->machine_date_json_ld;
    /* the body's walk may have met it under the headline: a date beside the
     * body (a sidebar's list) is no rival, one in the headline's box is */
    if (!walked_date || (visible && visible_by_headline))
        r->hints->published_visible = visible;
    r->date_line = visible_node;
}

/* head and tail, then the text of the elements after label_el (its value:
 * a <dd>, the next cells of a row), cleaned; about 200 bytes at most. */
static const char *value_after(reader *r, const dom_node *label_el, const char *head, const char *tail)
{
    buf b = {0};
    markup_buf_add(&b, head, strlen(head));
    markup_buf_add(&b, tail, strlen(tail));
    for (const dom_node *c = label_el->next; c && b.len <= 200; c = c->next) {
        markup_buf_add(&b, " ", 1);
        html_gather_text(c, &b, false);
    }
    const char *line = b.s ? html_clean_text(r->a, b.s, b.len, NULL) : NULL;
    if (b.failed)
        arena_set_failed(r->a);
    free(b.s);
    return line;
}

/* A link to a tag or category archive inside n (the only links whose href
 * markup_keep_attrs keeps, a <link>'s apart). */
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
        const char *text = html_node_text(r, c, &len, false);
        if (!text || !metadata_is_bare_name(text, len))
            continue;
        if (name)
            return; /* two names: which one wrote it is not said */
        name = text;
    }
    if (name)
        html_add_credit(r, CREDIT_AUTHOR, name);
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
        bool cue = p > w && date_lookup(DATE_DAY_CUES, w, (size_t)(p - w)) >= 0;
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
        if ((r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)) || !r->t.info[i].sub_all || !markup_small_subtree(&r->t, i) ||
            !text_and_breaks_only(n) || !near_body(r, n, 4) ||
            (r->date_line && (markup_is_ancestor(&r->t, r->date_line, n) || markup_is_ancestor(&r->t, n, r->date_line))))
            continue;
        const char *text = html_node_text(r, n, NULL, false);
        const char *value = text ? release_date_value(r, n, text) : NULL;
        if (value && strlen(value) <= MAX_DATE_LINE && html_is_date_like(value))
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
    const char *label = html_node_text(r, label_el, &len, true);
    if (!label || !page_label_read(label, len, &lab) || lab.kind > PAGE_SOURCE || lab.value < len)
        return NULL;
    return value_after(r, label_el, label, lab.colon ? "" : ":");
}

/* An author link written as a sentence ("Lihat semua pos oleh operator",
 * WordPress's "View all posts by %s") or opened by its label ("Oleh X"):
 * the name after its byline word. */
static const char *after_byline_label(const char *text)
{
    size_t len = text ? strlen(text) : 0;
    page_label lab;
    for (size_t i = 0; i < len; i++)
        if ((i == 0 || text[i - 1] == ' ') && page_label_read(text + i, len - i, &lab) && lab.kind == PAGE_AUTHOR &&
            lab.value < len - i)
            return text + i + lab.value;
    return text;
}

/* An author archive link's text is the byline when it reads as a name or
 * an office ("Humas UBT", "Budi Santoso"), every word capitalised; not
 * "Tulisan lainnya", a link to the author's other posts. */
static void author_link(reader *r, const dom_node *a)
{
    const char *text = after_byline_label(html_node_text(r, a, NULL, false));
    if (!text || !*text)
        return;
    for (const char *p = text; *p; p++)
        if ((p == text || p[-1] == ' ') && *p >= 'a' && *p <= 'z')
            return;
    html_add_credit(r, CREDIT_AUTHOR, text);
}

/* The name is the site's own (og:site_name, the title's site part): a
 * blog's title linked rel=author, as WriteFreely's "p-author" h-card is. */
static bool names_the_site(reader *r, const char *name)
{
    const char *key = html_title_key(r->a, name);
    for (size_t s = 0; key && s < r->site_names.len; s++) {
        const char *site = html_title_key(r->a, r->site_names.items[s]);
        if (site && strcmp(site, key) == 0)
            return true;
    }
    return false;
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
        if ((r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)) || !r->t.info[i].sub_all || !markup_small_subtree(&r->t, i) ||
            !outside_text(r, n) || !near_body(r, n, 4))
            continue;
        /* (not the site's title linked rel=author, as Jekyll's minima does) */
        if ((attr_has_token(n, AT_ITEMPROP, "author") || attr_has_token(n, AT_REL, "author")) &&
            !class_token_in(n, TOKENS_SITE_NAME)) {
            /* the name: itemprop=name inside, a meta content, or the text */
            const char *name = NULL;
            for (size_t j = i + 1; j < r->t.info[i].end && !name; j++)
                if (attr_has_token(r->t.nodes[j], AT_ITEMPROP, "name"))
                    name = tag_in(r->t.nodes[j], TAG_META) ? html_clean_str(r->a, attr(r->t.nodes[j], AT_CONTENT))
                                                          : html_node_text(r, r->t.nodes[j], NULL, false);
            if (!name && tag_in(n, TAG_META))
                name = html_clean_str(r->a, attr(n, AT_CONTENT));
            if (!name)
                name = after_byline_label(html_node_text(r, n, NULL, false));
            if (name && !names_the_site(r, name))
                html_add_credit(r, CREDIT_AUTHOR, name);
        } else if ((class_token_in(n, TOKENS_FN) && indexed(n->parent) &&
                    (class_token_in(n->parent, TOKENS_VCARD) || class_token_in(n, TOKENS_VCARD))) ||
                   class_token_in(n, TOKENS_POST_AUTHOR_NAME)) {
            /* hCard, block themes' byline ("<span class=fn>Oleh <a>X</a></span>": the label left out) */
            const char *name = after_byline_label(html_node_text(r, n, NULL, false));
            if (name)
                html_add_credit(r, CREDIT_AUTHOR, name);
        } else if (tag_in(n, TAG_A) && markup_is_author_href(attr(n, AT_HREF))) {
            author_link(r, n); /* "/author/humas/": the byline */
        }
        size_t len;
        const char *text = html_node_text(r, n, &len, true);
        if (text && len && !(last_text && len == last_len && memcmp(text, last_text, len) == 0)) {
            last_text = text;
            last_len = len;
            /* (a field's label alone, "Penulis:", is no line: its value stands beside it) */
            page_label lab;
            last_credit = metadata_is_credit_line(text, len) && !(page_label_read(text, len, &lab) && lab.value >= len);
        }
        if (text && len && last_credit) {
            /* an ancestor's line holds this one: keep the inner */
            while (lines.len && markup_is_ancestor(&r->t, r->t.nodes[lines.items[lines.len - 1]], n))
                lines.len--;
            VEC_PUSH(r->a, &lines, i);
        } else {
            add_credit_line(r, label_value_line(r, n));
        }
    }
    for (size_t k = 0; k < lines.len; k++)
        add_credit_line(r, html_node_text(r, r->t.nodes[lines.items[k]], NULL, true));
    /* an author link beside a headline that stands apart from the body (a
     * theme's hero header; a masthead classed as chrome when the headline
     * stands in it too: Clean Blog's "Diposting oleh <a>X</a>") */
    bool headline_in_chrome;
    const dom_node *around = headline_box(r, &headline_in_chrome);
    unsigned unseen = NF_HIDDEN | (headline_in_chrome ? 0 : NF_CHROME);
    for (size_t i = around ? node_id(around) : r->t.n; i < r->t.n && i < r->t.info[node_id(around)].end; i++) {
        dom_node *n = r->t.nodes[i];
        unsigned flags = r->t.info[i].flags;
        bool read_above = !(flags & NF_CHROME) && near_body(r, n, 4);
        if (tag_in(n, TAG_A) && !(flags & unseen) && !read_above &&
            markup_is_author_href(attr(n, AT_HREF)))
            author_link(r, n);
    }
    /* author icons, which need no text of their own */
    for (size_t i = 0; i < r->t.n; i++) {
        dom_node *n = r->t.nodes[i];
        /* (an <svg> draws its icon with children and is no text of its own:
         * hidden only when what holds it is) */
        bool hidden = tag_in(n, TAGS_VOID_TEXT) ? indexed(n->parent) && (info_of(n->parent)->flags & NF_HIDDEN)
                                                : (r->t.info[i].flags & NF_HIDDEN);
        if (r->t.info[i].sub_all || (r->t.info[i].flags & NF_CHROME) || hidden ||
            !class_has_part(n, PARTS_AUTHOR_ICON) || !tag_in(n, TAGS_ICON) || !outside_text(r, n) || !near_body(r, n, 4))
            continue;
        const char *name = after_byline_label(icon_text(r, n)); /* "<i fa-user></i> Ditulis oleh X" */
        if (name && *name)
            html_add_credit(r, CREDIT_AUTHOR, name);
    }
}

/* Right after an image, or a link around one: the caption convention of
 * templates without <figcaption>. The first block of a block box right
 * after the image is after it too (a card's "<img><div class=card-body><p>caption"). */
static const dom_node *element_before(const dom_node *n)
{
    const dom_node *p = n->prev;
    while (p && (p->type != DOM_ELEMENT || tag_in(p, TAG_BR)))
        p = p->prev;
    return p;
}

static bool follows_image(const dom_node *n)
{
    enum { BOX_LEVELS = 2 };
    const dom_node *p = element_before(n);
    for (int up = 0; !p && up < BOX_LEVELS && is_block_tag(n) && n->parent && is_block_tag(n->parent); up++)
        p = element_before(n = n->parent);
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
        /* (not a box that holds the body: a card's "card-body" after its image;
         * an element classed as a caption may stand further out, in a
         * theme's hero header above the columns: Zeen's "hero-wrap") */
        if ((r->t.info[i].flags & (NF_CHROME | NF_HIDDEN)) ||
            !near_body(r, n, layout_is_caption(n) ? HERO_LEVELS : LEAD_CAPTION_LEVELS) ||
            !markup_small_subtree(&r->t, i) || !r->t.info[i].sub_all || markup_is_ancestor(&r->t, n, r->body))
            continue;
        /* after an image: prose of its own, not a headline, a category
         * badge or a byline */
        bool caption = layout_is_caption(n) ||
                       (follows_image(n) && n != r->heading && !layout_is_heading(n) && !tag_in(n, TAG_H1) &&
                        !(r->t.info[i].flags & NF_LINK) && !class_has_part(n, PARTS_SKIP));
        if (!caption)
            continue;
        size_t len;
        const char *text = html_node_text(r, n, &len, false);
        if (text && page_count_words(text, len) >= MIN_CAPTION_WORDS)
            VEC_PUSH(r->a, &r->rec->paragraphs, ((rec_paragraph){PARA_CAPTION, text, len}));
        i = r->t.info[i].end - 1;
    }
}

/* ---- the entry point ---------------------------------------------------- */

/* COMPACT: short text nodes (the blanks between tags) kept inside their
 * node, not in a string of their own. */

/* Next.js pages render the body from flight data, not into the markup. */
static stage_status read_flight_body(reader *r, size_t max_depth)
{
    dom *frag = NULL;
    input_stream page = {.data = r->flight_html, .len = r->flight_html_len, .encoding = ENC_UTF8};
    stage_status st = dom_parse(&page, max_depth, markup_keep_attrs, NULL, r->a, &frag);
    dom_node *root = dom_root(frag);
    if (!root) {
        dom_free(frag);
        return st; /* ST_OK with no root: the flight data held no markup */
    }
    tree_index saved = r->t;
    dom_node *saved_body = r->body, *saved_heading = r->heading;
    memset(&r->t, 0, sizeof r->t);
    r->heading = NULL; /* the page's, not the fragment's */
    st = markup_index(&r->t, root);
    if (st == ST_OK) {
        r->body = root;
        r->rec->paragraphs.len = 0;
        layout_read_paragraphs(r, root);
        /* a shell that shows no headline of its own shows the fragment's h1 (its JSON-LD's headline
         * may differ) */
        for (size_t i = 0; !saved_heading && i < r->t.n; i++)
            if (tag_in(r->t.nodes[i], TAG_H1)) {
                const char *h = html_node_text(r, r->t.nodes[i], NULL, false);
                if (h && *h)
                    r->rec->title = h;
                break;
            }
    }
    markup_index_clear(&r->t);
    r->t = saved;
    r->body = saved_body;
    r->heading = saved_heading;
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

/* The headline, the title, the lead image's caption and the body's
 * paragraphs, from the container r->body. */
static void read_body(reader *r)
{
    r->heading = find_heading(r);
    choose_title(r);
    read_lead_captions(r);
    dom_node *lead = r->body ? layout_lead_box(r->body) : NULL;
    if (lead)
        layout_read_paragraphs(r, lead);
    if (r->body)
        layout_read_paragraphs(r, r->body);
}

stage_status html_read(input_stream *page, size_t max_depth, record *rec, page_hints *hints, arena *a,
                       stage_error *err)
{
    if (page->len > (size_t)INT_MAX / 2) /* decoded, up to 3 bytes each: within the 32-bit counts */
        return stage_fail(err, ST_TOO_LARGE, 0, "the page is larger than the HTML parser takes");
    reader r = {.a = a, .rec = rec, .hints = hints};
    stage_status st = dom_parse(page, max_depth, markup_keep_attrs, NULL, a, &r.page);
    dom_node *root = dom_root(r.page);
    if (st == ST_OK && root)
        st = markup_index(&r.t, root);
    if (st == ST_OK && root) {
        head_read(&r);
        read_site_names(&r);
        size_t head_titles = r.titles.len;
        r.body = layout_find_container(&r);
        /* the class words of the article's own wrappers are this page's
         * layout vocabulary, not chrome: the container may be found again
         * by a body class they had hidden */
        uint64_t words = r.body ? layout_wrapper_words(&r.t, r.body) : 0;
        if (words) {
            markup_mark_chrome(&r.t, words);
            dom_node *again = layout_find_by_markup(&r);
            r.body = again ? again : r.body;
        }
        read_body(&r);
        /* a page with prose always yields a body (a structured-data body
         * aside, read below): when the container gave none, or a few words
         * beside much more prose elsewhere */
        size_t got = body_text(rec);
        dom_node *prose = got < MIN_BODY_TEXT && !r.flight_html && !r.ld_body ? layout_find_prose(&r) : NULL;
        if (prose && prose != r.body && (got == 0 || info_of(prose)->sub_text >= 4 * got + MIN_BODY_TEXT)) {
            rec->paragraphs.len = 0;
            rec->title = NULL;
            r.titles.len = head_titles;
            r.body = prose;
            read_body(&r);
        }
        read_labels(&r);
        read_label_lines(&r);
        read_icon_labels(&r);
        read_credits(&r);
        read_dates(&r);
        read_meta_byline(&r);
        read_release_dates(&r);
        /* (or a shell's chrome the markup holds beside it: "Memuat berita…" and the footer) */
        size_t text = body_text(rec);
        if (r.flight_html && (text < MIN_BODY_TEXT || markup_visible_bytes(r.flight_html) > 4 * text))
            st = read_flight_body(&r, max_depth);
        if (st == ST_OK && body_text(rec) == 0 && r.ld_body) {
            rec->paragraphs.len = 0;
            layout_read_text_paragraphs(&r, r.ld_body);
        }
    }
    markup_index_clear(&r.t);
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
