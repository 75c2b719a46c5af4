/* Stage 6: speaker mentions merged into people; every quote attributed. */
#ifndef BERITA_SPEAKERS_H
#define BERITA_SPEAKERS_H

#include "quotes.h"
#include "record.h"
#include "segment.h"

/* The record's speakers are made in `a`; what the stage only works with (the
 * people it tracks, parsed mentions, its index of names) in `work`. `text`
 * are the record's words, read once (seg_doc_read). */
void speakers_resolve(record *rec, const speech_events *events, const seg_doc *text, arena *a, arena *work);

#endif
