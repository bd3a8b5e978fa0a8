#define _GNU_SOURCE
#include <sys/resource.h>

int getrlimit64(int resource, struct rlimit *rlim)
{
	return getrlimit(resource, rlim);
}
