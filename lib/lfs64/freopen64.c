#define _GNU_SOURCE
#include <stdio.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
FILE *freopen64(const char *restrict path, const char *restrict mode,
	FILE *restrict f)
{
	return freopen(path, mode, f);
}
#endif
