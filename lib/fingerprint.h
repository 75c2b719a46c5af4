/* The record's content fingerprint: a SimHash of its body text. */
#ifndef BERITA_FINGERPRINT_H
#define BERITA_FINGERPRINT_H

#include <stdint.h>

#include "record.h"

/* Sets rec->fingerprint to 16 hex digits: a 64-bit SimHash of the body
 * paragraphs' word 3-grams (case, punctuation and spacing ignored), so that
 * the same release copied by several sites, give or take a dateline, a
 * sign-off or a caption, gives fingerprints a few bits apart. Left empty when
 * the body has no words. */
void fingerprint_record(record *rec);

/* The number of bits two fingerprints differ in; -1 when either is not 16
 * hex digits. */
int fingerprint_distance(const char *a, const char *b);

#endif
