#define _GNU_SOURCE
#include <sys/resource.h>

int setrlimit64(int resource, const struct rlimit *rlim)
{
	return setrlimit(resource, rlim);
}
