#define _GNU_SOURCE
#include "glob_impl.h"

/* Reached through -Wl,--wrap=glob64. On musl glob64_t is glob_t. */
int __wrap_glob64(const char *pattern, int flags, int (*errfunc)(const char *, int), glob_t *g)
{
	return __lwb_glob(pattern, flags, errfunc, g);
}
