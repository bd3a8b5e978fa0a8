#define _GNU_SOURCE
#include <stdlib.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int mkostemp64(char *template, int flags)
{
	return mkostemp(template, flags);
}
#endif
