/* libFuzzer target for the JSON reader of the pages' JSON-LD
 * (lib/json_read.c), differential: jansson, the reader it replaced, must
 * accept the same texts and read the same values. The two documented
 * differences are let through: nesting deeper than JSON_MAX_DEPTH (jansson
 * reads up to 2048 levels) and a real number out of double's range (whose
 * value libberita never reads); and a text with a NUL byte is not compared
 * (jansson skips NUL bytes, which the text of a page never holds). */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json_read.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t depth_of(const json_t *v)
{
    size_t deepest = 0;
    if (json_is_array(v))
        for (size_t i = 0; i < json_array_size(v); i++) {
            size_t d = depth_of(json_array_get(v, i));
            deepest = d > deepest ? d : deepest;
        }
    if (json_is_object(v)) {
        const char *key;
        json_t *child;
        json_object_foreach((json_t *)v, key, child)
        {
            size_t d = depth_of(child);
            deepest = d > deepest ? d : deepest;
        }
    }
    return deepest + (json_is_array(v) || json_is_object(v));
}

static void same(const json_value *ours, const json_t *theirs)
{
    switch (json_typeof(theirs)) {
    case JSON_OBJECT: {
        if (!json_is(ours, JSON_KIND_OBJECT) || ours->as.children.count < json_object_size(theirs))
            abort();
        const char *key;
        json_t *child;
        json_object_foreach((json_t *)theirs, key, child) same(json_member(ours, key), child);
        break;
    }
    case JSON_ARRAY:
        if (!json_is(ours, JSON_KIND_ARRAY) || ours->as.children.count != json_array_size(theirs))
            abort();
        for (size_t i = 0; i < json_array_size(theirs); i++)
            same(json_item(ours, i), json_array_get(theirs, i));
        break;
    case JSON_STRING:
        if (!json_is(ours, JSON_KIND_STRING) || ours->as.string.len != json_string_length(theirs) ||
            memcmp(ours->as.string.text, json_string_value(theirs), ours->as.string.len) != 0)
            abort();
        break;
    case JSON_INTEGER:
        if (!json_is(ours, JSON_KIND_INTEGER) || ours->as.integer != json_integer_value(theirs))
            abort();
        break;
    case JSON_REAL:
        if (!json_is(ours, JSON_KIND_REAL))
            abort();
        break;
    case JSON_TRUE:
    case JSON_FALSE:
    case JSON_NULL:
        if (!ours || (int)ours->kind != (json_typeof(theirs) == JSON_TRUE    ? JSON_KIND_TRUE
                                         : json_typeof(theirs) == JSON_FALSE ? JSON_KIND_FALSE
                                                                             : JSON_KIND_NULL))
            abort();
        break;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    arena *a = memchr(data, '\0', size) ? NULL : arena_new();
    if (!a)
        return 0;
    const json_value *ours = json_read(a, (const char *)data, size);
    json_error_t err;
    json_t *theirs = json_loadb((const char *)data, size, 0, &err);
    if (theirs && depth_of(theirs) <= JSON_MAX_DEPTH)
        same(ours, theirs);
    else if (!theirs && ours && !strstr(err.text, "real number overflow") && !strstr(err.text, "maximum parsing depth"))
        abort();
    json_decref(theirs);
    arena_free(a);
    return 0;
}
