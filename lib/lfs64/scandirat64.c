#define _GNU_SOURCE
#include <dirent.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
/* From libwildebeest-gnu-decls, which this module requires. */
int scandirat(int, const char *, struct dirent ***,
	int (*)(const struct dirent *),
	int (*)(const struct dirent **, const struct dirent **));

int scandirat64(int dirfd, const char *path, struct dirent ***res,
	int (*sel)(const struct dirent *),
	int (*cmp)(const struct dirent **, const struct dirent **))
{
	return scandirat(dirfd, path, res, sel, cmp);
}
#endif
