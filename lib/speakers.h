/* Stage 6: speaker mentions merged into people; every quote attributed. */
#ifndef BERITA_SPEAKERS_H
#define BERITA_SPEAKERS_H

#include "quotes.h"
#include "record.h"

void speakers_resolve(record *rec, const speech_events *events, arena *a);

#endif
