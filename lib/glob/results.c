/*
 * The result vector. Paths are added one by one, each in its own
 * allocation so that callers may free them one by one (glibc's promise,
 * which systemd's strv_free relies on), behind gl_offs leading null
 * slots, always null-terminated.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "glob_impl.h"

static int is_dir(struct glob_run *r, const char *path)
{
	struct stat st;

	return r->stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int __lwb_glob_add(struct glob_run *r, char *path)
{
	glob_t *g = r->g;
	size_t used = g->gl_offs + g->gl_pathc;

	if (!path)
		return GLOB_NOSPACE;
	if (used + 2 > r->cap) {
		size_t cap = r->cap ? 2 * r->cap : 16;
		char **v;

		while (cap < used + 2)
			cap *= 2;
		v = realloc(g->gl_pathv, cap * sizeof *v);
		if (!v) {
			free(path);
			return GLOB_NOSPACE;
		}
		if (!g->gl_pathv)
			for (size_t i = 0; i < g->gl_offs; i++)
				v[i] = 0;
		g->gl_pathv = v;
		r->cap = cap;
	}
	g->gl_pathv[used] = path;
	g->gl_pathv[used + 1] = 0;
	g->gl_pathc++;
	return 0;
}

int __lwb_glob_mark(struct glob_run *r, size_t start, int flags)
{
	glob_t *g = r->g;

	if (!(flags & (GLOB_MARK | LWB_GLOB_MARKDIR)))
		return 0;
	for (size_t i = g->gl_offs + start; i < g->gl_offs + g->gl_pathc; i++) {
		size_t n = strlen(g->gl_pathv[i]);
		char *p;

		if (!is_dir(r, g->gl_pathv[i]))
			continue;
		if (!(p = realloc(g->gl_pathv[i], n + 2)))
			return GLOB_NOSPACE;
		p[n] = '/';
		p[n + 1] = 0;
		g->gl_pathv[i] = p;
	}
	return 0;
}

int __lwb_glob_flags(int flags)
{
	if (flags & LWB_GLOB_MARKDIR)
		return (flags & ~LWB_GLOB_MARKDIR) | GLOB_MARK;
	return flags;
}

int __lwb_glob_nocheck(struct glob_run *r, const char *pattern, int flags, int reported)
{
	size_t start = r->g->gl_pathc;
	int e = __lwb_glob_add(r, strdup(pattern));

	if (!e)
		e = __lwb_glob_mark(r, start, flags);
	if (!e)
		r->g->gl_flags = __lwb_glob_flags(reported);
	return e;
}

#ifdef __GLIBC__
static int by_collation(const void *a, const void *b, void *skip)
{
	(void)skip;
	return strcoll(*(char *const *)a, *(char *const *)b);
}
#else
/* musl's strcoll is strcmp in every locale, so a prefix all the paths
 * share (their directory, often long) need not be compared again and
 * again. */
static int by_collation(const void *a, const void *b, void *skip)
{
	return strcmp(*(char *const *)a + *(size_t *)skip, *(char *const *)b + *(size_t *)skip);
}
#endif

void __lwb_glob_sort(struct glob_run *r, size_t start)
{
	char **v = r->g->gl_pathv + r->g->gl_offs + start;
	size_t n = r->g->gl_pathc - start, skip = n ? strlen(v[0]) : 0;

	for (size_t i = 1; i < n && skip; i++) {
		size_t k = 0;

		while (k < skip && v[i][k] == v[0][k])
			k++;
		skip = k;
	}
	qsort_r(v, n, sizeof *v, by_collation, &skip);
}

void __lwb_glob_truncate(struct glob_run *r, size_t start)
{
	glob_t *g = r->g;

	while (g->gl_pathc > start)
		free(g->gl_pathv[g->gl_offs + --g->gl_pathc]);
	if (g->gl_pathv)
		g->gl_pathv[g->gl_offs + start] = 0;
}
