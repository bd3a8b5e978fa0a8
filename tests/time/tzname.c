/*
 * tzname as glibc sets it: a zone without daylight time names its
 * daylight time after its standard time (TZ=UTC gives {"UTC", "UTC"});
 * musl leaves tzname[1] "". tzset sets it, and so do localtime, mktime and
 * ctime, which read TZ as tzset does. Zones with daylight time keep both
 * names. systemd's in_utc_timezone test checks TZ=:UTC.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <time.h>
#include "lwbtest.h"

static void zone(const char *tz)
{
	ck_assert_int_eq(setenv("TZ", tz, 1), 0);
	tzset();
}

static void names(const char *std, const char *dst, long offset, int dst_rules)
{
	ck_assert_str_eq(tzname[0], std);
	ck_assert_str_eq(tzname[1], dst);
	ck_assert_int_eq(timezone, offset);
	ck_assert_int_eq(daylight, dst_rules);
}

START_TEST(utc)
{
	/* As systemd's test: a zoneinfo file (tzdata), then TZ strings. */
	zone(":UTC");
	names("UTC", "UTC", 0, 0);
	zone(":Etc/UTC");
	names("UTC", "UTC", 0, 0);
	zone("UTC0");
	names("UTC", "UTC", 0, 0);
	zone("UTC");
	names("UTC", "UTC", 0, 0);
	zone("GMT");
	names("GMT", "GMT", 0, 0);
}
END_TEST

START_TEST(no_daylight_time)
{
	zone("EST5");
	names("EST", "EST", 5 * 3600, 0);
	zone("<+03>-3");
	names("+03", "+03", -3 * 3600, 0);
	zone("JST-9");
	names("JST", "JST", -9 * 3600, 0);
}
END_TEST

START_TEST(daylight_time_keeps_its_name)
{
	zone("EST5EDT");
	names("EST", "EDT", 5 * 3600, 1);
	zone("CET-1CEST,M3.5.0,M10.5.0/3");
	names("CET", "CEST", -3600, 1);
	zone(":Europe/Berlin");
	names("CET", "CEST", -3600, 1);
	zone(":UTC");
	names("UTC", "UTC", 0, 0);
}
END_TEST

/* localtime, mktime and ctime read a changed TZ as tzset does. */
START_TEST(functions_that_read_tz)
{
	time_t t = 0;
	struct tm tm = { .tm_year = 100, .tm_mday = 1, .tm_isdst = -1 };

	zone("EST5EDT");
	ck_assert_int_eq(setenv("TZ", "UTC", 1), 0);
	ck_assert_ptr_nonnull(localtime(&t));
	names("UTC", "UTC", 0, 0);

	zone("EST5EDT");
	ck_assert_int_eq(setenv("TZ", "UTC", 1), 0);
	ck_assert_int_eq(mktime(&tm), 946684800);
	names("UTC", "UTC", 0, 0);

	zone("EST5EDT");
	ck_assert_int_eq(setenv("TZ", "EST5", 1), 0);
	ck_assert_str_eq(ctime(&t), "Wed Dec 31 19:00:00 1969\n");
	names("EST", "EST", 5 * 3600, 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("tzname");
	TCase *tc = tcase_create("tzname");

	tcase_add_test(tc, utc);
	tcase_add_test(tc, no_daylight_time);
	tcase_add_test(tc, daylight_time_keeps_its_name);
	tcase_add_test(tc, functions_that_read_tz);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
