#define _GNU_SOURCE
#include <unistd.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int lockf64(int fd, int op, off_t size)
{
	return lockf(fd, op, size);
}
#endif
