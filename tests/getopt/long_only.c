/* getopt_long_only: "-name" is a long option first, a cluster of short
 * options when no long option matches and its first character is one. */
#define _GNU_SOURCE
#include "lwbtest.h"
#include "scantest.h"

static int flag;
static const struct option longopts[] = {
	{"foo", no_argument, 0, 'f'},
	{"foobar", required_argument, 0, 'F'},
	{"fox", optional_argument, 0, 'x'},
	{"bar", no_argument, 0, 'b'},
	{"baz", required_argument, 0, 'z'},
	{"verbose", no_argument, &flag, 7},
	{"verb", no_argument, 0, 'V'},
	{"color", no_argument, 0, 'c'},
	{"colour", no_argument, 0, 'c'},
	{0, 0, 0, 0},
};

START_TEST(long_first)
{
	ck_assert_str_eq(scan(SCAN_LONG_ONLY, "ab:c::W;f", longopts,
			ARGS("-fo", "-foo", "-f", "-a", "-ab", "-b", "x", "-bar", "-x", "-xyz",
				"-nope=3", "-ver", "-verb=1", "--fo", "-c", "-cfoo", "-z", "-col")),
		"?!0@2 f#0@3 f@4 a@5 a@5 b=-b@7 b#3@9 ?!0@10 ?!0@11 ?!0@12 ?!0@13 ?!V@14 ?!0@15 "
		"c@16 c=foo@17 ?!0@18 ?!0@19 -1@18 | -fo -foo -f -a -ab -b -bar -x -xyz -nope=3 "
		"-ver -verb=1 --fo -c -cfoo -z -col x");
	ck_assert_str_eq(scan_err,
		"prog: option '-fo' is ambiguous; possibilities: '-foo' '-foobar' '-fox'\n"
		"prog: unrecognized option '-x'\n"
		"prog: unrecognized option '-xyz'\n"
		"prog: unrecognized option '-nope=3'\n"
		"prog: option '-ver' is ambiguous; possibilities: '-verbose' '-verb'\n"
		"prog: option '-verb' doesn't allow an argument\n"
		"prog: option '--fo' is ambiguous; possibilities: '--foo' '--foobar' '--fox'\n"
		"prog: unrecognized option '-z'\n"
		"prog: option '-col' is ambiguous; possibilities: '-color' '-colour'\n");
}
END_TEST

START_TEST(every_abbreviation_is_ambiguous)
{
	/* Unlike getopt_long, two matches are ambiguous even when they mean
	 * the same, with one dash or two; but not after -W. */
	ck_assert_str_eq(scan(SCAN_LONG_ONLY, "b:W;", longopts,
			ARGS("-bfo", "--col", "-W", "col", "-Wfo", "-W", "nope", "-W", "baz", "-Wbar=1", "-W")),
		"b=fo@2 ?!0@3 c#7@5 ?!0@6 ?!0@8 z=-Wbar=1#4@11 ?!W@12 -1@12 | "
		"-bfo --col -W col -Wfo -W nope -W baz -Wbar=1 -W");
	ck_assert_str_eq(scan_err,
		"prog: option '--col' is ambiguous; possibilities: '--color' '--colour'\n"
		"prog: option '-W fo' is ambiguous; possibilities: '-W foo' '-W foobar' '-W fox'\n"
		"prog: unrecognized option '-W nope'\n"
		"prog: option requires an argument -- 'W'\n");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("getopt_long_only");
	TCase *tc = tcase_create("long_only");

	tcase_add_test(tc, long_first);
	tcase_add_test(tc, every_abbreviation_is_ambiguous);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
