#define _GNU_SOURCE
#include <dirent.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int scandir64(const char *path, struct dirent ***res,
	int (*sel)(const struct dirent *),
	int (*cmp)(const struct dirent **, const struct dirent **))
{
	return scandir(path, res, sel, cmp);
}
#endif
