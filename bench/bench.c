/* The benchmark driver (bench/run.py runs it and prints the table).
 *
 *   bench corpus MIN_MB FILE...   parse the files, repeated to at least MIN_MB,
 *                                 with libxml2 alone and with libberita to JSON;
 *                                 print one JSON object of timings and stage costs
 *   bench one FILE                parse one file once (for peak RSS)
 *   bench scale FILE MAX_BYTES    grow FILE's body from 10 KB to MAX_BYTES, time each size against
 *                                 the 10 KB page timed right before it
 */
#include <berita.h>
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "profile.h"

typedef struct {
    char *data;
    size_t len;
    int html;
} article;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(1);
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        perror(path);
        exit(1);
    }
    fclose(f);
    buf[n] = '\0';
    *len = (size_t)n;
    return buf;
}

static int is_html(const char *path)
{
    size_t n = strlen(path);
    return n > 5 && (strcmp(path + n - 5, ".html") == 0 || strcmp(path + n - 4, ".htm") == 0);
}

/* One full extraction to JSON; returns 0 on success. */
static int extract(const char *data, size_t len, parse_profile *profile, double *json_seconds)
{
    berita_doc *doc;
    if (parse_profiled(data, len, NULL, &doc, NULL, profile) != BERITA_OK)
        return -1;
    double t0 = now();
    char *json;
    berita_doc_to_json(doc, 0, &json, NULL);
    berita_free(json);
    *json_seconds += now() - t0;
    berita_doc_free(doc);
    return 0;
}

static void bare_parse(const char *data, size_t len)
{
    htmlDocPtr d = htmlReadMemory(data, (int)len, NULL, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    xmlFreeDoc(d);
}

static int corpus(double min_mb, int nfiles, char **files)
{
    article *arts = calloc((size_t)nfiles, sizeof *arts);
    size_t one_pass = 0, html_pass = 0;
    for (int i = 0; i < nfiles; i++) {
        arts[i].data = slurp(files[i], &arts[i].len);
        arts[i].html = is_html(files[i]);
        one_pass += arts[i].len;
        if (arts[i].html)
            html_pass += arts[i].len;
    }
    size_t passes = (size_t)(min_mb * 1e6 / (double)one_pass) + 1;
    /* Warm up caches and the allocator once. */
    double ignored = 0;
    for (int i = 0; i < nfiles; i++)
        extract(arts[i].data, arts[i].len, NULL, &ignored);

    /* The two runs alternate pass by pass: a shared machine's speed drifts
     * within seconds, and drift must not decide their ratio. */
    parse_profile text_prof = {0}, html_prof = {0};
    double text_json_s = 0, html_json_s = 0, html_total = 0, bare = 0, full = 0;
    int failures = 0;
    /* Of each page also its fastest bare and full run: the ratio of their
     * sums is what the page costs when nothing else competes for the CPU. */
    double *bare_min = malloc((size_t)nfiles * sizeof *bare_min), *full_min = malloc((size_t)nfiles * sizeof *full_min);
    for (int i = 0; i < nfiles; i++)
        bare_min[i] = full_min[i] = 1e9;
    for (size_t p = 0; p < passes; p++) {
        double t0 = now();
        for (int i = 0; i < nfiles; i++)
            if (arts[i].html) {
                double t1 = now();
                bare_parse(arts[i].data, arts[i].len);
                double t = now() - t1;
                bare_min[i] = t < bare_min[i] ? t : bare_min[i];
            }
        bare += now() - t0;
        t0 = now();
        for (int i = 0; i < nfiles; i++) {
            double t1 = now();
            failures += extract(arts[i].data, arts[i].len, arts[i].html ? &html_prof : &text_prof,
                                arts[i].html ? &html_json_s : &text_json_s) != 0;
            double t = now() - t1;
            if (arts[i].html) {
                html_total += t;
                full_min[i] = t < full_min[i] ? t : full_min[i];
            }
        }
        full += now() - t0;
    }
    double bare_best = 0, full_best = 0;
    for (int i = 0; i < nfiles; i++)
        if (arts[i].html) {
            bare_best += bare_min[i];
            full_best += full_min[i];
        }
    free(bare_min);
    free(full_min);
    size_t html_articles = 0;
    for (int i = 0; i < nfiles; i++)
        html_articles += (size_t)arts[i].html;
    printf("{\"passes\": %zu, \"bytes\": %zu, \"html_bytes\": %zu, \"articles\": %zu, \"html_articles\": %zu, "
           "\"failures\": %d, \"bare_libxml2_s\": %.6f, \"full_s\": %.6f, \"full_html_s\": %.6f, "
           "\"bare_best_pass_s\": %.6f, \"full_best_pass_s\": %.6f, "
           "\"stages_html\": {\"decode\": %.6f, \"read\": %.6f, \"metadata\": %.6f, \"dates\": %.6f, "
           "\"quotes\": %.6f, \"speakers\": %.6f, \"json\": %.6f}}\n",
           passes, passes * one_pass, passes * html_pass, passes * (size_t)nfiles, passes * html_articles, failures,
           bare, full, html_total, bare_best, full_best, html_prof.decode, html_prof.read, html_prof.metadata, html_prof.dates,
           html_prof.quotes, html_prof.speakers, html_json_s);
    for (int i = 0; i < nfiles; i++)
        free(arts[i].data);
    free(arts);
    return failures ? 1 : 0;
}

/* The process's peak resident set so far, in KiB: VmHWM, which starts anew
 * at exec (getrusage's ru_maxrss keeps the forking parent's peak). */
static long peak_rss_kib(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmHWM:", 6) == 0)
            kib = strtol(line + 6, NULL, 10);
    if (f)
        fclose(f);
    return kib;
}

/* Parses one file once and prints the peak RSS before and after: the second
 * is the whole process (libraries included), the difference what the parse
 * itself added. */
static int one(const char *file)
{
    size_t len;
    char *data = slurp(file, &len);
    long before = peak_rss_kib();
    berita_doc *doc;
    if (berita_parse(data, len, NULL, &doc, NULL) != BERITA_OK)
        return 1;
    long parsed = peak_rss_kib();
    char *json;
    berita_doc_to_json(doc, 0, &json, NULL);
    printf("{\"bytes\": %zu, \"rss_before_kib\": %ld, \"rss_parse_kib\": %ld, \"rss_peak_kib\": %ld}\n", len, before,
           parsed, peak_rss_kib());
    berita_free(json);
    berita_doc_free(doc);
    free(data);
    return 0;
}

/* The article's page with its body paragraphs repeated until it reaches each size. */
static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Seconds per byte of `rounds` extractions of page[0..n). */
static double seconds_per_byte(const char *page, size_t n, size_t rounds)
{
    double ignored = 0;
    extract(page, n, NULL, &ignored); /* warm-up, as the corpus run has: the allocator's heap grows */
    double t0 = now();
    for (size_t r = 0; r < rounds; r++)
        extract(page, n, NULL, &ignored);
    return (now() - t0) / (double)rounds / (double)n;
}

/* The page with its first paragraph repeated until it is about `target` bytes. */
static char *grow_page(const char *page, size_t len, size_t target, size_t *n_out)
{
    const char *open = strstr(page, "<p"), *close = open ? strstr(open, "</p>") : NULL;
    if (!open || !close)
        return NULL;
    close += 4;
    size_t head = (size_t)(open - page), unit = (size_t)(close - open), tail = len - (size_t)(close - page);
    size_t reps = target > head + tail ? (target - head - tail) / unit + 1 : 1;
    size_t n = head + reps * unit + tail;
    char *grown = malloc(n);
    memcpy(grown, page, head);
    for (size_t r = 0; r < reps; r++)
        memcpy(grown + head + r * unit, open, unit);
    memcpy(grown + head + reps * unit, close, tail);
    *n_out = n;
    return grown;
}

static int scale(const char *file, size_t max_bytes)
{
    size_t len;
    char *page = slurp(file, &len);
    static const size_t SIZES[] = {10000, 100000, 1000000, 10000000, 20000000};
    enum { N_SIZES = sizeof SIZES / sizeof *SIZES, TRIES = 5 };
    /* A shared machine's speed drifts by half within a minute. Each size is
     * timed right after the 10 KB page, and its cost per byte taken relative
     * to that page's: drift slower than the pair cancels. Of five tries, the
     * sizes taking turns, the median ratio is kept; the seconds printed are
     * that ratio at the 10 KB page's best speed. */
    double ratios[N_SIZES][TRIES], ratio[N_SIZES], base = 0;
    size_t bytes[N_SIZES], sizes = 0, ref_len;
    while (sizes < N_SIZES && SIZES[sizes] <= max_bytes)
        sizes++;
    char *ref = grow_page(page, len, SIZES[0], &ref_len);
    if (!ref) {
        fprintf(stderr, "%s: no <p> to grow\n", file);
        return 1;
    }
    ratio[0] = 1;
    bytes[0] = ref_len;
    for (int t = 0; t < TRIES; t++)
        for (size_t k = 1; k < sizes; k++) {
            char *grown = grow_page(page, len, SIZES[k], &bytes[k]);
            size_t rounds = 20000000 / bytes[k] + 1; /* about 20 MB of work per size */
            double ref_cost = seconds_per_byte(ref, ref_len, 20000000 / ref_len + 1);
            double r = seconds_per_byte(grown, bytes[k], rounds) / ref_cost;
            ratios[k][t] = r;
            base = base == 0 || ref_cost < base ? ref_cost : base;
            free(grown);
        }
    for (size_t k = 1; k < sizes; k++) {
        qsort(ratios[k], TRIES, sizeof **ratios, compare_doubles);
        ratio[k] = ratios[k][TRIES / 2];
    }
    printf("[");
    for (size_t k = 0; k < sizes; k++)
        printf("%s{\"bytes\": %zu, \"seconds\": %.6f}", k ? ", " : "", bytes[k], ratio[k] * base * (double)bytes[k]);
    printf("]\n");
    free(ref);
    free(page);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 4 && strcmp(argv[1], "corpus") == 0)
        return corpus(atof(argv[2]), argc - 3, argv + 3);
    if (argc == 3 && strcmp(argv[1], "one") == 0)
        return one(argv[2]);
    if (argc == 4 && strcmp(argv[1], "scale") == 0)
        return scale(argv[2], (size_t)atoll(argv[3]));
    fprintf(stderr, "usage: bench corpus MIN_MB FILE... | one FILE | scale FILE MAX_BYTES\n");
    return 2;
}
