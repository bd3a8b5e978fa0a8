#define _GNU_SOURCE
#include <unistd.h>

int ftruncate64(int fd, off_t length)
{
	return ftruncate(fd, length);
}
