/* Stage 2b: the plain-text reader, for a page's text copied out of a browser,
 * menus, tickers, share bars and counters included. Hard-wrapped lines are
 * joined first. The reader finds the lead (the first long line of prose that
 * is no caption, teaser or furniture), then scores the lines above it for
 * the headline (length, title case, shown twice, nearness; never chrome, a
 * date line, a byline, an address): none when the text opens with its body.
 * The lines between headline and lead are the header: a date line goes to
 * hints->published_visible (a later one to hints->date_lines), bylines to
 * hints->credit_lines or, bare ("Hendra Saputra"), to the record's credits,
 * a "Place, date" line's place to the dateline, categories to the labels,
 * captions and teasers to caption paragraphs. A date that opens the lead
 * ("Jumat, 25 Juli 2025 — Program ...") is part of the lead. A category
 * badge above the headline and "#a #b" tag lines are labels. Chrome lines
 * (CHROME_WORDS, counters, phones, links) are never paragraphs; a comment
 * form or copyright line ends the article. A text of several teasers is a
 * listing (record.page_type): its headlines are headings, its summaries
 * captions, with no title or date of its own. Credit lines in the body stay
 * for metadata_finish to read and remove. */
#ifndef BERITA_TEXT_H
#define BERITA_TEXT_H

#include <stddef.h>

#include "page.h"
#include "record.h"
#include "status.h"

stage_status text_read(const char *text, size_t len, record *rec, page_hints *hints, arena *a,
                       stage_error *err);

#endif
