#define _GNU_SOURCE
#include <stdlib.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int mkstemps64(char *template, int suffixlen)
{
	return mkstemps(template, suffixlen);
}
#endif
