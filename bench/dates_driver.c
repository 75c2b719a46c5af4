/* Times the dates stage alone for bench/dates_vs_dateparser.py: reads
 * articles from stdin (NUL-separated; in each, paragraphs separated by a
 * blank line, the first one the headline), runs dates_extract on each
 * `rounds` times, and prints "<dates found> <seconds>". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dates.h"

static void run_article(char *text, const char *reference, size_t *found)
{
    arena *a = arena_new();
    record rec = {0};
    page_hints hints = {0};
    if (!a)
        return;
    for (char *p = text, *next; p; p = next) {
        next = strstr(p, "\n\n");
        size_t len = next ? (size_t)(next - p) : strlen(p);
        char *para = arena_strndup(a, p, len);
        if (!rec.title)
            rec.title = para;
        else if (len)
            VEC_PUSH(a, &rec.paragraphs, ((rec_paragraph){PARA_BODY, para, len}));
        if (next)
            next += 2;
    }
    dates_extract(&rec, &hints, reference, a);
    *found += rec.dates.len;
    arena_free(a);
}

int main(int argc, char **argv)
{
    int rounds = argc > 1 ? atoi(argv[1]) : 1;
    const char *reference = argc > 2 ? argv[2] : NULL;
    size_t cap = 1 << 20, len = 0, n;
    char *buf = malloc(cap + 1);
    while (buf && (n = fread(buf + len, 1, cap - len, stdin)) > 0) {
        len += n;
        if (len == cap)
            buf = realloc(buf, (cap *= 2) + 1);
    }
    if (!buf)
        return 1;
    buf[len] = '\0';
    size_t found = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int r = 0; r < rounds; r++)
        for (size_t at = 0; at < len; at += strlen(buf + at) + 1)
            run_article(buf + at, reference, &found);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("%zu %.6f\n", found / (size_t)(rounds > 0 ? rounds : 1),
           (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
    free(buf);
    return 0;
}
