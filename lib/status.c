#include "status.h"

#include <stdarg.h>
#include <stdio.h>

stage_status stage_fail(stage_error *err, stage_status status, size_t position, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        err->status = status;
        err->position = position;
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return status;
}
