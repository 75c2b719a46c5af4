/* Proleptic Gregorian calendar arithmetic on civil dates. */
#ifndef BERITA_CALENDAR_H
#define BERITA_CALENDAR_H

#include <stdbool.h>

typedef struct {
    int year, month, day;
} civil_date;

bool calendar_is_leap(int year);
int calendar_days_in_month(int year, int month);
bool calendar_valid(civil_date d);
/* Days since 1970-01-01 (negative before). */
long calendar_to_days(civil_date d);
civil_date calendar_from_days(long days);
/* 0 = Monday ... 6 = Sunday. */
int calendar_weekday(civil_date d);
civil_date calendar_add_days(civil_date d, long n);
/* Days since 1970-01-01 of a day of the tabular Islamic calendar (its civil epoch): within a day or two of
 * the day Indonesia's Ministry of Religious Affairs sets by the sighted moon, so an estimate to check a date
 * against, never the answer. */
long calendar_hijri_to_days(int year, int month, int day);
/* "YYYY-MM-DD" into out (11 bytes). */
void calendar_format(civil_date d, char out[11]);
/* Parses exactly "YYYY-MM-DD" at s (more may follow); false unless a real date. */
bool calendar_parse_iso(const char *s, civil_date *out);

#endif
