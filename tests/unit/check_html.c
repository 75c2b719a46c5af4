#include <string.h>

#include "html.h"
#include "runner.h"
#include "stage_helpers.h"

static stage_run R;
static void setup(void) { stage_run_reset(&R); }
static void teardown(void) { stage_run_free(&R); }

static stage_status read_html(const char *html)
{
    stage_error err;
    return html_read(html, strlen(html), 0, &R.rec, &R.hints, R.a, &err);
}

START_TEST(paragraphs_from_markup)
{
    ck_assert_int_eq(read_html("<html><body><article><p>Satu dua tiga empat lima enam tujuh.</p>"
                               "<p>Delapan sembilan sepuluh.</p></article></body></html>"),
                     ST_OK);
    ck_assert_uint_eq(R.rec.paragraphs.len, 2);
    ck_assert_str_eq(R.rec.paragraphs.items[1].text, "Delapan sembilan sepuluh.");
}
END_TEST

START_TEST(page_without_text_is_no_article)
{
    ck_assert_int_eq(read_html("<html><body><div></div></body></html>"), ST_NO_ARTICLE);
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("html");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, paragraphs_from_markup);
    tcase_add_test(tc, page_without_text_is_no_article);
    suite_add_tcase(s, tc);
    return s;
}
