#define _GNU_SOURCE
#include <sys/stat.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int fstatat64(int dirfd, const char *restrict path, struct stat *restrict st,
	int flags)
{
	return fstatat(dirfd, path, st, flags);
}
#endif
