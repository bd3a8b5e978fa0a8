#define _GNU_SOURCE
#include <sys/stat.h>

int fstat64(int fd, struct stat *st)
{
	return fstat(fd, st);
}
