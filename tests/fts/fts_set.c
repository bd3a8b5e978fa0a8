/* fts_set: FTS_AGAIN, FTS_SKIP, FTS_FOLLOW, and what they do when. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ftstest.h"

/* Reads until the entry with this path and info, which it returns. */
static FTSENT *read_to(FTS *fts, struct walk *w, const char *path, int info)
{
	FTSENT *e;

	while ((e = fts_read(fts))) {
		walk_record(w, e);
		if (!strcmp(e->fts_path, path) && e->fts_info == info)
			return e;
	}
	ck_abort_msg("%s %s never came", info_name(info), path);
	return NULL;
}

static void read_rest(FTS *fts, struct walk *w)
{
	FTSENT *e;

	while ((errno = 0, e = fts_read(fts)))
		walk_record(w, e);
	w->end_errno = errno;
	ck_assert_int_eq(fts_close(fts), 0);
}

static FTS *open_a(char *root, int options)
{
	char *roots[] = { root, NULL };
	FTS *fts = fts_open(roots, options, by_name);

	ck_assert_ptr_nonnull(fts);
	return fts;
}

START_TEST(skip_directory)
{
	struct walk w = { .n = 0 };
	FTS *fts;
	FTSENT *e;

	enter_tmpdir();
	tree_basic();
	fts = open_a("a", FTS_PHYSICAL);
	e = read_to(fts, &w, "a/b", FTS_D);
	ck_assert_int_eq(fts_set(fts, e, FTS_SKIP), 0);
	read_rest(fts, &w);
	walk_expect(&w,
		"D a\n"
		"D a/b\n"
		"DP a/b\n"
		"SL a/dang\n"
		"F a/f1\n"
		"DEFAULT a/fifo\n"
		"SL a/ld\n"
		"SL a/lf1\n"
		"DP a\n");
	walk_free(&w);
}
END_TEST

START_TEST(again_on_a_directory)
{
	struct walk w = { .n = 0 };
	FTS *fts;
	FTSENT *e;

	enter_tmpdir();
	tree_basic();
	/* In postorder: the directory is walked again, D to DP. */
	fts = open_a("a", FTS_PHYSICAL);
	e = read_to(fts, &w, "a/b/c", FTS_DP);
	ck_assert_int_eq(fts_set(fts, e, FTS_AGAIN), 0);
	read_to(fts, &w, "a/b/f2", FTS_F);
	ck_assert(fts_close(fts) == 0);
	walk_expect(&w,
		"D a\n"
		"D a/b\n"
		"D a/b/c\n"
		"F a/b/c/f3\n"
		"DP a/b/c\n"
		"D a/b/c\n"
		"F a/b/c/f3\n"
		"DP a/b/c\n"
		"F a/b/f2\n");
	walk_free(&w);

	/* In preorder: the same, once more. */
	fts = open_a("a", FTS_PHYSICAL);
	e = read_to(fts, &w, "a/b/c", FTS_D);
	ck_assert_int_eq(fts_set(fts, e, FTS_AGAIN), 0);
	read_to(fts, &w, "a/b/f2", FTS_F);
	ck_assert(fts_close(fts) == 0);
	walk_expect(&w, "D a\nD a/b\nD a/b/c\nD a/b/c\nF a/b/c/f3\nDP a/b/c\nF a/b/f2\n");
	walk_free(&w);
}
END_TEST

START_TEST(again_on_a_file_restats_it)
{
	struct walk w = { .n = 0 };
	FTS *fts;
	FTSENT *e;

	enter_tmpdir();
	tree_basic();
	fts = open_a("a", FTS_PHYSICAL);
	e = read_to(fts, &w, "a/f1", FTS_F);
	/* The file is now a directory: FTS_AGAIN sees it. */
	ck_assert(unlink("f1") == 0);
	ck_assert(mkdir("f1", 0755) == 0);
	ck_assert_int_eq(fts_set(fts, e, FTS_AGAIN), 0);
	e = fts_read(fts);
	walk_record(&w, e);
	ck_assert_int_eq(e->fts_info, FTS_D);
	ck_assert_str_eq(e->fts_path, "a/f1");
	ck_assert_int_eq(e->fts_statp->st_mode & S_IFMT, S_IFDIR);
	read_rest(fts, &w);
	walk_get(&w, "a/f1", FTS_DP);
	walk_free(&w);
}
END_TEST

START_TEST(follow_a_link)
{
	const char *top = enter_tmpdir();
	struct walk w = { .n = 0 };
	FTS *fts;
	FTSENT *e;
	char *want;

	tree_basic();
	fts = open_a("a", FTS_PHYSICAL);
	e = read_to(fts, &w, "a/ld", FTS_SL);
	ck_assert_int_eq(fts_set(fts, e, FTS_FOLLOW), 0);
	read_rest(fts, &w);
	walk_expect(&w,
		"D a\n"
		"D a/b\n"
		"D a/b/c\n"
		"F a/b/c/f3\n"
		"DP a/b/c\n"
		"F a/b/f2\n"
		"SL a/b/up\n"
		"DP a/b\n"
		"SL a/dang\n"
		"F a/f1\n"
		"DEFAULT a/fifo\n"
		"SL a/ld\n"
		"D a/ld\n"
		"F a/ld/f4\n"
		"DP a/ld\n"
		"SL a/lf1\n"
		"DP a\n");
	/* Inside the target; back in the link's directory after. */
	ck_assert(asprintf(&want, "%s/d", top) > 0);
	ck_assert_str_eq(walk_get(&w, "a/ld/f4", FTS_F)->cwd, want);
	free(want);
	ck_assert(asprintf(&want, "%s/a", top) > 0);
	ck_assert_str_eq(walk_get(&w, "a/ld", FTS_DP)->cwd, want);
	ck_assert_str_eq(walk_get(&w, "a/lf1", FTS_SL)->cwd, want);
	free(want);
	walk_free(&w);

	/* A dangling link stays what it was, FTS_SLNONE. */
	fts = open_a("a", FTS_PHYSICAL);
	e = read_to(fts, &w, "a/dang", FTS_SL);
	fts_set(fts, e, FTS_FOLLOW);
	e = fts_read(fts);
	ck_assert_int_eq(e->fts_info, FTS_SLNONE);
	ck_assert_str_eq(e->fts_path, "a/dang");
	ck_assert_int_eq(fts_close(fts), 0);
	walk_free(&w);
}
END_TEST

START_TEST(instructions_on_listed_entries)
{
	struct walk w = { .n = 0 };
	FTSENT *list, *b = NULL, *f1 = NULL, *ld = NULL, *lf1 = NULL;
	FTS *fts;

	enter_tmpdir();
	tree_basic();
	fts = open_a("a", FTS_PHYSICAL);
	walk_record(&w, fts_read(fts));
	list = fts_children(fts, 0);
	for (FTSENT *e = list; e; e = e->fts_link) {
		if (!strcmp(e->fts_name, "b"))
			b = e;
		if (!strcmp(e->fts_name, "f1"))
			f1 = e;
		if (!strcmp(e->fts_name, "ld"))
			ld = e;
		if (!strcmp(e->fts_name, "lf1"))
			lf1 = e;
	}
	ck_assert(b && f1 && ld && lf1);
	/* b comes first: glibc reads a directory's first entry without
	 * looking at its instruction, so b is not skipped, only not
	 * entered; f1 and lf1 are left out; ld is followed. */
	fts_set(fts, b, FTS_SKIP);
	fts_set(fts, f1, FTS_SKIP);
	fts_set(fts, lf1, FTS_SKIP);
	fts_set(fts, ld, FTS_FOLLOW);
	read_rest(fts, &w);
	walk_expect(&w,
		"D a\n"
		"D a/b\n"
		"DP a/b\n"
		"SL a/dang\n"
		"DEFAULT a/fifo\n"
		"D a/ld\n"
		"F a/ld/f4\n"
		"DP a/ld\n"
		"DP a\n");
	walk_free(&w);

	/* FTS_AGAIN on a listed entry: returned twice when reached. */
	fts = open_a("a", FTS_PHYSICAL);
	walk_record(&w, fts_read(fts));
	for (FTSENT *e = fts_children(fts, 0); e; e = e->fts_link)
		if (!strcmp(e->fts_name, "f1"))
			fts_set(fts, e, FTS_AGAIN);
	read_rest(fts, &w);
	walk_expect(&w,
		"D a\n"
		"D a/b\n"
		"D a/b/c\n"
		"F a/b/c/f3\n"
		"DP a/b/c\n"
		"F a/b/f2\n"
		"SL a/b/up\n"
		"DP a/b\n"
		"SL a/dang\n"
		"F a/f1\n"
		"F a/f1\n"
		"DEFAULT a/fifo\n"
		"SL a/ld\n"
		"SL a/lf1\n"
		"DP a\n");
	walk_free(&w);
}
END_TEST

START_TEST(skip_roots)
{
	char *roots[] = { "a", "d", NULL };
	struct walk w = { .n = 0 };
	FTS *fts = NULL;
	FTSENT *list;

	enter_tmpdir();
	tree_basic();
	fts = fts_open(roots, FTS_PHYSICAL, NULL);
	ck_assert_ptr_nonnull(fts);
	/* Roots are never left out, only not entered. */
	list = fts_children(fts, 0);
	fts_set(fts, list, FTS_SKIP);
	fts_set(fts, list->fts_link, FTS_SKIP);
	read_rest(fts, &w);
	walk_expect(&w, "D a\nDP a\nD d\nDP d\n");
	walk_free(&w);
}
END_TEST

START_TEST(bad_instruction)
{
	FTS *fts;
	FTSENT *e;
	char *roots[] = { "d", NULL };

	enter_tmpdir();
	tree_basic();
	fts = fts_open(roots, FTS_PHYSICAL, NULL);
	e = fts_read(fts);
	errno = 0;
	/* glibc returns 1, not -1. */
	ck_assert_int_eq(fts_set(fts, e, 7), 1);
	ck_assert_int_eq(errno, EINVAL);
	ck_assert_int_eq(fts_set(fts, e, FTS_NOINSTR), 0);
	ck_assert_int_eq(fts_set(fts, e, 0), 0);
	e = fts_read(fts);
	ck_assert_str_eq(e->fts_path, "d/f4");
	ck_assert_int_eq(fts_close(fts), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fts_set");
	TCase *tc = fts_tcase("set");

	tcase_add_test(tc, skip_directory);
	tcase_add_test(tc, again_on_a_directory);
	tcase_add_test(tc, again_on_a_file_restats_it);
	tcase_add_test(tc, follow_a_link);
	tcase_add_test(tc, instructions_on_listed_entries);
	tcase_add_test(tc, skip_roots);
	tcase_add_test(tc, bad_instruction);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
