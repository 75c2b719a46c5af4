/* The smallest program on libberita: parse a file, print who said what.
 *   berita-example ARTICLE.html */
#include <berita.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    char *data = NULL;
    size_t len = 0, cap = 0, n;
    do {
        if (len == cap) {
            char *grown = realloc(data, cap = cap ? cap * 2 : 65536);
            if (!grown) {
                free(data);
                fclose(f);
                return 1;
            }
            data = grown;
        }
        n = fread(data + len, 1, cap - len, f);
        len += n;
    } while (n > 0);
    fclose(f);

    berita_doc *doc;
    berita_error err;
    if (berita_parse(data, len, NULL, &doc, &err) != BERITA_OK) {
        fprintf(stderr, "%s: %s\n", argv[1], err.message);
        free(data);
        return 1;
    }
    free(data);
    printf("%s\n", berita_doc_title(doc) ? berita_doc_title(doc) : "(no title)");
    const char *date = berita_doc_published_date(doc);
    printf("published: %s\n", date ? date : "unknown");
    for (size_t i = 0; i < berita_doc_quote_count(doc); i++) {
        long s = berita_doc_quote_speaker(doc, i);
        const char *who = s >= 0 ? berita_doc_speaker_name(doc, (size_t)s) : NULL;
        if (!who && s >= 0)
            who = berita_doc_speaker_role(doc, (size_t)s);
        printf("%s: %s\n", who ? who : "?", berita_doc_quote_text(doc, i));
    }
    berita_doc_free(doc);
    return 0;
}
