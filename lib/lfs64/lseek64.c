#define _GNU_SOURCE
#include <unistd.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
off_t lseek64(int fd, off_t offset, int whence)
{
	return lseek(fd, offset, whence);
}
#endif
