#define _GNU_SOURCE
#include <sys/stat.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
#include "stat64_layout.h"

int fstatat64(int dirfd, const char *restrict path, struct stat64 *restrict st,
	int flags)
{
	return fstatat(dirfd, path, (struct stat *)st, flags);
}
#endif
