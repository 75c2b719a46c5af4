/* libFuzzer target for the library's WARC reader (lib/warc.c): the input is
 * an archive, plain or gzip; every record and its HTTP body is read, as
 * berita-extract reads them. */
#include <berita.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct {
    const uint8_t *data;
    size_t size, pos;
} memory_source;

static long read_memory(void *ctx, void *buf, size_t n)
{
    memory_source *m = ctx;
    size_t left = m->size - m->pos;
    if (n > left)
        n = left;
    memcpy(buf, m->data + m->pos, n);
    m->pos += n;
    return (long)n;
}

/* Reads the byte, so that ASan checks it is inside the body. */
static void touch(const volatile char *p) { (void)*p; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    memory_source src = {data, size, 0};
    (void)berita_is_warc(data, size);
    berita_warc *r = berita_warc_open(read_memory, &src, 1 << 20);
    if (!r)
        return 0;
    berita_warc_record rec;
    while (berita_warc_next(r, &rec) == 1)
        if (rec.kind == BERITA_WARC_PAGE && rec.body_len)
            touch(rec.body + rec.body_len - 1); /* a bad length shows */
    berita_warc_free(r);
    return 0;
}
