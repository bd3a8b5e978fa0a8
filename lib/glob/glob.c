#define _GNU_SOURCE
#include "glob_impl.h"

/* Reached through -Wl,--wrap=glob from every caller in the consumer's
 * link, whether or not it included our <glob.h>. */
int __wrap_glob(const char *pattern, int flags, int (*errfunc)(const char *, int), glob_t *g)
{
	return __lwb_glob(pattern, flags, errfunc, g);
}
