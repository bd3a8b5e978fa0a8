#define _GNU_SOURCE
#include "walk.h"

/* Reached through -Wl,--wrap=ftw64 from every caller in the consumer's link. */
int __wrap_ftw64(const char *path, __lwb_ftw_fn fn, int fd_limit)
{
	return __lwb_walk(path, 0, fn, fd_limit, 0);
}
