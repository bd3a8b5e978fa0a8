/* Which type flag nftw reports for what, with and without FTW_PHYS. */
#define _GNU_SOURCE
#include <errno.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "walktest.h"

START_TEST(follows_links_by_default)
{
	enter_tmpdir();
	tree_basic();
	ck_assert_int_eq(nftw("a", rec_nftw, 20, 0), 0);
	rec_expect("a", FTW_D, 0);
	rec_expect("a/b", FTW_D, 1);
	rec_expect("a/b/c", FTW_D, 2);
	rec_expect("a/b/c/f3", FTW_F, 3);
	rec_expect("a/b/f2", FTW_F, 2);
	rec_expect("a/f1", FTW_F, 1);
	rec_expect("a/lf1", FTW_F, 1);		/* a link to a file is the file */
	rec_expect("a/dang", FTW_SLN, 1);
	rec_expect("a/ld", FTW_D, 1);		/* a link to a directory is walked */
	rec_expect("a/ld/f4", FTW_F, 2);
	rec_absent("a/b/up");			/* leads back to a: not walked twice */
	ck_assert_int_eq(rec.n, 10);
	ck_assert_int_eq(rec_get("a/dang")->mode, S_IFLNK);
	ck_assert_int_eq(rec_get("a/ld")->mode, S_IFDIR);
	ck_assert_int_eq(rec_get("a")->base, 0);
	ck_assert_int_eq(rec_get("a/b/c/f3")->base, 6);
	rec_check_walk(0);
}
END_TEST

START_TEST(phys_reports_links)
{
	enter_tmpdir();
	tree_basic();
	ck_assert_int_eq(nftw("a", rec_nftw, 20, FTW_PHYS), 0);
	rec_expect("a", FTW_D, 0);
	rec_expect("a/b", FTW_D, 1);
	rec_expect("a/b/up", FTW_SL, 2);
	rec_expect("a/b/c", FTW_D, 2);
	rec_expect("a/b/c/f3", FTW_F, 3);
	rec_expect("a/b/f2", FTW_F, 2);
	rec_expect("a/f1", FTW_F, 1);
	rec_expect("a/lf1", FTW_SL, 1);
	rec_expect("a/dang", FTW_SL, 1);
	rec_expect("a/ld", FTW_SL, 1);
	ck_assert_int_eq(rec.n, 10);
	ck_assert_int_eq(rec_get("a/ld")->mode, S_IFLNK);
	rec_check_walk(0);
}
END_TEST

START_TEST(depth_reports_dp_after_contents)
{
	enter_tmpdir();
	tree_basic();
	ck_assert_int_eq(nftw("a", rec_nftw, 20, FTW_DEPTH | FTW_PHYS), 0);
	rec_expect("a", FTW_DP, 0);
	rec_expect("a/b", FTW_DP, 1);
	rec_expect("a/b/c", FTW_DP, 2);
	rec_expect("a/b/up", FTW_SL, 2);
	ck_assert_int_eq(rec.n, 10);
	ck_assert_str_eq(rec.ev[rec.n - 1].path, "a");
	rec_check_walk(1);
}
END_TEST

START_TEST(directory_reached_twice_is_walked_once)
{
	/* d is both ./d and ./a/ld: whichever readdir gives first is walked. */
	enter_tmpdir();
	tree_basic();
	ck_assert_int_eq(nftw(".", rec_nftw, 20, 0), 0);
	rec_expect(".", FTW_D, 0);
	ck_assert_str_eq(rec.ev[0].path, ".");
	int via_link = 0, direct = 0;
	for (int i = 0; i < rec.n; i++) {
		via_link += !strcmp(rec.ev[i].path, "./a/ld/f4") || !strcmp(rec.ev[i].path, "./lroot/ld/f4");
		direct += !strcmp(rec.ev[i].path, "./d/f4");
	}
	ck_assert_int_eq(via_link + direct, 1);
	/* lroot is a link to a: a is walked under one of its two names. */
	int a = 0, lroot = 0;
	for (int i = 0; i < rec.n; i++) {
		a += !strcmp(rec.ev[i].path, "./a/b/c/f3");
		lroot += !strcmp(rec.ev[i].path, "./lroot/b/c/f3");
	}
	ck_assert_int_eq(a + lroot, 1);
	rec_expect("./dangroot", FTW_SLN, 1);
	/* ., a (or lroot), b, c, f3, f2, dang, d (or ld), f4, lf1, f1, dangroot */
	ck_assert_int_eq(rec.n, 12);
	rec_check_walk(0);
}
END_TEST

START_TEST(start_path_forms)
{
	enter_tmpdir();
	tree_basic();

	ck_assert_int_eq(nftw("a/", rec_nftw, 5, 0), 0);
	rec_expect("a", FTW_D, 0);
	rec_expect("a/b", FTW_D, 1);
	rec_reset();

	ck_assert_int_eq(nftw("a///", rec_nftw, 5, FTW_PHYS), 0);
	rec_expect("a", FTW_D, 0);
	rec_reset();

	ck_assert_int_eq(nftw("a//b", rec_nftw, 5, FTW_PHYS), 0);
	rec_expect("a//b", FTW_D, 0);
	ck_assert_int_eq(rec_get("a//b")->base, 3);
	rec_expect("a//b/c/f3", FTW_F, 2);
	ck_assert_int_eq(rec_get("a//b/c/f3")->base, 7);
	rec_reset();

	ck_assert_int_eq(nftw("./a/b/c", rec_nftw, 5, 0), 0);
	ck_assert_int_eq(rec_get("./a/b/c")->base, 6);
	rec_expect("./a/b/c/f3", FTW_F, 1);
	rec_reset();

	/* A trailing slash does not make nftw follow a link under FTW_PHYS. */
	ck_assert_int_eq(nftw("a/ld/", rec_nftw, 5, FTW_PHYS), 0);
	rec_expect("a/ld", FTW_SL, 0);
	ck_assert_int_eq(rec.n, 1);
	rec_reset();

	ck_assert_int_eq(nftw("a/ld/", rec_nftw, 5, 0), 0);
	rec_expect("a/ld", FTW_D, 0);
	rec_expect("a/ld/f4", FTW_F, 1);
	ck_assert_int_eq(rec_get("a/ld/f4")->base, 5);
}
END_TEST

START_TEST(start_path_root)
{
	/* "/" and "//" both walk as "/", base 1; its children get one slash. */
	rec_answer("/", FTW_D, FTW_SKIP_SUBTREE);
	ck_assert_int_eq(nftw("//", rec_nftw, 5, FTW_ACTIONRETVAL), 0);
	ck_assert_int_eq(rec.n, 1);
	rec_expect("/", FTW_D, 0);
	ck_assert_int_eq(rec.ev[0].base, 1);
}
END_TEST

static int skip_below_root(const char *path, const struct stat *st, int type, struct FTW *f)
{
	rec_nftw(path, st, type, f);
	return f->level == 1 ? FTW_SKIP_SUBTREE : FTW_CONTINUE;
}

START_TEST(root_children_have_one_slash)
{
	ck_assert_int_eq(nftw("/", skip_below_root, 5, FTW_ACTIONRETVAL | FTW_PHYS), 0);
	ck_assert_int_ge(rec.n, 2);
	rec_expect("/", FTW_D, 0);
	for (int i = 1; i < rec.n; i++) {
		ck_assert_int_eq(rec.ev[i].level, 1);
		ck_assert_msg(rec.ev[i].path[0] == '/' && rec.ev[i].path[1] != '/', "%s", rec.ev[i].path);
		ck_assert_int_eq(rec.ev[i].base, 1);
	}
}
END_TEST

START_TEST(start_path_kinds)
{
	enter_tmpdir();
	tree_basic();

	ck_assert_int_eq(nftw("dangroot", rec_nftw, 5, 0), 0);
	rec_expect("dangroot", FTW_SLN, 0);
	ck_assert_int_eq(rec.n, 1);
	rec_reset();

	ck_assert_int_eq(nftw("dangroot", rec_nftw, 5, FTW_PHYS), 0);
	rec_expect("dangroot", FTW_SL, 0);
	rec_reset();

	ck_assert_int_eq(nftw("lroot", rec_nftw, 5, 0), 0);
	rec_expect("lroot", FTW_D, 0);
	rec_expect("lroot/b/c/f3", FTW_F, 3);
	ck_assert_int_eq(rec.n, 10);
	rec_reset();

	ck_assert_int_eq(nftw("lroot", rec_nftw, 5, FTW_PHYS), 0);
	rec_expect("lroot", FTW_SL, 0);
	ck_assert_int_eq(rec.n, 1);
	rec_reset();

	ck_assert_int_eq(nftw("a/b/f2", rec_nftw, 5, 0), 0);
	rec_expect("a/b/f2", FTW_F, 0);
	ck_assert_int_eq(rec_get("a/b/f2")->base, 4);
	ck_assert_int_eq(rec.n, 1);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("nftw types");
	TCase *tc = walk_tcase("types");

	tcase_add_test(tc, follows_links_by_default);
	tcase_add_test(tc, phys_reports_links);
	tcase_add_test(tc, depth_reports_dp_after_contents);
	tcase_add_test(tc, directory_reached_twice_is_walked_once);
	tcase_add_test(tc, start_path_forms);
	tcase_add_test(tc, start_path_root);
	tcase_add_test(tc, root_children_have_one_slash);
	tcase_add_test(tc, start_path_kinds);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return lwbt_run(suite());
}
