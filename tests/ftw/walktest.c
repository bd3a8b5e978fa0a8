#define _GNU_SOURCE
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "walktest.h"

struct record rec;

static void add(const char *path, const struct stat *st, int type, int base, int level)
{
	struct event *e;

	ck_assert_msg(rec.n < MAX_EVENTS, "more than %d events", MAX_EVENTS);
	e = &rec.ev[rec.n++];
	e->path = strdup(path);
	e->type = type;
	e->base = base;
	e->level = level;
	e->mode = type == FTW_NS ? 0 : (st->st_mode & S_IFMT);
	e->cwd = get_current_dir_name();
	e->fds = rec.no_fd_count ? 0 : lwbt_count_fds();
}

static int answer(const char *path, int type)
{
	if (rec.path && !strcmp(rec.path, path) && (rec.type == -1 || rec.type == type))
		return rec.value;
	return 0;
}

int rec_nftw(const char *path, const struct stat *st, int type, struct FTW *f)
{
	add(path, st, type, f->base, f->level);
	return answer(path, type);
}

int rec_ftw(const char *path, const struct stat *st, int type)
{
	add(path, st, type, -1, -1);
	return answer(path, type);
}

void rec_reset(void)
{
	for (int i = 0; i < rec.n; i++) {
		free(rec.ev[i].path);
		free(rec.ev[i].cwd);
	}
	rec.n = 0;
	rec.path = NULL;
}

void rec_answer(const char *path, int type, int value)
{
	rec.path = path;
	rec.type = type;
	rec.value = value;
}

const char *type_name(int type)
{
	switch (type) {
	case FTW_F: return "F";
	case FTW_D: return "D";
	case FTW_DNR: return "DNR";
	case FTW_NS: return "NS";
	case FTW_SL: return "SL";
	case FTW_DP: return "DP";
	case FTW_SLN: return "SLN";
	}
	return "?";
}

char *chdir_expected(const char *top, const struct event *e)
{
	char *rel = strdup(e->path);
	char *full = lwbt_path(top, e->type == FTW_DP ? rel : dirname(rel));
	char real[PATH_MAX];

	ck_assert_msg(realpath(full, real), "%s", full);
	free(rel);
	free(full);
	return strdup(real);
}

void rec_check_chdir(const char *top)
{
	for (int i = 0; i < rec.n; i++) {
		char *want = chdir_expected(top, &rec.ev[i]);

		ck_assert_msg(!strcmp(rec.ev[i].cwd, want), "%s %s: in %s, expected %s",
			type_name(rec.ev[i].type), rec.ev[i].path, rec.ev[i].cwd, want);
		free(want);
	}
}

static int count(const char *path)
{
	int n = 0;

	for (int i = 0; i < rec.n; i++)
		n += !strcmp(rec.ev[i].path, path);
	return n;
}

const struct event *rec_get(const char *path)
{
	ck_assert_msg(count(path) == 1, "%s reported %d times", path, count(path));
	for (int i = 0; i < rec.n; i++)
		if (!strcmp(rec.ev[i].path, path))
			return &rec.ev[i];
	return NULL;
}

void rec_expect(const char *path, int type, int level)
{
	const struct event *e = rec_get(path);

	ck_assert_msg(e->type == type, "%s: type %s, expected %s", path,
		type_name(e->type), type_name(type));
	if (e->level != -1)
		ck_assert_msg(e->level == level, "%s: level %d, expected %d", path, e->level, level);
}

void rec_absent(const char *path)
{
	ck_assert_msg(count(path) == 0, "%s reported %d times, expected none", path, count(path));
}

static int is_inside(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	return !strncmp(path, dir, n) && (path[n] == '/' || (n == 1 && dir[0] == '/' && path[1]));
}

void rec_check_walk(int post_order)
{
	for (int i = 0; i < rec.n; i++) {
		const struct event *e = &rec.ev[i];
		const char *slash = strrchr(e->path, '/');
		int j;

		if (e->level > 0) {
			ck_assert_msg(slash && e->base == slash - e->path + 1,
				"%s: base %d", e->path, e->base);
		}
		if (e->type != (post_order ? FTW_DP : FTW_D))
			continue;
		/* The directory's subtree is contiguous next to its report. */
		if (post_order) {
			for (j = i - 1; j >= 0 && is_inside(rec.ev[j].path, e->path); j--)
				ck_assert_msg(rec.ev[j].level > e->level, "%s: level", rec.ev[j].path);
			for (; j >= 0; j--)
				ck_assert_msg(!is_inside(rec.ev[j].path, e->path),
					"%s reported apart from its directory %s", rec.ev[j].path, e->path);
		} else {
			for (j = i + 1; j < rec.n && is_inside(rec.ev[j].path, e->path); j++)
				ck_assert_msg(rec.ev[j].level > e->level, "%s: level", rec.ev[j].path);
			for (; j < rec.n; j++)
				ck_assert_msg(!is_inside(rec.ev[j].path, e->path),
					"%s reported apart from its directory %s", rec.ev[j].path, e->path);
		}
	}
}

void tree_basic(void)
{
	lwbt_mkdir(".", "a", 0755);
	lwbt_mkdir(".", "a/b", 0755);
	lwbt_mkdir(".", "a/b/c", 0755);
	lwbt_touch(".", "a/b/c/f3");
	lwbt_touch(".", "a/b/f2");
	lwbt_symlink(".", "..", "a/b/up");
	lwbt_touch(".", "a/f1");
	lwbt_symlink(".", "nowhere", "a/dang");
	lwbt_symlink(".", "../d", "a/ld");
	lwbt_symlink(".", "f1", "a/lf1");
	lwbt_mkdir(".", "d", 0755);
	lwbt_touch(".", "d/f4");
	lwbt_symlink(".", "nowhere", "dangroot");
	lwbt_symlink(".", "a", "lroot");
}

static char *top;
static char *current;

static void walk_setup(void)
{
	top = lwbt_tmpdir();
}

static void walk_teardown(void)
{
	lwbt_rmtree(top);
	free(top);
}

const char *enter_tmpdir(void)
{
	free(current);
	current = lwbt_path(top, "tXXXXXX");
	ck_assert(mkdtemp(current));
	ck_assert(chmod(current, 0755) == 0);
	ck_assert(chdir(current) == 0);
	return current;
}

/* In the test's own process, after each test: nothing it allocated here
 * outlives it (the sanitizer configuration checks for leaks). */
static void test_teardown(void)
{
	rec_reset();
	free(current);
	current = NULL;
}

TCase *walk_tcase(const char *name)
{
	TCase *tc = tcase_create(name);

	tcase_add_unchecked_fixture(tc, walk_setup, walk_teardown);
	tcase_add_checked_fixture(tc, NULL, test_teardown);
	return tc;
}

void assert_cwd(const char *want)
{
	char *cwd = get_current_dir_name();

	ck_assert_msg(cwd && !strcmp(cwd, want), "working directory %s, expected %s", cwd, want);
	free(cwd);
}
