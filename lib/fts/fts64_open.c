#define _GNU_SOURCE
#include "stream.h"

/* glibc's name for fts_open with 64-bit file offsets: on musl the same
 * function, on FTS64 and FTSENT64 (FTS's and FTSENT's layout, checked in
 * stream.h). */
FTS64 *__wrap_fts64_open(char *const *argv, int options,
	int (*compar)(const FTSENT64 **, const FTSENT64 **))
{
	return (FTS64 *)__wrap_fts_open(argv, options,
		(int (*)(const FTSENT **, const FTSENT **))compar);
}

/* The name <fts.h> binds callers to; see fts_open.c. */
extern __typeof__(__wrap_fts64_open) fts64_open
	__attribute__((__alias__("__wrap_fts64_open"), __visibility__("hidden")));

#ifndef __GLIBC__
/* The plain name for links without --wrap; see fts_open.c. */
extern __typeof__(__wrap_fts64_open) __lwb_plain_fts64_open __asm__("fts64_open")
	__attribute__((__alias__("__wrap_fts64_open"), __visibility__("hidden")));
#endif
