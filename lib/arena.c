#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Blocks are chained, each twice the size of the one before up to
 * MAX_BLOCK: a short article takes one small block, a 20 MB page a few big
 * ones, which malloc maps on their own and gives back to the system when the
 * arena is freed (small blocks would be holes in the heap, kept). A request
 * of over a quarter of the next block gets a block of its own, so that a
 * 20 MB paragraph wastes nothing; a growing array in a block of its own
 * grows by realloc, not by leaving its old copy behind. */
typedef struct block {
    struct block *next;
    size_t size, used;
    max_align_t data[];
} block;

struct arena {
    block *head;
    size_t next_size;
    bool failed;
};

enum { FIRST_BLOCK = 64 * 1024, MAX_BLOCK = 4 * 1024 * 1024, ALIGN = _Alignof(max_align_t) };

arena *arena_new(void)
{
    arena *a = calloc(1, sizeof(arena));
    if (a)
        a->next_size = FIRST_BLOCK;
    return a;
}

void arena_free(arena *a)
{
    if (!a)
        return;
    for (block *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    free(a);
}

bool arena_failed(const arena *a) { return a->failed; }

void arena_set_failed(arena *a) { a->failed = true; }

static size_t aligned(size_t size) { return (size + ALIGN - 1) & ~(size_t)(ALIGN - 1); }

static bool is_private(const arena *a, size_t size) { return size > a->next_size / 4; }

static block *new_block(arena *a, size_t size)
{
    block *b = malloc(sizeof(block) + size);
    if (!b) {
        a->failed = true;
        return NULL;
    }
    b->size = size;
    b->used = 0;
    return b;
}

/* Uninitialised memory for `size` bytes (already aligned). */
static void *take(arena *a, size_t size)
{
    block *b = a->head;
    if (is_private(a, size)) { /* after the current block, which keeps filling */
        block *own = new_block(a, size);
        if (!own)
            return NULL;
        own->used = size;
        own->next = b ? b->next : NULL;
        *(b ? &b->next : &a->head) = own;
        return own->data;
    }
    if (!b || b->size - b->used < size) {
        if (!(b = new_block(a, a->next_size)))
            return NULL;
        b->next = a->head;
        a->head = b;
        if (a->next_size < MAX_BLOCK)
            a->next_size *= 2;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    return p;
}

void *arena_alloc(arena *a, size_t size)
{
    if (size > SIZE_MAX / 2) {
        a->failed = true;
        return NULL;
    }
    size = aligned(size ? size : 1);
    void *p = take(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t len)
{
    if (len > SIZE_MAX / 2) {
        a->failed = true;
        return NULL;
    }
    char *p = take(a, aligned(len + 1));
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *arena_strdup(arena *a, const char *s) { return s ? arena_strndup(a, s, strlen(s)) : NULL; }

/* The link that points at the block holding exactly `items` alone, or NULL. */
static block **private_block_of(arena *a, const void *items, size_t bytes)
{
    for (block **link = &a->head; *link; link = &(*link)->next)
        if ((const void *)(*link)->data == items)
            return (*link)->used == bytes && (*link)->size == bytes ? link : NULL;
    return NULL;
}

int arena_grow_array(arena *a, void **items, size_t *cap, size_t elem, size_t need)
{
    if (need <= *cap)
        return 0;
    size_t ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    if (ncap > SIZE_MAX / 2 / elem) {
        a->failed = true;
        return -1;
    }
    size_t old_bytes = aligned(*cap * elem), new_bytes = aligned(ncap * elem);
    block **link = *cap && is_private(a, old_bytes) ? private_block_of(a, *items, old_bytes) : NULL;
    if (link) {
        block *grown = realloc(*link, sizeof(block) + new_bytes);
        if (!grown) {
            a->failed = true;
            return -1;
        }
        grown->size = grown->used = new_bytes;
        *link = grown;
        *items = grown->data;
        *cap = ncap;
        return 0;
    }
    void *p = arena_alloc(a, ncap * elem);
    if (!p)
        return -1;
    if (*cap)
        memcpy(p, *items, *cap * elem);
    *items = p;
    *cap = ncap;
    return 0;
}
