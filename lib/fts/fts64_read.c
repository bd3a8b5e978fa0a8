#define _GNU_SOURCE
#include "stream.h"

/* glibc's name for fts_read with 64-bit file offsets: on musl the same
 * function, on FTS64 and FTSENT64 (FTS's and FTSENT's layout, checked in
 * stream.h). */
FTSENT64 *__wrap_fts64_read(FTS64 *fts)
{
	return (FTSENT64 *)__wrap_fts_read((FTS *)fts);
}

/* The name <fts.h> binds callers to; see fts_open.c. */
extern __typeof__(__wrap_fts64_read) fts64_read
	__attribute__((__alias__("__wrap_fts64_read"), __visibility__("hidden")));

#ifndef __GLIBC__
/* The plain name for links without --wrap; see fts_open.c. */
extern __typeof__(__wrap_fts64_read) __lwb_plain_fts64_read __asm__("fts64_read")
	__attribute__((__alias__("__wrap_fts64_read"), __visibility__("hidden")));
#endif
