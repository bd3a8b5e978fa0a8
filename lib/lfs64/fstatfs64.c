#define _GNU_SOURCE
#include <sys/statfs.h>

int fstatfs64(int fd, struct statfs *buf)
{
	return fstatfs(fd, buf);
}
