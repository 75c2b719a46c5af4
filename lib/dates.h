/* Stage 4: every calendar date expression in the title, the date line and
 * the paragraphs, normalised to ISO ranges, and the publication date (machine
 * timestamps converted to the site's local zone, the visible date line, or
 * the lead sentence's date). */
#ifndef BERITA_DATES_H
#define BERITA_DATES_H

#include "page.h"
#include "record.h"

/* reference_date: "YYYY-MM-DD" from the options, or NULL. */
void dates_extract(record *rec, const page_hints *hints, const char *reference_date, arena *a);

#endif
