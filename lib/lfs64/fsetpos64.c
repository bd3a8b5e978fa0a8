#define _GNU_SOURCE
#include <stdio.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int fsetpos64(FILE *f, const fpos_t *pos)
{
	return fsetpos(f, pos);
}
#endif
