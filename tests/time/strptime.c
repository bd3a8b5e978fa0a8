/* strptime as glibc: each case parses a string into a zeroed struct tm
 * (as callers do) and states how much was read (-1 for NULL) and every
 * field afterwards: sec min hour mday mon year wday yday isdst gmtoff.
 * glibc works out tm_wday and tm_yday (and tm_mon and tm_mday from %j or
 * a week number) from whatever it has, so a lone %e or %Y gets them too,
 * from the zeroed fields. TZ is UTC for %s. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "lwbtest.h"

static const struct {
	const char *fmt, *s;
	long read;
	const char *fields;
} cases[] = {
	{ "%Y-%m-%d %H:%M:%S", "2023-11-14 10:20:30", 19, "30 20 10 14 10 123 2 317 0 0" },
	{ "%F %T", "2023-11-14 10:20:30", 19, "30 20 10 14 10 123 2 317 0 0" },
	{ "%F", "2024-02-29", 10, "0 0 0 29 1 124 4 59 0 0" },
	{ "%F", "2023-1-4", 8, "0 0 0 4 0 123 3 3 0 0" },
	{ "%d %m %Y", "  14   11 2023", 14, "0 0 0 14 10 123 2 317 0 0" },
	{ "%e", "  5", 3, "0 0 0 5 0 0 5 4 0 0" },
	{ "%k:%M", " 7:05", 5, "0 5 7 0 0 0 0 0 0 0" },
	{ "%l %p", " 7 pm", 5, "0 0 19 0 0 0 0 0 0 0" },
	{ "%I:%M %p", "12:30 am", 8, "0 30 0 0 0 0 0 0 0 0" },
	{ "%I:%M %p", "12:30 PM", 8, "0 30 12 0 0 0 0 0 0 0" },
	{ "%H %p", "10 pm", 5, "0 0 10 0 0 0 0 0 0 0" },
	{ "%P", "PM", -1, "0 0 0 0 0 0 0 0 0 0" },
	{ "%z", "+0530", 5, "0 0 0 0 0 0 0 0 0 19800" },
	{ "%z", "-05:30", 6, "0 0 0 0 0 0 0 0 0 -19800" },
	{ "%z", "+05", 3, "0 0 0 0 0 0 0 0 0 18000" },
	{ "%z", "Z", 1, "0 0 0 0 0 0 0 0 0 0" },
	{ "%z", "+0530:", 5, "0 0 0 0 0 0 0 0 0 19800" },
	{ "%z", "+1:30", -1, "0 0 0 0 0 0 0 0 0 0" },
	{ "%z", "+123", -1, "0 0 0 0 0 0 0 0 0 0" },
	{ "%z", "+9960", -1, "0 0 0 0 0 0 0 0 0 0" },
	{ "%Y-%m-%dT%H:%M:%S%z", "2023-11-14T10:20:30+01:00", 25, "30 20 10 14 10 123 2 317 0 3600" },
	{ "%Y-%m-%d %H:%M:%S %z", "2023-11-14 10:20:30 -0800", 25, "30 20 10 14 10 123 2 317 0 -28800" },
	{ "%s", "1700000000", 10, "20 13 22 14 10 123 2 317 0 0" },
	{ "%s", "0", 1, "0 0 0 1 0 70 4 0 0 0" },
	{ "%s", "-1", -1, "0 0 0 0 0 0 0 0 0 0" },
	{ "%s", " 5", -1, "0 0 0 0 0 0 0 0 0 0" },
	{ "%C", "20", 2, "0 0 0 0 0 100 5 -1 0 0" },
	{ "%C %y", "20 23", 5, "0 0 0 0 0 123 6 -1 0 0" },
	{ "%y", "69", 2, "0 0 0 0 0 69 2 -1 0 0" },
	{ "%y", "68", 2, "0 0 0 0 0 168 6 -1 0 0" },
	{ "%G-W%V-%u", "2023-W46-2", 10, "0 0 0 0 0 0 2 0 0 0" },
	{ "%g", "23", 2, "0 0 0 0 0 0 0 0 0 0" },
	{ "%V", "54", -1, "0 0 0 0 0 0 0 0 0 0" },
	{ "%j", "300", 3, "0 0 0 0 0 0 0 299 0 0" },
	{ "%Y %j", "2023 300", 8, "0 0 0 27 9 123 5 299 0 0" },
	{ "%Y %j", "2024 366", 8, "0 0 0 31 11 124 2 365 0 0" },
	{ "%Y %U %w", "2023 46 1", 9, "0 0 0 13 10 123 1 316 0 0" },
	{ "%Y %W %a", "2023 46 Mon", 11, "0 0 0 13 10 123 1 316 0 0" },
	{ "%a %d %b %Y", "Tue 14 Nov 2023", 15, "0 0 0 14 10 123 2 317 0 0" },
	{ "%A, %d %B %Y", "Friday, 14 November 2023", 24, "0 0 0 14 10 123 5 317 0 0" },
	{ "%b", "Sept", 3, "0 0 0 0 8 0 5 242 0 0" },
	{ "%c", "Tue Nov 14 10:20:30 2023", 24, "30 20 10 14 10 123 2 317 0 0" },
	{ "%D", "11/14/23", 8, "0 0 0 14 10 123 2 317 0 0" },
	{ "%x %X", "11/14/23 10:20:30", 17, "30 20 10 14 10 123 2 317 0 0" },
	{ "%r", "10:20:30 PM", 11, "30 20 22 0 0 0 0 0 0 0" },
	{ "%R", "10:20", 5, "0 20 10 0 0 0 0 0 0 0" },
	{ "%4Y%2m%2d", "20231114", 8, "0 0 0 14 10 123 2 317 0 0" },
	{ "%-d/%-m", "5/7", 3, "0 0 0 5 6 0 4 185 0 0" },
	{ "%_H", "9", 1, "0 0 9 0 0 0 0 0 0 0" },
	{ "%Ey", "23", -1, "0 0 0 0 0 23 0 0 0 0" },
	{ "%EY", "2023", 4, "0 0 0 0 0 123 6 -1 0 0" },
	{ "%Od", "05", 2, "0 0 0 5 0 0 5 4 0 0" },
	{ "%Om %Od", "5 5", -1, "0 0 0 0 4 0 0 0 0 0" },
	{ "%n%t%d", "  5", 3, "0 0 0 5 0 0 5 4 0 0" },
	{ "%Z %Y", "UTC 2023", 8, "0 0 0 0 0 123 6 -1 0 0" },
	{ "%d", "32", -1, "0 0 0 0 0 0 0 0 0 0" },
	{ "%d", "0", -1, "0 0 0 0 0 0 0 0 0 0" },
	{ "%M", "60", 1, "0 6 0 0 0 0 0 0 0 0" },
	{ "%S", "61", 2, "61 0 0 0 0 0 0 0 0 0" },
	{ "%H", "24", -1, "0 0 0 0 0 0 0 0 0 0" },
	{ "%m", "12", 2, "0 0 0 0 11 0 5 333 0 0" },
	{ "%Y", "10000", 4, "0 0 0 0 0 -900 2 -1 0 0" },
	{ "%Y%m%d", "20231114", 8, "0 0 0 14 10 123 2 317 0 0" },
	{ "%%%d", "%5", 2, "0 0 0 5 0 0 5 4 0 0" },
	{ "%a", "Mo", -1, "0 0 0 0 0 0 0 0 0 0" },
};

static void describe(const struct tm *tm, char *buf, size_t size)
{
	snprintf(buf, size, "%d %d %d %d %d %d %d %d %d %ld", tm->tm_sec, tm->tm_min, tm->tm_hour,
		tm->tm_mday, tm->tm_mon, tm->tm_year, tm->tm_wday, tm->tm_yday, tm->tm_isdst,
		(long)tm->tm_gmtoff);
}

START_TEST(conversions)
{
	ck_assert_int_eq(setenv("TZ", "UTC", 1), 0);
	tzset();
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct tm tm;
		char got[128];
		char *r;

		memset(&tm, 0, sizeof tm);
		r = strptime(cases[i].s, cases[i].fmt, &tm);
		describe(&tm, got, sizeof got);
		ck_assert_msg(r ? r - cases[i].s == cases[i].read : cases[i].read == -1,
			"strptime(\"%s\", \"%s\") read %ld, not %ld", cases[i].s, cases[i].fmt,
			r ? (long)(r - cases[i].s) : -1L, cases[i].read);
		ck_assert_msg(!strcmp(got, cases[i].fields), "strptime(\"%s\", \"%s\") gave %s, not %s",
			cases[i].s, cases[i].fmt, got, cases[i].fields);
	}
}
END_TEST

START_TEST(fields_not_parsed_are_kept)
{
	/* Only what the format names (and what glibc works out from it)
	 * changes. */
	struct tm tm;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = 100;
	tm.tm_mday = 9;
	tm.tm_isdst = 1;
	tm.tm_gmtoff = 7200;
	ck_assert_ptr_nonnull(strptime("10:20", "%H:%M", &tm));
	ck_assert_int_eq(tm.tm_year, 100);
	ck_assert_int_eq(tm.tm_mday, 9);
	ck_assert_int_eq(tm.tm_isdst, 1);
	ck_assert_int_eq(tm.tm_gmtoff, 7200);
	ck_assert_int_eq(tm.tm_hour, 10);
}
END_TEST

START_TEST(what_a_failure_leaves)
{
	/* Fields read before the mismatch stay; a composite (%T) that fails
	 * part-way leaves nothing. Callers that ignore NULL see this. */
	struct tm tm;

	memset(&tm, 0, sizeof tm);
	ck_assert_ptr_null(strptime("2023-11-14T10:20", "%Y-%m-%d %H:%M", &tm));
	ck_assert_int_eq(tm.tm_year, 123);
	ck_assert_int_eq(tm.tm_mon, 10);
	ck_assert_int_eq(tm.tm_mday, 14);
	ck_assert_int_eq(tm.tm_wday, 0);
	memset(&tm, 0, sizeof tm);
	ck_assert_ptr_null(strptime("10:2x", "%T", &tm));
	ck_assert_int_eq(tm.tm_hour, 0);
	ck_assert_int_eq(tm.tm_min, 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("strptime");
	TCase *tc = tcase_create("strptime");

	tcase_add_test(tc, conversions);
	tcase_add_test(tc, fields_not_parsed_are_kept);
	tcase_add_test(tc, what_a_failure_leaves);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
