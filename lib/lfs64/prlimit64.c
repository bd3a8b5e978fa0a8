#define _GNU_SOURCE
#include <sys/resource.h>

int prlimit64(pid_t pid, int resource, const struct rlimit *new_limit,
	struct rlimit *old_limit)
{
	return prlimit(pid, resource, new_limit, old_limit);
}
