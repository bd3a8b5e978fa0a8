/* The integer conversions' errno and endptr, as glibc: text with no number
 * ("", ".", "+", " -", "0x" in base 10...) gives 0 with endptr at the
 * start and errno untouched (musl: EINVAL), which callers that parse
 * "1.5" as strtoll then a fraction rely on (systemd); a bad base is EINVAL
 * with endptr untouched. Everything else agrees and is checked too. */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <wchar.h>
#include "lwbtest.h"

static const char *const no_number[] = { "", ".", ".5", " ", "\t\n", "+", "-", " +", " -", "+-1", "-+1", "@", "-_" };

START_TEST(no_number_keeps_errno)
{
	for (size_t i = 0; i < sizeof no_number / sizeof no_number[0]; i++) {
		const char *s = no_number[i];
		char *end;

		for (int base = 0; base <= 36; base += base ? 1 : 2) {
			errno = 77;
			end = 0;
			ck_assert_int_eq(strtol(s, &end, base), 0);
			ck_assert_ptr_eq(end, s);
			ck_assert_int_eq(errno, 77);
			errno = 77;
			ck_assert_int_eq(strtoll(s, &end, base), 0);
			ck_assert_uint_eq(strtoul(s, &end, base), 0);
			ck_assert_uint_eq(strtoull(s, &end, base), 0);
			ck_assert_int_eq(strtoimax(s, &end, base), 0);
			ck_assert_uint_eq(strtoumax(s, &end, base), 0);
			ck_assert_ptr_eq(end, s);
			ck_assert_int_eq(errno, 77);
		}
		/* Also with a null endptr. */
		errno = 0;
		ck_assert_int_eq(strtoll(s, 0, 10), 0);
		ck_assert_int_eq(errno, 0);
	}
}
END_TEST

START_TEST(systemd_fraction)
{
	/* How systemd reads "1.5": the integer, then strtoll(".5") for the
	 * part after the point must not be an error. */
	const char *p = ".5";
	char *end;

	errno = 0;
	ck_assert_int_eq(strtoll(p, &end, 10), 0);
	ck_assert_int_eq(errno, 0);
	ck_assert_ptr_eq(end, p);
}
END_TEST

START_TEST(prefix_without_digits)
{
	/* "0x" with no hex digit is the number 0, ending after the '0'. */
	char *end;

	errno = 0;
	ck_assert_int_eq(strtol("0x", &end, 16), 0);
	ck_assert_str_eq(end, "x");
	ck_assert_int_eq(strtol(" -0xg", &end, 0), 0);
	ck_assert_str_eq(end, "xg");
	ck_assert_int_eq(errno, 0);
}
END_TEST

/* ASan's strtol interceptor stores its own endptr over glibc's, so
 * the sanitizer configuration's glibc run cannot see it left alone. */
#if defined(__SANITIZE_ADDRESS__)
#define ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ASAN 1
#endif
#endif
#ifndef ASAN
#define ASAN 0
#endif

START_TEST(bad_base)
{
	static const int bases[] = { -1, 1, 37, 100, INT_MIN };
	char *const sentinel = (char *)"sentinel";

	for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++) {
		char *end = sentinel;

		errno = 0;
		ck_assert_int_eq(strtol("12", &end, bases[i]), 0);
		ck_assert_int_eq(errno, EINVAL);
		if (!ASAN)
			ck_assert_ptr_eq(end, sentinel);
		errno = 0;
		ck_assert_uint_eq(strtoull("12", &end, bases[i]), 0);
		ck_assert_int_eq(errno, EINVAL);
		if (!ASAN)
			ck_assert_ptr_eq(end, sentinel);
	}
}
END_TEST

START_TEST(ranges)
{
	char *end;

	errno = 0;
	ck_assert_int_eq(strtoll("9223372036854775807", &end, 10), LLONG_MAX);
	ck_assert_int_eq(errno, 0);
	ck_assert_int_eq(strtoll("9223372036854775808", &end, 10), LLONG_MAX);
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	ck_assert_int_eq(strtoll("-9223372036854775809", &end, 10), LLONG_MIN);
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	ck_assert_uint_eq(strtoull("-1", &end, 10), ULLONG_MAX);
	ck_assert_int_eq(errno, 0);
	ck_assert_uint_eq(strtoull("18446744073709551616", &end, 10), ULLONG_MAX);
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	ck_assert_uint_eq(strtoul("\t\n\v\f\r 12x", &end, 0), 12);
	ck_assert_str_eq(end, "x");
	ck_assert_int_eq(strtol("0b101", &end, 0), 0);
	ck_assert_str_eq(end, "b101");
	ck_assert_int_eq(strtol("z", &end, 36), 35);
	ck_assert_int_eq(errno, 0);
}
END_TEST

START_TEST(wide)
{
	wchar_t *end;
	const wchar_t *dot = L".";
	wchar_t *const sentinel = (wchar_t *)L"sentinel";

	errno = 77;
	ck_assert_int_eq(wcstol(dot, &end, 10), 0);
	ck_assert_int_eq(wcstoll(L"", &end, 10), 0);
	ck_assert_uint_eq(wcstoul(L" -", &end, 10), 0);
	ck_assert_uint_eq(wcstoull(L"+", &end, 0), 0);
	ck_assert_int_eq(wcstoimax(L"-", &end, 10), 0);
	ck_assert_uint_eq(wcstoumax(L"x", &end, 16), 0);
	ck_assert_int_eq(errno, 77);
	ck_assert_int_eq(wcstol(L" 42z", &end, 10), 42);
	ck_assert(*end == L'z');
	end = sentinel;
	ck_assert_int_eq(wcstol(L"1", &end, 1), 0);
	ck_assert_int_eq(errno, EINVAL);
	if (!ASAN)
		ck_assert_ptr_eq(end, sentinel);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("integer conversions");
	TCase *tc = tcase_create("integers");

	tcase_add_test(tc, no_number_keeps_errno);
	tcase_add_test(tc, systemd_fraction);
	tcase_add_test(tc, prefix_without_digits);
	tcase_add_test(tc, bad_base);
	tcase_add_test(tc, ranges);
	tcase_add_test(tc, wide);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
