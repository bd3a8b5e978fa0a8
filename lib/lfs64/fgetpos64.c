#define _GNU_SOURCE
#include <stdio.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int fgetpos64(FILE *restrict f, fpos_t *restrict pos)
{
	return fgetpos(f, pos);
}
#endif
