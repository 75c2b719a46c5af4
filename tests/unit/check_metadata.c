#include <string.h>

#include "metadata.h"
#include "runner.h"
#include "stage_helpers.h"

static stage_run R;
static void setup(void) { stage_run_reset(&R); }
static void teardown(void) { stage_run_free(&R); }

START_TEST(paragraphs_are_kept)
{
    static const char *const PARAS[] = {"Satu paragraf tanpa apa-apa."};
    stage_run_paragraphs(&R, PARAS, 1);
    metadata_finish(&R.rec, &R.hints, R.a);
    ck_assert_uint_eq(R.rec.paragraphs.len, 1);
    ck_assert_str_eq(R.rec.paragraphs.items[0].text, PARAS[0]);
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("metadata");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, paragraphs_are_kept);
    suite_add_tcase(s, tc);
    return s;
}
