/* A caller that never includes libwildebeest's <glob.h>: built without
 * the module's -I flags, it has musl's glob_t (padding where glibc has
 * gl_flags and the callbacks) and no GNU flags. The link still routes
 * glob and globfree to the GNU ones. Strict POSIX, so glibc hides its GNU
 * names too and both libcs compile the same code: GNU values as literals,
 * as such callers do. */
#define _POSIX_C_SOURCE 200809L
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lwbtest.h"

#ifdef GLOB_BRACE
#error "this test must not see GLOB_BRACE"
#endif

START_TEST(gnu_glob_without_the_header)
{
	char *top = lwbt_tmpdir();
	glob_t g;

	/* glibc's layout and musl's are one size. */
	ck_assert_uint_eq(sizeof g, 72);
	lwbt_mkdir(top, "a", 0755);
	lwbt_mkdir(top, "b", 0755);
	lwbt_touch(top, "a/x");
	lwbt_touch(top, "b/x");
	lwbt_touch(top, "c");
	ck_assert_int_eq(chdir(top), 0);
	/* 0x400 is GLOB_BRACE. */
	ck_assert_int_eq(glob("{a,b}/x", 0x400, 0, &g), 0);
	ck_assert_uint_eq(g.gl_pathc, 2);
	ck_assert_str_eq(g.gl_pathv[0], "a/x");
	ck_assert_str_eq(g.gl_pathv[1], "b/x");
	globfree(&g);
	/* 0x2000 is GLOB_ONLYDIR. */
	ck_assert_int_eq(glob("*", 0x2000, 0, &g), 0);
	ck_assert_uint_eq(g.gl_pathc, 2);
	/* Each result is its own allocation. */
	for (size_t i = 0; i < g.gl_pathc; i++)
		free(g.gl_pathv[i]);
	free(g.gl_pathv);
	ck_assert_int_eq(chdir("/"), 0);
	lwbt_rmtree(top);
	free(top);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("glob without the header");
	TCase *tc = tcase_create("nomask");

	tcase_add_test(tc, gnu_glob_without_the_header);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
