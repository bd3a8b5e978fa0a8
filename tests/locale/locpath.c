/*
 * Locales installed for musl: a file in a MUSL_LOCPATH folder (what
 * musl-locales installs), looked up as glibc looks a name up in its own
 * folders: as given, with the codeset normalized, and both without the
 * modifier. musl only (glibc reads compiled locales from LOCPATH instead;
 * the same lookup on glibc, with a localedef'd de_DE.UTF-8, is in the
 * module's notes).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lwbtest.h"

static char *root;

static void setup(void)
{
	root = lwbt_tmpdir();
	lwbt_mkdir(root, "empty", 0755);
	lwbt_mkdir(root, "dir", 0755);
	lwbt_touch(root, "dir/xx_YY.UTF-8");
	lwbt_touch(root, "dir/ww_VV.utf8");
	lwbt_touch(root, "dir/vv_UU.UTF-8@mod");
	lwbt_touch(root, "dir/tt_SS.ISO-8859-15");
	lwbt_touch(root, "dir/aaaaaaaaaa_BBBBBBBBBBBBBBBB");
	lwbt_mkdir(root, "dir/dd_DD.UTF-8", 0755);
	char *path = malloc(2 * strlen(root) + 16);
	sprintf(path, "%s/empty:%s/dir", root, root);
	setenv("MUSL_LOCPATH", path, 1);
	free(path);
	unsetenv("LC_ALL");
}

static void teardown(void)
{
	lwbt_rmtree(root);
	free(root);
}

static const char *const installed[] = {
	"xx_YY.UTF-8", "xx_YY.UTF-8@euro", "ww_VV.utf8", "ww_VV.UTF-8", "ww_VV.Utf-8@x",
	"vv_UU.UTF-8@mod", "ww_VV.UTF 8",
};

static const char *const absent[] = {
	"xx_YY.utf8", "xx_YY", "xx.UTF-8", "xx_YY@euro", "vv_UU.UTF-8", "vv_UU.UTF-8@other",
	"dd_DD.UTF-8", "aaaaaaaaaa_BBBBBBBBBBBBBBBB", "ww_VV", "zz_ZZ", "ww_VV.UTF_8",
	/* Found under the codeset as given or as "utf8" only. */
	"xx_YY.utf-8@euro", "xx_YY.UTF8",
	/* A codeset other than UTF-8, which musl would not give. */
	"tt_SS.ISO-8859-15", "tt_SS.iso885915",
};

START_TEST(installed_in_locpath)
{
	char *r = setlocale(LC_ALL, installed[_i]);
	ck_assert_ptr_nonnull(r);
	ck_assert_str_eq(r, installed[_i]);
	locale_t loc = newlocale(LC_ALL_MASK, installed[_i], (locale_t)0);
	ck_assert_ptr_nonnull(loc);
	freelocale(loc);
}
END_TEST

START_TEST(absent_from_locpath)
{
	errno = 0;
	ck_assert_ptr_null(setlocale(LC_ALL, absent[_i]));
	ck_assert_int_eq(errno, ENOENT);
	errno = 0;
	ck_assert_ptr_null(newlocale(LC_ALL_MASK, absent[_i], (locale_t)0));
	ck_assert_int_eq(errno, ENOENT);
}
END_TEST

START_TEST(from_environment)
{
	setenv("LANG", "xx_YY.UTF-8", 1);
	ck_assert_str_eq(setlocale(LC_ALL, ""), "xx_YY.UTF-8");
	setenv("LC_TIME", "ww_VV", 1);
	errno = 0;
	ck_assert_ptr_null(setlocale(LC_ALL, ""));
	ck_assert_int_eq(errno, ENOENT);
}
END_TEST

/* Without MUSL_LOCPATH only the built-in locales are installed. */
START_TEST(no_locpath)
{
	unsetenv("MUSL_LOCPATH");
	errno = 0;
	ck_assert_ptr_null(setlocale(LC_ALL, "xx_YY.UTF-8"));
	ck_assert_int_eq(errno, ENOENT);
	setenv("MUSL_LOCPATH", "", 1);
	ck_assert_ptr_null(setlocale(LC_ALL, "xx_YY.UTF-8"));
}
END_TEST

int main(void)
{
	if (LWBT_GLIBC) {
		puts("SKIP: MUSL_LOCPATH is musl's; on glibc its own locales are installed");
		return 77;
	}
	Suite *s = suite_create("locale-locpath");
	TCase *tc = tcase_create("locpath");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, installed_in_locpath, 0, sizeof installed / sizeof *installed);
	tcase_add_loop_test(tc, absent_from_locpath, 0, sizeof absent / sizeof *absent);
	tcase_add_test(tc, from_environment);
	tcase_add_test(tc, no_locpath);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
