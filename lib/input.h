/* Stage 1: bytes to UTF-8, and which reader (HTML or text) gets them. */
#ifndef BERITA_INPUT_H
#define BERITA_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "record.h"
#include "status.h"

typedef enum { ENC_UNKNOWN = 0, ENC_UTF8, ENC_CP1252, ENC_UTF16LE, ENC_UTF16BE } input_encoding;

/* The input, opened: which reader gets it and how its bytes decode. It is
 * decoded as it is read, so a page need not be held twice. */
typedef struct {
    const char *data; /* the caller's bytes, after any BOM */
    size_t len, pos;  /* pos: the next byte to decode */
    input_encoding encoding; /* what the bytes are read as */
    source_format format;
} input_stream;

/* Looks up an encoding label ("UTF-8", "latin1", "windows-1252"...) the way
 * browsers do; ENC_UNKNOWN for a label we cannot decode. */
input_encoding input_encoding_from_label(const char *label, size_t len);

/* Opens data[0..len). `forced` overrides BOM and <meta> when not
 * ENC_UNKNOWN; `kind` is 0 for auto-detection or a source_format. Decoding
 * follows browsers: BOM, then <meta charset>/http-equiv, then UTF-8, where
 * every byte that is not part of valid UTF-8 is read as windows-1252.
 * ST_BINARY for a file that is not text, ST_EMPTY for one all blank. */
stage_status input_open(const char *data, size_t len, input_encoding forced, int kind, input_stream *in,
                        stage_error *err);

/* Decodes the next whole characters into out[0..cap) as UTF-8 without NUL
 * bytes (a NUL becomes a space); how many bytes it wrote, 0 at the end. */
size_t input_read(input_stream *in, char *out, size_t cap);

/* The rest of the input decoded, as a malloc'd NUL-terminated string, or
 * NULL when out of memory. */
char *input_read_all(input_stream *in, size_t *len);

/* Markup no page needs, taken out of a decoded HTML page (NUL-terminated,
 * len bytes) in place before libxml2 2.9.14 reads it, where it costs time
 * out of proportion: attributes of an element past the first
 * INPUT_MAX_ATTRIBUTES (each new one is compared with all before it), and
 * end tags that can close nothing: of a name no start tag in the page has,
 * or more in a row than it has start tags (each is looked for in the whole
 * stack of open elements). The tags are read as libxml2 reads
 * them; script and style text and comments are left as they are. The new
 * length, the text NUL-terminated there; false when out of memory (the
 * text unchanged). */
enum { INPUT_MAX_ATTRIBUTES = 256 };
bool input_filter_markup(char *html, size_t *len);

/* A character of a tag, attribute or entity name to libxml2's HTML
 * tokenizer, which reads a tag or attribute name in pieces of at most
 * INPUT_MAX_HTML_NAME bytes (its HTML_PARSER_BUFFER_SIZE). */
enum { INPUT_MAX_HTML_NAME = 100 };
bool input_is_name_char(char c);

#endif
