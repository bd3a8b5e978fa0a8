#include <errno.h>
#include <limits.h>
#include "stdlib_impl.h"

/* Reached through -Wl,--wrap=atol: strtol(s, NULL, 10), as glibc's. */
long __wrap_atol(const char *s)
{
	long long v = __lwb_atoll(s);

	if (v > LONG_MAX || v < LONG_MIN) {
		errno = ERANGE;
		return v > 0 ? LONG_MAX : LONG_MIN;
	}
	return (long)v;
}
