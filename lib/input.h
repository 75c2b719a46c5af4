/* Stage 1: bytes to UTF-8, and which reader (HTML or text) gets them. */
#ifndef BERITA_INPUT_H
#define BERITA_INPUT_H

#include <stddef.h>

#include "record.h"
#include "status.h"

typedef enum { ENC_UNKNOWN = 0, ENC_UTF8, ENC_CP1252, ENC_UTF16LE, ENC_UTF16BE } input_encoding;

typedef struct {
    char *text; /* malloc'd, NUL-terminated UTF-8 without BOM and without NUL bytes */
    size_t len;
    source_format format;
    input_encoding encoding; /* what the bytes were read as */
} decoded_input;

/* Looks up an encoding label ("UTF-8", "latin1", "windows-1252"...) the way
 * browsers do; ENC_UNKNOWN for a label we cannot decode. */
input_encoding input_encoding_from_label(const char *label, size_t len);

/* Decodes data[0..len). `forced` overrides BOM and <meta> when not
 * ENC_UNKNOWN; `kind` is 0 for auto-detection or a source_format. Decoding
 * follows browsers: BOM, then <meta charset>/http-equiv, then UTF-8, where
 * every byte that is not part of valid UTF-8 is read as windows-1252. */
stage_status input_decode(const char *data, size_t len, input_encoding forced, int kind,
                          decoded_input *out, stage_error *err);

#endif
