/*
 * libberita: Indonesian government news articles into structured records.
 *
 * One call turns a page (saved HTML or copied plain text) into an immutable
 * document; accessors read its fields; berita_doc_to_json() serialises it as
 * the "berita/1" record.
 *
 * Conventions (they hold for every function below):
 * - Input is (buffer, length); it need not be NUL-terminated.
 * - Every `const char *` returned by a berita_doc_* accessor is UTF-8, owned by
 *   the document and valid until berita_doc_free(). NULL means "absent".
 * - Index-based getters return NULL / -1 / 0 for an index out of range.
 * - Heap buffers handed to the caller are released with berita_free().
 * - Every *_free function accepts NULL.
 * - The library keeps no global mutable state: documents and options may be
 *   used from any thread; distinct calls may run concurrently. A single
 *   options object may be shared by threads as long as nobody modifies it.
 * - The library never prints, never aborts, and reports errors as a
 *   berita_status plus an optional berita_error with a message.
 */
#ifndef BERITA_H
#define BERITA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "berita_version.h"
#include "berita_export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- status and errors ------------------------------------------------ */

/* Values are stable; new codes are only ever appended. */
typedef enum berita_status {
    BERITA_OK = 0,
    BERITA_ERR_INVALID_ARGUMENT = 1, /* a NULL pointer or a malformed option value */
    BERITA_ERR_NOMEM = 2,            /* an allocation failed */
    BERITA_ERR_EMPTY = 3,            /* the input holds no text at all */
    BERITA_ERR_BINARY = 4,           /* the input is not text (an image, an archive...) */
    BERITA_ERR_TOO_LARGE = 5,        /* the input exceeds the maximum input size option */
    BERITA_ERR_TOO_DEEP = 6,         /* the HTML nests deeper than the maximum depth option */
    BERITA_ERR_NO_ARTICLE = 7,       /* the page was read but holds no article text */
    BERITA_ERR_PARSE = 8,            /* the HTML parser could not build a document */
    BERITA_ERR_CHARSET = 9,          /* the charset override names an unsupported encoding */
    BERITA_ERR_WRITE = 10            /* a write callback reported an error */
} berita_status;

/* Filled by a failing call when the caller passes one. `position` is the byte
 * offset in the input where the problem was found, or 0 when none applies. */
typedef struct berita_error {
    berita_status code;
    size_t position;
    char message[256];
} berita_error;

/* A static English description of a status code ("out of memory"). Never NULL. */
BERITA_API const char *berita_strerror(berita_status code);

/* ---- version ---------------------------------------------------------- */

/* The runtime version string, "MAJOR.MINOR.PATCH"; equals BERITA_VERSION_STRING
 * of the header the library was built with. */
BERITA_API const char *berita_version(void);
/* BERITA_VERSION_NUMBER of the library at run time. */
BERITA_API unsigned berita_version_number(void);

/* ---- enums and their names -------------------------------------------- */

typedef enum berita_input_kind {
    BERITA_INPUT_AUTO = 0, /* decide from the bytes */
    BERITA_INPUT_HTML = 1,
    BERITA_INPUT_TEXT = 2
} berita_input_kind;

typedef enum berita_paragraph_kind {
    BERITA_PARAGRAPH_BODY = 0,
    BERITA_PARAGRAPH_HEADING = 1,
    BERITA_PARAGRAPH_CAPTION = 2
} berita_paragraph_kind;

typedef enum berita_credit_role {
    BERITA_CREDIT_AUTHOR = 0,
    BERITA_CREDIT_REPORTER = 1,
    BERITA_CREDIT_EDITOR = 2,
    BERITA_CREDIT_PHOTOGRAPHER = 3,
    BERITA_CREDIT_SOURCE = 4
} berita_credit_role;

typedef enum berita_quote_kind {
    BERITA_QUOTE_DIRECT = 0,
    BERITA_QUOTE_INDIRECT = 1
} berita_quote_kind;

typedef enum berita_date_kind {
    BERITA_DATE_DAY = 0,
    BERITA_DATE_RANGE = 1,
    BERITA_DATE_MONTH = 2,
    BERITA_DATE_RELATIVE = 3
} berita_date_kind;

/* The record's spelling of each value ("html", "body", "editor", "direct",
 * "range"), or NULL for a value outside the enum. Static strings. */
BERITA_API const char *berita_input_kind_name(berita_input_kind kind);
BERITA_API const char *berita_paragraph_kind_name(berita_paragraph_kind kind);
BERITA_API const char *berita_credit_role_name(berita_credit_role role);
BERITA_API const char *berita_quote_kind_name(berita_quote_kind kind);
BERITA_API const char *berita_date_kind_name(berita_date_kind kind);

/* ---- options ---------------------------------------------------------- */

typedef struct berita_options berita_options;

/* A new options object with the defaults; NULL when out of memory. */
BERITA_API berita_options *berita_options_new(void);
BERITA_API void berita_options_free(berita_options *opts);

/* How to read the input (default BERITA_INPUT_AUTO). */
BERITA_API berita_status berita_options_set_kind(berita_options *opts, berita_input_kind kind);
/* The URL the page was fetched from, copied (a byte that is not valid UTF-8
 * becomes U+FFFD, so the record stays valid UTF-8); reported as source.url
 * instead of the URL the page names itself (canonical link, og:url). NULL
 * clears it. */
BERITA_API berita_status berita_options_set_url(berita_options *opts, const char *url);
/* A name for the input (a file path), copied as the URL is (invalid UTF-8
 * repaired); reported as source.path. */
BERITA_API berita_status berita_options_set_source_name(berita_options *opts, const char *name);
/* The WARC record the page came from, reported as source.warc {record_id,
 * date, offset}: the strings are copied (invalid UTF-8 repaired); NULLs for
 * both clear it. */
BERITA_API berita_status berita_options_set_warc_record(berita_options *opts, const char *record_id,
                                                        const char *date, uint64_t offset);
/* "YYYY-MM-DD": the day relative ("kemarin") and yearless ("2 Agustus") dates
 * resolve against when the article shows no publication date. NULL clears it;
 * anything but a real calendar date is BERITA_ERR_INVALID_ARGUMENT. */
BERITA_API berita_status berita_options_set_reference_date(berita_options *opts, const char *date);
/* Force the input's encoding ("utf-8", "windows-1252", "iso-8859-1",
 * "utf-16le", "utf-16be"; case-insensitive), overriding BOM and <meta>.
 * NULL restores detection; an unknown name is BERITA_ERR_CHARSET. */
BERITA_API berita_status berita_options_set_charset(berita_options *opts, const char *charset);
/* Refuse inputs larger than this many bytes (BERITA_ERR_TOO_LARGE).
 * Default 64 MiB; 0 means no limit. */
BERITA_API berita_status berita_options_set_max_input_size(berita_options *opts, size_t bytes);
/* Refuse HTML nested deeper than this many elements (BERITA_ERR_TOO_DEEP).
 * Default 4096; 0 means no limit beyond the parser's own. */
BERITA_API berita_status berita_options_set_max_depth(berita_options *opts, size_t depth);
/* Keep at most this many quotes (the rest are dropped, never an error).
 * Default 10000; 0 means no limit, as for the other limits. (Date
 * expressions are kept up to 10,000 a document, a fixed bound.) */
BERITA_API berita_status berita_options_set_max_quotes(berita_options *opts, size_t quotes);

/* ---- parsing ---------------------------------------------------------- */

typedef struct berita_doc berita_doc;

/* Parse `len` bytes at `data` (may be NULL when len is 0). `opts` may be NULL
 * for the defaults. On BERITA_OK, *out holds a new document the caller frees
 * with berita_doc_free(); otherwise *out is NULL and `err` (which may be NULL)
 * says why. Reentrant and thread-safe. */
BERITA_API berita_status berita_parse(const char *data, size_t len, const berita_options *opts,
                                      berita_doc **out, berita_error *err);

BERITA_API void berita_doc_free(berita_doc *doc);

/* ---- the record ------------------------------------------------------- */

BERITA_API const char *berita_doc_title(const berita_doc *doc);
/* The kind the input was read as: BERITA_INPUT_HTML or BERITA_INPUT_TEXT. */
BERITA_API berita_input_kind berita_doc_format(const berita_doc *doc);
/* The page's URL: the options' URL, else the page's canonical link or og:url. */
BERITA_API const char *berita_doc_url(const berita_doc *doc);
/* The source name given in the options. */
BERITA_API const char *berita_doc_source_name(const berita_doc *doc);
/* The body's content fingerprint, 16 hex digits (a 64-bit SimHash of its
 * word 3-grams), or NULL when the body has no words. Copies of one release
 * posted by several sites, each with its own dateline, byline or sign-off,
 * differ in a few bits; different articles in about half of them. */
BERITA_API const char *berita_doc_fingerprint(const berita_doc *doc);
/* The number of bits two fingerprints differ in (0 to 64), or -1 when either
 * is not a fingerprint. 3 or fewer: near-exact duplicates. */
BERITA_API int berita_fingerprint_distance(const char *a, const char *b);

/* Publication: the text it was read from, the local date "YYYY-MM-DD", the
 * local time "HH:MM" and the UTC offset "+07:00", each NULL when unknown. */
BERITA_API const char *berita_doc_published_text(const berita_doc *doc);
BERITA_API const char *berita_doc_published_date(const berita_doc *doc);
BERITA_API const char *berita_doc_published_time(const berita_doc *doc);
BERITA_API const char *berita_doc_published_utc_offset(const berita_doc *doc);

/* The place that opens the body ("KUPANG"), or NULL. */
BERITA_API const char *berita_doc_dateline(const berita_doc *doc);

BERITA_API size_t berita_doc_credit_count(const berita_doc *doc);
/* -1 for an index out of range. */
BERITA_API int berita_doc_credit_role(const berita_doc *doc, size_t i);
BERITA_API const char *berita_doc_credit_name(const berita_doc *doc, size_t i);

/* Tags and categories, lower-cased, without a leading '#'. */
BERITA_API size_t berita_doc_label_count(const berita_doc *doc);
BERITA_API const char *berita_doc_label(const berita_doc *doc, size_t i);

BERITA_API size_t berita_doc_paragraph_count(const berita_doc *doc);
/* -1 for an index out of range. */
BERITA_API int berita_doc_paragraph_kind(const berita_doc *doc, size_t i);
BERITA_API const char *berita_doc_paragraph_text(const berita_doc *doc, size_t i);

BERITA_API size_t berita_doc_speaker_count(const berita_doc *doc);
/* The name without honorifics, titles and degrees; NULL when never named. */
BERITA_API const char *berita_doc_speaker_name(const berita_doc *doc, size_t i);
BERITA_API const char *berita_doc_speaker_honorific(const berita_doc *doc, size_t i);
/* Titles before the name, space-separated as written ("Dr. H."), or NULL. */
BERITA_API const char *berita_doc_speaker_titles(const berita_doc *doc, size_t i);
/* Degrees after the name, comma-separated as written ("S.H., M.Si."), or NULL. */
BERITA_API const char *berita_doc_speaker_degrees(const berita_doc *doc, size_t i);
BERITA_API const char *berita_doc_speaker_role(const berita_doc *doc, size_t i);
BERITA_API const char *berita_doc_speaker_organization(const berita_doc *doc, size_t i);
/* How many times the article refers to this person. */
BERITA_API size_t berita_doc_speaker_mentions(const berita_doc *doc, size_t i);

BERITA_API size_t berita_doc_quote_count(const berita_doc *doc);
/* -1 for an index out of range. */
BERITA_API int berita_doc_quote_kind(const berita_doc *doc, size_t i);
BERITA_API const char *berita_doc_quote_text(const berita_doc *doc, size_t i);
/* Index into the speakers, or -1 when nothing tells who spoke. */
BERITA_API long berita_doc_quote_speaker(const berita_doc *doc, size_t i);
/* The cue word that attributes the quote ("ujarnya"), or NULL. */
BERITA_API const char *berita_doc_quote_cue(const berita_doc *doc, size_t i);
/* Where the quote stands: it starts at byte `start` of paragraph `paragraph`
 * and ends at byte `end` of paragraph `end_paragraph` (the same paragraph but
 * for a quote that continues over several). */
BERITA_API size_t berita_doc_quote_paragraph(const berita_doc *doc, size_t i);
BERITA_API size_t berita_doc_quote_start(const berita_doc *doc, size_t i);
BERITA_API size_t berita_doc_quote_end(const berita_doc *doc, size_t i);
BERITA_API size_t berita_doc_quote_end_paragraph(const berita_doc *doc, size_t i);

BERITA_API size_t berita_doc_date_count(const berita_doc *doc);
/* The expression exactly as written. */
BERITA_API const char *berita_doc_date_text(const berita_doc *doc, size_t i);
/* First and last day, "YYYY-MM-DD". */
BERITA_API const char *berita_doc_date_start(const berita_doc *doc, size_t i);
BERITA_API const char *berita_doc_date_end(const berita_doc *doc, size_t i);
/* -1 for an index out of range. */
BERITA_API int berita_doc_date_kind(const berita_doc *doc, size_t i);
/* Where the expression stands: a paragraph index, or -1 for the title and -2
 * for the page's date line, and its byte offset and length there. */
BERITA_API long berita_doc_date_paragraph(const berita_doc *doc, size_t i);
BERITA_API size_t berita_doc_date_offset(const berita_doc *doc, size_t i);
BERITA_API size_t berita_doc_date_length(const berita_doc *doc, size_t i);
/* 1 when a weekday written with the date disagrees with it (the date wins). */
BERITA_API int berita_doc_date_weekday_mismatch(const berita_doc *doc, size_t i);

/* ---- serialisation ---------------------------------------------------- */

#define BERITA_JSON_PRETTY (1u << 0) /* indent; without it, one line (JSON Lines) */

/* The "berita/1" record as a NUL-terminated UTF-8 JSON text in *out (free it
 * with berita_free); *len_out, when not NULL, receives its length. */
BERITA_API berita_status berita_doc_to_json(const berita_doc *doc, unsigned flags, char **out,
                                            size_t *len_out);

/* Receives output in pieces: returns 0, or nonzero to stop the writing. */
typedef int (*berita_write_fn)(void *ctx, const char *bytes, size_t len);

/* The same JSON text as berita_doc_to_json, handed to `write` in pieces of at
 * most 16 KiB as it is produced, with no copy of the whole text held (the
 * record of a long page with thousands of quotes is megabytes). No NUL is
 * written. BERITA_ERR_WRITE when `write` returned nonzero: it is not called
 * again, and what it received is an incomplete text. */
BERITA_API berita_status berita_doc_write_json(const berita_doc *doc, unsigned flags, berita_write_fn write,
                                               void *ctx);

/* Release a buffer the library handed out. NULL is fine. */
BERITA_API void berita_free(void *ptr);

/* ---- WARC archives ------------------------------------------------------ */

/* Web archives and Common Crawl's news crawl store pages as WARC (ISO 28500):
 * .warc, or .warc.gz with one gzip member a record. The reader streams the
 * records from a callback and decodes each HTTP response's page; pass a
 * page's body to berita_parse with its target URI (berita_options_set_url),
 * its date as the reference date and its id, date and offset as the source
 * (berita_options_set_warc_record). */

/* Reads up to n bytes into buf: the count read, 0 at the end, -1 on error. */
typedef long (*berita_read_fn)(void *ctx, void *buf, size_t n);

typedef struct berita_warc berita_warc;

typedef enum {
    BERITA_WARC_PAGE = 0,      /* a 2xx HTML response: body holds the page */
    BERITA_WARC_NOT_HTML = 1,  /* a 2xx response that is not HTML (an image, a script) */
    BERITA_WARC_NOT_OK = 2,    /* an HTTP status other than 2xx (404, a redirect) */
    BERITA_WARC_REVISIT = 3,   /* a revisit record: the archive kept no new copy */
    BERITA_WARC_OTHER = 4,     /* request, metadata, warcinfo, a response that is not HTTP */
    BERITA_WARC_TOO_LARGE = 5, /* the record, or its decoded body, is over the limit: read past, not kept */
    BERITA_WARC_MALFORMED = 6  /* an HTTP response that cannot be read */
} berita_warc_kind;

typedef struct {
    berita_warc_kind kind;
    const char *type;       /* WARC-Type, or NULL */
    const char *target_uri; /* WARC-Target-URI (angle brackets of WARC 1.0 removed), or NULL */
    const char *record_id;  /* WARC-Record-ID, or NULL */
    const char *date;       /* WARC-Date ("2025-07-25T03:04:05Z"), or NULL */
    uint64_t offset;        /* where the record starts: its gzip member's offset in a .warc.gz */
    int http_status;        /* the HTTP status, 0 when the block is not an HTTP response */
    const char *body;       /* BERITA_WARC_PAGE: the page, de-chunked and decoded, NUL-terminated */
    size_t body_len;
} berita_warc_record;

/* A reader over `read`. A record (or a decoded body) over `max_record` bytes
 * is never buffered: it comes back as BERITA_WARC_TOO_LARGE (0: no limit;
 * berita_parse's default input limit, 64 MiB, is a good one). gzip is
 * recognised by its magic bytes. NULL when out of memory or `read` is NULL. */
BERITA_API berita_warc *berita_warc_open(berita_read_fn read, void *ctx, size_t max_record);
/* The next record into *rec, valid until the next call: 1, 0 at the end of
 * the archive, -1 on an error (a truncated gzip member, a malformed header),
 * after which berita_warc_error() says what and the archive cannot go on. */
BERITA_API int berita_warc_next(berita_warc *reader, berita_warc_record *rec);
BERITA_API const char *berita_warc_error(const berita_warc *reader);
BERITA_API void berita_warc_free(berita_warc *reader);
/* Whether the bytes start a WARC archive, plain or gzip (by content, not by
 * name); a few hundred bytes are enough. */
BERITA_API bool berita_is_warc(const void *data, size_t len);

#ifdef __cplusplus
}
#endif

#endif /* BERITA_H */
