/*
 * Opening a walk: every root is stat'ed now (following a link when
 * FTS_COMFOLLOW or FTS_LOGICAL says so) and sorted with the comparison
 * function, under its whole path as its name; fts_read shortens a root's
 * name to what follows its last slash when it gets there ("a/b/" gives
 * "", "/" stays "/"), as glibc does. FTS_LOGICAL implies FTS_NOCHDIR, and
 * so does a starting directory that cannot be opened for reading (glibc
 * keeps it open to come back to). An empty path is ENOENT, an option
 * outside FTS_OPTIONMASK is EINVAL.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "stream.h"

static void discard(struct fts_stream *s, FTSENT *roots)
{
	__lwb_fts_free_list(roots);
	if (s->root_parent)
		__lwb_fts_free(s->root_parent);
	if (s->fts.fts_rfd >= 0)
		close(s->fts.fts_rfd);
	__lwb_fts_free_spare(s);
	free(s->fts.fts_path);
	free(s);
}

FTS *__wrap_fts_open(char *const *argv, int options,
	int (*compar)(const FTSENT **, const FTSENT **))
{
	struct fts_stream *s;
	FTSENT *roots = NULL, **tail = &roots, *start;
	size_t n = 0, longest = 0;
	int e;

	if (options & ~FTS_OPTIONMASK) {
		errno = EINVAL;
		return NULL;
	}
	s = calloc(1, sizeof *s);
	if (!s)
		return NULL;
	if (options & FTS_LOGICAL)
		options |= FTS_NOCHDIR;
	s->fts.fts_options = options;
	s->fts.fts_compar = (int (*)(const void *, const void *))(void (*)(void))compar;
	s->fts.fts_rfd = -1;
	if (!(options & FTS_NOCHDIR)) {
		s->fts.fts_rfd = openat(AT_FDCWD, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (s->fts.fts_rfd < 0)
			s->fts.fts_options |= FTS_NOCHDIR;
	}
	s->chdir = !(s->fts.fts_options & FTS_NOCHDIR);
	for (char *const *a = argv; *a; a++)
		if (strlen(*a) > longest)
			longest = strlen(*a);
	if (__lwb_fts_path_reserve(s, longest))
		goto fail;
	s->fts.fts_path[0] = 0;
	s->root_parent = __lwb_fts_alloc(s, "", 0);
	if (!s->root_parent)
		goto fail;
	s->root_parent->fts_level = FTS_ROOTPARENTLEVEL;
	s->root_parent->fts_accpath = NULL;
	s->root_parent->fts_info = 0;
	for (; *argv; argv++) {
		size_t len = strlen(*argv);
		FTSENT *p;

		if (!len) {
			errno = ENOENT;
			goto fail;
		}
		p = __lwb_fts_alloc(s, *argv, len);
		if (!p)
			goto fail;
		/* With a comparison function glibc sorts the roots from last
		 * to first: roots it calls equal come out reversed. */
		if (compar) {
			p->fts_link = roots;
			roots = p;
		} else {
			*tail = p;
			tail = &p->fts_link;
		}
		n++;
		p->fts_level = FTS_ROOTLEVEL;
		p->fts_parent = s->root_parent;
		p->fts_accpath = p->fts_name;
		p->fts_info = (unsigned short)__lwb_fts_stat(s, p, AT_FDCWD, p->fts_name,
			fts_follows(&s->fts, p));
		/* A root "." or ".." is a directory to walk. */
		if (p->fts_info == FTS_DOT)
			p->fts_info = FTS_D;
	}
	if (compar && n > 1)
		roots = __lwb_fts_sort(s, roots, n);
	/* Before the first fts_read the current entry is a placeholder that
	 * leads to the roots (fts_children returns them from it). */
	start = __lwb_fts_alloc(s, "", 0);
	if (!start)
		goto fail;
	start->fts_info = FTS_INIT;
	start->fts_link = roots;
	start->fts_parent = s->root_parent;
	s->fts.fts_cur = start;
	return &s->fts;
fail:
	e = errno;
	discard(s, roots);
	errno = e;
	return NULL;
}

/* The name <fts.h> binds callers to (see there), so that a program built
 * with it never reaches another fts, whatever its link says. */
extern __typeof__(__wrap_fts_open) fts_open
	__attribute__((__alias__("__wrap_fts_open"), __visibility__("hidden")));

#ifndef __GLIBC__
/* For links that name the library without the module's --wrap options
 * (AC_SEARCH_LIBS([fts_open], [fts]), -lfts): the plain name, hidden so a
 * consumer's shared library never exports it over another fts. Not on
 * glibc, where __real_fts_open must stay glibc's own. */
extern __typeof__(__wrap_fts_open) __lwb_plain_fts_open __asm__("fts_open")
	__attribute__((__alias__("__wrap_fts_open"), __visibility__("hidden")));
#endif
