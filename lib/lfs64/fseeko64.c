#define _GNU_SOURCE
#include <stdio.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int fseeko64(FILE *f, off_t offset, int whence)
{
	return fseeko(f, offset, whence);
}
#endif
