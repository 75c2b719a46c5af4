/* Where a parse spends its time, stage by stage, for the benchmarks in bench/.
 * Not part of the public API (hidden like every non-berita_ symbol). */
#ifndef BERITA_PROFILE_H
#define BERITA_PROFILE_H

#include "berita.h"

typedef struct {
    double decode, read, metadata, dates, quotes, speakers; /* seconds, added up over calls */
} parse_profile;

/* berita_parse, adding each stage's time to *profile (which may be NULL). */
berita_status parse_profiled(const char *data, size_t len, const berita_options *opts, berita_doc **out,
                             berita_error *err, parse_profile *profile);

#endif
