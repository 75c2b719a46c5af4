/* Stage 6: speaker mentions merged into people; every quote attributed. */
#ifndef BERITA_SPEAKERS_H
#define BERITA_SPEAKERS_H

#include "quotes.h"
#include "record.h"

/* The record's speakers are made in `a`; what the stage only works with (the
 * people it tracks, parsed mentions, its words and index of names) in `work`. */
void speakers_resolve(record *rec, const speech_events *events, arena *a, arena *work);

#endif
