/* musl's BSD optreset, kept: glibc has no such variable, so this runs on
 * musl only. Setting it restarts the scan at argv[1] as musl's own getopt
 * does, forgetting a cluster left half-read (glibc's optind = 0). */
#include <getopt.h>
#include <stdio.h>
#include "lwbtest.h"

#ifdef __GLIBC__
/* The sanitizer configuration runs the suite on glibc. */
int main(void)
{
	puts("glibc has no optreset");
	return 77;
}
#else

START_TEST(optreset_restarts)
{
	char *argv[] = { "prog", "-ab", "x", "-c", 0 };

	optind = 0;
	ck_assert_int_eq(getopt(4, argv, "abc"), 'a');
	optreset = 1;
	optind = 1;
	ck_assert_int_eq(getopt(4, argv, "abc"), 'a');
	ck_assert_int_eq(optreset, 0);
	ck_assert_int_eq(getopt(4, argv, "abc"), 'b');
	/* Alone, without optind = 1, as musl allows. */
	optreset = 1;
	ck_assert_int_eq(getopt(4, argv, "abc"), 'a');
	ck_assert_int_eq(getopt(4, argv, "abc"), 'b');
	ck_assert_int_eq(getopt(4, argv, "abc"), 'c');
	ck_assert_int_eq(getopt(4, argv, "abc"), -1);
	ck_assert_int_eq(optind, 3);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("getopt optreset");
	TCase *tc = tcase_create("optreset");

	tcase_add_test(tc, optreset_restarts);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
#endif
