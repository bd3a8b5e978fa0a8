#define _GNU_SOURCE
#include <sys/resource.h>

/* glibc has its own (the sanitizer configuration builds this for glibc). */
#ifndef __GLIBC__
int prlimit64(pid_t pid, int resource, const struct rlimit *new_limit,
	struct rlimit *old_limit)
{
	return prlimit(pid, resource, new_limit, old_limit);
}
#endif
