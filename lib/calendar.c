#include "calendar.h"


bool calendar_is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int calendar_days_in_month(int y, int m)
{
    static const int DAYS[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    return m == 2 && calendar_is_leap(y) ? 29 : DAYS[m - 1];
}

bool calendar_valid(civil_date d)
{
    return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= calendar_days_in_month(d.year, d.month);
}

/* Howard Hinnant's days_from_civil / civil_from_days. */
long calendar_to_days(civil_date d)
{
    long y = d.year - (d.month <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

civil_date calendar_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    civil_date d;
    d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
    d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
    d.year = (int)(yoe + era * 400 + (d.month <= 2));
    return d;
}

int calendar_weekday(civil_date d)
{
    long days = calendar_to_days(d); /* 1970-01-01 was a Thursday (3) */
    long w = (days + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

civil_date calendar_add_days(civil_date d, long n) { return calendar_from_days(calendar_to_days(d) + n); }

long calendar_hijri_to_days(int year, int month, int day)
{
    /* thirty-year cycles of eleven leap years; months of 30 and 29 days in turn
     * (Reingold and Dershowitz, Calendrical Calculations); the Julian day
     * number 1948440 is 1 Muharram 1 AH, 2440588 is 1970-01-01 */
    long y = year;
    long jdn = (11 * y + 3) / 30 + 354 * y + 30L * month - (month - 1) / 2 + day + 1948440 - 385;
    return jdn - 2440588;
}

void calendar_format(civil_date d, char out[11])
{
    unsigned y = (unsigned)d.year % 10000u, m = (unsigned)d.month % 100u, day = (unsigned)d.day % 100u;
    const char digits[] = "0123456789";
    out[0] = digits[y / 1000], out[1] = digits[y / 100 % 10], out[2] = digits[y / 10 % 10], out[3] = digits[y % 10];
    out[4] = '-', out[5] = digits[m / 10], out[6] = digits[m % 10];
    out[7] = '-', out[8] = digits[day / 10], out[9] = digits[day % 10], out[10] = '\0';
}

bool calendar_parse_iso(const char *s, civil_date *out)
{
    civil_date d = {0, 0, 0};
    for (int i = 0; i < 10; i++) {
        char c = s[i];
        if (i == 4 || i == 7) {
            if (c != '-')
                return false;
            continue;
        }
        if (c < '0' || c > '9')
            return false;
        int v = c - '0';
        if (i < 4)
            d.year = d.year * 10 + v;
        else if (i < 7)
            d.month = d.month * 10 + v;
        else
            d.day = d.day * 10 + v;
    }
    if (!calendar_valid(d))
        return false;
    *out = d;
    return true;
}
