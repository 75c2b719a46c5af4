#include "input.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "unicode.h"

/* Labels from the WHATWG Encoding standard that we decode; browsers read
 * iso-8859-1 and us-ascii as windows-1252. */
static const struct {
    const char *label;
    input_encoding enc;
} ENCODING_LABELS[] = {
    {"utf-8", ENC_UTF8},         {"utf8", ENC_UTF8},          {"unicode-1-1-utf-8", ENC_UTF8},
    {"windows-1252", ENC_CP1252}, {"cp1252", ENC_CP1252},     {"x-cp1252", ENC_CP1252},
    {"iso-8859-1", ENC_CP1252},  {"iso8859-1", ENC_CP1252},   {"iso_8859-1", ENC_CP1252},
    {"latin1", ENC_CP1252},      {"l1", ENC_CP1252},          {"ascii", ENC_CP1252},
    {"us-ascii", ENC_CP1252},    {"iso-ir-100", ENC_CP1252},  {"cp819", ENC_CP1252},
    {"utf-16le", ENC_UTF16LE},   {"utf-16", ENC_UTF16LE},     {"utf-16be", ENC_UTF16BE},
};

input_encoding input_encoding_from_label(const char *label, size_t len)
{
    while (len && isspace((unsigned char)*label)) {
        label++;
        len--;
    }
    while (len && isspace((unsigned char)label[len - 1]))
        len--;
    for (size_t i = 0; i < sizeof ENCODING_LABELS / sizeof *ENCODING_LABELS; i++)
        if (strlen(ENCODING_LABELS[i].label) == len &&
            strncasecmp(ENCODING_LABELS[i].label, label, len) == 0)
            return ENCODING_LABELS[i].enc;
    return ENC_UNKNOWN;
}

/* File signatures of formats that are certainly not a page. */
static const struct {
    const char *magic;
    size_t len;
    const char *name;
} BINARY_MAGIC[] = {
    {"\x89PNG\r\n\x1a\n", 8, "a PNG image"}, {"\xff\xd8\xff", 3, "a JPEG image"},
    {"GIF8", 4, "a GIF image"},              {"%PDF-", 5, "a PDF document"},
    {"PK\x03\x04", 4, "a ZIP archive"},      {"\x1f\x8b", 2, "gzip-compressed data"},
    {"RIFF", 4, "a RIFF media file"},        {"\x7f" "ELF", 4, "an executable"},
};

static const char *binary_kind(const unsigned char *d, size_t len)
{
    for (size_t i = 0; i < sizeof BINARY_MAGIC / sizeof *BINARY_MAGIC; i++)
        if (len >= BINARY_MAGIC[i].len && memcmp(d, BINARY_MAGIC[i].magic, BINARY_MAGIC[i].len) == 0)
            return BINARY_MAGIC[i].name;
    /* Unknown formats: text has few control bytes; binary data has many. */
    size_t n = len < 4096 ? len : 4096, controls = 0;
    for (size_t i = 0; i < n; i++)
        if (d[i] < 0x20 && d[i] != '\n' && d[i] != '\r' && d[i] != '\t' && d[i] != '\f')
            controls++;
    return (n >= 16 && controls * 10 > n) ? "binary data" : NULL;
}

/* Finds charset=NAME in a <meta> within the first bytes, as browsers' prescan
 * does (both <meta charset="x"> and http-equiv content="...; charset=x"). */
static input_encoding meta_charset(const char *d, size_t len)
{
    size_t n = len < 8192 ? len : 8192;
    for (size_t i = 0; i + 5 < n; i++) {
        if (d[i] != '<' || strncasecmp(d + i + 1, "meta", 4) != 0)
            continue;
        size_t end = i;
        while (end < n && d[end] != '>')
            end++;
        for (size_t j = i; j + 8 < end; j++) {
            if (strncasecmp(d + j, "charset", 7) != 0)
                continue;
            size_t k = j + 7;
            while (k < end && (d[k] == ' ' || d[k] == '='))
                k++;
            while (k < end && (d[k] == '"' || d[k] == '\''))
                k++;
            size_t s = k;
            while (k < end && (isalnum((unsigned char)d[k]) || d[k] == '-' || d[k] == '_'))
                k++;
            if (k > s)
                return input_encoding_from_label(d + s, k - s);
        }
    }
    return ENC_UNKNOWN;
}

static bool looks_like_html(const char *d, size_t len)
{
    static const char *const TAGS[] = {"<!doctype", "<html", "<head", "<body", "<meta", "<div",
                                       "<p>", "<p ", "<article", "<title", "<!--", "<?xml", "<table"};
    size_t i = 0;
    while (i < len && isspace((unsigned char)d[i]))
        i++;
    if (i >= len || d[i] != '<')
        return false;
    for (size_t t = 0; t < sizeof TAGS / sizeof *TAGS; t++)
        if (len - i >= strlen(TAGS[t]) && strncasecmp(d + i, TAGS[t], strlen(TAGS[t])) == 0)
            return true;
    /* Any other tag at the start: "<section>", "<main>". */
    return i + 1 < len && isalpha((unsigned char)d[i + 1]);
}

/* Appends cp to out; NUL becomes a space so no reader stops early. */
static size_t put(char *out, size_t n, int32_t cp) { return n + utf8_encode(cp ? cp : ' ', out + n); }

/* Each decoder writes whole characters into out[0..cap) and stops when the
 * next might not fit (no character takes more than 4 bytes). */
enum { MAX_CHAR = 4 };

/* Where the run of ASCII bytes but NUL from d[i] ends, before `limit`:
 * eight bytes at a time, as it reads nearly every byte of a page. */
static size_t ascii_run_end(const char *d, size_t i, size_t limit)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    for (uint64_t x; limit - i >= 8; i += 8) {
        memcpy(&x, d + i, 8);
        if (((x - ones) | x) & highs) /* a byte 0 or >= 0x80 among them */
            break;
    }
    while (i < limit && (unsigned char)(d[i] - 1) < 0x7F)
        i++;
    return i;
}

static size_t read_utf8_or_1252(input_stream *in, char *out, size_t cap)
{
    const char *d = in->data;
    size_t i = in->pos, len = in->len, n = 0;
    while (i < len && cap - n >= MAX_CHAR) {
        /* A run of ASCII (but NUL), most of any page, is copied as it is. */
        size_t run = ascii_run_end(d, i, i + (cap - n) < len ? i + (cap - n) : len);
        if (run > i) {
            memcpy(out + n, d + i, run - i);
            n += run - i;
            i = run;
            continue;
        }
        int32_t cp;
        size_t used = utf8_decode(d + i, len - i, &cp);
        if (used && cp) {
            memcpy(out + n, d + i, used);
            n += used;
            i += used;
        } else if (used) {
            out[n++] = ' ';
            i += used;
        } else {
            n = put(out, n, cp1252_to_unicode((unsigned char)d[i]));
            i++;
        }
    }
    in->pos = i;
    return n;
}

static size_t read_cp1252(input_stream *in, char *out, size_t cap)
{
    size_t n = 0;
    for (; in->pos < in->len && cap - n >= MAX_CHAR; in->pos++)
        n = put(out, n, cp1252_to_unicode((unsigned char)in->data[in->pos]));
    return n;
}

static size_t read_utf16(input_stream *in, char *out, size_t cap)
{
    const unsigned char *u = (const unsigned char *)in->data;
    bool big_endian = in->encoding == ENC_UTF16BE;
    size_t i = in->pos, len = in->len, n = 0;
    for (; i + 1 < len && cap - n >= MAX_CHAR; i += 2) {
        int32_t unit = big_endian ? (u[i] << 8 | u[i + 1]) : (u[i + 1] << 8 | u[i]);
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < len) {
            int32_t low = big_endian ? (u[i + 2] << 8 | u[i + 3]) : (u[i + 3] << 8 | u[i + 2]);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                n = put(out, n, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (unit >= 0xD800 && unit <= 0xDFFF)
            unit = 0xFFFD; /* a lone surrogate */
        n = put(out, n, unit);
    }
    in->pos = i + 1 < len ? i : len; /* an odd last byte is no character */
    return n;
}

size_t input_read(input_stream *in, char *out, size_t cap)
{
    if (cap < MAX_CHAR)
        return 0;
    switch (in->encoding) {
    case ENC_UTF16LE:
    case ENC_UTF16BE:
        return read_utf16(in, out, cap);
    case ENC_CP1252:
        return read_cp1252(in, out, cap);
    default:
        return read_utf8_or_1252(in, out, cap);
    }
}

char *input_read_all(input_stream *in, size_t *len)
{
    /* a 1252 byte becomes at most 3 UTF-8 bytes, and so does a UTF-16 unit */
    size_t left = in->len - in->pos, cap = (in->encoding == ENC_UTF8 ? left : left * 3) + MAX_CHAR + 1;
    char *out = malloc(cap);
    size_t n = 0;
    while (out) {
        n += input_read(in, out + n, cap - 1 - n);
        if (in->pos >= in->len)
            break;
        char *grown = realloc(out, cap *= 2); /* UTF-8 with 1252 bytes in it */
        if (!grown)
            free(out);
        out = grown;
    }
    if (!out)
        return NULL;
    out[n] = '\0';
    *len = n;
    return out;
}

/* The first characters after any leading blanks, decoded: enough to tell
 * HTML from text. False when there are none: the input is all blank. */
static bool first_characters(const input_stream *in, char *head, size_t cap, size_t *head_len)
{
    input_stream peek = *in;
    char chunk[4096];
    size_t got, k = 0;
    while (k < cap && (got = input_read(&peek, chunk, sizeof chunk)) > 0) {
        size_t i = 0;
        while (k == 0 && i < got && isspace((unsigned char)chunk[i]))
            i++;
        size_t take = got - i < cap - k ? got - i : cap - k;
        memcpy(head + k, chunk + i, take);
        k += take;
    }
    *head_len = k;
    return k > 0;
}

stage_status input_open(const char *data, size_t len, input_encoding forced, int kind, input_stream *in,
                        stage_error *err)
{
    memset(in, 0, sizeof *in);
    const unsigned char *u = (const unsigned char *)data;
    input_encoding enc = forced;
    size_t skip = 0;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        skip = 3;
        if (enc == ENC_UNKNOWN)
            enc = ENC_UTF8;
    } else if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        skip = 2;
        if (enc == ENC_UNKNOWN)
            enc = u[0] == 0xFF ? ENC_UTF16LE : ENC_UTF16BE;
    }
    data += skip;
    len -= skip;

    if (enc != ENC_UTF16LE && enc != ENC_UTF16BE) {
        const char *what = binary_kind((const unsigned char *)data, len);
        if (what)
            return stage_fail(err, ST_BINARY, 0, "the input is %s, not a page", what);
    }
    if (enc == ENC_UNKNOWN && looks_like_html(data, len))
        enc = meta_charset(data, len);
    *in = (input_stream){.data = data, .len = len, .encoding = enc == ENC_UNKNOWN ? ENC_UTF8 : enc};

    char head[64];
    size_t head_len;
    if (!first_characters(in, head, sizeof head, &head_len))
        return stage_fail(err, ST_EMPTY, 0, "the input holds no text");
    if (kind == FORMAT_HTML || kind == FORMAT_TEXT)
        in->format = (source_format)kind;
    else
        in->format = looks_like_html(head, head_len) ? FORMAT_HTML : FORMAT_TEXT;
    return ST_OK;
}

/* ---- markup libxml2 would take out of proportion to read --------------- */

/* libxml2's HTML name characters (ASCII, whatever the locale), and those
 * it lets a name start with. */
static bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool input_is_name_char(char c)
{
    return is_ascii_letter(c) || (c >= '0' && c <= '9') || c == ':' || c == '_' || c == '.' || c == '-';
}
static bool is_name_start(char c) { return is_ascii_letter(c) || c == ':' || c == '_' || c == '.'; }
static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* A tag name as libxml2 keys it: lower case, at most INPUT_MAX_HTML_NAME bytes. */
static uint64_t name_hash(const char *s, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a */
    for (size_t i = 0; i < len && i < INPUT_MAX_HTML_NAME; i++)
        h = (h ^ (unsigned char)tolower((unsigned char)s[i])) * 0x100000001b3ull;
    return h | 1; /* 0 marks an empty slot */
}

/* How many start tags of each name the page has: open addressing over
 * hashes. A collision only counts more, which keeps an end tag that could
 * have gone. */
typedef struct {
    uint64_t hash;
    size_t count;
} name_count;

typedef struct {
    name_count *slots;
    size_t cap, used;
} name_counts;

static name_count *name_slot(name_count *slots, size_t cap, uint64_t h)
{
    size_t i = h % cap;
    while (slots[i].hash && slots[i].hash != h)
        i = (i + 1) % cap;
    return &slots[i];
}

static bool name_counts_add(name_counts *counts, uint64_t h)
{
    if (2 * (counts->used + 1) > counts->cap) {
        size_t cap = counts->cap ? 2 * counts->cap : 256;
        name_count *slots = calloc(cap, sizeof *slots);
        if (!slots)
            return false;
        for (size_t i = 0; i < counts->cap; i++)
            if (counts->slots[i].hash)
                *name_slot(slots, cap, counts->slots[i].hash) = counts->slots[i];
        free(counts->slots);
        counts->slots = slots;
        counts->cap = cap;
    }
    name_count *slot = name_slot(counts->slots, counts->cap, h);
    counts->used += !slot->hash;
    slot->hash = h;
    slot->count++;
    return true;
}

static size_t name_counts_get(const name_counts *counts, uint64_t h)
{
    return counts->cap ? name_slot(counts->slots, counts->cap, h)->count : 0;
}

/* Elements libxml2 opens with no start tag in the page: their end tags stay. */
static const char *const IMPLIED_ELEMENTS[] = {"html", "head", "body", "p"};

static bool is_implied(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof IMPLIED_ELEMENTS / sizeof *IMPLIED_ELEMENTS; i++)
        if (strlen(IMPLIED_ELEMENTS[i]) == len && strncasecmp(IMPLIED_ELEMENTS[i], name, len) == 0)
            return true;
    return false;
}

static size_t name_end(const char *s, size_t i, size_t len)
{
    while (i < len && input_is_name_char(s[i]))
        i++;
    return i;
}

/* Past one attribute of a start tag at i (not a blank, not its end), as
 * htmlParseStartTag reads it: a name, then = and a value, quoted or up to
 * a blank or '>'; what is no name is skipped up to a blank or the end. */
static size_t attribute_end(const char *s, size_t i, size_t len)
{
    if (!is_name_start(s[i])) {
        while (i < len && !is_blank(s[i]) && s[i] != '>' && !(s[i] == '/' && i + 1 < len && s[i + 1] == '>'))
            i++;
        return i;
    }
    i = name_end(s, i, len);
    size_t j = i;
    while (j < len && is_blank(s[j]))
        j++;
    if (j >= len || s[j] != '=')
        return j;
    j++;
    while (j < len && is_blank(s[j]))
        j++;
    if (j < len && (s[j] == '"' || s[j] == '\'')) {
        const char *close = memchr(s + j + 1, s[j], len - j - 1);
        return close ? (size_t)(close - s) + 1 : len;
    }
    while (j < len && !is_blank(s[j]) && s[j] != '>')
        j++;
    return j;
}

static bool at_tag_end(const char *s, size_t i, size_t len)
{
    return i >= len || s[i] == '>' || (s[i] == '/' && i + 1 < len && s[i + 1] == '>');
}

/* Where the text of a script or a style that starts at i ends, read as
 * libxml2 2.9.14 reads it: each turn of its content loop first takes an
 * end tag as one (its name, then anything up to the next '>': a "</a" can
 * swallow the "</script>" after it), and one of the element's own name
 * closes it; the text between runs to the next "</" and that name, even
 * within a longer one. */
static size_t raw_text_end(const char *s, size_t i, size_t len, const char *name, size_t name_len)
{
    for (;;) {
        while (i + 1 < len && s[i] == '<' && s[i + 1] == '/') {
            if (i + 2 >= len || !is_name_start(s[i + 2])) {
                i += 2;
                break;
            }
            if (name_end(s, i + 2, len) - (i + 2) == name_len && strncasecmp(s + i + 2, name, name_len) == 0)
                return i;
            const char *gt = memchr(s + i, '>', len - i);
            i = gt ? (size_t)(gt - s) + 1 : len;
        }
        for (;; i++) {
            const char *lt = memchr(s + i, '<', len - i);
            if (!lt)
                return len;
            i = (size_t)(lt - s);
            if (i + 2 + name_len <= len && s[i + 1] == '/' && strncasecmp(s + i + 2, name, name_len) == 0)
                break;
        }
    }
}

/* Past the "-->" (or "--!>", as libxml2 2.9.14 also takes) that ends a
 * comment whose text starts at i. */
static size_t comment_end(const char *s, size_t i, size_t len)
{
    for (size_t at = i; at < len;) {
        const char *gt = memchr(s + at, '>', len - at);
        if (!gt)
            break;
        size_t k = (size_t)(gt - s), dashes = k >= i + 3 && s[k - 1] == '!' ? k - 1 : k;
        if (dashes >= i + 2 && s[dashes - 1] == '-' && s[dashes - 2] == '-')
            return k + 1;
        at = k + 1;
    }
    return len;
}

/* libxml2 2.9.14 reads up to the next '>' as one piece a doctype (also in
 * the middle of a page) and a processing instruction with a target name;
 * any other "<!" or "<?" is text to it, and what follows is read on. */
static bool is_declaration(const char *s, size_t r, size_t len)
{
    if (r + 2 >= len)
        return false;
    if (s[r + 1] == '?')
        return is_ascii_letter(s[r + 2]) || s[r + 2] == '_' || s[r + 2] == ':';
    return s[r + 1] == '!' && r + 9 <= len && strncasecmp(s + r + 2, "DOCTYPE", 7) == 0;
}

/* Whether what the page holds up to w could run on into what follows a
 * tag taken out there, as libxml2 reads it: a '<' it read as text, with
 * what came after it ("</", "<!-", "<!DOCTYP", "<a" cut short), would
 * start a tag, a comment or a doctype, and an '&' with a name (or '#' and
 * digits) would read on as one entity. Looked for a few bytes back, so a
 * longer name only keeps the tag. */
static bool runs_on(const char *s, size_t w)
{
    enum { LOOKBACK = 64 };
    for (size_t k = w; k > 0 && w - k < LOOKBACK; k--) {
        char c = s[k - 1];
        if (c == '<' || c == '&')
            return true;
        if (!input_is_name_char(c) && c != '#' && c != '!' && c != '?' && c != '/')
            return false;
    }
    return w > LOOKBACK;
}

/* Past a doctype's name and external ids from i (after "<!DOCTYPE"), as
 * htmlParseDocTypeDecl reads them: a quoted id after PUBLIC or SYSTEM runs
 * to its closing quote, a '>' in it included. */
static size_t doctype_ids_end(const char *s, size_t i, size_t len)
{
    while (i < len && is_blank(s[i]))
        i++;
    i = name_end(s, i, len);
    while (i < len && is_blank(s[i]))
        i++;
    int literals = i + 6 <= len && strncasecmp(s + i, "PUBLIC", 6) == 0   ? 2
                   : i + 6 <= len && strncasecmp(s + i, "SYSTEM", 6) == 0 ? 1
                                                                          : 0;
    if (literals)
        i += 6;
    for (; literals > 0; literals--) {
        while (i < len && is_blank(s[i]))
            i++;
        if (i >= len || (s[i] != '"' && s[i] != '\''))
            break;
        size_t k = i + 1;
        while (k < len && s[k] != s[i] && ((unsigned char)s[k] >= 0x20 || is_blank(s[k])))
            k++;
        i = k < len && s[k] == s[i] ? k + 1 : k;
    }
    return i;
}

/* Copies the start tag at r to w, its name and its first
 * INPUT_MAX_ATTRIBUTES attributes, and returns where it ends ('>', "/>" or
 * the end of the page), left to copy; *raw_name is "script" or "style" for
 * an element whose text libxml2 reads raw, else NULL. */
static size_t copy_start_tag(char *s, size_t r, size_t len, size_t *w, const char **raw_name)
{
    size_t name = r + 1, name_len = name_end(s, name, len) - name, kept = 0, i = name + name_len;
    /* the name read before the copy, which may overwrite it */
    *raw_name = name_len == 6 && strncasecmp(s + name, "script", 6) == 0  ? "script"
                : name_len == 5 && strncasecmp(s + name, "style", 5) == 0 ? "style"
                                                                         : NULL;
    memmove(s + *w, s + r, i - r);
    *w += i - r;
    for (;;) {
        size_t blanks = i;
        while (i < len && is_blank(s[i]))
            i++;
        if (at_tag_end(s, i, len) || kept == INPUT_MAX_ATTRIBUTES) {
            memmove(s + *w, s + blanks, i - blanks);
            *w += i - blanks;
            break;
        }
        size_t end = attribute_end(s, i, len);
        kept += is_name_start(s[i]);
        memmove(s + *w, s + blanks, end - blanks);
        *w += end - blanks;
        i = end;
    }
    while (!at_tag_end(s, i, len)) /* the attributes past the cap */
        i = attribute_end(s, i, len), i += i < len && is_blank(s[i]);
    return i;
}

bool input_filter_markup(char *s, size_t *len_io)
{
    size_t len = *len_io, r = 0, w = 0;
    name_counts started = {0};
    /* Every start tag's name anywhere: more than libxml2 opens, whatever it
     * reads as a comment, a script or a value. */
    for (const char *lt = memchr(s, '<', len); lt; lt = memchr(lt + 1, '<', len - (size_t)(lt + 1 - s))) {
        size_t at = (size_t)(lt - s) + 1;
        if (at < len && is_ascii_letter(s[at]) &&
            !name_counts_add(&started, name_hash(s + at, name_end(s, at, len) - at))) {
            free(started.slots);
            return false;
        }
    }
    /* The run of end tags of one name, blanks between: its name and length. */
    uint64_t run_name = 0;
    size_t run_length = 0, declaration_end = SIZE_MAX;
    bool in_run = false;
    while (r < len) {
        const char *lt = memchr(s + r, '<', len - r);
        size_t next = lt ? (size_t)(lt - s) : len;
        for (size_t i = r; in_run && i < next; i++)
            in_run = is_blank(s[i]);
        bool continues_run = in_run;
        in_run = false;
        memmove(s + w, s + r, next - r);
        w += next - r;
        r = next;
        if (r >= len)
            break;
        size_t from = r, to;
        if (r + 3 < len && s[r + 1] == '!' && s[r + 2] == '-' && s[r + 3] == '-') { /* a comment */
            to = comment_end(s, r + 4, len);
        } else if (is_declaration(s, r, len)) {
            size_t past = s[r + 1] == '!' ? doctype_ids_end(s, r + 9, len) : r;
            const char *close = memchr(s + past, '>', len - past);
            to = declaration_end = close ? (size_t)(close - s) + 1 : len;
        } else if (r + 2 < len && s[r + 1] == '/' && is_ascii_letter(s[r + 2]) && r != declaration_end) {
            /* an end tag (right after a doctype, 2.9.14 reads one as text) */
            size_t name = r + 2, name_len = name_end(s, name, len) - name;
            const char *close = memchr(s + r, '>', len - r);
            to = close ? (size_t)(close - s) + 1 : len;
            /* In a run of end tags of one name with only blanks between (no
             * text to imply an element), each closes an element of that name
             * or nothing, and after one that closes nothing all do: past as
             * many as the page has start tags of the name, they close
             * nothing libxml2 can have open. */
            uint64_t h = name_hash(s + name, name_len);
            run_length = continues_run && h == run_name ? run_length + 1 : 1;
            run_name = h;
            in_run = true;
            /* (one the page ends in before its '>' is left: libxml2 keeps it as text) */
            if (close && !is_implied(s + name, name_len) && run_length > name_counts_get(&started, h) &&
                !runs_on(s, w))
                from = to; /* dropped */
        } else if (r + 1 < len && is_ascii_letter(s[r + 1])) { /* a start tag */
            const char *raw_name;
            from = copy_start_tag(s, r, len, &w, &raw_name);
            to = from >= len ? len : from + (s[from] == '>' ? 1 : 2);
            if (raw_name && from < len && s[from] == '>')
                to = raw_text_end(s, to, len, raw_name, strlen(raw_name));
        } else {
            to = r + 1;
        }
        memmove(s + w, s + from, to - from);
        w += to - from;
        r = to;
    }
    free(started.slots);
    s[w] = '\0';
    *len_io = w;
    return true;
}
