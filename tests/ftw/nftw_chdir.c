/* FTW_CHDIR: where each callback runs, and the working directory after. */
#define _GNU_SOURCE
#include <errno.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "walktest.h"

START_TEST(callbacks_run_in_the_entry_directory)
{
	const char *top = enter_tmpdir();

	tree_basic();
	for (int limit = 1; limit <= 20; limit += 19) {
		for (int flags = FTW_CHDIR; flags < 32; flags++) {
			if (!(flags & FTW_CHDIR))
				continue;
			/* glibc goes back up with ".." when the parent's stream is
			 * closed, wrong after the link a/ld: nftw_deviations. */
			if (limit == 1 && !(flags & FTW_PHYS))
				continue;
			rec_reset();
			ck_assert_int_eq(nftw("a", rec_nftw, limit, flags), 0);
			ck_assert_int_eq(rec.n, 10);
			rec_check_chdir(top);
			assert_cwd(top);
		}
	}
}
END_TEST

START_TEST(start_path_with_directories)
{
	const char *top = enter_tmpdir();

	tree_basic();
	ck_assert_int_eq(nftw("a/b/f2", rec_nftw, 5, FTW_CHDIR), 0);
	rec_check_chdir(top);
	rec_reset();
	ck_assert_int_eq(nftw("./a/b/", rec_nftw, 5, FTW_CHDIR | FTW_DEPTH), 0);
	rec_check_chdir(top);
	rec_reset();
	ck_assert_int_eq(nftw("dangroot", rec_nftw, 5, FTW_CHDIR), 0);
	rec_check_chdir(top);
	rec_reset();
	char *abs = lwbt_path(top, "a/b/c");
	ck_assert_int_eq(nftw(abs, rec_nftw, 5, FTW_CHDIR), 0);
	ck_assert_int_eq(rec.n, 2);
	ck_assert_str_eq(rec.ev[1].cwd, abs);
	assert_cwd(top);
	free(abs);
}
END_TEST

START_TEST(restored_however_the_walk_ends)
{
	static const char *where[] = { "a", "a/b", "a/b/c/f3", "a/f1", "a/ld/f4" };
	const char *top = enter_tmpdir();

	tree_basic();
	lwbt_mkdir(".", "a/b/c/e", 0755);
	lwbt_symlink(".", "loop", "a/b/c/e/loop");
	for (size_t w = 0; w < sizeof where / sizeof *where; w++) {
		for (int flags = FTW_CHDIR; flags < 32; flags++) {
			if (!(flags & FTW_CHDIR))
				continue;
			for (int limit = 1; limit <= 9; limit += 8) {
				int r;

				rec_reset();
				rec_answer(where[w], -1, 5);
				r = nftw("a", rec_nftw, limit, flags);
				ck_assert(r == 5 || r == -1 || (r == 0 && (flags & FTW_PHYS)));
				assert_cwd(top);
			}
		}
	}
	/* The loop makes the walk fail (ELOOP); the directory is still restored. */
	rec_reset();
	errno = 0;
	ck_assert_int_eq(nftw("a", rec_nftw, 3, FTW_CHDIR), -1);
	ck_assert_int_eq(errno, ELOOP);
	assert_cwd(top);
}
END_TEST

START_TEST(unreadable_starting_directory)
{
	const char *top = enter_tmpdir();

	tree_basic();
	lwbt_mkdir(".", "wd", 0311);
	ck_assert(lwbt_drop_privileges() == 0);
	ck_assert(chdir("wd") == 0);
	char *wd = get_current_dir_name();
	char *a = lwbt_path(top, "a");
	ck_assert_int_eq(nftw(a, rec_nftw, 5, FTW_CHDIR), 0);
	ck_assert_int_eq(rec.n, 10);
	assert_cwd(wd);
	free(a);
	free(wd);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("nftw FTW_CHDIR");
	TCase *tc = walk_tcase("chdir");

	tcase_add_test(tc, callbacks_run_in_the_entry_directory);
	tcase_add_test(tc, start_path_with_directories);
	tcase_add_test(tc, restored_however_the_walk_ends);
	tcase_add_test(tc, unreadable_starting_directory);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
