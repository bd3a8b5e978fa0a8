#define _GNU_SOURCE
#include <sys/uio.h>

ssize_t preadv64(int fd, const struct iovec *iov, int count, off_t offset)
{
	return preadv(fd, iov, count, offset);
}
