/* Stage 2b: the plain-text reader, for a page's text copied out of a browser.
 * Lines are paragraphs; it finds the headline, the visible date line, and the
 * "Label"/"Tags:"/"Kategori:" block, and fills the record like html_read. */
#ifndef BERITA_TEXT_H
#define BERITA_TEXT_H

#include <stddef.h>

#include "page.h"
#include "record.h"
#include "status.h"

stage_status text_read(const char *text, size_t len, record *rec, page_hints *hints, arena *a,
                       stage_error *err);

#endif
