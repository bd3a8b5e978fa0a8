#define _GNU_SOURCE
#include <stdlib.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int mkstemp64(char *template)
{
	return mkstemp(template);
}
#endif
