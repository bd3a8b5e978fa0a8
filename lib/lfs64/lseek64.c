#define _GNU_SOURCE
#include <unistd.h>

off_t lseek64(int fd, off_t offset, int whence)
{
	return lseek(fd, offset, whence);
}
