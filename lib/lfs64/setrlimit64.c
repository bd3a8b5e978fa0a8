#define _GNU_SOURCE
#include <sys/resource.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int setrlimit64(int resource, const struct rlimit *rlim)
{
	return setrlimit(resource, rlim);
}
#endif
