#define _GNU_SOURCE
#include <sys/uio.h>

ssize_t pwritev64(int fd, const struct iovec *iov, int count, off_t offset)
{
	return pwritev(fd, iov, count, offset);
}
