/* Stage 6: speaker mentions merged into people; every quote attributed. */
#ifndef BERITA_SPEAKERS_H
#define BERITA_SPEAKERS_H

#include "record.h"

void speakers_resolve(record *rec, arena *a);

#endif
