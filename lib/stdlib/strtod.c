#include <errno.h>
#include <math.h>
#include "stdlib_impl.h"

/* Reached through -Wl,--wrap=strtod. As glibc: no number leaves errno alone
 * (musl sets EINVAL), a finite number that rounds to infinity is
 * ERANGE (musl misses it), and "-nan" is a negative NaN (musl's is
 * positive). */
double __wrap_strtod(const char *s, char **endptr)
{
	int saved = errno;
	char *end;
	double r = __real_strtod(s, &end);

	if (end == s)
		errno = saved;
	else if (isinf(r))
		__lwb_check_overflow(s, end);
	else if (isnan(r) && __lwb_negative_text(s))
		r = copysign(r, -1);
	if (endptr)
		*endptr = end;
	return r;
}
