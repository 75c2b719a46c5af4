/* JSON read into an arena (see json_read.h for why, and the grammar). A
 * recursive descent over the text, once: each value is a node linked to
 * its next sibling, strings are decoded into the arena, and nothing is
 * allocated outside it. */
#include "json_read.h"

#include <string.h>

#include "unicode.h"

typedef struct {
    arena *a;
    const char *p, *end;
} json_cursor;

static void skip_space(json_cursor *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
        c->p++;
}

static json_value *new_value(json_cursor *c, json_kind kind)
{
    json_value *v = arena_alloc(c->a, sizeof *v);
    if (v)
        v->kind = kind;
    return v;
}

/* The value of four hex digits at p (before end), or -1. */
static int32_t hex4(const char *p, const char *end)
{
    if (end - p < 4)
        return -1;
    int32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char h = p[i];
        int d = h >= '0' && h <= '9'   ? h - '0'
                : h >= 'a' && h <= 'f' ? h - 'a' + 10
                : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                       : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* The escape after a backslash at p (before end) decoded into out;
 * returns the bytes read after the backslash, 0 when invalid. */
static size_t read_escape(const char *p, const char *end, char *out, size_t *out_len)
{
    static const char SIMPLE_FROM[] = "\"\\/bfnrt", SIMPLE_TO[] = "\"\\/\b\f\n\r\t";
    const char *simple = strchr(SIMPLE_FROM, *p);
    if (*p && simple) {
        out[(*out_len)++] = SIMPLE_TO[simple - SIMPLE_FROM];
        return 1;
    }
    if (*p != 'u')
        return 0;
    int32_t cp = hex4(p + 1, end);
    size_t used = 5;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        int32_t low = end - (p + 5) >= 2 && p[5] == '\\' && p[6] == 'u' ? hex4(p + 7, end) : -1;
        if (low < 0xDC00 || low > 0xDFFF)
            return 0;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        used = 11;
    } else if (cp <= 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) {
        return 0; /* invalid, "\u0000" (a C string ends there) or a lone low surrogate */
    }
    *out_len += utf8_encode(cp, out + *out_len);
    return used;
}

/* The string whose opening quote is at c->p, decoded; false when it is not
 * a valid string (or memory ran out). A decoded string is never longer than
 * its source. */
static bool read_string(json_cursor *c, const char **text, size_t *len)
{
    const char *s = ++c->p, *q = s;
    while (q < c->end && *q != '"')
        q += *q == '\\' && c->end - q > 1 ? 2 : 1;
    if (q >= c->end)
        return false;
    char *out = arena_alloc(c->a, (size_t)(q - s) + 1);
    if (!out)
        return false;
    size_t n = 0;
    for (const char *p = s; p < q;) {
        unsigned char b = (unsigned char)*p;
        if (b < 0x20)
            return false;
        if (b == '\\') {
            size_t used = read_escape(p + 1, q, out, &n);
            if (!used)
                return false;
            p += 1 + used;
        } else if (b < 0x80) {
            out[n++] = *p++;
        } else {
            int32_t cp;
            size_t k = utf8_decode(p, (size_t)(q - p), &cp);
            if (!k)
                return false;
            memcpy(out + n, p, k);
            n += k;
            p += k;
        }
    }
    out[n] = '\0';
    *text = out;
    *len = n;
    c->p = q + 1;
    return true;
}

static bool is_digit(const json_cursor *c, const char *p) { return p < c->end && *p >= '0' && *p <= '9'; }

/* -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?: an integer when it has
 * neither fraction nor exponent (and fits 64 bits), else a real whose value
 * no reader needs. */
static json_value *read_number(json_cursor *c)
{
    const char *p = c->p;
    bool negative = p < c->end && *p == '-';
    p += negative;
    if (!is_digit(c, p) || (*p == '0' && is_digit(c, p + 1)))
        return NULL;
    uint64_t magnitude = 0, limit = negative ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    bool fits = true;
    for (; is_digit(c, p); p++) {
        unsigned d = (unsigned)(*p - '0');
        fits = fits && magnitude <= (limit - d) / 10;
        magnitude = magnitude * 10 + d;
    }
    json_kind kind = JSON_KIND_INTEGER;
    if (p < c->end && *p == '.') {
        if (!is_digit(c, ++p))
            return NULL;
        while (is_digit(c, p))
            p++;
        kind = JSON_KIND_REAL;
    }
    if (p < c->end && (*p == 'e' || *p == 'E')) {
        p++;
        p += p < c->end && (*p == '+' || *p == '-');
        if (!is_digit(c, p))
            return NULL;
        while (is_digit(c, p))
            p++;
        kind = JSON_KIND_REAL;
    }
    if (kind == JSON_KIND_INTEGER && !fits)
        return NULL;
    json_value *v = new_value(c, kind);
    if (v && kind == JSON_KIND_INTEGER)
        v->as.integer = negative ? (int64_t)(0 - magnitude) : (int64_t)magnitude;
    c->p = p;
    return v;
}

static json_value *read_literal(json_cursor *c, const char *word, json_kind kind)
{
    size_t n = strlen(word);
    if ((size_t)(c->end - c->p) < n || memcmp(c->p, word, n) != 0)
        return NULL;
    c->p += n;
    return new_value(c, kind);
}

static json_value *read_value(json_cursor *c, int depth);

/* An array or object whose bracket is at c->p. */
static json_value *read_container(json_cursor *c, int depth, bool object)
{
    if (depth > JSON_MAX_DEPTH)
        return NULL;
    json_value *v = new_value(c, object ? JSON_KIND_OBJECT : JSON_KIND_ARRAY);
    if (!v)
        return NULL;
    char close = object ? '}' : ']';
    json_value **tail = &v->as.children.first;
    c->p++;
    skip_space(c);
    if (c->p < c->end && *c->p == close) {
        c->p++;
        return v;
    }
    for (;;) {
        const char *key = NULL;
        if (object) {
            size_t key_len;
            if (c->p >= c->end || *c->p != '"' || !read_string(c, &key, &key_len))
                return NULL;
            skip_space(c);
            if (c->p >= c->end || *c->p != ':')
                return NULL;
            c->p++;
        }
        json_value *item = read_value(c, depth + 1);
        if (!item)
            return NULL;
        item->key = key;
        *tail = item;
        tail = &item->next;
        v->as.children.count++;
        skip_space(c);
        if (c->p < c->end && *c->p == ',') {
            c->p++;
            skip_space(c);
        } else if (c->p < c->end && *c->p == close) {
            c->p++;
            return v;
        } else {
            return NULL;
        }
    }
}

static json_value *read_value(json_cursor *c, int depth)
{
    skip_space(c);
    if (c->p >= c->end)
        return NULL;
    switch (*c->p) {
    case '{':
        return read_container(c, depth, true);
    case '[':
        return read_container(c, depth, false);
    case '"': {
        json_value *v = new_value(c, JSON_KIND_STRING);
        return v && read_string(c, &v->as.string.text, &v->as.string.len) ? v : NULL;
    }
    case 't':
        return read_literal(c, "true", JSON_KIND_TRUE);
    case 'f':
        return read_literal(c, "false", JSON_KIND_FALSE);
    case 'n':
        return read_literal(c, "null", JSON_KIND_NULL);
    default:
        return read_number(c);
    }
}

json_value *json_read(arena *a, const char *s, size_t len)
{
    json_cursor c = {a, s, s + len};
    skip_space(&c);
    if (c.p >= c.end || (*c.p != '{' && *c.p != '['))
        return NULL;
    json_value *v = read_value(&c, 1);
    skip_space(&c);
    return v && c.p == c.end ? v : NULL;
}

const json_value *json_member(const json_value *v, const char *key)
{
    const json_value *found = NULL;
    if (json_is(v, JSON_KIND_OBJECT))
        for (const json_value *m = v->as.children.first; m; m = m->next)
            if (strcmp(m->key, key) == 0)
                found = m;
    return found;
}

const json_value *json_item(const json_value *v, size_t i)
{
    if (!json_is(v, JSON_KIND_ARRAY))
        return NULL;
    const json_value *item = v->as.children.first;
    while (item && i--)
        item = item->next;
    return item;
}

const char *json_text(const json_value *v) { return json_is(v, JSON_KIND_STRING) ? v->as.string.text : NULL; }
