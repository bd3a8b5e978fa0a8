/* A caller built without libwildebeest's headers still gets GNU getopt:
 * the link routes every call through -Wl,--wrap. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include "lwbtest.h"

START_TEST(permutes_without_the_header)
{
	char *argv[] = { "prog", "x", "-a", "y", "--size", "3", 0 };
	static const struct option longopts[] = {
		{"size", required_argument, 0, 'S'},
		{0, 0, 0, 0},
	};

	optind = 0;
	ck_assert_int_eq(getopt(6, argv, "a"), 'a');
	ck_assert_int_eq(optind, 3);
	ck_assert_int_eq(getopt_long(6, argv, "a", longopts, 0), 'S');
	ck_assert_str_eq(optarg, "3");
	ck_assert_int_eq(getopt_long_only(6, argv, "a", longopts, 0), -1);
	ck_assert_int_eq(optind, 4);
	ck_assert_str_eq(argv[4], "x");
	ck_assert_str_eq(argv[5], "y");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("getopt without the header");
	TCase *tc = tcase_create("nomask");

	tcase_add_test(tc, permutes_without_the_header);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
