#define _GNU_SOURCE
#include <fcntl.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int creat64(const char *path, mode_t mode)
{
	return creat(path, mode);
}
#endif
