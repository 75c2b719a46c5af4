/* Word lookups in every list of lexicon.c through one hash table that
 * lexicon_gen builds from those tables at compile time: a word is hashed
 * once whatever the number of lists it is tested against, and the index is
 * constant data, shared by every parse and thread. */
#include "lexicon.h"

#include "lexicon_index.inc"

/* The index's words are stored folded: only the word looked up is. */
static bool folded_equal(const char *entry, const char *word, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)entry[i] != lex_fold((unsigned char)word[i]))
            return false;
    return true;
}

static const lex_index_entry *index_find(const char *word, size_t len)
{
    if (!len || len > 255)
        return NULL;
    uint32_t h = lex_fold_hash(word, len);
    for (size_t i = h & (LEX_INDEX_SLOTS - 1);; i = (i + 1) & (LEX_INDEX_SLOTS - 1)) {
        const lex_index_slot *slot = &LEX_INDEX_SLOT_ENTRIES[i];
        if (!slot->entry)
            return NULL;
        if (slot->hash != h)
            continue;
        const lex_index_entry *e = &LEX_INDEX_ENTRIES[slot->entry - 1];
        if (e->len == len && folded_equal(e->word, word, len))
            return e;
    }
}

uint64_t lex_lists_of(const char *word, size_t len)
{
    const lex_index_entry *e = index_find(word, len);
    return e ? e->lists : 0;
}

int lex_index_lookup(unsigned list, const char *word, size_t len)
{
    const lex_index_entry *e = index_find(word, len);
    if (!e || !(e->lists >> list & 1))
        return -1;
    /* the values are stored in list order, one per list the word is in */
    return LEX_INDEX_VALUES[e->value_at + (size_t)__builtin_popcountll(e->lists & (((uint64_t)1 << list) - 1))];
}

int speech_lookup(speech_list list, const char *word, size_t len)
{
    return lex_index_lookup(LEX_SPEECH_BASE + (unsigned)list, word, len);
}

uint32_t speech_lists_of(const char *word, size_t len)
{
    return (uint32_t)(lex_lists_of(word, len) >> LEX_SPEECH_BASE);
}

const char *speech_role_expansion(const char *word, size_t len)
{
    int i = lex_index_lookup(LEX_ROLE_SHORT_FORMS, word, len);
    return i < 0 ? NULL : SPEECH_ROLE_ABBREVS[i].full;
}
