#include <stdio.h>
#include "format.h"

int __wrap_printf(const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	if (!__lwb_printf_ordinary(fmt))
		r = __lwb_vfprintf(stdout, fmt, ap);
	else if ((r = __real_vfprintf(stdout, fmt, ap)) < 0)
		r = __lwb_printf_write_failed(stdout);
	va_end(ap);
	return r;
}
