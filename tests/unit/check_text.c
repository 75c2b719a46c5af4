#include <string.h>

#include "runner.h"
#include "stage_helpers.h"
#include "text.h"

static stage_run R;
static void setup(void) { stage_run_reset(&R); }
static void teardown(void) { stage_run_free(&R); }

static stage_status read_text(const char *text)
{
    stage_error err;
    return text_read(text, strlen(text), &R.rec, &R.hints, R.a, &err);
}

START_TEST(lines_are_paragraphs)
{
    ck_assert_int_eq(read_text("Judul Berita Hari Ini\n\nKUPANG - Paragraf pertama.\n\nParagraf kedua.\n"), ST_OK);
    ck_assert_str_eq(R.rec.title, "Judul Berita Hari Ini");
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(R.rec.paragraphs.items[1].text, "Paragraf kedua.");
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("text");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, lines_are_paragraphs);
    suite_add_tcase(s, tc);
    return s;
}
