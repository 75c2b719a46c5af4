/* The record as "berita/1" JSON, written straight from the record. */
#ifndef BERITA_JSON_H
#define BERITA_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "record.h"

/* A malloc'd NUL-terminated JSON text, or NULL when out of memory. */
char *record_to_json(const record *rec, bool pretty, size_t *len_out);

#endif
