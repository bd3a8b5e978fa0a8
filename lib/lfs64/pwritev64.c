#define _GNU_SOURCE
#include <sys/uio.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
ssize_t pwritev64(int fd, const struct iovec *iov, int count, off_t offset)
{
	return pwritev(fd, iov, count, offset);
}
#endif
