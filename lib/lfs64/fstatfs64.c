#define _GNU_SOURCE
#include <sys/statfs.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int fstatfs64(int fd, struct statfs *buf)
{
	return fstatfs(fd, buf);
}
#endif
