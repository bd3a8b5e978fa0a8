#define _GNU_SOURCE
#include <unistd.h>

int lockf64(int fd, int op, off_t size)
{
	return lockf(fd, op, size);
}
