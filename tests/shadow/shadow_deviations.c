/*
 * Deliberate deviations from glibc 2.36 in the shadow module. musl only:
 * each case says what glibc does instead.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <shadow.h>
#include <stdio.h>
#include "lwbtest.h"

/* A number past strtoul's range: sgetspent_r says ERANGE at any buffer
 * size (as glibc's does), and sgetspent gives up with NULL and ERANGE.
 * glibc's sgetspent retries for ever. */
START_TEST(sgetspent_number_out_of_range)
{
	errno = 0;
	ck_assert_ptr_null(sgetspent("x:y:99999999999999999999:2:3:4:5:6:7"));
	ck_assert_int_eq(errno, ERANGE);
	ck_assert_ptr_nonnull(sgetspent("x:y:1:2:3:4:5:6:7"));
}
END_TEST

/* glibc's putspent dereferences a NULL record or stream (SIGSEGV); its
 * putpwent and putgrent say EINVAL, and so does this one. */
START_TEST(putspent_null_arguments)
{
	struct spwd sp = {"n", "p", 1, 2, 3, 4, 5, 6, 7};

	errno = 0;
	ck_assert_int_eq(putspent(NULL, stdout), -1);
	ck_assert_int_eq(errno, EINVAL);
	errno = 0;
	ck_assert_int_eq(putspent(&sp, NULL), -1);
	ck_assert_int_eq(errno, EINVAL);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("shadow deviations");
	TCase *tc = tcase_create("deviations");

	tcase_add_test(tc, sgetspent_number_out_of_range);
	tcase_add_test(tc, putspent_null_arguments);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
