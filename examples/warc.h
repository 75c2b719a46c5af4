/* A streaming reader of WARC files (ISO 28500; .warc and multi-member
 * .warc.gz), the format of web archives and Common Crawl's news crawl. Part of
 * the berita-extract example, not of the library. */
#ifndef BERITA_WARC_H
#define BERITA_WARC_H

#include <stddef.h>

/* Where the bytes come from: read up to n bytes into buf, return the count,
 * 0 at the end, -1 on error. */
typedef long (*warc_read_fn)(void *ctx, unsigned char *buf, size_t n);

typedef struct warc_reader warc_reader;

typedef struct {
    char type[32];         /* WARC-Type: "response", "request", "warcinfo"... */
    char *target_uri;      /* WARC-Target-URI, or NULL */
    unsigned char *block;  /* the record's content block; NULL when oversize */
    size_t block_len;
    size_t oversize;       /* the Content-Length of a block over the reader's limit, read past unkept */
} warc_record;

/* A reader over `read`; gzip members are inflated when the data starts with
 * the gzip magic. A record whose block is over `max_record` bytes (0: no
 * limit) is read past without being buffered and comes back with block NULL
 * and `oversize` set. NULL when out of memory. */
warc_reader *warc_open(warc_read_fn read, void *ctx, size_t max_record);
void warc_close(warc_reader *r);

/* The next record into *rec (valid until the next call): 1, 0 at the end of the
 * archive, -1 on an error (a truncated gzip member, a malformed header), after
 * which warc_error() says what. */
int warc_next(warc_reader *r, warc_record *rec);
const char *warc_error(const warc_reader *r);

/* For a "response" record carrying HTTP: the body (de-chunked; gzip/deflate
 * content-encoding inflated, to at most `limit` bytes, 0: no limit) in *body,
 * malloc'd, and whether the HTTP Content-Type says HTML (or says nothing and
 * the body looks like HTML). 1 when the record is an HTML page, 0 when it is
 * something else, -1 when out of memory or malformed, -2 when the body
 * inflates beyond `limit`. */
int warc_http_html_body(const warc_record *rec, size_t limit, unsigned char **body, size_t *len);

#endif
