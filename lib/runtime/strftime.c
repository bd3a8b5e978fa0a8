#include <time.h>
#include "runtime.h"

size_t __real_strftime(char *restrict, size_t, const char *restrict,
	const struct tm *restrict);

/* Formats musl gets right (no GNU flag, width, modifier or conversion) go
 * to musl unchanged; only the others take libwildebeest's path. */
size_t __wrap_strftime(char *restrict s, size_t max, const char *restrict fmt,
	const struct tm *restrict tm)
{
	if (__lwb_strftime_plain(fmt))
		return __real_strftime(s, max, fmt, tm);
	return __lwb_gnu_strftime(s, max, fmt, tm);
}
