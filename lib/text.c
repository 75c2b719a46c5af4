#include "text.h"

#include <string.h>

#include "unicode.h"

/* First sketch: every non-empty line is a paragraph, the first one the title. */
stage_status text_read(const char *text, size_t len, record *rec, page_hints *hints, arena *a,
                       stage_error *err)
{
    (void)hints;
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len;
        size_t clen;
        char *line = text_clean(a, text + i, end - i, &clen);
        if (line && clen) {
            if (!rec->title)
                rec->title = line;
            else
                VEC_PUSH(a, &rec->paragraphs, ((rec_paragraph){PARA_BODY, line, clen}));
        }
        i = end + 1;
    }
    if (rec->paragraphs.len == 0)
        return stage_fail(err, ST_NO_ARTICLE, 0, "the text holds no article body");
    return ST_OK;
}
