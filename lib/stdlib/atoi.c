#include "stdlib_impl.h"

/* Reached through -Wl,--wrap=atoi: (int)strtol(s, NULL, 10), as glibc's,
 * so a number beyond long is ERANGE and keeps strtol's low bits. */
int __wrap_atoi(const char *s)
{
	return (int)__wrap_atol(s);
}
