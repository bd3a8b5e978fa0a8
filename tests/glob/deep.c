/* Deep patterns. Up to 1000 levels (braces in braces, directory parts
 * with wildcards) glob works as glibc does. */
#define _GNU_SOURCE
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include "gltest.h"
#include "lwbtest.h"

/* n copies of unit, then tail. */
static char *repeat(const char *unit, size_t n, const char *tail)
{
	char *p = malloc(n * strlen(unit) + strlen(tail) + n + 1);

	ck_assert_ptr_nonnull(p);
	p[0] = 0;
	for (size_t i = 0; i < n; i++)
		strcat(p, unit);
	strcat(p, tail);
	return p;
}

START_TEST(five_hundred_levels)
{
	char *top = glt_fixture(), *p;
	glob_t g;

	p = repeat("{a}", 500, "x");
	glt_glob(p, GLOB_BRACE, &g, GLOB_NOMATCH);
	free(p);
	p = repeat("*/", 500, "x");
	glt_glob(p, 0, &g, GLOB_NOMATCH);
	free(p);
	/* {a,{a,{a,...{a,f}...}}}: 300 times "a", then "f". */
	p = repeat("{a,", 300, "f");
	for (size_t i = 0; i < 300; i++)
		strcat(p, "}");
	glt_glob(p, GLOB_BRACE, &g, 0);
	ck_assert_uint_eq(g.gl_pathc, 301);
	ck_assert_str_eq(g.gl_pathv[0], "a");
	ck_assert_str_eq(g.gl_pathv[299], "a");
	ck_assert_str_eq(g.gl_pathv[300], "f");
	globfree(&g);
	free(p);
	glt_done(top);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("glob deep patterns");
	TCase *tc = tcase_create("deep");

	tcase_add_test(tc, five_hundred_levels);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
