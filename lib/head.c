/* The page's head metadata: <title>, meta tags (Open Graph, Twitter,
 * article:*), the canonical link, JSON-LD and Next.js data (pages-router
 * JSON, app-router flight rows). They give title candidates, site names, the
 * url, labels, credits, the machine date and, for a Next.js page, the body's
 * html. */
#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html_reader.h"

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
            html_add_credit(r, role, json_string_value(p));
        } else if (json_is_object(p)) {
            const char *type = json_str(p, "@type");
            if (!type || strcmp(type, "Person") == 0)
                html_add_credit(r, role, json_str(p, "name"));
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
            html_add_label_list(r, json_string_value(item));
        else if (json_is_object(item) && json_str(item, "name"))
            html_add_label(r, json_str(item, "name"), strlen(json_str(item, "name")));
    }
}

static void ld_article(reader *r, json_t *o)
{
    if (!json_is_object(o))
        return;
    const char *type = json_str(o, "@type");
    if (type && (strcmp(type, "WebSite") == 0 || strstr(type, "Organization")))
        html_add_site_name(r, json_str(o, "name"));
    if (!ld_is_article(o))
        return;
    json_t *publisher = json_object_get(o, "publisher");
    if (json_is_object(publisher))
        html_add_site_name(r, json_str(publisher, "name"));
    /* an article named but not headlined (as Readability reads JSON-LD) */
    const char *headline = json_str(o, "headline") ? json_str(o, "headline") : json_str(o, "name");
    html_add_title(r, html_clean_str(r->a, headline), 3, false);
    if (!r->machine_date && json_str(o, "datePublished")) {
        r->machine_date = arena_strdup(r->a, json_str(o, "datePublished"));
        r->machine_date_json_ld = true;
    }
    ld_people(r, json_object_get(o, "author"), CREDIT_AUTHOR);
    ld_people(r, json_object_get(o, "editor"), CREDIT_EDITOR);
    ld_labels(r, json_object_get(o, "articleSection"));
    ld_labels(r, json_object_get(o, "keywords"));
    if (!r->ld_body && json_str(o, "articleBody"))
        r->ld_body = arena_strdup(r->a, json_str(o, "articleBody"));
}

/* jansson's json_loadb, except that running out of memory, in jansson or in
 * gathering the text, fails the document (NOMEM) instead of passing for
 * data that is not there: the record is then never silently another. */
static json_t *load_json(reader *r, const char *s, size_t len, bool gather_failed)
{
    if (gather_failed) {
        arena_set_failed(r->a);
        return NULL;
    }
    json_error_t err;
    json_t *v = s ? json_loadb(s, len, 0, &err) : NULL;
    if (!v && s && json_error_code(&err) == json_error_out_of_memory)
        arena_set_failed(r->a);
    return v;
}

static void read_json_ld(reader *r, const dom_node *script)
{
    buf b = {0};
    html_gather_text(script, &b, false);
    json_t *root = load_json(r, b.s, b.len, b.failed);
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
static void read_flight_chunk(reader *r, const char *script, buf *flight)
{
    const char *p = strstr(script, "__next_f.push(");
    if (!p)
        return;
    p = strchr(p, '(') + 1;
    const char *end = strrchr(p, ')');
    if (!end)
        return;
    json_t *arr = load_json(r, p, (size_t)(end - p), false);
    json_t *s = json_array_get(arr, 1);
    if (json_is_integer(json_array_get(arr, 0)) && json_integer_value(json_array_get(arr, 0)) == 1 &&
        json_is_string(s))
        markup_buf_add(flight, json_string_value(s), json_string_length(s));
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
    html_add_title(r, html_clean_str(r->a, json_str(best, "title")), 3, false);
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
                    json_t *row = load_json(r, s + pos, end - pos, false);
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
    html_gather_text(script, &b, false);
    json_t *root = load_json(r, b.s, b.len, b.failed);
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

void head_read(reader *r)
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
                html_add_title(r, html_clean_str(r->a, content), 3, false);
            else if (strcasecmp(key, "twitter:title") == 0)
                html_add_title(r, html_clean_str(r->a, content), 1, false);
            else if (strcasecmp(key, "og:url") == 0)
                og_url = content;
            else if (strcasecmp(key, "og:site_name") == 0 || strcasecmp(key, "application-name") == 0)
                html_add_site_name(r, content);
            else if (strcasecmp(key, "article:published_time") == 0 && !published)
                published = content;
            else if (strcasecmp(key, "article:tag") == 0 || strcasecmp(key, "article:section") == 0)
                html_add_label_list(r, content);
        } else if (tag_in(n, TAG_LINK)) {
            if (attr_has_token(n, AT_REL, "canonical") && attr(n, AT_HREF) && !canonical)
                canonical = attr(n, AT_HREF);
        } else if (tag_in(n, TAG_TITLE) && !(r->t.info[i].flags & NF_CHROME) && tag_in(n->parent, TAG_HEAD)) {
            const char *title = html_node_text(r, n, NULL, false);
            if (title && *title) {
                html_add_title(r, title, 1, false);
                /* "Site: Title", "Title | Site": each side of a separator,
                 * the longest (the headline, more often than not) weighing
                 * more */
                const char *longest = NULL;
                for (size_t k = 0; TITLE_SEPARATORS[k]; k++)
                    for (const char *p = strstr(title, TITLE_SEPARATORS[k]); p;
                         p = strstr(p + 1, TITLE_SEPARATORS[k])) {
                        const char *head = arena_strndup(r->a, title, (size_t)(p - title));
                        const char *tail = arena_strdup(r->a, p + strlen(TITLE_SEPARATORS[k]));
                        html_add_title(r, head, 1, false);
                        html_add_title(r, tail, 1, false);
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
                read_json_ld(r, n);
            } else if (attr(n, AT_ID) && strcmp(attr(n, AT_ID), "__NEXT_DATA__") == 0) {
                read_next_data(r, n);
            } else if (n->children && n->children->type == DOM_TEXT &&
                       strstr(n->children->content, "__next_f.push(")) {
                read_flight_chunk(r, n->children->content, &flight);
            }
        }
    }
    if (flight.failed)
        arena_set_failed(r->a);
    else if (flight.len)
        read_flight(r, flight.s, flight.len);
    free(flight.s);
    /* a canonical link to the site's home page is a template default */
    const char *url = canonical && *canonical && !(is_home_url(canonical) && og_url && *og_url) ? canonical : og_url;
    if (url && *url)
        r->rec->url = html_clean_str(r->a, url);
    if (!r->machine_date && published)
        r->machine_date = arena_strdup(r->a, published);
}

