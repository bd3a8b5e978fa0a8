#define _GNU_SOURCE
#include "stream.h"

/* glibc's name for fts_children with 64-bit file offsets: on musl the same
 * function, on FTS64 and FTSENT64 (FTS's and FTSENT's layout, checked in
 * stream.h). */
FTSENT64 *__wrap_fts64_children(FTS64 *fts, int instr)
{
	return (FTSENT64 *)__wrap_fts_children((FTS *)fts, instr);
}

/* The name <fts.h> binds callers to; see fts_open.c. */
extern __typeof__(__wrap_fts64_children) fts64_children
	__attribute__((__alias__("__wrap_fts64_children"), __visibility__("hidden")));

#ifndef __GLIBC__
/* The plain name for links without --wrap; see fts_open.c. */
extern __typeof__(__wrap_fts64_children) __lwb_plain_fts64_children __asm__("fts64_children")
	__attribute__((__alias__("__wrap_fts64_children"), __visibility__("hidden")));
#endif
