/*
 * setlocale(category, "") and newlocale(mask, "", base) as glibc reads the
 * environment: LC_ALL, then the category's variable, then LANG, each when
 * set and not empty, else "C"; a locale there that is not installed fails
 * the call and leaves the locale as it was.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"

static const char *const variables[] = {
	"LC_ALL", "LANG", "LANGUAGE", "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE",
	"LC_MONETARY", "LC_MESSAGES", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE",
	"LC_MEASUREMENT", "LC_IDENTIFICATION", "MUSL_LOCPATH", "LOCPATH",
};

/* A clean environment, with one "NAME=value" if given. */
static void environment(const char *setting)
{
	for (size_t i = 0; i < sizeof variables / sizeof *variables; i++)
		unsetenv(variables[i]);
	if (setting)
		ck_assert_int_eq(putenv((char *)setting), 0);
}

/* err 0: a name that failed before, for which glibc leaves errno alone
 * (it remembers the failure); libwildebeest sets it again. */
static void fails(int category, int err)
{
	const char *before = strdup(setlocale(LC_ALL, NULL));
	errno = 0;
	ck_assert_ptr_null(setlocale(category, ""));
	if (err)
		ck_assert_int_eq(errno, err);
	ck_assert_str_eq(setlocale(LC_ALL, NULL), before);
	free((char *)before);
}

START_TEST(default_is_c)
{
	environment(NULL);
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
	ck_assert_str_eq(setlocale(LC_ALL, ""), "C");
	ck_assert_int_eq(MB_CUR_MAX, 1);
	environment("LANG=");
	putenv("LC_ALL=");
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.UTF-8"));
	ck_assert_str_eq(setlocale(LC_CTYPE, ""), "C");
	ck_assert_int_eq(MB_CUR_MAX, 1);
}
END_TEST

START_TEST(lang_utf8)
{
	environment("LANG=C.utf8");
	ck_assert_str_eq(setlocale(LC_ALL, ""), "C.utf8");
	ck_assert_int_gt(MB_CUR_MAX, 1);
	ck_assert_str_eq(setlocale(LC_NUMERIC, NULL), "C.utf8");
}
END_TEST

START_TEST(lang_absent)
{
	environment("LANG=zz_ZZ.UTF-8");
	fails(LC_ALL, ENOENT);
	fails(LC_CTYPE, ENOENT);
	locale_t loc = newlocale(LC_ALL_MASK, "", (locale_t)0);
	ck_assert_ptr_null(loc);
	ck_assert_int_eq(errno, ENOENT);
}
END_TEST

START_TEST(lang_invalid)
{
	environment("LANG=../x");
	fails(LC_ALL, EINVAL);
	fails(LC_MESSAGES, EINVAL);
}
END_TEST

/* One category that fails fails LC_ALL, not the other categories. */
START_TEST(one_category_absent)
{
	environment("LANG=C.UTF-8");
	putenv("LC_NUMERIC=zz_ZZ");
	fails(LC_ALL, ENOENT);
	fails(LC_NUMERIC, 0);
	ck_assert_str_eq(setlocale(LC_CTYPE, ""), "C.UTF-8");
	ck_assert_str_eq(setlocale(LC_NUMERIC, NULL), "C");
	locale_t loc = newlocale(LC_CTYPE_MASK | LC_TIME_MASK, "", (locale_t)0);
	ck_assert_ptr_nonnull(loc);
	freelocale(loc);
}
END_TEST

/* A glibc category that musl does not have still counts for LC_ALL. */
START_TEST(paper_absent)
{
	environment("LC_PAPER=zz_ZZ");
	fails(LC_ALL, ENOENT);
	ck_assert_str_eq(setlocale(LC_CTYPE, ""), "C");
}
END_TEST

/* LC_ALL wins over every other variable; LANGUAGE is gettext's alone. */
START_TEST(lc_all_wins)
{
	environment("LC_ALL=C");
	putenv("LC_NUMERIC=zz_ZZ");
	putenv("LANG=zz_ZZ");
	putenv("LANGUAGE=zz_ZZ");
	ck_assert_str_eq(setlocale(LC_ALL, ""), "C");
	ck_assert_str_eq(setlocale(LC_NUMERIC, ""), "C");
}
END_TEST

/* Categories from different variables: LC_MESSAGES from its own. */
START_TEST(mixed_from_environment)
{
	environment("LANG=C.utf8");
	putenv("LC_MESSAGES=POSIX");
	char *r = setlocale(LC_ALL, "");
	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(setlocale(LC_MESSAGES, NULL), "C");
	ck_assert_str_eq(setlocale(LC_CTYPE, NULL), "C.utf8");
	ck_assert_str_eq(setlocale(LC_TIME, NULL), "C.utf8");
	locale_t loc = newlocale(LC_ALL_MASK, "", (locale_t)0);
	ck_assert_ptr_nonnull(loc);
	freelocale(loc);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("locale-env");
	TCase *tc = tcase_create("environment");

	tcase_add_test(tc, default_is_c);
	tcase_add_test(tc, lang_utf8);
	tcase_add_test(tc, lang_absent);
	tcase_add_test(tc, lang_invalid);
	tcase_add_test(tc, one_category_absent);
	tcase_add_test(tc, paper_absent);
	tcase_add_test(tc, lc_all_wins);
	tcase_add_test(tc, mixed_from_environment);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
