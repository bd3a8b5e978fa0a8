/* The floating conversions' errno, as glibc: no number leaves errno alone
 * (musl: EINVAL, also for atof); a finite number that rounds to infinity
 * is ERANGE (musl: 0); "-nan" is a negative NaN (musl: positive). */
#define _GNU_SOURCE
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <wchar.h>
#include "lwbtest.h"

static const char *const no_number[] = { "", ".", "-.", "+.e5", ".e1", " ", "e5", "x", "-", "in", "na" };

START_TEST(no_number_keeps_errno)
{
	for (size_t i = 0; i < sizeof no_number / sizeof no_number[0]; i++) {
		const char *s = no_number[i];
		char *end = 0;

		errno = 77;
		ck_assert(strtod(s, &end) == 0);
		ck_assert_ptr_eq(end, s);
		ck_assert(strtof(s, &end) == 0);
		ck_assert(strtold(s, &end) == 0);
		ck_assert(atof(s) == 0);
		ck_assert_ptr_eq(end, s);
		ck_assert_int_eq(errno, 77);
	}
	errno = 77;
	ck_assert(wcstod(L".", 0) == 0);
	ck_assert(wcstof(L"", 0) == 0);
	ck_assert(wcstold(L"-", 0) == 0);
	ck_assert_int_eq(errno, 77);
}
END_TEST

START_TEST(partial_numbers)
{
	char *end;

	errno = 0;
	ck_assert(strtod("1e", &end) == 1);
	ck_assert_str_eq(end, "e");
	ck_assert(strtod("1e+", &end) == 1);
	ck_assert_str_eq(end, "e+");
	ck_assert(strtod("0x", &end) == 0);
	ck_assert_str_eq(end, "x");
	ck_assert(strtod("0x1p", &end) == 1);
	ck_assert_str_eq(end, "p");
	ck_assert(strtod("1,5", &end) == 1);
	ck_assert_int_eq(errno, 0);
}
END_TEST

START_TEST(overflow_by_rounding)
{
	char *end;

	errno = 0;
	ck_assert(isinf(strtod("0x1.fffffffffffff8p1023", &end)));
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	ck_assert(isinf(strtod("-0x1.fffffffffffff8p1023", &end)));
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	ck_assert(isinf(strtof("0x1.ffffffp127", &end)));
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	ck_assert(isinf(wcstod(L"0x1.fffffffffffff8p1023", 0)));
	ck_assert_int_eq(errno, ERANGE);
	/* Just below still fits. */
	errno = 0;
	ck_assert(strtod("0x1.fffffffffffff7p1023", &end) == DBL_MAX);
	ck_assert(strtod("1.7976931348623158e308", &end) == DBL_MAX);
	ck_assert_int_eq(errno, 0);
	/* Plain overflow, on both. */
	ck_assert(isinf(strtod("1e400", &end)));
	ck_assert_int_eq(errno, ERANGE);
	/* Infinity itself is no error. */
	errno = 0;
	ck_assert(isinf(strtod("inf", &end)));
	ck_assert(isinf(strtod("-Infinity", &end)));
	ck_assert(isinf(strtof("INF", &end)));
	ck_assert(isinf(wcstod(L"infinity", 0)));
	ck_assert_int_eq(errno, 0);
}
END_TEST

START_TEST(underflow_to_zero)
{
	char *end;

	errno = 0;
	ck_assert(strtod("1e-400", &end) == 0);
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	ck_assert(strtod("0x1p-1075", &end) == 0);
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	ck_assert(strtod("0e-400", &end) == 0);
	ck_assert(strtod("0x1p-1074", &end) == 0x1p-1074);
	ck_assert_int_eq(errno, 0);
}
END_TEST

START_TEST(negative_nan)
{
	char *end;
	double d;

	errno = 0;
	d = strtod("-nan", &end);
	ck_assert(isnan(d) && signbit(d));
	ck_assert_str_eq(end, "");
	d = strtod(" \t-NaN(12)x", &end);
	ck_assert(isnan(d) && signbit(d));
	ck_assert_str_eq(end, "x");
	ck_assert(isnan(strtof("-nan", 0)) && signbit(strtof("-nan", 0)));
	ck_assert(isnan(strtold("-nan", 0)) && signbit(strtold("-nan", 0)));
	ck_assert(signbit(wcstod(L" -nan", 0)));
	ck_assert(signbit(wcstof(L"-NAN", 0)));
	ck_assert(signbit(wcstold(L"-nan()", 0)));
	ck_assert(signbit(atof("-nan")));
	/* Positive stays positive. */
	ck_assert(isnan(strtod("nan", 0)) && !signbit(strtod("nan", 0)));
	ck_assert(!signbit(strtod("+nan", 0)));
	ck_assert(!signbit(strtof(" nan", 0)));
	ck_assert(!signbit(wcstold(L"nan", 0)));
	/* A minus sign before something that is not a NaN changes nothing. */
	ck_assert(strtod("-n", &end) == 0 && !signbit(strtod("-n", 0)));
	ck_assert_int_eq(errno, 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("floating conversions");
	TCase *tc = tcase_create("floats");

	tcase_add_test(tc, no_number_keeps_errno);
	tcase_add_test(tc, partial_numbers);
	tcase_add_test(tc, overflow_by_rounding);
	tcase_add_test(tc, underflow_to_zero);
	tcase_add_test(tc, negative_nan);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
