#include "lexicon.h"

#include <string.h>
#include <strings.h>

int lex_lookup(lex_table table, const char *word, size_t len)
{
    for (size_t i = 0; i < table.count; i++)
        if (strlen(table.entries[i].word) == len && strncasecmp(table.entries[i].word, word, len) == 0)
            return table.entries[i].value;
    return -1;
}

/* ---- page: credit and label line labels (metadata.c, text.c, html.c) ---- */

/* ---- dates: months, weekdays, zones, range and relative words (dates.c) ---- */

/* ---- speech: cues, honorifics, titles, degrees, positions, pronouns (quotes.c, speakers.c) ---- */
