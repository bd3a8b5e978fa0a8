/* GNU getopt's short options: clusters, required and optional arguments,
 * "W;" without long options, the ':' prefix, opterr, glibc's diagnostics,
 * and what optarg and optopt hold after each call. */
#define _GNU_SOURCE
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"
#include "scantest.h"

START_TEST(clusters_and_arguments)
{
	ck_assert_str_eq(scan(SCAN_GETOPT, "ab:c::", 0,
			ARGS("-abB", "-ab", "B", "-c", "x", "-cx")),
		"a@1 b=B@2 a@2 b=B@4 c@5 c=x@7 -1@6 | -abB -ab B -c -cx x");
	/* A required argument is taken even when it looks like an option. */
	ck_assert_str_eq(scan(SCAN_GETOPT, "ab:", 0, ARGS("-b", "-a", "-b--")),
		"b=-a@3 b=--@4 -1@4 | -b -a -b--");
	ck_assert_str_eq(scan(SCAN_GETOPT, "b:", 0, ARGS("-b", "--")), "b=--@3 -1@3 | -b --");
	ck_assert_str_eq(scan_err, "");
}
END_TEST

START_TEST(invalid_option)
{
	ck_assert_str_eq(scan(SCAN_GETOPT, "ab:", 0, ARGS("-x", "-a", "-b")),
		"?!x@2 a@3 ?!b@4 -1@4 | -x -a -b");
	ck_assert_str_eq(scan_err,
		"prog: invalid option -- 'x'\n"
		"prog: option requires an argument -- 'b'\n");
	/* ':' and ';' are never options. */
	ck_assert_str_eq(scan(SCAN_GETOPT, "a:;:", 0, ARGS("-:", "-;", "-a")),
		"?!:@2 ?!;@3 ?!a@4 -1@4 | -: -; -a");
	ck_assert_str_eq(scan_err,
		"prog: invalid option -- ':'\n"
		"prog: invalid option -- ';'\n"
		"prog: option requires an argument -- 'a'\n");
	ck_assert_str_eq(scan(SCAN_GETOPT, "", 0, ARGS("-a")), "?!a@2 -1@2 | -a");
	ck_assert_str_eq(scan_err, "prog: invalid option -- 'a'\n");
}
END_TEST

START_TEST(program_name_as_given)
{
	ck_assert_str_eq(scan_prog(SCAN_GETOPT, "/usr/bin/tool", "b:", 0, ARGS("-q", "-b")),
		"?!q@2 ?!b@3 -1@3 | -q -b");
	ck_assert_str_eq(scan_err,
		"/usr/bin/tool: invalid option -- 'q'\n"
		"/usr/bin/tool: option requires an argument -- 'b'\n");
}
END_TEST

START_TEST(colon_prefix)
{
	/* No messages, and ':' for a missing argument. */
	ck_assert_str_eq(scan(SCAN_GETOPT, ":ab:", 0, ARGS("-x", "-a", "-b")),
		"?!x@2 a@3 :!b@4 -1@4 | -x -a -b");
	ck_assert_str_eq(scan_err, "");
	/* After '+' or '-'. */
	ck_assert_str_eq(scan(SCAN_GETOPT, "+:ab:", 0, ARGS("-b")), ":!b@2 -1@2 | -b");
	ck_assert_str_eq(scan(SCAN_GETOPT, "-:ab:", 0, ARGS("-b")), ":!b@2 -1@2 | -b");
	/* Before them, '+' is an option character. */
	ck_assert_str_eq(scan(SCAN_GETOPT, ":+ab:", 0, ARGS("-b", "-+", "-+")),
		"b=-+@3 +@4 -1@4 | -b -+ -+");
	ck_assert_str_eq(scan_err, "");
}
END_TEST

START_TEST(opterr_zero)
{
	opterr = 0;
	ck_assert_str_eq(scan(SCAN_GETOPT, "ab:", 0, ARGS("-x", "-b")), "?!x@2 ?!b@3 -1@3 | -x -b");
	ck_assert_str_eq(scan_err, "");
	opterr = 1;
}
END_TEST

START_TEST(w_semicolon_without_long_options)
{
	/* With plain getopt, "W;" is just an option W without an argument. */
	ck_assert_str_eq(scan(SCAN_GETOPT, "aW;", 0, ARGS("-W", "x", "-a", "-Wa")),
		"W@2 a@4 W@4 a@5 -1@4 | -W -a -Wa x");
}
END_TEST

START_TEST(optarg_is_cleared_every_call)
{
	char *argv[] = { "prog", "-b", "B", "-a", "x", 0 };

	optind = 0;
	ck_assert_int_eq(getopt(5, argv, "ab:"), 'b');
	ck_assert_str_eq(optarg, "B");
	optarg = "stale";
	ck_assert_int_eq(getopt(5, argv, "ab:"), 'a');
	ck_assert_ptr_null(optarg);
	optarg = "stale";
	ck_assert_int_eq(getopt(5, argv, "ab:"), -1);
	ck_assert_ptr_null(optarg);
}
END_TEST

START_TEST(optopt_is_kept_and_rewritten)
{
	/* glibc keeps its own optopt and stores it at every call: a
	 * successful call after an error still shows the error's character,
	 * and a value the caller stored is overwritten. */
	char *argv[] = { "prog", "-x", "-a", "-b", 0 };

	opterr = 0;
	optind = 0;
	ck_assert_int_eq(getopt(4, argv, "ab"), '?');
	ck_assert_int_eq(optopt, 'x');
	optopt = 'Q';
	ck_assert_int_eq(getopt(4, argv, "ab"), 'a');
	ck_assert_int_eq(optopt, 'x');
	optopt = 'Q';
	ck_assert_int_eq(getopt(4, argv, "ab"), 'b');
	ck_assert_int_eq(optopt, 'x');
	ck_assert_int_eq(getopt(4, argv, "ab"), -1);
	ck_assert_int_eq(optopt, 'x');
	/* A new scan does not clear it either. */
	optind = 0;
	ck_assert_int_eq(getopt(4, argv, "xab"), 'x');
	ck_assert_int_eq(optopt, 'x');
}
END_TEST

START_TEST(missing_argument_at_the_end)
{
	/* musl sets optind past argc here. */
	char *argv[] = { "prog", "-b", 0 };

	opterr = 0;
	optind = 0;
	ck_assert_int_eq(getopt(2, argv, "b:"), '?');
	ck_assert_int_eq(optind, 2);
	ck_assert_int_eq(getopt(2, argv, "b:"), -1);
	ck_assert_int_eq(optind, 2);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("getopt short options");
	TCase *tc = tcase_create("short");

	tcase_add_test(tc, clusters_and_arguments);
	tcase_add_test(tc, invalid_option);
	tcase_add_test(tc, program_name_as_given);
	tcase_add_test(tc, colon_prefix);
	tcase_add_test(tc, opterr_zero);
	tcase_add_test(tc, w_semicolon_without_long_options);
	tcase_add_test(tc, optarg_is_cleared_every_call);
	tcase_add_test(tc, optopt_is_kept_and_rewritten);
	tcase_add_test(tc, missing_argument_at_the_end);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
