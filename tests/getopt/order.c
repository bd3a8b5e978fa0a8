/* GNU getopt's handling of non-options: permutation (the default), '+',
 * POSIXLY_CORRECT, '-' (non-options returned in order), "--", and when a
 * scan is started again (optind = 0 reinitialises, optind = 1 does not). */
#define _GNU_SOURCE
#include <stdlib.h>
#include <unistd.h>
#include "lwbtest.h"
#include "scantest.h"

static const struct option longopts[] = {
	{"all", no_argument, 0, 'A'},
	{"size", required_argument, 0, 'S'},
	{0, 0, 0, 0},
};

START_TEST(permutes_by_default)
{
	/* musl stops at "x" with optind 1. */
	ck_assert_str_eq(scan(SCAN_GETOPT, "ab:c::", 0,
			ARGS("x", "-a", "y", "-b", "B", "-cfoo", "-c", "z")),
		"a@3 b=B@6 c=foo@7 c@8 -1@6 | -a -b B -cfoo -c x y z");
	ck_assert_str_eq(scan(SCAN_GETOPT, "ab", 0,
			ARGS("-a", "x", "y", "-b", "z", "-ab", "--", "-a")),
		"a@2 b@5 a@6 b@7 -1@5 | -a -b -ab -- x y z -a");
	ck_assert_str_eq(scan(SCAN_LONG, "a", longopts,
			ARGS("in", "--size", "3", "out", "--all", "-a")),
		"S=3#1@4 A#0@6 a@7 -1@5 | --size 3 --all -a in out");
}
END_TEST

START_TEST(operands_only)
{
	ck_assert_str_eq(scan(SCAN_GETOPT, "a", 0, ARGS("a", "b", "c")), "-1@1 | a b c");
	ck_assert_str_eq(scan(SCAN_GETOPT, "a", 0, NOARGS), "-1@1 |");
	/* A lone "-" is an operand. */
	ck_assert_str_eq(scan(SCAN_GETOPT, "ab", 0, ARGS("-", "-a", "-", "-b")),
		"a@3 b@5 -1@3 | -a -b - -");
}
END_TEST

START_TEST(double_dash)
{
	/* "--" ends the options and the operands skipped before it move after
	 * it; optind points at the first operand. */
	ck_assert_str_eq(scan(SCAN_GETOPT, "ab", 0, ARGS("x", "-a", "--", "-b", "y")),
		"a@3 -1@3 | -a -- x -b y");
	ck_assert_str_eq(scan(SCAN_GETOPT, "a", 0, ARGS("--")), "-1@2 | --");
	ck_assert_str_eq(scan(SCAN_GETOPT, "a", 0, ARGS("x", "--")), "-1@2 | -- x");
	ck_assert_str_eq(scan(SCAN_GETOPT, "a", 0, ARGS("x", "--", "-a")), "-1@2 | -- x -a");
	ck_assert_str_eq(scan(SCAN_LONG, "", longopts, ARGS("--", "--all")), "-1@2 | -- --all");
}
END_TEST

START_TEST(plus_stops_at_first_operand)
{
	ck_assert_str_eq(scan(SCAN_GETOPT, "+ab", 0, ARGS("-a", "x", "-b")), "a@2 -1@2 | -a x -b");
	ck_assert_str_eq(scan(SCAN_LONG, "+", longopts, ARGS("--all", "x", "--size=1")),
		"A#0@2 -1@2 | --all x --size=1");
}
END_TEST

START_TEST(posixly_correct)
{
	ck_assert_int_eq(setenv("POSIXLY_CORRECT", "1", 1), 0);
	ck_assert_str_eq(scan(SCAN_GETOPT, "ab", 0, ARGS("-a", "x", "-b")), "a@2 -1@2 | -a x -b");
	/* musl's getopt_long permutes regardless. */
	ck_assert_str_eq(scan(SCAN_LONG, "a", longopts, ARGS("--all", "x", "--size=1")),
		"A#0@2 -1@2 | --all x --size=1");
	ck_assert_str_eq(scan(SCAN_LONG_ONLY, "a", longopts, ARGS("-all", "x", "-a")),
		"A#0@2 -1@2 | -all x -a");
	/* '-' still returns operands in order. */
	ck_assert_str_eq(scan(SCAN_GETOPT, "-a", 0, ARGS("-x", "x", "-a")),
		"?!x@2 1=x@3 a@4 -1@4 | -x x -a");
	/* Set, even to nothing, is set. */
	ck_assert_int_eq(setenv("POSIXLY_CORRECT", "", 1), 0);
	ck_assert_str_eq(scan(SCAN_GETOPT, "a", 0, ARGS("y", "-a")), "-1@1 | y -a");
}
END_TEST

START_TEST(minus_returns_operands_in_order)
{
	/* musl leaves optarg pointing at the last operand for 'a'. */
	ck_assert_str_eq(scan(SCAN_GETOPT, "-ab", 0, ARGS("-a", "x", "-b", "--", "y", "-a")),
		"a@2 1=x@3 b@4 -1@5 | -a x -b -- y -a");
	ck_assert_str_eq(scan(SCAN_LONG, "-", longopts, ARGS("x", "--all", "y")),
		"1=x@2 A#0@3 1=y@4 -1@4 | x --all y");
}
END_TEST

START_TEST(optind_zero_reinitialises)
{
	/* The first scan fixes the ordering; only optind = 0 chooses again
	 * (and reads POSIXLY_CORRECT again). */
	ck_assert_str_eq(scan(SCAN_GETOPT, "+a", 0, ARGS("x", "-a")), "-1@1 | x -a");
	optind = 1;
	ck_assert_str_eq(scan_more(SCAN_GETOPT, "a", 0), "-1@1 | x -a");
	optind = 0;
	ck_assert_str_eq(scan_more(SCAN_GETOPT, "a", 0), "a@3 -1@2 | -a x");

	ck_assert_str_eq(scan(SCAN_GETOPT, "a", 0, ARGS("x", "-a")), "a@3 -1@2 | -a x");
	ck_assert_int_eq(setenv("POSIXLY_CORRECT", "1", 1), 0);
	ck_assert_str_eq(scan(SCAN_GETOPT, "a", 0, ARGS("y", "-a")), "-1@1 | y -a");
	ck_assert_int_eq(unsetenv("POSIXLY_CORRECT"), 0);
	optind = 1;
	ck_assert_str_eq(scan_more(SCAN_GETOPT, "a", 0), "-1@1 | y -a");
	optind = 0;
	ck_assert_str_eq(scan_more(SCAN_GETOPT, "a", 0), "a@3 -1@2 | -a y");
}
END_TEST

START_TEST(optind_one_rescans)
{
	/* The common idiom for a second scan of a new vector. */
	ck_assert_str_eq(scan(SCAN_GETOPT, "ab", 0, ARGS("x", "-a", "y", "-b")),
		"a@3 b@5 -1@3 | -a -b x y");
	optind = 1;
	ck_assert_str_eq(scan_more(SCAN_GETOPT, "ab", 0), "a@2 b@3 -1@3 | -a -b x y");
}
END_TEST

START_TEST(optind_one_keeps_a_pending_cluster)
{
	/* Abandoning a scan inside "-abc": optind = 1 does not forget the
	 * rest of the cluster, optind = 0 does. */
	char *argv[] = { "prog", "-abc", "-d", 0 };

	optind = 0;
	ck_assert_int_eq(getopt(3, argv, "abcd"), 'a');
	ck_assert_int_eq(optind, 1);
	optind = 1;
	ck_assert_int_eq(getopt(3, argv, "abcd"), 'b');
	ck_assert_int_eq(getopt(3, argv, "abcd"), 'c');
	ck_assert_int_eq(optind, 2);
	optind = 0;
	ck_assert_int_eq(getopt(3, argv, "abcd"), 'a');
	optind = 0;
	ck_assert_int_eq(getopt(3, argv, "abcd"), 'a');
	ck_assert_int_eq(getopt(3, argv, "abcd"), 'b');
}
END_TEST

START_TEST(journalctl_lines_all)
{
	/* systemd's journalctl takes "-n" with an optional argument and, when
	 * none is attached, consumes the next word itself by advancing optind.
	 * That needs optind to point just past "-n" with the operand "_PID=1"
	 * already moved out of the way: musl took "_PID=1" as the line count
	 * and left "all" as the match. */
	static const struct option journal_opts[] = {
		{"lines", optional_argument, 0, 'n'},
		{"follow", no_argument, 0, 'f'},
		{0, 0, 0, 0},
	};
	char *argv[] = { "journalctl", "_PID=1", "-n", "all", "--follow", 0 };
	const char *lines = 0;
	int argc = 5, c, follow = 0;

	optind = 0;
	while ((c = getopt_long(argc, argv, "hn::f", journal_opts, 0)) != -1) {
		switch (c) {
		case 'n':
			ck_assert_ptr_null(optarg);
			ck_assert_int_eq(optind, 3);
			if (optind < argc && argv[optind][0] != '-')
				lines = argv[optind++];
			break;
		case 'f':
			follow = 1;
			ck_assert_int_eq(optind, 5);
			break;
		default:
			ck_abort_msg("unexpected option %d", c);
		}
	}
	ck_assert_str_eq(lines, "all");
	ck_assert_int_eq(follow, 1);
	ck_assert_int_eq(optind, 4);
	ck_assert_int_eq(argc - optind, 1);
	ck_assert_str_eq(argv[optind], "_PID=1");
	ck_assert_str_eq(argv[1], "-n");
	ck_assert_str_eq(argv[2], "all");
	ck_assert_str_eq(argv[3], "--follow");
}
END_TEST

START_TEST(argc_zero)
{
	char *argv[] = { 0 };

	optind = 0;
	ck_assert_int_eq(getopt(0, argv, "a"), -1);
	ck_assert_int_eq(getopt_long(0, argv, "a", longopts, 0), -1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("getopt ordering");
	TCase *tc = tcase_create("order");

	tcase_add_test(tc, permutes_by_default);
	tcase_add_test(tc, operands_only);
	tcase_add_test(tc, double_dash);
	tcase_add_test(tc, plus_stops_at_first_operand);
	tcase_add_test(tc, posixly_correct);
	tcase_add_test(tc, minus_returns_operands_in_order);
	tcase_add_test(tc, optind_zero_reinitialises);
	tcase_add_test(tc, optind_one_rescans);
	tcase_add_test(tc, optind_one_keeps_a_pending_cluster);
	tcase_add_test(tc, journalctl_lines_all);
	tcase_add_test(tc, argc_zero);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
