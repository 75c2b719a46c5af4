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

/* What the label opening a page line ("Penulis:", "Tags:", "Baca juga")
 * announces. The credit kinds equal record.h's credit_role values. */
enum {
    PAGE_AUTHOR = 0,
    PAGE_REPORTER = 1,
    PAGE_EDITOR = 2,
    PAGE_PHOTOGRAPHER = 3,
    PAGE_SOURCE = 4,
    PAGE_LABELS,   /* tags and categories of the article */
    PAGE_CAPTION,  /* an image caption or file name: "Gambar:", "Keterangan foto:" */
    PAGE_CONTACT,  /* a press contact, never a credit: "Narahubung:" */
    PAGE_SHARE,    /* a share bar, one line: "Bagikan:" */
    PAGE_RELATED,  /* a link to another article, one line: "Baca juga:" */
    PAGE_END,      /* what follows the article: "Berita Terkait", comments */
    PAGE_KIND_MASK = 0xff,
    PAGE_BARE = 0x100 /* may run into its value with no colon: "Ditulis oleh X" */
};
typedef enum {
    PAGE_LINE_LABELS,  /* one to three words; values are PAGE_* kinds, maybe | PAGE_BARE */
    PAGE_CMS_LOGINS,   /* a word that makes a byline a CMS account: "Admin" */
    PAGE_NOT_PLACES,   /* capitalised words that open a lead without being its place: weekdays */
    PAGE_LIST_COUNT
} page_list;
extern const lex_table PAGE_LISTS[PAGE_LIST_COUNT];

/* ---- dates ---- */

/* ---- speech ---- */

#endif
