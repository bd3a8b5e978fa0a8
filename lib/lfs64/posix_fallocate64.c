#define _GNU_SOURCE
#include <fcntl.h>

int posix_fallocate64(int fd, off_t offset, off_t len)
{
	return posix_fallocate(fd, offset, len);
}
