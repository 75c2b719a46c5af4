/* The article's container and its blocks: the container found by CMS
 * conventions, then by a body class of an unknown template, then by text
 * density; its blocks become the record's paragraphs (chrome and furniture
 * skipped, headings and captions told apart, a closing block ending the
 * body). */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "html_reader.h"
#include "lexicon.h"
#include "metadata.h"
#include "unicode.h"

/* Class words of a body container of an unknown template ("news__body",
 * "berita-detail__content", "post--content"): a body word with an article
 * word. */
static const char *const BODY_WORDS[] = {"content", "body", "isi", "konten", "text", NULL};
static const char *const ARTICLE_WORDS[] = {"post", "entry", "article", "artikel", "berita", "news", "blog",
                                            "single", "node", "detail", "story", NULL};

/* Class words of an excerpt or standfirst set over the text (Ghost's
 * "article-excerpt"), which repeats the page's description: no lead of the
 * body. */
static const char *const EXCERPT_WORDS[] = {"excerpt", "summary", "dek", "standfirst", "teaser", "subtitle", NULL};
/* Class words of a lead's own box ("article-lead", "lede"). */
static const char *const LEAD_WORDS[] = {"lead", "lede", NULL};

/* A class token holds a word of `first` and, when `second` is given, one of
 * `second` as parts ("news__body": a body word and an article word). */
static bool class_holds(const char *c, const char *const *first, const char *const *second)
{
    const char *rest = c, *s, *e;
    while ((s = markup_next_class_token(&rest, &e))) {
        bool one = false, two = !second;
        for (const char *p = s; p < e;) {
            while (p < e && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
                p++;
            const char *q = p;
            while (q < e && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
                q++;
            if (q > p) {
                one = one || markup_in_list(first, p, (size_t)(q - p));
                two = two || markup_in_list(second, p, (size_t)(q - p));
            }
            p = q;
        }
        if (one && two)
            return true;
    }
    return false;
}

static bool generic_body_class(const char *c) { return class_holds(c, BODY_WORDS, ARTICLE_WORDS); }

/* ---- the container ------------------------------------------------------ */

/* What a block of prose inside chrome counts toward its ancestors' scores:
 * a class word is a hint with a weight, never a veto that can empty a page
 * (Readability weighs class words; it does not delete by them once its
 * first pass came up short). */
static const float CHROME_WEIGHT = 0.25f;
/* The density winner's ancestors looked at, and the share of its prose an
 * ancestor must add to take its place: an article split over several
 * boxes (a page builder's text widgets between image widgets) is read
 * whole, as Readability promotes to the ancestor of its top candidates. */
enum { MAX_PROMOTION_LEVELS = 5 };
static const float PROMOTION_SHARE = 0.8f;
/* The share of the winner's prose its siblings of its own kind must hold
 * to make their parent the body. */
static const float SIBLING_SHARE = 0.4f;
/* The longest closing block a skipped element is read for (visible bytes). */
enum { MAX_CLOSING_LINE = 40 };
/* The share of a container's prose that makes a chrome-classed box inside
 * it one of the article's wrappers. */
static const float WRAPPER_SHARE = 0.25f;

static bool is_root(const dom_node *n) { return tag_in(n, TAG_BODY) || tag_in(n, TAG_HTML); }

/* What ancestor a holds beside n is a list of links with teasers (linked
 * titles over a fifth of its text), not more of the article. */
static bool linked_extra(const dom_node *n, const dom_node *a)
{
    const node_info *in = info_of(n), *ia = info_of(a);
    size_t all = ia->sub_all - in->sub_all, links = (ia->sub_all - ia->sub_text) - (in->sub_all - in->sub_text);
    return links * 5 > all;
}

/* The prose of c's siblings of c's own kind (tag and class): a page
 * builder's rows of rich text, an image row between them ("umb-block-list",
 * "elementor-section" ...), each its part of one article. */
static float sibling_prose(const dom_node *c)
{
    const char *cls = attr(c, AT_CLASS);
    float prose = 0;
    for (const dom_node *s = c->parent->children; s; s = s->next) {
        const char *sc = s != c && s->type == DOM_ELEMENT ? attr(s, AT_CLASS) : NULL;
        if (sc && cls && indexed(s) && strcmp(s->name, c->name) == 0 &&
            strcmp(sc, cls) == 0)
            prose += info_of(s)->prose;
    }
    return prose;
}

/* The element s holds a lead: prose with few links, a paragraph of its
 * own (not an image's caption), no excerpt under the headline, in its
 * class or its paragraph's ("<p class=article-excerpt>" beside the <h1>). */
static bool holds_lead(const dom_node *s)
{
    if (s->type != DOM_ELEMENT || !indexed(s))
        return false;
    const node_info *in = info_of(s);
    const char *cls = attr(s, AT_CLASS);
    if (in->sub_text < MIN_BODY_TEXT || (in->sub_all - in->sub_text) * 5 > in->sub_all ||
        (cls && class_holds(cls, EXCERPT_WORDS, NULL)))
        return false;
    for (const dom_node *p = s->children; p; p = p->next) {
        const char *pc = p->type == DOM_ELEMENT ? attr(p, AT_CLASS) : NULL;
        if (p->type == DOM_ELEMENT && tag_in(p, TAGS_PROSE) && indexed(p) && info_of(p)->own_text >= MIN_BODY_TEXT &&
            !(pc && class_holds(pc, EXCERPT_WORDS, NULL)))
            return true;
    }
    return false;
}

/* A box of prose before c under its parent, no chrome of its own: the
 * lead or intro a template keeps apart from the rest of the text (K2's
 * "itemIntroText" over its "itemFullText"). */
static bool lead_before(const dom_node *c)
{
    static const uint32_t OWN_CHROME = NF_CHROME | NF_CHROME_KIND | NF_REGION | NF_HIDDEN;
    for (const dom_node *s = c->parent->children; s && s != c; s = s->next)
        /* (chrome only as far as c is: a class word on their common ancestor) */
        if (holds_lead(s) && !(info_of(s)->flags & OWN_CHROME & ~info_of(c)->flags))
            return true;
    return false;
}

/* The container by text density: each block of prose scores its parent,
 * half its grandparent (the chrome's and the page header's and footer's by
 * chrome_weight); then the winner's nearest ancestor that holds much more
 * prose than it. <body> and <html> only when allow_root (paragraphs right
 * under <body>). */
static dom_node *by_density(reader *r, float chrome_weight, bool allow_root)
{
    tree_index *t = &r->t;
    for (size_t i = 0; i < t->n; i++)
        t->info[i].score = t->info[i].prose = 0;
    for (size_t i = 0; i < t->n; i++) {
        node_info *ni = &t->info[i];
        if (!(ni->flags & NF_BLOCK) || (ni->flags & NF_HIDDEN) || ni->own_text < MIN_BLOCK_TEXT)
            continue;
        float weight = (float)ni->own_text * (ni->flags & (NF_CHROME | NF_REGION) ? chrome_weight : 1.0f);
        ni->prose = weight;
        dom_node *p = t->nodes[i]->parent;
        if (!indexed(p) || weight <= 0)
            continue;
        t->info[node_id(p)].score += weight;
        if (indexed(p->parent))
            t->info[node_id(p->parent)].score += weight / 2;
    }
    /* prose of each subtree, children before parents */
    for (size_t i = t->n; i-- > 1;)
        if (indexed(t->nodes[i]->parent))
            t->info[node_id(t->nodes[i]->parent)].prose += t->info[i].prose;
    dom_node *best = NULL;
    float best_score = 0;
    for (size_t i = 0; i < t->n; i++)
        if (t->info[i].score > best_score && (allow_root || !is_root(t->nodes[i]))) {
            best_score = t->info[i].score;
            best = t->nodes[i];
        }
    /* not for a page of short lines: nothing there to join */
    dom_node *a = best && info_of(best)->sub_text >= MIN_BODY_TEXT ? best : NULL;
    for (int up = 0; a && up < MAX_PROMOTION_LEVELS && indexed(a->parent); up++) {
        const dom_node *child = a;
        a = a->parent;
        if ((is_root(a) && !allow_root) || (info_of(a)->flags & (NF_CHROME_KIND | NF_HIDDEN)))
            break;
        float more = info_of(a)->prose - info_of(best)->prose;
        if ((more >= info_of(best)->prose * PROMOTION_SHARE ||
             sibling_prose(child) >= info_of(best)->prose * SIBLING_SHARE || (up == 0 && lead_before(child))) &&
            !linked_extra(best, a))
            best = a;
    }
    return best;
}

/* Outside chrome, or (in_word_chrome) inside chrome that class words alone
 * made. */
static bool markup_candidate(uint32_t flags, bool in_word_chrome)
{
    if (flags & NF_HIDDEN)
        return false;
    return in_word_chrome ? (flags & NF_CHROME) && !(flags & NF_KIND_CHROME) : !(flags & NF_CHROME);
}

/* A CMS's body selector, then an unknown template's body class, among the
 * markup candidates. */
static dom_node *by_markup(reader *r, bool in_word_chrome)
{
    tree_index *t = &r->t;
    /* the most specific CMS selector's first match */
    dom_node *best = NULL;
    int best_rank = INT_MAX;
    for (size_t i = 0; i < t->n; i++) {
        if (!markup_candidate(t->info[i].flags, in_word_chrome) || t->info[i].sub_text < MIN_BODY_TEXT)
            continue;
        int rank = markup_body_rank(t->nodes[i]);
        if (rank >= 0 && rank < best_rank) {
            best_rank = rank;
            best = t->nodes[i];
        }
    }
    if (best)
        return best;
    /* an unknown template's body class: the one with the most text */
    size_t best_text = 0;
    for (size_t i = 0; i < t->n; i++) {
        const char *c = attr(t->nodes[i], AT_CLASS);
        /* (not a paragraph a body class names: Medium's "pw-post-body-paragraph") */
        if (c && markup_candidate(t->info[i].flags, in_word_chrome) && t->info[i].sub_text >= MIN_BODY_TEXT &&
            t->info[i].sub_text > best_text && generic_body_class(c) && !tag_in(t->nodes[i], TAGS_PROSE)) {
            best = t->nodes[i];
            best_text = t->info[i].sub_text;
        }
    }
    return best;
}

dom_node *layout_find_by_markup(reader *r) { return by_markup(r, false); }

dom_node *layout_find_container(reader *r)
{
    dom_node *best = layout_find_by_markup(r);
    if (best)
        return best;
    best = by_density(r, CHROME_WEIGHT, false);
    /* a body container under a chrome class word (one "widget" on an
     * ancestor): the strong hint outweighs the weak one when it holds as
     * much text as the densest prose */
    dom_node *hinted = by_markup(r, true);
    if (hinted && (!best || info_of(hinted)->sub_text * 2 >= info_of(best)->sub_text))
        return hinted;
    return best ? best : by_density(r, CHROME_WEIGHT, true);
}

dom_node *layout_find_prose(reader *r) { return by_density(r, 1.0f, true); }

dom_node *layout_lead_box(const dom_node *body)
{
    dom_node *lead = NULL;
    for (dom_node *s = body->parent ? body->parent->children : NULL; s && s != body; s = s->next) {
        const char *cls = s->type == DOM_ELEMENT ? attr(s, AT_CLASS) : NULL;
        if (cls && class_holds(cls, LEAD_WORDS, NULL) && holds_lead(s) && !(info_of(s)->flags & NF_HIDDEN))
            lead = s;
    }
    return lead;
}

uint64_t layout_wrapper_words(const tree_index *t, const dom_node *body)
{
    /* the container's own ("elementor-widget-container": its sibling
     * widgets' containers, the post-meta's among them, are the article's
     * too), and of its wrappers those that made it chrome only: a layout
     * box's words ("content-sidebar-wrap") still mark the real sidebar */
    uint64_t words = info_of(body)->chrome_words;
    for (const dom_node *n = body; indexed(n); n = n->parent)
        words |= info_of(n)->flags & NF_CHROME ? info_of(n)->chrome_words : 0;
    /* inside it, the wrappers of a good share of its prose, when text
     * density chose it (a text widget of a page builder's several) */
    size_t b = node_id(body);
    float share = info_of(body)->prose * WRAPPER_SHARE;
    for (size_t i = b + 1; share > 0 && i < t->info[b].end; i++)
        if (t->info[i].prose >= share && (t->info[i].flags & NF_CHROME))
            words |= t->info[i].chrome_words;
    return words;
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
    /* the container holds its headline: what comes before it is the page's
     * (a menu line), and a date line between it and the prose is no body */
    bool before_heading, after_heading;
    const char *title_key;   /* the record's title as html_title_key() has it, once asked */
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
        text = html_clean_text(r->a, w->text.s, w->text.len, &len);
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
            html_add_label_value(r, text + lab.value, len - lab.value);
            return;
        }
    }
    /* the headline repeated above the body */
    if (!w->have_body && r->rec->title) {
        if (!w->title_key)
            w->title_key = html_title_key(r->a, r->rec->title);
        const char *a = html_title_key(r->a, text), *b = w->title_key;
        if (a && b && strcmp(a, b) == 0)
            return;
    }
    if (w->after_heading && !w->have_body && len <= MAX_DATE_LINE && html_is_date_like(text)) {
        if (!r->hints->published_visible)
            r->hints->published_visible = text;
        return;
    }
    /* a short bold line with no sentence end: a subheading, or a release
     * number above the lead */
    if (kind == PARA_BODY && all_bold && len < 120 && text[len - 1] != '.' && !memchr(text, ':', len))
        kind = PARA_HEADING;
    /* a paragraph that closes with its photo's credit is the photo's caption
     * ("Personel Manggala Agni memeriksa pompa ... Foto: Humas Setda Tebo"),
     * as the text reader reads one: its subject speaks for no one */
    else if (kind == PARA_BODY && metadata_is_photo_caption(text, len))
        kind = PARA_CAPTION;
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
    size_t n = strlen(s), vis = markup_visible_bytes(s);
    if (!vis) {
        w->sole = NULL;
        markup_buf_add(&w->text, s, n);
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
            markup_buf_add(&w->text, " ", 1);
        w->soft_break = false;
    }
    w->sole = w->text.len ? NULL : s;
    markup_buf_add(&w->text, s, n);
    w->text_bytes += vis;
    if (w->bold_depth)
        w->bold_bytes += vis;
}

static bool is_bold(const dom_node *n) { return tag_in(n, TAGS_BOLD); }

bool layout_is_caption(const dom_node *n)
{
    return tag_in(n, TAG_FIGCAPTION) || class_has_part(n, PARTS_CAPTION);
}

bool layout_is_heading(const dom_node *n)
{
    return tag_in(n, TAGS_HEADING);
}

/* Skipped inside the body: furniture and chrome, except captions. */
bool layout_body_skips(reader *r, const dom_node *n)
{
    if (n == r->heading)
        return true;
    if (is_hidden(n) || is_chrome(n))
        return true;
    if (layout_is_caption(n))
        return false;
    /* by class only a block: an inline <span class="date"> is words of
     * its sentence */
    /* nor a modification stamp, never text (Joomla's "dd.modified") */
    return tag_in(n, TAGS_SKIP) ||
           (is_block_tag(n) && (class_has_part(n, PARTS_SKIP) || class_has_part(n, PARTS_MODIFIED)));
}

/* A short skipped block that reads as a closing block: the related list's
 * heading classed as a title ("Berita Lainnya") still ends a body begun.
 * Not chrome: a related box inside the text is skipped, not an end. */
static bool closes_body(reader *r, const dom_node *n)
{
    if (!indexed(n) || n == r->heading || is_hidden(n) || is_chrome(n) || info_of(n)->sub_all > MAX_CLOSING_LINE ||
        !markup_small_subtree(&r->t, node_id(n)))
        return false;
    size_t len;
    page_label lab;
    const char *text = html_node_text(r, n, &len, false);
    return text && page_label_read(text, len, &lab) && lab.kind == PAGE_END && lab.value >= len;
}

/* A heading in the text that a page builder classes as a title
 * ("elementor-heading-title"): once the body has begun, an h2-h6 of no
 * link, classed by no other furniture word, is a subheading. */
static bool is_subheading(const para_walk *w, const dom_node *n)
{
    return w->have_body && indexed(n) && layout_is_heading(n) && n != w->r->heading && !is_hidden(n) &&
           !is_chrome(n) && class_has_part(n, PARTS_TITLE) && !class_has_part(n, PARTS_DATE) &&
           !class_has_part(n, PARTS_LABEL) && !class_has_part(n, PARTS_FURNITURE) &&
           info_of(n)->sub_text == info_of(n)->sub_all;
}

/* 1: entered (walk its children); 0: skipped. */
static int para_enter(para_walk *w, dom_node *n)
{
    /* before the headline, only the way down to it */
    bool holds_heading = w->before_heading && n != w->r->heading && n->type == DOM_ELEMENT &&
                         markup_is_ancestor(&w->r->t, n, w->r->heading);
    if (w->before_heading && !holds_heading) {
        w->before_heading = n != w->r->heading;
        w->after_heading = !w->before_heading;
        return 0;
    }
    if (n->type == DOM_TEXT) {
        if (n->content)
            add_text(w, n->content);
        return 0;
    }
    if (n->type != DOM_ELEMENT)
        return 0;
    if (!holds_heading && layout_body_skips(w->r, n) && !is_subheading(w, n)) {
        if (w->have_body && closes_body(w->r, n)) {
            flush_para(w);
            w->ended = true;
        }
        return 0;
    }
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
        if (!w->kind_owner && (layout_is_heading(n) || layout_is_caption(n))) {
            w->kind = layout_is_heading(n) ? PARA_HEADING : PARA_CAPTION;
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

void layout_read_paragraphs(reader *r, dom_node *root)
{
    para_walk w = {.r = r, .kind = PARA_BODY};
    w.before_heading = r->heading && r->heading != root && markup_is_ancestor(&r->t, root, r->heading);
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
void layout_read_text_paragraphs(reader *r, const char *s)
{
    while (s && *s) {
        const char *e = strchr(s, '\n');
        size_t n = e ? (size_t)(e - s) : strlen(s), len;
        char *text = html_clean_text(r->a, s, n, &len);
        if (text && len)
            VEC_PUSH(r->a, &r->rec->paragraphs, ((rec_paragraph){PARA_BODY, text, len}));
        s = e ? e + 1 : NULL;
    }
}

