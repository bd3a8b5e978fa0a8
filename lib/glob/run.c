/*
 * The entry to glob, as glibc: flags it does not know are EINVAL and -1
 * with nothing touched; gl_offs is 0 without GLOB_DOOFFS; without
 * GLOB_APPEND the results start afresh (gl_offs null slots first under
 * GLOB_DOOFFS, even when nothing matches); gl_flags is left alone unless
 * something matches.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include "glob_impl.h"

int __lwb_glob(const char *pattern, int flags, int (*errfunc)(const char *, int), glob_t *g)
{
	struct glob_run r = { 0 };
	int e;

	if (!pattern || !g || (flags & ~LWB_GLOB_FLAGS)) {
		errno = EINVAL;
		return -1;
	}
	if (!(flags & GLOB_DOOFFS))
		g->gl_offs = 0;
	if (!(flags & GLOB_APPEND)) {
		g->gl_pathc = 0;
		g->gl_pathv = 0;
		if ((flags & GLOB_DOOFFS) && !(g->gl_pathv = calloc(g->gl_offs + 1, sizeof *g->gl_pathv)))
			return GLOB_NOSPACE;
	}
	r.g = g;
	r.cap = g->gl_pathv ? g->gl_offs + g->gl_pathc + 1 : 0;
	r.errfunc = errfunc;
	if (flags & LWB_GLOB_ALTDIRFUNC) {
		r.alt = g;
		r.lstat = (int (*)(const char *, struct stat *))g->gl_lstat;
		r.stat = (int (*)(const char *, struct stat *))g->gl_stat;
	} else {
		if (!(r.dirbuf = malloc(LWB_GLOB_DIRBUF)))
			return GLOB_NOSPACE;
		r.lstat = lstat;
		r.stat = stat;
	}
	e = __lwb_glob_pattern(&r, pattern, flags);
	free(r.dirbuf);
	return e;
}
