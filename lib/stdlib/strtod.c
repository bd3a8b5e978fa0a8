#include <errno.h>
#include <math.h>
#include "stdlib_impl.h"

/* Reached through -Wl,--wrap=strtod. As glibc: no number leaves errno alone
 * (musl sets EINVAL), and a finite number that rounds to infinity is
 * ERANGE (musl misses it). */
double __wrap_strtod(const char *s, char **endptr)
{
	int saved = errno;
	char *end;
	double r = __real_strtod(s, &end);

	if (end == s)
		errno = saved;
	else if (isinf(r))
		__lwb_check_overflow(s, end);
	if (endptr)
		*endptr = end;
	return r;
}
