/* Patterns without ext groups: the POSIX rules and glibc's flags. */
#define _GNU_SOURCE
#include <fnmatch.h>
#include "cases.h"
#include "lwbtest.h"

enum {
	PATH = FNM_PATHNAME,
	NOESC = FNM_NOESCAPE,
	PERIOD = FNM_PERIOD,
	LDIR = FNM_LEADING_DIR,
	FOLD = FNM_CASEFOLD,
	NO = FNM_NOMATCH,
};

static const struct fcase plain[] = {
	{ "", "", 0, 0 },
	{ "", "a", 0, NO },
	{ "abc", "abc", 0, 0 },
	{ "abc", "abd", 0, NO },
	{ "a?c", "abc", 0, 0 },
	{ "a?c", "ac", 0, NO },
	{ "*", "", 0, 0 },
	{ "*", "anything", 0, 0 },
	{ "a*", "a", 0, 0 },
	{ "*c", "abc", 0, 0 },
	{ "a*b*c", "axxbyyc", 0, 0 },
	{ "a*b*c", "axxbyy", 0, NO },
	{ "*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0, NO },
	{ "**b", "ab", 0, 0 },
	{ "?*?", "ab", 0, 0 },
	{ "?*?", "a", 0, NO },
	/* A backslash quotes; a trailing one matches nothing. */
	{ "\\*", "*", 0, 0 },
	{ "\\*", "a", 0, NO },
	{ "\\a", "a", 0, 0 },
	{ "\\", "\\", 0, NO },
	{ "a\\", "a\\", 0, NO },
	{ "a\\", "a", 0, NO },
	/* FNM_NOESCAPE: a backslash is a character. */
	{ "\\*", "\\x", NOESC, 0 },
	{ "\\", "\\", NOESC, 0 },
	{ "a\\", "a\\", NOESC, 0 },
	/* Without FNM_PATHNAME a slash is like any character. */
	{ "*", "a/b", 0, 0 },
	{ "a?b", "a/b", 0, 0 },
	{ "[/]", "/", 0, 0 },
};

static const struct fcase pathname[] = {
	{ "*", "a/b", PATH, NO },
	{ "?", "/", PATH, NO },
	{ "[/]", "/", PATH, NO },
	{ "[!a]", "/", PATH, NO },
	{ "a[/]b", "a/b", PATH, NO },
	{ "*/b", "a/b", PATH, 0 },
	{ "a/*", "a/", PATH, 0 },
	{ "a*", "a/", PATH, NO },
	{ "a\\/b", "a/b", PATH, 0 },
	{ "*/*", "a/b", PATH, 0 },
	{ "*b", "ab/", PATH, NO },
	/* glibc tries what follows a star only at places before the '/' it
	 * stops at, so an escaped slash right after a star (and its question
	 * marks) never matches; an unescaped one does. */
	{ "*\\/", "x/", PATH, NO },
	{ "*\\/", "/", PATH, NO },
	{ "*?\\/", "xy/", PATH, NO },
	{ "*\\//", "a//", PATH, NO },
	{ "*x\\/", "xx/", PATH, 0 },
	{ "*[a]\\/", "xa/", PATH, 0 },
	{ "*?/", "ab/", PATH, 0 },
	{ "*\\/", "x/", 0, 0 },
};

static const struct fcase period[] = {
	{ "*", ".a", PERIOD, NO },
	{ "?a", ".a", PERIOD, NO },
	{ "[.]a", ".a", PERIOD, NO },
	{ "[!a]a", ".a", PERIOD, NO },
	{ ".a", ".a", PERIOD, 0 },
	{ "\\.a", ".a", PERIOD, 0 },
	{ "*", ".", PERIOD, NO },
	/* Not even an empty star before the period. */
	{ "*.a", ".a", PERIOD, NO },
	{ "?*", ".a", PERIOD, NO },
	/* Only the start of the string, without FNM_PATHNAME... */
	{ "*", "x/.a", PERIOD, 0 },
	{ "x/*", "x/.a", PERIOD, 0 },
	/* ...and after every '/' with it. */
	{ "x/*", "x/.a", PERIOD | PATH, NO },
	{ "x/?a", "x/.a", PERIOD | PATH, NO },
	{ "x/[.]a", "x/.a", PERIOD | PATH, NO },
	{ "x/.a", "x/.a", PERIOD | PATH, 0 },
	{ "x*", "x/.a", PERIOD | PATH, NO },
	/* glibc also takes the place right after a star's question marks
	 * for the start of a name, until a character is matched there. */
	{ "*?[.]", "a.", PERIOD, NO },
	{ "*?[.]", "ab.", PERIOD, 0 },
	{ "*??[.]", "ab.", PERIOD, NO },
	{ "*?.", "a.", PERIOD, 0 },
	{ "?*[.]", "a.", PERIOD, 0 },
	{ "*?[.]", "a.", 0, 0 },
};

static const struct fcase leading_dir[] = {
	{ "a", "a/b", LDIR, 0 },
	{ "a*", "a/b", LDIR, 0 },
	{ "a", "a/", LDIR, 0 },
	{ "a?", "a/b", LDIR, NO },
	{ "", "/x", LDIR, 0 },
	{ "a", "ab/c", LDIR, NO },
	{ "a/b", "a/b/c", LDIR, 0 },
	{ "*b", "a/b", LDIR, 0 },
	{ "a/", "a/b", LDIR | PATH, NO },
	{ "*/", "a/b", LDIR | PATH, NO },
	{ "*", "a/b", LDIR | PATH, 0 },
	{ "a/*", "a/b/c", LDIR | PATH, 0 },
	{ "*\\/", "x//", LDIR, 0 },
	{ "*\\/", "x//", LDIR | PATH, NO },
};

static const struct fcase casefold[] = {
	{ "A", "a", FOLD, 0 },
	{ "a", "A", FOLD, 0 },
	{ "[A]", "a", FOLD, 0 },
	{ "[a-c]", "B", FOLD, 0 },
	{ "[B-C]", "b", FOLD, 0 },
	{ "[A-Z]", "q", FOLD, 0 },
	{ "[^a]", "A", FOLD, NO },
	/* Range ends are folded too: z-a holds nothing. */
	{ "[Z-a]", "_", FOLD, NO },
	{ "[Z-a]", "_", 0, 0 },
	/* A class is asked about the character as it is. */
	{ "[[:upper:]]", "a", FOLD, NO },
	{ "[[:upper:]]", "A", FOLD, 0 },
	{ "[[:lower:]]", "A", FOLD, NO },
	/* [=c=] and [.c.] are not folded. */
	{ "[[=a=]]", "A", FOLD, NO },
	{ "[[.a.]]", "A", FOLD, NO },
	{ "[[.a.]-c]", "B", FOLD, 0 },
	{ "*", ".A", FOLD | PERIOD, NO },
};

START_TEST(plain_patterns)
{
	check_cases(plain, NCASES(plain));
}
END_TEST

START_TEST(fnm_pathname)
{
	check_cases(pathname, NCASES(pathname));
}
END_TEST

START_TEST(fnm_period)
{
	check_cases(period, NCASES(period));
}
END_TEST

START_TEST(fnm_leading_dir)
{
	check_cases(leading_dir, NCASES(leading_dir));
}
END_TEST

START_TEST(fnm_casefold)
{
	check_cases(casefold, NCASES(casefold));
}
END_TEST

/* FNM_FILE_NAME is glibc's other name for FNM_PATHNAME. */
START_TEST(file_name_alias)
{
	ck_assert_int_eq(FNM_FILE_NAME, FNM_PATHNAME);
	ck_assert_int_eq(fnmatch("*", "a/b", FNM_FILE_NAME), FNM_NOMATCH);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fnmatch basics");
	TCase *tc = tcase_create("basic");

	tcase_add_test(tc, plain_patterns);
	tcase_add_test(tc, fnm_pathname);
	tcase_add_test(tc, fnm_period);
	tcase_add_test(tc, fnm_leading_dir);
	tcase_add_test(tc, fnm_casefold);
	tcase_add_test(tc, file_name_alias);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
