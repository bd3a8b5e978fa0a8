/* FTW_ACTIONRETVAL: what each answer does, at several depths. */
#define _GNU_SOURCE
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "walktest.h"

/*   r/s1/x1/y1  r/s1/x1/y2  r/s1/x1/z/w  r/s1/f  r/s1/g  r/s2/f  r/h  */
static void tree(void)
{
	enter_tmpdir();
	lwbt_mkdir(".", "r", 0755);
	lwbt_mkdir(".", "r/s1", 0755);
	lwbt_mkdir(".", "r/s1/x1", 0755);
	lwbt_touch(".", "r/s1/x1/y1");
	lwbt_touch(".", "r/s1/x1/y2");
	lwbt_mkdir(".", "r/s1/x1/z", 0755);
	lwbt_touch(".", "r/s1/x1/z/w");
	lwbt_touch(".", "r/s1/f");
	lwbt_touch(".", "r/s1/g");
	lwbt_mkdir(".", "r/s2", 0755);
	lwbt_touch(".", "r/s2/f");
	lwbt_touch(".", "r/h");
}

static const char *all[] = {
	"r", "r/s1", "r/s1/x1", "r/s1/x1/y1", "r/s1/x1/y2", "r/s1/x1/z",
	"r/s1/x1/z/w", "r/s1/f", "r/s1/g", "r/s2", "r/s2/f", "r/h", NULL,
};

static int reported(const char *path)
{
	int n = 0;

	for (int i = 0; i < rec.n; i++)
		n += !strcmp(rec.ev[i].path, path);
	ck_assert_msg(n <= 1, "%s reported %d times", path, n);
	return n;
}

static int below(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	return !strncmp(path, dir, n) && path[n] == '/';
}

START_TEST(skip_subtree_at_each_directory)
{
	static const char *dirs[] = { "r/s1", "r/s1/x1", "r/s1/x1/z", "r/s2" };

	tree();
	for (size_t d = 0; d < sizeof dirs / sizeof *dirs; d++) {
		rec_reset();
		rec_answer(dirs[d], FTW_D, FTW_SKIP_SUBTREE);
		ck_assert_int_eq(nftw("r", rec_nftw, 10, FTW_ACTIONRETVAL), 0);
		for (const char **p = all; *p; p++)
			ck_assert_msg(reported(*p) == !below(*p, dirs[d]),
				"skip at %s: %s", dirs[d], *p);
		rec_check_walk(0);
	}
}
END_TEST

START_TEST(skip_subtree_elsewhere_is_continue)
{
	tree();
	rec_answer("r/s1/x1/y1", FTW_F, FTW_SKIP_SUBTREE);
	ck_assert_int_eq(nftw("r", rec_nftw, 10, FTW_ACTIONRETVAL), 0);
	ck_assert_int_eq(rec.n, 12);
	rec_reset();

	/* Under FTW_DEPTH a directory is reported after its contents. */
	rec_answer("r/s1/x1", FTW_DP, FTW_SKIP_SUBTREE);
	ck_assert_int_eq(nftw("r", rec_nftw, 10, FTW_ACTIONRETVAL | FTW_DEPTH), 0);
	ck_assert_int_eq(rec.n, 12);
	rec_check_walk(1);
}
END_TEST

/* FTW_SKIP_SIBLINGS for each entry of dir in turn: the entries readdir
 * gives before it are walked, the ones after are not, nor is the entry's
 * own subtree (pre-order); everything outside dir is walked. */
static void skip_siblings_in(const char *dir, int flags)
{
	char **order = lwbt_readdir_order(dir);
	int post = !!(flags & FTW_DEPTH);

	for (int k = 0; order[k]; k++) {
		char entry[256];

		snprintf(entry, sizeof entry, "%s/%s", dir, order[k]);
		rec_reset();
		rec_answer(entry, -1, FTW_SKIP_SIBLINGS);
		ck_assert_int_eq(nftw("r", rec_nftw, 10, flags | FTW_ACTIONRETVAL), 0);
		ck_assert_int_eq(reported(entry), 1);
		for (int j = 0; order[j]; j++) {
			char sib[256];

			snprintf(sib, sizeof sib, "%s/%s", dir, order[j]);
			ck_assert_msg(reported(sib) == (j <= k), "skip at %s: %s", entry, sib);
		}
		for (const char **p = all; *p; p++) {
			if (below(*p, entry))
				ck_assert_msg(reported(*p) == post, "skip at %s: %s", entry, *p);
			else if (!below(*p, dir))
				ck_assert_msg(reported(*p), "skip at %s: %s missing", entry, *p);
		}
		rec_check_walk(post);
	}
	lwbt_free_names(order);
}

START_TEST(skip_siblings_level1)
{
	tree();
	skip_siblings_in("r", 0);
}
END_TEST

START_TEST(skip_siblings_level2)
{
	tree();
	skip_siblings_in("r/s1", 0);
}
END_TEST

START_TEST(skip_siblings_level3)
{
	tree();
	skip_siblings_in("r/s1/x1", 0);
}
END_TEST

START_TEST(skip_siblings_post_order)
{
	tree();
	skip_siblings_in("r/s1", FTW_DEPTH);
	skip_siblings_in("r/s1/x1", FTW_DEPTH | FTW_PHYS);
}
END_TEST

START_TEST(skip_at_the_start_path)
{
	tree();
	rec_answer("r", FTW_D, FTW_SKIP_SIBLINGS);
	ck_assert_int_eq(nftw("r", rec_nftw, 10, FTW_ACTIONRETVAL), 0);
	ck_assert_int_eq(rec.n, 1);
	rec_reset();

	rec_answer("r", FTW_D, FTW_SKIP_SUBTREE);
	ck_assert_int_eq(nftw("r", rec_nftw, 10, FTW_ACTIONRETVAL), 0);
	ck_assert_int_eq(rec.n, 1);
	rec_reset();

	rec_answer("r", FTW_DP, FTW_SKIP_SIBLINGS);
	ck_assert_int_eq(nftw("r", rec_nftw, 10, FTW_ACTIONRETVAL | FTW_DEPTH), 0);
	ck_assert_int_eq(rec.n, 12);
	rec_reset();

	rec_answer("r/h", FTW_F, FTW_SKIP_SIBLINGS);
	ck_assert_int_eq(nftw("r/h", rec_nftw, 10, FTW_ACTIONRETVAL), 0);
	ck_assert_int_eq(rec.n, 1);
}
END_TEST

/* Any other answer ends the walk at once and is nftw's return value. */
START_TEST(other_answers_stop)
{
	static const int answers[] = { FTW_STOP, 42, -1, 4, -7 };
	static const char *where[] = { "r/s1", "r/s1/x1/y2", "r/s1/x1/z/w", "r/h" };

	tree();
	for (size_t a = 0; a < sizeof answers / sizeof *answers; a++) {
		for (size_t w = 0; w < sizeof where / sizeof *where; w++) {
			for (int depth = 0; depth <= FTW_DEPTH; depth += FTW_DEPTH) {
				int before = lwbt_count_fds();

				rec_reset();
				rec_answer(where[w], -1, answers[a]);
				ck_assert_int_eq(nftw("r", rec_nftw, 10, FTW_ACTIONRETVAL | depth), answers[a]);
				ck_assert_str_eq(rec.ev[rec.n - 1].path, where[w]);
				ck_assert_int_eq(lwbt_count_fds(), before);
			}
		}
	}
}
END_TEST

/* Without FTW_ACTIONRETVAL the GNU codes are ordinary non-zero answers. */
START_TEST(codes_without_actionretval)
{
	static const int answers[] = { FTW_SKIP_SUBTREE, FTW_SKIP_SIBLINGS, FTW_STOP };

	tree();
	for (size_t a = 0; a < sizeof answers / sizeof *answers; a++) {
		rec_reset();
		rec_answer("r/s1", FTW_D, answers[a]);
		ck_assert_int_eq(nftw("r", rec_nftw, 10, 0), answers[a]);
		ck_assert_str_eq(rec.ev[rec.n - 1].path, "r/s1");
	}
}
END_TEST

START_TEST(gnu_values)
{
	ck_assert_int_eq(FTW_ACTIONRETVAL, 16);
	ck_assert_int_eq(FTW_CONTINUE, 0);
	ck_assert_int_eq(FTW_STOP, 1);
	ck_assert_int_eq(FTW_SKIP_SUBTREE, 2);
	ck_assert_int_eq(FTW_SKIP_SIBLINGS, 3);
	ck_assert_int_eq(FTW_PHYS, 1);
	ck_assert_int_eq(FTW_MOUNT, 2);
	ck_assert_int_eq(FTW_CHDIR, 4);
	ck_assert_int_eq(FTW_DEPTH, 8);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("nftw FTW_ACTIONRETVAL");
	TCase *tc = walk_tcase("actionretval");

	tcase_add_test(tc, skip_subtree_at_each_directory);
	tcase_add_test(tc, skip_subtree_elsewhere_is_continue);
	tcase_add_test(tc, skip_siblings_level1);
	tcase_add_test(tc, skip_siblings_level2);
	tcase_add_test(tc, skip_siblings_level3);
	tcase_add_test(tc, skip_siblings_post_order);
	tcase_add_test(tc, skip_at_the_start_path);
	tcase_add_test(tc, other_answers_stop);
	tcase_add_test(tc, codes_without_actionretval);
	tcase_add_test(tc, gnu_values);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
