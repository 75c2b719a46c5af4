#include <string.h>

#include "runner.h"
#include "unicode.h"

static arena *A;
static void setup(void) { A = arena_new(); }
static void teardown(void) { arena_free(A); }

static const char *clean(const char *s) { return text_clean(A, s, strlen(s), NULL); }

START_TEST(decode_rejects_overlong_and_surrogates)
{
    int32_t cp;
    ck_assert_uint_eq(utf8_decode("\xC0\xAF", 2, &cp), 0);
    ck_assert_uint_eq(utf8_decode("\xED\xA0\x80", 3, &cp), 0);
    ck_assert_uint_eq(utf8_decode("\xE2\x80", 2, &cp), 0);
    ck_assert_uint_eq(utf8_decode("\xE2\x80\x9C", 3, &cp), 3);
    ck_assert_int_eq(cp, 0x201C);
}
END_TEST

START_TEST(cp1252_round_trip)
{
    ck_assert_int_eq(cp1252_to_unicode(0x93), 0x201C);
    ck_assert_int_eq(cp1252_from_unicode(0x201D), 0x94);
    ck_assert_int_eq(cp1252_from_unicode(0x4E00), -1);
}
END_TEST

/* Letters of any script open names; symbols and punctuation do not. */
START_TEST(letters_of_any_script)
{
    ck_assert(unicode_is_letter('A'));
    ck_assert(unicode_is_letter(0x00D1)); /* Ñ */
    ck_assert(unicode_is_letter(0x4E00)); /* a CJK ideograph */
    ck_assert(!unicode_is_letter(0x25B6)); /* ▶, a player's button */
    ck_assert(!unicode_is_letter(0x201C)); /* “ */
    ck_assert(!unicode_is_letter('7'));
}
END_TEST

START_TEST(clean_folds_spaces_and_trims)
{
    ck_assert_str_eq(clean("  Kupang\xC2\xA0\xC2\xA0\t-\xE2\x80\x83Humas \n"), "Kupang - Humas");
    ck_assert_str_eq(clean("\xC2\xA0"), "");
}
END_TEST

START_TEST(clean_drops_invisible_characters)
{
    ck_assert_str_eq(clean("peme\xC2\xADrintah\xE2\x80\x8B daerah\xEF\xBB\xBF"), "pemerintah daerah");
    /* a C1 control is windows-1252's character ("&#147;Karet&#148;" on a Latin-1 page), unless 1252 has none */
    ck_assert_str_eq(clean("\xC2\x93Karet\xC2\x94 ujarnya\xC2\x85\xC2\x81"),
                     "\xE2\x80\x9CKaret\xE2\x80\x9D ujarnya\xE2\x80\xA6");
}
END_TEST

START_TEST(clean_repairs_double_encoding)
{
    /* “Kami” written as UTF-8, read as windows-1252, written as UTF-8 again. */
    ck_assert_str_eq(clean("\xC3\xA2\xE2\x82\xAC\xC5\x93Kami\xC3\xA2\xE2\x82\xAC\xC2\x9D"),
                     "\xE2\x80\x9C" "Kami" "\xE2\x80\x9D");
    ck_assert_str_eq(clean("2\xC3\xA2\xE2\x82\xAC\xE2\x80\x9C" "3"), "2\xE2\x80\x93" "3"); /* en dash */
    /* A real "â" followed by ordinary text stays. */
    ck_assert_str_eq(clean("p\xC3\xA2t\xC3\xA9"), "p\xC3\xA2t\xC3\xA9");
}
END_TEST

START_TEST(clean_composes_nfc)
{
    ck_assert_str_eq(clean("Jum\x61\xCC\x81t"), "Jum\xC3\xA1t");
    /* Singletons map to their canonical character: ANGSTROM SIGN to A with ring. */
    ck_assert_str_eq(clean("1 \xE2\x84\xAB"), "1 \xC3\x85");
    /* Already composed text and curly quotes stay as they are. */
    ck_assert_str_eq(clean("\xE2\x80\x9CKaf\xC3\xA9\xE2\x80\x9D"), "\xE2\x80\x9CKaf\xC3\xA9\xE2\x80\x9D");
}
END_TEST

START_TEST(clean_replaces_invalid_utf8)
{
    ck_assert_str_eq(clean("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("unicode");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, decode_rejects_overlong_and_surrogates);
    tcase_add_test(tc, cp1252_round_trip);
    tcase_add_test(tc, letters_of_any_script);
    tcase_add_test(tc, clean_folds_spaces_and_trims);
    tcase_add_test(tc, clean_drops_invisible_characters);
    tcase_add_test(tc, clean_repairs_double_encoding);
    tcase_add_test(tc, clean_composes_nfc);
    tcase_add_test(tc, clean_replaces_invalid_utf8);
    suite_add_tcase(s, tc);
    return s;
}
