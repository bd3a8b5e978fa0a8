#define _GNU_SOURCE
#include <fnmatch.h>
#include "fnm.h"

/* Reached through -Wl,--wrap=fnmatch from every caller in the consumer's
 * link, whether or not it included our <fnmatch.h>. */
int __wrap_fnmatch(const char *pattern, const char *string, int flags)
{
	return __lwb_fnmatch(pattern, string, flags);
}
