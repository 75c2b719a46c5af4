/* One arena per document: every string and list of the record lives in it,
 * and freeing the document frees it all at once. */
#ifndef BERITA_ARENA_H
#define BERITA_ARENA_H

#include <stdbool.h>
#include <stddef.h>

typedef struct arena arena;

arena *arena_new(void);
void arena_free(arena *a);

/* Zeroed memory aligned for any type; NULL on failure, which also sets the
 * arena's sticky out-of-memory flag so a stage may carry on and the caller
 * reports BERITA_ERR_NOMEM once at the end. */
void *arena_alloc(arena *a, size_t size);
/* A NUL-terminated copy of s[0..len). */
char *arena_strndup(arena *a, const char *s, size_t len);
char *arena_strdup(arena *a, const char *s);
bool arena_failed(const arena *a);
/* The bytes the arena holds from the system, its blocks' sizes: for the
 * memory a stage keeps. */
size_t arena_held(const arena *a);
/* Marks the arena failed: for out-of-memory met outside it (malloc, utf8proc). */
void arena_set_failed(arena *a);

/* Grows an arena-backed array to hold at least `need` elements of `elem`
 * bytes (doubling); the old block is abandoned to the arena. 0 or -1. */
int arena_grow_array(arena *a, void **items, size_t *cap, size_t elem, size_t need);

/* Frees the memory of `items` now when it has a block of its own (a big
 * request: a table being replaced by a bigger one); otherwise it stays until
 * the arena is freed. */
void arena_give_back(arena *a, void *items);

/* A growable array in an arena: VEC(int) v = {0}; VEC_PUSH(a, &v, 3); */
#define VEC(T) struct { T *items; size_t len, cap; }
#define VEC_PUSH(a, v, x)                                                                   \
    (((v)->len < (v)->cap ||                                                               \
      arena_grow_array((a), (void **)&(v)->items, &(v)->cap, sizeof *(v)->items,           \
                       (v)->len + 1) == 0)                                                 \
         ? ((v)->items[(v)->len++] = (x), 0)                                               \
         : -1)

#endif
