/* Times the dates stage alone for bench/dates_vs_dateparser.py: reads
 * articles from stdin (NUL-separated; in each, paragraphs separated by a
 * blank line, the first one the headline), builds their records once, then
 * runs dates_extract on every article `rounds` times (each run into a fresh
 * arena, as a parse would) and prints "<dates per round> <CPU seconds>". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dates.h"

static void read_article(char *text, record *rec, arena *a)
{
    for (char *p = text, *next; p; p = next) {
        next = strstr(p, "\n\n");
        size_t len = next ? (size_t)(next - p) : strlen(p);
        char *para = arena_strndup(a, p, len);
        if (!rec->title)
            rec->title = para;
        else if (len)
            VEC_PUSH(a, &rec->paragraphs, ((rec_paragraph){PARA_BODY, para, len}));
        if (next)
            next += 2;
    }
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
    arena *texts = arena_new();
    if (!buf || !texts)
        return 1;
    buf[len] = '\0';
    VEC(record) recs = {0};
    for (size_t at = 0; at < len; at += strlen(buf + at) + 1) {
        record rec = {0};
        read_article(buf + at, &rec, texts);
        VEC_PUSH(texts, &recs, rec);
    }
    size_t found = 0;
    page_hints hints = {0};
    struct timespec t0, t1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    for (int r = 0; r < rounds; r++)
        for (size_t i = 0; i < recs.len; i++) {
            arena *a = arena_new();
            record *rec = &recs.items[i];
            memset(&rec->dates, 0, sizeof rec->dates);
            memset(&rec->published, 0, sizeof rec->published);
            dates_extract(rec, &hints, reference, a);
            found += rec->dates.len;
            arena_free(a);
        }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    printf("%zu %.6f\n", found / (size_t)(rounds > 0 ? rounds : 1),
           (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
    arena_free(texts);
    free(buf);
    return 0;
}
