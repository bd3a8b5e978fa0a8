#define _GNU_SOURCE
#include <sys/stat.h>

int fstatat64(int dirfd, const char *restrict path, struct stat *restrict st,
	int flags)
{
	return fstatat(dirfd, path, st, flags);
}
