/* Where musl+libwildebeest's default thread stack cannot be glibc's: musl's
 * pthread_setattr_default_np only ever raises the default (from 128 KiB)
 * and caps it at 8 MiB, and never lowers the guard (8 KiB). musl only. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include "lwbtest.h"
#include "stacktest.h"

START_TEST(limit_above_8mib_is_capped)
{
	/* glibc: 16 MiB */
	ck_assert_uint_eq(stack_under_limit(16 * MiB), 8 * MiB);
}
END_TEST

START_TEST(limit_below_128kib_keeps_musl_default)
{
	/* glibc: 64 KiB */
	ck_assert_uint_eq(stack_under_limit(64 * KiB), 128 * KiB);
}
END_TEST

START_TEST(guard_is_musl_s)
{
	pthread_attr_t attr;
	size_t guard = 0;

	/* glibc: 4096, one page */
	ck_assert_int_eq(pthread_attr_init(&attr), 0);
	ck_assert_int_eq(pthread_attr_getguardsize(&attr, &guard), 0);
	pthread_attr_destroy(&attr);
	ck_assert_uint_eq(guard, 8192);
}
END_TEST

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--report") == 0)
		return stack_report();
#ifdef __GLIBC__
	puts("musl's pthread_setattr_default_np limits: nothing to test on glibc");
	return 77;
#endif

	Suite *s = suite_create("thread stack deviations");
	TCase *tc = tcase_create("musl");

	tcase_add_test(tc, limit_above_8mib_is_capped);
	tcase_add_test(tc, limit_below_128kib_keeps_musl_default);
	tcase_add_test(tc, guard_is_musl_s);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
