/*
 * Where libwildebeest deliberately differs from glibc 2.36. Runs on musl
 * only; each case names what glibc does instead. Listed in
 * docs/compat.md.
 */
#define _GNU_SOURCE
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include "gltest.h"
#include "lwbtest.h"

/* glibc: recursion on its stack, with alloca, for each level: SIGSEGV at
 * about 2000 brace levels or 3000 directory levels here (8 MiB stack).
 * libwildebeest stops at 1000 levels with GLOB_NOSPACE. */
START_TEST(too_deep)
{
	static const char *const units[] = { "{a}", "*/" };
	char *top = glt_fixture();
	glob_t g;

	for (size_t u = 0; u < 2; u++) {
		size_t n = 5000, len = strlen(units[u]);
		char *p = malloc(n * len + 2);

		ck_assert_ptr_nonnull(p);
		for (size_t i = 0; i < n; i++)
			memcpy(p + i * len, units[u], len);
		strcpy(p + n * len, "x");
		ck_assert_int_eq(glob(p, GLOB_BRACE, 0, &g), GLOB_NOSPACE);
		free(p);
	}
	glt_done(top);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("glob deviations");
	TCase *tc = tcase_create("deviations");

	tcase_add_test(tc, too_deep);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
