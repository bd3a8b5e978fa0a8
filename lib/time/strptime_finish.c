#include <stdint.h>
#include "strptime_impl.h"

static int is_leap(long long year)
{
	return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

/* Days before month m: glibc looks this up in a table of two rows of 13
 * (common year, then leap year) and, for days outside the year (week
 * numbers can give them), reads past the end of its row: a common year
 * runs on into the leap row, before January is 0 for a common year and
 * 365 for a leap one, and past the leap row the search stops. These are
 * the values glibc 2.36 gives. */
static const int month_start[26] = {
	0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365,
	0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366,
};

static int start_of(int leap, int m)
{
	if (m < 0)
		return leap ? 365 : 0;
	return month_start[(leap ? 13 : 0) + m];
}

static int last_index(int leap)
{
	return leap ? 12 : 25;
}

/* The month (in glibc's sense above) that yday falls in. */
static int month_of(int leap, int yday)
{
	int m = -1;

	while (m < last_index(leap) && start_of(leap, m + 1) <= yday)
		m++;
	return m;
}

/* Day of the week of tm_mday in tm_mon of tm_year, counting days linearly
 * so out-of-range days still give an answer: days since 1970-01-01 (a
 * Thursday), counting the leap days up to the month (the year's own from
 * March on, so the months are counted as in a common year) with C's
 * truncating division, as glibc does, which is what makes years before
 * 1 AD come out as they do there. glibc sums in int: for years beyond
 * about five million the count wraps, and so it does here. */
static int day_of_week(const struct tm *tm)
{
	long long y = (long long)tm->tm_year + 1900 - (tm->tm_mon < 2);
	long long fours = y / 4;
	long long leaps = fours - fours / 25 + (fours % 25 < 0) + fours / 25 / 4;
	uint32_t days = 365u * (uint32_t)((long long)tm->tm_year - 70) + (uint32_t)leaps - 477u
		+ (uint32_t)(start_of(0, tm->tm_mon) + tm->tm_mday - 1);
	int w = (int)(int32_t)(days + 4u) % 7;

	return w < 0 ? w + 7 : w;
}

static void date_from_yday(struct tm *tm, int have_mon, int have_mday)
{
	int leap = is_leap((long long)tm->tm_year + 1900);
	int m = month_of(leap, tm->tm_yday);

	if (!have_mon)
		tm->tm_mon = m;
	if (!have_mday)
		tm->tm_mday = tm->tm_yday - start_of(leap, m) + 1;
}

void __lwb_strptime_finish(struct tm *tm, const struct __lwb_strptime *st)
{
	int have_mon = st->have_mon, have_mday = st->have_mday;

	if (st->have_I && st->is_pm)
		tm->tm_hour += 12;
	if (st->century != -1) {
		if (st->want_century)
			tm->tm_year = tm->tm_year % 100 + (st->century - 19) * 100;
		else
			tm->tm_year = (st->century - 19) * 100;
	}

	if (st->want_xday && !st->have_wday) {
		if (!(have_mon && have_mday) && st->have_yday) {
			date_from_yday(tm, have_mon, have_mday);
			have_mon = have_mday = 1;
		}
		if (have_mon || (unsigned)tm->tm_mon <= 11)
			tm->tm_wday = day_of_week(tm);
	}
	if (st->want_xday && !st->have_yday && (have_mon || (unsigned)tm->tm_mon <= 11))
		tm->tm_yday = start_of(is_leap((long long)tm->tm_year + 1900), tm->tm_mon)
			+ tm->tm_mday - 1;

	/* %U or %W with a weekday: the day of the year from the week. */
	if ((st->have_uweek || st->have_wweek) && st->have_wday) {
		int wday = tm->tm_wday, mday = tm->tm_mday, mon = tm->tm_mon;
		/* With both %U and %W, the last number read counts as a
		 * %U week. */
		int monday_first = !st->have_uweek;
		int jan1;

		tm->tm_mday = 1;
		tm->tm_mon = 0;
		jan1 = day_of_week(tm);
		if (st->have_mday)
			tm->tm_mday = mday;
		if (st->have_mon)
			tm->tm_mon = mon;
		if (!st->have_yday)
			tm->tm_yday = (7 - (jan1 - monday_first)) % 7 + (st->week_no - 1) * 7
				+ (wday - monday_first + 7) % 7;
		if (!st->have_mday || !st->have_mon)
			date_from_yday(tm, st->have_mon, st->have_mday);
		tm->tm_wday = wday;
	}
}
