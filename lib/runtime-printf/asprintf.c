#define _GNU_SOURCE
#include <stdio.h>
#include "format.h"

int __wrap_asprintf(char **s, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	if (__lwb_printf_ordinary(fmt))
		r = __real_vasprintf(s, fmt, ap);
	else
		r = __lwb_vasprintf(s, fmt, ap);
	va_end(ap);
	return r;
}
