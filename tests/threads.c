/* Parses every file named on the command line from 8 threads at once, each
 * thread all of them several times, starting together from a fresh process
 * (the first parse in a process initialises libxml2), and checks that every
 * record is the one a single thread makes afterwards. Under ThreadSanitizer
 * (BERITA_TSAN) this shows the library shares no mutable state between
 * parses. */
#include <berita.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { THREADS = 8, ROUNDS = 3 };

typedef struct {
    char *data;
    size_t len;
} input;

static input *INPUTS;
static int COUNT;
/* RESULTS[thread][round * COUNT + i]: what each thread made of each input. */
static char **RESULTS[THREADS];
static pthread_barrier_t START;

static char *record_json(const input *in)
{
    berita_doc *doc;
    if (berita_parse(in->data, in->len, NULL, &doc, NULL) != BERITA_OK)
        return NULL;
    char *json = NULL;
    berita_doc_to_json(doc, 0, &json, NULL);
    berita_doc_free(doc);
    return json;
}

static void *work(void *arg)
{
    long k = (long)arg;
    pthread_barrier_wait(&START);
    for (int r = 0; r < ROUNDS; r++)
        for (int j = 0; j < COUNT; j++) {
            int i = (j + (int)k) % COUNT; /* each thread starts somewhere else */
            RESULTS[k][r * COUNT + i] = record_json(&INPUTS[i]);
        }
    return NULL;
}

int main(int argc, char **argv)
{
    COUNT = argc - 1;
    INPUTS = calloc((size_t)COUNT + 1, sizeof *INPUTS);
    for (int i = 0; i < COUNT; i++) {
        FILE *f = fopen(argv[i + 1], "rb");
        if (!f) {
            perror(argv[i + 1]);
            return 1;
        }
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        INPUTS[i].data = malloc((size_t)n + 1);
        INPUTS[i].len = fread(INPUTS[i].data, 1, (size_t)n, f);
        fclose(f);
    }
    pthread_barrier_init(&START, NULL, THREADS);
    pthread_t t[THREADS];
    for (long k = 0; k < THREADS; k++) {
        RESULTS[k] = calloc((size_t)(ROUNDS * COUNT) + 1, sizeof(char *));
        pthread_create(&t[k], NULL, work, (void *)k);
    }
    for (int k = 0; k < THREADS; k++)
        pthread_join(t[k], NULL);
    pthread_barrier_destroy(&START);

    long mismatches = 0;
    for (int i = 0; i < COUNT; i++) {
        char *want = record_json(&INPUTS[i]);
        for (int k = 0; k < THREADS; k++)
            for (int r = 0; r < ROUNDS; r++) {
                const char *got = RESULTS[k][r * COUNT + i];
                if ((got == NULL) != (want == NULL) || (got && strcmp(got, want) != 0))
                    mismatches++;
            }
        berita_free(want);
    }
    for (int k = 0; k < THREADS; k++) {
        for (int j = 0; j < ROUNDS * COUNT; j++)
            berita_free(RESULTS[k][j]);
        free(RESULTS[k]);
    }
    for (int i = 0; i < COUNT; i++)
        free(INPUTS[i].data);
    free(INPUTS);
    long total = (long)THREADS * ROUNDS * COUNT;
    printf("threads: %ld passed, %ld failed\n", total - mismatches, mismatches);
    return mismatches ? 1 : 0;
}
