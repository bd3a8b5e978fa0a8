/*
 * Frees everything the walk holds (the entries still alive are the
 * current one, its ancestors and the siblings after each, the list
 * fts_children made) and, when it moved with fchdir, goes back to the
 * starting directory: -1 with errno if that fails.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include "stream.h"

int __wrap_fts_close(FTS *fts)
{
	struct fts_stream *s = stream(fts);
	FTSENT *p = fts->fts_cur;
	int r = 0;

	while (p && p != s->root_parent) {
		FTSENT *parent = p->fts_parent;

		__lwb_fts_free_list(p);
		p = parent;
	}
	__lwb_fts_free_list(fts->fts_child);
	__lwb_fts_free(s->root_parent);
	if (fts->fts_rfd >= 0) {
		int e = s->chdir && fchdir(fts->fts_rfd) ? errno : 0;

		close(fts->fts_rfd);
		if (e) {
			errno = e;
			r = -1;
		}
	}
	__lwb_fts_free_spare(s);
	free(fts->fts_path);
	free(s->dirbuf);
	free(s);
	return r;
}

/* The name <fts.h> binds callers to; see fts_open.c. */
extern __typeof__(__wrap_fts_close) fts_close
	__attribute__((__alias__("__wrap_fts_close"), __visibility__("hidden")));

#ifndef __GLIBC__
/* The plain name for links without --wrap; see fts_open.c. */
extern __typeof__(__wrap_fts_close) __lwb_plain_fts_close __asm__("fts_close")
	__attribute__((__alias__("__wrap_fts_close"), __visibility__("hidden")));
#endif
