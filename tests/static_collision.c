/* A program that defines names libberita uses inside (arena_new, dom_parse),
 * with meanings of its own, linked with the static library: it links, and
 * each name keeps its meaning on either side (issue 13: 68 internal names of
 * libberita.a collided in a static link). */
#include <berita.h>
#include <stdio.h>

int arena_new(void);
int dom_parse(int depth);

int arena_new(void) { return 42; }
int dom_parse(int depth) { return depth + 1; }

int main(void)
{
    static const char article[] = "Bupati Resmikan Pasar Rakyat Baru di Kota Contoh\n\n"
                                  "KOTA CONTOH - Bupati meresmikan pasar rakyat baru pada Senin (7/7/2025).\n\n"
                                  "Pasar itu menampung tiga ratus pedagang dari seluruh kecamatan.\n";
    berita_doc *doc = NULL;
    if (berita_parse(article, sizeof article - 1, NULL, &doc, NULL) != BERITA_OK) {
        puts("parse failed");
        return 1;
    }
    int ok = arena_new() == 42 && dom_parse(1) == 2 && berita_doc_title(doc) && berita_doc_paragraph_count(doc) > 0;
    berita_doc_free(doc);
    puts(ok ? "ok   static link with a colliding arena_new and dom_parse" : "wrong results");
    return ok ? 0 : 1;
}
