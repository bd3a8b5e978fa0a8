/*
 * The entries of the directory fts_read returned last, read now (and
 * again at every call): NULL with errno 0 when that is not a directory
 * in preorder or has no entries, NULL with errno when it cannot be read
 * (or, moving with fchdir, entered). Before the first fts_read: the roots.
 * FTS_NAMEONLY reads names only, and as in glibc it sticks (as a bit of
 * fts_options) until fts_read next enters a directory with a list made:
 * that list, whichever call made it, is read again from the directory.
 */
#define _GNU_SOURCE
#include <errno.h>
#include "stream.h"

FTSENT *__wrap_fts_children(FTS *fts, int instr)
{
	struct fts_stream *s = stream(fts);
	FTSENT *p = fts->fts_cur, *list;
	enum build_failure why;

	if (instr != 0 && instr != FTS_NAMEONLY) {
		errno = EINVAL;
		return NULL;
	}
	errno = 0;
	if (!p || (fts->fts_options & FTS_STOP))
		return NULL;
	if (p->fts_info == FTS_INIT)
		return p->fts_link;
	if (p->fts_info != FTS_D)
		return NULL;
	__lwb_fts_free_list(fts->fts_child);
	fts->fts_child = NULL;
	s->dropped_list = 0;
	if (instr)
		fts->fts_options |= FTS_NAMEONLY;
	list = __lwb_fts_build(s, p, instr ? BUILD_NAMES : BUILD_CHILD, &why);
	if (!list && errno && why == BUILD_FATAL)
		fts->fts_options |= FTS_STOP;
	return fts->fts_child = list;
}

/* The name <fts.h> binds callers to; see fts_open.c. */
extern __typeof__(__wrap_fts_children) fts_children
	__attribute__((__alias__("__wrap_fts_children"), __visibility__("hidden")));

#ifndef __GLIBC__
/* The plain name for links without --wrap; see fts_open.c. */
extern __typeof__(__wrap_fts_children) __lwb_plain_fts_children __asm__("fts_children")
	__attribute__((__alias__("__wrap_fts_children"), __visibility__("hidden")));
#endif
