#define _GNU_SOURCE
#include <fcntl.h>

int creat64(const char *path, mode_t mode)
{
	return creat(path, mode);
}
