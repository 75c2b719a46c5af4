/* Parses every file named on the command line from 8 threads at once, each
 * thread all of them several times, and checks every record is the one a
 * single thread makes. Under ThreadSanitizer (BERITA_SANITIZE=thread) this
 * proves the library shares no mutable state between parses. */
#include <berita.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { THREADS = 8, ROUNDS = 3 };

typedef struct {
    char *data, *json;
    size_t len;
} input;

static input *INPUTS;
static int COUNT;

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
    long mismatches = 0;
    for (int r = 0; r < ROUNDS; r++)
        for (int i = 0; i < COUNT; i++) {
            /* Each thread walks the inputs from its own starting point. */
            const input *in = &INPUTS[(i + (int)(long)arg) % COUNT];
            char *json = record_json(in);
            if ((json == NULL) != (in->json == NULL) || (json && strcmp(json, in->json) != 0))
                mismatches++;
            berita_free(json);
        }
    return (void *)mismatches;
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
        INPUTS[i].json = record_json(&INPUTS[i]);
    }
    pthread_t t[THREADS];
    for (long k = 0; k < THREADS; k++)
        pthread_create(&t[k], NULL, work, (void *)k);
    long mismatches = 0;
    for (int k = 0; k < THREADS; k++) {
        void *m;
        pthread_join(t[k], &m);
        mismatches += (long)m;
    }
    for (int i = 0; i < COUNT; i++) {
        free(INPUTS[i].data);
        berita_free(INPUTS[i].json);
    }
    free(INPUTS);
    long total = (long)THREADS * ROUNDS * COUNT;
    printf("threads: %ld passed, %ld failed\n", total - mismatches, mismatches);
    return mismatches ? 1 : 0;
}
