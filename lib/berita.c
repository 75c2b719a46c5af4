/* The public API: options, the pipeline that runs the stages in order, and
 * the accessors over the finished record. */
#include "berita.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "calendar.h"
#include "dates.h"
#include "fingerprint.h"
#include "html.h"
#include "input.h"
#include "json.h"
#include "metadata.h"
#include "profile.h"
#include "quotes.h"
#include "record.h"
#include "speakers.h"
#include "status.h"
#include "text.h"
#include "unicode.h"

/* The record's enums are the public ones, value for value. */
_Static_assert((int)BERITA_PARAGRAPH_CAPTION == (int)PARA_CAPTION, "paragraph kinds");
_Static_assert((int)BERITA_CREDIT_SOURCE == (int)CREDIT_SOURCE, "credit roles");
_Static_assert((int)BERITA_QUOTE_INDIRECT == (int)QUOTE_INDIRECT, "quote kinds");
_Static_assert((int)BERITA_DATE_RELATIVE == (int)DATE_RELATIVE, "date kinds");
_Static_assert((int)BERITA_INPUT_HTML == (int)FORMAT_HTML && (int)BERITA_INPUT_TEXT == (int)FORMAT_TEXT,
               "input kinds");

struct berita_options {
    berita_input_kind kind;
    char *url, *source_name;
    char *warc_record_id, *warc_date; /* the WARC record the page came from */
    uint64_t warc_offset;
    bool warc_present;
    char reference_date[11]; /* "" when unset */
    input_encoding charset;  /* ENC_UNKNOWN: detect */
    size_t max_input_size, max_depth, max_quotes;
};

struct berita_doc {
    arena *arena;
    record rec;
};

/* ---- errors, versions, names ------------------------------------------ */

const char *berita_strerror(berita_status code)
{
    switch (code) {
    case BERITA_OK: return "success";
    case BERITA_ERR_INVALID_ARGUMENT: return "invalid argument";
    case BERITA_ERR_NOMEM: return "out of memory";
    case BERITA_ERR_EMPTY: return "the input is empty";
    case BERITA_ERR_BINARY: return "the input is not text";
    case BERITA_ERR_TOO_LARGE: return "the input is too large";
    case BERITA_ERR_TOO_DEEP: return "the HTML is nested too deeply";
    case BERITA_ERR_NO_ARTICLE: return "no article found";
    case BERITA_ERR_PARSE: return "the HTML could not be parsed";
    case BERITA_ERR_CHARSET: return "unsupported character encoding";
    case BERITA_ERR_WRITE: return "the output could not be written";
    }
    return "unknown error";
}

const char *berita_version(void) { return BERITA_VERSION_STRING; }
unsigned berita_version_number(void) { return BERITA_VERSION_NUMBER; }

const char *berita_input_kind_name(berita_input_kind kind)
{
    return kind == BERITA_INPUT_AUTO ? "auto" : record_format_name((int)kind);
}
const char *berita_paragraph_kind_name(berita_paragraph_kind kind) { return record_para_kind_name((int)kind); }
const char *berita_credit_role_name(berita_credit_role role) { return record_credit_role_name((int)role); }
const char *berita_quote_kind_name(berita_quote_kind kind) { return record_quote_kind_name((int)kind); }
const char *berita_date_kind_name(berita_date_kind kind) { return record_date_kind_name((int)kind); }

/* ---- options ---------------------------------------------------------- */

enum { DEFAULT_MAX_INPUT = 64u << 20, DEFAULT_MAX_DEPTH = 4096, DEFAULT_MAX_QUOTES = 10000 };

static const berita_options DEFAULT_OPTIONS = {
    .kind = BERITA_INPUT_AUTO,
    .max_input_size = DEFAULT_MAX_INPUT,
    .max_depth = DEFAULT_MAX_DEPTH,
    .max_quotes = DEFAULT_MAX_QUOTES,
};

berita_options *berita_options_new(void)
{
    berita_options *o = malloc(sizeof *o);
    if (o)
        *o = DEFAULT_OPTIONS;
    return o;
}

void berita_options_free(berita_options *opts)
{
    if (!opts)
        return;
    free(opts->url);
    free(opts->source_name);
    free(opts->warc_record_id);
    free(opts->warc_date);
    free(opts);
}

berita_status berita_options_set_kind(berita_options *opts, berita_input_kind kind)
{
    if (!opts || (kind != BERITA_INPUT_AUTO && kind != BERITA_INPUT_HTML && kind != BERITA_INPUT_TEXT))
        return BERITA_ERR_INVALID_ARGUMENT;
    opts->kind = kind;
    return BERITA_OK;
}

/* A caller's string as the record will write it: every byte that is not part
 * of valid UTF-8 becomes U+FFFD, so no JSON or CSV the library or a tool
 * writes from it is invalid (a WARC target URI or a file path in Latin-1). */
static berita_status replace_string(char **slot, const char *value)
{
    char *copy = NULL;
    if (value) {
        size_t len = strlen(value), n = 0;
        copy = malloc(len * 3 + 1); /* one bad byte grows to three */
        if (!copy)
            return BERITA_ERR_NOMEM;
        for (size_t i = 0; i < len;) {
            int32_t cp;
            size_t step = utf8_decode(value + i, len - i, &cp);
            if (step) {
                memcpy(copy + n, value + i, step);
                n += step;
                i += step;
            } else {
                n += utf8_encode(0xFFFD, copy + n);
                i++;
            }
        }
        copy[n] = '\0';
    }
    free(*slot);
    *slot = copy;
    return BERITA_OK;
}

berita_status berita_options_set_url(berita_options *opts, const char *url)
{
    return opts ? replace_string(&opts->url, url) : BERITA_ERR_INVALID_ARGUMENT;
}

berita_status berita_options_set_source_name(berita_options *opts, const char *name)
{
    return opts ? replace_string(&opts->source_name, name) : BERITA_ERR_INVALID_ARGUMENT;
}

berita_status berita_options_set_warc_record(berita_options *opts, const char *record_id, const char *date,
                                             uint64_t offset)
{
    if (!opts)
        return BERITA_ERR_INVALID_ARGUMENT;
    berita_status st = replace_string(&opts->warc_record_id, record_id);
    if (st == BERITA_OK)
        st = replace_string(&opts->warc_date, date);
    opts->warc_offset = offset;
    opts->warc_present = st == BERITA_OK && (record_id || date);
    return st;
}

berita_status berita_options_set_reference_date(berita_options *opts, const char *date)
{
    civil_date d;
    if (!opts)
        return BERITA_ERR_INVALID_ARGUMENT;
    if (!date) {
        opts->reference_date[0] = '\0';
        return BERITA_OK;
    }
    if (strlen(date) != 10 || !calendar_parse_iso(date, &d))
        return BERITA_ERR_INVALID_ARGUMENT;
    memcpy(opts->reference_date, date, 11);
    return BERITA_OK;
}

berita_status berita_options_set_charset(berita_options *opts, const char *charset)
{
    if (!opts)
        return BERITA_ERR_INVALID_ARGUMENT;
    if (!charset) {
        opts->charset = ENC_UNKNOWN;
        return BERITA_OK;
    }
    input_encoding enc = input_encoding_from_label(charset, strlen(charset));
    if (enc == ENC_UNKNOWN)
        return BERITA_ERR_CHARSET;
    opts->charset = enc;
    return BERITA_OK;
}

berita_status berita_options_set_max_input_size(berita_options *opts, size_t bytes)
{
    if (!opts)
        return BERITA_ERR_INVALID_ARGUMENT;
    opts->max_input_size = bytes;
    return BERITA_OK;
}

berita_status berita_options_set_max_depth(berita_options *opts, size_t depth)
{
    if (!opts)
        return BERITA_ERR_INVALID_ARGUMENT;
    opts->max_depth = depth;
    return BERITA_OK;
}

berita_status berita_options_set_max_quotes(berita_options *opts, size_t quotes)
{
    if (!opts)
        return BERITA_ERR_INVALID_ARGUMENT;
    opts->max_quotes = quotes;
    return BERITA_OK;
}

/* ---- parsing ---------------------------------------------------------- */

static berita_status public_status(stage_status st)
{
    static const berita_status MAP[] = {
        [ST_OK] = BERITA_OK,           [ST_NOMEM] = BERITA_ERR_NOMEM,       [ST_EMPTY] = BERITA_ERR_EMPTY,
        [ST_BINARY] = BERITA_ERR_BINARY, [ST_TOO_LARGE] = BERITA_ERR_TOO_LARGE, [ST_TOO_DEEP] = BERITA_ERR_TOO_DEEP,
        [ST_NO_ARTICLE] = BERITA_ERR_NO_ARTICLE, [ST_PARSE] = BERITA_ERR_PARSE, [ST_CHARSET] = BERITA_ERR_CHARSET,
    };
    return MAP[st];
}

static berita_status fail(berita_error *err, berita_status code, size_t position, const char *message)
{
    if (err) {
        err->code = code;
        err->position = position;
        snprintf(err->message, sizeof err->message, "%s", message ? message : berita_strerror(code));
    }
    return code;
}

/* Seconds on a monotonic clock, for the profile. */
static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Runs `stage`, adding its time to profile->field when there is a profile. */
#define TIMED(profile, field, stage)                                                                        \
    do {                                                                                                    \
        double t0_ = (profile) ? now_seconds() : 0;                                                         \
        stage;                                                                                              \
        if (profile)                                                                                        \
            (profile)->field += now_seconds() - t0_;                                                        \
    } while (0)

/* A copied-text article is read whole; its decoded text is freed as soon as
 * the reader is done with it (the reader copies what it keeps). */
static stage_status read_text_input(input_stream *in, record *rec, page_hints *hints, arena *a, stage_error *err)
{
    size_t len;
    char *text = input_read_all(in, &len);
    if (!text)
        return stage_fail(err, ST_NOMEM, 0, "out of memory decoding %zu bytes", in->len);
    stage_status st = text_read(text, len, rec, hints, a, err);
    free(text);
    return st;
}

/* The stages, in the one order data flows through them. An HTML page is
 * decoded while it is parsed and never held twice. */
static stage_status run_pipeline(input_stream *in, const berita_options *opts, record *rec, arena *a,
                                 stage_error *err, parse_profile *profile)
{
    page_hints hints = {0};
    stage_status st;
    TIMED(profile, read,
          st = in->format == FORMAT_HTML ? html_read(in, opts->max_depth, rec, &hints, a, err)
                                         : read_text_input(in, rec, &hints, a, err));
    if (st != ST_OK)
        return st;
    if (opts->url) /* where the caller fetched the page is a fact; a canonical link is a claim */
        rec->url = arena_strdup(a, opts->url);
    TIMED(profile, metadata, metadata_finish(rec, &hints, a));
    TIMED(profile, dates, dates_extract(rec, &hints, opts->reference_date[0] ? opts->reference_date : NULL, a));
    /* what the quotes and speakers stages pass between them, freed after */
    arena *work = arena_new();
    if (!work)
        return stage_fail(err, ST_NOMEM, 0, "out of memory");
    speech_events speech;
    TIMED(profile, quotes, speech = quotes_extract(rec, opts->max_quotes ? opts->max_quotes : SIZE_MAX, a, work));
    TIMED(profile, speakers, speakers_resolve(rec, &speech, a, work));
    fingerprint_record(rec);
    bool failed = arena_failed(a) || arena_failed(work);
    arena_free(work);
    return failed ? stage_fail(err, ST_NOMEM, 0, "out of memory") : ST_OK;
}

berita_status berita_parse(const char *data, size_t len, const berita_options *opts, berita_doc **out,
                           berita_error *err)
{
    return parse_profiled(data, len, opts, out, err, NULL);
}

berita_status parse_profiled(const char *data, size_t len, const berita_options *opts, berita_doc **out,
                             berita_error *err, parse_profile *profile)
{
    if (out)
        *out = NULL;
    if (!out || (!data && len))
        return fail(err, BERITA_ERR_INVALID_ARGUMENT, 0, "berita_parse needs data and an out pointer");
    if (!opts)
        opts = &DEFAULT_OPTIONS;
    if (opts->max_input_size && len > opts->max_input_size) {
        char msg[128];
        snprintf(msg, sizeof msg, "the input is %zu bytes, over the limit of %zu", len, opts->max_input_size);
        return fail(err, BERITA_ERR_TOO_LARGE, 0, msg);
    }
    if (len == 0)
        return fail(err, BERITA_ERR_EMPTY, 0, "the input is empty");

    stage_error serr = {0};
    input_stream in;
    int kind = opts->kind == BERITA_INPUT_HTML ? FORMAT_HTML : opts->kind == BERITA_INPUT_TEXT ? FORMAT_TEXT : 0;
    stage_status st;
    TIMED(profile, decode, st = input_open(data, len, opts->charset, kind, &in, &serr));
    if (st != ST_OK)
        return fail(err, public_status(st), serr.position, serr.message);

    berita_doc *doc = calloc(1, sizeof *doc);
    arena *a = doc ? arena_new() : NULL;
    if (!a) {
        free(doc);
        return fail(err, BERITA_ERR_NOMEM, 0, NULL);
    }
    doc->arena = a;
    doc->rec.format = in.format;
    doc->rec.source_name = arena_strdup(a, opts->source_name);
    if (opts->warc_present)
        doc->rec.warc = (rec_warc){arena_strdup(a, opts->warc_record_id), arena_strdup(a, opts->warc_date),
                                   opts->warc_offset, true};
    st = run_pipeline(&in, opts, &doc->rec, a, &serr, profile);
    if (st != ST_OK) {
        berita_doc_free(doc);
        return fail(err, public_status(st), serr.position, serr.message);
    }
    *out = doc;
    return BERITA_OK;
}

void berita_doc_free(berita_doc *doc)
{
    if (!doc)
        return;
    arena_free(doc->arena);
    free(doc);
}

/* ---- accessors -------------------------------------------------------- */

static const char *nonempty(const char *s) { return s && *s ? s : NULL; }

const char *berita_doc_title(const berita_doc *doc) { return doc ? doc->rec.title : NULL; }
berita_input_kind berita_doc_format(const berita_doc *doc)
{
    return doc ? (berita_input_kind)doc->rec.format : BERITA_INPUT_AUTO;
}
const char *berita_doc_url(const berita_doc *doc) { return doc ? doc->rec.url : NULL; }
const char *berita_doc_source_name(const berita_doc *doc) { return doc ? doc->rec.source_name : NULL; }
const char *berita_doc_fingerprint(const berita_doc *doc) { return doc ? nonempty(doc->rec.fingerprint) : NULL; }
int berita_fingerprint_distance(const char *a, const char *b) { return fingerprint_distance(a, b); }
const char *berita_doc_published_text(const berita_doc *doc) { return doc ? doc->rec.published.text : NULL; }
const char *berita_doc_published_date(const berita_doc *doc) { return doc ? nonempty(doc->rec.published.date) : NULL; }
const char *berita_doc_published_time(const berita_doc *doc) { return doc ? nonempty(doc->rec.published.time) : NULL; }
const char *berita_doc_published_utc_offset(const berita_doc *doc)
{
    return doc ? nonempty(doc->rec.published.utc_offset) : NULL;
}
const char *berita_doc_dateline(const berita_doc *doc) { return doc ? doc->rec.dateline : NULL; }

/* Element i of one of the record's lists, or NULL when out of range. */
#define ITEM(doc, list, i) ((doc) && (i) < (doc)->rec.list.len ? &(doc)->rec.list.items[i] : NULL)

/* berita_doc_NAME(doc, i): `expr` of element i (`it`, of type `type`) of
 * `list`, or `none` when i is out of range. */
#define ACCESSOR(ret, name, list, type, expr, none)                                                        \
    ret berita_doc_##name(const berita_doc *doc, size_t i)                                                 \
    {                                                                                                      \
        const type *it = ITEM(doc, list, i);                                                               \
        return it ? (ret)(expr) : (none);                                                                  \
    }

size_t berita_doc_credit_count(const berita_doc *doc) { return doc ? doc->rec.credits.len : 0; }
ACCESSOR(int, credit_role, credits, rec_credit, it->role, -1)
ACCESSOR(const char *, credit_name, credits, rec_credit, it->name, NULL)

typedef const char *label_text; /* an element of rec.labels, for ACCESSOR */
size_t berita_doc_label_count(const berita_doc *doc) { return doc ? doc->rec.labels.len : 0; }
ACCESSOR(const char *, label, labels, label_text, *it, NULL)

size_t berita_doc_paragraph_count(const berita_doc *doc) { return doc ? doc->rec.paragraphs.len : 0; }
ACCESSOR(int, paragraph_kind, paragraphs, rec_paragraph, it->kind, -1)
ACCESSOR(const char *, paragraph_text, paragraphs, rec_paragraph, it->text, NULL)

size_t berita_doc_speaker_count(const berita_doc *doc) { return doc ? doc->rec.speakers.len : 0; }
ACCESSOR(const char *, speaker_name, speakers, rec_speaker, it->name, NULL)
ACCESSOR(const char *, speaker_honorific, speakers, rec_speaker, it->honorific, NULL)
ACCESSOR(const char *, speaker_titles, speakers, rec_speaker, it->titles, NULL)
ACCESSOR(const char *, speaker_degrees, speakers, rec_speaker, it->degrees, NULL)
ACCESSOR(const char *, speaker_role, speakers, rec_speaker, it->role, NULL)
ACCESSOR(const char *, speaker_organization, speakers, rec_speaker, it->organization, NULL)
ACCESSOR(size_t, speaker_mentions, speakers, rec_speaker, it->mentions, 0)

size_t berita_doc_quote_count(const berita_doc *doc) { return doc ? doc->rec.quotes.len : 0; }
ACCESSOR(int, quote_kind, quotes, rec_quote, it->kind, -1)
ACCESSOR(const char *, quote_text, quotes, rec_quote, it->text, NULL)
ACCESSOR(long, quote_speaker, quotes, rec_quote, it->speaker, -1)
ACCESSOR(const char *, quote_cue, quotes, rec_quote, it->cue, NULL)
ACCESSOR(size_t, quote_paragraph, quotes, rec_quote, it->paragraph, 0)
ACCESSOR(size_t, quote_start, quotes, rec_quote, it->start, 0)
ACCESSOR(size_t, quote_end, quotes, rec_quote, it->end, 0)
ACCESSOR(size_t, quote_end_paragraph, quotes, rec_quote, it->end_paragraph, 0)

size_t berita_doc_date_count(const berita_doc *doc) { return doc ? doc->rec.dates.len : 0; }
ACCESSOR(const char *, date_text, dates, rec_date, it->text, NULL)
ACCESSOR(const char *, date_start, dates, rec_date, it->start, NULL)
ACCESSOR(const char *, date_end, dates, rec_date, it->end, NULL)
ACCESSOR(int, date_kind, dates, rec_date, it->kind, -1)
ACCESSOR(long, date_paragraph, dates, rec_date, it->paragraph, 0)
ACCESSOR(size_t, date_offset, dates, rec_date, it->offset, 0)
ACCESSOR(size_t, date_length, dates, rec_date, it->length, 0)
ACCESSOR(int, date_weekday_mismatch, dates, rec_date, it->weekday_mismatch, 0)

/* ---- serialisation ---------------------------------------------------- */

berita_status berita_doc_to_json(const berita_doc *doc, unsigned flags, char **out, size_t *len_out)
{
    if (!doc || !out)
        return BERITA_ERR_INVALID_ARGUMENT;
    *out = record_to_json(&doc->rec, (flags & BERITA_JSON_PRETTY) != 0, len_out);
    return *out ? BERITA_OK : BERITA_ERR_NOMEM;
}

berita_status berita_doc_write_json(const berita_doc *doc, unsigned flags, berita_write_fn write, void *ctx)
{
    if (!doc || !write)
        return BERITA_ERR_INVALID_ARGUMENT;
    return record_write_json(&doc->rec, (flags & BERITA_JSON_PRETTY) != 0, write, ctx) ? BERITA_OK
                                                                                        : BERITA_ERR_WRITE;
}

void berita_free(void *ptr) { free(ptr); }
