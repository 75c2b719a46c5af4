/* Stage 2a: the HTML reader. From the page's tree (dom.h) it finds the article's
 * container (CMS conventions, then text density, where a chrome class word
 * is a weight and never a veto: a page with prose always yields a body) and
 * fills the record's title, url, paragraphs, and the credits and labels the
 * markup carries; the publication clues go to `hints`. Menus, sidebars,
 * related lists, share bars, footers, comments and scripts never reach the
 * record. Its parts: markup.c, head.c, layout.c (html_reader.h). */
#ifndef BERITA_HTML_H
#define BERITA_HTML_H

#include <stddef.h>

#include "input.h"
#include "page.h"
#include "record.h"
#include "status.h"

/* Reads the page to its end. max_depth 0 means no limit of ours. */
stage_status html_read(input_stream *page, size_t max_depth, record *rec, page_hints *hints, arena *a,
                       stage_error *err);

#endif
