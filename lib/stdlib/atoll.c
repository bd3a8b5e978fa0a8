#include "stdlib_impl.h"

/* Reached through -Wl,--wrap=atoll: glibc's is strtoll(s, NULL, 10), so
 * out of range it saturates with ERANGE (musl's wraps around). */
long long __wrap_atoll(const char *s)
{
	return __lwb_atoll(s);
}
