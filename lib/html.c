#include "html.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <string.h>

#include "unicode.h"

/* First sketch: <title> for the title and every <p> for the paragraphs.
 * The content finder replaces it. */
static void collect_paragraphs(xmlNode *node, record *rec, arena *a)
{
    for (xmlNode *n = node; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrcasecmp(n->name, BAD_CAST "script") == 0 || xmlStrcasecmp(n->name, BAD_CAST "style") == 0)
            continue;
        if (xmlStrcasecmp(n->name, BAD_CAST "p") == 0) {
            xmlChar *content = xmlNodeGetContent(n);
            if (content) {
                size_t len;
                char *text = text_clean(a, (const char *)content, strlen((const char *)content), &len);
                if (text && len)
                    VEC_PUSH(a, &rec->paragraphs, ((rec_paragraph){PARA_BODY, text, len}));
                xmlFree(content);
            }
            continue;
        }
        collect_paragraphs(n->children, rec, a);
    }
}

stage_status html_read(const char *html, size_t len, size_t max_depth, record *rec, page_hints *hints,
                       arena *a, stage_error *err)
{
    (void)max_depth;
    (void)hints;
    if (len > (size_t)INT_MAX)
        return stage_fail(err, ST_TOO_LARGE, 0, "the page is larger than the HTML parser takes");
    htmlDocPtr doc = htmlReadMemory(html, (int)len, NULL, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                        HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
    if (!doc)
        return stage_fail(err, ST_PARSE, 0, "the HTML parser could not read the page");
    xmlNode *root = xmlDocGetRootElement(doc);
    for (xmlNode *n = root ? root->children : NULL; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && xmlStrcasecmp(n->name, BAD_CAST "head") == 0) {
            for (xmlNode *h = n->children; h; h = h->next)
                if (h->type == XML_ELEMENT_NODE && xmlStrcasecmp(h->name, BAD_CAST "title") == 0) {
                    xmlChar *t = xmlNodeGetContent(h);
                    if (t)
                        rec->title = text_clean(a, (const char *)t, strlen((const char *)t), NULL);
                    xmlFree(t);
                }
        }
    }
    collect_paragraphs(root, rec, a);
    xmlFreeDoc(doc);
    if (rec->paragraphs.len == 0)
        return stage_fail(err, ST_NO_ARTICLE, 0, "the page holds no article text");
    return ST_OK;
}
