#include "calendar.h"
#include "runner.h"

START_TEST(leap_years)
{
    ck_assert(calendar_is_leap(2024));
    ck_assert(!calendar_is_leap(2100));
    ck_assert(calendar_is_leap(2000));
    ck_assert_int_eq(calendar_days_in_month(2025, 2), 28);
    ck_assert(!calendar_valid((civil_date){2025, 2, 29}));
    ck_assert(calendar_valid((civil_date){2024, 2, 29}));
}
END_TEST

START_TEST(days_round_trip)
{
    ck_assert_int_eq(calendar_to_days((civil_date){1970, 1, 1}), 0);
    for (long d = -800000; d < 800000; d += 997) {
        civil_date c = calendar_from_days(d);
        ck_assert_int_eq(calendar_to_days(c), d);
    }
    civil_date n = calendar_add_days((civil_date){2024, 12, 31}, 1);
    ck_assert_int_eq(n.year, 2025);
    ck_assert_int_eq(n.month, 1);
    ck_assert_int_eq(n.day, 1);
}
END_TEST

START_TEST(weekdays)
{
    ck_assert_int_eq(calendar_weekday((civil_date){2025, 7, 25}), 4); /* Jumat */
    ck_assert_int_eq(calendar_weekday((civil_date){2024, 3, 14}), 3); /* Kamis */
}
END_TEST

START_TEST(iso_parse_and_format)
{
    civil_date d;
    char out[11];
    ck_assert(calendar_parse_iso("2025-07-25T09:30:00+07:00", &d));
    calendar_format(d, out);
    ck_assert_str_eq(out, "2025-07-25");
    ck_assert(!calendar_parse_iso("2025-02-30", &d));
    ck_assert(!calendar_parse_iso("2025/07/25", &d));
}
END_TEST

/* The tabular Islamic calendar: 1 Muharram 1 AH was 16 July 622 (Julian), 19 July 622 proleptic
 * Gregorian; 1 Ramadan 1447 falls on 18 February 2026 by the table (Indonesia began the fast on the 19th). */
START_TEST(hijri_tabular_days)
{
    civil_date d = calendar_from_days(calendar_hijri_to_days(1, 1, 1));
    ck_assert_int_eq(d.year, 622);
    ck_assert_int_eq(d.month, 7);
    ck_assert_int_eq(d.day, 19);
    d = calendar_from_days(calendar_hijri_to_days(1447, 9, 1));
    ck_assert_int_eq(d.year, 2026);
    ck_assert_int_eq(d.month, 2);
    ck_assert_int_eq(d.day, 18);
}
END_TEST

Suite *make_suite(void)
{
    Suite *s = suite_create("calendar");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, leap_years);
    tcase_add_test(tc, days_round_trip);
    tcase_add_test(tc, weekdays);
    tcase_add_test(tc, iso_parse_and_format);
    tcase_add_test(tc, hijri_tabular_days);
    suite_add_tcase(s, tc);
    return s;
}
