#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ftstest.h"

static const char *const names[] = {
	"?", "D", "DC", "DEFAULT", "DNR", "DOT", "DP", "ERR", "F", "INIT",
	"NS", "NSOK", "SL", "SLNONE", "W",
};

const char *info_name(int info)
{
	return info >= 0 && info < (int)(sizeof names / sizeof *names) ? names[info] : "??";
}

int by_name(const FTSENT **a, const FTSENT **b)
{
	return strcmp((*a)->fts_name, (*b)->fts_name);
}

void walk_record(struct walk *w, const FTSENT *e)
{
	struct seen *s;

	ck_assert_msg(w->n < MAX_SEEN, "more than %d entries", MAX_SEEN);
	s = &w->e[w->n++];
	s->info = e->fts_info;
	s->path = strdup(e->fts_path);
	s->accpath = strdup(e->fts_accpath);
	s->name = strdup(e->fts_name);
	s->namelen = e->fts_namelen;
	s->pathlen = e->fts_pathlen;
	s->level = e->fts_level;
	s->err = e->fts_errno;
	s->mode = 0;
	s->ino = 0;
	if (!w->nostat && e->fts_info != FTS_NS && e->fts_info != FTS_NSOK && e->fts_statp) {
		s->mode = e->fts_statp->st_mode & S_IFMT;
		s->ino = e->fts_statp->st_ino;
	}
	s->cwd = get_current_dir_name();
	s->parent = strdup(e->fts_parent ? e->fts_parent->fts_name : "-");
	s->parent_level = e->fts_parent ? e->fts_parent->fts_level : 99;
	s->number = e->fts_number;
	s->pointer = e->fts_pointer;
	s->fds = lwbt_count_fds();
}

void walk_run(struct walk *w, char *const *roots, int options, compar_fn compar)
{
	FTS *fts;
	FTSENT *e;

	w->n = 0;
	w->nostat = options & FTS_NOSTAT;
	fts = fts_open(roots, options, compar);
	ck_assert_msg(fts != NULL, "fts_open: %s", strerror(errno));
	while ((errno = 0, e = fts_read(fts)))
		walk_record(w, e);
	w->end_errno = errno;
	w->close_result = fts_close(fts);
}

void walk_free(struct walk *w)
{
	for (int i = 0; i < w->n; i++) {
		free(w->e[i].path);
		free(w->e[i].accpath);
		free(w->e[i].name);
		free(w->e[i].cwd);
		free(w->e[i].parent);
	}
	w->n = 0;
}

char *walk_summary(const struct walk *w)
{
	size_t size = 1;
	char *out;

	for (int i = 0; i < w->n; i++)
		size += strlen(w->e[i].path) + 10;
	out = malloc(size);
	ck_assert(out);
	out[0] = 0;
	for (int i = 0; i < w->n; i++) {
		strcat(out, info_name(w->e[i].info));
		strcat(out, " ");
		strcat(out, w->e[i].path);
		strcat(out, "\n");
	}
	return out;
}

void walk_expect(const struct walk *w, const char *want)
{
	char *got = walk_summary(w);

	ck_assert_str_eq(got, want);
	free(got);
}

const struct seen *walk_get(const struct walk *w, const char *path, int info)
{
	const struct seen *found = NULL;
	int n = 0;

	for (int i = 0; i < w->n; i++) {
		if (!strcmp(w->e[i].path, path) && w->e[i].info == info) {
			found = &w->e[i];
			n++;
		}
	}
	ck_assert_msg(n == 1, "%s %s reported %d times", info_name(info), path, n);
	return found;
}

static void touch(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);

	ck_assert_msg(fd >= 0, "create %s: %s", path, strerror(errno));
	close(fd);
}

void tree_basic(void)
{
	ck_assert(mkdir("a", 0755) == 0);
	ck_assert(mkdir("a/b", 0755) == 0);
	ck_assert(mkdir("a/b/c", 0755) == 0);
	ck_assert(mkdir("d", 0755) == 0);
	touch("a/b/c/f3");
	touch("a/b/f2");
	touch("a/f1");
	touch("d/f4");
	ck_assert(symlink("..", "a/b/up") == 0);
	ck_assert(symlink("nowhere", "a/dang") == 0);
	ck_assert(symlink("../d", "a/ld") == 0);
	ck_assert(symlink("f1", "a/lf1") == 0);
	ck_assert(mkfifo("a/fifo", 0644) == 0);
	ck_assert(symlink("nowhere", "dangroot") == 0);
	ck_assert(symlink("a", "lroot") == 0);
}

static char *case_dir;

static void make_case_dir(void)
{
	case_dir = lwbt_tmpdir();
}

static void remove_case_dir(void)
{
	lwbt_rmtree(case_dir);
	free(case_dir);
	case_dir = NULL;
}

TCase *fts_tcase(const char *name)
{
	TCase *tc = tcase_create(name);

	tcase_add_unchecked_fixture(tc, make_case_dir, remove_case_dir);
	return tc;
}

const char *enter_tmpdir(void)
{
	static char dir[4096];
	static int serial;

	snprintf(dir, sizeof dir, "%s/t%d.%d", case_dir, (int)getpid(), serial++);
	ck_assert_msg(mkdir(dir, 0755) == 0, "mkdir %s: %s", dir, strerror(errno));
	ck_assert(chdir(dir) == 0);
	return dir;
}
