#define _GNU_SOURCE
#include <stdio.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
off_t ftello64(FILE *f)
{
	return ftello(f);
}
#endif
