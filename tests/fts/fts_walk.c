/* What fts_read reports for what, under each option, and its fields. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ftstest.h"

static char *path_in(const char *top, const char *sub)
{
	char *p;

	ck_assert(asprintf(&p, "%s%s%s", top, *sub ? "/" : "", sub) > 0);
	return p;
}

static void expect_cwd(const struct seen *s, const char *top, const char *sub)
{
	char *want = path_in(top, sub);

	ck_assert_str_eq(s->cwd, want);
	free(want);
}

static const char physical_a[] =
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
	"SL a/lf1\n"
	"DP a\n";

START_TEST(physical)
{
	const char *top = enter_tmpdir();
	char *roots[] = { "a", NULL };
	const struct seen *s;
	struct walk w;

	tree_basic();
	walk_run(&w, roots, FTS_PHYSICAL, by_name);
	walk_expect(&w, physical_a);
	ck_assert_int_eq(w.end_errno, 0);
	ck_assert_int_eq(w.close_result, 0);

	s = walk_get(&w, "a", FTS_D);
	ck_assert_str_eq(s->name, "a");
	ck_assert_str_eq(s->accpath, "a");
	ck_assert_int_eq(s->level, 0);
	ck_assert_int_eq(s->pathlen, 1);
	ck_assert_str_eq(s->parent, "");
	ck_assert_int_eq(s->parent_level, -1);
	ck_assert_int_eq(s->mode, S_IFDIR);
	expect_cwd(s, top, "");

	/* An entry is returned from inside its directory, by its name. */
	s = walk_get(&w, "a/b/c/f3", FTS_F);
	ck_assert_str_eq(s->name, "f3");
	ck_assert_str_eq(s->accpath, "f3");
	ck_assert_int_eq(s->namelen, 2);
	ck_assert_int_eq(s->pathlen, 8);
	ck_assert_int_eq(s->level, 3);
	ck_assert_str_eq(s->parent, "c");
	ck_assert_int_eq(s->parent_level, 2);
	ck_assert_int_eq(s->mode, S_IFREG);
	ck_assert_int_eq(s->err, 0);
	ck_assert_int_eq(s->number, 0);
	ck_assert_ptr_null(s->pointer);
	expect_cwd(s, top, "a/b/c");

	/* A directory, in preorder and postorder, from its parent. */
	expect_cwd(walk_get(&w, "a/b", FTS_D), top, "a");
	s = walk_get(&w, "a/b", FTS_DP);
	expect_cwd(s, top, "a");
	ck_assert_str_eq(s->accpath, "b");
	ck_assert_int_eq(s->mode, S_IFDIR);
	expect_cwd(walk_get(&w, "a", FTS_DP), top, "");

	ck_assert_int_eq(walk_get(&w, "a/b/up", FTS_SL)->mode, S_IFLNK);
	ck_assert_int_eq(walk_get(&w, "a/fifo", FTS_DEFAULT)->mode, S_IFIFO);
	walk_free(&w);
}
END_TEST

START_TEST(neither_physical_nor_logical)
{
	char *roots[] = { "a", NULL };
	struct walk w;

	enter_tmpdir();
	tree_basic();
	walk_run(&w, roots, 0, by_name);
	walk_expect(&w, physical_a);
	ck_assert_str_eq(walk_get(&w, "a/b/f2", FTS_F)->accpath, "f2");
	walk_free(&w);
}
END_TEST

START_TEST(nochdir)
{
	const char *top = enter_tmpdir();
	char *roots[] = { "a", NULL };
	const struct seen *s;
	struct walk w;

	tree_basic();
	walk_run(&w, roots, FTS_PHYSICAL | FTS_NOCHDIR, by_name);
	walk_expect(&w, physical_a);
	for (int i = 0; i < w.n; i++) {
		ck_assert_str_eq(w.e[i].accpath, w.e[i].path);
		expect_cwd(&w.e[i], top, "");
	}
	s = walk_get(&w, "a/b/c/f3", FTS_F);
	ck_assert_str_eq(s->name, "f3");
	ck_assert_int_eq(s->pathlen, 8);
	walk_free(&w);
}
END_TEST

START_TEST(logical)
{
	const char *top = enter_tmpdir();
	char *roots[] = { "a", NULL };
	FTSENT *e, *dc = NULL;
	FTS *fts;
	struct walk w;

	tree_basic();
	walk_run(&w, roots, FTS_LOGICAL, by_name);
	walk_expect(&w,
		"D a\n"
		"D a/b\n"
		"D a/b/c\n"
		"F a/b/c/f3\n"
		"DP a/b/c\n"
		"F a/b/f2\n"
		"DC a/b/up\n"
		"DP a/b\n"
		"SLNONE a/dang\n"
		"F a/f1\n"
		"DEFAULT a/fifo\n"
		"D a/ld\n"
		"F a/ld/f4\n"
		"DP a/ld\n"
		"F a/lf1\n"
		"DP a\n");
	/* FTS_LOGICAL never changes directory. */
	for (int i = 0; i < w.n; i++) {
		ck_assert_str_eq(w.e[i].accpath, w.e[i].path);
		expect_cwd(&w.e[i], top, "");
	}
	ck_assert_int_eq(walk_get(&w, "a/dang", FTS_SLNONE)->mode, S_IFLNK);
	ck_assert_int_eq(walk_get(&w, "a/lf1", FTS_F)->mode, S_IFREG);
	ck_assert_int_eq(walk_get(&w, "a/b/up", FTS_DC)->mode, S_IFDIR);
	walk_free(&w);

	/* The cycle points at the ancestor it repeats. */
	fts = fts_open(roots, FTS_LOGICAL, by_name);
	ck_assert_ptr_nonnull(fts);
	while ((e = fts_read(fts)))
		if (e->fts_info == FTS_DC) {
			dc = e;
			break;
		}
	ck_assert_ptr_nonnull(dc);
	ck_assert_ptr_nonnull(dc->fts_cycle);
	ck_assert_str_eq(dc->fts_cycle->fts_name, "a");
	ck_assert_int_eq(dc->fts_cycle->fts_level, 0);
	ck_assert_int_eq(fts_close(fts), 0);
}
END_TEST

START_TEST(comfollow)
{
	const char *top = enter_tmpdir();
	char *roots[] = { "lroot", "dangroot", NULL };
	struct walk w;

	tree_basic();
	walk_run(&w, roots, FTS_PHYSICAL, NULL);
	walk_expect(&w, "SL lroot\nSL dangroot\n");
	walk_free(&w);

	walk_run(&w, roots, FTS_PHYSICAL | FTS_COMFOLLOW, by_name);
	ck_assert_int_eq(w.e[0].info, FTS_SLNONE);
	ck_assert_str_eq(w.e[0].path, "dangroot");
	ck_assert_int_eq(w.e[0].mode, S_IFLNK);
	ck_assert_int_eq(w.e[1].info, FTS_D);
	ck_assert_str_eq(w.e[1].path, "lroot");
	/* Inside the link's target; physical below it. */
	expect_cwd(walk_get(&w, "lroot/f1", FTS_F), top, "a");
	walk_get(&w, "lroot/ld", FTS_SL);
	expect_cwd(walk_get(&w, "lroot", FTS_DP), top, "");
	ck_assert_int_eq(w.e[w.n - 1].info, FTS_DP);
	walk_free(&w);
}
END_TEST

START_TEST(seedot)
{
	char *roots[] = { "d", NULL };
	const struct seen *s;
	struct walk w;

	enter_tmpdir();
	tree_basic();
	walk_run(&w, roots, FTS_PHYSICAL | FTS_SEEDOT, by_name);
	walk_expect(&w, "D d\nDOT d/.\nDOT d/..\nF d/f4\nDP d\n");
	s = walk_get(&w, "d/..", FTS_DOT);
	ck_assert_str_eq(s->name, "..");
	ck_assert_int_eq(s->level, 1);
	ck_assert_int_eq(s->mode, S_IFDIR);
	walk_free(&w);

	/* Without FTS_SEEDOT they are not there at all. */
	walk_run(&w, roots, FTS_PHYSICAL, by_name);
	walk_expect(&w, "D d\nF d/f4\nDP d\n");
	walk_free(&w);
}
END_TEST

START_TEST(nostat)
{
	char *roots[] = { "a", NULL };
	struct walk w;

	enter_tmpdir();
	tree_basic();
	/* With FTS_PHYSICAL, what the directory says is not a directory
	 * is not stat'ed. */
	walk_run(&w, roots, FTS_PHYSICAL | FTS_NOSTAT, by_name);
	walk_expect(&w,
		"D a\n"
		"D a/b\n"
		"D a/b/c\n"
		"NSOK a/b/c/f3\n"
		"DP a/b/c\n"
		"NSOK a/b/f2\n"
		"NSOK a/b/up\n"
		"DP a/b\n"
		"NSOK a/dang\n"
		"NSOK a/f1\n"
		"NSOK a/fifo\n"
		"NSOK a/ld\n"
		"NSOK a/lf1\n"
		"DP a\n");
	walk_free(&w);

	/* Without it, FTS_NOSTAT changes nothing. */
	walk_run(&w, roots, FTS_NOSTAT, by_name);
	walk_expect(&w, physical_a);
	walk_free(&w);
	walk_run(&w, roots, FTS_LOGICAL | FTS_NOSTAT, by_name);
	walk_get(&w, "a/ld/f4", FTS_F);
	walk_get(&w, "a/dang", FTS_SLNONE);
	walk_free(&w);
}
END_TEST

START_TEST(root_names)
{
	char *roots[] = { "a/", "a//b", "./d", "a/b/c/f3", NULL };
	const struct seen *s;
	struct walk w;

	enter_tmpdir();
	tree_basic();
	/* Sorted by name, and roots by their whole path. */
	walk_run(&w, roots, FTS_PHYSICAL, by_name);
	walk_expect(&w,
		"D ./d\n"
		"F ./d/f4\n"
		"DP ./d\n"
		"D a/\n"
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
		"DP a/\n"
		"D a//b\n"
		"D a//b/c\n"
		"F a//b/c/f3\n"
		"DP a//b/c\n"
		"F a//b/f2\n"
		"SL a//b/up\n"
		"DP a//b\n"
		"F a/b/c/f3\n");
	/* A root's name is what follows its last slash, even nothing; a
	 * slash is added below it only where it does not end in one. */
	s = walk_get(&w, "a/", FTS_D);
	ck_assert_str_eq(s->name, "");
	ck_assert_int_eq(s->namelen, 0);
	ck_assert_int_eq(s->pathlen, 2);
	ck_assert_str_eq(s->accpath, "a/");
	ck_assert_int_eq(walk_get(&w, "a/b", FTS_D)->pathlen, 3);
	ck_assert_str_eq(walk_get(&w, "a//b", FTS_DP)->name, "b");
	ck_assert_str_eq(walk_get(&w, "./d", FTS_D)->name, "d");
	s = &w.e[w.n - 1];
	ck_assert_str_eq(s->name, "f3");
	ck_assert_int_eq(s->namelen, 2);
	ck_assert_int_eq(s->level, 0);
	ck_assert_str_eq(s->accpath, "a/b/c/f3");
	walk_free(&w);
}
END_TEST

START_TEST(slash_root)
{
	char *roots[] = { "/", NULL };
	FTS *fts;
	FTSENT *e;

	fts = fts_open(roots, FTS_PHYSICAL, NULL);
	ck_assert_ptr_nonnull(fts);
	e = fts_read(fts);
	ck_assert_int_eq(e->fts_info, FTS_D);
	ck_assert_str_eq(e->fts_name, "/");
	ck_assert_int_eq(e->fts_namelen, 1);
	ck_assert_str_eq(e->fts_path, "/");
	/* Its entries are /name, without a second slash. */
	e = fts_read(fts);
	ck_assert_int_eq(e->fts_level, 1);
	ck_assert_int_eq(e->fts_path[0], '/');
	ck_assert_int_ne(e->fts_path[1], '/');
	ck_assert_int_eq(e->fts_pathlen, 1 + e->fts_namelen);
	ck_assert_int_eq(fts_close(fts), 0);
}
END_TEST

START_TEST(missing_and_bad_roots)
{
	char *missing[] = { "missing", "d/f4/x", "d", NULL };
	char *empty[] = { "d", "", NULL };
	struct walk w;
	const struct seen *s;

	enter_tmpdir();
	tree_basic();
	walk_run(&w, missing, FTS_PHYSICAL, NULL);
	walk_expect(&w, "NS missing\nNS d/f4/x\nD d\nF d/f4\nDP d\n");
	s = walk_get(&w, "missing", FTS_NS);
	ck_assert_int_eq(s->err, ENOENT);
	ck_assert_int_eq(s->level, 0);
	ck_assert_int_eq(walk_get(&w, "d/f4/x", FTS_NS)->err, ENOTDIR);
	walk_free(&w);

	errno = 0;
	ck_assert_ptr_null(fts_open(empty, FTS_PHYSICAL, NULL));
	ck_assert_int_eq(errno, ENOENT);
	errno = 0;
	ck_assert_ptr_null(fts_open(missing, FTS_PHYSICAL | FTS_NAMEONLY, NULL));
	ck_assert_int_eq(errno, EINVAL);
	errno = 0;
	ck_assert_ptr_null(fts_open(missing, 0x400, NULL));
	ck_assert_int_eq(errno, EINVAL);
}
END_TEST

static int equal(const FTSENT **a, const FTSENT **b)
{
	(void)a;
	(void)b;
	return 0;
}

static int reversed(const FTSENT **a, const FTSENT **b)
{
	return strcmp((*b)->fts_name, (*a)->fts_name);
}

START_TEST(comparison_order)
{
	char *roots[] = { "d", "a/f1", "a/b/c", NULL };
	char **order;
	struct walk w;
	int k = 0;

	enter_tmpdir();
	tree_basic();
	/* Without a function: the roots as given, entries as readdir gives
	 * them. */
	walk_run(&w, roots, FTS_PHYSICAL, NULL);
	walk_expect(&w, "D d\nF d/f4\nDP d\nF a/f1\nD a/b/c\nF a/b/c/f3\nDP a/b/c\n");
	walk_free(&w);
	order = lwbt_readdir_order("a");
	walk_run(&w, (char *[]){ "a", NULL }, FTS_PHYSICAL | FTS_NOSTAT, NULL);
	for (int i = 0; i < w.n; i++)
		if (w.e[i].level == 1 && w.e[i].info != FTS_DP)
			ck_assert_str_eq(w.e[i].name, order[k++]);
	ck_assert_ptr_null(order[k]);
	lwbt_free_names(order);
	walk_free(&w);

	walk_run(&w, roots, FTS_PHYSICAL, reversed);
	walk_expect(&w, "D d\nF d/f4\nDP d\nF a/f1\nD a/b/c\nF a/b/c/f3\nDP a/b/c\n");
	walk_free(&w);

	/* Roots a function calls equal come out last given first; entries
	 * it calls equal stay in readdir order. */
	walk_run(&w, roots, FTS_PHYSICAL, equal);
	walk_expect(&w, "D a/b/c\nF a/b/c/f3\nDP a/b/c\nF a/f1\nD d\nF d/f4\nDP d\n");
	walk_free(&w);
	order = lwbt_readdir_order("a");
	k = 0;
	walk_run(&w, (char *[]){ "a", NULL }, FTS_PHYSICAL | FTS_NOSTAT, equal);
	for (int i = 0; i < w.n; i++)
		if (w.e[i].level == 1 && w.e[i].info != FTS_DP)
			ck_assert_str_eq(w.e[i].name, order[k++]);
	lwbt_free_names(order);
	walk_free(&w);
}
END_TEST

START_TEST(root_parent)
{
	char *roots[] = { "d", NULL };
	FTS *fts;
	FTSENT *e;

	enter_tmpdir();
	tree_basic();
	fts = fts_open(roots, FTS_PHYSICAL, NULL);
	ck_assert_ptr_nonnull(fts);
	e = fts_read(fts);
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(e->fts_parent->fts_level, FTS_ROOTPARENTLEVEL);
	ck_assert_str_eq(e->fts_parent->fts_name, "");
	ck_assert_int_eq(e->fts_parent->fts_namelen, 0);
	ck_assert_int_eq(fts_close(fts), 0);
}
END_TEST

/* FTS_WHITEOUT is accepted and changes nothing on Linux: no file system
 * reports whiteouts as such (overlayfs shows one as a character device
 * 0:0, FTS_DEFAULT). */
START_TEST(whiteout)
{
	char *roots[] = { "a", NULL };
	struct walk w;

	enter_tmpdir();
	tree_basic();
	walk_run(&w, roots, FTS_PHYSICAL | FTS_WHITEOUT, by_name);
	walk_expect(&w, physical_a);
	walk_free(&w);
	/* Making a device needs privilege: checked where the test has it. */
	if (mknod("a/w", S_IFCHR | 0644, 0) == 0) {
		walk_run(&w, roots, FTS_PHYSICAL | FTS_WHITEOUT, by_name);
		ck_assert_int_eq(walk_get(&w, "a/w", FTS_DEFAULT)->mode, S_IFCHR);
		walk_free(&w);
	}
}
END_TEST

/* The fts64_ names walk as the plain ones (glibc's FTSENT64 is a type of
 * its own, with the same fields). */
static int by_name64(const FTSENT64 **a, const FTSENT64 **b)
{
	return strcmp((*a)->fts_name, (*b)->fts_name);
}

START_TEST(fts64_names)
{
	char *roots[] = { "a", NULL };
	char got[512] = "";
	FTS64 *fts;
	FTSENT64 *e, *list;
	int listed = 0;

	enter_tmpdir();
	tree_basic();
	fts = fts64_open(roots, FTS_PHYSICAL, by_name64);
	ck_assert_ptr_nonnull(fts);
	while ((errno = 0, e = fts64_read(fts))) {
		snprintf(got + strlen(got), sizeof got - strlen(got), "%s %s\n",
			info_name(e->fts_info), e->fts_path);
		if (e->fts_info == FTS_D && !strcmp(e->fts_path, "a/b")) {
			for (list = fts64_children(fts, FTS_NAMEONLY); list; list = list->fts_link)
				listed++;
			/* Skipped after fts_children: its entries are not
			 * returned, its postorder visit is. */
			ck_assert_int_eq(fts64_set(fts, e, FTS_SKIP), 0);
		}
	}
	ck_assert_int_eq(errno, 0);
	ck_assert_int_eq(fts64_close(fts), 0);
	ck_assert_int_eq(listed, 3);
	ck_assert_str_eq(got,
		"D a\n"
		"D a/b\n"
		"DP a/b\n"
		"SL a/dang\n"
		"F a/f1\n"
		"DEFAULT a/fifo\n"
		"SL a/ld\n"
		"SL a/lf1\n"
		"DP a\n");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fts walk");
	TCase *tc = fts_tcase("walk");

	tcase_add_test(tc, physical);
	tcase_add_test(tc, neither_physical_nor_logical);
	tcase_add_test(tc, nochdir);
	tcase_add_test(tc, logical);
	tcase_add_test(tc, comfollow);
	tcase_add_test(tc, seedot);
	tcase_add_test(tc, nostat);
	tcase_add_test(tc, root_names);
	tcase_add_test(tc, slash_root);
	tcase_add_test(tc, missing_and_bad_roots);
	tcase_add_test(tc, comparison_order);
	tcase_add_test(tc, root_parent);
	tcase_add_test(tc, whiteout);
	tcase_add_test(tc, fts64_names);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
