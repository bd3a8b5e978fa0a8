/*
 * Multibyte locales. In C.UTF-8 glibc matches wide characters when both
 * pattern and string convert, and when that finds no match (or they do
 * not convert) matches the bytes: "?" takes "é" as one character, "??" as
 * two bytes. Classes, ranges and case folding are code points there, and
 * bytes in the C locale.
 */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <locale.h>
#include "cases.h"
#include "lwbtest.h"

enum { X = FNM_EXTMATCH, FOLD = FNM_CASEFOLD, NO = FNM_NOMATCH };

/* U+00E9 é, U+00C9 É, U+00FC ü, U+00E0 à, U+00EA ê as UTF-8. */
#define E_ACUTE "\xc3\xa9"
#define CAP_E_ACUTE "\xc3\x89"

static const struct fcase utf8[] = {
	{ "?", E_ACUTE, 0, 0 },
	{ "??", E_ACUTE, 0, 0 },
	{ "???", E_ACUTE, 0, NO },
	{ "?", E_ACUTE E_ACUTE, 0, NO },
	{ "??", E_ACUTE E_ACUTE, 0, 0 },
	{ "????", E_ACUTE E_ACUTE, 0, 0 },
	{ "?????", E_ACUTE E_ACUTE, 0, NO },
	{ "[" E_ACUTE "]", E_ACUTE, 0, 0 },
	{ "[!a]", E_ACUTE, 0, 0 },
	{ "[[:alpha:]]", E_ACUTE, 0, 0 },
	{ "[[:upper:]]", CAP_E_ACUTE, 0, 0 },
	{ "[\xc3\xa0-\xc3\xaa]", E_ACUTE, 0, 0 },
	{ "[a-z]", E_ACUTE, 0, NO },
	{ E_ACUTE, CAP_E_ACUTE, FOLD, 0 },
	{ "[" E_ACUTE "]", CAP_E_ACUTE, FOLD, 0 },
	{ "[[:lower:]]", CAP_E_ACUTE, FOLD, NO },
	{ "+(" E_ACUTE ")", E_ACUTE E_ACUTE, X, 0 },
	{ "!(" E_ACUTE ")", E_ACUTE, X, NO },
	/* A byte that is no character: the bytes are matched. */
	{ "?", "\xe9", 0, 0 },
	{ "??", "\xe9", 0, NO },
	{ "*", "\xe9", 0, 0 },
	{ "\xe9", "\xe9", 0, 0 },
	{ "[\xe9]", "\xe9", 0, 0 },
	{ "?\xe9", "a\xe9", 0, 0 },
	{ "??", "\xc3", 0, NO },
};

static const struct fcase c_locale[] = {
	{ "?", E_ACUTE, 0, NO },
	{ "??", E_ACUTE, 0, 0 },
	{ "[" E_ACUTE "]", E_ACUTE, 0, NO },
	{ "[[:alpha:]]", E_ACUTE, 0, NO },
	{ "[[:alpha:]]", "\xe9", 0, NO },
	{ "[!a]", E_ACUTE, 0, NO },
	{ E_ACUTE, CAP_E_ACUTE, FOLD, NO },
	{ "[\xe0-\xea]", "\xe9", 0, 0 },
	{ "?", "\xe9", 0, 0 },
};

START_TEST(utf8_locale)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
	check_cases(utf8, NCASES(utf8));
}
END_TEST

START_TEST(c_locale_bytes)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
	check_cases(c_locale, NCASES(c_locale));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fnmatch multibyte");
	TCase *tc = tcase_create("multibyte");

	tcase_add_test(tc, utf8_locale);
	tcase_add_test(tc, c_locale_bytes);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
