/* Long strings and many stars, where glibc is quick too. */
#define _GNU_SOURCE
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"

/* n copies of c, then tail. */
static char *run_of(char c, size_t n, const char *tail)
{
	char *s = malloc(n + strlen(tail) + 1);

	ck_assert_ptr_nonnull(s);
	memset(s, c, n);
	strcpy(s + n, tail);
	return s;
}

START_TEST(many_stars)
{
	char *s = run_of('a', 5000, "");

	ck_assert_int_eq(fnmatch("*a*a*a*a*a*a*a*a*a*a*b", s, 0), FNM_NOMATCH);
	ck_assert_int_eq(fnmatch("*a*a*a*a*a*a*a*a*a*a*", s, 0), 0);
	ck_assert_int_eq(fnmatch("*?*?*?*?*?*?*?*?*b", s, FNM_PATHNAME), FNM_NOMATCH);
	free(s);
}
END_TEST

START_TEST(long_paths)
{
	char *s = run_of('a', 100000, "/b/c.txt");

	ck_assert_int_eq(fnmatch("*/b/*.txt", s, FNM_PATHNAME), 0);
	ck_assert_int_eq(fnmatch("*/*.c", s, FNM_PATHNAME), FNM_NOMATCH);
	ck_assert_int_eq(fnmatch("*.txt", s, 0), 0);
	ck_assert_int_eq(fnmatch("a*", s, FNM_PATHNAME | FNM_LEADING_DIR), 0);
	ck_assert_int_eq(fnmatch("*/[!a]/c.txt", s, FNM_PATHNAME), 0);
	ck_assert_int_eq(fnmatch("*[!a]/c.txt", s, FNM_PATHNAME), FNM_NOMATCH);
	free(s);
}
END_TEST

START_TEST(long_extmatch)
{
	char *s = run_of('a', 1000, "b.c");

	ck_assert_int_eq(fnmatch("+(a|b).c", s, FNM_EXTMATCH), 0);
	ck_assert_int_eq(fnmatch("!(*.c)", s, FNM_EXTMATCH), FNM_NOMATCH);
	ck_assert_int_eq(fnmatch("*(a)@(b|c).!(h)", s, FNM_EXTMATCH), 0);
	ck_assert_int_eq(fnmatch("*(a)?(x)c", s, FNM_EXTMATCH), FNM_NOMATCH);
	free(s);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fnmatch long inputs");
	TCase *tc = tcase_create("long");

	tcase_add_test(tc, many_stars);
	tcase_add_test(tc, long_paths);
	tcase_add_test(tc, long_extmatch);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
