/* Stage 5: direct and indirect quotes with their cues and speaker mentions. */
#ifndef BERITA_QUOTES_H
#define BERITA_QUOTES_H

#include <stddef.h>

#include "record.h"

void quotes_extract(record *rec, size_t max_quotes, arena *a);

#endif
