/* Directories that cannot be read or entered, and other failures. The
 * trees are made first, then the test drops to an unprivileged user, so
 * permissions apply even when the suite runs as root. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ftstest.h"

static void touch(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);

	ck_assert_msg(fd >= 0, "%s: %s", path, strerror(errno));
	close(fd);
}

/* t/{nr (-wx: not readable), nx (rw-: not searchable), ok}/sub/f, and a
 * file beside sub in each. */
static void tree_locked(void)
{
	static const char *const dirs[] = { "t", "t/nr", "t/nr/sub", "t/nx", "t/nx/sub", "t/ok", "t/ok/sub" };

	for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++)
		ck_assert(mkdir(dirs[i], 0755) == 0);
	touch("t/nr/g");
	touch("t/nr/sub/f");
	touch("t/nx/g");
	touch("t/nx/sub/f");
	touch("t/ok/sub/f");
	ck_assert(chmod("t/nr", 0311) == 0);
	ck_assert(chmod("t/nx", 0644) == 0);
	ck_assert_int_eq(lwbt_drop_privileges(), 0);
}

START_TEST(unreadable_directory)
{
	static const int options[] = { FTS_PHYSICAL, FTS_PHYSICAL | FTS_NOCHDIR, FTS_LOGICAL };
	char *roots[] = { "t/nr", NULL };

	enter_tmpdir();
	tree_locked();
	/* FTS_D, then the same entry again as FTS_DNR; no FTS_DP. */
	for (size_t i = 0; i < sizeof options / sizeof *options; i++) {
		struct walk w;

		walk_run(&w, roots, options[i], by_name);
		walk_expect(&w, "D t/nr\nDNR t/nr\n");
		ck_assert_int_eq(w.e[1].err, EACCES);
		ck_assert_int_eq(w.e[0].err, 0);
		walk_free(&w);
	}
}
END_TEST

START_TEST(unreadable_directory_inside)
{
	char *roots[] = { "t", NULL };
	struct walk w;

	enter_tmpdir();
	tree_locked();
	walk_run(&w, roots, FTS_PHYSICAL | FTS_NOCHDIR, by_name);
	walk_expect(&w,
		"D t\n"
		"D t/nr\n"
		"DNR t/nr\n"
		"D t/nx\n"
		"NS t/nx/g\n"
		"NS t/nx/sub\n"
		"DP t/nx\n"
		"D t/ok\n"
		"D t/ok/sub\n"
		"F t/ok/sub/f\n"
		"DP t/ok/sub\n"
		"DP t/ok\n"
		"DP t\n");
	ck_assert_int_eq(walk_get(&w, "t/nx/g", FTS_NS)->err, EACCES);
	ck_assert_int_eq(walk_get(&w, "t/nx", FTS_DP)->err, 0);
	walk_free(&w);
}
END_TEST

START_TEST(unsearchable_directory_with_chdir)
{
	char *roots[] = { "t", NULL };
	struct walk w;

	enter_tmpdir();
	tree_locked();
	/* Read but not entered: no entries at all, FTS_DP with EACCES. */
	walk_run(&w, roots, FTS_PHYSICAL, by_name);
	walk_expect(&w,
		"D t\n"
		"D t/nr\n"
		"DNR t/nr\n"
		"D t/nx\n"
		"DP t/nx\n"
		"D t/ok\n"
		"D t/ok/sub\n"
		"F t/ok/sub/f\n"
		"DP t/ok/sub\n"
		"DP t/ok\n"
		"DP t\n");
	ck_assert_int_eq(walk_get(&w, "t/nx", FTS_DP)->err, EACCES);
	ck_assert_int_eq(walk_get(&w, "t/nr", FTS_DNR)->err, EACCES);
	walk_free(&w);
}
END_TEST

START_TEST(children_of_locked_directories)
{
	char *nr[] = { "t/nr", NULL }, *nx[] = { "t/nx", NULL };
	FTS *fts;
	FTSENT *e;

	enter_tmpdir();
	tree_locked();
	fts = fts_open(nr, FTS_PHYSICAL, NULL);
	fts_read(fts);
	errno = 0;
	ck_assert_ptr_null(fts_children(fts, 0));
	ck_assert_int_eq(errno, EACCES);
	e = fts_read(fts);
	ck_assert_int_eq(e->fts_info, FTS_DNR);
	ck_assert_int_eq(fts_close(fts), 0);

	fts = fts_open(nx, FTS_PHYSICAL, NULL);
	fts_read(fts);
	errno = 0;
	ck_assert_ptr_null(fts_children(fts, 0));
	ck_assert_int_eq(errno, EACCES);
	e = fts_read(fts);
	ck_assert_int_eq(e->fts_info, FTS_DP);
	ck_assert_int_eq(e->fts_errno, EACCES);
	ck_assert_ptr_null(fts_read(fts));
	ck_assert_int_eq(fts_close(fts), 0);
}
END_TEST

START_TEST(unreadable_working_directory)
{
	struct walk w;
	const char *top = enter_tmpdir();

	tree_locked();
	/* Working in t/nr, which cannot be opened: no fchdir, whole paths. */
	ck_assert(chdir("t/nr") == 0);
	walk_run(&w, (char *[]){ "sub", NULL }, FTS_PHYSICAL, NULL);
	walk_expect(&w, "D sub\nF sub/f\nDP sub\n");
	ck_assert_str_eq(walk_get(&w, "sub/f", FTS_F)->accpath, "sub/f");
	walk_free(&w);
	ck_assert(chdir(top) == 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fts errors");
	TCase *tc = fts_tcase("errors");

	tcase_add_test(tc, unreadable_directory);
	tcase_add_test(tc, unreadable_directory_inside);
	tcase_add_test(tc, unsearchable_directory_with_chdir);
	tcase_add_test(tc, children_of_locked_directories);
	tcase_add_test(tc, unreadable_working_directory);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
