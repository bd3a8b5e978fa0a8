#define _GNU_SOURCE
#include "stream.h"

/* glibc's name for fts_close with 64-bit file offsets: on musl the same
 * function, on FTS64 and FTSENT64 (FTS's and FTSENT's layout, checked in
 * stream.h). */
int __wrap_fts64_close(FTS64 *fts)
{
	return __wrap_fts_close((FTS *)fts);
}

/* The name <fts.h> binds callers to; see fts_open.c. */
extern __typeof__(__wrap_fts64_close) fts64_close
	__attribute__((__alias__("__wrap_fts64_close"), __visibility__("hidden")));

#ifndef __GLIBC__
/* The plain name for links without --wrap; see fts_open.c. */
extern __typeof__(__wrap_fts64_close) __lwb_plain_fts64_close __asm__("fts64_close")
	__attribute__((__alias__("__wrap_fts64_close"), __visibility__("hidden")));
#endif
