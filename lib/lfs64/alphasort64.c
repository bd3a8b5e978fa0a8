#define _GNU_SOURCE
#include <dirent.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int alphasort64(const struct dirent **a, const struct dirent **b)
{
	return alphasort(a, b);
}
#endif
