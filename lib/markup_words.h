/* The markup conventions as data: tag names, class words and tokens, body
 * containers (markup_words.c). markup.c reads pages with them; the build tool
 * lexicon_gen indexes their words into markup_index.inc, so that a page's
 * class words are looked up in a table made once, at build time. */
#ifndef BERITA_MARKUP_WORDS_H
#define BERITA_MARKUP_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "markup.h"

/* The body containers of the CMS families, most specific first. */
typedef enum { SEL_ITEMPROP, SEL_CLASS, SEL_ID } sel_kind;
typedef struct {
    sel_kind kind;
    const char *value;
} selector;
enum { N_BODY_SELECTORS = 21 };
_Static_assert(N_BODY_SELECTORS <= 32, "a bit for each body selector");
extern const selector BODY_SELECTORS[N_BODY_SELECTORS];

extern const char *const *const TAG_SETS[N_TAG_SETS];
extern const char *const *const PART_LISTS[N_PART_LISTS];
extern const char *const *const TOKEN_LISTS[N_TOKEN_LISTS];
extern const char *const CHROME_PARTS[]; /* at most 64, NULL-ended */
extern const char *const LABEL_PARTS[];
extern const char *const LABEL_BOX_TAILS[];
extern const char *const LABEL_PATH_SEGMENTS[];
extern const char *const AUTHOR_PATH_SEGMENTS[];
extern const char *const CHROME_TOKENS[];

/* Every tag name, class word and class token of the sets above with the
 * sets that hold it: each of an element's names and words is one lookup. */
enum { WORD_SLOTS = 512 }; /* a power of two, over twice the words */
typedef struct {
    const char *word;
    uint32_t tags, parts;  /* bit k: TAG_SETS[k], PART_LISTS[k] holds it */
    uint32_t body_classes; /* bit s: it is BODY_SELECTORS[s]'s class */
    uint64_t chrome_word;  /* bit i: it is CHROME_PARTS[i] */
    uint16_t tokens;       /* bit k: TOKEN_LISTS[k] holds it */
    uint8_t len;
} word_slot;
typedef struct {
    word_slot slot[WORD_SLOTS];
    /* bit l of lengths[c]: a word of length l (31: or more) begins with c
     * (folded): most class words are no word of the sets, and this says
     * so before they are hashed */
    uint32_t lengths[128];
} word_table;

static inline unsigned markup_length_bit(size_t len) { return len < 31 ? (unsigned)len : 31; }
static inline size_t markup_first_key(char c) { return (unsigned char)(c | 0x20) & 127; }

/* Case-folded FNV-1a: exact for letters and digits, a hash for the rest. */
static inline size_t markup_word_hash(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)(s[i] | 0x20)) * 16777619u;
    return h & (WORD_SLOTS - 1);
}

#endif
