/* Allocation-failure sweep, in the style of expat's: for each article named
 * on the command line and each N from 1 to one past the number of
 * allocations its parse and JSON make, the Nth allocation fails (malloc,
 * calloc, realloc and the aligned ones are interposed here, so libberita,
 * libxml2, utf8proc and libc all see it). Each N runs in a child
 * under a timeout, and must give BERITA_ERR_NOMEM or the record of the
 * unfailed parse, byte for byte; must print nothing on stderr; and must
 * leave no block allocated after the doc and the JSON are freed.
 *
 * The real allocator is the next one after this program's (libc's, or the
 * sanitizer's under ASan), found with dlsym; dlsym's own allocations before
 * that are served from a static buffer. */
#define _GNU_SOURCE
#include <berita.h>
#include <dlfcn.h>
#include <errno.h>
#include <malloc.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

enum { TIMEOUT_SECONDS = 10 };

/* ---- the interposed allocator ------------------------------------------ */

static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static void (*real_free)(void *);
static void *(*real_memalign)(size_t, size_t);

/* Under ASan the sanitizer allocates (and calls dlsym) before its shadow
 * memory exists: the allocator's own code must not be instrumented. */
#define ALLOCATOR __attribute__((no_sanitize_address))

static _Alignas(16) char boot[1 << 16];
static size_t boot_used;
static bool resolving;

ALLOCATOR static bool in_boot(const void *p) { return (const char *)p >= boot && (const char *)p < boot + sizeof boot; }

ALLOCATOR static void *boot_alloc(size_t n)
{
    size_t at = (boot_used + 15) & ~(size_t)15;
    if (at + n > sizeof boot)
        return NULL;
    boot_used = at + n;
    return boot + at;
}

ALLOCATOR static bool resolve(void)
{
    if (real_malloc)
        return true;
    if (resolving)
        return false;
    resolving = true;
    /* POSIX's way to take a function from dlsym (ISO C has no cast for it) */
    *(void **)&real_calloc = dlsym(RTLD_NEXT, "calloc");
    *(void **)&real_realloc = dlsym(RTLD_NEXT, "realloc");
    *(void **)&real_free = dlsym(RTLD_NEXT, "free");
    *(void **)&real_memalign = dlsym(RTLD_NEXT, "memalign");
    *(void **)&real_malloc = dlsym(RTLD_NEXT, "malloc");
    resolving = false;
    return real_malloc != NULL;
}

/* The build hides symbols by default; these must be seen by every library. */
#define INTERPOSED __attribute__((visibility("default"))) ALLOCATOR

/* The window: allocations counted (and the armed one failed) only while
 * `tracking`; each block made in it is remembered until freed. */
static long armed_at = -1, calls;
static bool tracking;

enum { LIVE_SLOTS = 1 << 18 };
static void *live[LIVE_SLOTS]; /* open addressing; TOMBSTONE for a freed slot */
static long live_count;
#define TOMBSTONE ((void *)1)

ALLOCATOR static size_t slot_of(const void *p)
{
    return (size_t)(((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ull >> 44) & (LIVE_SLOTS - 1);
}

ALLOCATOR static void remember(void *p)
{
    if (!p || !tracking)
        return;
    size_t i = slot_of(p);
    while (live[i] && live[i] != TOMBSTONE)
        i = (i + 1) & (LIVE_SLOTS - 1);
    live[i] = p;
    live_count++;
}

ALLOCATOR static void forget(void *p)
{
    if (!p)
        return;
    for (size_t i = slot_of(p); live[i]; i = (i + 1) & (LIVE_SLOTS - 1))
        if (live[i] == p) {
            live[i] = TOMBSTONE;
            live_count--;
            return;
        }
}

ALLOCATOR static bool fail_now(void)
{
    if (!tracking)
        return false;
    return ++calls == armed_at;
}

INTERPOSED void *malloc(size_t n)
{
    if (!resolve())
        return boot_alloc(n);
    if (fail_now()) {
        errno = ENOMEM;
        return NULL;
    }
    void *p = real_malloc(n);
    remember(p);
    return p;
}

INTERPOSED void *calloc(size_t count, size_t size)
{
    if (!resolve()) /* the static buffer is zero, and never handed out twice */
        return count && size > SIZE_MAX / count ? NULL : boot_alloc(count * size);
    if (fail_now()) {
        errno = ENOMEM;
        return NULL;
    }
    void *p = real_calloc(count, size);
    remember(p);
    return p;
}

INTERPOSED void *realloc(void *old, size_t n)
{
    if (in_boot(old)) { /* dlsym's: moved to the real allocator */
        char *p = malloc(n);
        for (size_t i = 0; p && i < n && (const char *)old + i < boot + sizeof boot; i++)
            p[i] = ((const char *)old)[i];
        return p;
    }
    if (!resolve())
        return boot_alloc(n);
    if (fail_now()) {
        errno = ENOMEM;
        return NULL;
    }
    void *p = real_realloc(old, n);
    if (p || n == 0) {
        forget(old);
        remember(p);
    }
    return p;
}

INTERPOSED void free(void *p)
{
    if (!p || in_boot(p))
        return;
    forget(p);
    if (resolve())
        real_free(p);
}

INTERPOSED void *memalign(size_t alignment, size_t n)
{
    if (!resolve())
        return boot_alloc(n);
    if (fail_now()) {
        errno = ENOMEM;
        return NULL;
    }
    void *p = real_memalign(alignment, n);
    remember(p);
    return p;
}

INTERPOSED void *aligned_alloc(size_t alignment, size_t n) { return memalign(alignment, n); }

INTERPOSED int posix_memalign(void **out, size_t alignment, size_t n)
{
    void *p = memalign(alignment, n);
    if (!p)
        return ENOMEM;
    *out = p;
    return 0;
}

/* ---- one parse ---------------------------------------------------------- */

typedef enum { SAME, NOMEM, DIFFERENT, OTHER_ERROR, LEAK, PRINTED } outcome;
static const char *const OUTCOME_NAMES[] = {"identical", "NOMEM", "a different record", "another error",
                                            "a leak", "output on stderr"};

/* Parses and serialises with the Nth allocation failing (-1: none); the
 * JSON is handed back when wanted (the reference record). */
static outcome parse_failing_at(const char *data, size_t len, long n, const char *reference, char **json_out)
{
    berita_options *opts = berita_options_new();
    berita_options_set_source_name(opts, "article");
    berita_doc *doc = NULL;
    char *json = NULL;
    size_t json_len = 0;
    calls = 0;
    armed_at = n;
    live_count = 0;
    memset(live, 0, sizeof live);
    tracking = true;
    berita_status st = berita_parse(data, len, opts, &doc, NULL);
    if (st == BERITA_OK)
        st = berita_doc_to_json(doc, 0, &json, &json_len);
    tracking = false;
    bool same = st == BERITA_OK && reference && strcmp(json, reference) == 0;
    if (json_out) {
        *json_out = json;
        json = NULL;
    }
    berita_free(json);
    berita_doc_free(doc);
    berita_options_free(opts);
    if (live_count > (json_out && *json_out ? 1 : 0))
        return LEAK;
    if (st == BERITA_ERR_NOMEM)
        return NOMEM;
    if (st != BERITA_OK)
        return OTHER_ERROR;
    return same || !reference ? SAME : DIFFERENT;
}

/* Runs one N in a child, its stderr in a pipe: a hang is a timeout, a
 * crash a signal. */
static bool try_n(const char *data, size_t len, long n, const char *reference, const char *name)
{
    int err_pipe[2];
    if (pipe(err_pipe) != 0)
        return false;
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        close(err_pipe[0]);
        dup2(err_pipe[1], STDERR_FILENO);
        alarm(TIMEOUT_SECONDS);
        _exit((int)parse_failing_at(data, len, n, reference, NULL));
    }
    close(err_pipe[1]);
    char printed[256];
    ssize_t got = read(err_pipe[0], printed, sizeof printed - 1);
    close(err_pipe[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) {
        printf("%s: N=%ld: %s (signal %d)\n", name, n, WTERMSIG(status) == SIGALRM ? "hangs" : "crashes",
               WTERMSIG(status));
        return false;
    }
    outcome result = (outcome)WEXITSTATUS(status);
    if (got > 0 && result <= NOMEM) {
        printed[got] = '\0';
        printf("%s: N=%ld: prints \"%s\"\n", name, n, printed);
        return false;
    }
    if (result > NOMEM) {
        printf("%s: N=%ld: %s\n", name, n, result <= PRINTED ? OUTCOME_NAMES[result] : "an unknown exit");
        return false;
    }
    return true;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *data = NULL;
    long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    if (size >= 0 && fseek(f, 0, SEEK_SET) == 0 && (data = malloc((size_t)size + 1)) &&
        fread(data, 1, (size_t)size, f) != (size_t)size) {
        free(data);
        data = NULL;
    }
    fclose(f);
    *len = (size_t)size;
    return data;
}

int main(int argc, char **argv)
{
    int failures = 0;
    for (int i = 1; i < argc; i++) {
        size_t len = 0;
        char *data = slurp(argv[i], &len);
        if (!data) {
            printf("%s: cannot read\n", argv[i]);
            return 2;
        }
        char *reference = NULL;
        parse_failing_at(data, len, -1, NULL, NULL); /* libxml2's one-time set-up, outside the count */
        if (parse_failing_at(data, len, -1, NULL, &reference) != SAME || !reference) {
            printf("%s: does not parse\n", argv[i]);
            return 2;
        }
        long total = calls, bad = 0;
        for (long n = 1; n <= total + 1; n++) {
            bad += !try_n(data, len, n, reference, argv[i]);
        }
        printf("%s: %ld allocations, each failed in turn: %ld failures\n", argv[i], total, bad);
        failures += bad > 0;
        berita_free(reference);
        free(data);
    }
    return failures ? 1 : 0;
}
