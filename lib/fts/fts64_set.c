#define _GNU_SOURCE
#include "stream.h"

/* glibc's name for fts_set with 64-bit file offsets: on musl the same
 * function, on FTS64 and FTSENT64 (FTS's and FTSENT's layout, checked in
 * stream.h). */
int __wrap_fts64_set(FTS64 *fts, FTSENT64 *p, int instr)
{
	return __wrap_fts_set((FTS *)fts, (FTSENT *)p, instr);
}

/* The name <fts.h> binds callers to; see fts_open.c. */
extern __typeof__(__wrap_fts64_set) fts64_set
	__attribute__((__alias__("__wrap_fts64_set"), __visibility__("hidden")));

#ifndef __GLIBC__
/* The plain name for links without --wrap; see fts_open.c. */
extern __typeof__(__wrap_fts64_set) __lwb_plain_fts64_set __asm__("fts64_set")
	__attribute__((__alias__("__wrap_fts64_set"), __visibility__("hidden")));
#endif
