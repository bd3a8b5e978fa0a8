#include <limits.h>
#include <string.h>
#include "stdio_impl.h"

/* Reached through -Wl,--wrap=puts. glibc returns the number of bytes
 * written, the newline included, up to INT_MAX (musl 0). */
int __wrap_puts(const char *s)
{
	size_t len;

	if (__real_puts(s) < 0)
		return __lwb_write_failed(stdout);
	len = strlen(s);
	return len < INT_MAX ? (int)len + 1 : INT_MAX;
}
