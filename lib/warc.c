/* WARC archives (ISO 28500; .warc and multi-member .warc.gz), the format of
 * web archives and Common Crawl's news crawl: records streamed one at a time
 * from the caller's read callback, each HTTP response's page decoded
 * (de-chunked, gzip/deflate inflated). Nothing is ever buffered beyond the
 * caller's limit: an oversized record is read past, a body stops inflating at
 * the limit. */
#include "berita.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

enum { CHUNK = 1 << 16, MAX_HEADER = 1 << 16 };

struct berita_warc {
    berita_read_fn read;
    void *ctx;
    uint64_t raw_read;     /* archive bytes handed over by read() so far */
    uint64_t decoded_base; /* decoded bytes consumed before buf[0] */
    uint64_t member_start; /* the archive offset of the gzip member being inflated */
    /* Compressed input and the inflater, when the archive is gzip. */
    bool gzip, in_member, source_done;
    z_stream z;
    unsigned char in[CHUNK];
    /* Decoded bytes not yet consumed: buf[pos..len). */
    unsigned char *buf;
    size_t pos, len, cap;
    bool started;
    size_t max_record; /* a record block beyond this is skipped unread, never buffered */
    char error[200];
    /* The current record: its header values and block, and the page. */
    char type[32], date[64];
    char *target_uri, *record_id;
    unsigned char *block;
    size_t block_len;
    unsigned char *body;
};

berita_warc *berita_warc_open(berita_read_fn read, void *ctx, size_t max_record)
{
    if (!read)
        return NULL;
    berita_warc *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->read = read;
    r->ctx = ctx;
    r->max_record = max_record ? max_record : SIZE_MAX / 4; /* "no limit": room for a terminator and doubling */
    return r;
}

static void drop_record(berita_warc *r)
{
    free(r->target_uri);
    free(r->record_id);
    free(r->block);
    free(r->body);
    r->target_uri = r->record_id = NULL;
    r->block = r->body = NULL;
    r->block_len = 0;
    r->type[0] = r->date[0] = '\0';
}

void berita_warc_free(berita_warc *r)
{
    if (!r)
        return;
    if (r->gzip)
        inflateEnd(&r->z);
    drop_record(r);
    free(r->buf);
    free(r);
}

const char *berita_warc_error(const berita_warc *r) { return r ? r->error : "no reader"; }

static int fail(berita_warc *r, const char *msg)
{
    snprintf(r->error, sizeof r->error, "%s", msg);
    return -1;
}

static int reserve(berita_warc *r, size_t extra)
{
    if (r->pos > 0 && r->pos == r->len) {
        r->decoded_base += r->len;
        r->pos = r->len = 0;
    }
    if (r->len + extra <= r->cap)
        return 0;
    if (r->pos > 0) { /* slide the unread bytes down first */
        memmove(r->buf, r->buf + r->pos, r->len - r->pos);
        r->decoded_base += r->pos;
        r->len -= r->pos;
        r->pos = 0;
        if (r->len + extra <= r->cap)
            return 0;
    }
    size_t cap = r->cap ? r->cap : CHUNK;
    while (cap < r->len + extra)
        cap *= 2;
    unsigned char *nb = realloc(r->buf, cap);
    if (!nb)
        return -1;
    r->buf = nb;
    r->cap = cap;
    return 0;
}

/* Reads more decoded bytes into buf: >0 bytes added, 0 at a clean end, -1 on error. */
static long fill(berita_warc *r)
{
    if (reserve(r, CHUNK))
        return fail(r, "out of memory");
    if (!r->gzip) {
        long n = r->read(r->ctx, r->buf + r->len, CHUNK);
        if (n < 0 || n > CHUNK)
            return fail(r, "read error");
        r->len += (size_t)n;
        r->raw_read += (uint64_t)n;
        return n;
    }
    for (;;) {
        if (r->z.avail_in == 0 && !r->source_done) {
            long n = r->read(r->ctx, r->in, CHUNK);
            if (n < 0 || n > CHUNK)
                return fail(r, "read error");
            if (n == 0)
                r->source_done = true;
            r->raw_read += (uint64_t)n;
            r->z.next_in = r->in;
            r->z.avail_in = (uInt)n;
        }
        if (r->z.avail_in == 0 && r->source_done)
            return r->in_member ? fail(r, "truncated gzip member") : 0;
        if (!r->in_member) { /* a new member starts: multi-member gzip */
            if (inflateReset(&r->z) != Z_OK)
                return fail(r, "gzip error");
            r->in_member = true;
            r->member_start = r->raw_read - r->z.avail_in;
        }
        r->z.next_out = r->buf + r->len;
        r->z.avail_out = CHUNK;
        int rc = inflate(&r->z, Z_NO_FLUSH);
        size_t produced = CHUNK - r->z.avail_out;
        r->len += produced;
        if (rc == Z_STREAM_END)
            r->in_member = false;
        else if (rc != Z_OK && rc != Z_BUF_ERROR)
            return fail(r, "corrupt gzip data");
        if (produced)
            return (long)produced;
    }
}

static int start(berita_warc *r)
{
    r->started = true;
    long n = r->read(r->ctx, r->in, 2);
    if (n < 0 || n > 2)
        return fail(r, "read error");
    r->raw_read = (uint64_t)n;
    if (n == 2 && r->in[0] == 0x1f && r->in[1] == 0x8b) {
        r->gzip = true;
        memset(&r->z, 0, sizeof r->z);
        if (inflateInit2(&r->z, 15 + 16) != Z_OK)
            return fail(r, "gzip error");
        r->z.next_in = r->in;
        r->z.avail_in = 2;
        r->in_member = true;
    } else if (n > 0) {
        if (reserve(r, (size_t)n))
            return fail(r, "out of memory");
        memcpy(r->buf + r->len, r->in, (size_t)n);
        r->len += (size_t)n;
    }
    return 0;
}

/* Makes at least `need` bytes available at buf+pos: 1, 0 when the archive
 * ends first, -1 on error. */
static int want(berita_warc *r, size_t need)
{
    while (r->len - r->pos < need) {
        long n = fill(r);
        if (n < 0)
            return -1;
        if (n == 0)
            return 0;
    }
    return 1;
}

/* The header block: up to and including the blank line. Returns its length. */
static long header_block(berita_warc *r)
{
    size_t scanned = 0;
    for (;;) {
        unsigned char *base = r->buf + r->pos;
        size_t avail = r->len - r->pos;
        for (size_t i = scanned; i + 3 < avail; i++)
            if (base[i] == '\r' && base[i + 1] == '\n' && base[i + 2] == '\r' && base[i + 3] == '\n')
                return (long)(i + 4);
        scanned = avail > 3 ? avail - 3 : 0;
        if (avail > MAX_HEADER)
            return fail(r, "WARC header too long");
        int got = want(r, avail + 1);
        if (got <= 0)
            return got < 0 ? -1 : (avail == 0 ? 0 : fail(r, "truncated WARC header"));
    }
}

/* The value of header `name` in the block [h, h+len): its span in *value, *value_len. */
static bool header_span(const char *h, size_t len, const char *name, const char **value, size_t *value_len)
{
    size_t nl = strlen(name);
    for (size_t i = 0; i < len;) {
        const char *line = h + i;
        const char *eol = memchr(line, '\n', len - i);
        size_t ll = eol ? (size_t)(eol - line) : len - i;
        if (ll > nl && strncasecmp(line, name, nl) == 0 && line[nl] == ':') {
            size_t s = nl + 1;
            while (s < ll && (line[s] == ' ' || line[s] == '\t'))
                s++;
            size_t e = ll;
            while (e > s && isspace((unsigned char)line[e - 1]))
                e--;
            *value = line + s;
            *value_len = e - s;
            return true;
        }
        i += ll + 1;
    }
    return false;
}

/* A short header value (a number, a type) NUL-terminated into out; false when
 * absent or longer than out holds, so nothing is ever cut silently. */
static bool header_value(const char *h, size_t len, const char *name, char *out, size_t outlen)
{
    const char *v;
    size_t n;
    if (!header_span(h, len, name, &v, &n) || n >= outlen)
        return false;
    memcpy(out, v, n);
    out[n] = '\0';
    return true;
}

/* Drops n bytes of the archive without keeping them: an oversized record is
 * read past in CHUNK steps. 1, 0 when the archive ends first, -1 on error. */
static int skip(berita_warc *r, unsigned long long n)
{
    while (n > 0) {
        size_t avail = r->len - r->pos;
        if (avail == 0) {
            long got = fill(r);
            if (got <= 0)
                return (int)got;
            continue;
        }
        size_t step = n < avail ? (size_t)n : avail;
        r->pos += step;
        n -= step;
    }
    return 1;
}

/* Reads the next record's header and block into r: 1, 0 at the end, -1 on
 * an error. A block over the limit is read past: r->block stays NULL and
 * *oversize is set. *offset is where the record starts in the archive. */
static int read_record(berita_warc *r, bool *oversize, uint64_t *offset)
{
    *oversize = false;
    /* Records are separated by CRLF CRLF; tolerate any blank lines between. */
    for (;;) {
        int got = want(r, 1);
        if (got <= 0)
            return got;
        if (r->buf[r->pos] != '\r' && r->buf[r->pos] != '\n')
            break;
        r->pos++;
    }
    /* a record of a .warc.gz is found by its member's offset, as CDX indexes give it */
    *offset = r->gzip ? r->member_start : r->decoded_base + r->pos;
    long hlen = header_block(r);
    if (hlen <= 0)
        return (int)hlen;
    const char *h = (const char *)r->buf + r->pos;
    if (strncmp(h, "WARC/", 5) != 0)
        return fail(r, "not a WARC record");
    char value[32];
    if (!header_value(h, (size_t)hlen, "Content-Length", value, sizeof value))
        return fail(r, "WARC record without Content-Length");
    /* digits only: strtoull would take "-1" as 2^64 - 1 */
    char *end;
    unsigned long long clen = strtoull(value, &end, 10);
    if (!isdigit((unsigned char)value[0]) || *end || clen > (1ull << 40))
        return fail(r, "bad WARC Content-Length");
    header_value(h, (size_t)hlen, "WARC-Type", r->type, sizeof r->type);
    header_value(h, (size_t)hlen, "WARC-Date", r->date, sizeof r->date);
    const char *v;
    size_t n;
    if (header_span(h, (size_t)hlen, "WARC-Target-URI", &v, &n)) {
        /* WARC 1.0 wrote the URI in angle brackets. */
        if (n >= 2 && v[0] == '<' && v[n - 1] == '>') {
            v++;
            n -= 2;
        }
        if (!(r->target_uri = strndup(v, n)))
            return fail(r, "out of memory");
    }
    if (header_span(h, (size_t)hlen, "WARC-Record-ID", &v, &n) && !(r->record_id = strndup(v, n)))
        return fail(r, "out of memory");
    r->pos += (size_t)hlen;
    if (clen > r->max_record) {
        *oversize = true;
        int got = skip(r, clen);
        return got < 0 ? -1 : got == 0 ? fail(r, "truncated WARC record") : 1;
    }
    int got = want(r, (size_t)clen);
    if (got <= 0)
        return got < 0 ? -1 : fail(r, "truncated WARC record");
    if (!(r->block = malloc((size_t)clen + 1)))
        return fail(r, "out of memory");
    memcpy(r->block, r->buf + r->pos, (size_t)clen);
    r->block[clen] = '\0';
    r->block_len = (size_t)clen;
    r->pos += (size_t)clen;
    return 1;
}

/* Inflates gzip or zlib data into a new buffer of at most `limit` bytes;
 * NULL with *over set when the data inflates beyond it. */
static unsigned char *inflate_all(const unsigned char *data, size_t len, size_t limit, size_t *out_len,
                                  bool *over)
{
    *over = false;
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 32) != Z_OK)
        return NULL;
    size_t cap = len < (limit - 1024) / 4 ? len * 4 + 1024 : limit, n = 0;
    unsigned char *out = malloc(cap + 1);
    z.next_in = (unsigned char *)data;
    z.avail_in = (uInt)len;
    int rc = Z_OK;
    while (out && rc != Z_STREAM_END) {
        if (n == cap) {
            if (cap >= limit) { /* a bomb: refused before it is held whole */
                free(out);
                out = NULL;
                *over = true;
                break;
            }
            cap = cap > limit / 2 ? limit : cap * 2;
            unsigned char *grown = realloc(out, cap + 1);
            if (!grown) {
                free(out);
                out = NULL;
                break;
            }
            out = grown;
        }
        z.next_out = out + n;
        z.avail_out = (uInt)(cap - n);
        rc = inflate(&z, Z_NO_FLUSH);
        n = cap - z.avail_out;
        if (rc != Z_OK && rc != Z_STREAM_END)
            break; /* keep what inflated before the damage */
    }
    inflateEnd(&z);
    *out_len = n;
    return out;
}

static int hex_digit(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (unsigned char)tolower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Joins the chunks of a chunked transfer-encoded body in place; returns the
 * new length. The size line is read within [b, b+len): the body is not
 * NUL-terminated. */
static size_t dechunk(unsigned char *b, size_t len)
{
    size_t in = 0, out = 0;
    while (in < len) {
        size_t size = 0, digits = 0;
        for (int d; in + digits < len && (d = hex_digit(b[in + digits])) >= 0; digits++) {
            if (size > (SIZE_MAX >> 4))
                return out;
            size = size << 4 | (size_t)d;
        }
        const unsigned char *eol = memchr(b + in, '\n', len - in);
        if (!eol || digits == 0)
            break;
        in = (size_t)(eol - b) + 1;
        if (size == 0 || size > len - in)
            break;
        memmove(b + out, b + in, size);
        out += size;
        in += size;
        while (in < len && (b[in] == '\r' || b[in] == '\n'))
            in++;
    }
    return out;
}

static bool looks_like_html(const unsigned char *b, size_t len)
{
    size_t n = len < 1024 ? len : 1024;
    for (size_t i = 0; i + 5 < n; i++)
        if (b[i] == '<' && (strncasecmp((const char *)b + i + 1, "html", 4) == 0 ||
                            strncasecmp((const char *)b + i + 1, "!doct", 5) == 0))
            return true;
    return false;
}

/* Classifies an HTTP response block and, for a 2xx HTML page, decodes its
 * body into r->body. */
static berita_warc_kind http_page(berita_warc *r, berita_warc_record *rec)
{
    const unsigned char *b = r->block;
    if (!b || r->block_len < 5 || memcmp(b, "HTTP/", 5) != 0)
        return BERITA_WARC_OTHER;
    size_t hend = 0;
    for (size_t i = 0; i + 3 < r->block_len; i++)
        if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
            hend = i + 4;
            break;
        }
    if (!hend)
        return BERITA_WARC_MALFORMED;
    /* "HTTP/1.1 200 OK": the status is the second word */
    const unsigned char *sp = memchr(b, ' ', hend);
    if (!sp || sp + 4 > b + hend || !isdigit(sp[1]) || !isdigit(sp[2]) || !isdigit(sp[3]))
        return BERITA_WARC_MALFORMED;
    rec->http_status = (sp[1] - '0') * 100 + (sp[2] - '0') * 10 + (sp[3] - '0');
    if (rec->http_status < 200 || rec->http_status > 299)
        return BERITA_WARC_NOT_OK;
    char type[256] = "", transfer[64] = "", encoding[64] = "";
    header_value((const char *)b, hend, "Content-Type", type, sizeof type);
    header_value((const char *)b, hend, "Transfer-Encoding", transfer, sizeof transfer);
    header_value((const char *)b, hend, "Content-Encoding", encoding, sizeof encoding);
    size_t n = r->block_len - hend;
    unsigned char *out = malloc(n + 1);
    if (!out)
        return BERITA_WARC_MALFORMED;
    memcpy(out, b + hend, n);
    if (strcasecmp(transfer, "chunked") == 0)
        n = dechunk(out, n);
    if (strcasecmp(encoding, "gzip") == 0 || strcasecmp(encoding, "deflate") == 0) {
        size_t inflated_len;
        bool over;
        unsigned char *inflated = inflate_all(out, n, r->max_record, &inflated_len, &over);
        free(out);
        if (!inflated)
            return over ? BERITA_WARC_TOO_LARGE : BERITA_WARC_MALFORMED;
        out = inflated;
        n = inflated_len;
    }
    bool html = type[0] ? (strstr(type, "html") != NULL) : looks_like_html(out, n);
    if (!html) {
        free(out);
        return BERITA_WARC_NOT_HTML;
    }
    out[n] = '\0';
    r->body = out;
    rec->body = (const char *)out;
    rec->body_len = n;
    return BERITA_WARC_PAGE;
}

int berita_warc_next(berita_warc *r, berita_warc_record *rec)
{
    if (!r || !rec)
        return -1;
    memset(rec, 0, sizeof *rec);
    drop_record(r);
    if (!r->started && start(r))
        return -1;
    bool oversize;
    uint64_t offset;
    int got = read_record(r, &oversize, &offset);
    if (got <= 0)
        return got;
    rec->type = r->type[0] ? r->type : NULL;
    rec->target_uri = r->target_uri;
    rec->record_id = r->record_id;
    rec->date = r->date[0] ? r->date : NULL;
    rec->offset = offset;
    if (oversize)
        rec->kind = BERITA_WARC_TOO_LARGE;
    else if (strcmp(r->type, "revisit") == 0)
        rec->kind = BERITA_WARC_REVISIT;
    else if (strcmp(r->type, "response") == 0)
        rec->kind = http_page(r, rec);
    else
        rec->kind = BERITA_WARC_OTHER;
    return 1;
}

bool berita_is_warc(const void *data, size_t len)
{
    const unsigned char *b = data;
    if (!b)
        return false;
    if (len >= 5 && memcmp(b, "WARC/", 5) == 0)
        return true;
    if (len < 18 || b[0] != 0x1f || b[1] != 0x8b)
        return false;
    /* gzip: the first member's first bytes */
    unsigned char head[5];
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return false;
    z.next_in = (unsigned char *)b;
    z.avail_in = (uInt)(len < (1u << 20) ? len : (1u << 20));
    z.next_out = head;
    z.avail_out = sizeof head;
    int rc = inflate(&z, Z_SYNC_FLUSH);
    bool warc = (rc == Z_OK || rc == Z_STREAM_END || rc == Z_BUF_ERROR) && z.avail_out == 0 &&
                memcmp(head, "WARC/", 5) == 0;
    inflateEnd(&z);
    return warc;
}
