#include <limits.h>
#include <stdio.h>
#include "format.h"

int __wrap_sprintf(char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	if (__lwb_printf_ordinary(fmt))
		r = __real_vsnprintf(s, INT_MAX, fmt, ap);
	else
		r = __lwb_vsnprintf(s, INT_MAX, fmt, ap);
	va_end(ap);
	return r;
}
