#define _GNU_SOURCE
#include "stream.h"

/* glibc's name for fts_open with 64-bit file offsets: on musl the same. */
FTS *__wrap_fts64_open(char *const *argv, int options,
	int (*compar)(const FTSENT **, const FTSENT **))
{
	return __wrap_fts_open(argv, options, compar);
}

/* The name <fts.h> binds callers to; see fts_open.c. */
extern __typeof__(__wrap_fts64_open) fts64_open
	__attribute__((__alias__("__wrap_fts64_open"), __visibility__("hidden")));

#ifndef __GLIBC__
/* The plain name for links without --wrap; see fts_open.c. */
extern __typeof__(__wrap_fts64_open) __lwb_plain_fts64_open __asm__("fts64_open")
	__attribute__((__alias__("__wrap_fts64_open"), __visibility__("hidden")));
#endif
