/* How a stage fails. lib/berita.c turns these into berita_status values. */
#ifndef BERITA_STATUS_H
#define BERITA_STATUS_H

#include <stddef.h>

typedef enum {
    ST_OK = 0,
    ST_NOMEM,
    ST_EMPTY,
    ST_BINARY,
    ST_TOO_LARGE,
    ST_TOO_DEEP,
    ST_NO_ARTICLE,
    ST_PARSE,
    ST_CHARSET
} stage_status;

typedef struct {
    stage_status status;
    size_t position;
    char message[256];
} stage_error;

/* Records a failure with a printf-style message; returns `status`. */
stage_status stage_fail(stage_error *err, stage_status status, size_t position, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

#endif
