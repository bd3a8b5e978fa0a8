#define _GNU_SOURCE
#include <dirent.h>

int scandir64(const char *path, struct dirent ***res,
	int (*sel)(const struct dirent *),
	int (*cmp)(const struct dirent **, const struct dirent **))
{
	return scandir(path, res, sel, cmp);
}
