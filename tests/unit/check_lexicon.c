#include "lexicon.h"
#include "runner.h"

#include <string.h>
#include <strings.h>

/* Every word of every list is found in the index with its own value in that list. */
START_TEST(index_holds_every_entry)
{
    for (int l = 0; l < PAGE_LIST_COUNT; l++)
        for (size_t i = 0; i < PAGE_LISTS[l].count; i++) {
            const lex_entry *e = &PAGE_LISTS[l].entries[i];
            ck_assert_int_eq(page_lookup((page_list)l, e->word, strlen(e->word)), e->value);
        }
    for (int l = 0; l < DATE_LIST_COUNT; l++)
        for (size_t i = 0; i < DATE_LISTS[l].count; i++) {
            const lex_entry *e = &DATE_LISTS[l].entries[i];
            ck_assert_int_eq(date_lookup((date_list)l, e->word, strlen(e->word)), e->value);
        }
    for (int l = 0; l < SPEECH_LIST_COUNT; l++)
        for (size_t i = 0; i < SPEECH_LISTS[l].count; i++) {
            const lex_entry *e = &SPEECH_LISTS[l].entries[i];
            ck_assert_msg(speech_lookup((speech_list)l, e->word, strlen(e->word)) == e->value, "list %d: %s", l,
                          e->word);
            ck_assert(speech_lists_of(e->word, strlen(e->word)) & 1u << l);
        }
    for (size_t i = 0; i < SPEECH_ROLE_ABBREV_COUNT; i++) {
        const char *w = SPEECH_ROLE_ABBREVS[i].abbrev;
        ck_assert_str_eq(speech_role_expansion(w, strlen(w)), SPEECH_ROLE_ABBREVS[i].full);
    }
    for (size_t i = 0; i < REGION_NAMES.count; i++) {
        const char *w = REGION_NAMES.entries[i].word;
        ck_assert_msg(region_lookup(w, strlen(w)), "%s", w);
        for (const char *c = w; *c; c++) /* the form region_lookup is asked in */
            ck_assert_msg((*c >= 'a' && *c <= 'z'), "%s", w);
    }
    ck_assert(region_lookup("GunungKidul", 11));
    ck_assert(!region_lookup("gunung", 6));
}
END_TEST

/* Lookups fold ASCII case, match whole words only, and find nothing in a list
 * the word is not in. */
START_TEST(index_matches_whole_words_in_their_lists)
{
    ck_assert_int_eq(speech_lookup(SPEECH_CUES, "MENGATAKAN", 10), CUE_VERB | CUE_CLAUSE | CUE_SAYING);
    ck_assert_int_eq(speech_lookup(SPEECH_CUES, "mengatakannya", 13), -1);
    ck_assert_int_eq(speech_lookup(SPEECH_CUES, "mengata", 7), -1);
    ck_assert_int_eq(speech_lookup(SPEECH_CUES, "", 0), -1);
    ck_assert_int_eq(speech_lookup(SPEECH_CUES, "bupati", 6), -1);
    ck_assert_int_ge(speech_lookup(SPEECH_POSITIONS, "Bupati", 6), 0);
    ck_assert_int_eq(date_lookup(DATE_MONTHS, "AGUSTUS", 7), 8);
    ck_assert_int_eq(date_lookup(DATE_MONTHS, "Agustusan", 9), -1);
    ck_assert_int_eq(page_lookup(PAGE_LINE_LABELS, "Penulis", 7), PAGE_AUTHOR);
    ck_assert_ptr_null(speech_role_expansion("Wabupx", 6));
    /* a word in several lists: one lookup gives them all */
    uint32_t lists = speech_lists_of("kata", 4);
    ck_assert(lists & 1u << SPEECH_CUES);
    ck_assert(!(lists & 1u << SPEECH_POSITIONS));
    ck_assert_uint_eq(speech_lists_of("sekolahnya", 10), 0);
    ck_assert_uint_eq(lex_lists_of("x\0y", 3), 0);
}
END_TEST

/* Tables read in order: the rank phrases are sorted (seg_rank_phrase stops
 * past a word's letter); nickname and country keys are found. */
START_TEST(ordered_tables_and_new_lists)
{
    for (size_t i = 1; i < SPEECH_RANK_PHRASE_COUNT; i++)
        ck_assert_int_lt(strcasecmp(SPEECH_RANK_PHRASES[i - 1], SPEECH_RANK_PHRASES[i]), 0);
    ck_assert_int_eq(nickname_lookup("disapa", 6), NICK_CUE);
    ck_assert_int_eq(nickname_lookup("panggung", 8), NICK_LINK);
    ck_assert_int_eq(nickname_lookup("kata", 4), -1);
    ck_assert(region_lookup("amerikaserikat", 14));
    ck_assert(region_lookup("gunungkidul", 11));
    ck_assert(!region_lookup("amerika", 7));
    ck_assert(not_a_verb("dinas", 5) && not_a_verb("berita", 6) && !not_a_verb("dinilai", 7));
    ck_assert(nominal_adjective("penting", 7) && !nominal_adjective("partai", 6));
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("lexicon");
    TCase *tc = tcase_create("index");
    tcase_add_test(tc, index_holds_every_entry);
    tcase_add_test(tc, index_matches_whole_words_in_their_lists);
    tcase_add_test(tc, ordered_tables_and_new_lists);
    suite_add_tcase(s, tc);
    return s;
}
