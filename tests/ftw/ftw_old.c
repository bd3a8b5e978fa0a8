/* ftw, and the *64 names. */
#define _GNU_SOURCE
#define _LARGEFILE64_SOURCE
#include <errno.h>
#include <ftw.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "walktest.h"

START_TEST(ftw_types)
{
	enter_tmpdir();
	tree_basic();
	ck_assert_int_eq(ftw("a", rec_ftw, 10), 0);
	rec_expect("a", FTW_D, 0);
	rec_expect("a/b/c/f3", FTW_F, 0);
	rec_expect("a/ld", FTW_D, 0);
	rec_expect("a/ld/f4", FTW_F, 0);
	rec_expect("a/lf1", FTW_F, 0);
	rec_expect("a/dang", FTW_NS, 0);	/* ftw has no FTW_SLN */
	rec_absent("a/b/up");
	ck_assert_int_eq(rec.n, 10);
	rec_reset();

	ck_assert_int_eq(ftw("dangroot", rec_ftw, 10), 0);
	rec_expect("dangroot", FTW_NS, 0);
	rec_reset();

	errno = 0;
	ck_assert_int_eq(ftw("missing", rec_ftw, 10), -1);
	ck_assert_int_eq(errno, ENOENT);
	ck_assert_int_eq(ftw("", rec_ftw, 10), -1);
	ck_assert_int_eq(rec.n, 0);
}
END_TEST

START_TEST(ftw_stops_on_answer)
{
	int before;

	enter_tmpdir();
	tree_basic();
	before = lwbt_count_fds();
	rec_answer("a/b/c", -1, 3);
	ck_assert_int_eq(ftw("a", rec_ftw, 1), 3);
	ck_assert_str_eq(rec.ev[rec.n - 1].path, "a/b/c");
	ck_assert_int_eq(lwbt_count_fds(), before);
}
END_TEST

START_TEST(ftw_unreadable)
{
	enter_tmpdir();
	lwbt_mkdir(".", "r", 0755);
	lwbt_mkdir(".", "r/nr", 0755);
	lwbt_touch(".", "r/nr/f");
	lwbt_chmod(".", "r/nr", 0333);
	lwbt_mkdir(".", "r/nx", 0755);
	lwbt_touch(".", "r/nx/g");
	lwbt_chmod(".", "r/nx", 0644);
	ck_assert(lwbt_drop_privileges() == 0);
	ck_assert_int_eq(ftw("r", rec_ftw, 10), 0);
	rec_expect("r/nr", FTW_DNR, 0);
	rec_expect("r/nx", FTW_D, 0);
	rec_expect("r/nx/g", FTW_NS, 0);
	ck_assert_int_eq(rec.n, 4);
}
END_TEST

static int cb64(const char *path, const struct stat64 *st, int type, struct FTW *f)
{
	struct stat s;

	ck_assert(type == FTW_NS || st->st_ino != 0);
	memset(&s, 0, sizeof s);
	s.st_mode = type == FTW_NS ? 0 : st->st_mode;
	return rec_nftw(path, &s, type, f);
}

static int cb64_old(const char *path, const struct stat64 *st, int type)
{
	struct stat s;

	memset(&s, 0, sizeof s);
	s.st_mode = type == FTW_NS ? 0 : st->st_mode;
	return rec_ftw(path, &s, type);
}

START_TEST(the_64_names)
{
	enter_tmpdir();
	tree_basic();
	rec_answer("a/b", FTW_D, FTW_SKIP_SUBTREE);
	ck_assert_int_eq(nftw64("a", cb64, 10, FTW_ACTIONRETVAL | FTW_PHYS), 0);
	rec_expect("a/dang", FTW_SL, 1);
	rec_absent("a/b/c");
	ck_assert_int_eq(rec.n, 6);
	rec_reset();

	ck_assert_int_eq(nftw64("a", cb64, 10, FTW_DEPTH), 0);
	rec_expect("a", FTW_DP, 0);
	rec_expect("a/dang", FTW_SLN, 1);
	ck_assert_int_eq(rec.n, 10);
	rec_reset();

	ck_assert_int_eq(ftw64("a", cb64_old, 10), 0);
	rec_expect("a/dang", FTW_NS, 0);
	ck_assert_int_eq(rec.n, 10);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("ftw and the 64 names");
	TCase *tc = walk_tcase("ftw");

	tcase_add_test(tc, ftw_types);
	tcase_add_test(tc, ftw_stops_on_answer);
	tcase_add_test(tc, ftw_unreadable);
	tcase_add_test(tc, the_64_names);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
