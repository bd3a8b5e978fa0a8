#define _GNU_SOURCE
#include <sys/resource.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int getrlimit64(int resource, struct rlimit *rlim)
{
	return getrlimit(resource, rlim);
}
#endif
