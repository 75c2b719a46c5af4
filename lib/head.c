/* The page's head metadata: <title>, meta tags (Open Graph, Twitter,
 * article:*), the canonical link, JSON-LD and Next.js data (pages-router
 * JSON, app-router flight rows). They give title candidates, site names, the
 * url, labels, credits, the machine date and, for a Next.js page, the body's
 * html. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html_reader.h"
#include "json_read.h"
#include "lexicon.h"

/* Bounded: flight text rows are looked up linearly. */
enum { MAX_FLIGHT_TEXTS = 256 };
/* The longest site name a title's tail is taken for, the longest host
 * (DNS). */
enum { MAX_SITE_NAME = 120, MAX_HOST = 253 };

/* Title separators of <title>: "Site: Title", "Title | Site", "Title - Site";
 * those of a hierarchy, where the site follows the title, below. */
static const char *const TITLE_SEPARATORS[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ": ", " :: ",
                                               " \xC2\xBB ", " / ", NULL};
static const char *const HIERARCHY_SEPARATORS[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xBB ",
                                                   " / ", NULL};

/* A <title> whose template printed an empty site name beside its
 * separator ("| Pemdes Bangun Tanggul", "Pemdes Bangun Tanggul -"): the
 * headline without the separator. */
static const char *without_empty_side(arena *a, const char *title)
{
    if (!title)
        return NULL;
    size_t len = strlen(title), start = 0;
    for (size_t k = 0; HIERARCHY_SEPARATORS[k]; k++) {
        const char *mark = HIERARCHY_SEPARATORS[k] + 1; /* the mark and its space after */
        size_t n = strlen(mark);
        if (len - start > n && strncmp(title + start, mark, n) == 0)
            start += n;
        if (len - start > n && memcmp(title + len - (n - 1), mark, n - 1) == 0 && title[len - n] == ' ')
            len -= n;
    }
    return start || len < strlen(title) ? arena_strndup(a, title + start, len - start) : title;
}


/* The candidate without a site name joined to it by a title separator. */
/* The url's host names a word of the text: "Diskominfo Gorut" and
 * diskominfo.gorutkab.go.id. Words of four letters or more, so that "go"
 * and "id" name nothing. */
static bool host_names(const char *url, const char *s, size_t len)
{
    const char *host = url ? strstr(url, "://") : NULL;
    if (!host)
        return false;
    host += 3;
    size_t hl = strcspn(host, "/:?#");
    hl = hl > MAX_HOST ? MAX_HOST : hl;
    for (size_t i = 0; i < len;) {
        while (i < len && !isalnum((unsigned char)s[i]))
            i++;
        size_t start = i;
        while (i < len && isalnum((unsigned char)s[i]))
            i++;
        size_t wl = i - start;
        for (size_t h = 0; wl >= 4 && h + wl <= hl; h++)
            if (strncasecmp(host + h, s + start, wl) == 0)
                return true;
    }
    return false;
}

static size_t count_words(const char *s, size_t len)
{
    size_t words = 0;
    for (size_t i = 0; i < len; i++)
        words += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
    return words;
}

const char *head_strip_site_name(reader *r, const char *t)
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
    /* no site name known: the part after the last separator of a hierarchy
     * ("Title | Site", "Title - Site") when the page's host names it and
     * it is shorter than the headline of three words or more before it */
    const char *cut = NULL;
    size_t cut_len = 0;
    for (size_t k = 0; HIERARCHY_SEPARATORS[k]; k++)
        for (const char *p = strstr(t, HIERARCHY_SEPARATORS[k]); p; p = strstr(p + 1, HIERARCHY_SEPARATORS[k]))
            if (!cut || p > cut) {
                cut = p;
                cut_len = strlen(HIERARCHY_SEPARATORS[k]);
            }
    if (cut) {
        size_t head = (size_t)(cut - t), tail = tl - head - cut_len;
        if (tail && tail < head && tail <= MAX_SITE_NAME && count_words(t, head) >= 3 && host_names(r->rec->url, cut + cut_len, tail))
            return arena_strndup(r->a, t, head);
    }
    return t;
}

/* ---- JSON-LD ------------------------------------------------------------ */

static const char *json_str(const json_value *o, const char *key) { return json_text(json_member(o, key)); }

static bool ld_is_article(const json_value *o)
{
    const json_value *type = json_member(o, "@type");
    const char *one = json_is(type, JSON_KIND_ARRAY) ? json_text(json_item(type, 0)) : json_text(type);
    return (one && (strstr(one, "Article") || strstr(one, "Posting") || strcmp(one, "Report") == 0)) ||
           json_member(o, "headline") != NULL;
}

/* v's items when it is an array, else v alone: JSON-LD gives one value or
 * a list of them for the same key. */
static const json_value *first_of(const json_value *v)
{
    return json_is(v, JSON_KIND_ARRAY) ? v->as.children.first : v;
}
static const json_value *next_of(const json_value *list, const json_value *v)
{
    return json_is(list, JSON_KIND_ARRAY) ? v->next : NULL;
}

/* A person credited by a JSON-LD value: a name string, a Person (or an
 * untyped object with a name), or an array of them. */
static void ld_people(reader *r, const json_value *v, credit_role role)
{
    for (const json_value *p = first_of(v); p; p = next_of(v, p)) {
        if (json_is(p, JSON_KIND_STRING)) {
            html_add_credit(r, role, json_text(p));
        } else if (json_is(p, JSON_KIND_OBJECT)) {
            const char *type = json_str(p, "@type");
            if (!type || strcmp(type, "Person") == 0)
                html_add_credit(r, role, json_str(p, "name"));
        }
    }
}

/* Labels as a string, an object with a name, or an array of those. */
static void ld_labels(reader *r, const json_value *v)
{
    for (const json_value *item = first_of(v); item; item = next_of(v, item)) {
        if (json_is(item, JSON_KIND_STRING))
            html_add_label_list(r, json_text(item));
        else if (json_is(item, JSON_KIND_OBJECT) && json_str(item, "name"))
            html_add_label(r, json_str(item, "name"), strlen(json_str(item, "name")));
    }
}

static void ld_article(reader *r, const json_value *o)
{
    if (!json_is(o, JSON_KIND_OBJECT))
        return;
    const char *type = json_str(o, "@type");
    if (type && (strcmp(type, "WebSite") == 0 || strstr(type, "Organization")))
        html_add_site_name(r, json_str(o, "name"));
    if (!ld_is_article(o))
        return;
    const json_value *publisher = json_member(o, "publisher");
    if (json_is(publisher, JSON_KIND_OBJECT))
        html_add_site_name(r, json_str(publisher, "name"));
    /* an article named but not headlined (as Readability reads JSON-LD) */
    const char *headline = json_str(o, "headline") ? json_str(o, "headline") : json_str(o, "name");
    html_add_title(r, html_clean_str(r->a, headline), 3, false);
    if (!r->machine_date && json_str(o, "datePublished")) {
        r->machine_date = arena_strdup(r->a, json_str(o, "datePublished"));
        r->machine_date_json_ld = true;
    }
    ld_people(r, json_member(o, "author"), CREDIT_AUTHOR);
    ld_people(r, json_member(o, "editor"), CREDIT_EDITOR);
    ld_labels(r, json_member(o, "articleSection"));
    if (!r->ld_keywords)
        r->ld_keywords = json_member(o, "keywords");
    if (!r->ld_body && json_str(o, "articleBody"))
        r->ld_body = arena_strdup(r->a, json_str(o, "articleBody"));
}

/* A JSON text of the page read into the scratch arena of the head's
 * reading (the values kept are copied into the record's); NULL when it is
 * not JSON. Running out of memory, in reading or in gathering the text,
 * fails the parse (NOMEM) instead of passing for data that is not there: the
 * record is then never silently another. */
static const json_value *load_json(reader *r, arena *scratch, const char *s, size_t len, bool gather_failed)
{
    const json_value *v = s && !gather_failed ? json_read(scratch, s, len) : NULL;
    if (gather_failed || arena_failed(scratch))
        arena_set_failed(r->a);
    return v;
}

static void read_json_ld(reader *r, arena *scratch, const dom_node *script)
{
    buf b = {0};
    html_gather_text(script, &b, false);
    const json_value *root = load_json(r, scratch, b.s, b.len, b.failed);
    free(b.s);
    const json_value *list = json_is(root, JSON_KIND_ARRAY) ? root : json_member(root, "@graph");
    const json_value *first = json_is(list, JSON_KIND_ARRAY) ? list->as.children.first : NULL;
    for (const json_value *item = first; item; item = item->next) {
        ld_article(r, item);
        const json_value *graph = json_member(item, "@graph");
        for (const json_value *g = json_is(graph, JSON_KIND_ARRAY) ? graph->as.children.first : NULL; g; g = g->next)
            ld_article(r, g);
    }
    if (json_is(root, JSON_KIND_OBJECT))
        ld_article(r, root);
}

/* ---- Next.js flight data ------------------------------------------------ */

/* The JS string of `self.__next_f.push([1,"..."])`, appended to `flight`. */
static void read_flight_chunk(reader *r, arena *scratch, const char *script, buf *flight)
{
    const char *p = strstr(script, "__next_f.push(");
    if (!p)
        return;
    p = strchr(p, '(') + 1;
    const char *end = strrchr(p, ')');
    if (!end)
        return;
    const json_value *arr = load_json(r, scratch, p, (size_t)(end - p), false);
    const json_value *kind = json_item(arr, 0), *s = json_item(arr, 1);
    if (json_is(kind, JSON_KIND_INTEGER) && kind->as.integer == 1 && json_is(s, JSON_KIND_STRING))
        markup_buf_add(flight, s->as.string.text, s->as.string.len);
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
static void flight_article(reader *r, const json_value *root, const flight_text *texts, size_t ntexts)
{
    enum { QUEUE = 4096 };
    const json_value **queue = malloc(QUEUE * sizeof *queue);
    if (!queue) {
        arena_set_failed(r->a);
        return;
    }
    size_t head = 0, tail = 0, best_len = 0;
    const json_value *best = NULL;
    const char *best_html = NULL;
    queue[tail++] = root;
    static const char *const BODY_KEYS[] = {"html", "content", "body", "articleBody", NULL};
    static const char *const DATE_KEYS[] = {"publishedAt", "published_at", "datePublished", "date", NULL};
    while (head < tail) {
        const json_value *v = queue[head++];
        if (json_is(v, JSON_KIND_OBJECT)) {
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
        }
        if (json_is(v, JSON_KIND_OBJECT) || json_is(v, JSON_KIND_ARRAY))
            for (const json_value *child = v->as.children.first; child && tail < QUEUE; child = child->next)
                if (json_is(child, JSON_KIND_OBJECT) || json_is(child, JSON_KIND_ARRAY))
                    queue[tail++] = child;
    }
    free(queue);
    if (!best || best_len <= r->flight_html_len)
        return;
    free(r->flight_html);
    r->flight_html = malloc(best_len + 1);
    r->flight_html_len = r->flight_html ? best_len : 0;
    if (!r->flight_html) {
        arena_set_failed(r->a);
        return;
    }
    memcpy(r->flight_html, best_html, best_len);
    r->flight_html[best_len] = '\0';
    html_add_title(r, html_clean_str(r->a, json_str(best, "title")), 3, false);
    ld_labels(r, json_member(best, "category"));
    ld_labels(r, json_member(best, "tags"));
    for (size_t k = 0; DATE_KEYS[k]; k++)
        if (!r->machine_date && json_str(best, DATE_KEYS[k]))
            r->machine_date = arena_strdup(r->a, json_str(best, DATE_KEYS[k]));
}

/* React's element tree as a flight row writes it, ["$", "p", key, {"children":
 * ...}] (the App Router's server components), rendered as the markup it
 * stands for: an element of a lower-case tag with its class, a component's
 * children alone, text escaped. Bounded by depth, as the JSON was. */
static void render_element(const json_value *v, buf *out, int depth)
{
    enum { MAX_ELEMENT_DEPTH = 64 };
    if (!v || depth > MAX_ELEMENT_DEPTH || out->failed)
        return;
    if (json_is(v, JSON_KIND_STRING)) {
        const char *t = v->as.string.text;
        size_t from = 0, n = v->as.string.len;
        if (n && t[0] == '$' && (n == 1 || t[1] != '$')) /* "$undefined", "$L2": references, no text */
            return;
        for (size_t i = 0; i <= n; i++) {
            const char *esc = i == n ? NULL : t[i] == '<' ? "&lt;" : t[i] == '>' ? "&gt;" : t[i] == '&' ? "&amp;" : NULL;
            if (i < n && !esc)
                continue;
            markup_buf_add(out, t + from, i - from);
            if (esc)
                markup_buf_add(out, esc, strlen(esc));
            from = i + 1;
        }
        return;
    }
    if (!json_is(v, JSON_KIND_ARRAY))
        return;
    const char *mark = json_text(json_item(v, 0)), *tag = json_text(json_item(v, 1));
    const json_value *props = json_item(v, 3);
    if (!(mark && strcmp(mark, "$") == 0 && tag && json_is(props, JSON_KIND_OBJECT))) {
        for (const json_value *child = v->as.children.first; child; child = child->next)
            render_element(child, out, depth + 1);
        return;
    }
    bool element = tag[0] >= 'a' && tag[0] <= 'z' && strspn(tag, "abcdefghijklmnopqrstuvwxyz0123456789-") == strlen(tag);
    static const char *const VOID_TAGS[] = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", NULL};
    bool empty = false;
    for (size_t i = 0; element && VOID_TAGS[i] && !empty; i++)
        empty = strcmp(tag, VOID_TAGS[i]) == 0;
    if (element) {
        markup_buf_add(out, "<", 1);
        markup_buf_add(out, tag, strlen(tag));
        const char *cls = json_text(json_member(props, "className"));
        if (cls && !strpbrk(cls, "\"<>&")) {
            markup_buf_add(out, " class=\"", 8);
            markup_buf_add(out, cls, strlen(cls));
            markup_buf_add(out, "\"", 1);
        }
        markup_buf_add(out, ">", 1);
    }
    /* a CMS's body is often handed over as markup: {"dangerouslySetInnerHTML": {"__html": "<p>..."}} */
    const json_value *inner = json_member(json_member(props, "dangerouslySetInnerHTML"), "__html");
    if (!empty && json_is(inner, JSON_KIND_STRING))
        markup_buf_add(out, inner->as.string.text, inner->as.string.len);
    else if (!empty)
        render_element(json_member(props, "children"), out, depth + 1);
    if (element && !empty) {
        markup_buf_add(out, "</", 2);
        markup_buf_add(out, tag, strlen(tag));
        markup_buf_add(out, ">", 1);
    }
}

/* A flight row that renders an <article> element (or is one): its markup,
 * when longer than what the flight data gave before. */
static void flight_elements(reader *r, const json_value *row)
{
    const char *mark = json_text(json_item(row, 0)), *tag = json_text(json_item(row, 1));
    if (!(mark && strcmp(mark, "$") == 0 && tag && (strcmp(tag, "article") == 0 || strcmp(tag, "main") == 0)))
        return;
    buf out = {0};
    render_element(row, &out, 0);
    if (out.failed) {
        free(out.s);
        arena_set_failed(r->a);
        return;
    }
    if (out.len <= r->flight_html_len) {
        free(out.s);
        return;
    }
    free(r->flight_html);
    r->flight_html = out.s;
    r->flight_html_len = out.len;
}

/* The rows of a React flight stream: "ID:Tlen," text rows, "ID:json" rows. */
static void read_flight(reader *r, arena *scratch, const char *s, size_t len)
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
                    const json_value *row = load_json(r, scratch, s + pos, end - pos, false);
                    if (row) {
                        flight_article(r, row, texts.items, texts.len);
                        flight_elements(r, row);
                    }
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
static void read_next_data(reader *r, arena *scratch, const dom_node *script)
{
    buf b = {0};
    html_gather_text(script, &b, false);
    const json_value *root = load_json(r, scratch, b.s, b.len, b.failed);
    free(b.s);
    if (root)
        flight_article(r, root, NULL, 0);
}

/* ---- the head: meta, link, JSON-LD, scripts ----------------------------- */

/* "https://host" or "https://host/": no path of its own. */
/* "Berita - Desa X", "Berita - Penyaluran Bibit": a section's noun beside a
 * name across one separator, the title of a site's page or listing (Google
 * Sites names its pages so), never a headline. */
static bool beside_section_noun(const char *title)
{
    for (size_t k = 0; title && TITLE_SEPARATORS[k]; k++) {
        const char *p = strstr(title, TITLE_SEPARATORS[k]);
        if (!p || strstr(p + 1, TITLE_SEPARATORS[k]))
            continue;
        const char *tail = p + strlen(TITLE_SEPARATORS[k]);
        if (lex_lookup(PAGE_SECTION_NOUNS, title, (size_t)(p - title)) >= 0 ||
            lex_lookup(PAGE_SECTION_NOUNS, tail, strlen(tail)) >= 0)
            return true;
    }
    return false;
}

static bool is_home_url(const char *u)
{
    const char *host = strstr(u, "://");
    const char *slash = strchr(host ? host + 3 : u, '/');
    return !slash || !slash[1];
}

void head_read(reader *r)
{
    /* the page's JSON, read and looked up here, freed on the way out */
    arena *scratch = arena_new();
    if (!scratch) {
        arena_set_failed(r->a);
        return;
    }
    buf flight = {0};
    const char *canonical = NULL, *og_url = NULL, *published = NULL;
    bool tagged = false; /* an article:tag meta */
    for (size_t i = 0; i < r->t.n; i++) {
        dom_node *n = r->t.nodes[i];
        if (tag_in(n, TAG_META)) {
            const char *prop = attr(n, AT_PROPERTY), *name = attr(n, AT_NAME), *content = attr(n, AT_CONTENT);
            const char *key = prop ? prop : name;
            if (!key || !content)
                continue;
            bool title_key = strcasecmp(key, "og:title") == 0 || strcasecmp(key, "twitter:title") == 0;
            if (title_key && beside_section_noun(content))
                continue;
            if (strcasecmp(key, "og:title") == 0)
                html_add_title(r, html_clean_str(r->a, content), 3, false);
            else if (strcasecmp(key, "twitter:title") == 0)
                html_add_title(r, html_clean_str(r->a, content), 1, false);
            else if (strcasecmp(key, "og:url") == 0)
                og_url = content;
            else if (strcasecmp(key, "og:site_name") == 0 || strcasecmp(key, "application-name") == 0)
                html_add_site_name(r, content);
            else if (strcasecmp(key, "article:published_time") == 0 && !published)
                published = content;
            else if (strcasecmp(key, "article:tag") == 0 || strcasecmp(key, "article:section") == 0) {
                html_add_label_list(r, content);
                tagged = tagged || strcasecmp(key, "article:tag") == 0;
            }
        } else if (tag_in(n, TAG_LINK)) {
            if (attr_has_token(n, AT_REL, "canonical") && attr(n, AT_HREF) && !canonical)
                canonical = attr(n, AT_HREF);
        } else if (tag_in(n, TAG_TITLE) && !(r->t.info[i].flags & NF_CHROME) && tag_in(n->parent, TAG_HEAD)) {
            const char *title = without_empty_side(r->a, html_node_text(r, n, NULL, false));
            if (title && *title) {
                html_add_title(r, title, 1, false);
                /* "Site: Title", "Title | Site": each side of a separator,
                 * the longest (the headline, more often than not) weighing
                 * more */
                const char *longest = NULL;
                for (size_t k = 0; TITLE_SEPARATORS[k]; k++)
                    for (const char *p = strstr(title, TITLE_SEPARATORS[k]); p;
                         p = strstr(p + 1, TITLE_SEPARATORS[k])) {
                        if (p > title && p[-1] == ':') /* the end of " :: " */
                            continue;
                        const char *head = arena_strndup(r->a, title, (size_t)(p - title));
                        const char *tail = arena_strdup(r->a, p + strlen(TITLE_SEPARATORS[k]));
                        if (beside_section_noun(head))
                            head = NULL;
                        if (beside_section_noun(tail))
                            tail = NULL;
                        html_add_title(r, head, 1, false);
                        html_add_title(r, tail, 1, false);
                        /* "Berita - Portal Resmi Pemerintah Kabupaten X": beside a
                         * section's noun, the site's name (a listing's title an
                         * app keeps on its articles) */
                        if (head && tail && lex_lookup(PAGE_SECTION_NOUNS, head, strlen(head)) >= 0)
                            html_add_site_name(r, tail);
                        else if (head && tail && lex_lookup(PAGE_SECTION_NOUNS, tail, strlen(tail)) >= 0)
                            html_add_site_name(r, head);
                        if (head && (!longest || strlen(head) > strlen(longest)))
                            longest = head;
                        if (tail && (!longest || strlen(tail) > strlen(longest)))
                            longest = tail;
                    }
                html_add_title(r, longest, 1, false);
            }
        } else if (tag_in(n, TAG_SCRIPT)) {
            const char *type = attr(n, AT_TYPE);
            if (type && strcasecmp(type, "application/ld+json") == 0) {
                read_json_ld(r, scratch, n);
            } else if (attr(n, AT_ID) && strcmp(attr(n, AT_ID), "__NEXT_DATA__") == 0) {
                read_next_data(r, scratch, n);
            } else if (n->children && n->children->type == DOM_TEXT &&
                       strstr(n->children->content, "__next_f.push(")) {
                read_flight_chunk(r, scratch, n->children->content, &flight);
            }
        }
    }
    if (flight.failed)
        arena_set_failed(r->a);
    else if (flight.len)
        read_flight(r, scratch, flight.s, flight.len);
    free(flight.s);
    /* "tukik,penyu sisik" beside the tags penyu, sungailiat, tukik: the
     * SEO plugin's focus keyword, no tag of the article */
    if (!tagged)
        ld_labels(r, r->ld_keywords);
    r->ld_keywords = NULL;
    arena_free(scratch);
    /* a canonical link to the site's home page is a template default */
    const char *url = canonical && *canonical && !(is_home_url(canonical) && og_url && *og_url) ? canonical : og_url;
    if (url && *url)
        r->rec->url = html_clean_str(r->a, url);
    if (!r->machine_date && published)
        r->machine_date = arena_strdup(r->a, published);
}

