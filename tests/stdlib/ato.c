/* atoi, atol and atoll are strtol/strtoll(s, NULL, 10) on glibc: beyond
 * the range they saturate with ERANGE (atoi keeps strtol's low bits);
 * musl's wrap around. Within it they agree, leading space and sign
 * included. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "lwbtest.h"

/* errno is read after calls through these: clang (LLVM) takes atoi, atol
 * and atoll to write no memory, so a direct call's errno may be read from
 * before it. */
static int (*volatile call_atoi)(const char *) = atoi;
static long (*volatile call_atol)(const char *) = atol;
static long long (*volatile call_atoll)(const char *) = atoll;

START_TEST(in_range)
{
	errno = 0;
	ck_assert_int_eq(call_atoi(" \t-42abc"), -42);
	ck_assert_int_eq(call_atoi("+7"), 7);
	ck_assert_int_eq(call_atoi(""), 0);
	ck_assert_int_eq(call_atoi("-"), 0);
	ck_assert_int_eq(call_atoi("0x10"), 0);
	ck_assert_int_eq(call_atoi("2147483647"), INT_MAX);
	ck_assert_int_eq(call_atoi("-2147483648"), INT_MIN);
	ck_assert_int_eq(call_atol("-9223372036854775808"), LONG_MIN);
	ck_assert_int_eq(call_atoll("9223372036854775807"), LLONG_MAX);
	ck_assert_int_eq(errno, 0);
}
END_TEST

START_TEST(out_of_range)
{
	errno = 0;
	ck_assert_int_eq(call_atoll("99999999999999999999"), LLONG_MAX);
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	ck_assert_int_eq(call_atoll("-9223372036854775809"), LLONG_MIN);
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	ck_assert_int_eq(call_atol("99999999999999999999"), LONG_MAX);
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	/* (int)LONG_MAX */
	ck_assert_int_eq(call_atoi("99999999999999999999"), -1);
	ck_assert_int_eq(errno, ERANGE);
	errno = 0;
	/* Beyond int but within long: strtol's value, truncated, no error. */
	ck_assert_int_eq(call_atoi("4294967297"), 1);
	ck_assert_int_eq(errno, 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("atoi atol atoll");
	TCase *tc = tcase_create("ato");

	tcase_add_test(tc, in_range);
	tcase_add_test(tc, out_of_range);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
