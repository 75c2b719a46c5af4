#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "runner.h"
#include "stage_helpers.h"

static stage_run R;
static void setup(void) { stage_run_reset(&R); }
static void teardown(void) { stage_run_free(&R); }

static json_t *round_trip(bool pretty)
{
    size_t len = 0;
    char *text = record_to_json(&R.rec, pretty, &len);
    ck_assert_ptr_nonnull(text);
    ck_assert_uint_eq(strlen(text), len);
    ck_assert(pretty || strchr(text, '\n') == NULL);
    json_error_t jerr;
    json_t *v = json_loads(text, 0, &jerr);
    free(text);
    ck_assert_ptr_nonnull(v);
    return v;
}

START_TEST(empty_record_has_every_field)
{
    R.rec.format = FORMAT_TEXT;
    json_t *v = round_trip(true);
    ck_assert_str_eq(json_string_value(json_object_get(v, "schema")), "berita/1");
    ck_assert_str_eq(json_string_value(json_object_get(json_object_get(v, "source"), "format")), "text");
    ck_assert(json_is_null(json_object_get(v, "title")));
    ck_assert(json_is_null(json_object_get(json_object_get(v, "published"), "date")));
    static const char *const LISTS[] = {"credits", "labels", "paragraphs", "speakers", "quotes", "dates"};
    for (size_t i = 0; i < 6; i++)
        ck_assert(json_is_array(json_object_get(v, LISTS[i])));
    json_decref(v);
}
END_TEST

START_TEST(fields_are_written)
{
    R.rec.format = FORMAT_HTML;
    R.rec.title = "Judul \"kutip\" \xE2\x80\x9C";
    strcpy(R.rec.published.date, "2025-07-25");
    strcpy(R.rec.published.utc_offset, "+07:00");
    VEC_PUSH(R.a, &R.rec.credits, ((rec_credit){.role = CREDIT_EDITOR, .name = "Gina"}));
    VEC_PUSH(R.a, &R.rec.labels, "ntt");
    VEC_PUSH(R.a, &R.rec.speakers, ((rec_speaker){.name = "Noor Iza", .mentions = 2}));
    VEC_PUSH(R.a, &R.rec.quotes, ((rec_quote){QUOTE_INDIRECT, "isi", 0, "mengatakan", 1, 2, 5, 2}));
    VEC_PUSH(R.a, &R.rec.quotes, ((rec_quote){QUOTE_DIRECT, "isi", -1, NULL, 0, 0, 3, 0}));
    rec_date d = {.text = "25 Juli 2025", .start = "2025-07-25", .end = "2025-07-25", .kind = DATE_DAY};
    VEC_PUSH(R.a, &R.rec.dates, d);
    json_t *v = round_trip(false);
    ck_assert_str_eq(json_string_value(json_object_get(v, "title")), R.rec.title);
    ck_assert_str_eq(json_string_value(json_object_get(json_object_get(v, "published"), "date")), "2025-07-25");
    json_t *credit = json_array_get(json_object_get(v, "credits"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(credit, "role")), "editor");
    json_t *q0 = json_array_get(json_object_get(v, "quotes"), 0), *q1 = json_array_get(json_object_get(v, "quotes"), 1);
    ck_assert_str_eq(json_string_value(json_object_get(q0, "kind")), "indirect");
    ck_assert_int_eq(json_integer_value(json_object_get(q0, "speaker")), 0);
    ck_assert_int_eq(json_integer_value(json_object_get(q0, "end_paragraph")), 2);
    ck_assert(json_is_null(json_object_get(q1, "speaker")));
    json_t *d0 = json_array_get(json_object_get(v, "dates"), 0);
    ck_assert_str_eq(json_string_value(json_object_get(d0, "kind")), "day");
    ck_assert_int_eq(json_integer_value(json_object_get(
                         json_array_get(json_object_get(v, "speakers"), 0), "mentions")), 2);
    json_decref(v);
}
END_TEST

/* What JSON requires escaped is, in jansson's spelling; the rest (UTF-8,
 * DEL, '/') passes as it is. */
START_TEST(strings_are_escaped)
{
    R.rec.title = "a\"b\\c/d\x01\x1F\b\f\n\r\te\x7F\xC3\xA9";
    char *text = record_to_json(&R.rec, false, NULL);
    ck_assert_ptr_nonnull(strstr(text, "\"title\":\"a\\\"b\\\\c/d\\u0001\\u001F\\b\\f\\n\\r\\te\x7F\xC3\xA9\","));
    free(text);
}
END_TEST

/* A character to escape at any offset of a long string, where the writer
 * tests eight bytes at a time, and the bytes around it, come back as written. */
START_TEST(escapes_at_every_offset_round_trip)
{
    static const char SPECIAL[] = {'"', '\\', '\n', '\x01', '\x1F'};
    char title[40];
    for (size_t k = 0; k < sizeof SPECIAL; k++)
        for (size_t at = 0; at + 1 < sizeof title; at++) {
            memset(title, ' ' + 1 + (int)(at % 90), sizeof title - 1); /* printable ASCII, '"' and '\\' too */
            for (size_t i = 0; i + 1 < sizeof title; i++)
                if (title[i] == '"' || title[i] == '\\')
                    title[i] = 'x';
            title[at] = SPECIAL[k];
            title[sizeof title - 1] = '\0';
            R.rec.title = title;
            json_t *v = round_trip(false);
            ck_assert_str_eq(json_string_value(json_object_get(v, "title")), title);
            json_decref(v);
        }
}
END_TEST

/* Byte for byte the layout jansson's JSON_INDENT(2) and JSON_COMPACT give,
 * which the records written before this writer have. */
START_TEST(layout_is_stable)
{
    R.rec.format = FORMAT_TEXT;
    VEC_PUSH(R.a, &R.rec.labels, "ntt");
    char *compact = record_to_json(&R.rec, false, NULL), *pretty = record_to_json(&R.rec, true, NULL);
    ck_assert_str_eq(compact, "{\"schema\":\"berita/1\",\"source\":{\"path\":null,\"url\":null,\"format\":\"text\"},"
                              "\"fingerprint\":null,\"page_type\":\"article\",\"title\":null,\"published\":{\"text\":null,"
                              "\"date\":null,\"time\":null,\"utc_offset\":null,\"source\":null},\"dateline\":null,\"credits\":[],"
                              "\"labels\":[\"ntt\"],"
                              "\"paragraphs\":[],\"speakers\":[],\"quotes\":[],\"dates\":[]}");
    ck_assert_ptr_nonnull(strstr(pretty, "{\n  \"schema\": \"berita/1\",\n  \"source\": {\n    \"path\": null,"));
    ck_assert_ptr_nonnull(strstr(pretty, "\"credits\": [],\n  \"labels\": [\n    \"ntt\"\n  ],\n"));
    ck_assert_ptr_nonnull(strstr(pretty, "\"dates\": []\n}"));
    free(compact);
    free(pretty);
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("json");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, empty_record_has_every_field);
    tcase_add_test(tc, fields_are_written);
    tcase_add_test(tc, strings_are_escaped);
    tcase_add_test(tc, escapes_at_every_offset_round_trip);
    tcase_add_test(tc, layout_is_stable);
    suite_add_tcase(s, tc);
    return s;
}
