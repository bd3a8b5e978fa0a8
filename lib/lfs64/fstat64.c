#define _GNU_SOURCE
#include <sys/stat.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int fstat64(int fd, struct stat *st)
{
	return fstat(fd, st);
}
#endif
