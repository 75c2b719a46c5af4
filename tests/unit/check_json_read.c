/* The JSON reader of the pages' JSON-LD and Next.js data (lib/json_read.c):
 * RFC 8259 as jansson read it, into an arena. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json_read.h"
#include "runner.h"

static arena *A;
static void setup(void) { A = arena_new(); }
static void teardown(void) { arena_free(A); }

static const json_value *read_str(const char *s) { return json_read(A, s, strlen(s)); }

START_TEST(json_ld_values_are_looked_up)
{
    const json_value *v = read_str(" {\"@type\": [\"NewsArticle\", \"Article\"], \"headline\": \"Judul\",\n"
                                   "  \"author\": {\"@type\": \"Person\", \"name\": \"Budi\"}, \"wordCount\": 512,\n"
                                   "  \"ratio\": -1.5e3, \"free\": true, \"paid\": false, \"image\": null} ");
    ck_assert(json_is(v, JSON_KIND_OBJECT));
    ck_assert_uint_eq(v->as.children.count, 8);
    ck_assert_str_eq(json_text(json_member(v, "headline")), "Judul");
    ck_assert_str_eq(json_text(json_item(json_member(v, "@type"), 1)), "Article");
    ck_assert_ptr_null(json_item(json_member(v, "@type"), 2));
    ck_assert_str_eq(json_text(json_member(json_member(v, "author"), "name")), "Budi");
    ck_assert(json_is(json_member(v, "wordCount"), JSON_KIND_INTEGER));
    ck_assert_int_eq(json_member(v, "wordCount")->as.integer, 512);
    ck_assert(json_is(json_member(v, "ratio"), JSON_KIND_REAL));
    ck_assert(json_is(json_member(v, "free"), JSON_KIND_TRUE));
    ck_assert(json_is(json_member(v, "paid"), JSON_KIND_FALSE));
    ck_assert(json_is(json_member(v, "image"), JSON_KIND_NULL));
    ck_assert_ptr_null(json_member(v, "missing"));
    ck_assert_ptr_null(json_text(json_member(v, "wordCount")));
    ck_assert_ptr_null(json_member(json_member(v, "headline"), "x")); /* not an object */
}
END_TEST

START_TEST(a_repeated_name_gives_the_last_value)
{
    const json_value *v = read_str("{\"name\":\"a\",\"name\":\"b\"}");
    ck_assert_str_eq(json_text(json_member(v, "name")), "b");
}
END_TEST

START_TEST(escapes_are_decoded)
{
    const json_value *v =
        read_str("[\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\", \"\\u00e9\\u20AC\", \"\\ud83d\\ude00\", \"caf\xc3\xa9\", \"\"]");
    ck_assert_str_eq(json_text(json_item(v, 0)), "a\"b\\c/d\b\f\n\r\t");
    ck_assert_str_eq(json_text(json_item(v, 1)), "\xc3\xa9\xe2\x82\xac");
    ck_assert_str_eq(json_text(json_item(v, 2)), "\xf0\x9f\x98\x80");
    ck_assert_uint_eq(json_item(v, 2)->as.string.len, 4);
    ck_assert_str_eq(json_text(json_item(v, 3)), "caf\xc3\xa9");
    ck_assert_str_eq(json_text(json_item(v, 4)), "");
}
END_TEST

START_TEST(integers_fill_64_bits)
{
    const json_value *v = read_str("[9223372036854775807, -9223372036854775808, 0, -0]");
    ck_assert(json_item(v, 0)->as.integer == INT64_MAX);
    ck_assert(json_item(v, 1)->as.integer == INT64_MIN);
    ck_assert(json_item(v, 2)->as.integer == 0 && json_item(v, 3)->as.integer == 0);
    ck_assert_ptr_null(read_str("[9223372036854775808]"));
    ck_assert_ptr_null(read_str("[-9223372036854775809]"));
    ck_assert(json_is(json_item(read_str("[92233720368547758080.5]"), 0), JSON_KIND_REAL));
}
END_TEST

/* What jansson refused is refused: records read before stay the same. */
START_TEST(texts_that_are_not_json_are_refused)
{
    static const char *const BAD[] = {
        "",            "   ",        "\"a string alone\"", "42",          "true",        "{",
        "[1,]",        "{\"a\":1,}", "{\"a\" 1}",          "{a:1}",       "[01]",        "[1.]",
        "[.5]",        "[1e]",       "[-]",                "[tru]",       "[nul]",       "[1] x",
        "[1][2]",      "['a']",      "[\"\\x\"]",          "[\"\\u12\"]", "[\"\\u0000\"]", "[\"\\ud83d\"]",
        "[\"\\ude00\"]", "[\"a\nb\"]", "[\"\xff\"]",         "[\"\xc3\"]",  "[\"abc",      "[\"abc\\",
        "\xef\xbb\xbf[1]", "[1 2]",  "{\"a\":}",           "[+1]",        NULL};
    for (size_t i = 0; BAD[i]; i++) {
        ck_assert_msg(read_str(BAD[i]) == NULL, "read as JSON: %s", BAD[i]);
        ck_assert(!arena_failed(A));
    }
}
END_TEST

START_TEST(nesting_is_bounded)
{
    char deep[2 * JSON_MAX_DEPTH + 3];
    for (int depth = JSON_MAX_DEPTH; depth <= JSON_MAX_DEPTH + 1; depth++) {
        memset(deep, '[', (size_t)depth);
        memset(deep + depth, ']', (size_t)depth);
        deep[2 * depth] = '\0';
        ck_assert(depth == JSON_MAX_DEPTH ? read_str(deep) != NULL : read_str(deep) == NULL);
    }
}
END_TEST

START_TEST(a_text_is_read_within_its_length)
{
    const char s[] = "{\"a\":\"bc\"}{";
    ck_assert_str_eq(json_text(json_member(json_read(A, s, 10), "a")), "bc"); /* the "{" after is not read */
    ck_assert_ptr_null(json_read(A, s, 8));                                    /* cut inside */
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("json_read");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, json_ld_values_are_looked_up);
    tcase_add_test(tc, a_repeated_name_gives_the_last_value);
    tcase_add_test(tc, escapes_are_decoded);
    tcase_add_test(tc, integers_fill_64_bits);
    tcase_add_test(tc, texts_that_are_not_json_are_refused);
    tcase_add_test(tc, nesting_is_bounded);
    tcase_add_test(tc, a_text_is_read_within_its_length);
    suite_add_tcase(s, tc);
    return s;
}
