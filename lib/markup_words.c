/* The markup conventions as data (markup_words.h). */
#include "markup_words.h"

#include <stddef.h>

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
 * sidebars, "rightbar" and "leftbar" among them, lists of other articles,
 * comments, share bars, the site's tag cloud). */
static const char *const CHROME_TAGS[] = {"nav", "aside", NULL};
const char *const CHROME_PARTS[] = { /* at most 64: a bit each */
    "sidebar", "widget", "widgets", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "related",
    "relatedposts" /* Jetpack's */, "terkait", "popular", "populer", "terpopuler", "recent", "terbaru", "terkini",
    "trending", "comment", "comments", "komentar", "respond", "share", "sharing", "sharedaddy", "social", "sosmed",
    "pagination", "pager", "ads", "advert", "iklan", "banner", "newsletter", "subscribe", "cookie", "modal", "popup",
    "topbar", "masthead", "search", "agenda", "archive", "arsip", "lainnya", "marquee", "ticker", "running",
    "cloud", "rightbar", "leftbar", NULL};
_Static_assert(sizeof CHROME_PARTS / sizeof *CHROME_PARTS - 1 <= 64, "a bit for each chrome word");

/* Inside the article but not its body text: title block, post-meta,
 * tag and category boxes, footers, bylines. */
static const char *const SKIP_TAGS[] = {"header", "footer", "form", "h1", NULL};
static const char *const SKIP_PARTS[] = {"meta", "footer", "header", "byline", "author", "tags", "tag",
                                         "labels", "categories", "category", "cat", "kategori", "badge",
                                         "title", "headline", "judul", "date", "time", "posted", "views", "hits",
                                         /* Indonesian themes' "author" and "date"; post meta's "info"
                                          * (Joomla's "article-info", "meta-info", "berita-info") */
                                         "penulis", "tanggal", "info",
                                         "print", "rating", "toc", NULL};

/* Markup a reader never sees; screen-reader text is heard, not seen: a
 * byline's "Penulis:" label may hide there. The screen-reader classes of
 * WordPress, Bootstrap, Drupal 7 and Joomla 3 ("element-invisible"), Joomla's
 * Beez ("unseen"), HTML5 Boilerplate ("visuallyhidden"), Foundation
 * ("show-for-sr") and WordPress's older default themes ("assistive-text"). */
static const char *const HIDDEN_CLASSES[] = {
    "hidden", "invisible",
    /* a heading's permalink anchor, a pilcrow or "#" the reader never reads as words: Python-Markdown's
     * and Sphinx's "headerlink" (MkDocs), markdown-it-anchor's "header-anchor" (VuePress, Eleventy),
     * Docusaurus's "hash-link", AnchorJS's "anchorjs-link" */
    "headerlink", "header-anchor", "hash-link", "anchorjs-link", NULL};
static const char *const SCREEN_READER_CLASSES[] = {
    "sr-only", "screen-reader-text", "visually-hidden", "element-invisible", "unseen", "visuallyhidden",
    "show-for-sr", "assistive-text", NULL};

/* The body containers of the CMS families, most specific first. */
const selector BODY_SELECTORS[] = {
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
_Static_assert(sizeof BODY_SELECTORS / sizeof *BODY_SELECTORS == N_BODY_SELECTORS, "N_BODY_SELECTORS counts them");


/* Class words of the page's own header and footer: outside an <article>,
 * whatever they hold is the site's (an address, a copyright notice, a
 * tagline), a weight against prose there (layout.c), not a veto. */
static const char *const REGION_TAGS[] = {"header", "footer", NULL};
static const char *const REGION_PARTS[] = {"header", "footer", "copyright", "colophon", NULL};

/* Class words of a date line (Drupal's "submitted" line: "Dikirim oleh X pada 08/11/2022"). */
static const char *const DATE_PARTS[] = {"date", "time", "tanggal", "tgl", "posted", "published", "datetime",
                                         "calendar", "clock", "waktu", "created", "submitted", NULL};
/* Class words of a modification stamp beside the date line ("updated",
 * GeneratePress's hidden "<time class=updated>", K2's "itemDateModified"):
 * never the publication date. */
static const char *const MODIFIED_PARTS[] = {"updated", "modified", "diperbarui", "lastmod", NULL};
/* Class words of a tag or category link box ("post-labels", "cat-links",
 * "blog-tags", "badge"; the "kata-kunci", keywords, of portals that name
 * their tags so). WordPress also marks a whole post with a class
 * per term ("category-berita", "tag-kelor"): a label word followed by a
 * value, which LABEL_BOX_TAILS tells apart. */
const char *const LABEL_PARTS[] = {"tags", "tag", "labels", "label", "categories", "category", "cat",
                                          "kategori", "badge", "topik", "topics", "chip", "chips", "kicker",
                                          "kunci", "keywords", NULL};
const char *const LABEL_BOX_TAILS[] = {"links", "list", "box", "wrap", "wrapper", "items", "name", "area",
                                              "block", NULL};
/* Icon classes that mark a link as a tag or category ("fa-tags",
 * "fa-folder-open"). */
static const char *const LABEL_ICON_PARTS[] = {"tag", "tags", "folder", "bookmark", "label", "labels", NULL};
/* Path segments of tag and category archive links ("/berita/tag/bakti"). */
const char *const LABEL_PATH_SEGMENTS[] = {"tag", "tags", "label", "labels", "kategori", "category",
                                                  "categories", "topik", "topic", NULL};
/* Path segments of author archive links: WordPress's "/author/humas/", the
 * CMSs' "/penulis/..." and "/user/...". */
const char *const AUTHOR_PATH_SEGMENTS[] = {"author", "authors", "penulis", "writer", "kontributor", NULL};

/* Class words of a headline, a caption (the "cap" of themes' "post-img-cap"
 * too), an author icon, a field's label element. */
static const char *const TITLE_PARTS[] = {"title", "headline", "judul", NULL};
static const char *const CAPTION_PARTS[] = {"caption", "wp-caption-text", "keterangan", "cap", NULL};
static const char *const AUTHOR_ICON_PARTS[] = {"user", "person", "pencil", "author", "penulis", "writer", NULL};
static const char *const LABEL_CLASS_PARTS[] = {"label", NULL};

/* Class words that make a heading the site's, not the article's. */
static const char *const SITE_TITLE_PARTS[] = {"site", "logo", "brand", "widget", NULL};

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
const char *const CHROME_TOKENS[] = {"aside", NULL};
/* Class words of the article's own furniture, which a generic "nav" class
 * beside them ("nav meta") does not make chrome. */
static const char *const FURNITURE_PARTS[] = {"meta", "info", NULL};
/* hCard bylines (WordPress): class "vcard" around or on class "fn". */
static const char *const VCARD_CLASSES[] = {"vcard", NULL};
static const char *const FN_CLASSES[] = {"fn", NULL};
/* The byline of WordPress's block themes (the Post Author and Post Author
 * Name blocks of Twenty Twenty-Two onwards) and of Concrete CMS's page title
 * block, its byline template's "page-author" and Atomik's, which print the
 * name alone (concrete/blocks/page_title/templates/byline.php). */
static const char *const POST_AUTHOR_NAME_CLASSES[] = {"wp-block-post-author__name", "wp-block-post-author-name",
                                                       "page-author", "blog-author-byline-author", NULL};
/* The site's own name in its header (WordPress "site-title", Bootstrap
 * "navbar-brand", a "logo" text): a site name for titles. */
static const char *const SITE_NAME_CLASSES[] = {"site-title", "site-name", "site-logo", "logo", "logo-text",
                                                "navbar-brand", "brand", "brand-name", NULL};


const char *const *const TAG_SETS[N_TAG_SETS] = {
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
    [TAGS_REGION] = REGION_TAGS,
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

const char *const *const PART_LISTS[N_PART_LISTS] = {
    [PARTS_CHROME] = CHROME_PARTS,           [PARTS_SKIP] = SKIP_PARTS,
    [PARTS_DATE] = DATE_PARTS,               [PARTS_LABEL_ICON] = LABEL_ICON_PARTS,
    [PARTS_SITE_TITLE] = SITE_TITLE_PARTS,   [PARTS_TITLE] = TITLE_PARTS,
    [PARTS_CAPTION] = CAPTION_PARTS,         [PARTS_AUTHOR_ICON] = AUTHOR_ICON_PARTS,
    [PARTS_LABEL_CLASS] = LABEL_CLASS_PARTS, [PARTS_FURNITURE] = FURNITURE_PARTS,
    [PARTS_LABEL] = LABEL_PARTS,             [PARTS_REGION] = REGION_PARTS,
    [PARTS_MODIFIED] = MODIFIED_PARTS,
};

const char *const *const TOKEN_LISTS[N_TOKEN_LISTS] = {
    [TOKENS_HIDDEN] = HIDDEN_CLASSES, [TOKENS_SCREEN_READER] = SCREEN_READER_CLASSES,
    [TOKENS_CHROME] = CHROME_TOKENS,  [TOKENS_VCARD] = VCARD_CLASSES,
    [TOKENS_FN] = FN_CLASSES,         [TOKENS_SITE_NAME] = SITE_NAME_CLASSES,
    [TOKENS_POST_AUTHOR_NAME] = POST_AUTHOR_NAME_CLASSES,
};

