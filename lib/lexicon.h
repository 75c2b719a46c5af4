/* The language as data: every word list the stages look words up in. Stages
 * never spell words out in code. Sections: page (credit and label line
 * labels), dates (months, weekdays, zones, range words), speech (cues,
 * honorifics, titles, degrees, positions, pronouns). */
#ifndef BERITA_LEXICON_H
#define BERITA_LEXICON_H

#include <stddef.h>

/* A word and the value it stands for (a month number, a credit role...). */
typedef struct {
    const char *word;
    int value;
} lex_entry;

typedef struct {
    const lex_entry *entries;
    size_t count;
} lex_table;

#define LEX_TABLE(array) ((lex_table){(array), sizeof(array) / sizeof *(array)})

/* The value of `word` (len bytes, compared case-insensitively in ASCII), or
 * -1 when the table does not hold it. */
int lex_lookup(lex_table table, const char *word, size_t len);

/* ---- page ---- */

/* ---- dates ---- */

/* ---- speech ---- */

#endif
