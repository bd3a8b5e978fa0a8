/* wcsftime takes the same GNU conversions, flags and widths as strftime
 * (tests/runtime/strftime.c has the full table), in wide text. */
#define _GNU_SOURCE
#include <locale.h>
#include <string.h>
#include <time.h>
#include <wchar.h>
#include "lwbtest.h"
#include "timetest.h"

static const struct {
	const wchar_t *fmt, *want;
} cases[] = {
	{ L"%A %d %B %Y %H:%M:%S %z", L"Saturday 04 November 2023 09:05:07 +0530" },
	{ L"%k|%l|%P|%s|%Z", L" 9| 9|am|1699088707|IST" },
	{ L"%^a %#b %-d %_5m %010Y %-z", L"SAT NOV 4    11 0000002023 +530" },
	{ L"%10A|%-10p|%05e", L"  Saturday|        AM|00004" },
	{ L"%Ey %Ok %Q %5+", L"23  9 %Q   %5+" },
	{ L"wide \u00e9 %P", L"wide \u00e9 am" },
};

START_TEST(formats)
{
	struct tm tm = timetest_dates[0];
	wchar_t buf[128];
	size_t n;

	if (wcschr(cases[_i].fmt, L'\u00e9') && !setlocale(LC_CTYPE, "C.UTF-8"))
		return;
	n = wcsftime(buf, sizeof buf / sizeof *buf, cases[_i].fmt, &tm);
	ck_assert_msg(n == wcslen(cases[_i].want) && wcscmp(buf, cases[_i].want) == 0,
		"%ls: got \"%ls\" (%zu)", cases[_i].fmt, buf, n);
}
END_TEST

START_TEST(too_small)
{
	struct tm tm = timetest_dates[0];
	wchar_t buf[8];

	ck_assert_uint_eq(wcsftime(buf, 6, L"%k %P", &tm), 5);
	ck_assert(wcscmp(buf, L" 9 am") == 0);
	ck_assert_uint_eq(wcsftime(buf, 5, L"%k %P", &tm), 0);
	ck_assert_uint_eq(wcsftime(buf, 0, L"%k", &tm), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("wcsftime");
	TCase *tc = tcase_create("wcsftime");

	timetest_setup();
	tcase_add_loop_test(tc, formats, 0, sizeof cases / sizeof *cases);
	tcase_add_test(tc, too_small);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
