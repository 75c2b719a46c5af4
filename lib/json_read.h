/* JSON read into an arena: the pages' JSON-LD and Next.js data.
 *
 * Why not jansson (the library the design first chose for this): jansson
 * 2.14, Debian 12's, does not survive a failed allocation inside
 * json_loadb. Its lexer drops the byte it could not save, then asserts (an
 * abort of the host program) or reads past its string buffer, and other
 * failures come back as syntax errors, so a page would silently lose its
 * JSON-LD (akheron/jansson#362, open since 2017). Its allocator can only be
 * replaced for the whole process, which would take over a host program's
 * own jansson, and Debian's libjansson.a is not position-independent, so a
 * private copy cannot go into libberita.so. json-c has the same class of bug (json-c#857), yajl leaves
 * malloc unchecked in its buffer, cJSON keeps its last error in a global.
 * A page's JSON is read once, whole, and only looked up: a value tree in an
 * arena the caller frees is all it needs, and a failed allocation is then
 * the arena's sticky flag, as everywhere else in libberita.
 *
 * The grammar is RFC 8259's, read as jansson read it (so records did not
 * change): the text is one array or object and nothing but whitespace
 * after it; strings are valid UTF-8 without raw controls, "\u0000" or
 * unpaired surrogates; an integer must fit 64 bits. */
#ifndef BERITA_JSON_READ_H
#define BERITA_JSON_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef enum {
    JSON_KIND_NULL,
    JSON_KIND_FALSE,
    JSON_KIND_TRUE,
    JSON_KIND_INTEGER,
    JSON_KIND_REAL,
    JSON_KIND_STRING,
    JSON_KIND_ARRAY,
    JSON_KIND_OBJECT
} json_kind;

typedef struct json_value json_value;
struct json_value {
    json_kind kind;
    const char *key;  /* the member's name, in an object */
    json_value *next; /* the next item or member of the same array or object */
    union {
        int64_t integer;
        struct {
            const char *text; /* NUL-terminated */
            size_t len;
        } string;
        struct {
            json_value *first;
            size_t count;
        } children; /* an array's items, an object's members, in order */
    } as;
};

/* Nesting deeper than this is not read (jansson's limit was 2048). */
enum { JSON_MAX_DEPTH = 512 };

/* The value of s[0, len), in a; NULL when the text is not JSON by the
 * grammar above, or when an allocation failed (then arena_failed(a)). */
json_value *json_read(arena *a, const char *s, size_t len);

/* An object's member named key (the last one, when the name repeats);
 * NULL when v is not an object or has no such member. */
const json_value *json_member(const json_value *v, const char *key);
/* The array's i-th item; NULL when v is not an array or is shorter. */
const json_value *json_item(const json_value *v, size_t i);
/* v's text when it is a string, else NULL. */
const char *json_text(const json_value *v);

static inline bool json_is(const json_value *v, json_kind kind) { return v && v->kind == kind; }

#endif
