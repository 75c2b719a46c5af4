/* The record as "berita/1" JSON, written straight from the record. */
#ifndef BERITA_JSON_H
#define BERITA_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "record.h"

/* A malloc'd NUL-terminated JSON text, or NULL when out of memory. */
char *record_to_json(const record *rec, bool pretty, size_t *len_out);

/* Receives the text in pieces; nonzero refuses one and ends the writing. */
typedef int (*json_sink)(void *ctx, const char *bytes, size_t len);

/* The same text handed to `sink` in pieces as it is written, never whole;
 * false when the sink refused a piece. */
bool record_write_json(const record *rec, bool pretty, json_sink sink, void *ctx);

#endif
