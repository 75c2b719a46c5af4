/* The record every stage fills in, one field group per stage. It knows
 * nothing about the public API's types: lib/berita.c maps one to the other.
 * All strings and lists live in the document's arena. */
#ifndef BERITA_RECORD_H
#define BERITA_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef enum { FORMAT_HTML = 1, FORMAT_TEXT = 2 } source_format;
typedef enum { PARA_BODY = 0, PARA_HEADING = 1, PARA_CAPTION = 2 } para_kind;
typedef enum {
    CREDIT_AUTHOR = 0,
    CREDIT_REPORTER = 1,
    CREDIT_EDITOR = 2,
    CREDIT_PHOTOGRAPHER = 3,
    CREDIT_SOURCE = 4
} credit_role;
typedef enum { QUOTE_DIRECT = 0, QUOTE_INDIRECT = 1 } quote_kind;
typedef enum { DATE_DAY = 0, DATE_RANGE = 1, DATE_MONTH = 2, DATE_RELATIVE = 3 } date_kind;
/* Where the publication date was read, so that a user can judge it. */
typedef enum {
    PUB_NONE = 0,
    PUB_META = 1,        /* a machine stamp: article:published_time, itemprop, <time> */
    PUB_JSON_LD = 2,     /* JSON-LD datePublished */
    PUB_DATE_LINE = 3,   /* the page's own visible date line */
    PUB_LEAD = 4,        /* the date of the lead sentence (or its dateline) */
    PUB_BODY_EVENT = 5,  /* the first date the body gives the reported activity */
    PUB_REFERENCE = 6    /* no date in the page: the caller's reference date */
} pub_source;

/* What the page is: one article, or a tag/category/index page of several
 * teasers (its paragraphs are the teasers, none of them body text). */
typedef enum { PAGE_TYPE_ARTICLE = 0, PAGE_TYPE_LISTING = 1 } record_page_type;

/* Where a date mention stands when it is not in a paragraph. */
enum { WHERE_TITLE = -1, WHERE_DATE_LINE = -2 };

typedef struct {
    para_kind kind;
    const char *text; /* NFC, spaces folded, trimmed */
    size_t len;
} rec_paragraph;

typedef struct {
    credit_role role;
    const char *name;
    bool as_written; /* a caption's unlabelled credit, agency and all (GOLD.md) */
} rec_credit;

typedef struct {
    const char *name, *honorific, *titles, *degrees, *role, *organization;
    size_t mentions;
} rec_speaker;

typedef struct {
    quote_kind kind;
    const char *text;
    long speaker; /* index into speakers or -1 */
    const char *cue;
    size_t paragraph, start, end; /* start in `paragraph`, end in `end_paragraph` */
    size_t end_paragraph;         /* the last paragraph a continued quote runs into */
} rec_quote;

typedef struct {
    const char *text;
    char start[11], end[11]; /* YYYY-MM-DD */
    date_kind kind;
    long paragraph; /* index, WHERE_TITLE or WHERE_DATE_LINE */
    size_t offset, length;
    bool weekday_mismatch;
} rec_date;

typedef struct {
    const char *text;       /* what the date was read from, as written */
    char date[11];          /* "" when unknown */
    char time[6];           /* "HH:MM" or "" */
    char utc_offset[7];     /* "+07:00" or "" */
    pub_source source;
} rec_published;

/* The WARC record an article came from (berita_options_set_warc_record). */
typedef struct {
    const char *record_id, *date; /* NULL when not given */
    uint64_t offset;
    bool present;
} rec_warc;

typedef struct record {
    source_format format;
    record_page_type page_type;
    const char *source_name, *url, *title, *dateline;
    rec_warc warc;
    char fingerprint[17]; /* 16 hex digits of a SimHash of the body, "" when it has no words */
    rec_published published;
    VEC(rec_credit) credits;
    VEC(const char *) labels;
    VEC(rec_paragraph) paragraphs;
    VEC(rec_speaker) speakers;
    VEC(rec_quote) quotes;
    VEC(rec_date) dates;
} record;

/* The record's spelling of each enum value, or NULL outside the enum. */
const char *record_format_name(int format);
const char *record_para_kind_name(int kind);
const char *record_credit_role_name(int role);
const char *record_quote_kind_name(int kind);
const char *record_date_kind_name(int kind);
const char *record_pub_source_name(int source);
const char *record_page_type_name(int type);

#endif
