#include "json.h"

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The record is written straight from the arena: twice into a buffer (once
 * to count the bytes, once into a buffer of exactly that size), or once
 * through a small buffer handed to the caller's sink as it fills. A JSON
 * library (jansson) would first copy every string into a tree of its own and
 * then grow its output by doubling: for a 20 MB page that is two more copies
 * of the text and most of the peak memory. The output is jansson's own
 * format, byte for byte (compact, or JSON_INDENT(2)). */
enum { SINK_BUFFER = 16 * 1024 };

typedef struct {
    char *out; /* NULL while counting */
    size_t len;
    json_sink sink; /* when set, `out` is a SINK_BUFFER flushed to it when full */
    void *sink_ctx;
    bool sink_failed; /* the sink refused a piece: nothing more is handed to it */
    bool pretty;
    int depth;
    bool first; /* nothing written yet into the open object or array */
} writer;

static void flush(writer *w)
{
    if (w->len && !w->sink_failed && w->sink(w->sink_ctx, w->out, w->len) != 0)
        w->sink_failed = true;
    w->len = 0;
}

static void raw(writer *w, const char *s, size_t n)
{
    while (w->sink && n > SINK_BUFFER - w->len) {
        size_t room = SINK_BUFFER - w->len;
        memcpy(w->out + w->len, s, room);
        w->len += room;
        s += room;
        n -= room;
        flush(w);
    }
    if (w->out)
        memcpy(w->out + w->len, s, n);
    w->len += n;
}

static void lit(writer *w, const char *s) { raw(w, s, strlen(s)); }

/* The characters JSON requires escaped; the rest pass as they are (every
 * string of the record is valid UTF-8: the input stage decodes the page so
 * and each stage copies whole characters). */
static bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

/* Where the first byte to escape in s[i, n) is, or n: eight bytes tested at
 * a time (a byte below 0x20, or a zero byte after xor with '"' or '\\'), as
 * every byte of the record's text passes here twice. */
static size_t plain_run_end(const char *s, size_t i, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    for (uint64_t x, quote, backslash; n - i >= 8; i += 8) {
        memcpy(&x, s + i, 8);
        quote = x ^ (ones * '"');
        backslash = x ^ (ones * '\\');
        if ((((x - ones * 0x20) & ~x) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash)) & highs)
            break;
    }
    while (i < n && !needs_escape((unsigned char)s[i]))
        i++;
    return i;
}

static void string(writer *w, const char *s, size_t n)
{
    static const char SHORT[32] = {['\b'] = 'b', ['\f'] = 'f', ['\n'] = 'n', ['\r'] = 'r', ['\t'] = 't'};
    raw(w, "\"", 1);
    size_t run = 0;
    for (size_t i = plain_run_end(s, 0, n); i < n; i = plain_run_end(s, i + 1, n)) {
        unsigned char c = (unsigned char)s[i];
        raw(w, s + run, i - run);
        run = i + 1;
        char esc[7] = {'\\', (char)c, 0};
        if (c < 0x20 && SHORT[c])
            esc[1] = SHORT[c];
        else if (c < 0x20)
            snprintf(esc, sizeof esc, "\\u%04X", c);
        lit(w, esc);
    }
    raw(w, s + run, n - run);
    raw(w, "\"", 1);
}

static void newline(writer *w)
{
    if (!w->pretty)
        return;
    raw(w, "\n", 1);
    for (int i = 0; i < w->depth; i++)
        raw(w, "  ", 2);
}

static void open_group(writer *w, const char *bracket)
{
    lit(w, bracket);
    w->depth++;
    w->first = true;
}

static void close_group(writer *w, const char *bracket)
{
    w->depth--;
    if (!w->first)
        newline(w);
    lit(w, bracket);
    w->first = false;
}

/* Before a value of an array, or before a key of an object. */
static void item(writer *w)
{
    if (!w->first)
        raw(w, ",", 1);
    w->first = false;
    newline(w);
}

static void key(writer *w, const char *k)
{
    item(w);
    string(w, k, strlen(k));
    lit(w, w->pretty ? ": " : ":");
}

static void str_value(writer *w, const char *s)
{
    if (s)
        string(w, s, strlen(s));
    else
        lit(w, "null");
}

static void str_field(writer *w, const char *k, const char *s)
{
    key(w, k);
    str_value(w, s);
}

/* An empty string as null (the fixed-size date fields of `published`). */
static void nonempty_field(writer *w, const char *k, const char *s) { str_field(w, k, s && *s ? s : NULL); }

static void int_field(writer *w, const char *k, long long n)
{
    char digits[24];
    key(w, k);
    raw(w, digits, (size_t)snprintf(digits, sizeof digits, "%lld", n));
}

static void write_credit(writer *w, const rec_credit *c)
{
    str_field(w, "role", record_credit_role_name((int)c->role));
    str_field(w, "name", c->name);
}

static void write_paragraph(writer *w, const rec_paragraph *p)
{
    str_field(w, "kind", record_para_kind_name((int)p->kind));
    key(w, "text");
    if (p->text)
        string(w, p->text, p->len);
    else
        lit(w, "null");
}

static void write_speaker(writer *w, const rec_speaker *s)
{
    str_field(w, "name", s->name);
    str_field(w, "honorific", s->honorific);
    str_field(w, "titles", s->titles);
    str_field(w, "degrees", s->degrees);
    str_field(w, "role", s->role);
    str_field(w, "organization", s->organization);
    int_field(w, "mentions", (long long)s->mentions);
}

static void write_quote(writer *w, const rec_quote *q)
{
    str_field(w, "kind", record_quote_kind_name((int)q->kind));
    str_field(w, "text", q->text);
    if (q->speaker >= 0)
        int_field(w, "speaker", q->speaker);
    else
        str_field(w, "speaker", NULL);
    str_field(w, "cue", q->cue);
    int_field(w, "paragraph", (long long)q->paragraph);
    int_field(w, "start", (long long)q->start);
    int_field(w, "end", (long long)q->end);
    int_field(w, "end_paragraph", (long long)q->end_paragraph);
}

static void write_date(writer *w, const rec_date *d)
{
    str_field(w, "text", d->text);
    str_field(w, "start", d->start);
    str_field(w, "end", d->end);
    str_field(w, "kind", record_date_kind_name((int)d->kind));
    int_field(w, "paragraph", (long long)d->paragraph);
    int_field(w, "offset", (long long)d->offset);
    int_field(w, "length", (long long)d->length);
    key(w, "weekday_mismatch");
    lit(w, d->weekday_mismatch ? "true" : "false");
}

/* A list of objects, one write_fn call fills each. */
#define OBJECT_LIST(w, k, vec, write_fn)                                                                            \
    do {                                                                                                            \
        key(w, k);                                                                                                  \
        open_group(w, "[");                                                                                         \
        for (size_t i_ = 0; i_ < (vec).len; i_++) {                                                                 \
            item(w);                                                                                                \
            open_group(w, "{");                                                                                     \
            write_fn(w, &(vec).items[i_]);                                                                          \
            close_group(w, "}");                                                                                    \
        }                                                                                                           \
        close_group(w, "]");                                                                                        \
    } while (0)

static void write_record(writer *w, const record *rec)
{
    open_group(w, "{");
    str_field(w, "schema", "berita/1");
    key(w, "source");
    open_group(w, "{");
    str_field(w, "path", rec->source_name);
    str_field(w, "url", rec->url);
    str_field(w, "format", record_format_name(rec->format));
    if (rec->warc.present) { /* only for a page read from a WARC archive */
        key(w, "warc");
        open_group(w, "{");
        str_field(w, "record_id", rec->warc.record_id);
        str_field(w, "date", rec->warc.date);
        int_field(w, "offset", (long long)rec->warc.offset);
        close_group(w, "}");
    }
    close_group(w, "}");
    nonempty_field(w, "fingerprint", rec->fingerprint);
    str_field(w, "page_type", record_page_type_name(rec->page_type));
    str_field(w, "title", rec->title);
    key(w, "published");
    open_group(w, "{");
    str_field(w, "text", rec->published.text);
    nonempty_field(w, "date", rec->published.date);
    nonempty_field(w, "time", rec->published.time);
    nonempty_field(w, "utc_offset", rec->published.utc_offset);
    str_field(w, "source", record_pub_source_name((int)rec->published.source));
    close_group(w, "}");
    str_field(w, "dateline", rec->dateline);
    OBJECT_LIST(w, "credits", rec->credits, write_credit);
    key(w, "labels");
    open_group(w, "[");
    for (size_t i = 0; i < rec->labels.len; i++) {
        item(w);
        str_value(w, rec->labels.items[i]);
    }
    close_group(w, "]");
    OBJECT_LIST(w, "paragraphs", rec->paragraphs, write_paragraph);
    OBJECT_LIST(w, "speakers", rec->speakers, write_speaker);
    OBJECT_LIST(w, "quotes", rec->quotes, write_quote);
    OBJECT_LIST(w, "dates", rec->dates, write_date);
    close_group(w, "}");
}

char *record_to_json(const record *rec, bool pretty, size_t *len_out)
{
    writer count = {.pretty = pretty};
    write_record(&count, rec);
    writer w = {.out = malloc(count.len + 1), .pretty = pretty};
    if (!w.out)
        return NULL;
    write_record(&w, rec);
    w.out[w.len] = '\0';
    if (len_out)
        *len_out = w.len;
    return w.out;
}

bool record_write_json(const record *rec, bool pretty, json_sink sink, void *ctx)
{
    char buffer[SINK_BUFFER];
    writer w = {.out = buffer, .sink = sink, .sink_ctx = ctx, .pretty = pretty};
    write_record(&w, rec);
    flush(&w);
    return !w.sink_failed;
}
