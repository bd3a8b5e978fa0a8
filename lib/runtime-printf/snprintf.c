#include <stdio.h>
#include "format.h"

int __wrap_snprintf(char *restrict s, size_t n, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	if (__lwb_printf_ordinary(fmt))
		r = __real_vsnprintf(s, n, fmt, ap);
	else
		r = __lwb_vsnprintf(s, n, fmt, ap);
	va_end(ap);
	return r;
}
