/* libFuzzer target for the WARC reader of berita-extract (examples/warc.c):
 * the input is an archive, plain or gzip; every record and its HTTP body is
 * read, as the CLI reads them. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "warc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct {
    const uint8_t *data;
    size_t size, pos;
} memory_source;

static long read_memory(void *ctx, unsigned char *buf, size_t n)
{
    memory_source *m = ctx;
    size_t left = m->size - m->pos;
    if (n > left)
        n = left;
    memcpy(buf, m->data + m->pos, n);
    m->pos += n;
    return (long)n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    memory_source src = {data, size, 0};
    warc_reader *r = warc_open(read_memory, &src, 1 << 20);
    if (!r)
        return 0;
    warc_record rec;
    while (warc_next(r, &rec) == 1) {
        unsigned char *body = NULL;
        size_t len = 0;
        if (warc_http_html_body(&rec, 1 << 20, &body, &len) == 1 && len && body[len - 1] == 0xFF)
            len--; /* touch the body so a bad length shows */
        free(body);
    }
    warc_close(r);
    return 0;
}
