#define _GNU_SOURCE
#include <sys/stat.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
#include "stat64_layout.h"

int fstat64(int fd, struct stat64 *st)
{
	return fstat(fd, (struct stat *)st);
}
#endif
