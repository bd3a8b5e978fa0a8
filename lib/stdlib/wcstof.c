#include <errno.h>
#include <math.h>
#include "stdlib_impl.h"

/* Reached through -Wl,--wrap=wcstof. As glibc: no number leaves errno alone
 * (musl sets EINVAL), a finite number that rounds to infinity is
 * ERANGE (musl misses it), and "-nan" is a negative NaN (musl's is
 * positive). */
float __wrap_wcstof(const wchar_t *s, wchar_t **endptr)
{
	int saved = errno;
	wchar_t *end;
	float r = __real_wcstof(s, &end);

	if (end == s)
		errno = saved;
	else if (isinf(r))
		__lwb_check_woverflow(s, end);
	else if (isnan(r) && __lwb_negative_wtext(s))
		r = copysignf(r, -1);
	if (endptr)
		*endptr = end;
	return r;
}
