#define _GNU_SOURCE
#include <dirent.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int versionsort64(const struct dirent **a, const struct dirent **b)
{
	return versionsort(a, b);
}
#endif
