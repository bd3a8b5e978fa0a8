/*
 * GLOB_ALTDIRFUNC: a tree that exists only in the callbacks, and the calls
 * glob makes into them, in order, as glibc makes them.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "gltest.h"
#include "lwbtest.h"

#define LIST(...) ((const char *const[]){ __VA_ARGS__, 0 })

struct node {
	const char *path;	/* as glob asks for it */
	unsigned char type;	/* d_type reported */
	mode_t mode;		/* what stat says (0: no such file) */
	mode_t lmode;		/* what lstat says */
};

/* In readdir order: directories listed by their path, children after. */
static const struct node tree[] = {
	{ ".", DT_DIR, S_IFDIR, S_IFDIR },
	{ "./zeta", DT_DIR, S_IFDIR, S_IFDIR },
	{ "./beta", DT_REG, S_IFREG, S_IFREG },
	{ "./link", DT_LNK, S_IFDIR, S_IFLNK },
	{ "./odd", DT_UNKNOWN, S_IFDIR, S_IFDIR },
	{ "./shut", DT_DIR, S_IFDIR, S_IFDIR },
	{ "zeta", DT_DIR, S_IFDIR, S_IFDIR },
	{ "zeta/x", DT_REG, S_IFREG, S_IFREG },
	{ "zeta/sub", DT_DIR, S_IFDIR, S_IFDIR },
	{ "link", DT_DIR, S_IFDIR, S_IFDIR },
	{ "link/x", DT_REG, S_IFREG, S_IFREG },
	{ "odd", DT_DIR, S_IFDIR, S_IFDIR },
	{ "shut", DT_DIR, S_IFDIR, S_IFDIR },
};

static char calls[1024];

static void log_call(const char *what, const char *path)
{
	size_t n = strlen(calls);

	snprintf(calls + n, sizeof calls - n, "%s(%s) ", what, path);
}

struct dir {
	char path[64];
	size_t next;
	struct dirent ent;
};

static const struct node *find(const char *path)
{
	for (size_t i = 0; i < sizeof tree / sizeof *tree; i++)
		if (!strcmp(tree[i].path, path))
			return &tree[i];
	return 0;
}

static void *fake_opendir(const char *path)
{
	struct dir *d;

	log_call("opendir", path);
	if (!strcmp(path, "shut")) {
		errno = EACCES;
		return 0;
	}
	if (!find(path)) {
		errno = ENOENT;
		return 0;
	}
	d = calloc(1, sizeof *d);
	ck_assert_ptr_nonnull(d);
	snprintf(d->path, sizeof d->path, "%s", path);
	return d;
}

static struct dirent *fake_readdir(void *handle)
{
	struct dir *d = handle;
	size_t len = strlen(d->path);

	while (d->next < sizeof tree / sizeof *tree) {
		const struct node *n = &tree[d->next++];

		if (!strncmp(n->path, d->path, len) && n->path[len] == '/' && !strchr(n->path + len + 1, '/')) {
			snprintf(d->ent.d_name, sizeof d->ent.d_name, "%s", n->path + len + 1);
			d->ent.d_type = n->type;
			return &d->ent;
		}
	}
	return 0;
}

static void fake_closedir(void *handle)
{
	log_call("closedir", ((struct dir *)handle)->path);
	free(handle);
}

static int fake_stat(const char *path, struct stat *st, int link)
{
	const struct node *n = find(path);

	log_call(link ? "lstat" : "stat", path);
	if (!n || !(link ? n->lmode : n->mode)) {
		errno = ENOENT;
		return -1;
	}
	memset(st, 0, sizeof *st);
	st->st_mode = link ? n->lmode : n->mode;
	return 0;
}

static int fake_lstat(const char *path, struct stat *st)
{
	return fake_stat(path, st, 1);
}

static int fake_stat_follow(const char *path, struct stat *st)
{
	return fake_stat(path, st, 0);
}

static int call_back(const char *path, int err)
{
	char what[32];

	snprintf(what, sizeof what, "error%d", err);
	log_call(what, path);
	return 0;
}

static int alt_glob(const char *pattern, int flags, glob_t *g)
{
	memset(g, 0, sizeof *g);
	g->gl_opendir = fake_opendir;
	g->gl_readdir = fake_readdir;
	g->gl_closedir = fake_closedir;
	g->gl_lstat = fake_lstat;
	g->gl_stat = fake_stat_follow;
	calls[0] = 0;
	return glob(pattern, flags | GLOB_ALTDIRFUNC, call_back, g);
}

START_TEST(reads_through_the_callbacks)
{
	glob_t g;

	ck_assert_int_eq(alt_glob("*", 0, &g), 0);
	glt_expect(&g, LIST("beta", "link", "odd", "shut", "zeta"));
	ck_assert_str_eq(calls, "opendir(.) closedir(.) ");
	ck_assert_int_eq(g.gl_flags, GLOB_ALTDIRFUNC | GLOB_MAGCHAR);
	globfree(&g);
}
END_TEST

START_TEST(directories_on_the_way)
{
	glob_t g;

	/* Directories by d_type, stat for links and unknown types, before
	 * the name is matched; unsorted on the way; a name without
	 * wildcards looked up with lstat. */
	ck_assert_int_eq(alt_glob("*/x", 0, &g), 0);
	glt_expect(&g, LIST("link/x", "zeta/x"));
	ck_assert_str_eq(calls, "opendir(.) stat(./link) stat(./odd) closedir(.) "
		"lstat(zeta/x) lstat(link/x) lstat(odd/x) lstat(shut/x) ");
	globfree(&g);
	ck_assert_int_eq(alt_glob("*/*", 0, &g), 0);
	glt_expect(&g, LIST("link/x", "zeta/sub", "zeta/x"));
	ck_assert_str_eq(calls, "opendir(.) stat(./link) stat(./odd) closedir(.) "
		"opendir(zeta) closedir(zeta) opendir(link) closedir(link) opendir(odd) closedir(odd) "
		"opendir(shut) error13(shut) ");
	globfree(&g);
}
END_TEST

START_TEST(mark_and_onlydir)
{
	glob_t g;

	/* Marked after the directory is read, by stat on the result. */
	ck_assert_int_eq(alt_glob("*", GLOB_MARK, &g), 0);
	glt_expect(&g, LIST("beta", "link/", "odd/", "shut/", "zeta/"));
	ck_assert_str_eq(calls, "opendir(.) closedir(.) stat(zeta) stat(beta) stat(link) stat(odd) stat(shut) ");
	globfree(&g);
	ck_assert_int_eq(alt_glob("*", GLOB_ONLYDIR, &g), 0);
	glt_expect(&g, LIST("link", "odd", "shut", "zeta"));
	ck_assert_str_eq(calls, "opendir(.) stat(./link) stat(./odd) closedir(.) ");
	globfree(&g);
	ck_assert_int_eq(alt_glob("zeta", GLOB_MARK, &g), 0);
	glt_expect(&g, LIST("zeta/"));
	ck_assert_str_eq(calls, "lstat(./zeta) stat(zeta) ");
	globfree(&g);
	ck_assert_int_eq(alt_glob("nope", 0, &g), GLOB_NOMATCH);
	ck_assert_str_eq(calls, "lstat(./nope) ");
}
END_TEST

/* A pattern ending in '/' has its directories globbed with GLOB_MARK, and
 * gl_flags shows it when a later directory aborts the glob (zeta/sub
 * found, then shut unreadable); once the glob succeeds it does not. */
START_TEST(mark_left_by_an_abort)
{
	glob_t g;

	ck_assert_int_eq(alt_glob("*/*/", GLOB_ERR, &g), GLOB_ABORTED);
	ck_assert_uint_eq(g.gl_pathc, 0);
	ck_assert_int_eq(g.gl_flags, GLOB_ALTDIRFUNC | GLOB_ERR | GLOB_MARK | GLOB_APPEND | GLOB_MAGCHAR | GLOB_ONLYDIR);
	globfree(&g);
	ck_assert_int_eq(alt_glob("*/*/", 0, &g), 0);
	glt_expect(&g, LIST("zeta/sub/"));
	ck_assert_int_eq(g.gl_flags, GLOB_ALTDIRFUNC | GLOB_APPEND | GLOB_MAGCHAR | GLOB_ONLYDIR);
	globfree(&g);
	ck_assert_int_eq(alt_glob("*/*/", GLOB_MARK, &g), 0);
	ck_assert_int_eq(g.gl_flags, GLOB_ALTDIRFUNC | GLOB_MARK | GLOB_APPEND | GLOB_MAGCHAR | GLOB_ONLYDIR);
	globfree(&g);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("glob GLOB_ALTDIRFUNC");
	TCase *tc = tcase_create("altdirfunc");

	tcase_add_test(tc, reads_through_the_callbacks);
	tcase_add_test(tc, directories_on_the_way);
	tcase_add_test(tc, mark_and_onlydir);
	tcase_add_test(tc, mark_left_by_an_abort);
	suite_add_tcase(s, tc);
	return lwbt_run(s);
}
