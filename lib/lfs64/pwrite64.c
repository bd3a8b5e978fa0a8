#define _GNU_SOURCE
#include <unistd.h>

ssize_t pwrite64(int fd, const void *buf, size_t size, off_t offset)
{
	return pwrite(fd, buf, size, offset);
}
