/* Running one reader stage on a literal, for the stage tests. */
#ifndef BERITA_TEST_STAGE_HELPERS_H
#define BERITA_TEST_STAGE_HELPERS_H

#include <string.h>

#include "arena.h"
#include "page.h"
#include "record.h"

/* A record and hints over one arena, reset by each test's fixture. */
typedef struct {
    arena *a;
    record rec;
    page_hints hints;
} stage_run;

static inline void stage_run_reset(stage_run *r)
{
    arena_free(r->a);
    memset(r, 0, sizeof *r);
    r->a = arena_new();
}

static inline void stage_run_free(stage_run *r)
{
    arena_free(r->a);
    memset(r, 0, sizeof *r);
}

/* The record with one body paragraph per argument, for the stages after the
 * readers. */
static inline void stage_run_paragraphs(stage_run *r, const char *const *paras, size_t n)
{
    for (size_t i = 0; i < n; i++)
        VEC_PUSH(r->a, &r->rec.paragraphs, ((rec_paragraph){PARA_BODY, paras[i], strlen(paras[i])}));
}

#endif
