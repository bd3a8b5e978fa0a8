#define _GNU_SOURCE
#include <stdlib.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int mkostemps64(char *template, int suffixlen, int flags)
{
	return mkostemps(template, suffixlen, flags);
}
#endif
