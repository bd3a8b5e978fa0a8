/* The stdio module has no headers: every caller gets the wrapped output
 * functions through the link alone. This unit is strict C11 with no
 * feature macro. */
#include <errno.h>
#include <stdio.h>
#include "lwbtest.h"

START_TEST(strict_c_caller)
{
	FILE *f = fopen("/dev/null", "r");

	ck_assert_ptr_nonnull(f);
	errno = 0;
	ck_assert_int_eq(fputs("x", f), EOF);
	ck_assert_int_eq(errno, EBADF);
	fclose(f);
	f = fopen("/dev/null", "w");
	ck_assert_int_eq(fputs("x", f), 1);
	fclose(f);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("stdio without feature macros");
	TCase *tc = tcase_create("nomask");

	tcase_add_test(tc, strict_c_caller);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
