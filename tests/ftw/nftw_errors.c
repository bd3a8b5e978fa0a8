/* Return values and errno; unreadable and unsearchable directories, failed
 * stats, link loops, entries that vanish during the walk. */
#define _GNU_SOURCE
#include <errno.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "walktest.h"

static void drop(void)
{
	ck_assert_msg(lwbt_drop_privileges() == 0, "cannot drop privileges");
}

START_TEST(missing_start_path)
{
	static const char *paths[] = { "missing", "", "a/f1/x", "a/missing/x" };
	static const int errs[] = { ENOENT, ENOENT, ENOTDIR, ENOENT };

	enter_tmpdir();
	tree_basic();
	for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
		for (int flags = 0; flags < 32; flags++) {
			errno = 0;
			ck_assert_int_eq(nftw(paths[i], rec_nftw, 5, flags), -1);
			ck_assert_msg(errno == errs[i], "%s: errno %d", paths[i], errno);
			ck_assert_int_eq(rec.n, 0);
		}
	}
}
END_TEST

/*   r/nr (no read: FTW_DNR) with nr/sub, nr/f
 *   r/nx (read, no search: entries are FTW_NS) with nx/sub2, nx/g
 *   r/ok/h */
static void tree_perms(void)
{
	enter_tmpdir();
	lwbt_mkdir(".", "r", 0755);
	lwbt_mkdir(".", "r/nr", 0755);
	lwbt_mkdir(".", "r/nr/sub", 0755);
	lwbt_touch(".", "r/nr/f");
	lwbt_mkdir(".", "r/nx", 0755);
	lwbt_mkdir(".", "r/nx/sub2", 0755);
	lwbt_touch(".", "r/nx/g");
	lwbt_mkdir(".", "r/ok", 0755);
	lwbt_touch(".", "r/ok/h");
	lwbt_chmod(".", "r/nr", 0333);
	lwbt_chmod(".", "r/nx", 0644);
}

START_TEST(unreadable_and_unsearchable)
{
	tree_perms();
	drop();
	for (int phys = 0; phys <= FTW_PHYS; phys++) {
		rec_reset();
		ck_assert_int_eq(nftw("r", rec_nftw, 5, phys), 0);
		rec_expect("r", FTW_D, 0);
		rec_expect("r/nr", FTW_DNR, 1);
		rec_expect("r/nx", FTW_D, 1);
		rec_expect("r/nx/sub2", FTW_NS, 2);
		rec_expect("r/nx/g", FTW_NS, 2);
		rec_expect("r/ok", FTW_D, 1);
		rec_expect("r/ok/h", FTW_F, 2);
		ck_assert_int_eq(rec.n, 7);
		ck_assert_int_eq(rec_get("r/nr")->mode, S_IFDIR);
		rec_check_walk(0);

		rec_reset();
		ck_assert_int_eq(nftw("r", rec_nftw, 5, phys | FTW_DEPTH), 0);
		rec_expect("r", FTW_DP, 0);
		rec_expect("r/nr", FTW_DNR, 1);
		rec_expect("r/nx", FTW_DP, 1);
		rec_expect("r/nx/g", FTW_NS, 2);
		ck_assert_int_eq(rec.n, 7);
		rec_check_walk(1);
	}
}
END_TEST

START_TEST(unreadable_start)
{
	tree_perms();
	drop();
	ck_assert_int_eq(nftw("r/nr", rec_nftw, 5, 0), 0);
	rec_expect("r/nr", FTW_DNR, 0);
	ck_assert_int_eq(rec.n, 1);
	rec_reset();
	ck_assert_int_eq(nftw("r/nr", rec_nftw, 5, FTW_DEPTH | FTW_PHYS), 0);
	rec_expect("r/nr", FTW_DNR, 0);
	ck_assert_int_eq(rec.n, 1);
	rec_reset();

	/* The start path cannot be stat'ed: -1, nothing reported. */
	errno = 0;
	ck_assert_int_eq(nftw("r/nx/g", rec_nftw, 5, 0), -1);
	ck_assert_int_eq(errno, EACCES);
	ck_assert_int_eq(rec.n, 0);
}
END_TEST

START_TEST(skip_answers_at_dnr)
{
	tree_perms();
	drop();
	rec_answer("r/nr", FTW_DNR, FTW_SKIP_SUBTREE);
	ck_assert_int_eq(nftw("r", rec_nftw, 5, FTW_ACTIONRETVAL), 0);
	ck_assert_int_eq(rec.n, 7);
	rec_reset();
	rec_answer("r/nr", FTW_DNR, 9);
	ck_assert_int_eq(nftw("r", rec_nftw, 5, FTW_ACTIONRETVAL), 9);
	ck_assert_str_eq(rec.ev[rec.n - 1].path, "r/nr");
}
END_TEST

START_TEST(chdir_into_unsearchable)
{
	char cwd[4096];

	enter_tmpdir();
	lwbt_mkdir(".", "r", 0755);
	lwbt_mkdir(".", "r/nx", 0755);
	lwbt_touch(".", "r/nx/g");
	lwbt_chmod(".", "r/nx", 0644);
	drop();
	ck_assert(getcwd(cwd, sizeof cwd));

	/* The directory opens, is reported, and then cannot be entered. */
	errno = 0;
	ck_assert_int_eq(nftw("r", rec_nftw, 5, FTW_CHDIR), -1);
	ck_assert_int_eq(errno, EACCES);
	ck_assert_int_eq(rec.n, 2);
	rec_expect("r", FTW_D, 0);
	rec_expect("r/nx", FTW_D, 1);
	assert_cwd(cwd);
	rec_reset();

	errno = 0;
	ck_assert_int_eq(nftw("r", rec_nftw, 5, FTW_CHDIR | FTW_DEPTH), -1);
	ck_assert_int_eq(errno, EACCES);
	ck_assert_int_eq(rec.n, 0);
	assert_cwd(cwd);
}
END_TEST

START_TEST(link_loops)
{
	enter_tmpdir();
	lwbt_mkdir(".", "s", 0755);
	lwbt_symlink(".", "loop", "s/loop");
	lwbt_symlink(".", "l2", "l1");
	lwbt_symlink(".", "l1", "l2");

	/* Following links, a loop is an error, not FTW_SLN. */
	errno = 0;
	ck_assert_int_eq(nftw("s", rec_nftw, 5, 0), -1);
	ck_assert_int_eq(errno, ELOOP);
	rec_expect("s", FTW_D, 0);
	ck_assert_int_eq(rec.n, 1);
	rec_reset();

	errno = 0;
	ck_assert_int_eq(nftw("l1", rec_nftw, 5, 0), -1);
	ck_assert_int_eq(errno, ELOOP);
	ck_assert_int_eq(rec.n, 0);

	ck_assert_int_eq(nftw("s", rec_nftw, 5, FTW_PHYS), 0);
	rec_expect("s/loop", FTW_SL, 1);
	rec_reset();
	ck_assert_int_eq(nftw("l1", rec_nftw, 5, FTW_PHYS), 0);
	rec_expect("l1", FTW_SL, 0);
}
END_TEST

START_TEST(other_stat_errors_stop)
{
	enter_tmpdir();
	lwbt_mkdir(".", "s", 0755);
	lwbt_touch(".", "s/file");
	lwbt_symlink(".", "file/x", "s/enotdir");
	errno = 0;
	ck_assert_int_eq(nftw("s", rec_nftw, 5, 0), -1);
	ck_assert_int_eq(errno, ENOTDIR);
	rec_absent("s/enotdir");
	rec_reset();
	ck_assert_int_eq(nftw("s", rec_nftw, 5, FTW_PHYS), 0);
	rec_expect("s/enotdir", FTW_SL, 1);
}
END_TEST

START_TEST(link_into_unsearchable)
{
	tree_perms();
	lwbt_mkdir(".", "s", 0755);
	lwbt_symlink(".", "../r/nx/g", "s/eacces");
	drop();
	/* stat fails with EACCES and the entry is a link: FTW_SLN. */
	ck_assert_int_eq(nftw("s", rec_nftw, 5, 0), 0);
	rec_expect("s/eacces", FTW_SLN, 1);
	ck_assert_int_eq(rec_get("s/eacces")->mode, S_IFLNK);
	rec_reset();
	/* As the start path, only a dangling link is reported. */
	errno = 0;
	ck_assert_int_eq(nftw("s/eacces", rec_nftw, 5, 0), -1);
	ck_assert_int_eq(errno, EACCES);
	ck_assert_int_eq(rec.n, 0);
	ck_assert_int_eq(nftw("s/eacces", rec_nftw, 5, FTW_PHYS), 0);
	rec_expect("s/eacces", FTW_SL, 0);
}
END_TEST

/* Entries removed after readdir gave their names are FTW_NS. */
static int remove_siblings(const char *path, const struct stat *st, int type, struct FTW *f)
{
	rec_nftw(path, st, type, f);
	if (f->level == 1 && rec.n == 2) {
		char **names = lwbt_readdir_order("v");

		for (int i = 0; names[i]; i++) {
			char *p = lwbt_path("v", names[i]);

			if (strcmp(p, path)) {
				unlink(p);
				rmdir(p);
			}
			free(p);
		}
		lwbt_free_names(names);
	}
	return 0;
}

static void make_v(void)
{
	lwbt_mkdir(".", "v", 0755);
	lwbt_touch(".", "v/f1");
	lwbt_touch(".", "v/f2");
	lwbt_touch(".", "v/f3");
	lwbt_mkdir(".", "v/d4", 0755);
	lwbt_touch(".", "v/f5");
}

START_TEST(vanished_entries)
{
	enter_tmpdir();
	for (int phys = 0; phys <= FTW_PHYS; phys++) {
		make_v();
		rec_reset();
		ck_assert_int_eq(nftw("v", remove_siblings, 5, phys), 0);
		ck_assert_int_eq(rec.n, 6);
		for (int i = 2; i < rec.n; i++) {
			ck_assert_msg(rec.ev[i].type == FTW_NS, "%s: %s", rec.ev[i].path,
				type_name(rec.ev[i].type));
			ck_assert_int_eq(access(rec.ev[i].path, F_OK), -1);
		}
		lwbt_rmtree("v");
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("nftw errors");
	TCase *tc = walk_tcase("errors");

	tcase_add_test(tc, missing_start_path);
	tcase_add_test(tc, unreadable_and_unsearchable);
	tcase_add_test(tc, unreadable_start);
	tcase_add_test(tc, skip_answers_at_dnr);
	tcase_add_test(tc, chdir_into_unsearchable);
	tcase_add_test(tc, link_loops);
	tcase_add_test(tc, other_stat_errors_stop);
	tcase_add_test(tc, link_into_unsearchable);
	tcase_add_test(tc, vanished_entries);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
