#define _GNU_SOURCE
#include <sys/stat.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
#include "stat64_layout.h"

int lstat64(const char *restrict path, struct stat64 *restrict st)
{
	return lstat(path, (struct stat *)st);
}
#endif
