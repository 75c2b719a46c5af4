/* What each element of a page is: the markup conventions as data, and one
 * pre-order pass that indexes the tree (markup.h). */
#include "markup.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "markup_words.h"

static const char *const READ_ATTRS[N_READ_ATTRS + 1] = {
    [AT_CLASS] = "class",     [AT_ID] = "id",         [AT_ITEMPROP] = "itemprop",       [AT_REL] = "rel",
    [AT_HREF] = "href",       [AT_HIDDEN] = "hidden", [AT_ARIA_HIDDEN] = "aria-hidden", [AT_STYLE] = "style",
    [AT_ROLE] = "role",       [AT_TYPE] = "type",     [AT_PROPERTY] = "property",       [AT_NAME] = "name",
    [AT_CONTENT] = "content", [AT_DATETIME] = "datetime", [AT_TITLE] = "title",         [N_READ_ATTRS] = NULL,
};

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

bool markup_in_list(const char *const *list, const char *s, size_t len) { return list_index(list, s, len) >= 0; }

bool markup_tag_in_by_name(const dom_node *n, tag_set set)
{
    return n && n->type == DOM_ELEMENT && n->name &&
           markup_in_list(TAG_SETS[set], n->name, strlen(n->name));
}

/* `list` holds `word` as one of its space-separated tokens. */
bool markup_has_token(const char *list, const char *word)
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

/* A class or id token, or one of its parts split at '-', '_', ':' and '.',
 * is in `list`. */
static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static bool is_alnum(char c) { return is_lower(c) || is_upper(c) || is_digit(c); }

/* The next word of a class or id at *rest (which may be NULL), of *len
 * bytes; NULL at the end. A word ends where its letters give way to
 * figures ("bi-calendar3", an icon set's numbered glyph) or a small letter
 * to a capital ("itemDateCreated", K2's camel case). */
static const char *class_word(const char **rest, size_t *len)
{
    const char *s = *rest;
    while (s && *s && !is_alnum(*s))
        s++;
    if (!s || !*s)
        return NULL;
    const char *e = s + 1;
    while (is_alnum(*e) && !(is_digit(*e) && !is_digit(e[-1])) && !(is_upper(*e) && is_lower(e[-1])))
        e++;
    *rest = e;
    *len = (size_t)(e - s);
    return s;
}

static bool words_in(const char *v, const char *const *list)
{
    size_t len;
    for (const char *s = class_word(&v, &len); s; s = class_word(&v, &len))
        if (markup_in_list(list, s, len))
            return true;
    return false;
}

bool markup_class_has_part_by_words(const dom_node *n, part_list list)
{
    const char *c = attr(n, AT_CLASS), *id = attr(n, AT_ID);
    return (c && words_in(c, PART_LISTS[list])) || (id && words_in(id, PART_LISTS[list]));
}

bool markup_class_token_in_by_tokens(const dom_node *n, token_list list)
{
    const char *c = attr(n, AT_CLASS);
    for (size_t i = 0; c && TOKEN_LISTS[list][i]; i++)
        if (markup_has_token(c, TOKEN_LISTS[list][i]))
            return true;
    return false;
}

/* The next whitespace-separated token of a class attribute at *rest (which
 * may be NULL): its start, with *end past it and *rest moved on; NULL at the
 * end. */
const char *markup_next_class_token(const char **rest, const char **end)
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
    /* a control's caption ("<a role=button><div class=label>Share</div>",
     * Substack's buttons) labels the control, not the article */
    if (attr_has_token(n, AT_ROLE, "button") ||
        (n->parent && n->parent->type == DOM_ELEMENT && attr_has_token(n->parent, AT_ROLE, "button")))
        return false;
    const char *rest = attr(n, AT_CLASS), *s, *e;
    while ((s = markup_next_class_token(&rest, &e))) {
        bool label = false, last_label = false, tail_ok = true;
        for (const char *p = s; p < e;) {
            while (p < e && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
                p++;
            const char *q = p;
            while (q < e && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9')))
                q++;
            if (q == p)
                break;
            last_label = markup_in_list(LABEL_PARTS, p, (size_t)(q - p));
            if (label && !last_label && !markup_in_list(LABEL_BOX_TAILS, p, (size_t)(q - p)))
                tail_ok = false;
            label = label || last_label;
            p = q;
        }
        if (label && (last_label || tail_ok || strncasecmp(s, "field", 5) == 0))
            return true;
    }
    return false;
}


/* The bytes above ' ' (what a reader sees of the text), eight at a time:
 * a byte's high bit after adding 0x5F to its low seven bits says it is
 * above ' ', or it is 0x80 or above. */
size_t markup_visible_bytes(const char *s)
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

void markup_buf_add(buf *b, const char *s, size_t n)
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

/* HIDDEN_FROM_EYES: screen-reader text. */
visibility markup_visibility(const dom_node *n)
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

/* The words of the sets above, indexed at build time (lexicon_gen writes
 * MARKUP_WORDS from markup_words.c), not once per page. */
#include "markup_index.inc"

static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c; }

static bool same_word(const char *a, const char *b, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (ascii_lower(a[i]) != ascii_lower(b[i]))
            return false;
    return true;
}

static const word_slot NO_WORD = {0};

/* The word's slot in MARKUP_WORDS, or an empty one (no sets). */
static const word_slot *word_find(const char *s, size_t len)
{
    const word_table *t = &MARKUP_WORDS;
    if (!len || !((t->lengths[markup_first_key(s[0])] >> markup_length_bit(len)) & 1))
        return &NO_WORD;
    size_t i = markup_word_hash(s, len);
    while (t->slot[i].word && !(t->slot[i].len == len && same_word(t->slot[i].word, s, len)))
        i = (i + 1) & (WORD_SLOTS - 1);
    return &t->slot[i];
}

static bool is_token_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* The words_in test for every part list at once: each word of a class or
 * id is split out and looked up once. */
static uint32_t value_parts(const char *v, uint64_t *chrome_words)
{
    uint32_t parts = 0;
    size_t len;
    for (const char *s = class_word(&v, &len); s; s = class_word(&v, &len)) {
        const word_slot *w = word_find(s, len);
        parts |= w->parts;
        *chrome_words |= w->chrome_word;
    }
    return parts;
}

/* The markup_has_token test for every token list and body class at once. */
static void class_tokens(const char *c, node_info *ni)
{
    for (const char *s = c; s && *s;) {
        while (is_token_space(*s))
            s++;
        const char *e = s;
        while (*e && !is_token_space(*e))
            e++;
        const word_slot *w = word_find(s, (size_t)(e - s));
        ni->tokens |= w->tokens;
        ni->body_classes |= w->body_classes;
        s = e;
    }
}

/* The element's name, class words and tokens, into its entry. */
static void describe_element(const dom_node *n, node_info *ni)
{
    const char *name = n->name, *class = attr(n, AT_CLASS);
    ni->tags = name ? word_find(name, strlen(name))->tags : 0;
    ni->parts = value_parts(class, &ni->chrome_words) | value_parts(attr(n, AT_ID), &ni->chrome_words);
    class_tokens(class, ni);
}

/* Chrome by what the element is (tag, ARIA role, a whole "aside" token),
 * which no page's class vocabulary can undo. */
static bool chrome_by_kind(const dom_node *n)
{
    const char *id = attr(n, AT_ID);
    /* (a link to the previous or next post: the post navigation themes
     * print, inside the article's container too) */
    return tag_in(n, TAGS_CHROME) || class_token_in(n, TOKENS_CHROME) ||
           (id && markup_in_list(CHROME_TOKENS, id, strlen(id))) || attr_has_token(n, AT_ROLE, "navigation") ||
           attr_has_token(n, AT_ROLE, "complementary") ||
           (tag_in(n, TAG_A) && (attr_has_token(n, AT_REL, "prev") || attr_has_token(n, AT_REL, "next")));
}

bool markup_chrome(const dom_node *n)
{
    return !class_has_part(n, PARTS_FURNITURE) && (chrome_by_kind(n) || class_has_part(n, PARTS_CHROME));
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
stage_status markup_index(tree_index *t, dom_node *root)
{
    /* counted first: the entries never move once elements point at them */
    size_t count = 0;
    for (dom_node *n = root; n; n = preorder_next(n, root))
        count += n->type == DOM_ELEMENT;
    t->nodes = malloc((count ? count : 1) * sizeof *t->nodes);
    t->info = malloc((count ? count : 1) * sizeof *t->info);
    if (!t->nodes || !t->info)
        return ST_NOMEM;
    for (dom_node *n = root; n;) {
        if (n->type == DOM_ELEMENT) {
            size_t i = t->n++;
            t->nodes[i] = n;
            node_info *ni = &t->info[i];
            memset(ni, 0, sizeof *ni);
            ni->id = (uint32_t)i;
            const node_info *pi = indexed(n->parent) ? info_of(n->parent) : NULL;
            ni->flags = pi ? pi->flags & (NF_HIDDEN | NF_LINK | NF_ARTICLE | NF_REGION) : 0;
            describe_element(n, ni);
            dom_element_of(n)->info = ni;
            visibility v = markup_visibility(n);
            ni->flags |= v == HIDDEN ? NF_SELF_HIDDEN : v == HIDDEN_FROM_EYES ? NF_SELF_SR : 0;
            if (class_has_part(n, PARTS_FURNITURE))
                ni->chrome_words = 0;
            else if (chrome_by_kind(n))
                ni->flags |= NF_CHROME_KIND;
            if (is_hidden(n))
                ni->flags |= NF_HIDDEN;
            if (tag_in(n, TAG_A))
                ni->flags |= NF_LINK;
            if (tag_in(n, TAG_ARTICLE))
                ni->flags |= NF_ARTICLE;
            if (!(ni->flags & NF_ARTICLE) &&
                (tag_in(n, TAGS_REGION) || class_has_part(n, PARTS_REGION) ||
                 attr_has_token(n, AT_ROLE, "contentinfo") || attr_has_token(n, AT_ROLE, "banner")))
                ni->flags |= NF_REGION;
            if (tag_in(n, TAGS_BLOCK))
                ni->flags |= NF_BLOCK_TAG;
            bool block = (ni->flags & NF_BLOCK_TAG) || !pi;
            if (block)
                ni->flags |= NF_BLOCK;
            ni->block = block ? (uint32_t)i : pi->block;
        } else if (n->type == DOM_TEXT && indexed(n->parent)) {
            node_info *pi = &t->info[node_id(n->parent)];
            if (!(pi->flags & NF_HIDDEN) && n->content) {
                size_t len = markup_visible_bytes(n->content);
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
    /* Label boxes, parents before children. A label box is small
     * (WordPress marks whole posts "category-berita"). */
    for (size_t i = 0; i < t->n; i++) {
        dom_node *p = t->nodes[i]->parent;
        node_info *ni = &t->info[i];
        ni->flags |= indexed(p) ? t->info[node_id(p)].flags & NF_LABELBOX : 0;
        if (!(ni->flags & NF_LABELBOX) && ni->sub_all <= 8 * MAX_SMALL_SUBTREE && is_label_box(t->nodes[i]))
            ni->flags |= NF_LABELBOX;
    }
    markup_mark_chrome(t, 0);
    return ST_OK;
}

void markup_mark_chrome(tree_index *t, uint64_t layout_words)
{
    /* Parents before children. A chrome-classed wrapper of most of the
     * page's text (Blogger's main "widget Blog") is a layout box, and so is
     * a "nav" list inside a tag box. */
    size_t page_text = t->n ? t->info[0].sub_text : 0;
    for (size_t i = 0; i < t->n; i++) {
        dom_node *p = t->nodes[i]->parent;
        node_info *ni = &t->info[i];
        ni->flags &= ~(uint32_t)(NF_CHROME | NF_SELF_CHROME | NF_KIND_CHROME);
        if ((ni->flags & NF_CHROME_KIND) || (ni->chrome_words & ~layout_words))
            ni->flags |= NF_SELF_CHROME;
        ni->flags |= indexed(p) ? t->info[node_id(p)].flags & (NF_CHROME | NF_KIND_CHROME) : 0;
        /* an <aside> of an <article> is about the article (HTML5) */
        bool article_aside = (ni->flags & NF_ARTICLE) && tag_in(t->nodes[i], TAG_ASIDE);
        if (!(ni->flags & (NF_CHROME | NF_LABELBOX)) && !article_aside && (ni->flags & NF_SELF_CHROME) &&
            ni->sub_text * 2 < page_text)
            ni->flags |= NF_CHROME | (ni->flags & NF_CHROME_KIND ? NF_KIND_CHROME : 0);
    }
}

void markup_index_clear(tree_index *t)
{
    for (size_t i = 0; i < t->n; i++)
        dom_element_of(t->nodes[i])->info = NULL;
    free(t->nodes);
    free(t->info);
    free(t->texts);
    memset(t, 0, sizeof *t);
}

/* anc is n or holds it: O(1) by the pre-order numbering. */
bool markup_is_ancestor(const tree_index *t, const dom_node *anc, const dom_node *n)
{
    if (!indexed(anc) || !indexed(n))
        return false;
    size_t a = node_id(anc), b = node_id(n);
    return a <= b && b < t->info[a].end;
}

/* Small enough to read whole: a hostile page's nested candidates stay
 * linear. */
bool markup_small_subtree(const tree_index *t, size_t i)
{
    return t->info[i].end - i <= MAX_SMALL_SUBTREE && t->info[i].sub_all <= 4 * MAX_SMALL_SUBTREE;
}


int markup_body_rank(const dom_node *n)
{
    for (size_t k = 0; k < N_BODY_SELECTORS; k++) {
        const selector *s = &BODY_SELECTORS[k];
        bool match = s->kind == SEL_ITEMPROP ? attr_has_token(n, AT_ITEMPROP, s->value)
                     : s->kind == SEL_CLASS  ? (indexed(n) ? (info_of(n)->body_classes >> k) & 1
                                                           : attr_has_token(n, AT_CLASS, s->value))
                                             : attr(n, AT_ID) && strcasecmp(attr(n, AT_ID), s->value) == 0;
        if (match)
            return (int)k;
    }
    return -1;
}

/* A path segment of href is in `segments` and a term follows it. */
static bool href_names(const char *href, const char *const *segments)
{
    const char *p = href ? strstr(href, "://") : NULL;
    p = p ? strchr(p + 3, '/') : href;
    while (p && *p == '/') {
        const char *seg = p + 1, *end = seg;
        while (*end && *end != '/' && *end != '?' && *end != '#')
            end++;
        if (*end == '/' && end[1] && end[1] != '?' && end[1] != '#' && markup_in_list(segments, seg, (size_t)(end - seg)))
            return true;
        p = *end == '/' ? end : NULL;
    }
    return false;
}

/* Joomla's links without search-engine-friendly URLs name the archive in
 * the query: "index.php?option=com_content&view=category&id=7". */
static bool joomla_archive_query(const char *href)
{
    const char *q = href ? strchr(href, '?') : NULL;
    return q && strstr(q, "option=com_content") && (strstr(q, "view=category") || strstr(q, "view=section")) &&
           !strstr(q, "view=article");
}

/* An archive named in the query, with a value: WordPress's plain
 * permalinks ("/?author=3", "/?tag=bakti"), Squarespace's
 * "/berita?author=63f1...", a CMS's "?penulis=bidang-smp",
 * "index.php?page=berita&kategori=3". */
static bool query_names(const char *href, const char *const *keys)
{
    const char *q = href ? strchr(href, '?') : NULL;
    while (q) {
        const char *key = q + 1, *eq = key;
        while (*eq && *eq != '=' && *eq != '&' && *eq != '#')
            eq++;
        if (*eq == '=' && eq[1] && eq[1] != '&' && eq[1] != '#' && markup_in_list(keys, key, (size_t)(eq - key)))
            return true;
        q = strchr(eq, '&');
    }
    return false;
}

/* A link into a tag or category archive: a path segment names it and a
 * term follows ("/berita/tag/bakti", "/kategori/kesehatan"), or Joomla's query. */
bool markup_is_label_href(const char *href)
{
    return href_names(href, LABEL_PATH_SEGMENTS) || query_names(href, LABEL_PATH_SEGMENTS) || joomla_archive_query(href);
}

bool markup_is_author_href(const char *href)
{
    return href_names(href, AUTHOR_PATH_SEGMENTS) || query_names(href, AUTHOR_PATH_SEGMENTS);
}

bool markup_is_navigation_href(const char *href)
{
    if (!href)
        return false;
    if (strncasecmp(href, "javascript:", 11) == 0)
        return true;
    const char *path = strstr(href, "//");
    path = path ? strchr(path + 2, '/') : href;
    return !path || strcmp(path, "/") == 0;
}

/* The attributes of READ_ATTRS, kept beside the element (dom_attr_hook).
 * Of a link's href only a tag or author archive's matters, or one that leads
 * back (a canonical <link> keeps its own). */
const void *markup_keep_attrs(void *ctx, const char *name, const char *const *atts, arena *a)
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
        if (k < 0 || ((present >> k) & 1) ||
            (k == AT_HREF && strcmp(name, "link") != 0 && !markup_is_label_href(v) && !markup_is_author_href(v) &&
             !markup_is_navigation_href(v)))
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

