#define _GNU_SOURCE
#include <unistd.h>

ssize_t pread64(int fd, void *buf, size_t size, off_t offset)
{
	return pread(fd, buf, size, offset);
}
