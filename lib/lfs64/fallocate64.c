#define _GNU_SOURCE
#include <fcntl.h>

int fallocate64(int fd, int mode, off_t offset, off_t len)
{
	return fallocate(fd, mode, offset, len);
}
