/* libFuzzer target over the whole public API. Built three times:
 * FUZZ_KIND=1 (the HTML path), 2 (the text path), 0 (auto-detection, plus the
 * JSON serialiser). The first input byte picks options, so every entry point
 * is reached: reference date, charset override, limits. */
#include <berita.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifndef FUZZ_KIND
#define FUZZ_KIND 0
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void read_everything(const berita_doc *doc)
{
    size_t sink = 0;
    const char *s;
#define TOUCH(expr) ((s = (expr)) ? (sink += strlen(s)) : 0)
    TOUCH(berita_doc_title(doc));
    TOUCH(berita_doc_published_date(doc));
    TOUCH(berita_doc_dateline(doc));
    for (size_t i = 0; i < berita_doc_paragraph_count(doc); i++)
        TOUCH(berita_doc_paragraph_text(doc, i));
    for (size_t i = 0; i < berita_doc_quote_count(doc); i++) {
        TOUCH(berita_doc_quote_text(doc, i));
        long sp = berita_doc_quote_speaker(doc, i);
        if (sp >= 0 && (size_t)sp >= berita_doc_speaker_count(doc))
            __builtin_trap(); /* a quote must point at a real speaker */
        size_t p = berita_doc_quote_paragraph(doc, i);
        if (p >= berita_doc_paragraph_count(doc) ||
            berita_doc_quote_start(doc, i) > strlen(berita_doc_paragraph_text(doc, p)))
            __builtin_trap(); /* offsets stay inside their paragraph */
    }
    for (size_t i = 0; i < berita_doc_date_count(doc); i++)
        if (strcmp(berita_doc_date_start(doc, i), berita_doc_date_end(doc, i)) > 0)
            __builtin_trap(); /* start <= end */
    (void)sink;
#undef TOUCH
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t flags = data[0];
    data++;
    size--;
    berita_options *opts = berita_options_new();
    if (!opts)
        return 0;
    berita_options_set_kind(opts, FUZZ_KIND);
    if (flags & 1)
        berita_options_set_reference_date(opts, "2024-02-29");
    if (flags & 2)
        berita_options_set_charset(opts, (flags & 4) ? "windows-1252" : "utf-16le");
    if (flags & 8)
        berita_options_set_max_depth(opts, 64);
    if (flags & 16)
        berita_options_set_max_quotes(opts, 3);
    berita_doc *doc = NULL;
    if (berita_parse((const char *)data, size, opts, &doc, NULL) == BERITA_OK) {
        read_everything(doc);
        char *json = NULL;
        if (berita_doc_to_json(doc, (flags & 32) ? BERITA_JSON_PRETTY : 0, &json, NULL) == BERITA_OK)
            berita_free(json);
        berita_doc_free(doc);
    }
    berita_options_free(opts);
    return 0;
}
