/* fts_children: what it lists, when, and how fts_read goes on after it. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ftstest.h"

/* "name info, ..." of a list. */
static char *list_of(const FTSENT *e, int with_info)
{
	char *out = calloc(1, 4096);

	ck_assert(out);
	for (; e; e = e->fts_link) {
		strcat(out, e->fts_name);
		if (with_info) {
			strcat(out, " ");
			strcat(out, info_name(e->fts_info));
		}
		if (e->fts_link)
			strcat(out, ", ");
	}
	return out;
}

#define EXPECT_LIST(e, with_info, want) do { \
	char *got_ = list_of(e, with_info); \
	ck_assert_str_eq(got_, want); \
	free(got_); \
} while (0)

START_TEST(roots_before_the_first_read)
{
	char *roots[] = { "d", "a/f1", "missing", NULL };
	FTSENT *list;
	FTS *fts;

	enter_tmpdir();
	tree_basic();
	fts = fts_open(roots, FTS_PHYSICAL, NULL);
	ck_assert_ptr_nonnull(fts);
	/* The roots under their whole paths, already stat'ed. */
	list = fts_children(fts, 0);
	EXPECT_LIST(list, 1, "d D, a/f1 F, missing NS");
	ck_assert_int_eq(list->fts_level, 0);
	ck_assert_int_eq(list->fts_link->fts_namelen, 4);
	ck_assert_int_eq(list->fts_link->fts_link->fts_errno, ENOENT);
	ck_assert_str_eq(list->fts_link->fts_accpath, "a/f1");
	/* fts_read returns the same entries, the name now shortened. */
	ck_assert_ptr_eq(fts_read(fts), list);
	ck_assert_ptr_eq(fts_read(fts)->fts_parent, list);
	ck_assert_ptr_eq(fts_read(fts), list);
	ck_assert_int_eq(list->fts_info, FTS_DP);
	ck_assert_str_eq(fts_read(fts)->fts_name, "f1");
	ck_assert_int_eq(fts_close(fts), 0);
}
END_TEST

START_TEST(entries_of_the_current_directory)
{
	const char *top = enter_tmpdir();
	char *roots[] = { "a", NULL };
	char here[4096];
	FTSENT *list, *e;
	FTS *fts;

	tree_basic();
	fts = fts_open(roots, FTS_PHYSICAL, by_name);
	e = fts_read(fts);
	list = fts_children(fts, 0);
	EXPECT_LIST(list, 1, "b D, dang SL, f1 F, fifo DEFAULT, ld SL, lf1 SL");
	ck_assert_int_eq(list->fts_level, 1);
	ck_assert_ptr_eq(list->fts_parent, e);
	ck_assert_int_eq(list->fts_pathlen, 3);
	ck_assert_str_eq(list->fts_accpath, "b");
	/* Where fts_children left us: where we were. */
	ck_assert_ptr_nonnull(getcwd(here, sizeof here));
	ck_assert_str_eq(here, top);
	/* Asked again, read again. */
	EXPECT_LIST(fts_children(fts, 0), 1, "b D, dang SL, f1 F, fifo DEFAULT, ld SL, lf1 SL");
	list = fts_children(fts, 0);
	/* fts_read goes on with the entries the last call made. */
	ck_assert_ptr_eq(fts_read(fts), list);
	ck_assert_str_eq(fts_read(fts)->fts_path, "a/b/c");
	ck_assert_int_eq(fts_close(fts), 0);
}
END_TEST

START_TEST(names_only)
{
	char *roots[] = { "a", NULL };
	struct walk w = { .n = 0 };
	FTSENT *e;
	FTS *fts;

	enter_tmpdir();
	tree_basic();
	fts = fts_open(roots, FTS_PHYSICAL, by_name);
	fts_read(fts);
	EXPECT_LIST(fts_children(fts, FTS_NAMEONLY), 0, "b, dang, f1, fifo, ld, lf1");
	/* Once FTS_NAMEONLY was asked, fts_read reads the directory again
	 * when it enters it, even if a full list was made since: an
	 * instruction on an entry of that list is lost. */
	for (e = fts_children(fts, 0); e; e = e->fts_link)
		if (!strcmp(e->fts_name, "f1"))
			fts_set(fts, e, FTS_AGAIN);
	while ((e = fts_read(fts)))
		walk_record(&w, e);
	ck_assert_int_eq(fts_close(fts), 0);
	walk_expect(&w,
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
		"SL a/lf1\n"
		"DP a\n");
	walk_free(&w);
}
END_TEST

START_TEST(nothing_to_list)
{
	char *roots[] = { "a", NULL };
	FTSENT *e;
	FTS *fts;

	enter_tmpdir();
	tree_basic();
	ck_assert(mkdir("a/empty", 0755) == 0);
	fts = fts_open(roots, FTS_PHYSICAL, by_name);
	fts_read(fts);
	/* Not a directory in preorder: NULL, errno 0. */
	while ((e = fts_read(fts)) && e->fts_info != FTS_F)
		;
	ck_assert_str_eq(e->fts_path, "a/b/c/f3");
	errno = EBADF;
	ck_assert_ptr_null(fts_children(fts, 0));
	ck_assert_int_eq(errno, 0);
	e = fts_read(fts);
	ck_assert_int_eq(e->fts_info, FTS_DP);
	errno = EBADF;
	ck_assert_ptr_null(fts_children(fts, 0));
	ck_assert_int_eq(errno, 0);
	/* An empty directory: NULL, errno 0. */
	while ((e = fts_read(fts)) && strcmp(e->fts_name, "empty"))
		;
	ck_assert_int_eq(e->fts_info, FTS_D);
	errno = EBADF;
	ck_assert_ptr_null(fts_children(fts, 0));
	ck_assert_int_eq(errno, 0);
	e = fts_read(fts);
	ck_assert_int_eq(e->fts_info, FTS_DP);
	ck_assert_str_eq(e->fts_path, "a/empty");
	/* A bad instruction: EINVAL. */
	errno = 0;
	ck_assert_ptr_null(fts_children(fts, 7));
	ck_assert_int_eq(errno, EINVAL);
	ck_assert_int_eq(fts_close(fts), 0);
}
END_TEST

START_TEST(children_under_nochdir)
{
	char *roots[] = { "d", NULL };
	FTSENT *list;
	FTS *fts;

	enter_tmpdir();
	tree_basic();
	fts = fts_open(roots, FTS_PHYSICAL | FTS_NOCHDIR | FTS_SEEDOT, by_name);
	fts_read(fts);
	list = fts_children(fts, 0);
	EXPECT_LIST(list, 1, ". DOT, .. DOT, f4 F");
	ck_assert_int_eq(list->fts_link->fts_link->fts_pathlen, 4);
	ck_assert_int_eq(fts_close(fts), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fts_children");
	TCase *tc = fts_tcase("children");

	tcase_add_test(tc, roots_before_the_first_read);
	tcase_add_test(tc, entries_of_the_current_directory);
	tcase_add_test(tc, names_only);
	tcase_add_test(tc, nothing_to_list);
	tcase_add_test(tc, children_under_nochdir);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
