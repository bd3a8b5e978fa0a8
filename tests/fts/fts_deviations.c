/*
 * Deliberate deviations from glibc 2.36 in the fts module. musl only: each
 * case says what glibc does instead.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ftstest.h"

/* r/{link -> ../elsewhere, sub/f}; elsewhere/ holds what is given. */
static void tree_link_out(int empty)
{
	ck_assert(mkdir("r", 0755) == 0);
	ck_assert(mkdir("r/sub", 0755) == 0);
	ck_assert(mkdir("elsewhere", 0755) == 0);
	close(open("r/sub/f", O_WRONLY | O_CREAT, 0644));
	if (!empty)
		close(open("elsewhere/g", O_WRONLY | O_CREAT, 0644));
	ck_assert(symlink("../elsewhere", "r/link") == 0);
}

/* Walks r, following r/link; with children, fts_children on it first. */
static void walk_following(struct walk *w, int children)
{
	char *roots[] = { "r", NULL };
	FTS *fts = fts_open(roots, FTS_PHYSICAL, by_name);
	FTSENT *e;

	w->n = 0;
	while ((errno = 0, e = fts_read(fts))) {
		walk_record(w, e);
		if (e->fts_info == FTS_SL && !strcmp(e->fts_name, "link"))
			fts_set(fts, e, FTS_FOLLOW);
		if (children && e->fts_info == FTS_D && !strcmp(e->fts_name, "link")) {
			errno = 0;
			ck_assert_ptr_nonnull(fts_children(fts, 0));
			ck_assert_int_eq(errno, 0);
		}
	}
	w->end_errno = errno;
	ck_assert_int_eq(fts_close(fts), 0);
}

/* Moving with fchdir, glibc leaves a directory reached by FTS_FOLLOW
 * through ".." when it has no entries, checks where that led, and unless
 * the link's target sits in the link's own directory ends the walk there:
 * fts_read returns NULL with ENOENT, and r/sub is never seen. */
START_TEST(follow_to_an_empty_directory_elsewhere)
{
	struct walk w;

	enter_tmpdir();
	tree_link_out(1);
	walk_following(&w, 0);
	walk_expect(&w, "D r\nSL r/link\nD r/link\nDP r/link\nD r/sub\nF r/sub/f\nDP r/sub\nDP r\n");
	ck_assert_int_eq(w.end_errno, 0);
	walk_free(&w);
}
END_TEST

/* The same with fts_children on such a directory, whatever it holds: glibc
 * returns NULL with ENOENT and the walk ends. */
START_TEST(children_of_a_followed_directory_elsewhere)
{
	struct walk w;

	enter_tmpdir();
	tree_link_out(0);
	walk_following(&w, 1);
	walk_expect(&w, "D r\nSL r/link\nD r/link\nF r/link/g\nDP r/link\nD r/sub\nF r/sub/f\nDP r/sub\nDP r\n");
	walk_free(&w);
}
END_TEST

/* glibc's fts_close does not close the descriptor it keeps to come back
 * from a directory reached by FTS_FOLLOW: closed inside one, it leaks it. */
START_TEST(close_inside_a_followed_directory)
{
	char *roots[] = { "r", NULL };
	int fds = lwbt_count_fds();
	FTS *fts;
	FTSENT *e;

	enter_tmpdir();
	tree_link_out(0);
	fts = fts_open(roots, FTS_PHYSICAL, by_name);
	while ((e = fts_read(fts)) && strcmp(e->fts_path, "r/link"))
		;
	fts_set(fts, e, FTS_FOLLOW);
	ck_assert_int_eq(fts_read(fts)->fts_info, FTS_D);
	ck_assert_str_eq(fts_read(fts)->fts_path, "r/link/g");
	ck_assert_int_eq(fts_close(fts), 0);
	ck_assert_int_eq(lwbt_count_fds(), fds);
}
END_TEST

static void make_deep(int levels)
{
	char name[256];
	int fd;

	memset(name, 'n', 255);
	name[255] = 0;
	ck_assert(mkdir("deep", 0755) == 0);
	fd = open("deep", O_RDONLY | O_DIRECTORY);
	for (int i = 0; i < levels; i++) {
		int next;

		ck_assert(mkdirat(fd, name, 0755) == 0);
		next = openat(fd, name, O_RDONLY | O_DIRECTORY);
		ck_assert(next >= 0);
		close(fd);
		fd = next;
	}
	close(fd);
}

/* glibc ends a walk with ENAMETOOLONG once a path passes about 37,000
 * bytes (where depends on how its buffer grew). libwildebeest goes on to
 * 65,535 bytes, all that fts_pathlen (an unsigned short) can count, and
 * stops there the same way. */
START_TEST(paths_up_to_what_fts_pathlen_counts)
{
	char *roots[] = { "deep", NULL };
	unsigned longest = 0;
	FTS *fts;
	FTSENT *e;

	enter_tmpdir();
	make_deep(200);		/* paths to 51,204 bytes */
	fts = fts_open(roots, FTS_PHYSICAL, NULL);
	while ((errno = 0, e = fts_read(fts)))
		if (e->fts_pathlen > longest)
			longest = e->fts_pathlen;
	ck_assert_int_eq(errno, 0);
	ck_assert_uint_eq(longest, 4 + 200 * 256);
	ck_assert_int_eq(fts_close(fts), 0);
	lwbt_rmtree("deep");

	make_deep(300);		/* 76,804 bytes: too long */
	fts = fts_open(roots, FTS_PHYSICAL, NULL);
	longest = 0;
	while ((errno = 0, e = fts_read(fts)))
		if (e->fts_pathlen > longest)
			longest = e->fts_pathlen;
	ck_assert_int_eq(errno, ENAMETOOLONG);
	ck_assert_uint_le(longest, 65535);
	ck_assert_uint_gt(longest, 65535 - 256);
	ck_assert_ptr_null(fts_read(fts));
	ck_assert_int_eq(fts_close(fts), 0);
}
END_TEST

/* Under FTS_NOSTAT glibc leaves fts_statp unset (NULL, or garbage),
 * even for the entries it does stat; here it always points at a stat
 * buffer: filled for those entries, zeroed for FTS_NSOK. */
START_TEST(statp_under_nostat)
{
	char *roots[] = { "r", NULL };
	FTS *fts;
	FTSENT *e;

	enter_tmpdir();
	tree_link_out(0);
	fts = fts_open(roots, FTS_PHYSICAL | FTS_NOSTAT, by_name);
	while ((e = fts_read(fts))) {
		ck_assert_ptr_nonnull(e->fts_statp);
		if (e->fts_info == FTS_D)
			ck_assert_int_eq(e->fts_statp->st_mode & S_IFMT, S_IFDIR);
		if (e->fts_info == FTS_NSOK)
			ck_assert_int_eq(e->fts_statp->st_mode, 0);
	}
	ck_assert_int_eq(fts_close(fts), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fts deviations");
	TCase *tc = fts_tcase("deviations");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, follow_to_an_empty_directory_elsewhere);
	tcase_add_test(tc, children_of_a_followed_directory_elsewhere);
	tcase_add_test(tc, close_inside_a_followed_directory);
	tcase_add_test(tc, paths_up_to_what_fts_pathlen_counts);
	tcase_add_test(tc, statp_under_nostat);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
