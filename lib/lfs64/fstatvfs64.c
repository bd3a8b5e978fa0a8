#define _GNU_SOURCE
#include <sys/statvfs.h>

int fstatvfs64(int fd, struct statvfs *buf)
{
	return fstatvfs(fd, buf);
}
