#define _GNU_SOURCE
#include "walk.h"

/* Reached through -Wl,--wrap=nftw from every caller in the consumer's link,
 * whether or not it included our <ftw.h>. */
int __wrap_nftw(const char *path, __lwb_nftw_fn fn, int fd_limit, int flags)
{
	return __lwb_walk(path, fn, 0, fd_limit, flags);
}
