#include "stdlib_impl.h"

/* Reached through -Wl,--wrap=atof: strtod(s, NULL), as glibc's (musl's
 * sets EINVAL when there is no number). */
double __wrap_atof(const char *s)
{
	return __wrap_strtod(s, 0);
}
