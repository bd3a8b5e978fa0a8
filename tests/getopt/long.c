/* getopt_long: exact names, abbreviations, glibc's rules for when an
 * abbreviation is ambiguous and how the possibilities are listed, '='
 * arguments, flags, the long index, "W;", and glibc's diagnostics. */
#define _GNU_SOURCE
#include <string.h>
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

START_TEST(names_and_abbreviations)
{
	ck_assert_str_eq(scan(SCAN_LONG, "ab:c::W;", longopts,
			ARGS("--fo", "x", "--foo", "--fooba=1", "y", "--fooba", "--b", "-W", "foo",
				"-Wfoo=2", "--ver", "--verb", "--nope=3", "--", "-a")),
		"?!0@2 f#0@4 F=1#1@5 F=--b#1@8 f#0@10 ?!f@11 ?!0@12 V#6@13 ?!0@14 -1@13 | "
		"--fo --foo --fooba=1 --fooba --b -W foo -Wfoo=2 --ver --verb --nope=3 -- x y -a");
	ck_assert_str_eq(scan_err,
		"prog: option '--fo' is ambiguous; possibilities: '--foo' '--foobar' '--fox'\n"
		"prog: option '-W foo' doesn't allow an argument\n"
		"prog: option '--ver' is ambiguous; possibilities: '--verbose' '--verb'\n"
		"prog: unrecognized option '--nope=3'\n");
}
END_TEST

START_TEST(arguments)
{
	flag = 0;
	ck_assert_str_eq(scan(SCAN_LONG, "", longopts,
			ARGS("--verbose", "--fox", "1", "--fox=", "--fox=2", "--baz", "q", "--baz=", "--baz")),
		"0#5@2 x#2@3 x=#2@5 x=2#2@6 z=q#4@8 z=#4@9 ?!z@10 -1@9 | "
		"--verbose --fox --fox= --fox=2 --baz q --baz= --baz 1");
	ck_assert_int_eq(flag, 7);
	ck_assert_str_eq(scan_err, "prog: option '--baz' requires an argument\n");
	ck_assert_str_eq(scan(SCAN_LONG, "", longopts, ARGS("--foobar=a=b", "--bar=")),
		"F=a=b#1@2 ?!b@3 -1@3 | --foobar=a=b --bar=");
	ck_assert_str_eq(scan_err, "prog: option '--bar' doesn't allow an argument\n");
}
END_TEST

START_TEST(colon_prefix)
{
	ck_assert_str_eq(scan(SCAN_LONG, ":", longopts, ARGS("--baz")), ":!z@2 -1@2 | --baz");
	ck_assert_str_eq(scan(SCAN_LONG, ":", longopts, ARGS("--bar=x", "--nope", "--fo", "-x")),
		"?!b@2 ?!0@3 ?!0@4 ?!x@5 -1@5 | --bar=x --nope --fo -x");
	ck_assert_str_eq(scan_err, "");
}
END_TEST

START_TEST(what_counts_as_ambiguous)
{
	/* Abbreviations of options that mean the same (same has_arg, flag
	 * and val) are not ambiguous: the first is taken. The list shows the
	 * first match and each later one that means something else. */
	static const struct option table[] = {
		{"foo", no_argument, 0, 'f'},
		{"foo2", no_argument, 0, 'f'},
		{"fob", required_argument, 0, 'x'},
		{"foo3", no_argument, 0, 'f'},
		{"fog", required_argument, 0, 'x'},
		{0, 0, 0, 0},
	};
	static const struct option flags[] = {
		{"foo", no_argument, &flag, 1},
		{"fob", no_argument, &flag, 1},
		{0, 0, 0, 0},
	};

	ck_assert_str_eq(scan(SCAN_LONG, "", table, ARGS("--fo")), "?!0@2 -1@2 | --fo");
	ck_assert_str_eq(scan_err,
		"prog: option '--fo' is ambiguous; possibilities: '--foo' '--fob' '--fog'\n");
	ck_assert_str_eq(scan(SCAN_LONG, "", table + 2, ARGS("--fo", "--foo")), "?!0@2 f#1@3 -1@3 | --fo --foo");
	ck_assert_str_eq(scan_err,
		"prog: option '--fo' is ambiguous; possibilities: '--fob' '--foo3'\n");
	ck_assert_str_eq(scan(SCAN_LONG, "", longopts, ARGS("--col", "--colo", "--colou")),
		"c#7@2 c#7@3 c#8@4 -1@4 | --col --colo --colou");
	ck_assert_str_eq(scan(SCAN_LONG, "", flags, ARGS("--fo")), "0#0@2 -1@2 | --fo");
	/* An empty name abbreviates everything. */
	ck_assert_str_eq(scan(SCAN_LONG, "", longopts, ARGS("--=x")), "?!0@2 -1@2 | --=x");
	ck_assert_str_eq(scan_err,
		"prog: option '--=x' is ambiguous; possibilities: '--foo' '--foobar' '--fox' "
		"'--bar' '--baz' '--verbose' '--verb' '--color' '--colour'\n");
	ck_assert_str_eq(scan(SCAN_LONG, "", longopts, ARGS("--f=1")), "?!0@2 -1@2 | --f=1");
	ck_assert_str_eq(scan_err,
		"prog: option '--f=1' is ambiguous; possibilities: '--foo' '--foobar' '--fox'\n");
}
END_TEST

START_TEST(w_semicolon)
{
	ck_assert_str_eq(scan(SCAN_LONG, "W;", longopts,
			ARGS("-W", "foob", "3", "-W", "--", "-W", "-a", "-W", "=x", "-Wfox", "1")),
		"F=3#1@4 ?!0@6 ?!0@8 ?!0@10 x#2@11 -1@11 | -W foob 3 -W -- -W -a -W =x -Wfox 1");
	ck_assert_str_eq(scan_err,
		"prog: unrecognized option '-W --'\n"
		"prog: unrecognized option '-W -a'\n"
		"prog: option '-W =x' is ambiguous; possibilities: '-W foo' '-W foobar' '-W fox' "
		"'-W bar' '-W baz' '-W verbose' '-W verb' '-W color' '-W colour'\n");
	/* The argument of a required option may be the next element. */
	ck_assert_str_eq(scan(SCAN_LONG, "W;", longopts, ARGS("-Wbaz", "-W")), "z=-W#4@3 -1@3 | -Wbaz -W");
	ck_assert_str_eq(scan(SCAN_LONG, "W;", longopts, ARGS("-Wbaz")), "?!z@2 -1@2 | -Wbaz");
	ck_assert_str_eq(scan_err, "prog: option '-W baz' requires an argument\n");
	ck_assert_str_eq(scan(SCAN_LONG, "W;", longopts, ARGS("-W")), "?!W@2 -1@2 | -W");
	ck_assert_str_eq(scan_err, "prog: option requires an argument -- 'W'\n");
	ck_assert_str_eq(scan(SCAN_LONG, ":W;", longopts, ARGS("-W")), ":!W@2 -1@2 | -W");
}
END_TEST

START_TEST(without_long_options)
{
	/* A null table: "--x" is '-' then 'x' as short options. */
	ck_assert_str_eq(scan(SCAN_LONG, "x", 0, ARGS("--x")), "?!45@1 x@2 -1@2 | --x");
	ck_assert_str_eq(scan_err, "prog: invalid option -- '-'\n");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("getopt_long");
	TCase *tc = tcase_create("long");

	tcase_add_test(tc, names_and_abbreviations);
	tcase_add_test(tc, arguments);
	tcase_add_test(tc, colon_prefix);
	tcase_add_test(tc, what_counts_as_ambiguous);
	tcase_add_test(tc, w_semicolon);
	tcase_add_test(tc, without_long_options);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
