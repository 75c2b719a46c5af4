/* What the page readers (html.c, text.c) hand on besides the record's own
 * fields: clues that later stages weigh against each other. */
#ifndef BERITA_PAGE_H
#define BERITA_PAGE_H

#include <stdbool.h>

#include "arena.h"

typedef struct page_hints {
    /* A machine timestamp ("2025-07-24T17:30:00+00:00", "2025-07-25"), from
     * JSON-LD datePublished, article:published_time, itemprop or <time>. */
    const char *published_machine;
    /* The stamp is JSON-LD's datePublished (published.source "json-ld"),
     * not a <meta>, itemprop or <time> value ("meta"). */
    bool published_machine_json_ld;
    /* The article's visible date line ("Jumat, 25 Juli 2025 | 09:30 WIB"),
     * when the template shows it apart from the body; NULL otherwise. */
    const char *published_visible;
    /* The article's other date statements outside the body: the "Tanggal:
     * 17 Juli 2025" of a press release's number box. Dates, not the
     * publication date (which they stand in for when there is no date line). */
    VEC(const char *) date_lines;
    /* Lines outside the body that may credit people ("Penulis: X | Editor:
     * Y", a byline): metadata.c reads them with the same rules as the body's
     * own credit lines. */
    VEC(const char *) credit_lines;
    /* The names the page gives its site (og:site_name, JSON-LD's WebSite and
     * publisher, the title's suffix): an outlet may open its lead with one
     * before the place ("Suara Animha, Merauke - ..."). */
    VEC(const char *) site_names;
} page_hints;

#endif
