/* Trees deeper than PATH_MAX, and descriptors: fts reads a directory
 * whole and closes it, so a walk holds a few descriptors at any depth. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ftstest.h"

/* deep/<name>/<name>/... levels deep, a file "f" in each directory. */
static void make_deep(int levels, int namelen)
{
	char name[256];
	int fd;

	memset(name, 'n', (size_t)namelen);
	name[namelen] = 0;
	ck_assert(mkdir("deep", 0755) == 0);
	fd = open("deep", O_RDONLY | O_DIRECTORY);
	ck_assert(fd >= 0);
	for (int i = 0; i < levels; i++) {
		int next;

		ck_assert(mkdirat(fd, name, 0755) == 0);
		close(openat(fd, "f", O_WRONLY | O_CREAT, 0644));
		next = openat(fd, name, O_RDONLY | O_DIRECTORY);
		ck_assert(next >= 0);
		close(fd);
		fd = next;
	}
	close(fd);
}

START_TEST(deeper_than_path_max_with_chdir)
{
	char *roots[] = { "deep", NULL };
	int fds = lwbt_count_fds(), most = 0, files = 0, levels = 0, dps = 0;
	FTS *fts;
	FTSENT *e;

	enter_tmpdir();
	make_deep(100, 100);	/* paths up to about 10,000 bytes */
	fts = fts_open(roots, FTS_PHYSICAL, NULL);
	ck_assert_ptr_nonnull(fts);
	while ((errno = 0, e = fts_read(fts))) {
		int n = lwbt_count_fds();

		if (n > most)
			most = n;
		ck_assert_msg(e->fts_info == FTS_D || e->fts_info == FTS_DP || e->fts_info == FTS_F,
			"%s at level %d: %d, errno %d", info_name(e->fts_info), e->fts_level,
			e->fts_info, e->fts_errno);
		ck_assert_uint_eq(strlen(e->fts_path), e->fts_pathlen);
		if (e->fts_info == FTS_F) {
			files++;
			/* From inside its directory, by its name. */
			ck_assert(access(e->fts_accpath, F_OK) == 0);
		}
		if (e->fts_level > levels)
			levels = e->fts_level;
		dps += e->fts_info == FTS_DP;
	}
	ck_assert_int_eq(errno, 0);
	ck_assert_int_eq(files, 100);
	ck_assert_int_eq(dps, 101);
	ck_assert_int_eq(levels, 100);
	ck_assert_int_le(most, fds + 2);
	ck_assert_int_eq(fts_close(fts), 0);
	ck_assert_int_eq(lwbt_count_fds(), fds);
}
END_TEST

START_TEST(path_max_without_chdir)
{
	char *roots[] = { "deep", NULL };
	int ns = 0, files = 0;
	FTS *fts;
	FTSENT *e;

	enter_tmpdir();
	make_deep(50, 120);
	/* A path of PATH_MAX bytes or more cannot be stat'ed as a whole:
	 * FTS_NS with ENAMETOOLONG, and the walk goes on without it. */
	fts = fts_open(roots, FTS_PHYSICAL | FTS_NOCHDIR, NULL);
	while ((errno = 0, e = fts_read(fts))) {
		if (e->fts_info == FTS_NS) {
			ns++;
			ck_assert_int_eq(e->fts_errno, ENAMETOOLONG);
			ck_assert_int_ge(e->fts_pathlen, PATH_MAX);
		} else {
			ck_assert_int_lt(e->fts_pathlen, PATH_MAX);
		}
		files += e->fts_info == FTS_F;
	}
	ck_assert_int_eq(errno, 0);
	ck_assert_int_eq(ns, 1);
	ck_assert_int_eq(files, 34);
	ck_assert_int_eq(fts_close(fts), 0);
}
END_TEST

START_TEST(long_paths_are_counted)
{
	char *roots[] = { "deep", NULL };
	unsigned longest = 0;
	FTS *fts;
	FTSENT *e;

	enter_tmpdir();
	make_deep(120, 250);	/* paths up to 30,000 bytes */
	fts = fts_open(roots, FTS_PHYSICAL, NULL);
	while ((errno = 0, e = fts_read(fts))) {
		ck_assert_uint_eq(strlen(e->fts_path), e->fts_pathlen);
		if (e->fts_pathlen > longest)
			longest = e->fts_pathlen;
	}
	ck_assert_int_eq(errno, 0);
	ck_assert_uint_eq(longest, 4 + 120 * 251);
	ck_assert_int_eq(fts_close(fts), 0);
}
END_TEST

START_TEST(closing_mid_walk)
{
	const char *top = enter_tmpdir();
	char *roots[] = { "a", NULL };
	int fds = lwbt_count_fds();
	char here[4096];
	FTS *fts;
	FTSENT *e;

	tree_basic();
	/* Deep inside. (With a directory entered through a followed link
	 * glibc leaks a descriptor: see fts_deviations.) */
	fts = fts_open(roots, FTS_PHYSICAL, by_name);
	while ((e = fts_read(fts)) && strcmp(e->fts_path, "a/b/c/f3"))
		;
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(fts_close(fts), 0);
	ck_assert_int_eq(lwbt_count_fds(), fds);
	ck_assert_ptr_nonnull(getcwd(here, sizeof here));
	ck_assert_str_eq(here, top);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fts deep");
	TCase *tc = fts_tcase("deep");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, deeper_than_path_max_with_chdir);
	tcase_add_test(tc, path_max_without_chdir);
	tcase_add_test(tc, long_paths_are_counted);
	tcase_add_test(tc, closing_mid_walk);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
