/*
 * FNM_EXTMATCH: ?(...) *(...) +(...) @(...) !(...), nested, with the other
 * flags, and the places where glibc reads the pattern text in its own way.
 */
#define _GNU_SOURCE
#include <fnmatch.h>
#include "cases.h"
#include "lwbtest.h"

enum {
	X = FNM_EXTMATCH,
	PATH = FNM_PATHNAME,
	PERIOD = FNM_PERIOD,
	LDIR = FNM_LEADING_DIR,
	FOLD = FNM_CASEFOLD,
	NOESC = FNM_NOESCAPE,
	NO = FNM_NOMATCH,
};

static const struct fcase kinds[] = {
	{ "?(a|b)", "", X, 0 },
	{ "?(a|b)", "a", X, 0 },
	{ "?(a|b)", "ab", X, NO },
	{ "*(a|b)", "", X, 0 },
	{ "*(a|b)", "abba", X, 0 },
	{ "*(a|b)", "abc", X, NO },
	{ "+(a|b)", "", X, NO },
	{ "+(a|b)", "ab", X, 0 },
	{ "@(a|b)", "a", X, 0 },
	{ "@(a|b)", "ab", X, NO },
	{ "!(a|b)", "c", X, 0 },
	{ "!(a|b)", "a", X, NO },
	{ "!(a|b)", "ab", X, 0 },
	{ "!(a|b)", "", X, 0 },
	{ "!(*.c)", "x.c", X, NO },
	{ "!(*.c)", "x.h", X, 0 },
	{ "*.!(c)", "x.h", X, 0 },
	{ "+(ab|cd)x", "abcdabx", X, 0 },
	{ "a@(b|c)d", "acd", X, 0 },
	{ "@(a)b", "ab", X, 0 },
	{ "!(a)b", "ab", X, NO },
	{ "!(a)*", "a", X, 0 },
	{ "@()", "", X, 0 },
	{ "@(|a)", "", X, 0 },
	{ "!()", "", X, NO },
	{ "!()", "a", X, 0 },
	{ "+()", "", X, 0 },
	{ "*()", "x", X, NO },
	/* Nested. */
	{ "@(a|@(b|c))", "c", X, 0 },
	{ "*(+(a)|b)", "aab", X, 0 },
	{ "+(*(a)b)", "aab", X, 0 },
	{ "!(@(a))", "a", X, NO },
	{ "!(!(a))", "a", X, 0 },
	{ "*(a*(b)c)", "abbcac", X, 0 },
	/* Without the flag these are ordinary characters. */
	{ "+(a|b)", "a", 0, NO },
	{ "+(a|b)", "+(a|b)", 0, 0 },
	{ "*(a)", "(a)", 0, 0 },
	{ "*(a)", "x(a)", X, NO },
	/* A group no ')' closes is ordinary characters too. */
	{ "+(a|b", "+(a|b", X, 0 },
	{ "+(a|b", "a", X, NO },
	{ "@(", "@(", X, 0 },
	/* A '(' inside does not nest; brackets are skipped. */
	{ "@(a))", "a)", X, 0 },
	{ "!((b)", "(b", X, NO },
	{ "@([)])", ")", X, 0 },
	{ "@([|]|b)", "|", X, 0 },
	{ "@([)", "@([)", X, 0 },
	{ "!([)", "!([)", X, 0 },
};

static const struct fcase flags[] = {
	/* !(...) matches slashes and leading periods; the others follow the
	 * usual rules, each part judged by its place in the whole string. */
	{ "!(a)", "/", X | PATH, 0 },
	{ "a!(/)", "a/a", X | PATH, 0 },
	{ "@(*)", "a/", X | PATH, NO },
	{ "*(a|/)", "a/a", X | PATH, 0 },
	{ "!(a)", ".a", X | PERIOD, 0 },
	{ "@(*)", ".a", X | PERIOD, NO },
	{ "*(?)", "a.", X | PERIOD, 0 },
	{ "*(?)", ".a", X | PERIOD, NO },
	{ "*(a|.)", ".", X | PERIOD, 0 },
	{ "a/!(a)", "a/.", X | PATH | PERIOD, 0 },
	{ "a/@(*)", "a/.", X | PATH | PERIOD, NO },
	/* FNM_LEADING_DIR holds inside the alternatives too. */
	{ "*(a)x", "a/x", X | LDIR, 0 },
	{ "+(a)x", "a/x", X | LDIR, 0 },
	{ "!(a)", "a/x", X | LDIR, NO },
	{ "!(x)", "x/", X | LDIR, NO },
	{ "?(a)", "/x", X | LDIR, 0 },
	{ "@(a|x)", "a/a", X | LDIR, 0 },
	{ "@(A|b)", "a", X | FOLD, 0 },
	{ "!(A)", "a", X | FOLD, NO },
	{ "@(\\a)", "a", X | NOESC, NO },
	{ "@(\\a)", "\\a", X | NOESC, 0 },
};

static const struct fcase glued[] = {
	/* ?( and @( glue each alternative to the rest of the pattern and
	 * read the result again... */
	{ "@(b*)(x)", "bx", X, 0 },
	{ "@(b*)(x)", "bxx", X, 0 },
	{ "?(b*)(x)", "(x)", X, 0 },
	{ "@(b\\)x", "bx", X, 0 },
	{ "@(b\\)*", "b*", X, 0 },
	{ "@(b\\)*", "bc", X, NO },
	{ "?(b\\)x", "bx", X, 0 },
	{ "?(b\\)x", "x", X, 0 },
	{ "@(a|b\\))", "b)", X, 0 },
	{ "@(\\)|a)", "|a)", X, 0 },
	/* ...while the alternatives of *( +( !( stand alone. */
	{ "*(b\\)x", "bx", X, NO },
	{ "*(b\\)x", "x", X, 0 },
	{ "+(b\\)x", "bx", X, NO },
	{ "!(b\\)", "b", X, 0 },
	/* The group ends at the first ')' at its depth, escaped or not;
	 * alternatives are split at '|' the same way. */
	{ "@(a|b\\)", "a", X, 0 },
	{ "@(a|b\\)", "b", X, NO },
	{ "@(a\\|b)", "b", X, 0 },
	{ "@(a\\|b)", "a|b", X, NO },
	{ "@(\\))", ")", X, 0 },
	{ "@(\\|)", "", X, 0 },
	{ "@(\\|)", "|", X, NO },
};

static const struct fcase star_runs[] = {
	/* A ?( or *( right after a star is dropped, the star covering it,
	 * slashes aside... */
	{ "*?(b)", "", X, 0 },
	{ "**(b)", "", X, 0 },
	{ "*?(/)x", "a/x", X | PATH, NO },
	{ "*?\?(b)", "a", X, 0 },
	{ "*?(b)x", "x", X, 0 },
	/* ...as glibc finds its end: a group inside counts as it goes and
	 * the character after it is passed over. */
	{ "*?(*(b))", "x", X, NO },
	{ "*?(*(b)))", "x", X, 0 },
	{ "*?(*(b)x)", "x", X, 0 },
	{ "*?(*(b))", "x(b)", X, 0 },
	{ "*?(a", "x(a", X, 0 },
	/* Any other group after a star is tried only at places before the
	 * end (or before the '/' under FNM_PATHNAME). */
	{ "*!(b)", "", X, NO },
	{ "*!(b)", "b", X, NO },
	{ "*!(b)", "a", X, 0 },
	{ "a*!(?)", "a", X, NO },
	{ "a*!(?)", "aaa", X, 0 },
	{ "*@(|b)", "", X, NO },
	{ "*!(b)*", "b", X, 0 },
	{ "*!(b)a", "a", X, 0 },
	{ "*!(b)", "/c", X | PATH, NO },
	{ "*@(/)", "a/", X | PATH, NO },
	{ "+(*+())", "a", X, NO },
	/* The place after a star's question marks is a name's start. */
	{ "*?@(?)", "a.", X | PERIOD, NO },
	{ "*?!(?)", "a.", X | PERIOD, 0 },
	{ "*?+(|[.])", "a.", X | PERIOD, NO },
};

START_TEST(ext_kinds)
{
	check_cases(kinds, NCASES(kinds));
}
END_TEST

START_TEST(ext_with_flags)
{
	check_cases(flags, NCASES(flags));
}
END_TEST

START_TEST(ext_glued_alternatives)
{
	check_cases(glued, NCASES(glued));
}
END_TEST

START_TEST(ext_after_stars)
{
	check_cases(star_runs, NCASES(star_runs));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fnmatch FNM_EXTMATCH");
	TCase *tc = tcase_create("extmatch");

	tcase_add_test(tc, ext_kinds);
	tcase_add_test(tc, ext_with_flags);
	tcase_add_test(tc, ext_glued_alternatives);
	tcase_add_test(tc, ext_after_stars);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
