#define _GNU_SOURCE
#include <sys/uio.h>

ssize_t __wrap_preadv2(int, const struct iovec *, int, off_t, int);

/* off_t is 64 bits on musl: the same call as preadv2. */
ssize_t preadv64v2(int fd, const struct iovec *iov, int count, off_t offset, int flags)
{
	return __wrap_preadv2(fd, iov, count, offset, flags);
}
