#define _GNU_SOURCE
#include <sys/statvfs.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int fstatvfs64(int fd, struct statvfs *buf)
{
	return fstatvfs(fd, buf);
}
#endif
