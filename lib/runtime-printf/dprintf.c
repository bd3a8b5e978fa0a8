#include <stdio.h>
#include "format.h"

int __wrap_dprintf(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	if (__lwb_printf_ordinary(fmt))
		r = __real_vdprintf(fd, fmt, ap);
	else
		r = __lwb_vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}
