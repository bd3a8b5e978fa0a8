#include <errno.h>
#include "stdlib_impl.h"

/* Reached through -Wl,--wrap=strtoul. As glibc: no number leaves errno alone
 * (musl sets EINVAL), and a bad base is EINVAL with *endptr untouched. */
unsigned long __wrap_strtoul(const char *s, char **endptr, int base)
{
	int saved = errno;
	char *end;
	unsigned long r;

	if (LWB_BAD_BASE(base)) {
		errno = EINVAL;
		return 0;
	}
	r = __real_strtoul(s, &end, base);
	if (end == s)
		errno = saved;
	if (endptr)
		*endptr = end;
	return r;
}
