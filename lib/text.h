/* Stage 2b: the plain-text reader, for a page's text copied out of a browser.
 * Lines are paragraphs; it finds the headline, the visible date line, and the
 * "Label"/"Tags:"/"Kategori:" block, and fills the record like html_read.
 * A date line of its own (under the headline, or just above it) goes to
 * hints->published_visible and leaves the body, with the bylines beside it
 * ("Kamis, 12 Juni 2025 | Oleh: X") going to hints->credit_lines; a date
 * that opens the lead ("Jumat, 25 Juli 2025 — Program ...") is part of the
 * lead and stays in its paragraph. Credit lines in the body stay for
 * metadata_finish to read and remove. */
#ifndef BERITA_TEXT_H
#define BERITA_TEXT_H

#include <stddef.h>

#include "page.h"
#include "record.h"
#include "status.h"

stage_status text_read(const char *text, size_t len, record *rec, page_hints *hints, arena *a,
                       stage_error *err);

#endif
