/*
 * setlocale and newlocale as glibc answers them: a locale that is not
 * installed fails with ENOENT, a name that cannot be one with EINVAL, and
 * the locale stays as it was. Installed on both libcs here: C, POSIX and
 * the C locale with a UTF-8 codeset (glibc ships C.utf8; musl has it
 * built in). zz_ZZ and the other names below exist on neither.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"

static const char *const installed[] = {
	"C", "POSIX", "C.UTF-8", "C.utf8", "C.UTF8", "C.utf-8", "C.Utf-8", "C.UTF-8@x", "C.utf8@",
	"C.UTF 8", "C. U T F - 8",
};

static const char *const absent[] = {
	"zz_ZZ", "zz_ZZ.UTF-8", "de_XX.utf8", "c.utf8", "POSIX.UTF-8", "C.ISO-8859-1", "C@euro",
	"C.utf", "C.utf88", "C.", ".", "..x", "a..b", "x=y", "a b", "/usr/bin/foo",
	"/usr/lib/locale/C.utf8", "C.U-T-F-8", "C.UTF_8", "C.utf--8", "C.-utf8", "C.utf8-",
	"C.UTF-8.x", "C.ISO-IR-193", "C;C", "/..x", "C.UTF-8:",
};

static const char *const invalid[] = {
	"C/..", "./C", "..", "C.utf8/", "a/b", "/a/../b", "/..",
};

START_TEST(installed_names_are_set)
{
	const char *name = installed[_i];
	const char *expect = strcmp(name, "POSIX") ? name : "C";
	char *r;

	/* musl names the other categories "C" after LC_ALL "C.UTF-8" (its
	 * built-in C.UTF-8 is one for LC_CTYPE only); glibc "C.UTF-8". */
	r = setlocale(LC_ALL, name);
	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(setlocale(LC_CTYPE, NULL), expect);
	if (strcmp(name, "C.UTF-8"))
		ck_assert_str_eq(r, expect);
	r = setlocale(LC_NUMERIC, name);
	ck_assert_ptr_nonnull(r);
	if (strcmp(name, "C.UTF-8"))
		ck_assert_str_eq(r, expect);

	locale_t loc = newlocale(LC_ALL_MASK, name, (locale_t)0);
	ck_assert_ptr_nonnull(loc);
	freelocale(loc);
}
END_TEST

static void refused(const char *name, int err)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C.utf8"));
	errno = 0;
	ck_assert_ptr_null(setlocale(LC_ALL, name));
	ck_assert_int_eq(errno, strchr(name, ';') ? EINVAL : err);
	ck_assert_str_eq(setlocale(LC_ALL, NULL), "C.utf8");
	errno = 0;
	ck_assert_ptr_null(setlocale(LC_NUMERIC, name));
	ck_assert_int_eq(errno, err);
	ck_assert_str_eq(setlocale(LC_NUMERIC, NULL), "C.utf8");
	ck_assert_str_eq(setlocale(LC_ALL, NULL), "C.utf8");

	errno = 0;
	ck_assert_ptr_null(newlocale(LC_ALL_MASK, name, (locale_t)0));
	ck_assert_int_eq(errno, strchr(name, ';') ? EINVAL : err);
	errno = 0;
	ck_assert_ptr_null(newlocale(LC_MESSAGES_MASK, name, (locale_t)0));
	ck_assert_int_eq(errno, strchr(name, ';') ? EINVAL : err);
}

START_TEST(absent_names_fail_enoent)
{
	refused(absent[_i], ENOENT);
}
END_TEST

START_TEST(invalid_names_fail_einval)
{
	refused(invalid[_i], EINVAL);
}
END_TEST

/* A refused name for one category leaves the others and a base alone. */
START_TEST(newlocale_keeps_base)
{
	locale_t base = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	ck_assert_ptr_nonnull(base);
	errno = 0;
	ck_assert_ptr_null(newlocale(LC_NUMERIC_MASK, "zz_ZZ", base));
	ck_assert_int_eq(errno, ENOENT);
	locale_t loc = newlocale(LC_NUMERIC_MASK, "C", base);
	ck_assert_ptr_nonnull(loc);
	freelocale(loc);
}
END_TEST

/* With no category to set, the name is not looked at (glibc). */
START_TEST(newlocale_empty_mask)
{
	locale_t loc = newlocale(0, "zz_ZZ", (locale_t)0);
	ck_assert_ptr_nonnull(loc);
	freelocale(loc);
}
END_TEST

/* What setlocale(LC_ALL, NULL) gives for mixed categories goes back in,
 * whatever its form on each libc. */
START_TEST(mixed_categories_round_trip)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
	ck_assert_ptr_nonnull(setlocale(LC_CTYPE, "C.UTF-8"));
	char *mixed = strdup(setlocale(LC_ALL, NULL));
	ck_assert_ptr_nonnull(mixed);
	ck_assert_ptr_nonnull(strchr(mixed, ';'));
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
	char *r = setlocale(LC_ALL, mixed);
	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(r, mixed);
	ck_assert_str_eq(setlocale(LC_CTYPE, NULL), "C.UTF-8");
	ck_assert_str_eq(setlocale(LC_NUMERIC, NULL), "C");
	/* For one category a list is a name, of no locale. */
	errno = 0;
	ck_assert_ptr_null(setlocale(LC_NUMERIC, mixed));
	ck_assert_int_eq(errno, ENOENT);
	free(mixed);
}
END_TEST

/* A list naming a locale that is not installed: glibc and musl each
 * spell a list their own way; one the libc cannot read is EINVAL on
 * glibc, and a well-formed one with an absent locale fails too. */
START_TEST(list_with_absent_locale)
{
	ck_assert_ptr_nonnull(setlocale(LC_ALL, "C"));
	ck_assert_ptr_nonnull(setlocale(LC_CTYPE, "C.UTF-8"));
	char *mixed = strdup(setlocale(LC_ALL, NULL));
	char *at = strstr(mixed, "C.UTF-8");
	ck_assert_ptr_nonnull(at);
	char *bad = malloc(strlen(mixed) + 8);
	sprintf(bad, "%.*szz_ZZ%s", (int)(at - mixed), mixed, at + strlen("C.UTF-8"));
	errno = 0;
	ck_assert_ptr_null(setlocale(LC_ALL, bad));
	ck_assert_int_ne(errno, 0);
	ck_assert_str_eq(setlocale(LC_ALL, NULL), mixed);
	errno = 0;
	ck_assert_ptr_null(setlocale(LC_ALL, "C;C"));
	ck_assert_int_eq(errno, EINVAL);
	ck_assert_str_eq(setlocale(LC_ALL, NULL), mixed);
	free(bad);
	free(mixed);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("locale-names");
	TCase *tc = tcase_create("names");

	unsetenv("MUSL_LOCPATH");
	unsetenv("LOCPATH");
	tcase_add_loop_test(tc, installed_names_are_set, 0, sizeof installed / sizeof *installed);
	tcase_add_loop_test(tc, absent_names_fail_enoent, 0, sizeof absent / sizeof *absent);
	tcase_add_loop_test(tc, invalid_names_fail_einval, 0, sizeof invalid / sizeof *invalid);
	tcase_add_test(tc, newlocale_keeps_base);
	tcase_add_test(tc, newlocale_empty_mask);
	tcase_add_test(tc, mixed_categories_round_trip);
	tcase_add_test(tc, list_with_absent_locale);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
