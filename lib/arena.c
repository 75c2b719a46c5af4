#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Blocks are chained, each twice the size of the one before up to
 * MAX_BLOCK: a short article takes one small block, a 20 MB page a few big
 * ones, mapped apart (map_block) and given back to the system when the arena
 * is freed. A request of over OWN_BLOCK bytes gets a block of its own, so
 * that a 20 MB paragraph wastes nothing and a growing array moves to a bigger
 * block, or grows within its own, never leaving its old copy behind: an
 * array's abandoned copies add up to its final size (a record of 10,000
 * quotes and speakers held a third more with a quarter of a block as the
 * bound). */
typedef struct block {
    struct block *next;
    size_t size, used;
    bool mapped; /* mapped apart, in huge pages where the system has them */
    bool alone;  /* holds one request only (a big string, a growing array) */
    max_align_t data[];
} block;

struct arena {
    block *head;
    size_t next_size;
    bool failed;
};

/* From a huge page on, a block with its header fills one huge page, then
 * two, exactly. */
enum {
    FIRST_BLOCK = 64 * 1024,
    HUGE_PAGE = 2 * 1024 * 1024,
    HUGE_BLOCK = HUGE_PAGE - 64,
    MAX_BLOCK = 2 * HUGE_PAGE - 64,
    OWN_BLOCK = 8 * 1024,
    ALIGN = _Alignof(max_align_t)
};
_Static_assert(sizeof(block) <= HUGE_PAGE - HUGE_BLOCK, "a block's header fits beside it in its huge page");

arena *arena_new(void)
{
    arena *a = calloc(1, sizeof(arena));
    if (a)
        a->next_size = FIRST_BLOCK;
    return a;
}

/* A block of a huge page or more is mapped on its own in huge pages: a big
 * page's tree and record take tens of megabytes, which in 4 KB pages is
 * thousands of page faults every time the memory is mapped anew, and for a
 * big document it is, each time (malloc gives such blocks back when freed).
 * The mapping starts on a huge page, and the blocks that fill a shared chain
 * end on one: a huge page is resident whole from its first byte touched, and
 * huge pages straddling a block's unused end made 3 MB of a 1 MB text's peak
 * of 24 MB. */
static block *map_block(size_t size)
{
#ifdef MADV_HUGEPAGE
    size_t bytes = (sizeof(block) + size + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
    char *m = mmap(NULL, bytes + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return NULL;
    size_t lead = (HUGE_PAGE - (uintptr_t)m % HUGE_PAGE) % HUGE_PAGE; /* up to the first huge page */
    if (lead)
        munmap(m, lead);
    munmap(m + lead + bytes, HUGE_PAGE - lead);
    block *b = (block *)(m + lead);
    madvise(b, bytes, MADV_HUGEPAGE);
    b->size = bytes - sizeof(block);
    b->mapped = true;
    return b;
#else
    (void)size;
    return NULL;
#endif
}

/* Doubling, up to one huge page and then two, header included. */
static size_t next_block_size(size_t size)
{
    return size * 2 < HUGE_PAGE ? size * 2 : size < HUGE_BLOCK ? HUGE_BLOCK : MAX_BLOCK;
}

static void free_block(block *b)
{
    if (b->mapped)
        munmap(b, sizeof(block) + b->size);
    else
        free(b);
}

void arena_free(arena *a)
{
    if (!a)
        return;
    for (block *b = a->head, *next; b; b = next) {
        next = b->next;
        free_block(b);
    }
    free(a);
}

bool arena_failed(const arena *a) { return a->failed; }

void arena_set_failed(arena *a) { a->failed = true; }

size_t arena_held(const arena *a)
{
    size_t held = 0;
    for (const block *b = a->head; b; b = b->next)
        held += b->size;
    return held;
}

static size_t aligned(size_t size) { return (size + ALIGN - 1) & ~(size_t)(ALIGN - 1); }

static bool is_private(size_t size) { return size > OWN_BLOCK; }

static block *new_block(arena *a, size_t size)
{
    block *b = size >= HUGE_PAGE ? map_block(size) : NULL;
    if (!b && (b = malloc(sizeof(block) + size)) != NULL) {
        b->size = size;
        b->mapped = false;
    }
    if (!b) {
        a->failed = true;
        return NULL;
    }
    b->used = 0;
    b->alone = false;
    return b;
}

/* Uninitialised memory for `size` bytes at a multiple of `align` (a power
 * of two up to ALIGN): strings take 1, and are packed without gaps. */
static void *take(arena *a, size_t size, size_t align)
{
    block *b = a->head;
    if (is_private(size)) { /* after the current block, which keeps filling */
        block *own = new_block(a, size);
        if (!own)
            return NULL;
        own->used = size;
        own->alone = true;
        own->next = b ? b->next : NULL;
        *(b ? &b->next : &a->head) = own;
        return own->data;
    }
    size_t at = b ? (b->used + align - 1) & ~(align - 1) : 0;
    if (!b || at > b->size || b->size - at < size) {
        if (!(b = new_block(a, a->next_size)))
            return NULL;
        b->next = a->head;
        a->head = b;
        a->next_size = next_block_size(a->next_size);
        at = 0;
    }
    b->used = at + size;
    return (char *)b->data + at;
}

void *arena_alloc(arena *a, size_t size)
{
    if (size > SIZE_MAX / 2) {
        a->failed = true;
        return NULL;
    }
    size = aligned(size ? size : 1);
    void *p = take(a, size, ALIGN);
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
    char *p = take(a, len + 1, 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *arena_strdup(arena *a, const char *s) { return s ? arena_strndup(a, s, strlen(s)) : NULL; }

/* The link that points at the block `items` has alone, or NULL. */
static block **private_block_of(arena *a, const void *items)
{
    for (block **link = &a->head; *link; link = &(*link)->next)
        if ((const void *)(*link)->data == items)
            return (*link)->alone ? link : NULL;
    return NULL;
}

void arena_give_back(arena *a, void *items)
{
    block **link = items ? private_block_of(a, items) : NULL;
    if (link) {
        block *old = *link;
        *link = old->next;
        free_block(old);
    }
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
    block **link = *cap && is_private(old_bytes) ? private_block_of(a, *items) : NULL;
    if (link && (*link)->size >= new_bytes) { /* a mapped block has room to grow */
        (*link)->used = new_bytes;
        *cap = ncap;
        return 0;
    }
    if (link) { /* moved to a block of its own again; the old one is freed */
        block *old = *link, *grown = new_block(a, new_bytes);
        if (!grown)
            return -1;
        memcpy(grown->data, old->data, old->used);
        grown->used = new_bytes;
        grown->alone = true;
        grown->next = old->next;
        *link = grown;
        free_block(old);
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
