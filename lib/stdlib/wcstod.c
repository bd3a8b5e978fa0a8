#include <errno.h>
#include <math.h>
#include "stdlib_impl.h"

/* Reached through -Wl,--wrap=wcstod. As glibc: no number leaves errno alone
 * (musl sets EINVAL), a finite number that rounds to infinity is
 * ERANGE (musl misses it), and "-nan" is a negative NaN (musl's is
 * positive). */
double __wrap_wcstod(const wchar_t *s, wchar_t **endptr)
{
	int saved = errno;
	wchar_t *end;
	double r = __real_wcstod(s, &end);

	if (end == s)
		errno = saved;
	else if (isinf(r))
		__lwb_check_woverflow(s, end);
	else if (isnan(r) && __lwb_negative_wtext(s))
		r = copysign(r, -1);
	if (endptr)
		*endptr = end;
	return r;
}
