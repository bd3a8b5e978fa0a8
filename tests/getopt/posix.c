/* glibc binds getopt to a POSIX version, which stops at the first
 * operand, for a translation unit that explicitly asked for POSIX and not
 * GNU and had not included <getopt.h> before <unistd.h>. This file is such
 * a unit; posix_units.c holds the others, so one program has both. */
#define _POSIX_C_SOURCE 200809L
#include <unistd.h>
#include "lwbtest.h"

int call_gnu_source(int argc, char **argv, const char *optstring);
int call_getopt_h_first(int argc, char **argv, const char *optstring);
int call_unistd_h_first(int argc, char **argv, const char *optstring);

static char *argv[] = { "prog", "x", "-a", 0 };

START_TEST(strict_posix_unit_stops_at_the_first_operand)
{
	optind = 0;
	ck_assert_int_eq(getopt(3, argv, "a"), -1);
	ck_assert_int_eq(optind, 1);
}
END_TEST

START_TEST(gnu_unit_permutes)
{
	optind = 0;
	ck_assert_int_eq(call_gnu_source(3, argv, "a"), 'a');
	ck_assert_int_eq(call_gnu_source(3, argv, "a"), -1);
	ck_assert_int_eq(optind, 2);
}
END_TEST

START_TEST(getopt_h_first_permutes)
{
	optind = 0;
	ck_assert_int_eq(call_getopt_h_first(3, argv, "a"), 'a');
}
END_TEST

START_TEST(getopt_h_after_unistd_h_stays_posix)
{
	optind = 0;
	ck_assert_int_eq(call_unistd_h_first(3, argv, "a"), -1);
	ck_assert_int_eq(optind, 1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("getopt for strict POSIX callers");
	TCase *tc = tcase_create("posix");

	tcase_add_test(tc, strict_posix_unit_stops_at_the_first_operand);
	tcase_add_test(tc, gnu_unit_permutes);
	tcase_add_test(tc, getopt_h_first_permutes);
	tcase_add_test(tc, getopt_h_after_unistd_h_stays_posix);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
