#define _GNU_SOURCE
#include <sys/statfs.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
#include "statfs64_layout.h"

/* One layout (checked in statfs64_layout.h), filled inside the C library:
 * the pointer is passed on as it is. */
int statfs64(const char *path, struct statfs64 *buf)
{
	return statfs(path, (struct statfs *)buf);
}
#endif
