#define _GNU_SOURCE
#include <unistd.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int ftruncate64(int fd, off_t length)
{
	return ftruncate(fd, length);
}
#endif
