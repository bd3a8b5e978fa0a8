/*
 * glob64 with GLOB_ALTDIRFUNC as code written for glibc sets it up: the
 * large-file functions themselves in glob64_t's callbacks, no casts. This
 * builds (under -Werror) only where, as on glibc, glob64_t's gl_stat and
 * gl_lstat take a struct stat64 and gl_readdir returns what readdir64 does;
 * the musl build takes libwildebeest-lfs64 too, where struct stat64 is a
 * type of its own.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <glob.h>
#include <sys/stat.h>
#include "gltest.h"
#include "lwbtest.h"

static int opened, read_, closed, stats, lstats;

static void *open_dir(const char *path)
{
	opened++;
	return opendir(path);
}

static struct dirent64 *read_dir(void *d)
{
	read_++;
	return readdir64(d);
}

static void close_dir(void *d)
{
	closed++;
	closedir(d);
}

static int stat_it(const char *restrict path, struct stat64 *restrict st)
{
	stats++;
	return stat64(path, st);
}

static int lstat_it(const char *restrict path, struct stat64 *restrict st)
{
	lstats++;
	return lstat64(path, st);
}

START_TEST(callbacks_take_the_64_bit_types)
{
	char *top = glt_fixture();
	glob64_t g = { 0 };

	g.gl_opendir = open_dir;
	g.gl_readdir = read_dir;
	g.gl_closedir = close_dir;
	g.gl_stat = stat_it;
	g.gl_lstat = lstat_it;
	ck_assert_int_eq(glob64("*/x", GLOB_ALTDIRFUNC | GLOB_MARK, 0, &g), 0);
	ck_assert_uint_eq(g.gl_pathc, 4);
	ck_assert_str_eq(g.gl_pathv[0], "a/x");
	ck_assert_str_eq(g.gl_pathv[1], "b/x");
	ck_assert_str_eq(g.gl_pathv[2], "dd/x");
	ck_assert_str_eq(g.gl_pathv[3], "la/x");
	ck_assert_int_gt(opened, 0);
	ck_assert_int_eq(closed, opened);
	ck_assert_int_gt(read_, opened);
	ck_assert_int_gt(stats + lstats, 0);
	globfree64(&g);

	/* The library's own functions fit too. */
	g.gl_stat = stat64;
	g.gl_lstat = lstat64;
	ck_assert_int_eq(glob64("d*", GLOB_ALTDIRFUNC | GLOB_ONLYDIR, 0, &g), 0);
	ck_assert_uint_eq(g.gl_pathc, 2);
	ck_assert_str_eq(g.gl_pathv[0], "d");
	ck_assert_str_eq(g.gl_pathv[1], "dd");
	globfree64(&g);
	glt_done(top);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("glob64 with lfs64");
	TCase *tc = tcase_create("glob64_lfs64");

	tcase_add_test(tc, callbacks_take_the_64_bit_types);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
