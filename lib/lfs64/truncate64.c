#define _GNU_SOURCE
#include <unistd.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int truncate64(const char *path, off_t length)
{
	return truncate(path, length);
}
#endif
