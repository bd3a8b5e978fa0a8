#define _GNU_SOURCE
#include <stdio.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
FILE *tmpfile64(void)
{
	return tmpfile();
}
#endif
