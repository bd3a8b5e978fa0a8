#define _GNU_SOURCE
#include <errno.h>
#include "stream.h"

/* Only records the instruction; fts_read carries it out. An unknown one
 * is EINVAL and, as in glibc, a return of 1. */
int __wrap_fts_set(FTS *fts, FTSENT *p, int instr)
{
	(void)fts;
	if (instr != 0 && instr != FTS_AGAIN && instr != FTS_FOLLOW &&
		instr != FTS_NOINSTR && instr != FTS_SKIP) {
		errno = EINVAL;
		return 1;
	}
	p->fts_instr = (unsigned short)instr;
	return 0;
}

/* The name <fts.h> binds callers to; see fts_open.c. */
extern __typeof__(__wrap_fts_set) fts_set
	__attribute__((__alias__("__wrap_fts_set"), __visibility__("hidden")));

#ifndef __GLIBC__
/* The plain name for links without --wrap; see fts_open.c. */
extern __typeof__(__wrap_fts_set) __lwb_plain_fts_set __asm__("fts_set")
	__attribute__((__alias__("__wrap_fts_set"), __visibility__("hidden")));
#endif
