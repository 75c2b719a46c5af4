/* Stage 3: what the body itself says about the article, for both readers:
 * the dateline that opens it, credit lines and sign-offs ("Penulis:",
 * "(Hmsprov : Asriani)"), which leave the paragraphs once read, and the
 * final clean-up of credits and labels (trimmed, de-duplicated). */
#ifndef BERITA_METADATA_H
#define BERITA_METADATA_H

#include "page.h"
#include "record.h"

void metadata_finish(record *rec, page_hints *hints, arena *a);

#endif
