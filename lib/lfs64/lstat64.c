#define _GNU_SOURCE
#include <sys/stat.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int lstat64(const char *restrict path, struct stat *restrict st)
{
	return lstat(path, st);
}
#endif
