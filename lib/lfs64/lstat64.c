#define _GNU_SOURCE
#include <sys/stat.h>

int lstat64(const char *restrict path, struct stat *restrict st)
{
	return lstat(path, st);
}
