#include <stdio.h>
#include "format.h"

int __wrap_vprintf(const char *restrict fmt, va_list ap)
{
	int r;

	if (!__lwb_printf_ordinary(fmt))
		return __lwb_vfprintf(stdout, fmt, ap);
	if ((r = __real_vfprintf(stdout, fmt, ap)) < 0)
		return __lwb_printf_write_failed(stdout);
	return r;
}
